// The first pass of one file, as run on the main thread or in a pool worker (this module is also the
// worker's entry: its default export lints a batch of files and returns their plain FileResults).
import fs from 'node:fs';
import type {EffectiveConfig} from '../config/load.js';
import {ConfigResolver} from '../config/load.js';
import {isCorpusRule, type RuleSetting} from '../types.js';
import {rules as allRules, getRule} from '../../rules/index.js';
import {processBytes, fileMessage, tooLargeResult, type FileResult} from './process-file.js';
import {FileTooLarge, readArticle} from './read-article.js';

const factsOnlyMemo = new WeakMap<EffectiveConfig, EffectiveConfig>();

/**
 * The config for a file read only for the corpus rules' facts (corpus context, indexes): the corpus
 * rules of `config` with the same options, no file rule. Its own key, so cached separately.
 */
export function factsOnly(config: EffectiveConfig): EffectiveConfig {
  let out = factsOnlyMemo.get(config);
  if (!out) {
    const rules = new Map([...config.rules].filter(([id]) => {
      const rule = getRule(id);
      return rule !== undefined && isCorpusRule(rule);
    }));
    out = {rules, key: `facts-only:${config.key}`};
    factsOnlyMemo.set(config, out);
  }
  return out;
}

/** Read and lint one file; a read failure becomes an error message on it. */
export function lintFile(path: string, read: () => Uint8Array, config: EffectiveConfig): FileResult {
  let bytes: Uint8Array;
  try {
    bytes = read();
  } catch (error) {
    if (error instanceof FileTooLarge) return tooLargeResult(path, error.size);
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return {path, hash: '', messages: [fileMessage(`Cannot read file (${code})`, 2, undefined, 'read-error')], facts: {}, directives: [], noFix: 'unreadable'};
  }
  return processBytes(path, bytes, config);
}

/** What the pool sends a worker: how to resolve config, and the files. */
export interface BatchTask {
  resolver: {cwd: string; configFile?: string | false; rules?: Record<string, RuleSetting>};
  files: Array<{path: string; abs: string; context: boolean}>;
}

const resolvers = new Map<string, ConfigResolver>();

export default function lintBatch(task: BatchTask): FileResult[] {
  const id = JSON.stringify(task.resolver);
  let resolver = resolvers.get(id);
  if (!resolver) {
    resolver = new ConfigResolver({cwd: task.resolver.cwd, configFile: task.resolver.configFile, ruleOverrides: task.resolver.rules, rules: allRules});
    resolvers.set(id, resolver);
  }
  return task.files.map((f) => {
    const config = resolver.forFile(f.abs);
    return lintFile(f.path, () => readArticle(f.abs), f.context ? factsOnly(config) : config);
  });
}
