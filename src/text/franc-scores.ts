// franc's `francAll(value, {minLength})` with its distances summed from an index by trigram; the scores are
// the same array (test/text/franc-scores.test.ts). franc measures a text against each of its script's
// languages (126 for Latin) by probing that language's trigram object once per trigram of the text: ~40k
// dictionary probes per paragraph, ~2% of a one-thread run for ~200 paragraphs. Here each trigram of the text
// is looked up once and adds its difference to the languages that have it (a language without it keeps the
// 300 franc adds for a missing trigram). The rest is franc 6.2.0's code, copied (MIT, (c) Titus Wormer):
// the script count, the order of the languages, the stable sort and the normalisation, so the result is the
// same to the last bit. Used only with franc 6.2.0 and its trigram-utils 2.0.1 installed, else franc itself.
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {packageDir, versionOf} from '../engine/installed-package.js';

type Tuple = [string, number];

const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;


interface Franc {
  data: Record<string, Record<string, string>>;
  expressions: Record<string, RegExp>;
  asTuples: (value: string) => Tuple[];
}

async function load(): Promise<Franc | undefined> {
  const francDir = packageDir(import.meta.url, 'franc');
  const utilsDir = francDir ? packageDir(path.join(francDir, 'index.js'), 'trigram-utils') : undefined;
  if (versionOf(francDir) !== '6.2.0' || versionOf(utilsDir) !== '2.0.1') return undefined;
  try {
    const url = (dir: string, file: string) => pathToFileURL(path.join(dir, file)).href;
    const {data} = (await import(url(francDir!, 'data.js'))) as {data?: Franc['data']};
    const {expressions} = (await import(url(francDir!, 'expressions.js'))) as {expressions?: Franc['expressions']};
    const {asTuples} = (await import(url(utilsDir!, 'index.js'))) as {asTuples?: Franc['asTuples']};
    if (!data || !expressions || typeof asTuples !== 'function') return undefined;
    return {data, expressions, asTuples};
  } catch {
    return undefined;
  }
}

const franc = await load();
// franc's own module builds a trigram object for each of its languages as it loads, a third of a second of
// start-up that the index does not need: it is loaded only when it answers.
const francAll = franc ? undefined : (await import('franc')).francAll;
/** Whether the index is in use (else `francAll` itself answers). */
export const AVAILABLE = franc !== undefined;

/** One script's languages in franc's order, and for each trigram the languages that have it with its rank
 * there: [language index, rank, ...]. */
interface ScriptIndex {
  languages: string[];
  postings: Map<string, number[]>;
}
const indexes = new Map<string, ScriptIndex>();

function indexOf(script: string, languages: Record<string, string>): ScriptIndex {
  let index = indexes.get(script);
  if (index) return index;
  const names = Object.keys(languages);
  const postings = new Map<string, number[]>();
  for (let l = 0; l < names.length; l++) {
    // franc's model: trigram -> its index in the list, the first index where a trigram is listed twice
    const model = languages[names[l]].split('|');
    const rank = new Map<string, number>();
    for (let weight = model.length - 1; weight >= 0; weight--) rank.set(model[weight], weight);
    for (const [trigram, weight] of rank) {
      let list = postings.get(trigram);
      if (!list) postings.set(trigram, (list = []));
      list.push(l, weight);
    }
  }
  index = {languages: names, postings};
  indexes.set(script, index);
  return index;
}

/** franc's getTopScript. */
function topScript(value: string, expressions: Record<string, RegExp>): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  for (const script in expressions) {
    if (!Object.prototype.hasOwnProperty.call(expressions, script)) continue;
    const match = value.match(expressions[script]);
    const count = (match ? match.length : 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/** `francAll(value, {minLength})`. */
export function francScores(value: string, minLength: number): Tuple[] {
  if (!franc) return francAll!(value, {minLength}) as Tuple[];
  if (!value || value.length < minLength) return [['und', 1]];
  value = value.slice(0, MAX_LENGTH);
  const [script, count] = topScript(value, franc.expressions);
  if (!script || !(script in franc.data)) {
    if (!script || count === 0) return [['und', 1]];
    return [[script, 1]];
  }
  const {languages, postings} = indexOf(script, franc.data[script]);
  const trigrams = franc.asTuples(value);
  // franc: per language, the sum over the text's trigrams of |count - rank - 1|, or 300 when it lacks one
  const distance = new Array<number>(languages.length).fill(MAX_DIFFERENCE * trigrams.length);
  for (let t = 0; t < trigrams.length; t++) {
    const list = postings.get(trigrams[t][0]);
    if (!list) continue;
    const count = trigrams[t][1];
    for (let i = 0; i < list.length; i += 2) {
      let difference = count - list[i + 1] - 1;
      if (difference < 0) difference = -difference;
      distance[list[i]] += difference - MAX_DIFFERENCE;
    }
  }
  const distances: Tuple[] = [];
  for (let l = 0; l < languages.length; l++) distances.push([languages[l], distance[l]]);
  if (distances.length === 0) return [['und', 1]];
  distances.sort((a, b) => a[1] - b[1]);
  // franc's normalize
  const min = distances[0][1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (let i = 0; i < distances.length; i++) distances[i][1] = 1 - (distances[i][1] - min) / max || 0;
  return distances;
}
