// One measured tool run, in its own process so that its peak RSS is its own (bench.mjs runs this under
// /usr/bin/time). argv: MODE LISTFILE [extra]. Modes: floor, alex, textlint. Prints one JSON line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {createRequire} from 'node:module';
import {pathToFileURL} from 'node:url';

const [mode, listFile] = process.argv.slice(2);
const files = fs.readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
const started = performance.now();
let bytes = 0;
let messages = 0;
// The peers live in their own folder (scripts/bench/peers.mjs), not in the project's node_modules.
const peerRequire = process.env.CORPUSLINT_PEERS_DIR ? createRequire(path.join(process.env.CORPUSLINT_PEERS_DIR, 'package.json')) : createRequire(import.meta.url);
const peerImport = (name) => import(pathToFileURL(peerRequire.resolve(name)).href);

if (mode === 'floor') {
  // The floor: read each file and parse it with retext-english, nothing else.
  const {retext} = await import('retext');
  const {default: retextEnglish} = await import('retext-english');
  const processor = retext().use(retextEnglish).freeze();
  for (const f of files) {
    const buf = fs.readFileSync(f);
    bytes += buf.length;
    processor.parse(buf.toString('utf8'));
  }
} else if (mode === 'alex') {
  // alex's API per file (its CLI adds unified-engine's file set on top).
  const {text} = await peerImport('alex');
  for (const f of files) {
    const buf = fs.readFileSync(f);
    bytes += buf.length;
    messages += text(buf.toString('utf8')).messages.length;
  }
} else if (mode === 'textlint') {
  // textlint with three common English rules, through its API (the kernel descriptor is built directly:
  // its config loader cannot resolve rules from outside the project).
  const {createLinter} = await peerImport('textlint');
  const require = peerRequire;
  const {TextlintKernelDescriptor} = require('@textlint/kernel');
  const plain = (m) => m.default ?? m;
  const descriptor = new TextlintKernelDescriptor({
    rules: ['write-good', 'terminology', 'max-comma'].map((id) => ({ruleId: id, rule: plain(require(`textlint-rule-${id}`)), options: true})),
    plugins: [{pluginId: 'text', plugin: plain(require('@textlint/textlint-plugin-text'))}],
    filterRules: [],
  });
  const linter = createLinter({descriptor});
  for (const f of files) bytes += fs.statSync(f).size;
  // In slices, so a large corpus does not hold every result at once.
  for (let i = 0; i < files.length; i += 200) {
    for (const r of await linter.lintFiles(files.slice(i, i + 200))) messages += r.messages.length;
  }
} else {
  throw new Error(`unknown mode ${mode}`);
}
const usage = process.resourceUsage();
process.stdout.write(JSON.stringify({mode, files: files.length, bytes, messages, inner: (performance.now() - started) / 1000,
  cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6, rssMB: usage.maxRSS / 1024}) + '\n');
