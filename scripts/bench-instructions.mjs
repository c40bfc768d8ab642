#!/usr/bin/env node
// npm run bench:instructions -- [options]: corpuslint's cost against the parse floor in instructions
// executed (valgrind --tool=callgrind), not seconds, so that a change of a few percent shows on a noisy
// machine (docs/performance.md, "Instructions, not seconds").
//
//   --corpus DIR   corpus folder (repeatable). Default: ../shared/corpus/{bbc,local-news}
//   --sample N     files per corpus (default 150): the file names sorted, N spread evenly over them
//   --bin PATH     the corpuslint bin to measure (default: this checkout's dist/src/bin.js), to compare builds
//   --repeat K     measure K times (default 1), to show the figures repeat
//   --jobs J       callgrind runs at once (default 2): the counts do not depend on the load, only the wait does
//   --node-flags S the V8 flags, space-separated (default: NODE_FLAGS below), to test what repeatability needs
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// V8 flags for a repeatable count. --single-threaded: no background compile or GC threads, whose share of
// the work depends on the scheduler. --hash-seed / --random-seed: the same string hashes (hash tables
// grow and probe the same way) and Math.random. --predictable-gc-schedule: heap growth fixed, not set from
// measured times (no idle or memory-reducing GCs). --no-minor-gc-task: no scavenge posted as a task when the
// young generation is 80% full (it ran whenever the event loop got to it, e.g. between the module reads of
// an import, so the first scavenge fell at a different point from run to run). --no-incremental-marking: a
// full GC marks at once; incremental steps are sized from the time elapsed. --no-allocation-site-pretenuring:
// V8 allocates a site's objects in the old generation once most of them survived a scavenge, so where one
// scavenge falls could switch the floor between 2.54 and 3.2 G (+25%). See docs/performance.md.
export const NODE_FLAGS = ['--single-threaded', '--hash-seed=1', '--random-seed=1', '--predictable-gc-schedule',
  '--no-minor-gc-task', '--no-incremental-marking', '--no-allocation-site-pretenuring'];
// --smc-check: V8 writes code into anonymous memory and patches it; valgrind must see it change.
const VALGRIND = ['--tool=callgrind', '--smc-check=all-non-file'];

/** `n` files spread evenly over the sorted list (every k-th, k fractional): the same files on every run. */
export function sample(files, n) {
  const sorted = [...files].sort();
  if (n >= sorted.length) return sorted;
  return Array.from({length: n}, (_, i) => sorted[Math.floor((i * sorted.length) / n)]);
}

/** Callgrind's total from its stderr: "==PID== Collected : N" (or "I refs: N,NNN" as a fallback). */
export function callgrindTotal(stderr) {
  const m = /==\d+== Collected : (\d+)/.exec(stderr) ?? /I\s+refs:\s+([\d,]+)/.exec(stderr);
  if (!m) throw new Error(`no callgrind total in:\n${stderr.slice(-2000)}`);
  return Number(m[1].replaceAll(',', ''));
}

function articles(dir) {
  return fs.readdirSync(dir, {recursive: true}).filter((f) => /\.(txt|md)$/i.test(f)).map((f) => path.join(dir, f));
}

