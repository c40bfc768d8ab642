#!/usr/bin/env node
// node scripts/jit.mjs [corpuslint args...]: how much V8's optimising compiler (TurboFan) works during one
// single-thread run, per function, and why it had to compile again (deopts). docs/performance.md explains
// what to look for: a large function compiled many times is deoptimised by a rare branch, a second object
// shape or a read past the end of an array, and each recompile costs its whole size again.
//
//   node scripts/jit.mjs ../shared/corpus/bbc            (default args: --workers 1 --format json)
//   TOP=40 node scripts/jit.mjs --no-config some/folder
import {spawn} from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'dist', 'src', 'bin.js');
const args = process.argv.slice(2);
const top = Number(process.env.TOP) || 20;

const child = spawn(process.execPath, ['--trace-opt', '--trace-deopt', bin, '--workers', '1', '--format', 'json', ...args], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
// V8 writes its trace to stdout among the report: read the trace lines, drop the rest.
const compiles = new Map(); // function -> [ms, count]
const deopts = new Map(); // "function | reason" -> count
const COMPILED = /^\[completed compiling .*<JSFunction ([^\s(]*).*took ([\d.]+), ([\d.]+), ([\d.]+) ms/;
const BAILOUT = /^\[bailout \(kind: [^,]*, reason: ([^)]*)\).*<JSFunction ([^\s(]*)/;
for await (const line of readline.createInterface({input: child.stdout})) {
  let m = COMPILED.exec(line);
  if (m) {
    const entry = compiles.get(m[1]) ?? [0, 0];
    entry[0] += Number(m[2]) + Number(m[3]) + Number(m[4]);
    entry[1]++;
    compiles.set(m[1], entry);
    continue;
  }
  m = BAILOUT.exec(line);
  if (m) {
    const key = `${m[2] || '(anonymous)'} | ${m[1]}`;
    deopts.set(key, (deopts.get(key) ?? 0) + 1);
  }
}
await new Promise((resolve) => child.on('close', resolve));

let total = 0;
let count = 0;
for (const [ms, n] of compiles.values()) {
  total += ms;
  count += n;
}
console.log(`TurboFan: ${count} compiles, ${(total / 1000).toFixed(2)} s (mostly on a background thread)\n`);
console.log('   ms  compiles  function');
for (const [name, [ms, n]] of [...compiles].sort((a, b) => b[1][0] - a[1][0]).slice(0, top)) {
  console.log(`${ms.toFixed(0).padStart(5)}  ${String(n).padStart(8)}  ${name || '(anonymous)'}`);
}
console.log('\ndeopts  function | reason');
for (const [key, n] of [...deopts].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${String(n).padStart(6)}  ${key}`);
