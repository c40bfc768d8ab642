// Per-line features for the learned residue classifier (src/learn/residue-model.ts, rules/no-boilerplate.ts).
// A line is described by its shape (length, stop words, punctuation, capitals, digits, dates, URLs, handles,
// separators), by the hand classification of src/text/residue.ts (its kind, its evidence, the line's role)
// taken as evidence rather than a verdict, and by its context: the neighbours' shape and verdicts, its place
// in the article, the run of short lines it stands in. Shape features come from one walk over the line's
// characters and one split into words; no regex runs per word.
//
// The list of names below is the model's contract: rules/data/residue-model.json stores it, and a test
// checks that the shipped model was trained on the same list in the same order.
import {evidenceCode} from '../text/residue-evidence.js';
import type {TextLayer, LineClass} from '../text/layer.js';
import {MONTHS} from '../text/figure-counts.js';
import {AsciiWords} from '../text/ascii-words.js';

/** Features of a line on its own. */
export const OWN_FEATURES = [
  'words', 'chars', 'stopShare', 'terminal', 'endsColon', 'endsComma', 'titleShare', 'capsShare', 'lowerStart',
  'digitShare', 'year', 'clock', 'month', 'weekday', 'url', 'handle', 'email', 'separators', 'pipes',
  'byStart', 'punctShare', 'brackets', 'quotes', 'avgWordLength', 'captionCue', 'shareCue', 'navCue', 'contactCue',
  'handKind', 'handFixable', 'handEvidence', 'role',
] as const;
/** Own features also given for the previous and next non-blank line. */
const NEIGHBOUR_FEATURES = ['words', 'chars', 'stopShare', 'terminal', 'titleShare', 'digitShare', 'handKind', 'role', 'url', 'captionCue'] as const;
/** Features of the line's place and surroundings. */
const CONTEXT_FEATURES = [
  'relPos', 'fromTop', 'fromBottom', 'beforeProse', 'afterProse', 'shortRun', 'blankBefore', 'blankAfter',
  'articleLines', 'proseShare', 'prevProseDist', 'nextProseDist', 'handShare', 'handNear',
  'beforeLong', 'afterLong', 'longDist', 'windowWords', 'windowShort', 'windowTerminal', 'prev2.words', 'next2.words', 'indented',
] as const;

export const FEATURES: readonly string[] = [
  ...OWN_FEATURES,
  ...NEIGHBOUR_FEATURES.map((f) => `prev.${f}`),
  ...NEIGHBOUR_FEATURES.map((f) => `next.${f}`),
  ...CONTEXT_FEATURES,
];
const N_OWN = OWN_FEATURES.length;
const OWN_INDEX = new Map<string, number>(OWN_FEATURES.map((f, i) => [f, i]));
const NEIGHBOUR_INDEX = NEIGHBOUR_FEATURES.map((f) => OWN_INDEX.get(f)!);
export const N_FEATURES = FEATURES.length;
/** The column of a named feature. */
export function featureIndex(name: string): number {
  const i = FEATURES.indexOf(name);
  if (i < 0) throw new Error(`unknown residue feature ${name}`);
  return i;
}

/** Function words of English (written for corpuslint from general knowledge). */
const STOP = new Set(('a an the and or but nor so yet of in on at to for from by with without about above after before ' +
  'between into through during over under up down out off again further then once here there when where why how all any ' +
  'both each few more most other some such no not only own same than too very can will just should now is are was were ' +
  'be been being have has had having do does did doing would could might must shall may i me my we our you your he him ' +
  'his she her it its they them their what which who whom this that these those am as if because until while also said ' +
  'says one two its it\'s that\'s there\'s who\'s').split(' '));
/** Cue words by kind (written for corpuslint from general knowledge of web page furniture). */
const CAPTION_CUES = new Set('photo photos photograph image images picture pictures credit credits getty courtesy file afp reuters ap epa shutterstock istock caption video gallery illustration'.split(' '));
const SHARE_CUES = new Set('share facebook twitter tweet pinterest linkedin whatsapp reddit email print subscribe newsletter follow followers likes comments comment sign login register'.split(' '));
const NAV_CUES = new Set('next previous prev page home menu more read related recommended trending popular latest top stories advertisement sponsored back skip tags topics'.split(' '));
const CONTACT_CUES = new Set('reached contact contacted writer editor reporter correspondent staff author columnist follow'.split(' '));
const WEEKDAYS = new Set('mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday today yesterday'.split(' '));

