// Rewriting a file in place, after a verified backup. The file keeps its identity: the same inode, so its
// owner, group, mode, ACLs, extended attributes and hard links stay as they were (a temporary file renamed
// over it would belong to whoever runs the fix, and would cut it loose from its other names).
//
// Crash safety comes from the backup, not from rename: the original bytes are written to
// `.NAME.corpuslint-PID-SHA1.tmp`, flushed, renamed to `.bak` (so a `.bak` is always complete) and read
// back; only then is the file overwritten and flushed, read back, and the backup removed. SHA1 is the
// hash of the new content, so a later run that finds a `.bak` whose writer is gone knows what happened:
// the file holds the new content (done) or the old (not started): the backup goes; anything else (killed
// mid-write): the file is restored from the backup. A `.tmp` (killed while backing up) is simply removed.
import fs from 'node:fs';
import path from 'node:path';
import {sha1 as newSha1} from './sha1.js';

const sha1 = (bytes: Uint8Array) => newSha1().update(bytes).digest('hex');

/** Why a file was not rewritten, said on that file (never a crash of the run). */
export class RewriteRefused extends Error {}

const LEFTOVER = /^\.(.+)\.corpuslint-(\d+)-([0-9a-f]{40}|\d+)\.(tmp|bak)$/;

function backupName(file: string, newHash: string, ext: 'tmp' | 'bak'): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.corpuslint-${process.pid}-${newHash}.${ext}`);
}

function errnoText(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code ? `${e.code}: ${e.message.replace(/^\w+: /, '').replace(/, \w+ '.*'$/, '')}` : String(error);
}

/** Overwrite an open file's whole content, then flush it. */
function overwrite(file: string, bytes: Uint8Array): void {
  const fd = fs.openSync(file, fs.constants.O_WRONLY);
  try {
    let done = 0;
    while (done < bytes.length) done += fs.writeSync(fd, bytes, done, bytes.length - done, done);
    fs.ftruncateSync(fd, bytes.length);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Whether the file may be written by us: a regular file with a write bit (root is held to the mode too). */
export function writable(file: string, stat: fs.Stats): string | undefined {
  if (!stat.isFile()) return 'it is not a regular file';
  if ((stat.mode & 0o222) === 0) return 'the file is read-only';
  try {
    fs.accessSync(file, fs.constants.W_OK);
  } catch {
    return 'the file is not writable by this user';
  }
  return undefined;
}

/**
 * Replace `file`'s content by `bytes`, in place, if it still hashes to `expectedHash`. Throws
 * RewriteRefused (with the reason) when it must not or cannot be written; the file is then unchanged.
 */
export function rewriteInPlace(file: string, bytes: Uint8Array, expectedHash: string): void {
  let stat: fs.Stats;
  let original: Buffer;
  try {
    stat = fs.statSync(file);
    const why = writable(file, stat);
    if (why) throw new RewriteRefused(why);
    original = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof RewriteRefused) throw error;
    throw new RewriteRefused(`the file could not be read again (${errnoText(error)})`);
  }
  if (sha1(original) !== expectedHash) throw new RewriteRefused('the file changed on disk during the run');
  const newHash = sha1(bytes);
  const tmp = backupName(file, newHash, 'tmp');
  const bak = backupName(file, newHash, 'bak');
  try {
    fs.writeFileSync(tmp, original, {flag: 'wx', mode: 0o600});
    const fd = fs.openSync(tmp, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, bak);
    if (sha1(fs.readFileSync(bak)) !== expectedHash) throw new Error('the backup does not read back as written');
  } catch (error) {
    fs.rmSync(tmp, {force: true});
    fs.rmSync(bak, {force: true});
    throw new RewriteRefused(`no backup could be written beside it (${errnoText(error)})`);
  }
  try {
    overwrite(file, bytes);
    if (sha1(fs.readFileSync(file)) !== newHash) throw new Error('the file does not read back as written');
  } catch (error) {
    try {
      overwrite(file, original);
      fs.rmSync(bak, {force: true});
    } catch {
      throw new RewriteRefused(`the write failed (${errnoText(error)}) and so did restoring it: the original is in ${path.basename(bak)}`);
    }
    throw new RewriteRefused(`the write failed (${errnoText(error)}); the file was restored`);
  }
  fs.rmSync(bak, {force: true});
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Clean up after a run that was killed while rewriting files in `dir`: remove incomplete backups and
 * finished ones, restore a file that was left half written. Returns what was done, one line each.
 * Files of a corpuslint still running (its pid alive) are left alone.
 */
export function recoverLeftovers(dir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const notes: string[] = [];
  for (const name of names) {
    const m = LEFTOVER.exec(name);
    if (!m || alive(Number(m[2]))) continue;
    const leftover = path.join(dir, name);
    const original = path.join(dir, m[1]);
    try {
      if (m[4] === 'tmp' || m[3].length !== 40) {
        fs.rmSync(leftover, {force: true});
        notes.push(`removed ${path.basename(leftover)}, left by an interrupted --fix`);
        continue;
      }
      const backup = fs.readFileSync(leftover);
      let current: Buffer | undefined;
      try {
        current = fs.readFileSync(original);
      } catch {
        current = undefined;
      }
      const now = current && sha1(current);
      if (now === m[3] || now === sha1(backup)) {
        fs.rmSync(leftover, {force: true});
        notes.push(`removed ${path.basename(leftover)}, left by an interrupted --fix (${m[1]} was complete)`);
      } else if (current !== undefined) {
        overwrite(original, backup);
        fs.rmSync(leftover, {force: true});
        notes.push(`restored ${m[1]} from ${path.basename(leftover)}: an interrupted --fix had left it half written`);
      }
    } catch (error) {
      notes.push(`could not clean up ${path.basename(leftover)} (${errnoText(error)})`);
    }
  }
  return notes;
}
