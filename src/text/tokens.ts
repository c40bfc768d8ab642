// The token view: the words and punctuation marks of a sentence with their offsets, lower case, and
// their memberships in the attribution word lists (one lookup per token, not one per list). Built once
// per sentence by the text layer (`layer.sentenceTokens`) and read by every analysis that works on words.
import {ASCII, isWhiteSpace} from './chars.js';
import {
  VERB_FORMS, PASSIVE_PARTICIPLES, REPORTING_NOUNS, ROLE_NOUNS, PRONOUNS, VAGUE_SOURCES, ANONYMOUS_HEADS, TRIGGERS,
  GROUP_NOUNS, PARTITIVES, ATTITUDE_ADJECTIVES, REPORT_NOUNS, GROUP_STANCE_FORMS, VIEW_IS_HEADS,
} from './lexicons.js';

/**
 * The index of the first item (token, quotation) that starts at `offset` or after it (`items.length` if none).
 * A binary search, since items are in text order: a scan per cue was quadratic on one sentence of 100,000 words.
 */
export function tokenIndexAt(items: ReadonlyArray<{start: number}>, offset: number): number {
  let lo = 0, hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  punct: boolean;
  cap: boolean;
  possessive: boolean;
  /** Lexicon memberships of `lower` (W_* bits). */
  f: number;
  /** The reporting verb's lemma, if `lower` is one of its forms. */
  lemma: string | undefined;
}

/** What a token is (read by hand in `tokenize`, which gives the same tokens). */
export const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}&'’.\-]*[\p{L}\p{N}]|(?<=\d),(?=\d))*(?<=[\p{L}\p{N}])|[,;:"“”‘’«»—–()?!]|(?<=^|[ \t\n\r\u00a0])-{1,3}(?=[ \t\n\r\u00a0]|$)/gu;
const UPPER = /^\p{Lu}/u;
/** Capitalised words that are not names: function words, sentence openers, days, months, titles. */
export const NOT_NAMES = new Set(`a an the this that these those there here it its i we you he she they his her their our my your
and or but nor so yet for of in on at to from by with about after before during since until while when where why how what which who whom whose
if as than then though although because unless despite however meanwhile moreover also still even only just now later earlier today yesterday
tomorrow tonight last next first second new some many most several few all both each every any no not other another such more less much
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
mr mrs ms dr sen rep gov gen lt col sgt prof st jan feb mar apr jun jul aug sep sept oct nov dec yes perhaps indeed instead thus therefore
one two three four five six seven eight nine ten is are was were be been has have had do does did will would can could should might must shall
let lets according over under into through across against among between within without again already always never often sometimes once
rather whether like unlike said says told`.split(/\s+/));
/** Nouns that are a vague source wherever they stand ("critics", "observers", "many"). */
export const ALWAYS_VAGUE = new Set(['critics', 'observers', 'commentators', 'pundits', 'skeptics', 'sceptics', 'detractors', 'naysayers', 'onlookers', 'many', 'some', 'others', 'most', 'everyone', 'everybody', 'somebody', 'someone', 'rumors', 'rumours', 'speculation']);

// Lexicon memberships of a lower-cased word: one lookup per token, not one per list.
export const W_NOT_NAME = 1, W_VAGUE_SOURCE = 2, W_ROLE = 4, W_PRONOUN = 8, W_ALWAYS_VAGUE = 16, W_ANONYMOUS_HEAD = 32,
  W_REPORTING_NOUN = 64, W_PARTICIPLE = 128, W_TRIGGER_VAGUE = 256, W_TRIGGER_FACED = 512, W_TRIGGER_STANCE = 1024,
  W_GROUP = 2048, W_PARTITIVE = 4096, W_ATTITUDE = 8192, W_REPORT_NOUN = 16384, W_GROUP_STANCE = 32768,
  // The words that gate the marker phrases (attribution-cues.ts): a bit per token, not a string compare or
  // a set lookup (which hashes each token's fresh lower-case string) per token of every sentence.
  W_THERE = 65536, W_ACCORDING = 131072, W_VIEW_HEAD = 262144;

interface WordInfo {
  f: number;
  lemma: string | undefined;
}

