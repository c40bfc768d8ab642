// The worker pool (piscina) for large corpora. Workers run the first pass (read, parse once, file rules,
// corpus facts) on batches of files and send back plain FileResults; the main thread keeps them in
// input order and runs pass 2, so the report is the same with or without workers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import type {FileResult} from './process-file.js';
import type {BatchTask} from './worker.js';
import {packageRoot} from '../package-info.js';

/**
 * Below this many files to parse, one thread: starting a worker (loading unified, retext and the rules'
 * data in each) costs more than it saves. Measured by `npm run bench -- --threshold` (docs/performance.md).
 */
export const WORKER_THRESHOLD = 300;
/** Old-generation limit of each worker (MB); a segmented 1 MB text needs ~150 MB at most. */
export const WORKER_HEAP_MB = 384;
/** Files per task: large enough that messaging is noise, small enough to balance the threads. */
export const BATCH_SIZE = 32;

/** The compiled worker entry: beside this module when built, else dist/ (under vitest, running sources). */
export function workerEntry(): string | undefined {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return path.join(path.dirname(here), 'worker.js');
  const built = path.join(packageRoot, 'dist', 'src', 'engine', 'worker.js');
  return fs.existsSync(built) ? built : undefined;
}

export function availableCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/** How many threads for this many files to parse: 0 means the main thread alone. */
export function threadsFor(files: number, workers: number | 'auto' | undefined): number {
  if (workers === undefined || workers === 'auto') {
    const cores = availableCores();
    return files >= WORKER_THRESHOLD && cores > 1 ? Math.min(cores, Math.ceil(files / BATCH_SIZE)) : 0;
  }
  return workers <= 1 || files === 0 ? 0 : workers; // an explicit number is honoured
}

/** Files per task: BATCH_SIZE, smaller when there are few files, so every thread gets work. */
export function batchSize(files: number, threads: number): number {
  return Math.max(1, Math.min(BATCH_SIZE, Math.ceil(files / (threads * 4))));
}

/** Run batches in a pool of `threads` workers; calls `done` with each result's index as it comes back. */
export async function runInPool(
  files: Array<{index: number; path: string; abs: string; context: boolean}>,
  resolver: BatchTask['resolver'],
  hash: boolean,
  threads: number,
  done: (index: number, result: FileResult) => void,
): Promise<void> {
  const entry = workerEntry();
  if (!entry) throw new Error('the worker module is not built (npm run build)');
  // A worker's live data is one file's tree and text layer plus the rules' word lists: a bounded old
  // generation makes V8 collect instead of growing each thread's heap (peak RSS at 100k articles).
  const heapMb = Number(process.env.CORPUSLINT_WORKER_HEAP_MB) || WORKER_HEAP_MB;
  const {Piscina} = await import('piscina'); // loaded only when a pool is used
  const pool = new Piscina({filename: pathToFileURL(entry).href, minThreads: threads, maxThreads: threads, idleTimeout: 1000,
    resourceLimits: {maxOldGenerationSizeMb: heapMb}});
  try {
    const tasks: Array<Promise<void>> = [];
    const size = batchSize(files.length, threads);
    for (let i = 0; i < files.length; i += size) {
      const batch = files.slice(i, i + size);
      const task: BatchTask = {resolver, hash, files: batch.map(({path: p, abs, context}) => ({path: p, abs, context}))};
      tasks.push((pool.run(task) as Promise<FileResult[]>).then((results) => {
        results.forEach((r, k) => done(batch[k].index, r));
      }));
    }
    await Promise.all(tasks);
  } finally {
    await pool.destroy();
  }
}
