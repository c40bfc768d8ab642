// Corpus context for one buffer: the first-pass results (file rules' messages, corpus facts) of every
// other article, computed once, and a cheap lint of one text against them. The language server keeps an
// index for the whole session and relints the open buffer on each change with one parse of the buffer and
// the engine's second pass; `--stdin --context` builds a throwaway index for one run.
import fs from 'node:fs';
import path from 'node:path';
import type {ConfigResolver} from '../config/load.js';
import {discover} from '../engine/discover.js';
import {processBytes, processText, hashBytes, tooLargeResult, type FileResult} from '../engine/process-file.js';
import {FileTooLarge, readArticle} from '../engine/read-article.js';
import {summarizeAll, summariesPlus, secondPass, type CorpusInput, type Summaries} from '../engine/corpus-pass.js';
import {makeResolver, runOn, textInputs, type InputText, type RunOptions, type RunResult} from '../engine/run.js';
import {ResultCache, entryKey} from '../engine/cache.js';

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

/**
 * First pass over one file on disk, for the index (undefined when it cannot be read any more). With a
 * result cache (`--cache`'s file), an article whose bytes, config and rules are unchanged is not parsed.
 * An article over `maxBytes` (default MAX_FILE_BYTES) is not read: its entry has no facts.
 */
export function indexFile(abs: string, cwd: string, resolver: ConfigResolver, cache?: ResultCache, maxBytes?: number): CorpusInput | undefined {
  let bytes: Uint8Array;
  const rel = path.relative(cwd, abs).split(path.sep).join('/');
  try {
    bytes = readArticle(abs, maxBytes);
  } catch (error) {
    if (error instanceof FileTooLarge) return {config: resolver.forFile(abs), result: tooLargeResult(rel, error.size)};
    return undefined;
  }
  const config = resolver.forFile(abs);
  if (!cache) return {config, result: processBytes(rel, bytes, config)};
  const key = entryKey(hashBytes(bytes), rel, config);
  const hit = cache.get(rel, [key]);
  if (hit) return {config, result: hit};
  const result = processBytes(rel, bytes, config);
  cache.set(key, result);
  return {config, result};
}

export type {Summaries};

/** The first pass over a buffer: one parse, the file rules' messages and the corpus facts. */
export function firstPassOf(file: {path: string; abs: string; text: string}, resolver: ConfigResolver): CorpusInput {
  const config = resolver.forFile(file.abs);
  const first = processText(file.path, file.text, config);
  return {config, result: {...first, hash: hashBytes(new TextEncoder().encode(file.text))}};
}

/** The summaries of the other files (the costly part on a large corpus: a fold over every file's facts). */
export function summariesOf(others: Iterable<CorpusInput>): Summaries {
  return summarizeAll(others);
}

/** The corpus summaries over the others plus this buffer: the buffer's facts merged into `base` (the others'). */
export function summariesWith(others: Iterable<CorpusInput>, self: CorpusInput, base?: Summaries): Summaries {
  const list = [...others];
  return summariesPlus(base ?? summarizeAll(list), list, self);
}

/** The second pass for the buffer alone: corpus rules, directives, order. */
export const secondPassOf = secondPass;

/**
 * Lint one text (an editor buffer) against an index of the other files: the file rules and the corpus
 * facts from one parse of the text, the corpus summaries over the index plus this text, then the corpus
 * rules' check, directives and ordering for this one file only. `others` must not contain this file's
 * own entry from disk.
 */
export function lintAgainst(others: Iterable<CorpusInput>, file: {path: string; abs: string; text: string}, resolver: ConfigResolver): FileResult {
  const self = firstPassOf(file, resolver);
  return secondPassOf(self, summariesWith(others, self));
}

/**
 * `runTexts` with corpus context: the texts are reported, the files under `options.context` are read for
 * the corpus rules only (a text that is also a context file replaces it). For `--stdin --context`.
 */
export async function runTextsInContext(texts: InputText[], options: RunOptions): Promise<RunResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const resolver = makeResolver(options);
  const inputs = textInputs(texts, cwd);
  const own = new Set(inputs.map((i) => i.abs));
  const context = options.context?.length
    ? (await discover(options.context, {cwd, resolver, ignorePath: options.ignorePath, ignore: options.ignore})).targets.filter((t) => !own.has(t.abs))
    : [];
  // Context inputs are marked so the engine runs only the corpus rules' collection on them (and, with
  // --cache, reuses their cached facts); it reports only the texts.
  const run = runOn([...inputs, ...context.map((t) => ({path: t.path, abs: t.abs, read: () => readArticle(t.abs), context: true, onDisk: true}))], options, resolver);
  run.results = run.results.slice(0, inputs.length);
  return run;
}