/** Which of the word lists above (and MONTHS) a lower-cased word is in, as bits: one lookup per word, not seven. */
const C_STOP = 1, C_MONTH = 2, C_WEEKDAY = 4, C_CAPTION = 8, C_SHARE = 16, C_NAV = 32, C_CONTACT = 64,
  /** A byline's first word (by, von, par, por); a clock's am or pm. */
  C_BY = 128, C_MERIDIEM = 256;
const BY_WORDS = new Set(['by', 'von', 'par', 'por']);
const MERIDIEM = new Set(['am', 'pm', 'a.m', 'p.m']);
const CUE_WORDS = new Map<string, number>();
for (const [words, bit] of [[STOP, C_STOP], [MONTHS, C_MONTH], [WEEKDAYS, C_WEEKDAY], [CAPTION_CUES, C_CAPTION], [SHARE_CUES, C_SHARE], [NAV_CUES, C_NAV], [CONTACT_CUES, C_CONTACT], [BY_WORDS, C_BY], [MERIDIEM, C_MERIDIEM]] as const) {
  for (const w of words) CUE_WORDS.set(w, (CUE_WORDS.get(w) ?? 0) | bit);
}
/** The ASCII words of CUE_WORDS, looked up in place. */
const CUE_TABLE = new AsciiWords([...CUE_WORDS].filter(([w]) => /^[\x00-\x7f]*$/.test(w)));

const KIND_CODES: Record<string, number> = {
  navigation: 1, advertisement: 2, share: 3, comments: 4, caption: 5, byline: 6, placeholder: 7, embed: 8,
  cookie: 9, related: 10, repeated: 11, custom: 12,
};
const ROLE_CODES: Record<string, number> = {prose: 1, heading: 2, short: 3};

/**
 * Hand kinds whose verdict is evidence for the model, not a verdict: the model decides the line. That a line
 * occurs twice in the article says nothing of what it is: a widget shown at the top and the bottom, but also
 * a passage the extractor emitted twice, or a list whose items come back as subheadings. The line's shape and
 * neighbourhood must decide (the kind stays in the line's features).
 */
const REVIEWED_CODES = new Set([KIND_CODES.repeated]);
/** Whether a line's hand verdict stands on its own (a kind, and not one the model reviews). */
export function handStands(cls: LineClass | undefined): boolean {
  return Boolean(cls?.kind) && !REVIEWED_CODES.has(KIND_CODES[cls!.kind!] ?? 12);
}
/** handStands on a feature row's handKind code. */
export function handCodeStands(code: number): boolean {
  return code > 0 && !REVIEWED_CODES.has(code);
}
const isUpper = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isLower = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9 || c === 160 || c === 0x2009 || c === 0x202f;
/** | / › • · » « ‹ – — and the box-drawing bar. */
const isSeparator = (c: number) => c === 124 || c === 47 || c === 0x203a || c === 0x2022 || c === 0xb7 || c === 0xbb || c === 0xab || c === 0x2039 || c === 0x2013 || c === 0x2014 || c === 0x2502;
/** Punctuation or a symbol at a word's edge: ASCII/Latin non-letters, and general punctuation, arrows, dingbats. */
const isEdgeMark = (c: number) => (!isUpper(c) && !isLower(c) && !isDigit(c) && c < 0x250) || (c >= 0x2000 && c < 0x2c00);
const isSentenceEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026;
const isCloser = (c: number) => c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93;

