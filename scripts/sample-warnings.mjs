#!/usr/bin/env node
// Draws a random sample of one rule's warnings on a corpus, each with the text around it, for a second
// reader who has not seen the rule's tuning to judge (docs: "Blind reading" in CONTRIBUTING.md).
//
//   node scripts/sample-warnings.mjs --rule no-unattributed-claim --corpus ../shared/corpus/reuters \
//        [--n 40] [--seed 1] [--files 500] [--report report.json] > sample.md
//
// --files N lints a seeded random sample of N files of the corpus (the sample is the corpus; with
// --with-context every other file is corpus context for the corpus rules); --report reads an existing JSON
// report instead of running the linter. The
// output is Markdown: numbered items with the file, place, message and context, and nothing about how the
// rule decided.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const rule = opt('--rule');
const corpus = opt('--corpus');
const n = Number(opt('--n', '40'));
const seed = Number(opt('--seed', '1'));
const fileSample = opt('--files') ? Number(opt('--files')) : undefined;
const reportFile = opt('--report');
if (!rule || !corpus) {
  console.error('usage: sample-warnings.mjs --rule ID --corpus DIR [--n 40] [--seed 1] [--files N] [--report FILE]');
  process.exit(2);
}

/** mulberry32: a small seeded generator, so a sample can be drawn again. */
function random(s) {
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(seed);
function shuffle(list) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const corpusDir = path.resolve(corpus);
let report;
if (reportFile) report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
else {
  const all = fs.readdirSync(corpusDir).filter((f) => /\.(txt|md)$/.test(f)).sort();
  const files = fileSample ? shuffle(all).slice(0, fileSample).sort() : all;
  const argv = [path.join(root, 'dist/src/bin.js'), '--no-config', '--format', 'json', '--max-warnings', '-1'];
  if (fileSample && args.includes('--with-context')) argv.push('--context', corpusDir);
  const r = spawnSync(process.execPath, [...argv, ...files.map((f) => path.join(corpusDir, f))], {encoding: 'utf8', maxBuffer: 1 << 30, cwd: root});
  try {
    report = JSON.parse(r.stdout);
  } catch {
    console.error(`sample-warnings: the linter gave no JSON report (exit ${r.status}): ${r.stderr.slice(0, 400)}`);
    process.exit(2);
  }
}

const warnings = [];
for (const file of report) for (const m of file.messages) if (m.ruleId === rule) warnings.push({path: file.path, m});
const picked = shuffle(warnings).slice(0, n);

function context(text, m) {
  const lines = text.split('\n');
  const start = m.place?.start ?? m.place ?? {line: m.line, column: m.column};
  const end = m.place?.end ?? start;
  // the paragraph(s) holding the place, and one non-blank line either side
  let a = start.line - 1;
  let b = (end.line ?? start.line) - 1;
  while (a > 0 && lines[a - 1].trim() !== '') a--;
  while (b < lines.length - 1 && lines[b + 1].trim() !== '') b++;
  a = Math.max(0, a - 2);
  b = Math.min(lines.length - 1, b + 2);
  if (b - a > 24) [a, b] = [Math.max(0, start.line - 9), Math.min(lines.length - 1, start.line + 7)];
  const out = [];
  for (let i = a; i <= b; i++) {
    const mark = i + 1 >= start.line && i + 1 <= (end.line ?? start.line) ? '>>' : '  ';
    out.push(`${mark} ${String(i + 1).padStart(4)} | ${lines[i]}`);
  }
  return out.join('\n');
}

console.log(`# ${picked.length} warnings of \`${rule}\` drawn at random (seed ${seed}) from ${warnings.length} on ${path.basename(corpusDir)}\n`);
picked.forEach(({path: p, m}, k) => {
  const abs = path.isAbsolute(p) ? p : path.resolve(root, p);
  const text = fs.readFileSync(fs.existsSync(abs) ? abs : path.join(corpusDir, path.basename(p)), 'utf8');
  const start = m.place?.start ?? {line: m.line, column: m.column};
  const fix = m.expected?.length ? ` (suggested: \`${m.actual}\` → \`${m.expected[0]}\`)` : '';
  console.log(`## ${k + 1}. ${path.basename(p)}:${start.line}:${start.column}\n\n**${m.reason}**${fix}\n\n\`\`\`\n${context(text, m)}\n\`\`\`\n`);
});
