import fs from 'node:fs';
import {TextLayer} from '../dist/src/text/layer.js';
import {parse, formatOf} from '../dist/src/engine/parse.js';
import {VFile} from 'vfile';
const path = process.argv[2];
const text = fs.readFileSync(path, 'utf8');
const file = new VFile({path, value: text});
const layer = new TextLayer(text, parse(file, formatOf(path)), formatOf(path));
const grep = process.argv[3] ? new RegExp(process.argv[3]) : null;
for (const a of layer.attributions) {
  const s = layer.sentences[a.sentence];
  if (grep && !grep.test(s.text)) continue;
  console.log(`#${a.sentence} p${s.paragraph} attr=${a.attributed}/${a.scope} inQ=${a.inQuote} | ${s.text.slice(0, 100).replace(/\n/g, ' ')}`);
  for (const c of a.cues) console.log(`   cue ${c.kind} ${c.text} (${c.position}) <- ${c.source ? c.source.kind + ':' + c.source.text : '-'}`);
  for (const k of ['vague', 'agentless', 'stance', 'anonymous']) if (a[k].length) console.log(`   ${k}: ${a[k].map((x) => x.text).join(' | ')}`);
  for (const q of a.quotes) console.log(`   quote ${JSON.stringify(layer.quotes[q.quote].inner.slice(0, 50))} w=${layer.quotes[q.quote].words} d=${layer.quotes[q.quote].depth} speaker=${q.speaker?.text} (${q.scope})`);
}