/** Own features of one trimmed line into out[at..at+N_OWN). */
export function ownFeatures(t: string, cls: LineClass | undefined, out: Float64Array, at: number): void {
  const n = t.length;
  let digits = 0;
  let punct = 0;
  let seps = 0;
  let pipes = 0;
  let quotes = 0;
  let brackets = 0;
  let clock = 0;
  let url = 0;
  let email = 0;
  let handle = 0;
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (isDigit(c)) {
      digits++;
      if (i + 3 < n + 1 && (t.charCodeAt(i + 1) === 58) && isDigit(t.charCodeAt(i + 2))) clock = 1;
    } else if (c === 64) {
      // @: a handle when a word character follows and none precedes; an e-mail address otherwise
      const before = i > 0 ? t.charCodeAt(i - 1) : 32;
      const after = i + 1 < n ? t.charCodeAt(i + 1) : 32;
      if (isUpper(after) || isLower(after) || isDigit(after) || after === 95) {
        if (isUpper(before) || isLower(before) || isDigit(before) || before === 46 || before === 95) email = 1;
        else handle = 1;
      }
      punct++;
    } else if (c === 58 && i + 2 < n && t.charCodeAt(i + 1) === 47 && t.charCodeAt(i + 2) === 47) {
      // (i + 2 < n: a read past the end is NaN, the same answer, but deoptimises the compiled function.)
      url = 1;
      punct++;
    } else if (!isUpper(c) && !isLower(c) && !isSpace(c) && c < 0x250 ) {
      punct++;
      if (isSeparator(c)) seps++;
      if (c === 124) pipes++;
      if (c === 34 || c === 39) quotes++;
      if (c === 40 || c === 41 || c === 91 || c === 93) brackets++;
    } else if (c >= 0x2000) {
      if (isSeparator(c)) { seps++; punct++; }
      if (c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019) quotes++;
    }
  }
  if (!url && (t.includes('www.') || t.includes('.com'))) url = 1;
  // words
  let words = 0;
  let stop = 0;
  let title = 0;
  let caps = 0;
  let letters = 0;
  let year = 0;
  let month = 0;
  let weekday = 0;
  let byStart = 0;
  let caption = 0;
  let share = 0;
  let nav = 0;
  let contact = 0;
  for (let i = 0; i < n; ) {
    while (i < n && isSpace(t.charCodeAt(i))) i++;
    if (i >= n) break;
    let j = i;
    while (j < n && !isSpace(t.charCodeAt(j))) j++;
    // strip edge punctuation
    let a = i;
    let b = j;
    while (a < b && isEdgeMark(t.charCodeAt(a))) a++;
    while (b > a && isEdgeMark(t.charCodeAt(b - 1))) b--;
    if (b > a) {
      words++;
      letters += b - a;
      const c0 = t.charCodeAt(a);
      // An ASCII word is read in place (see AsciiWords); another is sliced and lower-cased as before.
      let ascii = true;
      let lowerLetter = false;
      for (let k = a; k < b; k++) {
        const c = t.charCodeAt(k);
        if (c >= 128) { ascii = false; break; }
        if (c >= 97 && c <= 122) lowerLetter = true;
      }
      let cues: number;
      if (ascii) {
        cues = CUE_TABLE.get(t, a, b);
        // `w === w.toUpperCase() && lw !== w`: no lower-case letter, and a capital (c0 is one here)
        if (isUpper(c0)) {
          title++;
          if (b - a >= 2 && !lowerLetter) caps++;
        }
      } else {
        const w = t.slice(a, b);
        const lw = w.toLowerCase();
        cues = CUE_WORDS.get(lw) ?? 0;
        if (isUpper(c0)) {
          title++;
          if (b - a >= 2 && w === w.toUpperCase() && lw !== w) caps++;
        }
      }
      if (cues & C_STOP) stop++;
      // (no character lower-cases to a digit: the word itself starts with 19 or 20)
      if (b - a === 4 && ((c0 === 49 && t.charCodeAt(a + 1) === 57) || (c0 === 50 && t.charCodeAt(a + 1) === 48)) && isDigit(t.charCodeAt(a + 2)) && isDigit(t.charCodeAt(a + 3))) year = 1;
      if (cues & C_MONTH) month = 1;
      if (cues & C_WEEKDAY) weekday = 1;
      if (words === 1 && cues & C_BY) byStart = 1;
      if (cues & C_CAPTION) caption++;
      if (cues & C_SHARE) share++;
      if (cues & C_NAV) nav++;
      if (cues & C_CONTACT) contact++;
      if (cues & C_MERIDIEM && words > 1) clock = 1;
    }
    i = j;
  }
  let e = n - 1;
  while (e >= 0 && isCloser(t.charCodeAt(e))) e--;
  const last = n > 0 ? t.charCodeAt(n - 1) : 0;
  const first = n > 0 ? t.charCodeAt(0) : 0;
  const o = out;
  o[at + 0] = Math.min(words, 80);
  o[at + 1] = Math.min(n, 600);
  o[at + 2] = words ? stop / words : 0;
  o[at + 3] = e >= 0 && isSentenceEnd(t.charCodeAt(e)) ? 1 : 0;
  o[at + 4] = last === 58 ? 1 : 0;
  o[at + 5] = last === 44 ? 1 : 0;
  o[at + 6] = words ? title / words : 0;
  o[at + 7] = words ? caps / words : 0;
  o[at + 8] = isLower(first) ? 1 : 0;
  o[at + 9] = n ? digits / n : 0;
  o[at + 10] = year;
  o[at + 11] = clock;
  o[at + 12] = month;
  o[at + 13] = weekday;
  o[at + 14] = url;
  o[at + 15] = handle;
  o[at + 16] = email;
  o[at + 17] = Math.min(seps, 20);
  o[at + 18] = Math.min(pipes, 20);
  o[at + 19] = byStart;
  o[at + 20] = n ? punct / n : 0;
  o[at + 21] = Math.min(brackets, 10);
  o[at + 22] = Math.min(quotes, 10);
  o[at + 23] = words ? letters / words : 0;
  o[at + 24] = Math.min(caption, 5);
  o[at + 25] = Math.min(share, 5);
  o[at + 26] = Math.min(nav, 5);
  o[at + 27] = Math.min(contact, 5);
  o[at + 28] = cls?.kind ? KIND_CODES[cls.kind] ?? 12 : 0;
  o[at + 29] = cls?.kind && cls.fixable ? 1 : 0;
  o[at + 30] = cls?.kind ? evidenceCode(cls.evidence) : 0;
  o[at + 31] = cls?.role ? ROLE_CODES[cls.role] : 0;
}

