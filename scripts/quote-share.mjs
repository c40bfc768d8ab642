#!/usr/bin/env node
// The share of direct quotations that the attribution analysis gives a speaker, over a folder of
// articles (default ../shared/corpus/bbc). Uses the built dist: run `npx tsc -p tsconfig.json` first.
//   node scripts/quote-share.mjs [folder] [--min-words N] [--show N]
import fs from 'node:fs';
import path from 'node:path';
import {VFile} from 'vfile';
import {TextLayer} from '../dist/src/text/layer.js';
import {parse, formatOf} from '../dist/src/engine/parse.js';

const args = process.argv.slice(2);
let dir = '../shared/corpus/bbc', minWords = 4, show = 0;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--min-words') minWords = Number(args[++i]);
  else if (args[i] === '--show') show = Number(args[++i]);
  else dir = args[i];
}
const files = [];
const walk = (d) => { for (const e of fs.readdirSync(d, {withFileTypes: true})) e.isDirectory() ? walk(path.join(d, e.name)) : /\.(txt|md)$/.test(e.name) && files.push(path.join(d, e.name)); };
walk(dir);
let all = 0, attributed = 0, long = 0, longAttributed = 0;
const scopes = {};
const unattributed = [];
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const layer = new TextLayer(text, parse(new VFile({path: file, value: text}), formatOf(file)), formatOf(file));
  for (const a of layer.attributions) for (const qa of a.quotes) {
    const q = layer.quotes[qa.quote];
    if (q.depth > 0) continue;
    all++;
    if (qa.speaker) { attributed++; scopes[qa.scope] = (scopes[qa.scope] ?? 0) + 1; }
    if (q.words >= minWords) {
      long++;
      if (qa.speaker) longAttributed++;
      else unattributed.push(`${path.basename(file)}: ${text.slice(q.start, q.end).replace(/\s+/g, ' ').slice(0, 120)}`);
    }
  }
}
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '-') + '%';
console.log(`${files.length} files, ${all} quotations: ${attributed} attributed (${pct(attributed, all)}); of ${minWords}+ words: ${longAttributed}/${long} (${pct(longAttributed, long)}); by scope ${JSON.stringify(scopes)}`);
for (const u of unattributed.slice(0, show)) console.log('  no speaker: ' + u);
