// The programmatic API: lint(paths | texts, options) → VFile[]. The built-in rules are the default;
// `plugins` adds rule packages (`{name, rules}`) whose rules are configured as `name/id`.
import type {VFile} from 'vfile';
import {runPatterns as runPatternsWith, runTexts as runTextsWith, type InputText, type RunOptions, type RunResult} from './engine/run.js';
import {toVFiles} from './reporters/vfiles.js';
import {rules as builtinRules} from '../rules/index.js';
import path from 'node:path';
import {SUPPRESSIONS_FILE, suppressed} from './suppressions.js';

export type {RunOptions, InputText, RunResult} from './engine/run.js';
export type * from './types.js';
export type {FileResult} from './engine/process-file.js';
export type {Plugin} from './engine/registry.js';
export {reporters} from './reporters/index.js';
export {rules, getRule} from '../rules/index.js';
export {TextLayer} from './text/layer.js';

/** The options with the built-in rules as the run's rules when none are given. */
function withBuiltins(options: RunOptions): RunOptions {
  return options.builtins ? options : {...options, builtins: builtinRules};
}

/** Lint files, folders or globs with the engine (results as plain data). */
export function runPatterns(patterns: string[], options: RunOptions = {}): Promise<RunResult> {
  return runPatternsWith(patterns, withBuiltins(options));
}

/** Lint texts given in memory (results as plain data). */
export function runTexts(texts: InputText[], options: RunOptions = {}): RunResult {
  return runTextsWith(texts, withBuiltins(options));
}

export interface LintOptions extends RunOptions {
  /** The bulk suppressions file (default: corpuslint-suppressions.json in `cwd`, when it exists); false: none. */
  suppressionsLocation?: string | false;
}

/**
 * Lint files, folders or globs (strings), or texts given in memory ({path, value}). Corpus rules judge
 * every file against all the others given; recorded suppressions apply as in the CLI. Resolves to one
 * VFile per file, with its messages.
 */
export async function lint(input: string[] | InputText[], options: LintOptions = {}): Promise<VFile[]> {
  const cwd = options.cwd ?? process.cwd();
  const texts = input.filter((i): i is InputText => typeof i !== 'string');
  const run = texts.length === input.length && texts.length > 0
    ? runTexts(texts, options)
    : await runPatterns(input as string[], options);
  const results = options.suppressionsLocation === false
    ? run.results
    : suppressed(run.results, path.resolve(cwd, options.suppressionsLocation ?? SUPPRESSIONS_FILE)).results;
  return toVFiles(results, cwd);
}
