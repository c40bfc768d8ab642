// Corpus context for one buffer: the first-pass results (file rules' messages, corpus facts) of every
// other article, computed once, and a cheap lint of one text against them. The language server keeps an
// index for the whole session and relints the open buffer on each change with one parse of the buffer and
// the engine's second pass; `--stdin --context` builds a throwaway index for one run.
import fs from 'node:fs';
import path from 'node:path';
import type {LintMessage} from '../types.js';
import type {ConfigResolver} from '../config/load.js';
import {discover} from '../engine/discover.js';
import {processBytes, processText, hashBytes, type FileResult} from '../engine/process-file.js';
import {summarizeAll, corpusMessages, type CorpusInput} from '../engine/corpus-pass.js';
import {applyDirectives} from '../engine/directives.js';
import {makeResolver, runOn, type InputText, type RunOptions, type RunResult} from '../engine/run.js';
import {ruleIds} from '../../rules/index.js';

export interface IndexOptions {
  cwd: string;
  resolver: ConfigResolver;
  ignorePath?: string;
  ignore?: boolean;
}

/** The files of the corpus (the config's `files`, or the whole folder when given no patterns). */
export async function corpusFiles(patterns: string[], options: IndexOptions): Promise<Array<{abs: string; path: string}>> {
  const {targets} = await discover(patterns, options);
  return targets;
}

/** First pass over one file on disk, for the index (undefined when it cannot be read any more). */
export function indexFile(abs: string, cwd: string, resolver: ConfigResolver): CorpusInput | undefined {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(abs);
  } catch {
    return undefined;
  }
  const rel = path.relative(cwd, abs).split(path.sep).join('/');
  return {config: resolver.forFile(abs), result: processBytes(rel, bytes, resolver.forFile(abs))};
}

function compareMessages(a: LintMessage, b: LintMessage): number {
  return a.place.start.offset - b.place.start.offset || a.place.end.offset - b.place.end.offset || a.ruleId.localeCompare(b.ruleId);
}

/**
 * Lint one text (an editor buffer) against an index of the other files: the file rules and the corpus
 * facts from one parse of the text, the corpus summaries over the index plus this text, then the corpus
 * rules' check, directives and ordering for this one file only (as `finish` in run.ts does per file).
 * `others` must not contain this file's own entry from disk.
 */
export function lintAgainst(others: Iterable<CorpusInput>, file: {path: string; abs: string; text: string}, resolver: ConfigResolver): FileResult {
  const config = resolver.forFile(file.abs);
  const first = processText(file.path, file.text, config);
  const result: FileResult = {...first, hash: hashBytes(new TextEncoder().encode(file.text))};
  const self: CorpusInput = {config, result};
  const summaries = summarizeAll([...others, self]);
  const all = [...result.messages, ...corpusMessages(self, summaries)];
  return {...result, messages: applyDirectives(all, result.directives, ruleIds).sort(compareMessages)};
}

/**
 * `runTexts` with corpus context: the texts are reported, the files under `options.context` are read for
 * the corpus rules only (a text that is also a context file replaces it). For `--stdin --context`.
 */
export async function runTextsInContext(texts: InputText[], options: RunOptions): Promise<RunResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const resolver = makeResolver(options);
  const inputs = texts.map((t) => ({
    path: t.path,
    abs: path.resolve(cwd, t.path),
    read: () => (typeof t.value === 'string' ? new TextEncoder().encode(t.value) : t.value),
  }));
  const own = new Set(inputs.map((i) => i.abs));
  const context = options.context?.length
    ? (await discover(options.context, {cwd, resolver, ignorePath: options.ignorePath, ignore: options.ignore})).targets.filter((t) => !own.has(t.abs))
    : [];
  const run = runOn([...inputs, ...context.map((t) => ({path: t.path, abs: t.abs, read: () => fs.readFileSync(t.abs)}))], options, resolver);
  run.results = run.results.slice(0, inputs.length);
  return run;
}
