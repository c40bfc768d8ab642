#!/usr/bin/env node
// npm run bench -- [options]: corpuslint against the parse floor and its peers, on the same files, in one
// run (docs/performance.md). Every tool runs in its own process under /usr/bin/time (wall, CPU, peak RSS).
//
//   --corpus DIR        corpus folder (repeatable). Default: ../shared/corpus/{bbc,local-news,reuters}
//                       when present, else a corpus generated from test fixtures.
//   --peers LIST        alex,textlint (default) or none
//   --peer-corpus DIR   the peers are slow (alex ~30x the floor): time them on this folder only
//                       (default: the bbc corpus when present, else the main corpus), beside its own floor
//   --cache DIRS        cold / warm / one-change runs with --cache on a copy of DIRS (comma-separated)
//   --threshold         one thread against a pool on 100..1600 files (justifies WORKER_THRESHOLD)
//   --ceiling           what this machine lets any 2-way split gain: two one-thread processes, each on
//                       half of the files (copies), run one after the other and then side by side
//   --scale LIST        scaling run at these sizes (e.g. 10000,30000,100000), replicas with small edits
//   --skip-main         only the sections asked for
//   --no-snapshot       run the checkout's dist/ (default: a frozen copy, scripts/snapshot.sh)
import {execFileSync, spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {ensurePeers, peersDir} from './bench/peers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const child = path.join(root, 'scripts', 'bench', 'child.mjs');
const args = process.argv.slice(2);
const opt = (name) => {
  const out = [];
  args.forEach((a, i) => {
    if (a === name && args[i + 1] !== undefined) out.push(args[i + 1]);
    else if (a.startsWith(`${name}=`)) out.push(a.slice(name.length + 1));
  });
  return out;
};
const flag = (name) => args.includes(name);

let bin = path.join(root, 'dist', 'src', 'bin.js');
if (!fs.existsSync(bin)) execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});
if (!flag('--no-snapshot')) {
  const snap = execFileSync('sh', [path.join(root, 'scripts', 'snapshot.sh'), path.join(os.tmpdir(), `corpuslint-bench-${process.pid}`)], {encoding: 'utf8'}).trim();
  bin = path.join(snap, 'dist', 'src', 'bin.js');
  process.on('exit', () => fs.rmSync(snap, {recursive: true, force: true}));
}
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'corpuslint-bench-work-'));
process.on('exit', () => fs.rmSync(work, {recursive: true, force: true}));

const shared = path.resolve(root, '..', 'shared', 'corpus');
function listFiles(dirs) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(txt|md)$/i.test(e.name)) out.push(p);
    }
  };
  for (const d of dirs) walk(d);
  return out;
}
function generated() {
  const dir = path.join(work, 'generated');
  fs.mkdirSync(dir, {recursive: true});
  const seeds = listFiles([path.join(root, 'test', 'fixtures')]);
  const texts = seeds.length ? seeds.map((f) => fs.readFileSync(f, 'utf8')) : ['Officials said the talks would continue on Monday.\n'];
  for (let i = 0; i < 2000; i++) fs.writeFileSync(path.join(dir, `g${i}.txt`), `${texts[i % texts.length]}\nEdition ${i}.\n`);
  return [dir];
}

