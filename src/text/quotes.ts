// Direct quotations: straight and curly double quotes, curly single quotes (British style, and nested
// quotes), `''` and ``` `` ``` pairs. One pass over the paragraphs with a stack of open marks; a quote
// still open at the end of a paragraph continues when the next paragraph opens with a quote mark (the
// news convention for quotes that run over several paragraphs), else it ends with its paragraph.
import type {TextLayer} from './layer.js';
import type {Paragraph} from './sentences.js';
import {classifyQuote, type QuoteKind} from './quote-kinds.js';
import {ASCII, D, L, codePointAt, codePointTest, isWhiteSpace} from './chars.js';
import type {QuoteSetting} from './quote-settings.js';

export interface Quote {
  /** Offsets of the opening mark and just past the closing mark (or the paragraph end if unclosed). */
  start: number;
  end: number;
  /** The quoted words, without the outer marks. */
  inner: string;
  words: number;
  /** Paragraph where it opens, and where it ends. */
  paragraph: number;
  lastParagraph: number;
  /** Sentences it opens and ends in. */
  firstSentence: number;
  lastSentence: number;
  /** 0 for a top-level quote, 1 for a quote inside a quote, ... */
  depth: number;
  /** Whether a closing mark was found (false: ended with its paragraph, or where the next quote opened). */
  closed: boolean;
  /** What it is: speech or writing, or a mention (title, name, term, scare quote, slogan, code): quote-kinds.ts. */
  kind: QuoteKind;
  /** Where it stands: the writer's own text, or a quoted message, a reply's echo of it, a signature, a header (quote-settings.ts). */
  setting: QuoteSetting;
}

type Kind = 'double' | 'single';
interface Open {
  kind: Kind;
  straight: boolean;
  at: number;
  paragraph: number;
  /** The last straight quote nested in this straight one that closed: where the outer really closed if it never does (lastStraightInside). */
  lastStraightInside?: {markAt: number; end: number; quote: Quote};
}

