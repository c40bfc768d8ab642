// Name mentions: capitalised words that behave as proper nouns.
// A mention is one capitalised word, its possessive stripped ("Pashinyan's" → "Pashinyan"). Hyphenated
// compounds are split at each capitalised part ("Nagorno-Karabakh" → "Nagorno", "Karabakh"), while
// lower-case parts stay with the part before them ("Jong-un"). The first word of a sentence is a mention
// only when it is not an ordinary English word ("There" is not, "Pashinian" is). Capitalised words next
// to each other form a run ("Prime Minister Nikol Pashinyan"); each mention knows the word before it in
// its run, which is the context the name rules use (given names, titles), and whether a hyphen or a
// space joins it to that word (the rule compares "Abu-Dhabi" and "Abu Dhabi" as one two-word name).
// The text is scanned once: past a sentence's first word, stretches of lower-case ASCII words are skipped
// by one regular expression (INTERESTING), and the rest is read by character codes (no slice for
// lower-case words). Only a token that starts with a capital (or holds a hyphen) costs more than its
// scan, and only a sentence-initial one asks the dictionary.
import type {TextLayer} from './layer.js';
import {isOrdinaryRange} from './english-words.js';
import {L, M, LU, LL, D, classOf, codePointAt} from './chars.js';

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
  /** Whether it is written all in capitals ("NATO", a shouting headline). */
  allCaps: boolean;
  /** Index of its run of adjacent capitalised words (same number = same run). */
  run: number;
  /** The capitalised word just before it in its run, if any ("Nikol" before "Pashinyan"). */
  before?: string;
  /** Whether a hyphen joins it to the word before ("Abu-Dhabi"), not a space ("Abu Dhabi"). */
  hyphenated: boolean;
}

const APOS = 39; // '
const RSQUO = 0x2019; // ’
const HYPHEN = 45; // -
const HYPHEN2 = 0x2010; // ‐
const WORDISH = L | M | D;

// What may start or continue a token that matters (see the skip in `findNameMentions`): anything but
// lower-case ASCII letters and ASCII characters that are not word characters nor separators.
const INTERESTING = /[0-9A-Z'\-\u0080-\uffff]/g;

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isSeparator(c: number): boolean {
  return c === APOS || c === RSQUO || c === HYPHEN || c === HYPHEN2;
}

/** What may separate two words of one run: spaces or tabs with at most one line break. */
function isRunGap(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    if (c === 10 && breaks === 0) {
      breaks++;
      continue;
    }
    return false;
  }
  return true;
}

/** Whether `text[start, end)` starts with an upper-case letter. */
function upperStart(text: string, start: number, end: number): boolean {
  return start < end && (classOf(codePointAt(text, start, end)) & LU) !== 0;
}

function hasLower(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; ) {
    const cp = codePointAt(text, i, end);
    if (classOf(cp) & LL) return true;
    i += cp > 0xffff ? 2 : 1;
  }
  return false;
}

