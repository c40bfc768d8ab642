// Which files a run lints: paths, folders (walked for the configured extensions) and globs, less what
// `.corpuslintignore` and the config's `ignore` globs exclude. node_modules and .git are never walked.
import fs from 'node:fs';
import path from 'node:path';
import {glob, isDynamicPattern} from 'tinyglobby';
import ignore, {type Ignore} from 'ignore';
import type {ConfigResolver} from '../config/load.js';
import {UsageError} from '../config/errors.js';

export const IGNORE_FILE = '.corpuslintignore';
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface Target {
  /** Absolute path. */
  abs: string;
  /** Path relative to the working directory, with forward slashes (what reports show). */
  path: string;
}

export interface Discovery {
  targets: Target[];
  /** Files named explicitly but ignored: reported as a warning, as ESLint does. */
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
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      if (isIgnored(abs)) ignoredExplicit.push({abs, path: toPosix(path.relative(cwd, abs))});
      else add(abs);
      continue;
    }
    let matched: string[];
    if (stat?.isDirectory()) {
      matched = await glob([extGlob], {cwd: abs, absolute: true, ignore: ALWAYS_IGNORED, caseSensitiveMatch: false, followSymbolicLinks: false, onlyFiles: true});
    } else if (isDynamicPattern(pattern)) {
      matched = (await glob([pattern], {cwd: inputBase, absolute: true, ignore: ALWAYS_IGNORED, followSymbolicLinks: false, onlyFiles: true}))
        .filter(hasExtension);
    } else {
      throw new UsageError(`No files matching the pattern "${pattern}" were found.`);
    }
    const kept = matched.map((m) => path.resolve(m)).filter((m) => !isIgnored(m));
    if (matched.length === 0) throw new UsageError(`No files matching the pattern "${pattern}" were found.`);
    if (kept.length === 0) throw new UsageError(`All files matched by "${pattern}" are ignored.`);
    for (const m of kept) add(m);
  }
  const targets = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {targets, ignoredExplicit};
}
