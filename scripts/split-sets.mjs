#!/usr/bin/env node
// Splits the labelled sets into a part to study and a part only to score, by article, so that a rule's
// errors are read in one half and its figures checked on the other (a gap between them means the change
// learned examples, not language). The split is a hash of the file name: the same on every machine.
//
//   node scripts/split-sets.mjs [--from ../shared/eval/sets] [--out ../sets] [--share 0.5]
//
// writes OUT/study/<set>/ and OUT/score/<set>/ in the layout score.mjs reads (`--sets OUT/study`).
// Pair sets (names) are split by pair, not by article: the rule is corpus-wide, and half the articles
// would be another corpus. Both parts hold every article; a pair of the other part is kept with the label
// OTHER_PART, which is scored neither way (so a message on it is not counted as unjudged either).
// The texts stay outside the project: OUT must not be inside it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(name);
  return i === -1 ? fallback : argv[i + 1];
};
const from = path.resolve(opt('--from', '../shared/eval/sets'));
const out = path.resolve(opt('--out', '../sets'));
const share = Number(opt('--share', '0.5'));
if (path.relative(process.cwd(), out).split(path.sep)[0] !== '..') {
  console.error('split-sets: --out must lie outside the project (the texts are not ours to commit)');
  process.exit(2);
}

/** Which part an article belongs to: the first 32 bits of SHA-1 of its file name, as a share of 2^32. */
export function partOf(file) {
  const h = crypto.createHash('sha1').update(file).digest().readUInt32BE(0);
  return h / 2 ** 32 < share ? 'study' : 'score';
}


for (const set of fs.readdirSync(from).sort()) {
  const dir = path.join(from, set);
  if (!fs.existsSync(path.join(dir, 'set.json'))) continue;
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'set.json'), 'utf8'));
  const gold = fs.readFileSync(path.join(dir, 'gold.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const files = fs.readdirSync(path.join(dir, 'articles')).sort();
  const counts = {};
  for (const part of ['study', 'score']) {
    const target = path.join(out, part, set);
    fs.rmSync(target, {recursive: true, force: true});
    fs.mkdirSync(path.join(target, 'articles'), {recursive: true});
    fs.copyFileSync(path.join(dir, 'set.json'), path.join(target, 'set.json'));
    const byPair = meta.unit === 'pair';
    const mine = byPair ? files : files.filter((f) => partOf(f) === part);
    for (const f of mine) fs.copyFileSync(path.join(dir, 'articles', f), path.join(target, 'articles', f));
    let units;
    if (byPair) {
      const key = (g) => [g.a, g.b].map((w) => w.toLowerCase()).sort().join(' | ');
      units = gold.map((g) => (partOf(key(g)) === part ? g : {...g, label: 'OTHER_PART'}));
    } else {
      const keep = new Set(mine);
      units = gold.filter((g) => keep.has(g.file));
    }
    fs.writeFileSync(path.join(target, 'gold.jsonl'), units.map((u) => JSON.stringify(u)).join('\n') + '\n');
    counts[part] = `${mine.length} articles, ${units.filter((u) => meta.positive.includes(u.label) && u.present !== false).length} positives`;
  }
  console.log(`${set.padEnd(16)} study: ${counts.study}; score: ${counts.score}`);
}
