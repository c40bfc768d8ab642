// The first pass of one file, as run on the main thread or in a pool worker (this module is also the
// worker's entry: its default export lints a batch of files and returns their plain FileResults).
import fs from 'node:fs';
import type {EffectiveConfig} from '../config/load.js';
import {ConfigResolver} from '../config/load.js';
import {isCorpusRule, type RuleSetting} from '../types.js';
import {rules as builtins} from '../../rules/index.js';
import {RuleRegistry} from './registry.js';
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
    const rules = new Map([...config.rules].filter(([, setting]) => isCorpusRule(setting.rule)));
    out = {rules, key: `facts-only:${config.key}`, known: config.known};
    factsOnlyMemo.set(config, out);
  }
  return out;
}

/** Read and lint one file; a read failure becomes an error message on it. */
export function lintFile(path: string, read: () => Uint8Array, config: EffectiveConfig, hash = true): FileResult {
  let bytes: Uint8Array;
  try {
    bytes = read();
  } catch (error) {
    if (error instanceof FileTooLarge) return tooLargeResult(path, error.size);
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return {path, hash: '', messages: [fileMessage(`Cannot read file (${code})`, 2, undefined, 'read-error')], facts: {}, directives: [], noFix: 'unreadable'};
  }
  return processBytes(path, bytes, config, hash);
}

/** What the pool sends a worker: how to resolve config, and the files. */
export interface BatchTask {
  resolver: {cwd: string; configFile?: string | false; rules?: Record<string, RuleSetting>; loadPlugins?: boolean; builtins: string[]};
  /** Whether the results get their content hash (RunOptions.contentHash). */
  hash: boolean;
  files: Array<{path: string; abs: string; context: boolean}>;
}

const resolvers = new Map<string, ConfigResolver>();

export default function lintBatch(task: BatchTask): FileResult[] {
  const id = JSON.stringify(task.resolver);
  let resolver = resolvers.get(id);
  if (!resolver) {
    // This thread's rules are the package's built-in ones (the module's own import: a worker is an entry
    // point) and the plugins its configurations name; they must be the rules the main thread runs.
    const ids = builtins.map((r) => r.meta.id);
    if (ids.join() !== task.resolver.builtins.join()) throw new Error(`a worker's built-in rules (${ids.join(', ')}) are not the run's (${task.resolver.builtins.join(', ')})`);
    resolver = new ConfigResolver({cwd: task.resolver.cwd, configFile: task.resolver.configFile, ruleOverrides: task.resolver.rules,
      registry: new RuleRegistry(builtins), plugins: task.resolver.loadPlugins});
    resolvers.set(id, resolver);
  }
  return task.files.map((f) => {
    const config = resolver.forFile(f.abs);
    return lintFile(f.path, () => readArticle(f.abs), f.context ? factsOnly(config) : config, task.hash);
  });
}
