// The result cache (`--cache`, `--cache-location`). A file's first-pass result (FileResult: file rules'
// messages, corpus rules' facts, directives) is plain data, so it is stored as is and reused when the
// same bytes are linted again with the same effective config by the same code:
//   entry key = sha1(content hash, path, format-relevant path, effective config key)
//   cache-wide = corpuslint version + every rule's meta.version + a fingerprint of the engine's and
//                rules' code and data files (so a rule edited without bumping its version still misses).
// One JSON file, keyed by path (one entry per path: a changed file replaces its stale entry), written
// atomically at the end of a run. Corpus rules' facts come from the cache too: a warm run re-reads and
// re-hashes each file, but parses only the files whose bytes changed; pass 2 runs from the facts.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Rule} from '../types.js';
import type {EffectiveConfig} from '../config/load.js';
import type {FileResult} from './process-file.js';
import {version as corpuslintVersion} from '../package-info.js';
import {UsageError} from '../config/errors.js';

export const DEFAULT_CACHE_LOCATION = '.corpuslintcache';
const FORMAT = 1;

/** What is stored per path: the entry key and the result without its path (re-stamped on read). */
interface Entry {
  key: string;
  result: Omit<FileResult, 'path'>;
  /** Size and mtime when the bytes were read: when both still match, the stored hash is trusted (metadata strategy). */
  size?: number;
  mtimeMs?: number;
}

interface CacheFile {
  format: number;
  global: string;
  entries: Record<string, Entry>;
}

let fingerprintMemo: string | undefined;

/**
 * A hash of the code and data a result depends on: every .js/.ts/.json file under the package's `src`
 * and `rules` folders as loaded (dist/ when built, the sources under vitest). Cheap: a few dozen files.
 */
export function codeFingerprint(): string {
  if (fingerprintMemo) return fingerprintMemo;
  const here = path.dirname(fileURLToPath(import.meta.url)); // <root>/src/engine
  const root = path.resolve(here, '..', '..'); // <root> (the package, or dist/)
  const hash = crypto.createHash('sha1');
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = fs.readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const abs = path.join(dir, name);
      const stat = fs.statSync(abs);
      if (stat.isDirectory()) walk(abs);
      else if (/\.(js|ts|json)$/.test(name) && !name.endsWith('.d.ts')) hash.update(name).update(fs.readFileSync(abs));
    }
  };
  walk(path.join(root, 'src'));
  walk(path.join(root, 'rules'));
  // Data files live in the package's rules/data even when the code runs from dist/.
  const dataDir = path.resolve(root, '..', 'rules', 'data');
  if (path.basename(root) === 'dist') walk(dataDir);
  fingerprintMemo = hash.digest('hex');
  return fingerprintMemo;
}

/** The part of every key that does not depend on the file: versions of corpuslint and of the rules, and the code. */
export function globalKey(rules: readonly Rule[]): string {
  const versions = rules.map((r) => `${r.meta.id}@${r.meta.version ?? 0}`).join(',');
  return crypto.createHash('sha1').update(`${FORMAT}|${corpuslintVersion}|${versions}|${codeFingerprint()}`).digest('hex');
}

export function entryKey(hash: string, filePath: string, config: EffectiveConfig): string {
  return crypto.createHash('sha1').update(hash).update('\0').update(filePath).update('\0').update(config.key).digest('hex');
}

/** Resolve `--cache-location`: inside the working tree unless given as an absolute path. */
export function cacheLocation(cwd: string, given?: string): string {
  if (!given) return path.join(cwd, DEFAULT_CACHE_LOCATION);
  const resolved = path.resolve(cwd, given);
  const rel = path.relative(cwd, resolved);
  if (!path.isAbsolute(given) && (rel.startsWith('..') || path.isAbsolute(rel))) {
    throw new UsageError(`--cache-location: refusing to write the cache outside the working tree (${resolved}); give an absolute path to mean it.`);
  }
  // A folder given (existing, or with a trailing slash) holds the default file name, as ESLint does.
  if (/[\\/]$/.test(given) || (fs.existsSync(resolved) && fs.statSync(resolved).isDirectory())) return path.join(resolved, DEFAULT_CACHE_LOCATION);
  return resolved;
}

export class ResultCache {
  readonly file: string;
  private readonly global: string;
  private entries: Record<string, Entry> = {};
  private dirty = false;
  hits = 0;
  misses = 0;

  constructor(file: string, rules: readonly Rule[]) {
    this.file = file;
    this.global = globalKey(rules);
    let stored: CacheFile | undefined;
    try {
      stored = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheFile;
    } catch {
      stored = undefined; // missing or unreadable: start empty
    }
    if (stored && stored.format === FORMAT && stored.global === this.global && stored.entries && typeof stored.entries === 'object') {
      this.entries = stored.entries;
    } else if (stored) this.dirty = true; // stale: rewrite it
  }

  /** The stored result for this path, if its key is one of `keys`. */
  get(filePath: string, keys: string[]): FileResult | undefined {
    const entry = this.entries[filePath];
    if (entry && keys.includes(entry.key)) {
      this.hits++;
      return {path: filePath, ...entry.result};
    }
    this.misses++;
    return undefined;
  }

  /**
   * Metadata strategy: the content hash stored for this path, if the file's size and mtime are those it
   * had when it was hashed (so the file need not be read again to know its hash).
   */
  hashIfUnchanged(filePath: string, stat: {size: number; mtimeMs: number}): string | undefined {
    const entry = this.entries[filePath];
    return entry && entry.size === stat.size && entry.mtimeMs === stat.mtimeMs ? entry.result.hash : undefined;
  }

  set(key: string, result: FileResult, stat?: {size: number; mtimeMs: number}): void {
    if (!result.hash) return; // unreadable files are not cached
    const {path: filePath, ...rest} = result;
    this.entries[filePath] = stat ? {key, result: rest, size: stat.size, mtimeMs: stat.mtimeMs} : {key, result: rest};
    this.dirty = true;
  }

  /** Write atomically (temporary file + rename). A cache that cannot be written is a warning, not a failure. */
  save(): string | undefined {
    if (!this.dirty) return undefined;
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), {recursive: true});
      fs.writeFileSync(tmp, JSON.stringify({format: FORMAT, global: this.global, entries: this.entries} satisfies CacheFile));
      fs.renameSync(tmp, this.file);
      this.dirty = false;
      return undefined;
    } catch (error) {
      try {
        fs.rmSync(tmp, {force: true});
      } catch {
        // nothing to clean
      }
      return `cannot write the cache ${this.file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    }
  }
}
