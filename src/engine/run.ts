// One run, streaming: discover → per file (read, parse once, file rules, corpus facts; the tree is
// dropped) → summarize the corpus facts → corpus rules per file → inline directives → suppressions.
// Only each file's plain FileResult outlives its parse.
//
// Because a FileResult is plain data, four features are one mechanism here:
// - the cache stores FileResults by content hash + effective config + code (cache.ts);
// - the worker pool returns FileResults from threads (workers.ts);
// - `--changed-since` and `context` read the unchanged files for their facts only (from the cache when warm);
// - sharding reads the other slices' facts from their indexes (shard.ts).
// Pass 2 always folds every file's facts in path order, so all of these give the same report (or, over a
// corpus whose every file is as the cache last saw it, takes that run's pass-2 messages from the cache).
import fs from 'node:fs';
import path from 'node:path';
import type {LintMessage, Rule, RuleSetting} from '../types.js';
import {ConfigResolver, type EffectiveConfig} from '../config/load.js';
import {UsageError} from '../config/errors.js';
import {RuleRegistry, type Plugin} from './registry.js';
import {discover, type Target} from './discover.js';
import {fileMessage, hashBytes, type FileResult} from './process-file.js';
import {summarizeAll, corpusMessages, withCorpusMessages, type CorpusInput, type Summaries} from './corpus-pass.js';
import {isCrash} from './rule-plugin.js';
import {readArticle} from './read-article.js';
import {ResultCache, cacheLocation, corpusKey, entryKey} from './cache.js';
import {factsOnly, lintFile} from './worker.js';
import {runInPool, threadsFor} from './workers.js';
import {changedSince} from './git.js';
import {readIndexes, shardOf, type Shard} from './shard.js';

export interface RunOptions {
  cwd?: string;
  /** A config file to use instead of the upward search, or false for none. */
  configFile?: string | false;
  /**
   * The built-in rules, passed in by the caller (the CLI, the API, the language server): the engine has no
   * rule list of its own. Plugins named in configurations are added to them.
   */
  builtins?: readonly Rule[];
  /** Plugin objects given through the API (`{name, rules}`), beside those configurations name. */
  plugins?: Plugin[];
  /** False (`--no-plugins`): plugins named in configurations are not loaded, and their rules' settings ignored. */
  loadPlugins?: boolean;
  /** Rule settings applied last (`--rule`). */
  rules?: Record<string, RuleSetting>;
  ignorePath?: string;
  /** False to lint ignored files too. */
  ignore?: boolean;
  /**
   * Corpus context: files or folders read for the corpus rules' facts (names, repeated lines) but not
   * reported on. Lets a pre-commit hook, `--changed-since` or an editor report a few files while the
   * corpus rules still judge them against the whole corpus.
   */
  context?: string[];
  /** Called after each file of the first pass, and once per later stage (for progress displays). */
  onProgress?: (event: {stage: 'files' | 'corpus' | 'done'; done: number; total: number}) => void;
  /** Reuse and store first-pass results (`--cache`). */
  cache?: boolean;
  /** Cache file (`--cache-location`); inside the working tree unless absolute. Default `.corpuslintcache`. */
  cacheLocation?: string;
  /**
   * How the cache knows a file is unchanged: `metadata` (default) trusts the stored content hash while the
   * file's size and mtime are unchanged, `content` reads and hashes every file.
   */
  cacheStrategy?: 'metadata' | 'content';
  /**
   * False: each result's `hash` is left empty ('') unless the cache needs it, so a run that never reads it
   * (the CLI's lint without --fix) hashes nothing. Default true.
   */
  contentHash?: boolean;
  /** Threads for the first pass: a number (1: main thread only) or 'auto' (default: a pool for large corpora). */
  workers?: number | 'auto';
  /** Report only the files changed since this git revision; the rest of the matched files are corpus context. */
  changedSince?: string;
  /** Lint one deterministic slice of the matched files; the others are context (or come from `corpusIndex`). */
  shard?: Shard;
  /** Indexes of other slices (`corpuslint index`): their facts stand in for reading those files. */
  corpusIndex?: string[];
}