const TIME = ['-f', '%e %U %S %M'];
/** /usr/bin/time's last line of stderr as figures; a failed run is reported with the end of its stderr. */
function timed(label, status, stderr) {
  const last = stderr.trim().split('\n').pop().split(' ').map(Number);
  if (status !== 0 && status !== 1) process.stderr.write(`${label}: exit ${status}\n${stderr.slice(-2000)}\n`);
  return {label, wall: last[0], cpu: last[1] + last[2], rssMB: last[3] / 1024};
}
function time(label, argv, cwd = work) {
  const r = spawnSync('/usr/bin/time', [...TIME, ...argv], {cwd, encoding: 'utf8', maxBuffer: 1 << 30});
  return {...timed(label, r.status, r.stderr), stdout: r.stdout};
}
/** The same without waiting, for runs side by side (the report goes to a file; stdout is not kept). */
function timeAsync(label, argv, cwd = work) {
  return new Promise((resolve) => {
    const c = spawn('/usr/bin/time', [...TIME, ...argv], {cwd, stdio: ['ignore', 'ignore', 'pipe']});
    let stderr = '';
    c.stderr.on('data', (b) => (stderr += b));
    c.on('close', (status) => resolve(timed(label, status, stderr)));
  });
}
const listOf = (files) => {
  const f = path.join(work, `list-${files.length}-${Math.random().toString(36).slice(2)}.txt`);
  fs.writeFileSync(f, files.join('\n'));
  return f;
};
const floor = (files, label = 'floor (read + retext-english parse)') => time(label, [process.execPath, child, 'floor', listOf(files)]);
const corpuslintArgv = (dirs, extra, report = 'report.json') => [process.execPath, bin, '--no-config', '--no-progress', '-f', 'json', '-o', path.join(work, report), ...extra, ...dirs];
const corpuslint = (dirs, extra, label) => time(label, corpuslintArgv(dirs, extra));

function table(title, files, rows, base) {
  const mb = files.reduce((n, f) => n + fs.statSync(f).size, 0) / 1e6;
  console.log(`\n## ${title}\n${files.length} files, ${mb.toFixed(1)} MB, ${os.availableParallelism?.() ?? os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}\n`);
  console.log('| run | wall s | CPU s | files/s | MB/s | × floor (wall) | × floor (CPU) | peak RSS MB |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(`| ${r.label} | ${r.wall.toFixed(2)} | ${r.cpu.toFixed(2)} | ${(files.length / r.wall).toFixed(0)} | ${(mb / r.wall).toFixed(2)} | ${(r.wall / base.wall).toFixed(2)} | ${(r.cpu / base.cpu).toFixed(2)} | ${r.rssMB.toFixed(0)} |`);
  }
}

const corpusDirs = opt('--corpus').map((d) => path.resolve(d));
const defaults = ['bbc', 'local-news', 'reuters'].map((d) => path.join(shared, d)).filter((d) => fs.existsSync(d));
const mainDirs = corpusDirs.length ? corpusDirs : defaults.length ? defaults : generated();

if (!flag('--skip-main')) {
  const files = listFiles(mainDirs);
  const base = floor(files);
  const one = corpuslint(mainDirs, ['--workers', '1'], 'corpuslint, 1 thread');
  const pool = corpuslint(mainDirs, ['--workers', 'auto'], 'corpuslint, worker pool (auto)');
  table(`corpuslint on ${mainDirs.map((d) => path.basename(d)).join(' + ')}`, files, [base, one, pool], base);
  console.log(`\nworker speedup (wall, 1 thread / pool): ${(one.wall / pool.wall).toFixed(2)}×`);
  // One thread already keeps more than one core busy (V8 compiles and marks on background threads): on
  // n cores a pool that added no work at all could be at most n × wall / CPU faster.
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  const {WORKER_THRESHOLD} = await import(pathToFileURL(path.join(path.dirname(bin), 'engine', 'workers.js')).href);
  console.log(`1 thread keeps ${(one.cpu / one.wall).toFixed(2)} cores busy; on ${cores} cores a pool that added no CPU time could be at most ${((cores * one.wall) / one.cpu).toFixed(2)}× faster; ` +
    (files.length < WORKER_THRESHOLD ? `(below ${WORKER_THRESHOLD} files auto runs one thread)` : `this pool spent ${(pool.cpu / one.cpu).toFixed(2)}× the CPU time of 1 thread`));
}

