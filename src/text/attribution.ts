// Attribution analysis: for each sentence, the reporting cues (verbs, "according to", reporting nouns),
// the source each cue has (a name, a role noun, a pronoun pointing back at a name, an anonymous or a
// vague source), the markers of a claim reported without a source (vague sources, agentless passives,
// impersonal stance), and whether the sentence's content is attributed in scope: by a cue in the same
// sentence, by the speaker of a quotation it lies in (a quote continued over sentences and paragraphs),
// or by a paragraph introduced with "X said:". Each sentence is tokenised once; the rest is lookups.
import type {TextLayer} from './layer.js';
import type {Quote} from './quotes.js';
import {
  VERB_FORMS, PASSIVE_PARTICIPLES, REPORTING_NOUNS, ROLE_NOUNS, PRONOUNS, VAGUE_SOURCES, ANONYMOUS_HEADS,
  VAGUE_PHRASE, ACCORDING_VAGUE, FACED, STANCE, BE_FORMS, THERE_IS, TRIGGERS, OBJECT_REQUIRED,
} from './lexicons.js';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface VagueSpan extends Span {
  kind: 'phrase' | 'subject';
}

export type SourceKind = 'named' | 'role' | 'pronoun' | 'anonymous' | 'vague';

export interface Source extends Span {
  kind: SourceKind;
}

export interface Cue extends Span {
  /** `verb`: a reporting verb ("said"); `according`: "according to"; `noun`: "X's statement"; `passive`: "was accused by X". */
  kind: 'verb' | 'according' | 'noun' | 'passive';
  /** Lemma of the verb, or the noun. */
  lemma: string;
  /** Where the cue stands relative to the content it attributes (a quotation in the sentence, else the clause). */
  position: 'before' | 'inside' | 'after';
  source?: Source;
  /** Whether the source is real: not vague, and a pronoun only when a name stands in the sentences before. */
  resolved?: boolean;
}

export interface QuoteAttribution {
  /** Index into `text.quotes`. */
  quote: number;
  speaker?: Source;
  /** How the speaker was found: a cue in the quote's sentences, the sentence next to it, the paragraph before. */
  scope?: 'sentence' | 'adjacent' | 'paragraph' | 'outer';
}