export interface InputText {
  path: string;
  value: string | Uint8Array;
}

export interface RunResult {
  results: FileResult[];
  cwd: string;
  resolver: ConfigResolver;
  summaries: Summaries;
  /** True when every file the summaries were folded from is in `results` (no context, shard or index). */
  complete?: boolean;
  /** Cache statistics and a warning if it could not be written; `corpus`: pass 2 came from the cache (the corpus is unchanged). */
  cache?: {hits: number; misses: number; file: string; warning?: string; corpus?: boolean};
  /** Threads used by the first pass (0: the main thread). */
  threads?: number;
  /** A corpus rule crashed in pass 2 (the cache then forgets the entries it served). */
  corpusCrashed?: boolean;
}

/** One file of the first pass. `context`: read for its facts only, not reported. */
export interface PassInput {
  path: string;
  abs: string;
  read: () => Uint8Array;
  context?: boolean;
  /** Whether a worker may read it from disk at `abs` (false for texts given in memory). */
  onDisk?: boolean;
  /** A result known already (a corpus index entry): not read at all. */
  known?: FileResult;
}

const byPath = (a: CorpusInput, b: CorpusInput) => (a.result.path < b.result.path ? -1 : a.result.path > b.result.path ? 1 : 0);

export function makeResolver(options: RunOptions): ConfigResolver {
  if (!options.builtins) throw new Error('corpuslint: the engine was given no rules (RunOptions.builtins)');
  return new ConfigResolver({
    cwd: path.resolve(options.cwd ?? process.cwd()), configFile: options.configFile, ruleOverrides: options.rules,
    registry: new RuleRegistry(options.builtins, options.plugins), plugins: options.loadPlugins,
  });
}

interface Plan {
  inputs: PassInput[];
  configs: EffectiveConfig[];
  slots: Array<FileResult | undefined>;
  /** Indexes of the inputs still to lint. */
  todo: number[];
  /** For cache misses read on the main thread: the bytes, so single-thread runs do not read twice. */
  bytes: Map<number, Uint8Array>;
  cache?: ResultCache;
  /** Size and mtime of files on disk, taken before they were read (stored with their cache entries). */
  stats: Map<number, {size: number; mtimeMs: number}>;
  /** Whether the files linted get their content hash. */
  hashed: boolean;
}

/** Configs and cache look-ups: what is known already and what is left to lint. */
function plan(inputs: PassInput[], options: RunOptions, resolver: ConfigResolver, cwd: string): Plan {
  const cache = options.cache ? new ResultCache(cacheLocation(cwd, options.cacheLocation), resolver.registry.rules) : undefined;
  const p: Plan = {inputs, configs: [], slots: [], todo: [], bytes: new Map(), cache, stats: new Map(), hashed: options.contentHash !== false || cache !== undefined};
  const metadata = options.cacheStrategy !== 'content';
  inputs.forEach((input, i) => {
    const full = resolver.forFile(input.abs);
    const config = input.context ? factsOnly(full) : full;
    p.configs.push(config);
    if (input.known) {
      p.slots.push(input.known);
      return;
    }
    p.slots.push(undefined);
    if (cache) {
      const keysFor = (hash: string) => {
        const keys = [entryKey(hash, input.path, full)];
        if (input.context) keys.push(entryKey(hash, input.path, config));
        return keys;
      };
      if (input.onDisk) {
        try {
          const stat = fs.statSync(input.abs);
          p.stats.set(i, {size: stat.size, mtimeMs: stat.mtimeMs});
          const known = metadata ? cache.hashIfUnchanged(input.path, p.stats.get(i)!) : undefined;
          const hit = known ? cache.get(input.path, keysFor(known)) : undefined;
          if (hit) {
            p.slots[i] = shareStrings(hit);
            return;
          }
          if (known) cache.misses--; // counted once, below
        } catch {
          // unreadable: lintFile reports it
        }
      }
      let bytes: Uint8Array;
      try {
        bytes = input.read();
      } catch {
        p.todo.push(i); // lintFile reports the read error
        return;
      }
      const hash = hashBytes(bytes);
      // A full result serves a context file too (it has the facts); a facts-only one only a context file.
      const hit = cache.get(input.path, keysFor(hash));
      if (hit) {
        p.slots[i] = shareStrings(hit);
        return;
      }
      p.bytes.set(i, bytes);
    }
    p.todo.push(i);
  });
  return p;
}