// The peers: with the main section, or alone with --skip-main --peers LIST.
if (!flag('--skip-main') || opt('--peers').length) {
  const files = listFiles(mainDirs);
  // Installed on demand into a cache folder (scripts/bench/peers.mjs); one that cannot be is skipped, with the reason.
  const peers = ensurePeers((opt('--peers')[0] ?? 'alex,textlint').split(',').filter((p) => p && p !== 'none'));
  process.env.CORPUSLINT_PEERS_DIR = peersDir();
  if (peers.length) {
    const peerDir = opt('--peer-corpus')[0] ?? (fs.existsSync(path.join(shared, 'bbc')) && !corpusDirs.length ? path.join(shared, 'bbc') : undefined);
    const peerDirs = peerDir ? [path.resolve(peerDir)] : mainDirs;
    const peerFiles = listFiles(peerDirs);
    const peerBase = floor(peerFiles);
    const rows = [peerBase, corpuslint(peerDirs, ['--workers', '1'], 'corpuslint, 1 thread')];
    for (const p of peers) rows.push(time(p === 'alex' ? 'alex (API, per file)' : 'textlint (write-good, terminology, max-comma)', [process.execPath, child, p, listOf(peerFiles)]));
    table(`peers on ${peerDirs.map((d) => path.basename(d)).join(' + ')} (one thread each)`, peerFiles, rows, peerBase);
  }
}

if (flag('--threshold')) {
  const all = listFiles(mainDirs);
  console.log('\n## worker threshold: one thread against a pool of 2 (wall s)\n\n| files | 1 thread | pool | pool / 1 thread |\n| ---: | ---: | ---: | ---: |');
  for (const n of [100, 200, 400, 800, 1600]) {
    const dir = path.join(work, `threshold-${n}`);
    fs.mkdirSync(dir);
    all.slice(0, n).forEach((f, i) => fs.copyFileSync(f, path.join(dir, `${i}-${path.basename(f)}`)));
    const a = corpuslint([dir], ['--workers', '1'], '1');
    const b = corpuslint([dir], ['--workers', '2'], '2');
    console.log(`| ${n} | ${a.wall.toFixed(2)} | ${b.wall.toFixed(2)} | ${(b.wall / a.wall).toFixed(2)} |`);
    fs.rmSync(dir, {recursive: true});
  }
}

if (flag('--ceiling')) {
  // The best any split of the first pass in two can do here: two processes share nothing (no result
  // copying, no pass 2 over the whole corpus), so their sum of CPU time is the split's own cost (each
  // loads the modules and warms its JIT), and side by side they show what the two cores give.
  const all = listFiles(mainDirs);
  const halves = [0, 1].map((h) => {
    const dir = path.join(work, `half-${h}`);
    fs.mkdirSync(dir);
    all.forEach((f, i) => i % 2 === h && fs.copyFileSync(f, path.join(dir, `${i}-${path.basename(f)}`)));
    return dir;
  });
  const full = corpuslint(halves, ['--workers', '1'], 'one process, all files');
  const seq = halves.map((d, h) => corpuslint([d], ['--workers', '1'], `half ${h + 1} alone`));
  const started = process.hrtime.bigint();
  const side = await Promise.all(halves.map((d, h) => timeAsync(`half ${h + 1}`, corpuslintArgv([d], ['--workers', '1'], `half-${h}.json`))));
  const sideWall = Number(process.hrtime.bigint() - started) / 1e9;
  const seqCpu = seq[0].cpu + seq[1].cpu;
  console.log(`\n## ceiling: two one-thread processes on halves (${all.length} files)\n\n| run | wall s | CPU s |\n| --- | ---: | ---: |`);
  console.log(`| one process, all files | ${full.wall.toFixed(2)} | ${full.cpu.toFixed(2)} |`);
  for (const r of seq) console.log(`| ${r.label} | ${r.wall.toFixed(2)} | ${r.cpu.toFixed(2)} |`);
  console.log(`| both halves side by side | ${sideWall.toFixed(2)} | ${(side[0].cpu + side[1].cpu).toFixed(2)} |`);
  console.log(`\nsplitting in two costs ${(seqCpu / full.cpu).toFixed(2)}× the CPU time of one process; one process / both halves side by side (wall): ${(full.wall / sideWall).toFixed(2)}× (the halves one after the other / side by side: ${((seq[0].wall + seq[1].wall) / sideWall).toFixed(2)}×)`);
}

