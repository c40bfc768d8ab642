// Beyond one machine: `--shard i/n` picks a deterministic slice of the corpus, `corpuslint index --out FILE`
// writes the corpus rules' per-file facts of a slice, and `--corpus-index FILE...` merges slices' indexes
// so each job judges its own articles against the whole corpus (docs/sharding.md).
//
// The index stores per-file facts, not pre-folded summaries: pass 2 then folds exactly the facts an
// unsharded run would fold, in the same (path) order, so the union of the shards' reports equals the
// unsharded report whatever a rule's `summarize` does. Facts are small (names, line hashes); a summary
// merge would save little and would need every rule to offer a `merge`.
import {sha1} from '../util/sha1.js';
import fs from 'node:fs';
import path from 'node:path';
import type {Rule} from '../types.js';
import {UsageError} from '../config/errors.js';
import {version} from '../package-info.js';
import {globalKey} from './cache.js';
import type {FileResult} from './process-file.js';
import type {Segment} from './segments.js';
import {tinyglobby} from './lazy-glob.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(value: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  if (!m) throw new UsageError(`--shard expects i/n (for example 2/8), got "${value}".`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) throw new UsageError(`--shard ${value}: i must be between 1 and n.`);
  return {index, count};
}

/**
 * The shard a file belongs to: a hash of its path (relative to the working directory), so a file keeps
 * its shard when others are added or removed, and every job of a matrix agrees without talking.
 */
export function shardOf(filePath: string, count: number): number {
  if (count === 1) return 1;
  const h = sha1().update(filePath).digest();
  return (h.readUInt32BE(0) % count) + 1;
}

export interface CorpusIndex {
  format: 'corpuslint-index';
  version: string;
  /** Same meaning as the cache's global key: indexes from other code or rule versions are refused. */
  key: string;
  shard?: Shard;
  /** Per file: its facts (and, for a file linted in segments, the facts per segment). */
  files: Array<{path: string; hash: string; facts: Record<string, unknown>; segments?: Segment[]}>;
}

export function writeIndex(file: string, results: FileResult[], rules: readonly Rule[], shard?: Shard): void {
  const index: CorpusIndex = {
    format: 'corpuslint-index',
    version,
    key: globalKey(rules),
    shard,
    files: results.map((r) => (r.segments ? {path: r.path, hash: r.hash, facts: r.facts, segments: r.segments} : {path: r.path, hash: r.hash, facts: r.facts})),
  };
  fs.mkdirSync(path.dirname(file), {recursive: true});
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(index));
  fs.renameSync(tmp, file);
}

/** Read and merge indexes (later files win for a path listed twice). */
export function readIndexes(cwd: string, files: string[], rules: readonly Rule[]): Map<string, CorpusIndex['files'][number]> {
  const key = globalKey(rules);
  const out = new Map<string, CorpusIndex['files'][number]>();
  // A quoted glob (`--corpus-index 'indexes/*.json'`) is expanded here, in a stable order.
  const expanded = files.flatMap((given) => {
    if (!tinyglobby().isDynamicPattern(given)) return [given];
    const found = tinyglobby().globSync([given], {cwd, onlyFiles: true}).sort();
    if (found.length === 0) throw new UsageError(`--corpus-index: no file matches "${given}".`);
    return found;
  });
  for (const given of expanded) {
    const file = path.resolve(cwd, given);
    let index: CorpusIndex;
    try {
      index = JSON.parse(fs.readFileSync(file, 'utf8')) as CorpusIndex;
    } catch (error) {
      throw new UsageError(`--corpus-index: cannot read ${given} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
    }
    if (index?.format !== 'corpuslint-index' || !Array.isArray(index.files)) throw new UsageError(`--corpus-index: ${given} is not a corpuslint index.`);
    if (index.key !== key) {
      throw new UsageError(`--corpus-index: ${given} was written by another version of corpuslint or its rules (${index.version}); rebuild it with \`corpuslint index\`.`);
    }
    for (const f of index.files) out.set(f.path, f);
  }
  return out;
}