const MARKS = /``|''|["“”„«»‘’]/g;
const LETTER = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{\-—–\/:;,“‘"]/;

/**
 * Where every word of the text starts (a word: a run of letters and digits, `[\p{L}\p{N}]+`), read once
 * by character codes on the first quote. A quote's word count is then two binary searches, not a scan of
 * its inner text: nested quotes share their text, and 4,000 nested quotes made the scans quadratic (issue
 * 20). A word never straddles a quote's inner start, which follows a quote mark, so the count is the same
 * as the words of the inner text.
 */
function wordStarts(scan: QuoteScan): number[] {
  return (scan.wordStarts ??= wordStartsIn(scan.text));
}

/** Where each run of letters and digits (`[\p{L}\p{N}]+`, code points) of `text` starts. */
export function wordStartsIn(text: string): number[] {
  const starts: number[] = [];
  const n = text.length;
  let inWord = false;
  for (let i = 0; i < n; ) {
    const cp = codePointAt(text, i, n);
    const word = cp < 128 ? (ASCII[cp] & (L | D)) !== 0 : isLetterOrNumber(cp);
    if (word && !inWord) starts.push(i);
    inWord = word;
    i += cp > 0xffff ? 2 : 1;
  }
  return starts;
}

const isLetterOrNumber = codePointTest(/^[\p{L}\p{N}]$/u);

/** The index of the first value >= x in a sorted array. */
function lowerBound(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A quote up to this long counts its words by a scan of its own text; a longer one by a search of the
 * text's word starts (built once per text). Same count: most texts' quotes are short, and most of a text
 * is outside them. */
const SCAN_WORDS_MAX = 400;

function countWords(scan: QuoteScan, start: number, end: number): number {
  if (end <= start) return 0;
  if (end - start <= SCAN_WORDS_MAX) {
    // What the scan of the whole text knows on reaching `start`: whether a word runs into it. The
    // character before is a code point of its own unless it is a surrogate (then: the search).
    const before = start > 0 ? scan.text.charCodeAt(start - 1) : 32;
    if (before < 0xd800 || before > 0xdfff) return wordStartsBetween(scan.text, start, end, isWordPoint(before));
  }
  const starts = wordStarts(scan);
  return lowerBound(starts, end) - lowerBound(starts, start);
}

function isWordPoint(cp: number): boolean {
  return cp < 128 ? (ASCII[cp] & (L | D)) !== 0 : isLetterOrNumber(cp);
}

// The non-ASCII path of isWordPoint runs here at load, so that its callers are optimised with it (docs/performance.md, 'Why some code is written as it is').
for (let k = 0; k < 32; k++) isWordPoint(97 + (k % 26));
isWordPoint(0xe9);
isWordPoint(0x2019);

/** How many of `wordStartsIn(text)` lie in [start, end), given whether a word runs into `start`. */
function wordStartsBetween(text: string, start: number, end: number, inWord: boolean): number {
  const n = text.length;
  let count = 0;
  for (let i = start; i < end; ) {
    const cp = codePointAt(text, i, n);
    const word = isWordPoint(cp);
    if (word && !inWord) count++;
    inWord = word;
    i += cp > 0xffff ? 2 : 1;
  }
  return count;
}

/** A file's quotations as `findQuotes` reads them: the quotes found so far and the marks still open. */
interface QuoteScan {
  layer: TextLayer;
  text: string;
  quotes: Quote[];
  stack: Open[];
  /** Indices in `stack` of its double quotes, innermost last: what a closing double mark pops to. */
  doubles: number[];
  wordStarts: number[] | undefined;
  /** The last search for a mark that went past its paragraph: where it started and the mark it found
   * (the text's length when none). No paragraph between the two holds a mark, and is not searched again. */
  searchedFrom: number;
  nextMark: number;
}

// findQuotes is a few small functions rather than one with closures: see docs/performance.md, 'Why some code is written as it is'.

export function findQuotes(layer: TextLayer): Quote[] {
  const scan: QuoteScan = {layer, text: layer.text, quotes: [], stack: [], doubles: [], wordStarts: undefined, searchedFrom: 0, nextMark: -1};
  const paragraphs = layer.paragraphs;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    readMarks(scan, p, pi);
    // End of paragraph: open quotes continue only if the next paragraph opens with a quote mark.
    if (scan.stack.length && !(pi + 1 < paragraphs.length && opensWithQuoteMark(scan.text, paragraphs[pi + 1]))) {
      while (scan.stack.length) {
        const open = pop(scan);
        // A single mark never closed in its paragraph is no quotation: the ʿayn of a transliterated name
        // (Siti ‘Aisyah) or an apostrophe written as an opening mark (‘90s), not a quote that swallows the paragraph.
        if (open.kind === 'single') continue;
        // A straight quote never closed that holds a closed straight one ('"He can say "Right, we sell," a
        // trader said.'): straight marks do not nest in English typing, so the inner closing mark was the
        // outer's; the quote ends there and the words after it (the speaker) are outside it.
        const inside = open.lastStraightInside;
        if (inside) {
          scan.quotes.splice(scan.quotes.lastIndexOf(inside.quote), 1);
          emit(scan, open, inside.markAt, inside.end, pi, true);
          continue;
        }
        emit(scan, open, p.end, p.end, pi, false);
      }
    }
  }
  // Dropped: "quotes" with no words in them (stray marks).
  const quotes = scan.quotes.filter((q) => q.words > 0).sort((a, b) => a.start - b.start || a.depth - b.depth);
  classifyAll(layer, quotes);
  if (quotes.length) {
    const settings = layer.settings;
    for (const q of quotes) q.setting = settings.at(q.start, q.inner);
  }
  return quotes;
}

/** What may join two quotations of one list: a comma, "and", "or", an aside in brackets. */
const JOINED_MENTION = /^[\s,;]*(?:\([^()\n]{0,60}\)[\s,;]*)?(?:(?:and|or|as well as)\b)?[\s,]*$/i;

/** Each quote's kind, from its words and the words before it (the layer's token view). */
function classifyAll(layer: TextLayer, quotes: Quote[]): void {
  if (quotes.length === 0) return;
  const tokens = layer.sentenceTokens;
  const text = layer.text;
  let prev: Quote | undefined;
  for (const q of quotes) {
    if (q.depth > 0) { q.kind = classifyQuote(text, q, tokens); continue; }
    q.kind = classifyQuote(text, q, tokens);
    // "headlines such as “A” and “B”", "the cries of “A” (...) or “B”": a quote joined to a mention is one too
    if (q.kind === 'speech' && prev && prev.kind !== 'speech' && prev.lastParagraph === q.paragraph && q.start - prev.end <= 80 &&
      JOINED_MENTION.test(text.slice(prev.end, q.start))) q.kind = prev.kind;
    prev = q;
  }
}

const LEADING_MARK = /^[\s]*(``|''|["“„«‘])/;

function opensWithQuoteMark(text: string, p: Paragraph): boolean {
  return LEADING_MARK.test(text.slice(p.start, p.start + 8));
}

/** The quote marks of paragraph pi, in order. */
function readMarks(scan: QuoteScan, p: Paragraph, pi: number): void {
  // A paragraph with no mark (the search of a paragraph before found the next one after it) costs no
  // search: a search from each paragraph to the text's next mark read a text without quotes once per paragraph.
  if (p.start >= scan.searchedFrom && p.end <= scan.nextMark) return;
  const text = scan.text;
  MARKS.lastIndex = p.start;
  let skipAt = -1;
  // A quote carried over from the paragraph before: its continuation mark opens this paragraph.
  if (scan.stack.length) {
    const lead = LEADING_MARK.exec(text.slice(p.start, p.start + 8));
    if (lead) skipAt = p.start + lead.index + lead[0].length - lead[1].length;
  }
  let from = p.start;
  let m = MARKS.exec(text);
  for (; m && m.index < p.end; m = MARKS.exec(text)) {
    if (m.index !== skipAt) readMark(scan, m.index, pi);
    from = m.index + m[0].length;
  }
  scan.searchedFrom = from;
  scan.nextMark = m ? m.index : text.length;
  MARKS.lastIndex = 0;
}

const SPACE = /\s/;
const PUNCT_AFTER = /[,;:!?]/;
const CLOSING_PUNCT = /[,.!?…]/;

/** The length of the mark at `at`: `` and '' are the two-character marks (MARKS has no single ` or '). */
function markLength(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c === 0x60 || c === 0x27 ? 2 : 1;
}

/** The mark at `at` (one of MARKS, told by its first character code): opens or closes a quote, or is an apostrophe. */
function readMark(scan: QuoteScan, at: number, pi: number): void {
  const {text, stack} = scan;
  const c = text.charCodeAt(at);
  const length = markLength(text, at);
  const before = at > 0 ? text[at - 1] : ' ';
  const after = at + length < text.length ? text[at + length] : ' ';
  switch (c) {
    case 0x201c: case 0x201e: case 0xab: case 0x60: // “ „ « ``
      // an opening curly mark typed where the closing one belongs ('... prevented it, “ Coleman said'):
      // it closes the open quotation when it follows its punctuation and a space follows it
      if (c === 0x201c && scan.doubles.length > 0 && (CLOSING_PUNCT.test(before) || (before === ' ' && at > 1 && CLOSING_PUNCT.test(text[at - 2]))) &&
        (at + 1 >= text.length || SPACE.test(text[at + 1]))) {
        closeDouble(scan, at, at + 1, pi);
        break;
      }
      if (afterSentenceEnd(text, at)) endRunOn(scan, at, pi);
      push(scan, openMark('double', false, at, pi));
      break;
    case 0x201d: case 0xbb: // ” »
      closeDouble(scan, at, at + 1, pi);
      break;
    case 0x22: case 0x27: { // " ''
      // a straight double mark typed for an apostrophe ('the company"s shares', 'don"t'): inside a word, before
      // the letters of a possessive or a contraction; it opens nothing and closes nothing
      if (c === 0x22 && apostropheMark(text, at)) break;
      const doubleOpen = scan.doubles.length > 0;
      // (a mark before a comma or a sentence's end opens nothing: 'as a " ". First ...')
      const punctAfter = PUNCT_AFTER.test(after) || (after === '.' && (at + length + 1 >= text.length || SPACE.test(text[at + length + 1])));
      const looksOpening = OPENING_CONTEXT.test(before) && !SPACE.test(after) && !punctAfter;
      const looksClosing = !SPACE.test(before) && !LETTER.test(after);
      if (doubleOpen && (!looksOpening || looksClosing)) closeDouble(scan, at, at + length, pi);
      // a closing mark with nothing open (its quotation opened in an earlier paragraph, or a stray mark)
      // opens nothing: it would swallow the rest of the paragraph
      // (nor does a straight mark with spaces on both sides or punctuation after it: 'proving yourself as a " ".')
      else if (!doubleOpen && !looksOpening && (c === 0x27 || looksClosing || SPACE.test(after) || punctAfter)) return;
      else {
        if (doubleOpen && afterSentenceEnd(text, at)) endRunOn(scan, at, pi);
        push(scan, openMark('double', true, at, pi));
      }
      break;
    }
    case 0x2018: // ‘
      // not inside a word or after a hyphen: the ʿayn of Shi‘a, al-‘Ula
      if (!LETTER.test(before) && before !== '-') push(scan, openMark('single', false, at, pi));
      break;
    case 0x2019: { // ’
      // An apostrophe inside a word (it’s), after a plural (Armenians’ claims) or opening a word (’90s)
      // unless a single quote is open.
      const top = stack.length ? stack[stack.length - 1] : undefined;
      if (top && top.kind === 'single' && !(LETTER.test(before) && LETTER.test(after)) && !SPACE.test(before)) {
        pop(scan);
        emit(scan, top, at, at + 1, pi, true);
      }
      break;
    }
  }
}

/** The letters a possessive or a contraction puts after its apostrophe, then the end of the word. */
const APOSTROPHE_TAIL = /^(?:s|t|d|m|ll|re|ve)(?![\p{L}\p{N}])/u;

/** Whether the straight double mark at `at` stands for an apostrophe: a letter before it, an 's' or 't' (...) ending the word after it. */
function apostropheMark(text: string, at: number): boolean {
  if (at === 0 || !LETTER.test(text[at - 1])) return false;
  return APOSTROPHE_TAIL.test(text.slice(at + 1, at + 4));
}

/** Whether the mark at `at` follows the end of a sentence (terminal punctuation, then spaces). */
function afterSentenceEnd(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i === at - 1 || i < 0) return false;
  const c = text.charCodeAt(i);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026; // . ! ? …
}

/**
 * A double quote opening after a sentence end while another is open: English does not nest a double quote
 * in a double quote, so the open one ended without its closing mark (the paragraphs of a long quotation
 * run together, each opening with a mark and only the last closed). It ends here, unclosed.
 */
function endRunOn(scan: QuoteScan, at: number, pi: number): void {
  const stack = scan.stack;
  // the innermost open double quote, kept by push and pop (a search down the stack is quadratic on nesting)
  const idx = scan.doubles.length ? scan.doubles[scan.doubles.length - 1] : -1;
  if (idx < 0) return;
  while (stack.length > idx) {
    const open = pop(scan);
    if (open.kind === 'single') continue;
    emit(scan, open, at, at, pi, false);
  }
}

function openMark(kind: Kind, straight: boolean, at: number, paragraph: number): Open {
  return {kind, straight, at, paragraph};
}

function push(scan: QuoteScan, open: Open): void {
  if (open.kind === 'double') scan.doubles.push(scan.stack.length);
  scan.stack.push(open);
}

function pop(scan: QuoteScan): Open {
  const open = scan.stack.pop()!;
  if (open.kind === 'double') scan.doubles.pop();
  return open;
}

/** A quote that opened at `open` and ends at `end` (its inner text ends at endMark), at the depth of the marks still open. */
function emit(scan: QuoteScan, open: Open, endMark: number, end: number, paragraph: number, closed: boolean): void {
  const {text, layer} = scan;
  const innerStart = open.at + markLength(text, open.at);
  const inner = text.slice(innerStart, endMark); // a sliced string: no copy of the nested quotes' text
  // an opening mark left at the end of the sentence before ('close."I am ...') belongs to the sentence it opens
  const first = layer.sentenceAt(innerStart) ?? layer.sentenceAt(open.at);
  // (a quote that ends where the next opens ends on the white space before it: read back to its last word)
  let lastAt = Math.max(open.at, end - 1);
  while (lastAt > open.at && isWhiteSpace(text.charCodeAt(lastAt))) lastAt--;
  const last = layer.sentenceAt(lastAt);
  scan.quotes.push({
    start: open.at, end, inner, words: countWords(scan, innerStart, endMark), paragraph: open.paragraph, lastParagraph: paragraph,
    firstSentence: first?.index ?? last?.index ?? 0, lastSentence: last?.index ?? first?.index ?? 0,
    depth: scan.stack.length, closed, kind: 'speech', setting: 'prose',
  });
}

function closeDouble(scan: QuoteScan, markAt: number, end: number, pi: number): void {
  const stack = scan.stack;
  // Pop to the innermost open double quote; single quotes left open inside it end with it.
  if (scan.doubles.length === 0) return;
  const idx = scan.doubles[scan.doubles.length - 1];
  while (stack.length > idx + 1) {
    const open = pop(scan);
    emit(scan, open, markAt, markAt, pi, false);
  }
  const open = pop(scan);
  emit(scan, open, markAt, end, pi, true);
  const outer = stack.length ? stack[stack.length - 1] : undefined;
  if (open.straight && outer && outer.kind === 'double' && outer.straight) {
    outer.lastStraightInside = {markAt, end, quote: scan.quotes[scan.quotes.length - 1]};
  }
}