const cacheSet = opt('--cache')[0];
if (cacheSet !== undefined) {
  const dirs = (cacheSet || 'local-news,bbc').split(',').map((d) => (fs.existsSync(d) ? path.resolve(d) : path.join(shared, d)));
  // A copy, so one article can be changed (the shared corpus is never written).
  const copy = path.join(work, 'cache-corpus');
  for (const d of dirs) fs.cpSync(d, path.join(copy, path.basename(d)), {recursive: true});
  const files = listFiles([copy]);
  const run = (label) => time(label, [process.execPath, bin, '--no-config', '--no-progress', '--cache', '-f', 'json', '-o', path.join(copy, 'report.json'), ...dirs.map((d) => path.basename(d))], copy);
  // Warm and one-change runs are short (a few seconds), so one run is at the mercy of the machine's
  // noise: each is run three times (three different articles changed, each on a cache left warm by the
  // run before) and the median is the figure.
  const median = (label, runs) => {
    const by = (k) => [...runs].sort((a, b) => a[k] - b[k])[1][k];
    return {label, wall: by('wall'), cpu: by('cpu'), rssMB: by('rssMB')};
  };
  const cold = run('cold (--cache, empty)');
  const warm = median('warm (nothing changed), median of 3', [1, 2, 3].map(() => run('warm')));
  const changed = median('one article changed, median of 3', [1, 2, 3].map((k) => {
    fs.appendFileSync(files[Math.floor((files.length * k) / 4)], '\nThe ministry said talks would resume on Monday.\n');
    return run('one article changed');
  }));
  console.log(`\n## cache on ${dirs.map((d) => path.basename(d)).join(' + ')} (${files.length} files)\n\n| run | wall s | CPU s | peak RSS MB |\n| --- | ---: | ---: | ---: |`);
  for (const r of [cold, warm, changed]) console.log(`| ${r.label} | ${r.wall.toFixed(2)} | ${r.cpu.toFixed(2)} | ${r.rssMB.toFixed(0)} |`);
  console.log(`\ncold / warm: ${(cold.wall / warm.wall).toFixed(1)}× (CPU ${(cold.cpu / warm.cpu).toFixed(1)}×); one change / warm: ${(changed.wall / warm.wall).toFixed(2)}× (CPU ${(changed.cpu / warm.cpu).toFixed(2)}×)`);
}

const scale = opt('--scale')[0];
if (scale) {
  const sizes = scale.split(',').map(Number).sort((a, b) => a - b);
  const sources = listFiles(defaults.length ? defaults : mainDirs).map((f) => fs.readFileSync(f, 'utf8'));
  const dir = path.join(work, 'scale');
  // Replicas with small edits (a changed figure and an edition line), in folders of 10,000: a size is a
  // prefix of the folders, so the larger runs reuse the smaller ones' files.
  const max = sizes[sizes.length - 1];
  for (let i = 0; i < max; i++) {
    const k = Math.floor(i / sources.length);
    const text = k === 0 ? sources[i % sources.length] : sources[i % sources.length].replace(/\d+/, (d) => String(Number(d) + k)) + `\nEdition ${k}.\n`;
    const sub = path.join(dir, `part-${String(Math.floor(i / 10000)).padStart(3, '0')}`);
    if (i % 10000 === 0) fs.mkdirSync(sub, {recursive: true});
    fs.writeFileSync(path.join(sub, `a${i}.txt`), text);
  }
  console.log('\n## scaling (worker pool, all default rules)\n\n| articles | wall s | CPU s | files/s | peak RSS MB | time / time at smallest |\n| ---: | ---: | ---: | ---: | ---: | ---: |');
  let first;
  for (const n of sizes) {
    const parts = Array.from({length: Math.ceil(n / 10000)}, (_, p) => path.join(dir, `part-${String(p).padStart(3, '0')}`));
    const r = corpuslint(parts, ['--workers', 'auto'], String(n));
    first ??= r;
    console.log(`| ${n} | ${r.wall.toFixed(1)} | ${r.cpu.toFixed(1)} | ${(n / r.wall).toFixed(0)} | ${r.rssMB.toFixed(0)} | ${(r.wall / first.wall).toFixed(2)} |`);
  }
}