export interface Attribution {
  /** Index of the sentence. */
  sentence: number;
  cues: Cue[];
  /** Sources of the cues (vague ones included; see `kind`). */
  sources: Source[];
  /** True when the sentence's content is attributed to a real (not vague) source in scope. */
  attributed: boolean;
  /** What attributes it: its own cue, the speaker of the quotation it lies in, an introducing paragraph. */
  scope?: 'sentence' | 'quote' | 'paragraph';
  /**
   * Vague sources and weasel phrases: "by all accounts", "reportedly", "according to reports", "critics say"
   * (`kind: 'phrase'`), and reporting verbs whose subject is a vague noun phrase ("experts said",
   * "many of his supporters believe": `kind: 'subject'`).
   */
  vague: VagueSpan[];
  /** Agentless reports: "is accused of", "is expected to", "has faced ridicule". */
  agentless: Span[];
  /** Impersonal stance and evidential frames: "it seems", "it is clear". */
  stance: Span[];
  /** Named anonymous sources: "officials said", "sources familiar with the talks said". */
  anonymous: Span[];
  /** Quotations that open in this sentence, with their speaker. */
  quotes: QuoteAttribution[];
  /** Whether the sentence lies (almost) wholly inside a quotation. */
  inQuote: boolean;
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
export const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}&'’.\-]*[\p{L}\p{N}])?|[,;:"“”‘’«»—–()?!]/gu;
const QUOTE_MARK = /^["“”‘’«»]$/;
const UPPER = /^\p{Lu}/u;

/** Capitalised words that are not names: function words, sentence openers, days, months, titles. */
const NOT_NAMES = new Set(`a an the this that these those there here it its i we you he she they his her their our my your
and or but nor so yet for of in on at to from by with about after before during since until while when where why how what which who whom whose
if as than then though although because unless despite however meanwhile moreover also still even only just now later earlier today yesterday
tomorrow tonight last next first second new some many most several few all both each every any no not other another such more less much
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
mr mrs ms dr sen rep gov gen lt col sgt prof st jan feb mar apr jun jul aug sep sept oct nov dec yes perhaps indeed instead thus therefore
one two three four five six seven eight nine ten is are was were be been has have had do does did will would can could should might must shall
let lets according over under into through across against among between within without again already always never often sometimes once
rather whether like unlike said says told`.split(/\s+/));

const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'prof', 'president', 'minister']);
const DAYS_AND_TIME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|on|in|last|this|week|month|year|morning|afternoon|evening|night|earlier|later|also|again|once|recently|previously|then)$/;
const SUBORDINATORS = new Set(['that', 'because', 'whether', 'if', 'when', 'while', 'although', 'though']);
const POSTMOD = new Set(['familiar', 'close', 'briefed', 'involved', 'knowledgeable', 'with', 'at', 'from', 'for', 'in', 'who', 'inside', 'within']);
const ALWAYS_VAGUE = new Set(['critics', 'observers', 'commentators', 'pundits', 'skeptics', 'sceptics', 'detractors', 'naysayers', 'onlookers', 'many', 'some', 'others', 'most', 'everyone', 'everybody', 'somebody', 'someone', 'rumors', 'rumours', 'speculation']);
const ADVERB_GAP = /^(?:not|never|also|widely|long|often|once|still|now|already|further|repeatedly|generally|previously|sometimes|frequently|increasingly|reportedly|allegedly|being|been|largely|broadly|commonly|privately|publicly|openly)$|ly$/;
const NEED_AS = new Set(['seen', 'viewed', 'regarded', 'described', 'portrayed', 'characterized', 'characterised', 'perceived']);
const NOUN_LIKE_FORMS = /^(?:claims?|reports?|comments?|charges?|questions?|posts?|states?|calls?|estimates?|promises?|fears?|hopes?|doubts?|counters?|projects?|quotes?|views?|notes?|tweets?|statements?|warnings?|demands?|objects?|protests?|points?|rules?|shows?|finds?|reads?|feels?|thinks?|knows?|attacks?|blames?|praises?|dismiss(?:es)?|signals?|labels?|brands?|welcomes?|defends?|forecasts?|remarks?|reckons?|pledges?|vows?|replies?|responses?)$/;
/** Forms whose noun reading dominates ("the Sunshine state", "a blog post"): a verb only after an auxiliary or pronoun. */
const STRICT_NOUN_FORMS = /^(?:states?|posts?|projects?|objects?|rules?|shows?|reads?|charges?|questions?|calls?|views?|notes?|claims?|reports?)$/;
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'of', 'in', 'these', 'those', 'this', 'that', 'no', 'any', 'every', 'such', 'new', 'first', 'last']);
const ING_CUE = /ing$/;
/** Verbs by which a source puts out a report or statement: "police issued a statement". */
const ISSUE_VERBS = new Set(['issued', 'issues', 'issue', 'released', 'releases', 'published', 'publishes', 'gave', 'gives', 'made']);
const ING_OPENERS = new Set(['while', 'after', 'before', 'by', 'in', 'when', 'and', 'without', 'also', 'then', 'repeatedly', 'kept', 'keeps', 'continued', 'continues', 'began', 'started', 'even', 'as', 'since']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'to', 'did', 'does', 'do', 'also', 'not', 'never', 'who', 'which', 'and', 'later', 'then', 'often', 'repeatedly', 'publicly', 'privately']);

/** The signature of an embedded social-media post: a dash, a name, the account handle in brackets. */
const SIGNED_POST = /[—–]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+\(@\w{1,30}\)/u;

/**
 * The matches of a compiled global regex. (Not `String#matchAll`, which clones the regex — and with it
 * recompiles the long phrase alternations — on every call.)
 */
function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    yield m;
  }
}

// Lexicon memberships of a lower-cased word: one lookup per token, not one per list.
const W_NOT_NAME = 1, W_VAGUE_SOURCE = 2, W_ROLE = 4, W_PRONOUN = 8, W_ALWAYS_VAGUE = 16, W_ANONYMOUS_HEAD = 32,
  W_REPORTING_NOUN = 64, W_PARTICIPLE = 128, W_TRIGGER_VAGUE = 256, W_TRIGGER_FACED = 512, W_TRIGGER_STANCE = 1024;

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
  add(TRIGGERS.stance, W_TRIGGER_STANCE); add(VERB_FORMS.keys(), 0);
  for (const [form, lemma] of VERB_FORMS) LEXICON.get(form)!.lemma = lemma;
}

/** The one-character tokens of the second alternative of TOKEN (never a letter or a digit). */
const PUNCT_TOKENS = new Set([',', ';', ':', '"', '“', '”', '‘', '’', '«', '»', '—', '–', '(', ')', '?', '!']);
const isApostrophe = (c: number) => c === 39 || c === 0x2019;

