// Whether a name mention stands in another language's text: a sentence whose first lower-case words are
// mostly not English ("Banco do Brasil" aside, which a Romance particle gives away). A spelling used there
// keeps that language's form, so the name rule does not ask it to follow the English one.
import {L, LL, classOf, codePointAt} from './chars.js';
import {isOrdinaryRange, isOrdinaryWord} from './english-words.js';
import {AsciiWords} from './ascii-words.js';
import {FUNCTION_WORDS} from './language.js';
import type {TextLayer, NameMention} from './layer.js';

// Lower-case words of a sentence sampled to tell English from another language.
const SAMPLE = 8;
// A name inside another language's name: a capitalised word, a Romance particle, then the mention
// ("Banco do Brasil", "Societe de ..."). Such a mention keeps that language's spelling.
const FOREIGN_PARTICLE = /\p{Lu}\p{L}+[ \t]+(?:de|do|da|dos|das|del|della|di|du|des)[ \t]+$/u;

const APOS = 39;
const RSQUO = 0x2019;
let common: AsciiWords | undefined;
/**
 * English's most frequent words that the dictionary has (so `isOrdinaryRange` says yes to them): most of
 * the words sampled are among them, and a small table answers without a lookup in the dictionary's large
 * one (which misses the processor's caches). Built on first use, when the dictionary is needed anyway.
 */
function commonWords(): AsciiWords {
  return (common ??= new AsciiWords([...FUNCTION_WORDS, ...BE_AND_DO].filter((w) => isOrdinaryWord(w)).map((w) => [w, 1] as const)));
}
const BE_AND_DO = ['a', 'an', 'in', 'on', 'at', 'by', 'is', 'are', 'was', 'be', 'it', 'as', 'he', 'she', 'we', 'will', 'can', 'do', 'does', 'did', 'or', 'if', 'so', 'no', 'up', 'out', 'all', 'one', 'new', 'people', 'year', 'years', 'first', 'last', 'time', 'says'];

/** 1: a lower-case letter, 2: another letter, 0: not a letter. */
function letterOf(cp: number): number {
  const k = classOf(cp);
  return k & LL ? 1 : k & L ? 2 : 0;
}

/**
 * Whether a sentence (`text[start, end)`) is in another language: most of its first lower-case words
 * (a lower-case letter not after a letter or apostrophe, then lower-case letters and apostrophes) are
 * not English words. Scanned by character codes; each word is looked up without a slice.
 */
function isForeign(text: string, start: number, end: number): boolean {
  let seen = 0;
  let english = 0;
  let blocked = false;
  let i = start;
  while (i < end) {
    const cp = codePointAt(text, i, end);
    const size = cp > 0xffff ? 2 : 1;
    const k = letterOf(cp);
    if (k === 1 && !blocked) {
      let j = i + size;
      let length = 1;
      while (j < end) {
        const c = codePointAt(text, j, end);
        if (c !== APOS && c !== RSQUO && letterOf(c) !== 1) break;
        j += c > 0xffff ? 2 : 1;
        length++;
      }
      if (length >= 2) {
        seen++;
        // Half the sample English already decides (at most SAMPLE words are seen): not another language.
        if ((commonWords().get(text, i, j) !== 0 || isOrdinaryRange(text, i, j)) && ++english * 2 >= SAMPLE) return false;
        if (seen >= SAMPLE) break;
        i = j;
        blocked = true;
        continue;
      }
    }
    blocked = k !== 0 || cp === APOS || cp === RSQUO;
    i += size;
  }
  return seen >= 1 && english * 2 < seen;
}

/** Whether the text before a mention may end in a Romance particle (the cheap test before FOREIGN_PARTICLE). */
function mayFollowParticle(text: string, start: number): boolean {
  // (a mention at the text's start has nothing before it; charCodeAt(-1) would deoptimise the caller)
  if (start <= 0) return false;
  let i = start - 1;
  const c = text.charCodeAt(i);
  if (c !== 32 && c !== 9) return false;
  while (i > 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  const last = text.charCodeAt(i);
  // The last letters of de, do, da, dos, das, del, della, di, du, des.
  return last === 101 || last === 111 || last === 97 || last === 115 || last === 108 || last === 105 || last === 117;
}

/**
 * Whether mention m stands in another language: its sentence is not English (asked once per sentence,
 * the answer kept in `foreign`: 0 not yet asked, 1 English, 2 another language), or it follows a Romance
 * particle inside a name ("Banco do Brasil").
 */
export function inForeignText(layer: TextLayer, foreign: Uint8Array, m: NameMention): boolean {
  let f = foreign[m.sentence];
  if (f === 0) {
    const sentence = layer.sentences[m.sentence];
    foreign[m.sentence] = f = isForeign(layer.text, sentence.start, sentence.end) ? 2 : 1;
  }
  return f === 2 || (!m.before && mayFollowParticle(layer.text, m.start) && FOREIGN_PARTICLE.test(layer.text.slice(Math.max(0, m.start - 40), m.start)));
}
