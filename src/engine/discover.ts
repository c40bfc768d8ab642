// Which files a run lints: paths, folders (walked for the configured extensions) and globs, less what
// `.corpuslintignore` and the config's `ignore` globs exclude. node_modules and .git are never walked.
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {Ignore} from 'ignore';
import type {ConfigResolver} from '../config/load.js';
import {UsageError} from '../config/errors.js';
import {tinyglobby} from './lazy-glob.js';

// Required, not imported: before an import of a CommonJS module node scans its source for the names it
// exports, and for ignore's 50 KB that scan costs more than the module (~0.3 G instructions a run).
// picomatch likewise. Both on first use: a run that names its files, with no ignore file and no ignore
// globs, needs neither.
const require = createRequire(import.meta.url);
const ignore = (): Ignore => (require('ignore') as typeof import('ignore'))();
const picomatch = (): typeof import('picomatch') => require('picomatch') as typeof import('picomatch');

export const IGNORE_FILE = '.corpuslintignore';
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface Target {
  /** Absolute path. */
  abs: string;
  /** Path relative to the working directory, with forward slashes (what reports show). */
  path: string;
  /** For an entry reported instead of linted (an unreadable folder, a broken symbolic link): the message. */
  problem?: {reason: string; ruleId: string; severity: 1 | 2};
}

export interface Discovery {
  targets: Target[];
  /**
   * Reported instead of linted: files named explicitly but ignored (a warning, as ESLint does), and, with
   * `problem` set, folders that cannot be read (EACCES) and named symbolic links that are broken or loop.
   */
  ignoredExplicit: Target[];
}

interface Matcher {
  dir: string;
  ig: Ignore;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function loadIgnoreFile(file: string, required: boolean): Matcher | undefined {
  if (!fs.existsSync(file)) {
    if (required) throw new UsageError(`--ignore-path: cannot find ${file}.`);
    return undefined;
  }
  return {dir: path.dirname(file), ig: ignore().add(fs.readFileSync(file, 'utf8'))};
}

/**
 * Folders under `root` (and root) that cannot be listed. The walk itself skips them silently, which would
 * lose their files without a word; so every folder is checked (one cheap extra walk of folders only).
 * As root every folder is readable; the test runs this as `nobody`.
 */
async function unreadableFolders(root: string): Promise<Array<{abs: string; code: string}>> {
  const dirs = [root, ...(await tinyglobby().glob(['**'], {cwd: root, absolute: true, ignore: ALWAYS_IGNORED, followSymbolicLinks: false, onlyDirectories: true}))];
  const out: Array<{abs: string; code: string}> = [];
  for (const d of dirs) {
    try {
      fs.accessSync(d, fs.constants.R_OK | fs.constants.X_OK);
    } catch (error) {
      out.push({abs: path.resolve(d), code: (error as NodeJS.ErrnoException).code ?? 'EACCES'});
    }
  }
  return out;
}

/** What a named path that is neither a file nor a folder is, for the message. */
const SPECIAL: Array<[(s: fs.Stats) => boolean, string]> = [
  [(s) => s.isFIFO(), 'a FIFO (named pipe)'],
  [(s) => s.isSocket(), 'a socket'],
  [(s) => s.isCharacterDevice(), 'a character device'],
  [(s) => s.isBlockDevice(), 'a block device'],
];
function specialKind(stat: fs.Stats): string | undefined {
  return SPECIAL.find(([test]) => test(stat))?.[1];
}

/**
 * Whether a glob could have entered the folder `dir` (path segments relative to the glob's cwd): each of
 * the folder's segments matches the glob's segment at that depth, until a `**`. The glob's last segment
 * names files, so a folder as deep as it is not entered. Used to report only the unreadable folders a
 * glob skipped, not every unreadable folder under its base.
 */
function globCouldEnter(globSegments: string[], dir: string[]): boolean {
  for (let i = 0; i < dir.length; i++) {
    const seg = globSegments[i];
    if (seg === '**') return true;
    if (seg === undefined || i === globSegments.length - 1 || !picomatch().isMatch(dir[i], seg)) return false;
  }
  return true;
}

/** The unreadable folders a glob (relative to `base`) skipped, as absolute paths with their error code. */
async function unreadableForGlob(pattern: string, base: string): Promise<Array<{abs: string; code: string}>> {
  const root = path.resolve(base, picomatch().scan(pattern).base || '.');
  if (!fs.existsSync(root)) return [];
  const segments = toPosix(path.relative(base, path.resolve(base, pattern))).split('/');
  return (await unreadableFolders(root)).filter((d) => {
    const rel = toPosix(path.relative(base, d.abs));
    return rel === '' || globCouldEnter(segments, rel.split('/'));
  });
}

export async function discover(
  patterns: string[],
  options: {cwd: string; resolver: ConfigResolver; ignorePath?: string; ignore?: boolean},
): Promise<Discovery> {
  const {cwd, resolver} = options;
  const base = resolver.discovery(cwd);
  const extensions = base.extensions.map((e) => e.toLowerCase());
  const matchers: Matcher[] = [];
  if (options.ignore !== false) {
    const fileMatcher = options.ignorePath
      ? loadIgnoreFile(path.resolve(cwd, options.ignorePath), true)
      : loadIgnoreFile(path.join(cwd, IGNORE_FILE), false);
    if (fileMatcher) matchers.push(fileMatcher);
    for (const entry of base.ignore) matchers.push({dir: entry.dir, ig: ignore().add(entry.globs)});
  }
  const isIgnored = (abs: string): boolean =>
    matchers.some((m) => {
      const rel = path.relative(m.dir, abs);
      return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) && m.ig.ignores(toPosix(rel));
    });
  const hasExtension = (file: string): boolean => extensions.includes(path.extname(file).toLowerCase());