/**
 * Results that come from workers or the cache carry their own copy of every string. The rule id, doc url
 * and note of a message repeat across the corpus: share one copy, so 100k articles' results stay small.
 */
const interned = new Map<string, string>();
function intern(value: string): string {
  const known = interned.get(value);
  if (known !== undefined) return known;
  if (interned.size < 100_000) interned.set(value, value);
  return value;
}
function shareStrings(result: FileResult): FileResult {
  for (const m of result.messages) shareMessageStrings(m);
  return result;
}
function shareMessageStrings(m: LintMessage): LintMessage {
  m.ruleId = intern(m.ruleId);
  if (m.url !== undefined) m.url = intern(m.url);
  if (m.note !== undefined) m.note = intern(m.note);
  return m;
}

function store(p: Plan, i: number, result: FileResult): void {
  p.slots[i] = shareStrings(result);
  p.bytes.delete(i);
  if (p.cache && result.hash) p.cache.set(entryKey(result.hash, result.path, p.configs[i]), result, p.stats.get(i));
}

function lintOnMainThread(p: Plan, i: number): FileResult {
  const input = p.inputs[i];
  const bytes = p.bytes.get(i);
  return lintFile(input.path, bytes ? () => bytes : input.read, p.configs[i], p.hashed);
}

function complete(p: Plan, cwd: string, resolver: ConfigResolver, options: RunOptions, threads: number, reportAll = false): RunResult {
  const total = p.inputs.length;
  options.onProgress?.({stage: 'corpus', done: total, total});
  const firstPass = p.inputs.map((input, i) => ({config: p.configs[i], result: p.slots[i]!, context: input.context === true}));
  const reported = (input: CorpusInput) => reportAll || !(input as CorpusInput & {context: boolean}).context;
  // Pass 2 from the cache when the whole corpus is as it was (not when an index stands in for files:
  // its facts were gathered under another run's config).
  let corpus: CorpusCache | undefined;
  let corpusHit = false;
  if (p.cache && !p.inputs.some((input) => input.known)) {
    const cache = p.cache;
    const key = corpusKey(firstPass.map((input) => ({path: input.result.path, hash: input.result.hash, config: input.config, context: !reported(input)})));
    corpus = {
      get: () => {
        const stored = cache.corpusMessages(key);
        corpusHit = stored !== undefined;
        return stored;
      },
      set: (messages) => cache.setCorpusMessages(key, messages),
    };
  }
  const run = finish(firstPass, cwd, resolver, reported, corpus);
  run.threads = threads;
  if (p.cache && run.corpusCrashed) p.cache.forgetHits();
  if (p.cache) {
    const warning = p.cache.save();
    run.cache = {hits: p.cache.hits, misses: p.cache.misses, file: p.cache.file, warning, corpus: corpusHit};
  }
  options.onProgress?.({stage: 'done', done: total, total});
  return run;
}

/** First pass over in-memory texts or read files (main thread only), then the corpus pass. */
export function runOn(inputs: PassInput[], options: RunOptions, resolver = makeResolver(options)): RunResult {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const p = plan(inputs, options, resolver, cwd);
  lintOnMainThreadAll(p, options);
  return complete(p, cwd, resolver, options, 0);
}

/** The first pass of every file still to lint, on this thread, with progress events. */
function lintOnMainThreadAll(p: Plan, options: RunOptions): void {
  const total = p.inputs.length;
  let done = total - p.todo.length;
  for (const i of p.todo) {
    options.onProgress?.({stage: 'files', done, total});
    store(p, i, lintOnMainThread(p, i));
    done++;
  }
}

