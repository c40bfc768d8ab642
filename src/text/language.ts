// Which text is English. The claim, quote, casualty and name rules read English (their lexicons, the
// dictionary, the grammar of attribution); on a Korean or Indonesian page they report nonsense (German
// "die" read as a death). The engine skips them on a file that is not English, and drops what they report
// inside a long paragraph that is not (a quoted statement in another language).
//
// Deciding is franc's job (trigram profiles of 187 languages, from the unified family), with two guards
// against calling English news foreign, which costs more than the reverse (it silences every English rule):
// - a fast path: prose where at least one word in ENGLISH_SHARE is one of English's most frequent function
//   words is English, whatever names it carries (names are not function words); franc is not asked;
// - franc decides only on enough prose (MIN_PARAGRAPH characters of Latin script; any length in another script), and only against English when
//   English scores well below the best language (Scots, franc's usual confusion for English, counts as
//   English).
import {francScores} from './franc-scores.js';
import type {TextLayer} from './layer.js';
import {ASCII, L, M, classOf, codePointAt, codePointTest} from './chars.js';
import {AsciiWords} from './ascii-words.js';

/** The most frequent English function words (the head of any English frequency list; none is a common
 * word in the languages franc confuses with English, except where noted it is left out: "die", "in", "a"). */
export const FUNCTION_WORDS = new Set([
  'the', 'and', 'of', 'to', 'that', 'for', 'with', 'said', 'from', 'his', 'her', 'have', 'has', 'were',
  'this', 'they', 'not', 'but', 'would', 'their', 'who', 'which', 'been', 'had', 'after', 'you', 'more',
  'than', 'about', 'into', 'also', 'when', 'there', 'could', 'should', 'what', 'because', 'its', 'our',
  'these', 'those', 'other', 'some', 'such', 'only', 'over', 'then', 'them', 'while', 'where',
]);

const FUNCTION_WORD_TABLE = new AsciiWords([...FUNCTION_WORDS].map((w) => [w, 1] as const));
function isFunctionWord(w: string, first: number): boolean {
  return FUNCTION_WORDS.has(w) || (first < 97 && FUNCTION_WORDS.has(w.toLowerCase()));
}

/** Share of function words from which prose is English without asking franc. */
export const ENGLISH_SHARE = 0.1;
/** A paragraph this long (characters) is judged by franc, and dropped from the English rules when foreign. */
export const MIN_PARAGRAPH = 200;
/** Characters of foreign prose needed before a file is called anything but English (in Latin script; any
 * amount franc could judge in another script, which it reads reliably and which packs more in a character). */
export const MIN_FILE = 100;
/** A file is foreign when English holds less than this share of the prose whose language is known. */
const ENGLISH_FLOOR = 0.3;
/** Characters franc reads at most of one paragraph. */
const SAMPLE = 3000;
/** Latin-script text is judged only when letters make at least this share of its non-space characters:
 * franc reads earnings tables ("Shr 1.58 dlrs vs 77 cts") and lists of figures as French or Dutch. */
const LETTER_SHARE = 0.75;
/** English unless franc ranks another language first and English below this share of its score. */
const ENGLISH_SCORE = 0.95;
const ENGLISH = new Set(['eng', 'sco']);

export interface Language {
  /** ISO 639-3 code of the file's language ('eng' when English or undecided). */
  code: string;
  english: boolean;
  /** Long paragraphs of an English file that are in another language: [start, end, ...] offsets. */
  foreign: number[];
}

const LATIN = /\p{Script=Latin}/u;

interface Words {
  /** Letters in words. */
  letters: number;
  /** Letters outside the Latin script. */
  other: number;
  english: boolean;
}

/** Words read before English's share of function words settles a paragraph as English (most do early). */
const EARLY = 40;

/**
 * Letters, non-Latin letters, and whether English's share of words are its function words. Stops as soon
 * as EARLY words have that share, or as the share holds whatever words follow: English prose costs a few
 * dozen words per paragraph, not its length.
 * A scan by character codes (no regex match per word, no copy of a word longer than a function word).
 */
