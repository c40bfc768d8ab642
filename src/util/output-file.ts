// Where `--output-file` may write (issue 20): a report must never land somewhere the user did not mean.
// - a relative path that leaves the working tree is refused; an absolute path is taken as meaning it;
// - a path inside the working tree must stay inside it: a symbolic link on the way (the file itself or a
//   folder) that leads out of the tree is refused, a dangling one too (writing would create its target);
// - the folder must exist (a typo in a folder name is not a reason to create a tree of folders);
// - a folder, or a file being linted (by any name: a link, a hard link), is never overwritten.
// The checks name the path as given. The write then goes to the real path found by the check, without
// following a link there (O_NOFOLLOW), so a link swapped in after the check cannot redirect it.
import fs from 'node:fs';
import path from 'node:path';
import {UsageError} from '../config/errors.js';

const isInside = (root: string, p: string): boolean => {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

const realOrSelf = (p: string): string => {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
};

/** Where a path given on the command line may be written: inside the working tree, or absolute. */
export function safeOutputPath(cwd: string, given: string, flag: string): string {
  const resolved = path.resolve(cwd, given);
  const rel = path.relative(cwd, resolved);
  if (!path.isAbsolute(given) && (rel.startsWith('..') || path.isAbsolute(rel))) {
    throw new UsageError(`${flag}: refusing to write outside the working tree (${resolved}); give an absolute path to mean it.`);
  }
  return resolved;
}

/** The real location a path names, following links; for a dangling link, the file it would create. */
function realTarget(p: string, depth = 0): string {
  try {
    return fs.realpathSync(p);
  } catch {
    const st = fs.lstatSync(p, {throwIfNoEntry: false});
    if (st?.isSymbolicLink() && depth < 40) return realTarget(path.resolve(realOrSelf(path.dirname(p)), fs.readlinkSync(p)), depth + 1);
    return path.join(realOrSelf(path.dirname(p)), path.basename(p));
  }
}

export interface OutputTarget {
  /** The path as the user gave it, for messages. */
  given: string;
  /** Where the report is written. */
  file: string;
  /** True when `file` is the checked real path inside the working tree (written without following links). */
  checked: boolean;
}

/** Check an `--output-file` path before the run; throws a UsageError (exit 2) naming what is wrong. */
export function outputTarget(cwd: string, given: string, flag: string): OutputTarget {
  const resolved = safeOutputPath(cwd, given, flag);
  const shown = (p: string) => (isInside(cwd, p) ? path.relative(cwd, p) || '.' : p);
  const inside = isInside(cwd, resolved);
  if (inside) {
    const root = realOrSelf(cwd);
    let at = cwd;
    for (const part of path.relative(cwd, resolved).split(path.sep)) {
      at = path.join(at, part);
      const st = fs.lstatSync(at, {throwIfNoEntry: false});
      if (!st) break;
      if (!st.isSymbolicLink()) continue;
      const target = realTarget(at);
      if (!isInside(root, target)) {
        throw new UsageError(`${flag}: ${shown(at)} is a symbolic link leading out of the working tree (to ${target}); write the report elsewhere, or give its real path to mean it.`);
      }
    }
  }
  const parent = path.dirname(resolved);
  const folder = fs.statSync(parent, {throwIfNoEntry: false});
  if (!folder) throw new UsageError(`${flag}: the folder ${shown(parent)} does not exist; create it first.`);
  if (!folder.isDirectory()) throw new UsageError(`${flag}: ${shown(parent)} is not a folder.`);
  if (fs.statSync(resolved, {throwIfNoEntry: false})?.isDirectory()) throw new UsageError(`${flag}: ${given} is a folder.`);
  return inside ? {given, file: realTarget(resolved), checked: true} : {given, file: resolved, checked: false};
}

/** Refuse a target that is one of the linted files (same device and inode: any link to it counts). */
export function refuseLintedTarget(target: OutputTarget, cwd: string, paths: readonly string[], flag: string): void {
  const out = fs.statSync(target.file, {throwIfNoEntry: false});
  if (!out?.isFile()) return;
  for (const p of paths) {
    const st = fs.statSync(path.resolve(cwd, p), {throwIfNoEntry: false});
    if (st && st.ino === out.ino && st.dev === out.dev) {
      throw new UsageError(`${flag}: ${target.given} is ${p}, one of the files being linted; write the report elsewhere.`);
    }
  }
}

export function writeOutput(target: OutputTarget, text: string): void {
  if (!target.checked) {
    fs.writeFileSync(target.file, text);
    return;
  }
  const {O_WRONLY, O_CREAT, O_TRUNC, O_NOFOLLOW} = fs.constants;
  const fd = fs.openSync(target.file, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, 0o666);
  try {
    fs.writeFileSync(fd, text);
  } finally {
    fs.closeSync(fd);
  }
}
