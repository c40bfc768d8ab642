// The programmatic API: lint(paths | texts, options) → VFile[].
import type {VFile} from 'vfile';
import {runPatterns, runTexts, type InputText, type RunOptions} from './engine/run.js';
import {toVFiles} from './reporters/vfiles.js';

export type {RunOptions, InputText, RunResult} from './engine/run.js';
export type * from './types.js';
export type {FileResult} from './engine/process-file.js';
export {runPatterns, runTexts} from './engine/run.js';
export {reporters} from './reporters/index.js';
export {rules, getRule} from '../rules/index.js';
export {TextLayer} from './text/layer.js';

/**
 * Lint files, folders or globs (strings), or texts given in memory ({path, value}). Corpus rules judge
 * every file against all the others given. Resolves to one VFile per file, with its messages.
 */
export async function lint(input: string[] | InputText[], options: RunOptions = {}): Promise<VFile[]> {
  const cwd = options.cwd ?? process.cwd();
  const texts = input.filter((i): i is InputText => typeof i !== 'string');
  const run = texts.length === input.length && texts.length > 0
    ? runTexts(texts, options)
    : await runPatterns(input as string[], options);
  return toVFiles(run.results, cwd);
}