// The tokeniser reads character codes rather than running TOKEN (same tokens: see `tokenize`).
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** `[\p{L}\p{N}]` for a code unit outside the surrogates: 0 not yet known, 1 yes, 2 no. */
const unitClass = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) unitClass[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
const astralClass = new Map<number, boolean>();

/** Whether the code point at i is a letter or digit; its width in code units is left in `width`. */
let width = 1;
function letterOrDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  width = 1;
  if (c < 0xd800 || c > 0xdfff) {
    let k = unitClass[c];
    if (k === 0) unitClass[c] = k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    return k === 1;
  }
  const d = c <= 0xdbff && i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  if (d < 0xdc00 || d > 0xdfff) return false; // a lone surrogate
  width = 2;
  const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  let yes = astralClass.get(cp);
  if (yes === undefined) astralClass.set(cp, yes = LETTER_OR_DIGIT.test(String.fromCodePoint(cp)));
  return yes;
}

/** The ASCII words of the lexicon by a hash of their characters (no string to hash per token). */
interface AsciiEntry {
  word: string;
  info: WordInfo;
  next: AsciiEntry | undefined;
}
const ASCII_BUCKETS = 4096;
const asciiLexicon: Array<AsciiEntry | undefined> = new Array(ASCII_BUCKETS).fill(undefined);
function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}
for (const [word, info] of LEXICON) {
  if (!/^[\x00-\x7f]*$/.test(word)) continue;
  let h = 0x811c9dc5;
  for (let k = 0; k < word.length; k++) h = hashStep(h, word.charCodeAt(k));
  const b = h & (ASCII_BUCKETS - 1);
  asciiLexicon[b] = {word, info, next: asciiLexicon[b]};
}

/**
 * The tokens of a sentence, as TOKEN reads them: a letter or digit, then letters, digits and `&'’.-` up
 * to the last letter or digit; or one punctuation mark of PUNCT_TOKENS. The fields come from character
 * codes, and an ASCII word meets the lexicon through a hash of its (lower-cased) characters.
 */
