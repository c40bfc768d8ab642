// The result cache (`--cache`, `--cache-location`). A file's first-pass result (FileResult: file rules'
// messages, corpus rules' facts, directives) is plain data, so it is stored as is and reused when the
// same bytes are linted again with the same effective config by the same code:
//   entry key = sha1(content hash, path, format-relevant path, effective config key)
//   cache-wide = corpuslint version + every rule's meta.version + a fingerprint of the engine's and
//                rules' code and data files (so a rule edited without bumping its version still misses).
// One file, keyed by path (one entry per path: a changed file replaces its stale entry), written
// atomically at the end of a run: a line of JSON (the entries without their facts), then every entry's
// facts as one JSON array, parsed whole only when a summary is folded. A warm run parses only the files
// whose bytes changed and runs pass 2 from the cached facts; when no file of the corpus changed at all,
// pass 2's messages come from the cache too (`corpus`, keyed by every file's path, hash, config and role).
import {sha1} from '../util/sha1.js';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Rule} from '../types.js';
import type {EffectiveConfig} from '../config/load.js';
import type {FileResult} from './process-file.js';
import type {LintMessage} from '../types.js';
import {version as corpuslintVersion} from '../package-info.js';
import {UsageError} from '../config/errors.js';
import {kindOfFile} from '../config/read-json.js';
import {isCorpusEntry, isEntry, isSlot, slotsInOrder} from './cache-entry.js';

export const DEFAULT_CACHE_LOCATION = '.corpuslintcache';
const COMMA = Buffer.from(',');
const FORMAT = 3;

/** A rule's facts in an entry: a place in the file's tail (start, end, index), or a value of this run. */
type FactsSlot = [number, number, number] | {value: unknown};

/**
 * What is stored per path: the entry key and the result without its path (re-stamped on read). The
 * corpus rules' facts stay in the file's tail until a summary is folded from them: a warm run over an
 * unchanged corpus takes pass 2 from `corpus` and never parses them (most of the cache's size).
 */
interface Entry {
  key: string;
  result: Omit<FileResult, 'path' | 'facts'> & {facts: Record<string, FactsSlot>};
  /** Size and mtime when the bytes were read: when both still match, the stored hash is trusted (metadata strategy). */
  size?: number;
  mtimeMs?: number;
}

/** An entry as written: its facts as [start, end) byte ranges of the tail, and their index in it. */
interface StoredEntry extends Omit<Entry, 'result'> {
  result: Omit<FileResult, 'path' | 'facts'> & {facts: Record<string, [number, number, number]>};
}

/**
 * The file: one line of JSON (this header), a newline, then the tail: every entry's facts as one JSON
 * array, parsed whole on first need (one parse, as fast as the header's) and copied byte for byte when
 * the cache is written again.
 */
interface CacheFile {
  format: number;
  global: string;
  entries: Record<string, StoredEntry>;
  corpus?: CorpusEntry;
}

/**
 * The corpus rules' messages of the last run, valid for exactly that corpus: `key` names every file
 * (path, content hash, effective config, reported or context). Pass 2 is a pure function of the files'
 * facts and the summaries folded from them, so when nothing in the corpus changed the messages are the
 * same, and a warm run neither folds the summaries nor checks a file. Only non-empty lists are kept.
 */
export interface CorpusEntry {
  key: string;
  messages: Record<string, LintMessage[]>;
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
  const hash = sha1();
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
  return sha1().update(`${FORMAT}|${corpuslintVersion}|${versions}|${codeFingerprint()}`).digest('hex');
}

/** The key of a whole corpus for pass 2: every file's path, content hash, effective config and role, in path order. */
export function corpusKey(files: Array<{path: string; hash: string; config: EffectiveConfig; context: boolean}>): string {
  const hash = sha1();
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) hash.update(f.path).update('\0').update(f.hash).update('\0').update(f.config.key).update(f.context ? '\0c\n' : '\0r\n');
  return hash.digest('hex');
}

export function entryKey(hash: string, filePath: string, config: EffectiveConfig): string {
  return sha1().update(hash).update('\0').update(filePath).update('\0').update(config.key).digest('hex');
}

