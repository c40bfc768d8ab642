// Prints why an article is or is not read as an opinion piece: the voice, and the first-person count
// against the share of its non-residue sentences (for checking src/text/opinion.ts on real pages).
import fs from 'node:fs';
import {TextLayer} from '../dist/src/text/layer.js';
import {parse, formatOf} from '../dist/src/engine/parse.js';
import {articleVoice} from '../dist/src/text/opinion.js';
import {residueLine} from '../dist/src/learn/residue-model.js';
import {VFile} from 'vfile';
for (const path of process.argv.slice(2)) {
  const text = fs.readFileSync(path, 'utf8');
  const layer = new TextLayer(text, parse(new VFile({path, value: text}), formatOf(path)), formatOf(path));
  const kept = layer.sentences.filter((s) => !residueLine(layer, layer.lineOf(s.start) - 1));
  const first = kept.filter((s) => layer.sentenceTokens[s.index].some((t) => /^(?:i|me|my|we|us|our)$/.test(t.lower))).length;
  console.log(path, JSON.stringify(articleVoice(layer)), `first-person ${first}/${kept.length} sentences`);
}