export function findNameMentions(layer: TextLayer): NameMention[] {
  const out: NameMention[] = [];
  const text = layer.text;
  let run = -1;
  // Parts of a hyphenated word: [start, end) pairs, the first `used` entries (the array is reused: setting
  // its length to empty it is a runtime call per token).
  const parts: number[] = [];
  let used = 0;
  for (const s of layer.sentences) {
    const end = s.end;
    let first = true;
    let prev: NameMention | undefined;
    let prevEnd = -1;
    let i = s.start;
    while (i < end) {
      if (!first) {
        // Past the sentence's first word, what only holds lower-case ASCII words and ASCII spaces and
        // punctuation is skipped by a regular expression (native code) up to the next character that
        // may start or extend a mention (a capital, digit, apostrophe, hyphen, non-ASCII character),
        // then back to the start of its word. A lower-case word only ends a run (`prev`), and a run
        // does not join across one anyway (`isRunGap`).
        INTERESTING.lastIndex = i;
        let stop = INTERESTING.test(text) ? INTERESTING.lastIndex - 1 : text.length;
        if (stop >= end) break;
        while (stop > i && isAsciiLower(text.charCodeAt(stop - 1))) stop--;
        i = stop;
      }
      // A token: [\p{L}\p{M}\d]+(?:['’\-‐][\p{L}\p{M}\d]+)*['’]?
      let cp = codePointAt(text, i, end);
      let k = classOf(cp);
      if (!(k & WORDISH)) {
        i += cp > 0xffff ? 2 : 1;
        continue;
      }
      const tokenStart = i;
      const upper = (k & LU) !== 0;
      let hyphen = false;
      let digit = false;
      let glued = false;
      let lowerRun = 0;
      for (;;) {
        // One run of word characters.
        while (i < end) {
          cp = codePointAt(text, i, end);
          k = classOf(cp);
          if (!(k & WORDISH)) break;
          if (k & D) digit = true;
          if (k & LL) lowerRun++;
          else {
            if (k & LU && lowerRun >= 3) glued = true;
            lowerRun = 0;
          }
          i += cp > 0xffff ? 2 : 1;
        }
        if (i + 1 < end) {
          const c = text.charCodeAt(i);
          if (isSeparator(c) && classOf(codePointAt(text, i + 1, end)) & WORDISH) {
            if (c === HYPHEN || c === HYPHEN2) hyphen = true;
            lowerRun = 0;
            i++;
            continue;
          }
        }
        break;
      }
      let tokenEnd = i;
      if (i < end) {
        const c = text.charCodeAt(i);
        if (c === APOS || c === RSQUO) tokenEnd = ++i;
      }
      const initial = first;
      first = false;
      if (!upper && !hyphen) {
        prev = undefined;
        continue;
      }
      if (digit || glued) {
        prev = undefined;
        continue;
      }
      // Possessive: 's, ’s or a bare apostrophe at the end.
      let wordEnd = tokenEnd;
      const last = text.charCodeAt(tokenEnd - 1);
      if (last === APOS || last === RSQUO) wordEnd = tokenEnd - 1;
      else if (last === 115 && tokenEnd - tokenStart >= 2) {
        const before = text.charCodeAt(tokenEnd - 2);
        if (before === APOS || before === RSQUO) wordEnd = tokenEnd - 2;
      }
      const possessive = wordEnd !== tokenEnd;
      // Split at hyphens: capitalised parts start a mention, lower-case parts join the one before.
      used = 0;
      if (hyphen) {
        let from = tokenStart;
        for (let j = tokenStart; j <= wordEnd; j++) {
          const c = j < wordEnd ? text.charCodeAt(j) : HYPHEN;
          if (c !== HYPHEN && c !== HYPHEN2) continue;
          if (used === 0 || upperStart(text, from, j)) {
            parts[used++] = from;
            parts[used++] = j;
          } else parts[used - 1] = j;
          from = j + 1;
        }
      } else {
        parts[used++] = tokenStart;
        parts[used++] = wordEnd;
      }
      const count = used / 2;
      for (let p = 0; p < count; p++) {
        const start = parts[2 * p];
        const stop = parts[2 * p + 1];
        const firstPart = p === 0;
        if (!upperStart(text, start, stop)) {
          prev = undefined;
          continue;
        }
        const sentenceInitial = initial && firstPart;
        if (sentenceInitial && isOrdinaryRange(text, start, stop)) {
          prev = undefined;
          continue;
        }
        const joined = prev !== undefined && (!firstPart || isRunGap(text, prevEnd, start));
        if (!joined) run++;
        const mention: NameMention = {
          start,
          end: stop,
          text: text.slice(start, stop),
          sentenceInitial,
          sentence: s.index,
          possessive: possessive && p === count - 1,
          allCaps: !hasLower(text, start, stop),
          run,
          before: joined ? prev!.text : undefined,
          hyphenated: joined && !firstPart,
        };
        out.push(mention);
        prev = mention;
        prevEnd = stop;
      }
      if (possessive) prev = undefined;
    }
  }
  return out;
}