/**
 * The feature rows of a layer's lines: a flat array, N_FEATURES per line, in line order; blank lines (and,
 * in Markdown, lines that are not prose: they read as blank) have a row of zeros and are never judged.
 */
export function lineFeatures(layer: TextLayer, classes: LineClass[] = layer.lineClasses): Float64Array {
  const lines = layer.lines;
  const n = lines.length;
  const own = new Float64Array(n * N_OWN);
  const out = new Float64Array(n * N_FEATURES);
  const idx: number[] = [];
  for (let i = 0; i < n; i++) {
    if (lines[i].blank) continue;
    idx.push(i);
    ownFeatures(lines[i].text.trim(), classes[i], own, i * N_OWN);
  }
  const m = idx.length;
  if (m === 0) return out;
  const isProse = (i: number) => classes[i]?.role === 'prose' && !classes[i].kind;
  let firstProse = -1;
  let lastProse = -1;
  let proseCount = 0;
  let handCount = 0;
  const handPrefix = new Int32Array(m + 1);
  for (let k = 0; k < m; k++) {
    const hand = classes[idx[k]]?.kind ? 1 : 0;
    handCount += hand;
    handPrefix[k + 1] = handPrefix[k] + hand;
    if (isProse(idx[k])) {
      proseCount++;
      if (firstProse < 0) firstProse = k;
      lastProse = k;
    }
  }
  // run of short lines (few words, no sentence end) around each line; distance to prose above and below
  const shortRun = new Int32Array(m);
  const isShortK = (k: number) => own[idx[k] * N_OWN] <= 8 && own[idx[k] * N_OWN + 3] === 0;
  for (let k = 0; k < m; ) {
    if (!isShortK(k)) { k++; continue; }
    let j = k;
    while (j < m && isShortK(j)) j++;
    for (let q = k; q < j; q++) shortRun[q] = j - k;
    k = j;
  }
  const prevProse = new Int32Array(m);
  const nextProse = new Int32Array(m);
  for (let k = 0, last = -1; k < m; k++) { prevProse[k] = last < 0 ? 50 : Math.min(50, k - last); if (isProse(idx[k])) last = k; }
  for (let k = m - 1, last = -1; k >= 0; k--) { nextProse[k] = last < 0 ? 50 : Math.min(50, last - k); if (isProse(idx[k])) last = k; }
  // long paragraphs (20 words or more, not flagged by the hand rules) bound the article's body
  const isLong = (k: number) => own[idx[k] * N_OWN] >= 20 && !classes[idx[k]]?.kind;
  let firstLong = -1;
  let lastLong = -1;
  for (let k = 0; k < m; k++) if (isLong(k)) { if (firstLong < 0) firstLong = k; lastLong = k; }
  const longDist = new Int32Array(m).fill(50);
  for (let k = 0, last = -1; k < m; k++) { if (isLong(k)) last = k; if (last >= 0) longDist[k] = Math.min(50, k - last); }
  for (let k = m - 1, last = -1; k >= 0; k--) { if (isLong(k)) last = k; if (last >= 0) longDist[k] = Math.min(longDist[k], last - k); }
  // words, short lines and sentence ends in the 3 non-blank lines either side (prefix sums)
  const wordsPrefix = new Float64Array(m + 1);
  const shortPrefix = new Int32Array(m + 1);
  const termPrefix = new Int32Array(m + 1);
  for (let k = 0; k < m; k++) {
    wordsPrefix[k + 1] = wordsPrefix[k] + own[idx[k] * N_OWN];
    shortPrefix[k + 1] = shortPrefix[k] + (isShortK(k) ? 1 : 0);
    termPrefix[k + 1] = termPrefix[k] + own[idx[k] * N_OWN + 3];
  }
  const NB = NEIGHBOUR_FEATURES.length;
  for (let k = 0; k < m; k++) {
    const i = idx[k];
    const row = i * N_FEATURES;
    for (let f = 0; f < N_OWN; f++) out[row + f] = own[i * N_OWN + f];
    const p = k > 0 ? idx[k - 1] : -1;
    const q = k + 1 < m ? idx[k + 1] : -1;
    for (let f = 0; f < NB; f++) {
      out[row + N_OWN + f] = p >= 0 ? own[p * N_OWN + NEIGHBOUR_INDEX[f]] : -1;
      out[row + N_OWN + NB + f] = q >= 0 ? own[q * N_OWN + NEIGHBOUR_INDEX[f]] : -1;
    }
    const c = row + N_OWN + 2 * NB;
    out[c + 0] = m > 1 ? k / (m - 1) : 0;
    out[c + 1] = Math.min(k, 30);
    out[c + 2] = Math.min(m - 1 - k, 30);
    out[c + 3] = firstProse < 0 || k < firstProse ? 1 : 0;
    out[c + 4] = lastProse < 0 || k > lastProse ? 1 : 0;
    out[c + 5] = Math.min(shortRun[k], 30);
    out[c + 6] = i > 0 && lines[i - 1].blank ? 1 : 0;
    out[c + 7] = i + 1 < n && lines[i + 1].blank ? 1 : 0;
    out[c + 8] = Math.min(m, 300);
    out[c + 9] = proseCount / m;
    out[c + 10] = prevProse[k];
    out[c + 11] = nextProse[k];
    out[c + 12] = handCount / m;
    // residue flagged by the hand rules among the 3 non-blank lines either side (the line itself left out)
    out[c + 13] = handPrefix[Math.min(m, k + 4)] - handPrefix[Math.max(0, k - 3)] - (classes[i]?.kind ? 1 : 0);
    const lo = Math.max(0, k - 3);
    const hi = Math.min(m, k + 4);
    const others = hi - lo - 1;
    out[c + 14] = firstLong < 0 || k < firstLong ? 1 : 0;
    out[c + 15] = lastLong < 0 || k > lastLong ? 1 : 0;
    out[c + 16] = longDist[k];
    out[c + 17] = others > 0 ? (wordsPrefix[hi] - wordsPrefix[lo] - own[i * N_OWN]) / others : -1;
    out[c + 18] = others > 0 ? (shortPrefix[hi] - shortPrefix[lo] - (isShortK(k) ? 1 : 0)) / others : -1;
    out[c + 19] = others > 0 ? (termPrefix[hi] - termPrefix[lo] - own[i * N_OWN + 3]) / others : -1;
    out[c + 20] = k > 1 ? own[idx[k - 2] * N_OWN] : -1;
    out[c + 21] = k + 2 < m ? own[idx[k + 2] * N_OWN] : -1;
    out[c + 22] = isSpace(lines[i].text.charCodeAt(0)) ? 1 : 0;
  }
  return out;
}

// ownFeatures' separator path runs here at load, with a year, a date and a handle, so that it is optimised with
// them (docs/performance.md, 'Why some code is written as it is').
{
  const out = new Float64Array(N_OWN);
  for (let k = 0; k < 8; k++) ownFeatures('Home | News | Sport | 12 May 2024, 1999 @bbc', undefined, out, 0);
}
