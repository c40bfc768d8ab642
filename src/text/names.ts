// Name mentions: capitalised words that behave as proper nouns.
// A mention is one capitalised word, its possessive stripped ("Pashinyan's" → "Pashinyan"). Hyphenated
// compounds are split at each capitalised part ("Nagorno-Karabakh" → "Nagorno", "Karabakh"), while
// lower-case parts stay with the part before them ("Jong-un"). The first word of a sentence is a mention
// only when it is not an ordinary English word ("There" is not, "Pashinian" is). Capitalised words next
// to each other form a run ("Prime Minister Nikol Pashinyan"); each mention knows the word before it in
// its run, which is the context the name rules use (given names, titles).
import type {TextLayer} from './layer.js';
import {isOrdinaryWord} from './english-words.js';

export interface NameMention {
  start: number;
  end: number;
  /** The word as written, possessive stripped. */
  text: string;
  /** Whether it opens a sentence (so its capital says little). */
  sentenceInitial: boolean;
  /** Index of its sentence in `layer.sentences`. */
  sentence: number;
  /** Whether a possessive ('s, ’s, or a bare apostrophe) followed the word. */
  possessive: boolean;
  /** Whether the word is also an ordinary English word ("White", "Police", "Turkey"). */
  ordinary: boolean;
  /** Whether it is written all in capitals ("NATO", a shouting headline). */
  allCaps: boolean;
  /** Index of its run of adjacent capitalised words (same number = same run). */
  run: number;
  /** The capitalised word just before it in its run, if any ("Nikol" before "Pashinyan"). */
  before?: string;
}

// Word tokens: letters with inner apostrophes and hyphens, an optional trailing apostrophe (plural possessive).
const TOKEN = /[\p{L}\p{M}\d]+(?:['’\-‐][\p{L}\p{M}\d]+)*['’]?/gu;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const DIGIT = /\d/;
// A capital after three lower-case letters: words glued together by scraping ("ConflictsArmenia").
const GLUED = /\p{Ll}{3}\p{Lu}/u;
const POSSESSIVE = /(?:['’]s|['’])$/u;
const HYPHEN = /[-‐]/;
// What may separate two words of one run: a single space (or a line break in wrapped text).
const RUN_GAP = /^[ \t]*\n?[ \t]*$/;

export function findNameMentions(layer: TextLayer): NameMention[] {
  const out: NameMention[] = [];
  let run = -1;
  for (const s of layer.sentences) {
    let first = true;
    let prev: NameMention | undefined;
    let prevEnd = -1;
    for (const m of s.text.matchAll(TOKEN)) {
      const token = m[0];
      const tokenStart = s.start + m.index!;
      const initial = first;
      first = false;
      if (!UPPER_START.test(token) && !token.includes('-') && !token.includes('‐')) {
        prev = undefined;
        continue;
      }
      if (DIGIT.test(token) || GLUED.test(token)) {
        prev = undefined;
        continue;
      }
      const possessive = POSSESSIVE.test(token);
      const word = possessive ? token.replace(POSSESSIVE, '') : token;
      // Split at hyphens: capitalised parts start a mention, lower-case parts join the one before.
      const parts: Array<{text: string; start: number}> = [];
      let offset = 0;
      for (const part of word.split(HYPHEN)) {
        if (UPPER_START.test(part) || parts.length === 0) parts.push({text: part, start: tokenStart + offset});
        else parts[parts.length - 1].text += word[offset - 1] + part;
        offset += part.length + 1;
      }
      let partIndex = 0;
      for (const part of parts) {
        const isLast = partIndex === parts.length - 1;
        const firstPart = partIndex === 0;
        partIndex++;
        if (!UPPER_START.test(part.text)) {
          prev = undefined;
          continue;
        }
        const ordinary = isOrdinaryWord(part.text);
        const sentenceInitial = initial && firstPart;
        if (sentenceInitial && ordinary) {
          prev = undefined;
          continue;
        }
        const joined = prev !== undefined && (!firstPart || RUN_GAP.test(layer.text.slice(prevEnd, part.start)));
        if (!joined) run++;
        const mention: NameMention = {
          start: part.start,
          end: part.start + part.text.length,
          text: part.text,
          sentenceInitial,
          sentence: s.index,
          possessive: possessive && isLast,
          ordinary,
          allCaps: !HAS_LOWER.test(part.text),
          run,
        };
        if (joined) mention.before = prev!.text;
        out.push(mention);
        prev = mention;
        prevEnd = mention.end;
      }
      if (possessive) prev = undefined;
    }
  }
  return out;
}