function words(text: string, start: number, end: number): Words {
  let count = 0;
  let hits = 0;
  let letters = 0;
  let other = 0;
  const n = end;
  let i = start;
  while (i < n) {
    let cp = codePointAt(text, i, n);
    if (!(classOf(cp) & L)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const from = i;
    const first = cp;
    let length = 0;
    let ascii = true;
    let upper = false;
    while (i < n) {
      cp = codePointAt(text, i, n);
      if (cp < 128) {
        // ASCII: letters only go on a word (ASCII[cp] is L for a letter, D for a digit)
        if (!(ASCII[cp] & L)) break;
        if (cp < 97) upper = true;
        length++;
        i++;
        continue;
      }
      if (!(classOf(cp) & (L | M))) break;
      ascii = false;
      length++;
      i += cp > 0xffff ? 2 : 1;
    }
    count++;
    letters += length;
    if (first > 0x24f && !isLatin(first)) other += length;
    else if (length <= 7 && length >= 2) {
      // `FUNCTION_WORDS.has(w) || (first < 97 && FUNCTION_WORDS.has(w.toLowerCase()))` for w = text[from, i):
      // an ASCII word is looked up in place (a capital past the first letter only in a word that opens
      // with one); the rare other word as before.
      const hit = ascii
        ? (!upper || first < 97) && FUNCTION_WORD_TABLE.get(text, from, i) !== 0
        : isFunctionWord(text.slice(from, i), first);
      if (hit) {
        hits++;
        if (count >= EARLY && hits >= ENGLISH_SHARE * count) return {letters, other, english: true};
        // Settled too when the share holds even if every word left were no function word: the character
        // at i starts no word, so at most one word per two characters follows (most paragraphs are shorter
        // than EARLY words and were read to their end for a verdict known before it).
        if (hits >= ENGLISH_SHARE * (count + ((n - i) >> 1))) return {letters, other, english: true};
      }
    }
  }
  return {letters, other, english: count > 0 && hits / count >= ENGLISH_SHARE};
}

const isLatin = codePointTest(LATIN);

// words' non-ASCII paths run here at load, so that it is optimised with them (docs/performance.md, 'Why some code is written as it is').
{
  // (one function word in fourteen: read to the end, where the share is a fraction, as in most paragraphs)
  const warm = 'Café naïve déjà Москва über rapid blue green red fox dog cat the tree';
  for (let k = 0; k < 8; k++) words(warm, 0, warm.length);
}

function nonSpace(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) n++;
  }
  return n;
}

/**
 * The language of one paragraph: 'eng', another ISO 639-3 code, or '' when too short to tell. A paragraph
 * in another script is told at any length (franc reads scripts reliably); Latin-script prose from
 * MIN_PARAGRAPH characters.
 */
export function languageOf(text: string): string {
  return judge(text, 0, text.length).code;
}

/** The language of text[start, end): read by range in the file's text (a slice of it reads every character
 * through one more indirection); only franc gets a string of its own. */
function judge(text: string, start: number, end: number): {code: string; script: boolean} {
  const sampleEnd = Math.min(end, start + SAMPLE);
  const w = words(text, start, sampleEnd);
  const script = w.other * 2 > w.letters;
  if (w.english) return {code: 'eng', script};
  if (w.letters < (script ? 20 : MIN_PARAGRAPH / 2)) return {code: '', script};
  if (!script && (sampleEnd - start < MIN_PARAGRAPH || w.letters < LETTER_SHARE * nonSpace(text, start, sampleEnd))) return {code: '', script};
  const scores = francScores(text.slice(start, sampleEnd), script ? 10 : MIN_PARAGRAPH / 2);
  const [best, top] = scores[0];
  if (best === 'und') return {code: '', script};
  if (ENGLISH.has(best)) return {code: 'eng', script};
  let english = 0;
  for (const [code, score] of scores) if (ENGLISH.has(code) && score > english) english = score;
  return {code: english >= ENGLISH_SCORE * top ? 'eng' : best, script};
}

/**
 * The file's language, from its paragraphs of prose, and its long paragraphs in other languages. Each
 * paragraph of some length is judged alone; the file is foreign only when English holds less than
 * ENGLISH_FLOOR of the prose that could be judged (an English article quoting a long passage in German
 * stays English, with that passage left out of the English rules).
 */
export function detectLanguage(layer: TextLayer): Language {
  const text = layer.text;
  let english = 0;
  const foreignChars = new Map<string, number>();
  const foreign: number[] = [];
  let script = false;
  let foreignSoFar = 0;
  for (const p of layer.paragraphs) {
    const size = p.end - p.start;
    if (size < 20) continue; // menus, headlines and bylines say little about the language
    // Once the rest of the text could no longer outweigh the English seen, only long paragraphs (which
    // may be foreign passages) need judging.
    if (size < MIN_PARAGRAPH && english > 0 && foreignSoFar + text.length - p.start < english * (1 / ENGLISH_FLOOR - 1)) continue;
    const verdict = judge(text, p.start, p.end);
    const code = verdict.code;
    if (code === 'eng') english += p.end - p.start;
    else if (code) {
      foreignSoFar += p.end - p.start;
      if (verdict.script) script = true;
      foreignChars.set(code, (foreignChars.get(code) ?? 0) + p.end - p.start);
      foreign.push(p.start, p.end);
    }
  }
  let total = 0;
  let code = 'eng';
  let most = 0;
  for (const [c, n] of foreignChars) {
    total += n;
    if (n > most) [code, most] = [c, n];
  }
  if ((script || total >= MIN_FILE) && total > 0 && english < ENGLISH_FLOOR * (english + total)) return {code, english: false, foreign: []};
  return {code: 'eng', english: true, foreign};
}