/** Instructions of one command under callgrind (its out-file goes to `work`, then away). */
async function instructions(label, argv, work, flags) {
  const out = path.join(work, `callgrind.${label.replace(/\W+/g, '-')}.out`);
  const started = Date.now();
  const c = spawn('valgrind', [...VALGRIND, `--callgrind-out-file=${out}`, process.execPath, ...flags, ...argv], {cwd: work, stdio: ['ignore', 'ignore', 'pipe']});
  let stderr = '';
  c.stderr.on('data', (b) => (stderr += b));
  const status = await new Promise((resolve) => c.on('close', resolve));
  fs.rmSync(out, {force: true});
  // corpuslint exits 1 when it reports errors; anything else is a failed run.
  if (status !== 0 && status !== 1) throw new Error(`${label}: exit ${status}\n${stderr.slice(-3000)}`);
  const total = callgrindTotal(stderr);
  process.stderr.write(`  ${label}: ${total} instructions, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  return total;
}

/** Run the thunks `jobs` at a time; their results in order. */
async function pool(thunks, jobs) {
  const results = [];
  let next = 0;
  const lane = async () => {
    while (next < thunks.length) {
      const i = next++;
      results[i] = await thunks[i]();
    }
  };
  await Promise.all(Array.from({length: jobs}, lane));
  return results;
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name) => args.flatMap((a, i) => (a === name && args[i + 1] !== undefined ? [args[i + 1]] : a.startsWith(`${name}=`) ? [a.slice(name.length + 1)] : []));
  const dirs = opt('--corpus').length ? opt('--corpus').map((d) => path.resolve(d)) : ['bbc', 'local-news'].map((d) => path.join(root, '..', 'shared', 'corpus', d));
  const n = Number(opt('--sample')[0] ?? 150);
  const repeat = Number(opt('--repeat')[0] ?? 1);
  const jobs = Number(opt('--jobs')[0] ?? 2);
  const flags = opt('--node-flags').length ? opt('--node-flags')[0].split(' ').filter(Boolean) : NODE_FLAGS;
  const bin = path.resolve(opt('--bin')[0] ?? path.join(root, 'dist', 'src', 'bin.js'));
  const child = path.join(root, 'scripts', 'bench', 'child.mjs');

  const files = dirs.flatMap((d) => sample(articles(d), n));
  const bytes = files.reduce((s, f) => s + fs.statSync(f).size, 0);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'corpuslint-instr-'));
  process.on('exit', () => fs.rmSync(work, {recursive: true, force: true}));
  // The startup baseline: the same commands on one tiny article, so the fixed cost (loading modules,
  // lexicons, the config) is measured apart from the per-file cost.
  const tiny = path.join(work, 'tiny.txt');
  fs.writeFileSync(tiny, 'Officials said the talks would continue on Monday.\n');
  fs.writeFileSync(path.join(work, 'files.txt'), files.join('\n'));
  fs.writeFileSync(path.join(work, 'tiny-list.txt'), tiny);
  const lint = (paths, report) => [bin, '--no-config', '--no-progress', '--workers', '1', '-f', 'json', '-o', path.join(work, report), ...paths];

  console.log(`# instructions: corpuslint against the parse floor\n`);
  console.log(`${files.length} files (${n} per corpus from ${dirs.map((d) => path.basename(d)).join(', ')}), ${(bytes / 1e6).toFixed(2)} MB; bin ${bin}; node ${process.version} ${flags.join(' ')}\n`);
  console.log('| run | floor G | corpuslint G | ratio | floor − startup G | corpuslint − startup G | ratio without startup | minutes |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (let k = 1; k <= repeat; k++) {
    const started = Date.now();
    // The longest first, so that the lanes finish together.
    const [lintAll, floor, lint0, floor0] = await pool([
      () => instructions('corpuslint', lint(files, 'report.json'), work, flags),
      () => instructions('floor', [child, 'floor', path.join(work, 'files.txt')], work, flags),
      () => instructions('corpuslint, startup', lint([tiny], 'report-tiny.json'), work, flags),
      () => instructions('floor, startup', [child, 'floor', path.join(work, 'tiny-list.txt')], work, flags),
    ], jobs);
    // The report must name every file, or the count is of a different run.
    const named = JSON.parse(fs.readFileSync(path.join(work, 'report.json'), 'utf8')).length;
    if (named !== files.length) throw new Error(`the report names ${named} files, not ${files.length}`);
    const g = (x) => (x / 1e9).toFixed(3);
    console.log(`| ${k} | ${g(floor)} | ${g(lintAll)} | ${(lintAll / floor).toFixed(4)} | ${g(floor - floor0)} | ${g(lintAll - lint0)} | ${((lintAll - lint0) / (floor - floor0)).toFixed(4)} | ${((Date.now() - started) / 60000).toFixed(1)} |`);
    console.log(`|   startup | ${g(floor0)} | ${g(lint0)} | ${(lint0 / floor0).toFixed(2)} | | | | |`);
  }
}

// Imported by the tests for sample() and callgrindTotal(); run as a script otherwise.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