/** Facts by rule id, each read from its slot on first use (then kept). */
function lazyFacts(slots: Record<string, FactsSlot>, read: (slot: FactsSlot) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const id of Object.keys(slots)) {
    let value: unknown;
    let known = false;
    Object.defineProperty(out, id, {
      enumerable: true,
      configurable: true,
      get() {
        if (!known) {
          value = read(slots[id]);
          known = true;
        }
        return value;
      },
      set(v: unknown) {
        value = v;
        known = true;
      },
    });
  }
  return out;
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

/**
 * The cache file's bytes, or undefined when there is none. Only a regular file is read: a FIFO hung the
 * run, and a folder in its place was never written; both are refused with a message (exit 2). The type
 * is read from the descriptor, opened without blocking.
 */
function readCacheFile(file: string): Buffer | undefined {
  const refuse = (what: string) => new UsageError(`--cache: ${file} is ${what}, not a regular file; remove it or give --cache-location another file.`);
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw refuse('a folder');
    return undefined; // missing or unreadable: start empty (an unwritable one says so when saved)
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw refuse(kindOfFile(st));
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export class ResultCache {
  readonly file: string;
  private readonly global: string;
  private entries: Record<string, Entry> = {};
  private corpus: CorpusEntry | undefined;
  private tail: Buffer = Buffer.alloc(0);
  private tailValues: unknown[] | undefined;
  private dirty = false;
  private readonly hitPaths = new Set<string>();
  hits = 0;
  misses = 0;

  constructor(file: string, rules: readonly Rule[]) {
    this.file = file;
    this.global = globalKey(rules);
    let stored: unknown;
    const bytes = readCacheFile(file);
    if (bytes) {
      try {
        const newline = bytes.indexOf(10);
        stored = JSON.parse(bytes.toString('utf8', 0, newline === -1 ? bytes.length : newline));
        if (newline !== -1) this.tail = bytes.subarray(newline + 1);
      } catch {
        stored = undefined; // not JSON: start empty
        this.dirty = true;
      }
    }
    const header = stored as Partial<CacheFile> | undefined;
    if (header && typeof header === 'object' && header.format === FORMAT && header.global === this.global && header.entries !== null && typeof header.entries === 'object' && !Array.isArray(header.entries)) {
      this.keepSound(header.entries as Record<string, unknown>);
      if (isCorpusEntry(header.corpus)) this.corpus = header.corpus;
      else if (header.corpus !== undefined) this.dirty = true;
    } else {
      this.tail = Buffer.alloc(0);
      if (stored !== undefined) this.dirty = true; // stale: rewrite it
    }
  }

  /**
   * Keep the entries that are what `set` and `save` write; any other is a miss (and the file is written
   * again). The facts slots are used only when the tail is a JSON array and their indices are in the
   * order of their bytes; else every entry with facts is a miss.
   */
  private keepSound(entries: Record<string, unknown>): void {
    const t = this.tail;
    const tailOk = t.length >= 2 && t[0] === 0x5b && t[t.length - 1] === 0x5d;
    const slots: Array<[number, number, number]> = [];
    for (const e of Object.values(entries)) {
      const facts = (e as {result?: {facts?: unknown}} | null)?.result?.facts;
      if (facts && typeof facts === 'object') for (const s of Object.values(facts)) if (isSlot(s, t.length)) slots.push(s);
    }
    const slotsOk = tailOk && slotsInOrder(slots);
    for (const [p, e] of Object.entries(entries)) {
      const sound = isEntry(e, t.length) && (slotsOk || Object.keys((e as StoredEntry).result.facts).length === 0);
      if (sound) this.entries[p] = e as Entry;
      else this.dirty = true;
    }
  }

  /**
   * The facts in a slot: the tail is parsed whole the first time. A tail that does not parse (damaged on
   * disk under a sound header) is read slot by slot; a slot that does not parse either ends the run with
   * an error, which the rule that asked reports as a crash on the file (and the run forgets its hits).
   */
  private read(slot: FactsSlot): unknown {
    if (!Array.isArray(slot)) return slot.value;
    if (!this.tailValues) {
      try {
        const values = JSON.parse(this.tail.toString('utf8')) as unknown;
        this.tailValues = Array.isArray(values) ? values : [];
      } catch {
        this.tailValues = [];
      }
    }
    if (slot[2] < this.tailValues.length) return this.tailValues[slot[2]];
    try {
      return JSON.parse(this.tail.toString('utf8', slot[0], slot[1]));
    } catch (error) {
      // The rule that asked reports a crash on the file; the run then forgets this run's hits (forgetHits).
      throw new Error(`the cache ${this.file} is damaged (${(error as Error).message}); its entries are dropped, run again`);
    }
  }

  /**
   * Drop the entries this run took from the cache: the corpus pass crashed on facts, and facts from the
   * disk may be what it crashed on (damaged inside a string, where no check of the file's shape sees it).
   * The next run lints those files again instead of crashing the same way every time.
   */
  forgetHits(): void {
    for (const p of this.hitPaths) delete this.entries[p];
    if (this.hitPaths.size) this.dirty = true;
    this.corpus = undefined;
  }

  /** The stored result for this path, if its key is one of `keys`. */
  get(filePath: string, keys: string[]): FileResult | undefined {
    const entry = this.entries[filePath];
    if (entry && keys.includes(entry.key)) {
      this.hits++;
      this.hitPaths.add(filePath);
      return {path: filePath, ...entry.result, facts: lazyFacts(entry.result.facts, (slot) => this.read(slot))};
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
    const {path: filePath, facts, ...rest} = result;
    const packed: Record<string, FactsSlot> = {};
    for (const id of Object.keys(facts)) packed[id] = {value: facts[id]};
    const stored = {...rest, facts: packed};
    this.entries[filePath] = stat ? {key, result: stored, size: stat.size, mtimeMs: stat.mtimeMs} : {key, result: stored};
    this.dirty = true;
  }

  /** The corpus rules' messages stored for this corpus key, by path (absent: none). */
  corpusMessages(key: string): Record<string, LintMessage[]> | undefined {
    return this.corpus?.key === key ? this.corpus.messages : undefined;
  }

  setCorpusMessages(key: string, messages: Record<string, LintMessage[]>): void {
    if (this.corpus?.key === key) return;
    this.corpus = {key, messages};
    this.dirty = true;
  }

  /** Write atomically (temporary file + rename). A cache that cannot be written is a warning, not a failure. */
  save(): string | undefined {
    if (!this.dirty) return undefined;
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), {recursive: true});
      // The tail: a JSON array of every entry's facts. Stored ones are copied as they were, in runs: facts
      // that followed one another in the old tail are one slice of it (with their commas), not a chunk each.
      const chunks: Buffer[] = [Buffer.from('[')];
      let at = 1;
      let index = 0;
      let runStart = -1;
      let runEnd = -1;
      const flush = () => {
        if (runStart !== -1) chunks.push(this.tail.subarray(runStart, runEnd));
        runStart = -1;
      };
      const entries: Record<string, StoredEntry> = {};
      for (const [p, entry] of Object.entries(this.entries)) {
        const facts: Record<string, [number, number, number]> = {};
        for (const [id, slot] of Object.entries(entry.result.facts)) {
          const comma = index > 0 ? 1 : 0;
          if (Array.isArray(slot)) {
            const length = slot[1] - slot[0];
            // Continue the run when this slot comes right after it in the old tail (past one comma).
            if (runStart !== -1 && comma === 1 && slot[0] === runEnd + 1) runEnd = slot[1];
            else {
              flush();
              if (comma) chunks.push(COMMA);
              runStart = slot[0];
              runEnd = slot[1];
            }
            facts[id] = [at + comma, at + comma + length, index++];
            at += comma + length;
          } else {
            flush();
            const bytes = Buffer.from(JSON.stringify(slot.value) ?? 'null', 'utf8');
            if (comma) chunks.push(COMMA);
            chunks.push(bytes);
            facts[id] = [at + comma, at + comma + bytes.length, index++];
            at += comma + bytes.length;
          }
        }
        entries[p] = {...entry, result: {...entry.result, facts}};
      }
      flush();
      chunks.push(Buffer.from(']'));
      const header = JSON.stringify({format: FORMAT, global: this.global, entries, ...(this.corpus ? {corpus: this.corpus} : {})} satisfies CacheFile);
      const fd = fs.openSync(tmp, 'w');
      try {
        fs.writevSync(fd, [Buffer.from(header + '\n', 'utf8'), ...chunks]);
      } finally {
        fs.closeSync(fd);
      }
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