  let inputs = patterns;
  let inputBase = cwd;
  if (inputs.length === 0) {
    if (base.files) {
      inputs = base.files.globs;
      inputBase = base.files.dir;
    } else inputs = ['.'];
  }

  const found = new Map<string, Target>();
  const ignoredExplicit: Target[] = [];
  const add = (abs: string) => {
    if (!found.has(abs)) found.set(abs, {abs, path: toPosix(path.relative(cwd, abs)) || path.basename(abs)});
  };
  const extGlob = extensions.length === 1 ? `**/*${extensions[0]}` : `**/*{${extensions.join(',')}}`;

  for (const pattern of inputs) {
    const abs = path.resolve(inputBase, pattern);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch (error) {
      stat = undefined;
      const code = (error as NodeJS.ErrnoException).code;
      // A file named inside a folder that cannot be searched: an error on that path, as a walk reports a
      // folder it cannot read; the rest is linted.
      if ((code === 'EACCES' || code === 'EPERM') && !tinyglobby().isDynamicPattern(pattern)) {
        ignoredExplicit.push({abs, path: toPosix(path.relative(cwd, abs)), problem: {reason: `Cannot read file (${code}): a folder on its path cannot be read`, ruleId: 'read-error', severity: 2}});
        continue;
      }
      // A named symbolic link that is broken or loops: say so, and lint the rest.
      if (code !== 'EACCES' && code !== 'EPERM' && fs.lstatSync(abs, {throwIfNoEntry: false})?.isSymbolicLink()) {
        const why = code === 'ELOOP' ? 'a symbolic link loop' : `a broken symbolic link (${code})`;
        ignoredExplicit.push({abs, path: toPosix(path.relative(cwd, abs)), problem: {reason: `Cannot read file: ${why}`, ruleId: 'read-error', severity: 2}});
        continue;
      }
    }
    const special = stat && specialKind(stat);
    if (special) {
      // A named FIFO, socket or device: reading it could block or never end; say what it is.
      ignoredExplicit.push({abs, path: toPosix(path.relative(cwd, abs)), problem: {reason: `Cannot read file: it is ${special}, not a regular file`, ruleId: 'read-error', severity: 2}});
      continue;
    }
    if (stat?.isFile()) {
      if (isIgnored(abs)) ignoredExplicit.push({abs, path: toPosix(path.relative(cwd, abs))});
      else add(abs);
      continue;
    }
    let matched: string[];
    const problemsBefore = ignoredExplicit.length;
    const reportUnreadable = (dirs: Array<{abs: string; code: string}>) => {
      for (const dir of dirs) {
        if (isIgnored(dir.abs) || ignoredExplicit.some((t) => t.abs === dir.abs)) continue;
        ignoredExplicit.push({abs: dir.abs, path: toPosix(path.relative(cwd, dir.abs)) || '.', problem: {reason: `Cannot read folder (${dir.code}): its files are not linted`, ruleId: 'read-error', severity: 2}});
      }
    };
    if (stat?.isDirectory()) {
      matched = await tinyglobby().glob([extGlob], {cwd: abs, absolute: true, ignore: ALWAYS_IGNORED, caseSensitiveMatch: false, followSymbolicLinks: false, onlyFiles: true});
      reportUnreadable(await unreadableFolders(abs));
    } else if (tinyglobby().isDynamicPattern(pattern)) {
      matched = (await tinyglobby().glob([pattern], {cwd: inputBase, absolute: true, ignore: ALWAYS_IGNORED, followSymbolicLinks: false, onlyFiles: true}))
        .filter(hasExtension);
      reportUnreadable(await unreadableForGlob(pattern, inputBase));
    } else {
      throw new UsageError(`No files matching the pattern "${pattern}" were found.`);
    }
    const kept = matched.map((m) => path.resolve(m)).filter((m) => !isIgnored(m));
    if (matched.length === 0 && ignoredExplicit.length > problemsBefore) continue; // an unreadable folder, reported
    if (matched.length === 0) throw new UsageError(`No files matching the pattern "${pattern}" were found.`);
    if (kept.length === 0) throw new UsageError(`All files matched by "${pattern}" are ignored.`);
    for (const m of kept) add(m);
  }
  const targets = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {targets, ignoredExplicit};
}