/** Every word of the lexicons → its memberships (W_* bits) and verb lemma: one small table, one lookup per token. */
const LEXICON = new Map<string, WordInfo>();
{
  const add = (words: Iterable<string>, bit: number) => {
    for (const w of words) {
      const info = LEXICON.get(w);
      if (info) info.f |= bit;
      else LEXICON.set(w, {f: bit, lemma: undefined});
    }
  };
  add(NOT_NAMES, W_NOT_NAME); add(VAGUE_SOURCES, W_VAGUE_SOURCE); add(ROLE_NOUNS, W_ROLE); add(PRONOUNS, W_PRONOUN);
  add(ALWAYS_VAGUE, W_ALWAYS_VAGUE); add(ANONYMOUS_HEADS, W_ANONYMOUS_HEAD); add(REPORTING_NOUNS, W_REPORTING_NOUN);
  add(PASSIVE_PARTICIPLES, W_PARTICIPLE); add(TRIGGERS.vague, W_TRIGGER_VAGUE); add(TRIGGERS.faced, W_TRIGGER_FACED);
  add(TRIGGERS.stance, W_TRIGGER_STANCE); add(GROUP_NOUNS, W_GROUP); add(PARTITIVES, W_PARTITIVE);
  add(ATTITUDE_ADJECTIVES, W_ATTITUDE); add(REPORT_NOUNS, W_REPORT_NOUN); add(GROUP_STANCE_FORMS, W_GROUP_STANCE); add(VERB_FORMS.keys(), 0);
  add(['there'], W_THERE); add(['according'], W_ACCORDING); add(VIEW_IS_HEADS, W_VIEW_HEAD);
  for (const [form, lemma] of VERB_FORMS) LEXICON.get(form)!.lemma = lemma;
}

/**
 * The one-character tokens of the second alternative of TOKEN (never a letter or a digit), by char code:
 * looked up by code, not by `text[i]` (whose string type varies: see docs/performance.md, 'Why some code is written as it is').
 */
const PUNCT_TOKENS = new Map<number, PunctInfo>();
/** A punctuation token's fixed fields, with its lexicon entry looked up once here rather than per token. */
interface PunctInfo {
  text: string;
  lower: string;
  f: number;
  lemma: string | undefined;
}
for (const p of [',', ';', ':', '"', '“', '”', '‘', '’', '«', '»', '—', '–', '(', ')', '?', '!']) {
  const info = LEXICON.get(p);
  PUNCT_TOKENS.set(p.charCodeAt(0), {text: p, lower: p === '’' ? '' : p, f: info ? info.f : 0, lemma: info?.lemma});
}
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
/** The texts of a dash token: an em or en dash (a typewriter's spaced hyphens are read as the em dash). */
export const DASHES: ReadonlySet<string> = new Set(['—', '–']);
/** The dash a typewriter's spaced hyphens stand for. */
const EM_DASH = PUNCT_TOKENS.get(0x2014)!;
/** An ASCII digit: a comma between two of them joins a number ("6,500" is one token). */
const isDigit = (c: number) => c >= 48 && c <= 57;

/** What an ASCII character is to the tokeniser: part of a word, a punctuation token, a joiner inside a word
 * (`&'.-`), or neither (spaces and other symbols). */
const A_OTHER = 0, A_WORD = 1, A_PUNCT = 2, A_JOINER = 3;
const ASCII_KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_KIND[c] = ASCII[c] !== 0 ? A_WORD : PUNCT_TOKENS.has(c) ? A_PUNCT : '&\'.-'.includes(ch) ? A_JOINER : A_OTHER;
}

// The tokeniser reads character codes rather than running TOKEN (same tokens: see `tokenize`).
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** `[\p{L}\p{N}]` for a non-ASCII code unit outside the surrogates: 0 not yet known, 1 yes, 2 no. */
const unitClass = new Uint8Array(0x10000);
const astralClass = new Map<number, boolean>();

/** Whether the code point at i is a letter or digit (a pair cut by `end` is a lone surrogate, as in a
 * slice); its width in code units is left in `width`. */
let width = 1;
function letterOrDigitAt(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  width = 1;
  if (c < 0xd800 || c > 0xdfff) {
    let k = unitClass[c];
    if (k === 0) unitClass[c] = k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    return k === 1;
  }
  const d = c <= 0xdbff && i + 1 < end ? text.charCodeAt(i + 1) : 0;
  if (d < 0xdc00 || d > 0xdfff) return false; // a lone surrogate
  width = 2;
  const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  let yes = astralClass.get(cp);
  if (yes === undefined) astralClass.set(cp, yes = LETTER_OR_DIGIT.test(String.fromCodePoint(cp)));
  return yes;
}

