// Attribution analysis: for each sentence, the reporting cues (verbs, "according to", reporting nouns),
// the source each cue has (a name, a role noun, a pronoun pointing back at a name, an anonymous or a
// vague source), the markers of a claim reported without a source (vague sources, agentless passives,
// impersonal stance), and whether the sentence's content is attributed in scope: by a cue in the same
// sentence, by the speaker of a quotation it lies in (a quote continued over sentences and paragraphs),
// or by a paragraph introduced with "X said:". Each sentence is tokenised once; the rest is lookups.
import type {TextLayer} from './layer.js';
import type {Quote} from './quotes.js';
import type {Paragraph, Sentence} from './sentences.js';
import {ASCII, isWhiteSpace} from './chars.js';
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

/**
 * The one-character tokens of the second alternative of TOKEN (never a letter or a digit), by char code:
 * looked up by code, not by `text[i]`, whose string type (one- or two-byte, sliced or not) varies from
 * sentence to sentence and deoptimised `tokenize` ("wrong instance type").
 */
const PUNCT_TOKENS = new Map<number, string>();
for (const p of [',', ';', ':', '"', '“', '”', '‘', '’', '«', '»', '—', '–', '(', ')', '?', '!']) PUNCT_TOKENS.set(p.charCodeAt(0), p);
const isApostrophe = (c: number) => c === 39 || c === 0x2019;

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
    const c0 = text.charCodeAt(i);
    if (c0 < 128) {
      // ASCII, most of the text: one table read says what the character is.
      const kind = ASCII_KIND[c0];
      if (kind !== A_WORD) {
        if (kind === A_PUNCT) out.push(punctToken(PUNCT_TOKENS.get(c0)!, base + i));
        i++;
        continue;
      }
      width = 1;
    } else if (!letterOrDigitAt(text, i)) {
      const t = PUNCT_TOKENS.get(c0);
      if (t !== undefined) out.push(punctToken(t, base + i));
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
        else if (kind === A_JOINER) j++;
        else break;
      } else if (d === 0x2019) {
        j++;
        ascii = false;
      } else if (letterOrDigitAt(text, j)) {
        ascii = false;
        j += width;
        end = j;
      } else break;
    }
    // the token is [i, end); a run of `&'’.-` after its last letter or digit is left to the next search
    const t = text.slice(i, end);
    const n = end - i;
    const last = text.charCodeAt(end - 1);
    // `/['’]s$/i` (and `/s['’]$/`, which a token ending in a letter or digit never matches)
    const possessive = n >= 2 && (last === 115 || last === 83) && isApostrophe(text.charCodeAt(end - 2));
    // core: "'s" and then a trailing apostrophe stripped
    let coreEnd = possessive ? n - 2 : n;
    if (coreEnd > 0 && isApostrophe(text.charCodeAt(i + coreEnd - 1))) coreEnd--;
    let lower: string;
    let info: WordInfo | undefined;
    if (ascii || !NON_ASCII.test(t)) {
      // The characters are read from `text`, the string the scan read (one string representation for
      // the whole sentence), not from the slice.
      let h = 0x811c9dc5;
      let upper = false;
      for (let k = i; k < i + coreEnd; k++) {
        let c = text.charCodeAt(k);
        if (c >= 65 && c <= 90) { c += 32; upper = true; }
        h = hashStep(h, c);
      }
      let e = asciiLexicon[h & (ASCII_BUCKETS - 1)];
      while (e !== undefined && !sameLower(e.word, text, i, coreEnd)) e = e.next;
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

/** A one-character punctuation token. */
function punctToken(t: string, start: number): Token {
  const info = LEXICON.get(t);
  return {text: t, lower: t === '’' ? '' : t, start, end: start + 1, punct: true, cap: false, possessive: false, f: info ? info.f : 0, lemma: info?.lemma};
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Whether `word` (lower-case ASCII) equals the n characters of t from `from`, lower-cased. */
function sameLower(word: string, t: string, from: number, n: number): boolean {
  if (word.length !== n) return false;
  for (let k = 0; k < n; k++) {
    let c = t.charCodeAt(from + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

// Spans, kinded spans (sources, vague spans) and cues are each built in one place, so that each has one
// object shape (map) and the code reading them stays monomorphic: a `{...span(...), kind}` copy gets
// another map than a literal with the same fields.

function span(text: string, start: number, end: number): Span {
  return {start, end, text: text.slice(start, end)};
}

/** A span with its kind: a Source or a VagueSpan. */
function kindSpan<K extends string>(text: string, start: number, end: number, kind: K): Span & {kind: K} {
  return {start, end, text: text.slice(start, end), kind};
}

/** A cue, with every field in place from the start (one object shape; `resolved` is set later). */
function cue(text: string, start: number, end: number, kind: Cue['kind'], lemma: string, position: Cue['position'], source: Source | undefined): Cue {
  return {start, end, text: text.slice(start, end), kind, lemma, position, source, resolved: undefined};
}

/** Determiners that make a reporting noun a definite document ("the release", "its statement"). */
const DOCUMENT_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that']);

/** What kind of source a token heads, if any. */
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
function sourceSpan(full: string, tokens: Token[], j: number, kind: SourceKind): Source {
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
  return kindSpan(full, tokens[i].start, tokens[k].end, kind);
}

/**
 * A weasel phrase wins over a vague subject found on the same words. A subject overlaps a phrase when
 * one of the phrases starting before the subject ends reaches past its start: with the phrases sorted by
 * start and the largest end so far, a binary search per subject (not a walk of every phrase, quadratic in
 * a sentence of thousands of both).
 */
function phraseFirst(list: VagueSpan[]): VagueSpan[] {
  const phrases = list.filter((v) => v.kind === 'phrase').sort((a, b) => a.start - b.start);
  if (phrases.length === 0 || phrases.length === list.length) return list;
  const reach = new Float64Array(phrases.length);
  for (let k = 0; k < phrases.length; k++) reach[k] = Math.max(k > 0 ? reach[k - 1] : -Infinity, phrases[k].end);
  return list.filter((v) => {
    if (v.kind === 'phrase') return true;
    let lo = 0;
    let hi = phrases.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (phrases[mid].start < v.end) lo = mid + 1;
      else hi = mid;
    }
    return !(lo > 0 && reach[lo - 1] > v.start);
  });
}

/** The characters of text[from, to) that are not `\s` (what `.replace(/\s+/g, '').length` gives, without the copy). */
function nonSpace(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    if (!isWhiteSpace(text.charCodeAt(i))) n++;
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

// The analysis is split into functions of moderate size on purpose: V8 optimises each on its own, so a
// branch first taken late in a run (a rare construction, a file of another string type) deoptimises and
// recompiles one small function rather than one of 400 lines (which cost ~0.4 s of compiler time a
// time, again in every worker).

export function analyseAttribution(layer: TextLayer): Attribution[] {
  const full = layer.text;
  const sentences = layer.sentences;
  const quotes: Quote[] = layer.quotes;
  const quotesIn = quotesBySentence(quotes, sentences.length);
  const infos: SentenceInfo[] = [];
  const results: Attribution[] = [];
  for (const s of sentences) {
    const tokens = tokenize(s.text, s.start);
    results.push(analyseSentence(full, s, tokens, topLevelQuotes(quotes, quotesIn[s.index])));
    infos.push({hasName: mentionsName(tokens), endsWithColon: ENDS_WITH_COLON.test(s.text)});
  }
  const doc: Doc = {
    full, sentences, paragraphs: layer.paragraphs, quotes, results, infos,
    introduced: new Set(), speakerOfParagraph: new Map(), speakerOfSentence: new Map(), topBefore: topLevelBefore(quotes),
    byQuote: new Array(quotes.length), real: new Array(sentences.length), lastSourceOf: new Map(),
  };
  attributeBySentence(doc);
  findIntroducedParagraphs(doc);
  for (let qi = 0; qi < quotes.length; qi++) attributeQuote(doc, qi);
  attributeByQuoteOrParagraph(doc, quotesIn);
  return results;
}

const ENDS_WITH_COLON = /:\s*$/;

/**
 * The indices of the top-level quotes in each sentence (a quote may span several). Only top-level ones:
 * nothing reads the nested ones here, and each nested quote filed under every sentence it spans made
 * 4,000 nested quotes 8 million entries (issue 20). Top-level quotes do not overlap, so the entries are
 * at most quotes + sentences.
 */
function quotesBySentence(quotes: Quote[], sentenceCount: number): number[][] {
  const quotesIn: number[][] = [];
  for (let s = 0; s < sentenceCount; s++) quotesIn.push([]);
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    if (q.depth > 0) continue;
    for (let s = q.firstSentence; s <= q.lastSentence && s < sentenceCount; s++) quotesIn[s].push(qi);
  }
  return quotesIn;
}

function topLevelQuotes(quotes: Quote[], indices: number[]): Quote[] {
  const own: Quote[] = [];
  for (const qi of indices) if (quotes[qi].depth === 0) own.push(quotes[qi]);
  return own;
}

/** Whether a sentence names someone: a capitalised word that is no function word or vague noun. */
function mentionsName(tokens: Token[]): boolean {
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.cap && !t.punct && !(t.f & (W_NOT_NAME | W_VAGUE_SOURCE)) && (j > 0 || !(t.f & W_ROLE))) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------
// One sentence: its cues and the marker phrases in it.

/** A sentence being read: its tokens, the top-level quotations in it, and what has been found so far. */
interface SentenceScan {
  /** The file's text (spans are sliced from it) and the sentence's, which starts at `base`. */
  full: string;
  text: string;
  base: number;
  tokens: Token[];
  own: Quote[];
  cues: Cue[];
  vague: VagueSpan[];
  agentless: Span[];
  stance: Span[];
  anonymous: Span[];
}

function analyseSentence(full: string, s: Sentence, tokens: Token[], own: Quote[]): Attribution {
  const scan: SentenceScan = {full, text: s.text, base: s.start, tokens, own, cues: [], vague: [], agentless: [], stance: [], anonymous: []};
  findCues(scan);
  findMarkerPhrases(scan);
  const sources: Source[] = [];
  for (const c of scan.cues) if (c.source) sources.push(c.source);
  const vague = scan.vague;
  return {
    sentence: s.index, cues: scan.cues, sources, attributed: false, scope: undefined,
    vague: vague.length ? dedupe(phraseFirst(vague)) : vague, agentless: dedupe(scan.agentless), stance: dedupe(scan.stance),
    anonymous: dedupe(scan.anonymous), quotes: [], inQuote: false,
  };
}

/**
 * The lower-cased token at k, or '' past either end of the sentence. (`tokens[k]?.lower` reads out of
 * bounds there, and an optimised function deoptimises on the first such read.)
 */
function lowerAt(tokens: Token[], k: number): string {
  return k >= 0 && k < tokens.length ? tokens[k].lower : '';
}

/**
 * The last of the sentence's top-level quotations that opens before `start` (-1: none). Top-level quotes
 * do not overlap and come sorted by start, so only this one can contain a span starting at `start`: a
 * binary search, not a walk of every quote for every token (a sentence of thousands of quotes made
 * that quadratic, issue 20).
 */
function lastOwnBefore(own: Quote[], start: number): number {
  let lo = 0;
  let hi = own.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (own[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Whether a token lies inside one of the sentence's top-level quotations. */
function quoted(own: Quote[], t: Token): boolean {
  const k = lastOwnBefore(own, t.start);
  return k >= 0 && t.end <= own[k].end;
}

/** Where a cue at [start, end) stands relative to what it attributes (see `Cue.position`). */
function positionOf(scan: SentenceScan, start: number, end: number): Cue['position'] {
  const own = scan.own;
  if (own.length > 0) {
    const k = lastOwnBefore(own, start);
    if (k >= 0 && end <= own[k].end) return 'inside';
    // the quotes' ends are sorted as their starts are: one ends before the cue iff the first does
    return own[0].end <= start ? 'after' : 'before';
  }
  // No quotation: a cue with more than three words after it opens the clause it attributes.
  const tokens = scan.tokens;
  let tail = 0;
  for (let k = tokens.length - 1; k >= 0 && tail <= 3; k--) if (tokens[k].start > end && !tokens[k].punct) tail++;
  if (tail > 3) return 'before';
  for (const t of tokens) if (t.end <= start && t.text === ',') return 'after';
  return 'before';
}

/** The reporting cues of a sentence, token by token, outside its quotations. */
function findCues(scan: SentenceScan): void {
  const tokens = scan.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.punct || quoted(scan.own, t)) continue;
    if (t.lower === 'according' && lowerAt(tokens, i + 1) === 'to') {
      i = accordingToCue(scan, i);
      continue;
    }
    if ((t.f & W_REPORTING_NOUN) && !t.possessive) reportingNounCue(scan, i);
    if (t.lemma || (t.f & W_PARTICIPLE) !== 0) verbCue(scan, i);
  }
}

/** "according to X" at token i (followed by "to"); returns the last token it takes. */
function accordingToCue(scan: SentenceScan, i: number): number {
  const tokens = scan.tokens;
  const t = tokens[i];
  let source: Source | undefined;
  let end = i + 1;
  for (let j = i + 2; j < Math.min(tokens.length, i + 10); j++) {
    if (tokens[j].punct && tokens[j].text !== '“' && tokens[j].text !== '"') break;
    const kind = sourceKind(tokens, j, true);
    if (kind) { source = sourceSpan(scan.full, tokens, j, kind); end = j; break; }
    // a document told of before: "according to the release", "according to its statement" (not
    // "according to reports", a weasel phrase without a determiner)
    if (REPORTING_NOUNS.has(tokens[j].lower) && DOCUMENT_DETERMINERS.has(tokens[j - 1].lower)) {
      source = kindSpan(scan.full, tokens[j - 1].start, tokens[j].end, 'role');
      end = j;
      break;
    }
  }
  const to = tokens[i + 1];
  scan.cues.push(cue(scan.full, t.start, to.end, 'according', 'according to', positionOf(scan, t.start, to.end), source));
  return Math.max(i + 1, end);
}

/** A reporting noun at i with its owner: "the ministry's statement", "a statement from the ministry". */
function reportingNounCue(scan: SentenceScan, i: number): void {
  const tokens = scan.tokens;
  const t = tokens[i];
  let source: Source | undefined;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const p = tokens[j];
    if (p.punct) break;
    if (p.possessive) {
      const kind = sourceKind(tokens, j, true);
      if (kind && kind !== 'vague') source = sourceSpan(scan.full, tokens, j, kind);
      break;
    }
  }
  const next = lowerAt(tokens, i + 1);
  if (!source && (next === 'from' || next === 'by')) {
    for (let j = i + 2; j < Math.min(tokens.length, i + 6); j++) {
      const kind = sourceKind(tokens, j, true);
      if (kind) { source = sourceSpan(scan.full, tokens, j, kind); break; }
    }
  }
  // "State Police issued a report": the subject of a verb of issuing owns the noun
  if (!source && ISSUE_VERBS.has(lowerAt(tokens, i - 2)) && DETERMINERS.has(lowerAt(tokens, i - 1))) {
    for (let j = i - 3; j >= Math.max(0, i - 8); j--) {
      if (tokens[j].punct) break;
      const kind = sourceKind(tokens, j, true);
      if (kind && kind !== 'vague') { source = sourceSpan(scan.full, tokens, j, kind); break; }
    }
  }
  if (source) scan.cues.push(cue(scan.full, t.start, t.end, 'noun', t.lower, positionOf(scan, t.start, t.end), source));
}

const PASSIVE_ENDING = /(?:ed|en|wn|id|ld|ht|ood|nd)$/;
const CONTRACTED_BE = /['’](?:s|re)$/i;

/** A reporting verb or participle at i: a passive ("was accused by X"), an agentless report, or a verb with its subject. */
function verbCue(scan: SentenceScan, i: number): void {
  const tokens = scan.tokens;
  const t = tokens[i];
  const lemma = t.lemma;
  const participle = (t.f & W_PARTICIPLE) !== 0;
  // "released information", not "treated and released"
  const objects = lemma ? OBJECT_REQUIRED.get(lemma) : undefined;
  if (objects && !objectFollows(tokens, i, objects)) return;
  const be = beFormBefore(tokens, i);
  if (be >= 0 && PASSIVE_ENDING.test(t.lower)) {
    passiveCue(scan, i, be, participle);
    return;
  }
  if (!lemma) return;
  // Reduced passive: "Obama, expected to visit", "a man said to be".
  if (participle && isReducedPassive(tokens, i)) {
    scan.agentless.push(span(scan.full, t.start, tokens[i + 1].end));
    return;
  }
  activeCue(scan, i, lemma);
}

/** Whether one of `objects` stands in the three tokens after i. */
function objectFollows(tokens: Token[], i: number, objects: ReadonlySet<string>): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) if (objects.has(tokens[k].lower)) return true;
  return false;
}

/** A form of "be" shortly before i (adverbs between): its index, else -1. */
function beFormBefore(tokens: Token[], i: number): number {
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const p = tokens[j];
    if (BE_FORMS.has(p.lower) || CONTRACTED_BE.test(p.text) && PRONOUNS.has(p.text.toLowerCase().replace(CONTRACTED_BE, ''))) return j;
    if (!ADVERB_GAP.test(p.lower)) break;
  }
  return -1;
}

/** A passive at i after the form of "be" at `be`: a cue when an agent ("by X") follows, else maybe an agentless report. */
function passiveCue(scan: SentenceScan, i: number, be: number, participle: boolean): void {
  const {tokens, full} = scan;
  const t = tokens[i];
  const source = agentAfter(scan, i);
  if (source) {
    scan.cues.push(cue(full, t.start, t.end, 'passive', t.lemma ?? t.lower, positionOf(scan, t.start, t.end), source));
    if (source.kind === 'vague') scan.vague.push(kindSpan(full, tokens[be].start, source.end, 'subject'));
  } else if (participle && !(lowerAt(tokens, be - 1) === 'as' || lowerAt(tokens, be - 2) === 'as') && !(NEED_AS.has(t.lower) && lowerAt(tokens, i + 1) !== 'as') && !(t.lower === 'known' && lowerAt(tokens, i + 1) !== 'to')) {
    scan.agentless.push(span(full, tokens[be].start, t.end));
  }
}

/** The agent of a passive at i: "by X" shortly after. */
function agentAfter(scan: SentenceScan, i: number): Source | undefined {
  const tokens = scan.tokens;
  for (let j = i + 1; j < Math.min(tokens.length, i + 5); j++) {
    if (tokens[j].lower !== 'by') continue;
    for (let k = j + 1; k < Math.min(tokens.length, j + 5); k++) {
      const kind = sourceKind(tokens, k, true);
      if (kind) return sourceSpan(scan.full, tokens, k, kind);
    }
    return undefined;
  }
  return undefined;
}

const OBJECT_PRONOUNS = /^(?:him|her|them|me|us|reporters)$/;
const REDUCED_PASSIVE_ENDING = /(?:ed|wn|id|ht|ood)$/;

/** "expected to visit", "said to be": a participle at i, then "to" and a verb. */
function isReducedPassive(tokens: Token[], i: number): boolean {
  if (i + 2 >= tokens.length || tokens[i + 1].lower !== 'to') return false;
  const n = tokens[i + 2];
  return !n.cap && !DETERMINERS.has(n.lower) && !PRONOUNS.has(n.lower) && !OBJECT_PRONOUNS.test(n.lower) &&
    REDUCED_PASSIVE_ENDING.test(tokens[i].lower) && !(i > 0 && PRONOUNS.has(tokens[i - 1].lower));
}

/** An active reporting verb at i: a cue with its subject, unless the form is a noun here. */
function activeCue(scan: SentenceScan, i: number, lemma: string): void {
  const {tokens, full} = scan;
  const t = tokens[i];
  // A noun, not a verb ("the claims", "local reports", "court ruling"): a verb form that is also a
  // noun needs a subject or an auxiliary right before it.
  let prevIndex = i - 1;
  while (prevIndex >= 0 && !tokens[prevIndex].punct && ADVERB_GAP.test(tokens[prevIndex].lower) && !BE_FORMS.has(tokens[prevIndex].lower)) prevIndex--;
  const prev = prevIndex >= 0 ? tokens[prevIndex] : undefined;
  let ing = ING_CUE.test(t.lower);
  if (ing && prev && BE_FORMS.has(prev.lower)) ing = false;
  else if (ing && !(prev === undefined || prev.punct || ING_OPENERS.has(prev.lower))) return;
  if (!ing && STRICT_NOUN_FORMS.test(t.lower) && !(prev && (AUXILIARIES.has(prev.lower) || PRONOUNS.has(prev.lower)))) return;
  if (!ing && NOUN_LIKE_FORMS.test(t.lower) && prev && !AUXILIARIES.has(prev.lower) && !(sourceKind(tokens, prevIndex, true) && !prev.possessive && !DETERMINERS.has(prev.lower))) return;
  // The subject: nearest source to the left within the clause, else an inverted one to the right.
  let source = subjectBefore(scan, i, ing);
  if (!source && !ing) source = subjectAfter(scan, i);
  scan.cues.push(cue(full, t.start, t.end, 'verb', lemma, positionOf(scan, t.start, t.end), source));
  if (source?.kind === 'vague') scan.vague.push(kindSpan(full, Math.min(source.start, t.start), Math.max(source.end, t.end), 'subject'));
  if (source?.kind === 'anonymous') scan.anonymous.push(span(full, Math.min(source.start, t.start), Math.max(source.end, t.end)));
}

/** The subject of a verb at i: the nearest source to its left within the clause (the whole sentence before an -ing form). */
function subjectBefore(scan: SentenceScan, i: number, ing: boolean): Source | undefined {
  const tokens = scan.tokens;
  for (let j = i - 1; j >= Math.max(0, ing ? 0 : i - 12); j--) {
    const p = tokens[j];
    if (!ing && (QUOTE_MARK.test(p.text) || p.text === ';' || p.text === ':' || SUBORDINATORS.has(p.lower))) break;
    if (quoted(scan.own, p)) continue;
    const kind = sourceKind(tokens, j, true);
    if (ing && (kind === 'vague' || kind === 'anonymous')) continue;
    if (kind) return sourceSpan(scan.full, tokens, j, kind);
  }
  return undefined;
}

/** An inverted subject after a verb at i: "said Ana Silva", "said police on Monday". */
function subjectAfter(scan: SentenceScan, i: number): Source | undefined {
  const tokens = scan.tokens;
  for (let j = i + 1; j < Math.min(tokens.length, i + 7); j++) {
    const p = tokens[j];
    if (p.punct && p.text !== ',') break;
    if (SUBORDINATORS.has(p.lower)) break;
    if (DAYS_AND_TIME.test(p.lower) && !p.cap) continue;
    if (DAYS_AND_TIME.test(p.lower) || quoted(scan.own, p)) continue;
    const kind = sourceKind(tokens, j, true);
    if (kind) return sourceSpan(scan.full, tokens, j, kind);
  }
  return undefined;
}

/**
 * Weasel phrases, agentless "faced" reports, "there is" frames and impersonal stance. Each phrase list
 * is a long regex, run only when a token of the sentence is one of its trigger words.
 */
function findMarkerPhrases(scan: SentenceScan): void {
  let gateVague = false, gateFaced = false, gateStance = false, gateThere = false, gateAccording = false;
  for (const t of scan.tokens) {
    const f = t.f;
    if (f & W_TRIGGER_VAGUE) gateVague = true;
    if (f & W_TRIGGER_FACED) gateFaced = true;
    if (f & W_TRIGGER_STANCE) gateStance = true;
    if (t.lower === 'there') gateThere = true;
    if (t.lower === 'according') gateAccording = true;
  }
  const {text, base, full} = scan;
  if (gateVague) for (const m of matches(VAGUE_PHRASE, text)) scan.vague.push(kindSpan(full, base + m.index, base + m.index + m[0].length, 'phrase'));
  if (gateAccording) for (const m of matches(ACCORDING_VAGUE, text)) scan.vague.push(kindSpan(full, base + m.index, base + m.index + m[0].length, 'phrase'));
  if (gateFaced) for (const m of matches(FACED, text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (FACED_WITH_AGENT.test(after)) continue;
    scan.agentless.push(span(full, base + m.index, base + m.index + m[0].length));
  }
  if (gateThere) for (const m of matches(THERE_IS, text)) scan.vague.push(kindSpan(full, base + m.index, base + m.index + m[0].length, 'phrase'));
  if (gateStance) for (const m of matches(STANCE, text)) scan.stance.push(span(full, base + m.index, base + m.index + m[0].length));
}

/** "faced criticism from the Democrats": the agent follows. */
const FACED_WITH_AGENT = /^\s+(?:\S+\s+){0,2}?(?:from|by)\s+(?:the\s+|his\s+|her\s+|its\s+)?(?:\p{Lu}|officials|lawmakers|members)/u;

// ---------------------------------------------------------------------------------------------------
// Scope: which sentences and quotations are attributed, from the cues of all sentences.

/** The whole file's analysis, as the scope passes read and fill it. */
interface Doc {
  full: string;
  sentences: Sentence[];
  paragraphs: Paragraph[];
  quotes: Quote[];
  results: Attribution[];
  infos: SentenceInfo[];
  /** Paragraphs introduced by "X said:" before them, or signed off ("— Name") after them. */
  introduced: Set<number>;
  /** The speakers of the top-level quotes found so far, by the paragraphs and sentences they span. */
  speakerOfParagraph: Map<number, Source>;
  speakerOfSentence: Map<number, Source>;
  /** For each quote, the index of the last top-level quote before it in `quotes` (-1: none). */
  topBefore: Int32Array;
  /** Each quote's attribution, once `attributeQuote` has made it (by quote index). */
  byQuote: Array<QuoteAttribution | undefined>;
  /** Per sentence, its cues with a real source (see `realCues`), made on first use. */
  real: Array<RealCues | undefined>;
  /** `lastSource` per paragraph, made on first use (null: none). */
  lastSourceOf: Map<number, Source | null>;
}

/** For each quote, the last top-level quote before it (quotes are sorted by start, then depth). */
function topLevelBefore(quotes: Quote[]): Int32Array {
  const out = new Int32Array(quotes.length);
  let last = -1;
  for (let qi = 0; qi < quotes.length; qi++) {
    out[qi] = last;
    if (quotes[qi].depth === 0) last = qi;
  }
  return out;
}

/** A pronoun source counts when a name was mentioned in the sentence or the few before it. */
function resolves(doc: Doc, sIndex: number): boolean {
  for (let k = sIndex; k >= Math.max(0, sIndex - 4); k--) if (doc.infos[k].hasName) return true;
  return false;
}

function isReal(doc: Doc, sIndex: number, c: Cue): boolean {
  return c.source !== undefined && c.source.kind !== 'vague' && (c.source.kind !== 'pronoun' || resolves(doc, sIndex));
}

/** A sentence's cues with a real source, in their order, and whether their starts and ends are sorted. */
interface RealCues {
  cues: Cue[];
  ordered: boolean;
}

/** The cues of sentence sIndex with a real source (made once per sentence). */
function realCues(doc: Doc, sIndex: number): RealCues {
  let real = doc.real[sIndex];
  if (real === undefined) {
    const cues: Cue[] = [];
    for (const c of doc.results[sIndex].cues) if (isReal(doc, sIndex, c)) cues.push(c);
    doc.real[sIndex] = real = {cues, ordered: inOrder(cues)};
  }
  return real;
}

/** Whether the cues' starts, and their ends, never decrease (as `findCues` makes them: token by token). */
function inOrder(cues: Cue[]): boolean {
  for (let k = 1; k < cues.length; k++) if (cues[k].start < cues[k - 1].start || cues[k].end < cues[k - 1].end) return false;
  return true;
}

function distance(c: Cue, q: Quote): number {
  return Math.min(Math.abs(c.start - q.end), Math.abs(q.start - c.end));
}

/** The real source of a cue in the sentence; with `outside`, the one nearest that quote and not in it. */
function ownSpeaker(doc: Doc, sIndex: number, outside: Quote | undefined): Source | undefined {
  const {cues, ordered} = realCues(doc, sIndex);
  if (cues.length === 0) return undefined;
  if (!outside) return cues[0].source;
  if (cues.length > 8 && ordered) return nearestOutside(cues, outside);
  let best: Source | undefined;
  let bestDistance = Infinity;
  for (const c of cues) {
    if (c.start >= outside.start && c.end <= outside.end) continue;
    const d = distance(c, outside);
    if (d < bestDistance) { best = c.source; bestDistance = d; }
  }
  return best;
}

/**
 * `ownSpeaker`'s loop for many cues in order, without walking the cues inside the quote (each of
 * thousands of quotes in one sentence walked every cue of it: quadratic, issue 20). With starts and
 * ends in order, the cues wholly before the quote are a prefix (the nearest is the first with the
 * largest end), those wholly after a suffix (the nearest is its first), and between them only the few
 * that straddle an edge of the quote are outside it. The same cue wins as in the loop: the smallest
 * distance, the first in order on a tie.
 */
function nearestOutside(cues: Cue[], q: Quote): Source | undefined {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (cues[mid].end <= q.start) lo = mid + 1; else hi = mid; }
  const before = lo; // cues[0, before) end by the quote's start
  lo = before;
  hi = cues.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (cues[mid].start < q.end) lo = mid + 1; else hi = mid; }
  const after = lo; // cues[after, n) start at or after the quote's end
  const candidates: number[] = [];
  if (before > 0) {
    let k = before - 1;
    while (k > 0 && cues[k - 1].end === cues[before - 1].end) k--;
    candidates.push(k);
  }
  let k = before;
  for (; k < after && cues[k].start < q.start; k++) candidates.push(k);
  let m = after - 1;
  while (m >= k && cues[m].end > q.end) m--;
  for (let j = m + 1; j < after; j++) candidates.push(j);
  if (after < cues.length) candidates.push(after);
  let best: Source | undefined;
  let bestDistance = Infinity;
  for (const j of candidates) {
    const d = distance(cues[j], q);
    if (d < bestDistance) { best = cues[j].source; bestDistance = d; }
  }
  return best;
}

/** The speaker of the last sentence of a paragraph that has one (once per paragraph). */
function lastSource(doc: Doc, pIndex: number): Source | undefined {
  if (pIndex < 0 || pIndex >= doc.paragraphs.length) return undefined;
  const known = doc.lastSourceOf.get(pIndex);
  if (known !== undefined) return known ?? undefined;
  const p = doc.paragraphs[pIndex];
  let found: Source | undefined;
  for (let s = p.last; s >= p.first && !found; s--) found = ownSpeaker(doc, s, undefined);
  doc.lastSourceOf.set(pIndex, found ?? null);
  return found;
}

/** Marks each cue's source real or not, and the sentences attributed by a cue of their own. */
function attributeBySentence(doc: Doc): void {
  for (const r of doc.results) for (const c of r.cues) c.resolved = isReal(doc, r.sentence, c);
  for (const r of doc.results) if (ownSpeaker(doc, r.sentence, undefined)) { r.attributed = true; r.scope = 'sentence'; }
}

const OPENS_WITH_QUOTE_MARK = /^\s*["“‘«]/;
const OPENS_WITH_SIGN_OFF = /^\s*[—–-]{1,2}\s*\p{Lu}/u;

/** Paragraph introductions ("X said:") and sign-offs ("— Name"). */
function findIntroducedParagraphs(doc: Doc): void {
  const {full, paragraphs, infos, introduced} = doc;
  for (const p of paragraphs) {
    const last = p.last;
    if (infos[last]?.endsWithColon && ownSpeaker(doc, last, undefined)) {
      // the paragraph after, and the quote paragraphs that go on from it
      for (let q = p.index + 1; q < paragraphs.length; q++) {
        introduced.add(q);
        if (q + 1 >= paragraphs.length) break;
        const next = paragraphs[q + 1];
        if (!OPENS_WITH_QUOTE_MARK.test(full.slice(next.start, next.start + 4))) break;
      }
    }
    if (p.index > 0 && OPENS_WITH_SIGN_OFF.test(full.slice(p.start, p.start + 6)) && infos[p.first]?.hasName) introduced.add(p.index - 1);
    // An embedded post signed inside its paragraph: "… — Ana Silva (@handle) March 2, 2017"
    if (SIGNED_POST.test(full.slice(p.start, p.end))) introduced.add(p.index);
  }
}

/** The attribution of quote qi, once `attributeQuote` has made it. */
function quoteAttribution(doc: Doc, qi: number): QuoteAttribution | undefined {
  return doc.byQuote[qi];
}

/** Finds the speaker of quote qi and files the quote with the sentence it opens in. */
function attributeQuote(doc: Doc, qi: number): void {
  const q = doc.quotes[qi];
  const home = q.firstSentence < doc.results.length ? doc.results[q.firstSentence] : undefined;
  if (!home) return;
  const qa: QuoteAttribution = {quote: qi, speaker: undefined, scope: undefined};
  if (q.depth > 0) speakerOfOuterQuote(doc, qi, qa);
  if (!qa.speaker) speakerInOrNextToQuote(doc, q, qa);
  if (!qa.speaker) speakerOfSentencesBefore(doc, q, qa);
  if (!qa.speaker) speakerOfParagraphBefore(doc, q, qa);
  if (!qa.speaker && doc.introduced.has(q.lastParagraph) && q.lastParagraph + 1 < doc.paragraphs.length) {
    // signed off in the paragraph after
    const sign = doc.paragraphs[q.lastParagraph + 1];
    qa.speaker = kindSpan(doc.full, sign.start, sign.end, 'named');
    qa.scope = 'paragraph';
  }
  if (qa.speaker && q.depth === 0) {
    for (let p = q.paragraph; p <= q.lastParagraph; p++) doc.speakerOfParagraph.set(p, qa.speaker);
    for (let k = q.firstSentence; k <= q.lastSentence; k++) doc.speakerOfSentence.set(k, qa.speaker);
  }
  home.quotes.push(qa);
  doc.byQuote[qi] = qa;
}

/**
 * A quote inside a quote has the speaker of the top-level quote around it. Only the last top-level quote
 * before it can be that quote: top-level quotes do not overlap, so any earlier one ends before it starts.
 * (Walking back over every quote before it was quadratic in nested quotes.)
 */
function speakerOfOuterQuote(doc: Doc, qi: number, qa: QuoteAttribution): void {
  const quotes = doc.quotes;
  const q = quotes[qi];
  const k = doc.topBefore[qi];
  if (k < 0) return;
  const o = quotes[k];
  if (o.start < q.start && q.end <= o.end) {
    const outer = quoteAttribution(doc, k);
    if (outer?.speaker) { qa.speaker = outer.speaker; qa.scope = 'outer'; }
  }
}

/** A cue in the quote's own sentences (outside the quote), else in the sentence right after or a "said:" right before. */
function speakerInOrNextToQuote(doc: Doc, q: Quote, qa: QuoteAttribution): void {
  const {sentences, infos} = doc;
  // Only the first and last sentence can hold a cue outside the quote: those between lie inside it
  // (walking them all was quadratic in nested quotes spanning many sentences).
  for (let s = q.firstSentence; s <= q.lastSentence; s = s === q.firstSentence && q.lastSentence > s ? q.lastSentence : s + 1) {
    const sp = ownSpeaker(doc, s, q);
    if (sp && !(sp.start >= q.start && sp.end <= q.end)) { qa.speaker = sp; qa.scope = 'sentence'; return; }
  }
  if (q.lastSentence + 1 < sentences.length) {
    const next = sentences[q.lastSentence + 1];
    if (next.paragraph === q.lastParagraph && opensWithRealCue(doc, next)) {
      qa.speaker = ownSpeaker(doc, next.index, undefined); qa.scope = 'adjacent';
      if (qa.speaker) return;
    }
  }
  if (q.firstSentence > 0) {
    const prev = sentences[q.firstSentence - 1];
    const sp = infos[prev.index].endsWithColon ? ownSpeaker(doc, prev.index, undefined) : undefined;
    if (sp) { qa.speaker = sp; qa.scope = 'adjacent'; }
  }
}

/** Whether a real cue stands within the first 40 characters of a sentence. */
function opensWithRealCue(doc: Doc, s: Sentence): boolean {
  for (const c of doc.results[s.index].cues) if (c.start - s.start < 40 && isReal(doc, s.index, c)) return true;
  return false;
}

const ONLY_OPENERS = /^[\s(\[]*$/;

/** A quote that opens its sentence continues the speaker of the sentences before it in the paragraph. */
function speakerOfSentencesBefore(doc: Doc, q: Quote, qa: QuoteAttribution): void {
  const sentences = doc.sentences;
  if (!ONLY_OPENERS.test(doc.full.slice(sentences[q.firstSentence].start, q.start))) return;
  for (let k = q.firstSentence - 1; k >= 0 && sentences[k].paragraph === q.paragraph && q.firstSentence - k <= 4; k--) {
    const prior = doc.speakerOfSentence.get(k) ?? ownSpeaker(doc, k, undefined);
    if (prior) { qa.speaker = prior; qa.scope = 'adjacent'; return; }
  }
}

const ONLY_SPACE = /^\s*$/;

/** A quote that opens its paragraph: the speaker of the paragraph before, or of the "X said:" that introduced it. */
function speakerOfParagraphBefore(doc: Doc, q: Quote, qa: QuoteAttribution): void {
  const para = q.paragraph < doc.paragraphs.length ? doc.paragraphs[q.paragraph] : undefined;
  const opensParagraph = para !== undefined && ONLY_SPACE.test(doc.full.slice(para.start, q.start));
  if (opensParagraph && q.paragraph > 0) {
    const inherited = doc.speakerOfParagraph.get(q.paragraph - 1) ?? lastSource(doc, q.paragraph - 1);
    if (inherited) { qa.speaker = inherited; qa.scope = 'paragraph'; return; }
  }
  if (doc.introduced.has(q.paragraph)) {
    const intro = lastSource(doc, q.paragraph - 1);
    if (intro) { qa.speaker = intro; qa.scope = 'paragraph'; }
  }
}

/** Sentences (almost) inside an attributed quotation, or in an introduced paragraph. */
function attributeByQuoteOrParagraph(doc: Doc, quotesIn: number[][]): void {
  const {full, sentences, quotes} = doc;
  for (const r of doc.results) {
    const s = sentences[r.sentence];
    const inside = quotesIn[r.sentence];
    const chars = inside.length ? nonSpace(full, s.start, s.end) || 1 : 1;
    for (const qi of inside) {
      const q = quotes[qi];
      if (q.depth > 0) continue;
      const covered = nonSpace(full, Math.max(q.start, s.start), Math.min(q.end, s.end));
      if (covered / chars >= 0.8) r.inQuote = true;
      if (r.attributed || covered / chars < 0.5) continue;
      if (quoteAttribution(doc, qi)?.speaker) { r.attributed = true; r.scope = 'quote'; }
    }
    if (!r.attributed && doc.introduced.has(s.paragraph)) { r.attributed = true; r.scope = 'paragraph'; }
  }
}