/** The same, with a worker pool when there are enough files to parse (and they are on disk). */
export async function runOnAsync(inputs: PassInput[], options: RunOptions, resolver = makeResolver(options), reportAll = false): Promise<RunResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const p = plan(inputs, options, resolver, cwd);
  const total = inputs.length;
  let done = total - p.todo.length;
  const poolable = p.todo.filter((i) => p.inputs[i].onDisk);
  // A worker builds its rules from the package's built-in rules and the plugins configurations name:
  // plugin objects given through the API cannot be sent to it, so those runs stay on this thread.
  const threads = options.plugins?.length ? 0 : threadsFor(poolable.length, options.workers);
  if (threads > 1) {
    const rest = p.todo.filter((i) => !p.inputs[i].onDisk);
    const files = poolable.map((i) => ({index: i, path: p.inputs[i].path, abs: p.inputs[i].abs, context: p.inputs[i].context === true}));
    for (const i of poolable) p.bytes.delete(i); // workers read for themselves
    options.onProgress?.({stage: 'files', done, total});
    const builtins = resolver.registry.rules.map((r) => r.meta.id).filter((id) => !id.includes('/'));
    await runInPool(files, {cwd, configFile: options.configFile, rules: options.rules, loadPlugins: options.loadPlugins, builtins}, p.hashed, threads, (i, result) => {
      store(p, i, result);
      options.onProgress?.({stage: 'files', done: ++done, total});
    });
    for (const i of rest) store(p, i, lintOnMainThread(p, i));
    return complete(p, cwd, resolver, options, threads, reportAll);
  }
  lintOnMainThreadAll(p, options);
  return complete(p, cwd, resolver, options, 0, reportAll);
}

/**
 * Pass 2: fold every file's facts (in path order, whatever order the first pass produced them in), then
 * the corpus rules' messages and inline directives of the files to report (`report`; default: all).
 */
export function finish(firstPass: CorpusInput[], cwd: string, resolver: ConfigResolver, report: (input: CorpusInput) => boolean = () => true, corpus?: CorpusCache): RunResult {
  const reported = firstPass.filter(report);
  const complete = reported.length === firstPass.length;
  const stored = corpus?.get();
  if (stored) {
    // The corpus is unchanged: its messages are known, and the summaries are folded only if asked (--fix).
    const results = reported.map((input) => withCorpusMessages(input, (stored[input.result.path] ?? []).map(shareMessageStrings)));
    let summaries: Summaries | undefined;
    return {
      results, cwd, resolver, complete,
      get summaries() {
        return (summaries ??= summarizeAll([...firstPass].sort(byPath)));
      },
      set summaries(value: Summaries) {
        summaries = value;
      },
    };
  }
  const summaries = summarizeAll([...firstPass].sort(byPath));
  const keep: Record<string, LintMessage[]> = {};
  let crashed = false;
  const results = reported.map((input) => {
    const messages = corpusMessages(input, summaries);
    if (messages.length) keep[input.result.path] = messages;
    if (messages.some(isCrash)) crashed = true;
    return withCorpusMessages(input, messages);
  });
  // A crash is not kept as the corpus's answer: the next run must meet the facts again.
  if (!crashed) corpus?.set(keep);
  return {results, cwd, resolver, summaries, complete, ...(crashed ? {corpusCrashed: true} : {})};
}

/** Where pass 2's messages of an unchanged corpus are kept (the result cache). */
interface CorpusCache {
  get(): Record<string, LintMessage[]> | undefined;
  set(messages: Record<string, LintMessage[]>): void;
}

const fromDisk = (t: Target, context: boolean): PassInput => ({path: t.path, abs: t.abs, read: () => readArticle(t.abs), context, onDisk: true});