/**
 * The ASCII words of the lexicon by a hash of their characters (no string to hash per token): an
 * open-addressing table of (hash, entry + 1) pairs in one typed array of 32 KB, which stays in the
 * processor's cache. (A 16,384-slot array of entry objects was read once per word token, and that read,
 * a cache miss more often than not in a full run, was the hottest line of the tokeniser.) A word not in the
 * lexicon mostly meets an empty slot at once; its characters are compared only on an equal full hash.
 * An entry's characters, flags and lemma are in arrays of their own (the characters packed in one typed
 * array): a word token that meets the lexicon reads no word string and no WordInfo object, each of which
 * was a cache miss of its own (the lexicon's strings and objects lie wherever the heap put them).
 */
const ASCII_SLOTS = 4096;
const asciiSlots = new Int32Array(2 * ASCII_SLOTS);
const asciiWords: string[] = [];
const asciiFlags: number[] = [];
const asciiLemmas: (string | undefined)[] = [];
/** Entry e's characters are asciiChars[asciiStarts[e], asciiStarts[e + 1]). */
const asciiStarts: number[] = [0];
function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}
for (const [word, info] of LEXICON) {
  if (!/^[\x00-\x7f]*$/.test(word)) continue;
  let h = 0x811c9dc5;
  for (let k = 0; k < word.length; k++) h = hashStep(h, word.charCodeAt(k));
  if (asciiWords.length * 2 >= ASCII_SLOTS) throw new RangeError('the lexicon outgrew its table: raise ASCII_SLOTS');
  let slot = h & (ASCII_SLOTS - 1);
  while (asciiSlots[2 * slot + 1] !== 0) slot = (slot + 1) & (ASCII_SLOTS - 1);
  asciiSlots[2 * slot] = h;
  asciiSlots[2 * slot + 1] = asciiWords.push(word);
  asciiFlags.push(info.f);
  asciiLemmas.push(info.lemma);
  asciiStarts.push(asciiStarts[asciiStarts.length - 1] + word.length);
}
const asciiChars = new Uint8Array(asciiStarts[asciiStarts.length - 1]);
for (let e = 0; e < asciiWords.length; e++) for (let k = 0; k < asciiWords[e].length; k++) asciiChars[asciiStarts[e] + k] = asciiWords[e].charCodeAt(k);
const asciiStartsTable = Int32Array.from(asciiStarts);
const asciiFlagsTable = Int32Array.from(asciiFlags);

/**
 * The tokens of a sentence, as TOKEN reads them: a letter or digit, then letters, digits and `&'’.-` up
 * to the last letter or digit; or one punctuation mark of PUNCT_TOKENS. The fields come from character
 * codes, and an ASCII word meets the lexicon through a hash of its (lower-cased) characters.
 */
export function tokenize(text: string, base: number): Token[] {
  return tokenizeRange(text, 0, text.length, base);
}

/**
 * `tokenize(text.slice(from, to), base)`, read from `text` itself: the text layer passes the file's text
 * and a sentence's range, so the scan reads one flat string (a sentence's text is a slice of the file's,
 * and every character read through a slice goes through one more indirection).
 */