export function tokenize(text: string, base: number): Token[] {
  const out: Token[] = [];
  const len = text.length;
  let i = 0;
  while (i < len) {
    if (!letterOrDigitAt(text, i)) {
      const c = text.charCodeAt(i);
      if (c >= 33 && PUNCT_TOKENS.has(text[i])) {
        const t = text[i];
        const info = LEXICON.get(t);
        out.push({text: t, lower: t === '’' ? '' : t, start: base + i, end: base + i + 1, punct: true, cap: false, possessive: false, f: info ? info.f : 0, lemma: info?.lemma});
      }
      i += width;
      continue;
    }
    const astralStart = width === 2;
    let j = i + width;
    let end = j;
    let ascii = text.charCodeAt(i) < 128;
    while (j < len) {
      if (letterOrDigitAt(text, j)) {
        if (width === 2 || text.charCodeAt(j) >= 128) ascii = false;
        j += width;
        end = j;
        continue;
      }
      const d = text.charCodeAt(j);
      if (d === 38 || d === 39 || d === 46 || d === 45) j++;
      else if (d === 0x2019) { j++; ascii = false; }
      else break;
    }
    // the token is [i, end); a run of `&'’.-` after its last letter or digit is left to the next search
    const t = text.slice(i, end);
    const n = end - i;
    const c0 = text.charCodeAt(i);
    const last = text.charCodeAt(end - 1);
    // `/['’]s$/i` (and `/s['’]$/`, which a token ending in a letter or digit never matches)
    const possessive = n >= 2 && (last === 115 || last === 83) && isApostrophe(text.charCodeAt(end - 2));
    // core: "'s" and then a trailing apostrophe stripped
    let coreEnd = possessive ? n - 2 : n;
    if (coreEnd > 0 && isApostrophe(t.charCodeAt(coreEnd - 1))) coreEnd--;
    let lower: string;
    let info: WordInfo | undefined;
    if (ascii || !NON_ASCII.test(t)) {
      let h = 0x811c9dc5;
      let upper = false;
      for (let k = 0; k < coreEnd; k++) {
        let c = t.charCodeAt(k);
        if (c >= 65 && c <= 90) { c += 32; upper = true; }
        h = hashStep(h, c);
      }
      let e = asciiLexicon[h & (ASCII_BUCKETS - 1)];
      while (e !== undefined && !sameLower(e.word, t, coreEnd)) e = e.next;
      if (e !== undefined) { lower = e.word; info = e.info; }
      else {
        const core = coreEnd === n ? t : t.slice(0, coreEnd);
        lower = upper ? core.toLowerCase() : core;
      }
    } else {
      lower = (coreEnd === n ? t : t.slice(0, coreEnd)).toLowerCase();
      info = LEXICON.get(lower);
    }
    // `!/[\p{L}\p{N}]/u.test(t[0])` reads a lone surrogate: an astral letter opens a "punctuation" token
    const cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : UPPER.test(t);
    out.push({text: t, lower, start: base + i, end: base + end, punct: astralStart, cap, possessive, f: info ? info.f : 0, lemma: info?.lemma});
    i = end;
  }
  return out;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Whether `word` (lower-case ASCII) equals the first n characters of t, lower-cased. */
function sameLower(word: string, t: string, n: number): boolean {
  if (word.length !== n) return false;
  for (let k = 0; k < n; k++) {
    let c = t.charCodeAt(k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

function span(text: string, start: number, end: number): Span {
  return {start, end, text: text.slice(start, end)};
}

/** A cue, with every field in place from the start (one object shape; `resolved` is set later). */
function cue(text: string, start: number, end: number, kind: Cue['kind'], lemma: string, position: Cue['position'], source: Source | undefined): Cue {
  return {start, end, text: text.slice(start, end), kind, lemma, position, source, resolved: undefined};
}

/** What kind of source a token heads, if any. */
/** Determiners that make a reporting noun a definite document ("the release", "its statement"). */
const DOCUMENT_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that']);

function sourceKind(tokens: Token[], j: number, sentenceInitialOk: boolean): SourceKind | undefined {
  const t = tokens[j];
  if (t.punct) return undefined;
  // A word in a capitalised kicker or headline ("QUESTIONABLE MEDICAL CLAIMS —") is no source.
  if (t.text.length > 5 && t.text === t.text.toUpperCase() && /\p{Lu}{5}/u.test(t.text)) return undefined;
  const next = tokens[j + 1];
  const postmod = next !== undefined && POSTMOD.has(next.lower);
  const prevCap = j > 0 && tokens[j - 1].cap && !tokens[j - 1].punct && !(tokens[j - 1].f & W_NOT_NAME) && j - 1 > 0;
  const f = t.f;
  if (f & W_ALWAYS_VAGUE) return postmod && next.lower !== 'in' && next.lower !== 'at' ? 'anonymous' : 'vague';
  if (f & W_ANONYMOUS_HEAD) {
    if (t.lower === 'people' || t.lower === 'person') return postmod ? 'anonymous' : 'vague';
    return prevCap ? 'role' : 'anonymous';
  }
  if (f & W_VAGUE_SOURCE) return postmod || prevCap ? 'anonymous' : 'vague';
  if (f & W_PRONOUN) return 'pronoun';
  if (f & W_ROLE) return 'role';
  if (t.cap && !(f & W_NOT_NAME) && (j > 0 || sentenceInitialOk)) return 'named';
  return undefined;
}

/** The noun phrase a source token heads: extend left over capitalised words and role nouns. */
function sourceSpan(text: string, base: number, tokens: Token[], j: number, kind: SourceKind): Source {
  let i = j;
  while (i > 0 && j - i < 5) {
    const p = tokens[i - 1];
    if (p.punct || p.possessive) break;
    if ((p.cap && (!(p.f & W_NOT_NAME) || TITLES.has(p.lower))) || (p.f & W_ROLE) || p.lower === 'the') i--;
    else break;
  }
  // A name goes on to the right too ("said Ana Silva", "according to the Red Cross").
  let k = j;
  if (kind === 'named' || kind === 'role') {
    while (k + 1 < tokens.length && k - j < 4) {
      const n = tokens[k + 1];
      if (n.punct || !n.cap || (n.f & W_NOT_NAME) || tokens[k].possessive) break;
      k++;
    }
  }
  const start = tokens[i].start;
  const end = tokens[k].end;
  return {start, end, text: text.slice(start - base, end - base), kind};
}

/** A weasel phrase wins over a vague subject found on the same words. */
function phraseFirst(list: VagueSpan[]): VagueSpan[] {
  const phrases = list.filter((v) => v.kind === 'phrase');
  return list.filter((v) => v.kind === 'phrase' || !phrases.some((p) => p.start < v.end && v.start < p.end));
}

/** The characters of text[from, to) that are not `\s` (what `.replace(/\s+/g, '').length` gives, without the copy). */
function nonSpace(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff)) continue;
    n++;
  }
  return n;
}

/** Sorted by start, overlapping ones after the first dropped. */
function dedupe<T extends Span>(list: T[]): T[] {
  if (list.length < 2) return list;
  return list.sort((a, b) => a.start - b.start).filter((x, k, arr) => k === 0 || x.start >= arr[k - 1].end);
}

/** What the scope passes need of a sentence (not its tokens: those die with the sentence, young). */
interface SentenceInfo {
  hasName: boolean;
  endsWithColon: boolean;
}

export function analyseAttribution(layer: TextLayer): Attribution[] {
  const full = layer.text;
  const sentences = layer.sentences;
  const quotes: Quote[] = layer.quotes;
  const infos: SentenceInfo[] = [];
  const results: Attribution[] = [];

  // Quotes by sentence (a quote may span several).
  const quotesIn: number[][] = sentences.map(() => []);
  quotes.forEach((q, qi) => {
    for (let s = q.firstSentence; s <= q.lastSentence && s < sentences.length; s++) quotesIn[s].push(qi);
  });

  for (const s of sentences) {
    const tokens = tokenize(s.text, s.start);
    const text = s.text;
    const base = s.start;
    const cues: Cue[] = [];
    const vague: VagueSpan[] = [];
    const agentless: Span[] = [];
    const stance: Span[] = [];
    const anonymous: Span[] = [];
    let hasName = false;
    for (let j = 0; j < tokens.length; j++) {
      const t = tokens[j];
      if (t.cap && !t.punct && !(t.f & (W_NOT_NAME | W_VAGUE_SOURCE)) && (j > 0 || !(t.f & W_ROLE))) { hasName = true; break; }
    }
    const own: Quote[] = [];
    for (const qi of quotesIn[s.index]) if (quotes[qi].depth === 0) own.push(quotes[qi]);
    const positionOf = (start: number, end: number): Cue['position'] => {
      if (own.some((q) => q.start < start && end <= q.end)) return 'inside';
      if (own.length) return own.some((q) => q.end <= start) ? 'after' : 'before';
      let tail = 0;
      for (let k = tokens.length - 1; k >= 0 && tail <= 3; k--) if (tokens[k].start > end && !tokens[k].punct) tail++;
      if (tail > 3) return 'before';
      for (const t of tokens) if (t.end <= start && t.text === ',') return 'after';
      return 'before';
    };

    const quoted = (t: Token) => own.length > 0 && own.some((q) => q.start < t.start && t.end <= q.end);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.punct || quoted(t)) continue;
      // "according to X"
      if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
        let source: Source | undefined;
        let end = i + 1;
        for (let j = i + 2; j < Math.min(tokens.length, i + 10); j++) {
          if (tokens[j].punct && tokens[j].text !== '“' && tokens[j].text !== '"') break;
          const kind = sourceKind(tokens, j, true);
          if (kind) { source = sourceSpan(text, base, tokens, j, kind); end = j; break; }
          // a document told of before: "according to the release", "according to its statement" (not
          // "according to reports", a weasel phrase without a determiner)
          if (REPORTING_NOUNS.has(tokens[j].lower) && DOCUMENT_DETERMINERS.has(tokens[j - 1]?.lower ?? '') && j - 1 > i + 1 - 1) {
            source = {...span(full, tokens[j - 1].start, tokens[j].end), kind: 'role'};
            end = j;
            break;
          }
        }
        cues.push(cue(full, t.start, tokens[i + 1].end, 'according', 'according to', positionOf(t.start, tokens[i + 1].end), source));
        i = Math.max(i + 1, end);
        continue;
      }
      // Reporting nouns with their owner: "the ministry's statement", "a statement from the ministry".
      if ((t.f & W_REPORTING_NOUN) && !t.possessive) {
        let source: Source | undefined;
        for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
          const p = tokens[j];
          if (p.punct) break;
          if (p.possessive) {
            const kind = sourceKind(tokens, j, true);
            if (kind && kind !== 'vague') source = sourceSpan(text, base, tokens, j, kind);
            break;
          }
        }
        if (!source && (tokens[i + 1]?.lower === 'from' || tokens[i + 1]?.lower === 'by')) {
          for (let j = i + 2; j < Math.min(tokens.length, i + 6); j++) {
            const kind = sourceKind(tokens, j, true);
            if (kind) { source = sourceSpan(text, base, tokens, j, kind); break; }
          }
        }
        // "State Police issued a report": the subject of a verb of issuing owns the noun
        if (!source && ISSUE_VERBS.has(tokens[i - 2]?.lower ?? '') && DETERMINERS.has(tokens[i - 1]?.lower ?? '')) {
          for (let j = i - 3; j >= Math.max(0, i - 8); j--) {
            if (tokens[j].punct) break;
            const kind = sourceKind(tokens, j, true);
            if (kind && kind !== 'vague') { source = sourceSpan(text, base, tokens, j, kind); break; }
          }
        }
        if (source) cues.push(cue(full, t.start, t.end, 'noun', t.lower, positionOf(t.start, t.end), source));
      }
      const lemma = t.lemma;
      const participle = (t.f & W_PARTICIPLE) !== 0;
      if (!lemma && !participle) continue;
      // "released information", not "treated and released"
      const objects = lemma ? OBJECT_REQUIRED.get(lemma) : undefined;
      if (objects && !tokens.slice(i + 1, i + 4).some((n) => objects.has(n.lower))) continue;
      // Passive? A form of "be" shortly before (adverbs between).
      let be = -1;
      for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
        const p = tokens[j];
        if (BE_FORMS.has(p.lower) || /['’](?:s|re)$/i.test(p.text) && PRONOUNS.has(p.text.toLowerCase().replace(/['’](?:s|re)$/, ''))) { be = j; break; }
        if (!ADVERB_GAP.test(p.lower)) break;
      }
      if (be >= 0 && /(?:ed|en|wn|id|ld|ht|ood|nd)$/.test(t.lower)) {
        // Agent: "by X" shortly after.
        let source: Source | undefined;
        for (let j = i + 1; j < Math.min(tokens.length, i + 5); j++) {
          if (tokens[j].lower !== 'by') continue;
          for (let k = j + 1; k < Math.min(tokens.length, j + 5); k++) {
            const kind = sourceKind(tokens, k, true);
            if (kind) { source = sourceSpan(text, base, tokens, k, kind); break; }
          }
          break;
        }
        if (source) {
          cues.push(cue(full, t.start, t.end, 'passive', lemma ?? t.lower, positionOf(t.start, t.end), source));
          if (source.kind === 'vague') vague.push({...span(full, tokens[be].start, source.end), kind: 'subject'});
        } else if (participle && !(tokens[be - 1]?.lower === 'as' || tokens[be - 2]?.lower === 'as') && !(NEED_AS.has(t.lower) && tokens[i + 1]?.lower !== 'as') && !(t.lower === 'known' && tokens[i + 1]?.lower !== 'to')) {
          agentless.push(span(full, tokens[be].start, t.end));
        }
        continue;
      }
      if (!lemma) continue;
      // Reduced passive: "Obama, expected to visit", "a man said to be".
      if (participle && tokens[i + 1]?.lower === 'to' && tokens[i + 2] && !tokens[i + 2].cap && !DETERMINERS.has(tokens[i + 2].lower) && !PRONOUNS.has(tokens[i + 2].lower) && !/^(?:him|her|them|me|us|reporters)$/.test(tokens[i + 2].lower) && /(?:ed|wn|id|ht|ood)$/.test(t.lower) && !(i > 0 && PRONOUNS.has(tokens[i - 1].lower))) {
        agentless.push(span(full, t.start, tokens[i + 1].end));
        continue;
      }
      // A noun, not a verb ("the claims", "local reports", "court ruling"): a verb form that is also a
      // noun needs a subject or an auxiliary right before it.
      let prevIndex = i - 1;
      while (prevIndex >= 0 && !tokens[prevIndex].punct && ADVERB_GAP.test(tokens[prevIndex].lower) && !BE_FORMS.has(tokens[prevIndex].lower)) prevIndex--;
      const prev = tokens[prevIndex];
      let ing = ING_CUE.test(t.lower);
      if (ing && prev && BE_FORMS.has(prev.lower)) ing = false;
      else if (ing && !(prev === undefined || prev.punct || ING_OPENERS.has(prev.lower))) continue;
      if (!ing && STRICT_NOUN_FORMS.test(t.lower) && !(prev && (AUXILIARIES.has(prev.lower) || PRONOUNS.has(prev.lower)))) continue;
      if (!ing && NOUN_LIKE_FORMS.test(t.lower) && prev && !AUXILIARIES.has(prev.lower) && !(sourceKind(tokens, prevIndex, true) && !prev.possessive && !DETERMINERS.has(prev.lower))) continue;
      // The subject: nearest source to the left within the clause, else an inverted one to the right.
      let source: Source | undefined;
      for (let j = i - 1; j >= Math.max(0, ing ? 0 : i - 12); j--) {
        const p = tokens[j];
        if (!ing && (QUOTE_MARK.test(p.text) || p.text === ';' || p.text === ':' || SUBORDINATORS.has(p.lower))) break;
        if (quoted(p)) continue;
        const kind = sourceKind(tokens, j, true);
        if (ing && (kind === 'vague' || kind === 'anonymous')) continue;
        if (kind) { source = sourceSpan(text, base, tokens, j, kind); break; }
      }
      if (!source && !ing) {
        for (let j = i + 1; j < Math.min(tokens.length, i + 7); j++) {
          const p = tokens[j];
          if (p.punct && p.text !== ',') break;
          if (SUBORDINATORS.has(p.lower)) break;
          if (DAYS_AND_TIME.test(p.lower) && !p.cap) continue;
          if (DAYS_AND_TIME.test(p.lower) || quoted(p)) continue;
          const kind = sourceKind(tokens, j, true);
          if (kind) { source = sourceSpan(text, base, tokens, j, kind); break; }
        }
      }
      cues.push(cue(full, t.start, t.end, 'verb', lemma, positionOf(t.start, t.end), source));
      if (source?.kind === 'vague') vague.push({...span(full, Math.min(source.start, t.start), Math.max(source.end, t.end)), kind: 'subject'});
      if (source?.kind === 'anonymous') anonymous.push(span(full, Math.min(source.start, t.start), Math.max(source.end, t.end)));
    }

    let gateVague = false, gateFaced = false, gateStance = false, gateThere = false, gateAccording = false;
    for (const t of tokens) {
      const f = t.f;
      if (f & W_TRIGGER_VAGUE) gateVague = true;
      if (f & W_TRIGGER_FACED) gateFaced = true;
      if (f & W_TRIGGER_STANCE) gateStance = true;
      if (t.lower === 'there') gateThere = true;
      if (t.lower === 'according') gateAccording = true;
    }
    if (gateVague) for (const m of matches(VAGUE_PHRASE, text)) vague.push({...span(full, base + m.index!, base + m.index! + m[0].length), kind: 'phrase'});
    if (gateAccording) for (const m of matches(ACCORDING_VAGUE, text)) vague.push({...span(full, base + m.index!, base + m.index! + m[0].length), kind: 'phrase'});
    if (gateFaced) for (const m of matches(FACED, text)) {
      const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 60);
      if (/^\s+(?:\S+\s+){0,2}?(?:from|by)\s+(?:the\s+|his\s+|her\s+|its\s+)?(?:\p{Lu}|officials|lawmakers|members)/u.test(after)) continue;
      agentless.push(span(full, base + m.index!, base + m.index! + m[0].length));
    }
    if (gateThere) for (const m of matches(THERE_IS, text)) vague.push({...span(full, base + m.index!, base + m.index! + m[0].length), kind: 'phrase'});
    if (gateStance) for (const m of matches(STANCE, text)) stance.push(span(full, base + m.index!, base + m.index! + m[0].length));

    const sources: Source[] = [];
    for (const c of cues) if (c.source) sources.push(c.source);
    infos.push({hasName, endsWithColon: /:\s*$/.test(text)});
    results.push({
      sentence: s.index, cues, sources, attributed: false, vague: vague.length ? dedupe(phraseFirst(vague)) : vague, agentless: dedupe(agentless), stance: dedupe(stance),
      anonymous: dedupe(anonymous), quotes: [], inQuote: false,
    });
  }

  // A pronoun source counts when a name was mentioned in the sentence or the few before it.
  const resolves = (sIndex: number): boolean => {
    for (let k = sIndex; k >= Math.max(0, sIndex - 4); k--) if (infos[k].hasName) return true;
    return false;
  };
  const real = (sIndex: number, c: Cue): boolean =>
    c.source !== undefined && c.source.kind !== 'vague' && (c.source.kind !== 'pronoun' || resolves(sIndex));
  const ownSpeaker = (sIndex: number, outside?: Quote): Source | undefined => {
    let best: Source | undefined;
    let bestDistance = Infinity;
    for (const c of results[sIndex].cues) {
      if (!real(sIndex, c)) continue;
      if (outside && c.start >= outside.start && c.end <= outside.end) continue;
      const d = outside ? Math.min(Math.abs(c.start - outside.end), Math.abs(outside.start - c.end)) : 0;
      if (d < bestDistance) { best = c.source; bestDistance = d; }
    }
    return best;
  };

  for (const r of results) for (const c of r.cues) c.resolved = real(r.sentence, c);
  for (const r of results) if (ownSpeaker(r.sentence)) { r.attributed = true; r.scope = 'sentence'; }

  // Paragraph introductions ("X said:") and sign-offs ("— Name").
  const paragraphs = layer.paragraphs;
  const introduced = new Set<number>();
  for (const p of paragraphs) {
    const last = p.last;
    if (infos[last]?.endsWithColon && ownSpeaker(last)) {
      for (let q = p.index + 1; q < paragraphs.length; q++) {
        introduced.add(q);
        const next = paragraphs[q + 1];
        if (!next || !/^\s*["“‘«]/.test(full.slice(next.start, next.start + 4))) break;
      }
    }
    if (p.index > 0 && /^\s*[—–-]{1,2}\s*\p{Lu}/u.test(full.slice(p.start, p.start + 6)) && infos[p.first]?.hasName) introduced.add(p.index - 1);
    // An embedded post signed inside its paragraph: "… — Ana Silva (@handle) March 2, 2017"
    if (SIGNED_POST.test(full.slice(p.start, p.end))) introduced.add(p.index);
  }

  // Quote speakers.
  const speakerOfParagraph = new Map<number, Source>();
  const sentenceSpeaker = new Map<number, Source>();
  quotes.forEach((q, qi) => {
    const home = results[q.firstSentence];
    if (!home) return;
    const qa: QuoteAttribution = {quote: qi};
    if (q.depth > 0) {
      const outer = quotes.slice(0, qi).reverse().find((o) => o.depth === 0 && o.start < q.start && q.end <= o.end);
      const outerAttr = outer ? results[outer.firstSentence]?.quotes.find((x) => quotes[x.quote] === outer) : undefined;
      if (outerAttr?.speaker) { qa.speaker = outerAttr.speaker; qa.scope = 'outer'; }
    }
    for (let s = q.firstSentence; !qa.speaker && s <= q.lastSentence; s++) {
      const sp = ownSpeaker(s, q);
      if (sp && !(sp.start >= q.start && sp.end <= q.end)) { qa.speaker = sp; qa.scope = 'sentence'; }
    }
    if (!qa.speaker) {
      const next = sentences[q.lastSentence + 1];
      if (next && next.paragraph === q.lastParagraph && results[next.index].cues.some((c) => c.start - next.start < 40 && real(next.index, c))) {
        qa.speaker = ownSpeaker(next.index); qa.scope = 'adjacent';
      }
    }
    if (!qa.speaker) {
      const prev = sentences[q.firstSentence - 1];
      if (prev && infos[prev.index].endsWithColon && ownSpeaker(prev.index)) { qa.speaker = ownSpeaker(prev.index); qa.scope = 'adjacent'; }
    }
    // A quote that opens its sentence continues the speaker of the sentences before it in the paragraph.
    const opensSentence = /^[\s(\[]*$/.test(full.slice(sentences[q.firstSentence].start, q.start));
    if (!qa.speaker && opensSentence) {
      for (let k = q.firstSentence - 1; k >= 0 && sentences[k].paragraph === q.paragraph && q.firstSentence - k <= 4; k--) {
        const prior = sentenceSpeaker.get(k) ?? ownSpeaker(k);
        if (prior) { qa.speaker = prior; qa.scope = 'adjacent'; break; }
      }
    }
    if (!qa.speaker) {
      const para = paragraphs[q.paragraph];
      const opensParagraph = para && /^\s*$/.test(full.slice(para.start, q.start));
      if (opensParagraph && q.paragraph > 0) {
        const inherited = speakerOfParagraph.get(q.paragraph - 1) ?? lastSource(q.paragraph - 1);
        if (inherited) { qa.speaker = inherited; qa.scope = 'paragraph'; }
      }
      if (!qa.speaker && introduced.has(q.paragraph)) {
        const intro = lastSource(q.paragraph - 1);
        if (intro) { qa.speaker = intro; qa.scope = 'paragraph'; }
      }
    }
    if (!qa.speaker && introduced.has(q.lastParagraph)) {
      const sign = paragraphs[q.lastParagraph + 1];
      if (sign) { const t = full.slice(sign.start, sign.end); qa.speaker = {...span(full, sign.start, sign.end), text: t, kind: 'named'}; qa.scope = 'paragraph'; }
    }
    if (qa.speaker && q.depth === 0) {
      for (let p = q.paragraph; p <= q.lastParagraph; p++) speakerOfParagraph.set(p, qa.speaker);
      for (let k = q.firstSentence; k <= q.lastSentence; k++) sentenceSpeaker.set(k, qa.speaker);
    }
    home.quotes.push(qa);
  });

  function lastSource(pIndex: number): Source | undefined {
    const p = paragraphs[pIndex];
    if (!p) return undefined;
    for (let s = p.last; s >= p.first; s--) {
      const sp = ownSpeaker(s);
      if (sp) return sp;
    }
    return undefined;
  }

  // Sentences inside an attributed quotation, or in an introduced paragraph.
  for (const r of results) {
    const s = sentences[r.sentence];
    const inside = quotesIn[r.sentence];
    const chars = inside.length ? nonSpace(full, s.start, s.end) || 1 : 1;
    for (const qi of inside) {
      const q = quotes[qi];
      if (q.depth > 0) continue;
      const covered = nonSpace(full, Math.max(q.start, s.start), Math.min(q.end, s.end));
      if (covered / chars >= 0.8) r.inQuote = true;
      if (r.attributed || covered / chars < 0.5) continue;
      const qa = results[q.firstSentence]?.quotes.find((x) => x.quote === qi);
      if (qa?.speaker) { r.attributed = true; r.scope = 'quote'; }
    }
    if (!r.attributed && introduced.has(s.paragraph)) { r.attributed = true; r.scope = 'paragraph'; }
  }
  return results;
}