/** What a run over patterns reads, and which of it is reported. */
export async function planTargets(patterns: string[], options: RunOptions, resolver: ConfigResolver): Promise<{inputs: PassInput[]; ignoredExplicit: Target[]}> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const {targets, ignoredExplicit} = await discover(patterns, {cwd, resolver, ignorePath: options.ignorePath, ignore: options.ignore});
  let reportIt = (_t: Target) => true;
  if (options.changedSince) {
    const changed = changedSince(cwd, options.changedSince);
    reportIt = (t) => changed.has(t.abs);
  }
  if (options.shard) {
    const {index, count} = options.shard;
    const before = reportIt;
    reportIt = (t) => shardOf(t.path, count) === index && before(t);
  }
  const indexed = options.corpusIndex?.length ? readIndexes(cwd, options.corpusIndex, options.builtins!) : undefined;
  const inputs: PassInput[] = [];
  const seen = new Set<string>();
  for (const t of targets) {
    seen.add(t.abs);
    if (reportIt(t)) inputs.push(fromDisk(t, false));
    else if (indexed?.has(t.path)) continue; // its facts come from the index below
    else inputs.push(fromDisk(t, true));
  }
  if (options.context?.length) {
    const context = await discover(options.context, {cwd, resolver, ignorePath: options.ignorePath, ignore: options.ignore});
    for (const t of context.targets) {
      if (seen.has(t.abs) || indexed?.has(t.path)) continue;
      seen.add(t.abs);
      inputs.push(fromDisk(t, true));
    }
  }
  if (indexed) {
    const own = new Set(inputs.filter((i) => !i.context).map((i) => i.path));
    for (const [p, entry] of indexed) {
      if (own.has(p)) continue; // this run's own reading of a file wins over an index's
      const abs = path.resolve(cwd, p);
      inputs.push({path: p, abs, read: () => readArticle(abs), context: true, known: {path: p, hash: entry.hash, messages: [], facts: entry.facts, directives: [], ...(entry.segments ? {segments: entry.segments} : {})}});
    }
  }
  return {inputs, ignoredExplicit};
}

/** Lint files, folders and globs. */
export async function runPatterns(patterns: string[], options: RunOptions = {}): Promise<RunResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const resolver = makeResolver(options);
  const {inputs, ignoredExplicit} = await planTargets(patterns, options, resolver);
  let run: RunResult;
  if (options.changedSince && !inputs.some((i) => !i.context)) {
    // Nothing changed: nothing to report, so nothing to read.
    run = {results: [], cwd, resolver, summaries: new Map()};
  } else run = await runOnAsync(inputs, options, resolver);
  for (const t of ignoredExplicit) {
    const {reason, severity, ruleId} = t.problem ?? {reason: 'File ignored because of a matching ignore pattern (use --no-ignore to lint it)', severity: 1 as const, ruleId: 'ignored-file'};
    run.results.push({path: t.path, hash: '', messages: [fileMessage(reason, severity, undefined, ruleId)], facts: {}, directives: [], noFix: 'ignored'});
  }
  return run;
}

/**
 * `corpuslint index`: the corpus facts of the matched files (of a shard, with `shard`), read facts-only
 * (no file rule runs). Returns their FileResults for `writeIndex`.
 */
export async function indexPatterns(patterns: string[], options: RunOptions = {}): Promise<FileResult[]> {
  if (options.changedSince || options.corpusIndex?.length) throw new UsageError('`corpuslint index` takes neither --changed-since nor --corpus-index.');
  const resolver = makeResolver(options);
  const {inputs} = await planTargets(patterns, {...options, shard: undefined}, resolver);
  const slice = inputs.filter((i) => !options.shard || shardOf(i.path, options.shard.count) === options.shard.index);
  // Facts only (no file rule runs), unless caching: then a full first pass, so that the lint stage of
  // the same job finds every file of its slice in the cache.
  const run = await runOnAsync(slice.map((i) => ({...i, context: !options.cache})), {...options, contentHash: true}, resolver, true);
  return run.results;
}

/** Texts given in memory as first-pass inputs (never read from disk). */
export function textInputs(texts: InputText[], cwd: string): PassInput[] {
  return texts.map((t) => ({
    path: t.path,
    abs: path.resolve(cwd, t.path),
    read: () => (typeof t.value === 'string' ? new TextEncoder().encode(t.value) : t.value),
  }));
}

/** Lint texts given in memory (stdin, editors, tests): the same engine on a corpus of these files. */
export function runTexts(texts: InputText[], options: RunOptions = {}): RunResult {
  return runOn(textInputs(texts, path.resolve(options.cwd ?? process.cwd())), options);
}