export function tokenizeRange(text: string, from: number, to: number, base: number): Token[] {
  const out: Token[] = [];
  const len = to;
  const shift = base - from;
  let i = from;
  while (i < len) {
    const c0 = text.charCodeAt(i);
    if (c0 < 128) {
      // ASCII, most of the text: one table read says what the character is.
      const kind = ASCII_KIND[c0];
      if (kind !== A_WORD) {
        if (kind === A_PUNCT) out.push(punctToken(PUNCT_TOKENS.get(c0)!, shift + i));
        else if (c0 === 45) {
          // A typewriter dash, " - " or " -- " (BBC and wire copy), is the dash it stands for: spaces or the
          // sentence's ends around a run of hyphens. A hyphen in a word never reaches here.
          let j = i + 1;
          while (j < len && j < i + 3 && text.charCodeAt(j) === 45) j++;
          if ((i === from || isWhiteSpace(text.charCodeAt(i - 1))) && (j === len || isWhiteSpace(text.charCodeAt(j)))) {
            const dash = punctToken(EM_DASH, shift + i);
            dash.end = shift + j;
            out.push(dash);
            i = j;
            continue;
          }
        }
        i++;
        continue;
      }
      width = 1;
    } else if (!letterOrDigitAt(text, i, len)) {
      const t = PUNCT_TOKENS.get(c0);
      if (t !== undefined) out.push(punctToken(t, shift + i));
      i += width;
      continue;
    }
    const astralStart = width === 2;
    let j = i + width;
    let end = j;
    let ascii = c0 < 128;
    while (j < len) {
      const d = text.charCodeAt(j);
      if (d < 128) {
        const kind = ASCII_KIND[d];
        if (kind === A_WORD) end = ++j;
        else if (kind === A_JOINER || (d === 44 && isDigit(text.charCodeAt(j - 1)) && j + 1 < len && isDigit(text.charCodeAt(j + 1)))) j++;
        else break;
      } else if (d === 0x2019) {
        j++;
        ascii = false;
      } else if (letterOrDigitAt(text, j, len)) {
        ascii = false;
        j += width;
        end = j;
      } else break;
    }
    // the token is [i, end); a run of `&'’.-` after its last letter or digit is left to the next search
    // The token's text is sliced only when needed: a lower-case lexicon word takes the lexicon's string.
    let t: string | undefined;
    const n = end - i;
    const last = text.charCodeAt(end - 1);
    // `/['’]s$/i` (and `/s['’]$/`, which a token ending in a letter or digit never matches)
    const possessive = n >= 2 && (last === 115 || last === 83) && isApostrophe(text.charCodeAt(end - 2));
    // core: "'s" and then a trailing apostrophe stripped
    let coreEnd = possessive ? n - 2 : n;
    if (coreEnd > 0 && isApostrophe(text.charCodeAt(i + coreEnd - 1))) coreEnd--;
    let lower: string;
    let f = 0;
    let lemma: string | undefined;
    if (ascii || !NON_ASCII.test((t = text.slice(i, end)))) {
      // The characters are read from `text`, the string the scan read (one string representation for
      // the whole sentence), not from the slice.
      let h = 0x811c9dc5;
      let upper = false;
      for (let k = i; k < i + coreEnd; k++) {
        let c = text.charCodeAt(k);
        if (c >= 65 && c <= 90) { c += 32; upper = true; }
        h = hashStep(h, c);
      }
      let slot = h & (ASCII_SLOTS - 1);
      let entry = asciiSlots[2 * slot + 1];
      while (entry !== 0 && (asciiSlots[2 * slot] !== h || !sameLower(entry - 1, text, i, coreEnd))) {
        slot = (slot + 1) & (ASCII_SLOTS - 1);
        entry = asciiSlots[2 * slot + 1];
      }
      if (entry !== 0) {
        lower = asciiWords[entry - 1]; f = asciiFlagsTable[entry - 1]; lemma = asciiLemmas[entry - 1];
        // the word as written is the entry itself ("the", "said"): no string of its own
        if (!upper && coreEnd === n) t = lower;
      } else {
        t ??= text.slice(i, end);
        const core = coreEnd === n ? t : t.slice(0, coreEnd);
        lower = upper ? core.toLowerCase() : core;
      }
      t ??= text.slice(i, end);
    } else {
      t ??= text.slice(i, end);
      lower = (coreEnd === n ? t : t.slice(0, coreEnd)).toLowerCase();
      const info = LEXICON.get(lower);
      if (info !== undefined) { f = info.f; lemma = info.lemma; }
    }
    // `!/[\p{L}\p{N}]/u.test(t[0])` reads a lone surrogate: an astral letter opens a "punctuation" token
    const cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : UPPER.test(t);
    out.push({text: t, lower, start: shift + i, end: shift + end, punct: astralStart, cap, possessive, f, lemma});
    i = end;
  }
  return out;
}

/** A one-character punctuation token. */
function punctToken(p: PunctInfo, start: number): Token {
  return {text: p.text, lower: p.lower, start, end: start + 1, punct: true, cap: false, possessive: false, f: p.f, lemma: p.lemma};
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Whether ASCII entry e (lower case) equals the n characters of t from `from`, lower-cased. */
function sameLower(e: number, t: string, from: number, n: number): boolean {
  const start = asciiStartsTable[e];
  if (asciiStartsTable[e + 1] - start !== n) return false;
  for (let k = 0; k < n; k++) {
    let c = t.charCodeAt(from + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== asciiChars[start + k]) return false;
  }
  return true;
}

// tokenizeRange's rare paths run here at load, so that it is optimised with them (docs/performance.md, 'Why some code is written as it is').
{
  const warm = 'Officials said the talks would go on -- and they did - as the communiqué, ‘naïve’ or not, didn’t say; 𝐀 it’s 3,000.';
  for (let k = 0; k < 8; k++) tokenize(warm, 0);
}
