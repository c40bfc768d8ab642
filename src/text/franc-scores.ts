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

/**
 * One script's languages in franc's order, and for each trigram the languages that have it with its rank
 * there. A hash table keyed on the trigram's three code units, its postings chained through typed arrays:
 * a Map of strings cost a substring, a hash and the map's growth per listed trigram (37,800 for Latin),
 * several times the scoring of the paragraphs that asked. A listed trigram of another length is never one
 * of a text's (they are three code units), so it only takes its rank.
 */
interface ScriptIndex {
  languages: string[];
  mask: number;
  /** Per slot: the key's first two code units, its third, and its first posting (-1: an empty slot). */
  keyHigh: Int32Array;
  keyLow: Int32Array;
  head: Int32Array;
  /** Per posting: language index, rank, the trigram's next posting (-1: none). */
  language: Int32Array;
  rank: Int32Array;
  next: Int32Array;
}
const indexes = new Map<string, ScriptIndex>();

function slotOf(a: number, b: number, c: number, mask: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d);
  h ^= h >>> 15;
  return h & mask;
}

/** The slot of the trigram a b c, or of the empty slot where it would go. */
function findSlot(index: ScriptIndex, a: number, b: number, c: number): number {
  const high = (a << 16) | b;
  let slot = slotOf(a, b, c, index.mask);
  while (index.head[slot] !== -1 && (index.keyHigh[slot] !== high || index.keyLow[slot] !== c)) slot = (slot + 1) & index.mask;
  return slot;
}

function indexOf(script: string, languages: Record<string, string>): ScriptIndex {
  let index = indexes.get(script);
  if (index) return index;
  const names = Object.keys(languages);
  // a trigram and its separator take four characters
  let most = 0;
  for (let l = 0; l < names.length; l++) most += (languages[names[l]].length + 1) >> 2;
  let size = 16;
  while (size < 2 * most) size *= 2;
  index = {
    languages: names, mask: size - 1, keyHigh: new Int32Array(size), keyLow: new Int32Array(size), head: new Int32Array(size).fill(-1),
    language: new Int32Array(most), rank: new Int32Array(most), next: new Int32Array(most),
  };
  let postings = 0;
  for (let l = 0; l < names.length; l++) {
    // franc's model: the trigrams of `languages[name].split('|')`, each ranked by its first index there
    const model = languages[names[l]];
    let weight = 0;
    for (let at = 0; ; weight++) {
      let end = model.indexOf('|', at);
      if (end === -1) end = model.length;
      if (end - at === 3) {
        const a = model.charCodeAt(at);
        const b = model.charCodeAt(at + 1);
        const c = model.charCodeAt(at + 2);
        const slot = findSlot(index, a, b, c);
        const first = index.head[slot];
        // listed again in this language: its first rank stands (a language's postings are added together)
        if (first === -1 || index.language[first] !== l) {
          if (first === -1) {
            index.keyHigh[slot] = (a << 16) | b;
            index.keyLow[slot] = c;
          }
          index.language[postings] = l;
          index.rank[postings] = weight;
          index.next[postings] = first;
          index.head[slot] = postings++;
        }
      }
      if (end === model.length) break;
      at = end + 1;
    }
  }
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
  const index = indexOf(script, franc.data[script]);
  const {languages} = index;
  const trigrams = franc.asTuples(value);
  // franc: per language, the sum over the text's trigrams of |count - rank - 1|, or 300 when it lacks one
  const distance = new Array<number>(languages.length).fill(MAX_DIFFERENCE * trigrams.length);
  for (let t = 0; t < trigrams.length; t++) {
    const trigram = trigrams[t][0];
    if (trigram.length !== 3) continue;
    const count = trigrams[t][1];
    for (let p = index.head[findSlot(index, trigram.charCodeAt(0), trigram.charCodeAt(1), trigram.charCodeAt(2))]; p !== -1; p = index.next[p]) {
      let difference = count - index.rank[p] - 1;
      if (difference < 0) difference = -difference;
      distance[index.language[p]] += difference - MAX_DIFFERENCE;
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
