// One run, streaming: discover → per file (read, parse once, file rules, corpus facts; the tree is
// dropped) → summarize the corpus facts → corpus rules per file → inline directives → suppressions.
// Only each file's plain FileResult outlives its parse.
import fs from 'node:fs';
import path from 'node:path';
import type {LintMessage, RuleSetting} from '../types.js';
import {ConfigResolver} from '../config/load.js';
import {rules as allRules, ruleIds} from '../../rules/index.js';
import {discover} from './discover.js';
import {processBytes, fileMessage, type FileResult} from './process-file.js';
import {summarizeAll, corpusMessages, type CorpusInput} from './corpus-pass.js';
import {applyDirectives} from './directives.js';

export interface RunOptions {
  cwd?: string;
  /** A config file to use instead of the upward search, or false for none. */
  configFile?: string | false;
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
}

export interface InputText {
  path: string;
  value: string | Uint8Array;
}

export interface RunResult {
  results: FileResult[];
  cwd: string;
  resolver: ConfigResolver;
  summaries: ReturnType<typeof summarizeAll>;
}

function compareMessages(a: LintMessage, b: LintMessage): number {
  return a.place.start.offset - b.place.start.offset || a.place.end.offset - b.place.end.offset || a.ruleId.localeCompare(b.ruleId);
}

export function makeResolver(options: RunOptions): ConfigResolver {
  return new ConfigResolver({cwd: path.resolve(options.cwd ?? process.cwd()), configFile: options.configFile, ruleOverrides: options.rules, rules: allRules});
}

/** First pass over in-memory texts or read files, then the corpus pass. */
export function runOn(inputs: Array<{path: string; abs: string; read: () => Uint8Array}>, options: RunOptions, resolver = makeResolver(options)): RunResult {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const firstPass: CorpusInput[] = [];
  const total = inputs.length;
  for (const input of inputs) {
    options.onProgress?.({stage: 'files', done: firstPass.length, total});
    const config = resolver.forFile(input.abs);
    let bytes: Uint8Array;
    try {
      bytes = input.read();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      firstPass.push({config, result: {path: input.path, hash: '', messages: [fileMessage(`Cannot read file (${code})`, 2, undefined, 'read-error')], facts: {}, directives: [], noFix: 'unreadable'}});
      continue;
    }
    firstPass.push({config, result: processBytes(input.path, bytes, config)});
  }
  options.onProgress?.({stage: 'corpus', done: total, total});
  const run = finish(firstPass, cwd, resolver);
  options.onProgress?.({stage: 'done', done: total, total});
  return run;
}

export function finish(firstPass: CorpusInput[], cwd: string, resolver: ConfigResolver): RunResult {
  const summaries = summarizeAll(firstPass);
  const results = firstPass.map((input) => {
    const all = [...input.result.messages, ...corpusMessages(input, summaries)];
    const messages = applyDirectives(all, input.result.directives, ruleIds).sort(compareMessages);
    return {...input.result, messages};
  });
  return {results, cwd, resolver, summaries};
}

/** Lint files, folders and globs. */
export async function runPatterns(patterns: string[], options: RunOptions = {}): Promise<RunResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const resolver = makeResolver(options);
  const {targets, ignoredExplicit} = await discover(patterns, {cwd, resolver, ignorePath: options.ignorePath, ignore: options.ignore});
  const reported = new Set(targets.map((t) => t.abs));
  const all = [...targets];
  if (options.context?.length) {
    const context = await discover(options.context, {cwd, resolver, ignorePath: options.ignorePath, ignore: options.ignore});
    for (const t of context.targets) if (!reported.has(t.abs)) all.push(t);
  }
  const run = runOn(all.map((t) => ({path: t.path, abs: t.abs, read: () => fs.readFileSync(t.abs)})), options, resolver);
  if (all.length !== targets.length) {
    const keep = new Set(targets.map((t) => t.path));
    run.results = run.results.filter((r) => keep.has(r.path));
  }
  for (const t of ignoredExplicit) {
    run.results.push({path: t.path, hash: '', messages: [fileMessage('File ignored because of a matching ignore pattern (use --no-ignore to lint it)', 1, undefined, 'ignored-file')], facts: {}, directives: [], noFix: 'ignored'});
  }
  return run;
}

/** Lint texts given in memory (stdin, editors, tests): the same engine on a corpus of these files. */
export function runTexts(texts: InputText[], options: RunOptions = {}): RunResult {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  return runOn(texts.map((t) => ({
    path: t.path,
    abs: path.resolve(cwd, t.path),
    read: () => (typeof t.value === 'string' ? new TextEncoder().encode(t.value) : t.value),
  })), options);
}
