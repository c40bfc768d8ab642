// Attribution analysis: for each sentence, the reporting cues (verbs, "according to", reporting nouns),
// the source each cue has (a name, a role noun, a pronoun pointing back at a name, an anonymous or a
// vague source), the markers of a claim reported without a source (vague sources, agentless passives,
// impersonal stance), and whether the sentence's content is attributed in scope: by a cue in the same
// sentence, by the speaker of a quotation it lies in (a quote continued over sentences and paragraphs),
// or by a paragraph introduced with "X said:". The per-sentence part is in
// attribution-cues.ts; this module is the document scope.
import type {TextLayer} from './layer.js';
import type {Quote} from './quotes.js';
import type {Paragraph, Sentence} from './sentences.js';
import {isWhiteSpace} from './chars.js';
import {analyseSentence, type Attribution, type QuoteAttribution} from './attribution-cues.js';
import {kindSpan, mentionsName, mentionsRole, type Cue, type Source, type SourceKind} from './attribution-sources.js';
import {type Token, tokenIndexAt, W_NOT_NAME} from './tokens.js';
import {QUOTE_KINDS} from './quote-kinds.js';
import {RECOVERY} from './lexicons.js';
import {
  speakerBefore, speakerAfter, speakerOpening, sentenceSpeaker, sentenceSubject, blockCitation, citedAtEnd, type SpeakerReading,
} from './quote-speakers.js';
import {compileNow} from '../util/compile-now.js';

export type {Attribution, QuoteAttribution} from './attribution-cues.js';
export type {Cue, Source, SourceKind, Span, VagueSpan} from './attribution-sources.js';

/** The signature of an embedded social-media post: a dash, a name, the account handle in brackets. */
const SIGNED_POST = /[—–]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+\(@\w{1,30}\)/u;

/** The characters of text[from, to) that are not `\s` (what `.replace(/\s+/g, '').length` gives, without the copy). */
function nonSpace(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    if (!isWhiteSpace(text.charCodeAt(i))) n++;
  }
  return n;
}

/** What the scope passes need of a sentence. */
interface SentenceInfo {
  hasName: boolean;
  endsWithColon: boolean;
}

// The analysis is split into functions of moderate size on purpose: see docs/performance.md, 'Why some code is written as it is'.

export function analyseAttribution(layer: TextLayer): Attribution[] {
  const full = layer.text;
  const sentences = layer.sentences;
  const quotes: Quote[] = layer.quotes;
  const quotesIn = quotesBySentence(quotes, sentences.length);
  const infos: SentenceInfo[] = [];
  const results: Attribution[] = [];
  for (const s of sentences) {
    const tokens = layer.sentenceTokens[s.index];
    results.push(analyseSentence(full, s, tokens, topLevelQuotes(quotes, quotesIn[s.index])));
    infos.push({hasName: mentionsName(tokens), endsWithColon: ENDS_WITH_COLON.test(s.text)});
  }
  const doc: Doc = {
    full, sentences, paragraphs: layer.paragraphs, quotes, results, infos, tokens: layer.sentenceTokens,
    introduced: new Set(), speakerOfParagraph: new Map(), speakerOfSentence: new Map(), spoken: new Map(),
    reading: {speaker: undefined, unnamed: undefined}, topBefore: topLevelBefore(quotes),
    byQuote: new Array(quotes.length), real: new Array(sentences.length), roles: new Array(sentences.length), lastSourceOf: new Map(), firstWord: new Map(),
    contentStart: new Array(sentences.length), names: new Array(sentences.length),
  };
  attributeBySentence(doc);
  findIntroducedParagraphs(doc);
  for (let qi = 0; qi < quotes.length; qi++) attributeQuote(doc, qi);
  shareRunOnSpeakers(doc);
  attributeByQuoteOrParagraph(doc, quotesIn);
  attributeByNextSentence(doc);
  carryPreviousSpeaker(doc);
  carryParagraphAccount(doc);
  return results;
}

const ENDS_WITH_COLON = /:\s*$/;

/**
 * The indices of the top-level quotes in each sentence (a quote may span several). Only top-level ones:
 * nothing reads the nested ones here, and each nested quote filed under every sentence it spans made
 * 4,000 nested quotes 8 million entries. Top-level quotes do not overlap, so the entries are at most
 * quotes + sentences.
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
  /** The layer's token view: each sentence's tokens. */
  tokens: Token[][];
  /** Paragraphs introduced by "X said:" before them, or signed off ("— Name") after them. */
  introduced: Set<number>;
  /** The speakers of the top-level quotes found so far, by the paragraphs and sentences they span. */
  speakerOfParagraph: Map<number, Source>;
  speakerOfSentence: Map<number, Source>;
  /** Each sentence's speaker as `sentenceSpeaker` reads it (null: none), filled when first asked. */
  spoken: Map<number, Source | null>;
  /** The reading of the words next to the quote being attributed (one record, reused). */
  reading: SpeakerReading;
  /** For each quote, the index of the last top-level quote before it in `quotes` (-1: none). */
  topBefore: Int32Array;
  /** Each quote's attribution, once `attributeQuote` has made it (by quote index). */
  byQuote: Array<QuoteAttribution | undefined>;
  /** Per sentence, its cues with a real source (see `realCues`), made on first use. */
  real: Array<RealCues | undefined>;
  /** Per sentence, whether it tells of a role or a body (see `resolves`), found on first use. */
  roles: Array<boolean | undefined>;
  /** `lastSource` per paragraph, made on first use (null: none). */
  lastSourceOf: Map<number, Source | null>;
  /** `firstWordOf` per paragraph, made on first use. */
  firstWord: Map<number, number>;
  /** `contentStart` and `nameStarts` per sentence, made on first use. */
  contentStart: Array<number | undefined>;
  names: Array<number[] | undefined>;
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

/**
 * A pronoun source counts when a name, a role or a body was mentioned in the sentence or the few before it
 * ("Police did not release a motive. They said …"); roles are looked for only when a pronoun asks.
 */
function resolves(doc: Doc, sIndex: number): boolean {
  for (let k = sIndex; k >= Math.max(0, sIndex - 4); k--) if (doc.infos[k].hasName || (doc.roles[k] ??= mentionsRole(doc.tokens[k]))) return true;
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
 * thousands of quotes in one sentence walked every cue of it: quadratic). With starts and ends in order,
 * the cues wholly before the quote are a prefix (the nearest is the first with the largest end), those
 * wholly after a suffix (the nearest is its first), and between them only the few that straddle an edge
 * of the quote are outside it. The same cue wins as in the loop: the smallest distance, the first in
 * order on a tie.
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

/** The speaker of the last of a paragraph's sentences (at most three read) that names one by a speech verb. */
function lastSpoken(doc: Doc, pIndex: number): Source | undefined {
  if (pIndex < 0 || pIndex >= doc.paragraphs.length) return undefined;
  const p = doc.paragraphs[pIndex];
  for (let s = p.last; s >= p.first && p.last - s < 3; s--) {
    const sp = spokenBy(doc, s);
    if (sp) return sp;
  }
  return undefined;
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
  const qa: QuoteAttribution = {quote: qi, speaker: undefined, scope: undefined, unnamed: undefined};
  if (q.depth > 0) speakerOfOuterQuote(doc, qi, qa);
  if (!qa.speaker && q.depth === 0) speakerOfCoordinatedQuote(doc, qi, qa);
  // The words next to the quote first (the nearest frame: "was described as" names nobody, whatever
  // other cue the sentence has), then any cue of its sentences.
  if (!qa.speaker && q.depth === 0) speakerReadNextToQuote(doc, q, qa);
  if (!qa.speaker && !qa.unnamed) speakerInOrNextToQuote(doc, q, qa);
  // Only speech has a speaker to look for past its own sentence: a title or a term is nobody's words.
  const speech = QUOTE_KINDS[q.kind].speech || q.depth > 0;
  if (!qa.speaker && !qa.unnamed && speech) speakerOfSentencesBefore(doc, q, qa);
  if (!qa.speaker && !qa.unnamed && speech) speakerOfParagraphBefore(doc, q, qa);
  if (!qa.speaker && !qa.unnamed && speech && q.depth === 0) speakerOfBlockQuote(doc, q, qa);
  if (!qa.speaker && !qa.unnamed && q.depth === 0) speakerOfTranscriptLine(doc, q, qa);
  // "... were less likely to be injured (Weber, 124)": a quotation that ends with its citation
  if (!qa.speaker && !qa.unnamed && q.depth === 0 && citedAtEnd(q.inner)) { qa.speaker = kindSpan(doc.full, q.end - 1, q.end, 'named'); qa.scope = 'sentence'; }
  if (!qa.speaker && !qa.unnamed && speech && !opensItsSentence(doc, q)) speakerOfPartialQuote(doc, q, qa);
  if (!qa.speaker && !qa.unnamed && q.paragraph === 0) speakerOfHeadline(doc, q, qa);
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

const JOINED = /^[\s,:;—–-]*(?:(?:and|or|but|then)\b)?[\s,:—–-]*$/i;

/** "“A” and “B,” she said", "calls Cruz “A”: “B”": a quote joined to the one before it in the sentence has its speaker. */
function speakerOfCoordinatedQuote(doc: Doc, qi: number, qa: QuoteAttribution): void {
  const quotes = doc.quotes;
  const q = quotes[qi];
  for (let k = qi - 1; k >= 0; k--) {
    const o = quotes[k];
    if (o.depth > 0) continue;
    if (o.lastSentence !== q.firstSentence || q.start - o.end > 24 || !JOINED.test(doc.full.slice(o.end, q.start))) return;
    const prior = quoteAttribution(doc, k);
    if (prior?.speaker) { qa.speaker = prior.speaker; qa.scope = 'sentence'; }
    return;
  }
}

/**
 * The parts of one quotation whose paragraphs ran together ("“A. “B. “C,” said X": each part ended unclosed
 * where the next opened) have the speaker any part has; read back from the last part.
 */
function shareRunOnSpeakers(doc: Doc): void {
  const quotes = doc.quotes;
  let next: QuoteAttribution | undefined;
  let nextStart = -1;
  for (let qi = quotes.length - 1; qi >= 0; qi--) {
    const q = quotes[qi];
    if (q.depth > 0) continue;
    const qa = quoteAttribution(doc, qi);
    if (qa && !qa.speaker && !q.closed && q.end === nextStart && next?.speaker) {
      qa.speaker = next.speaker;
      qa.scope = 'adjacent';
      qa.unnamed = undefined;
    }
    next = qa;
    nextStart = q.start;
  }
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

/**
 * The speaker read from the words next to the quote, as an editor reads them (quote-speakers.ts): a speech
 * verb and its subject before or after it in its sentences, a name before a colon, a dash-signed line, a
 * bracketed source; an introducing sentence before it ("Cruz continued:"); a sentence after it that opens
 * with a speech verb ("He added."). An agentless passive ("was described as") is noted: nobody is named.
 */
function speakerReadNextToQuote(doc: Doc, q: Quote, qa: QuoteAttribution): void {
  const {full, tokens, sentences} = doc;
  const reading = doc.reading;
  reading.speaker = undefined;
  reading.unnamed = undefined;
  const first = tokens[q.firstSentence];
  const open = tokenIndexAt(first, q.start);
  speakerBefore(full, first, open, AGENT_AFTER.test(full.slice(q.end, q.end + 120)), reading);
  if (!reading.speaker && !reading.unnamed) {
    const last = tokens[q.lastSentence];
    speakerAfter(full, last, tokenIndexAt(last, q.end), q.end, reading);
  }
  // a vague subject ("critics said") is no speaker, and no speaker is looked for past it
  const found = reading.speaker as Source | undefined;
  if (found && found.kind !== 'vague') { qa.speaker = found; qa.scope = 'sentence'; return; }
  if (found) { qa.unnamed = 'vague'; return; }
  if (reading.unnamed) {
    // "In a report compiled by Transparency International, graft was said to be “pervasive”": a real source
    // elsewhere in the sentence; "... is described as “self-inflicted.” The medical examiner said ...": in the next
    const cue = ownSpeaker(doc, q.firstSentence, q) ?? openingSpeaker(doc, q);
    if (cue) { qa.speaker = cue; qa.scope = 'sentence'; return; }
    qa.unnamed = reading.unnamed;
    return;
  }
  if (opensItsSentence(doc, q) && q.firstSentence > 0) {
    const prev = sentences[q.firstSentence - 1];
    if (INTRODUCES.test(prev.text) && prev.paragraph >= q.paragraph - 1) {
      const pt = tokens[prev.index];
      speakerBefore(full, pt, pt.length - 1, false, reading);
      if (reading.speaker) { qa.speaker = reading.speaker; qa.scope = 'adjacent'; return; }
      // an introduction that names nobody ("Wait, it gets better:") goes on with the speaker before it
      const earlier = recentSpeaker(doc, prev.paragraph, prev.index);
      if (earlier) { qa.speaker = earlier; qa.scope = 'adjacent'; return; }
    }
  }
  const sp = openingSpeaker(doc, q);
  if (sp) { qa.speaker = sp; qa.scope = 'adjacent'; }
}

/** The speaker the sentence after the quote opens with, in the same paragraph ("He added."). */
function openingSpeaker(doc: Doc, q: Quote): Source | undefined {
  const sentences = doc.sentences;
  const next = q.lastSentence + 1 < sentences.length ? sentences[q.lastSentence + 1] : undefined;
  if (!next || next.paragraph !== q.lastParagraph) return undefined;
  const sp = speakerOpening(doc.full, doc.tokens[next.index]);
  return sp && sp.kind !== 'vague' ? sp : undefined;
}

/** "“...” by the sentencing judge": the agent of a passive before the quote stands after it. */
const AGENT_AFTER = /^[\s,]*(?:(?:and|or)\s+["“][^"”\n]{1,80}["”][\s,]*)?by\s/;
/** A sentence that ends by introducing what follows ("X said:", "Cruz continued:", "the letter reads,"). */
const INTRODUCES = /[:,]\s*$/;
/** Words that may stand before a quote that still opens its sentence ("And “...”", "Indeed, “...”"). */
const CONNECTIVES = new Set(['and', 'but', 'so', 'yet', 'or', 'indeed', 'still', 'then', 'also', 'however', 'meanwhile', 'now', 'plus',
  'again', 'later', 'finally', 'instead', 'besides', 'moreover', 'furthermore', 'otherwise', 'too']);

/** Whether only openers and connectives stand before the quote in its sentence. */
function opensItsSentence(doc: Doc, q: Quote): boolean {
  return q.start <= contentStart(doc, q.firstSentence);
}

/**
 * Where a sentence's first word that is no mark or connective starts (Infinity: none), once per sentence.
 * (Reading the sentence from its start for each quote was quadratic in a sentence of thousands of quotes.)
 */
function contentStart(doc: Doc, s: number): number {
  let at = doc.contentStart[s];
  if (at === undefined) {
    at = Infinity;
    for (const t of doc.tokens[s]) {
      if (!(t.punct || CONNECTIVES.has(t.lower))) { at = t.start; break; }
    }
    doc.contentStart[s] = at;
  }
  return at;
}

/** The speaker of a sentence read from its speech verbs (memoised per sentence). */
function spokenBy(doc: Doc, s: number): Source | undefined {
  let sp = doc.spoken.get(s);
  if (sp === undefined) doc.spoken.set(s, sp = sentenceSpeaker(doc.full, doc.tokens[s]) ?? null);
  return sp ?? undefined;
}

/** The last speaker before sentence `before` in paragraph `p` and the two paragraphs before it. */
function recentSpeaker(doc: Doc, p: number, before: number): Source | undefined {
  const sentences = doc.sentences;
  for (let k = before - 1; k >= 0 && sentences[k].paragraph >= p - 2; k--) {
    const sp = doc.speakerOfSentence.get(k) ?? ownSpeaker(doc, k, undefined) ?? spokenBy(doc, k);
    if (sp) return sp;
  }
  return undefined;
}

/** Whether a real cue stands within the first 40 characters of a sentence. */
function opensWithRealCue(doc: Doc, s: Sentence): boolean {
  for (const c of doc.results[s.index].cues) if (c.start - s.start < 40 && isReal(doc, s.index, c)) return true;
  return false;
}

/** A quote that opens its sentence continues the speaker of the sentences before it in the paragraph. */
function speakerOfSentencesBefore(doc: Doc, q: Quote, qa: QuoteAttribution): void {
  const sentences = doc.sentences;
  // A quote inside the writer's sentence (a partial quote) goes on with the speaker of the sentence just before.
  const reach = opensItsSentence(doc, q) ? 4 : 1;
  for (let k = q.firstSentence - 1; k >= 0 && sentences[k].paragraph === q.paragraph && q.firstSentence - k <= reach; k--) {
    const prior = doc.speakerOfSentence.get(k) ?? ownSpeaker(doc, k, undefined) ?? spokenBy(doc, k);
    if (prior) { qa.speaker = prior; qa.scope = 'adjacent'; return; }
  }
  // "Mr Dean is optimistic. “We will ...”": a quote that opens its sentence after a sentence about someone
  const k = q.firstSentence - 1;
  if (reach > 1 && k >= 0 && sentences[k].paragraph === q.paragraph) {
    // ... or after sentences about someone named by the paragraph's first ("The committee made 101
    // recommendations. One was a call to amend the bill. “We accept ...”")
    const first = doc.paragraphs[q.paragraph].first;
    const subject = sentenceSubject(doc.full, doc.tokens[k]) ?? (first < k && k - first < 3 ? sentenceSubject(doc.full, doc.tokens[first]) : undefined);
    if (subject) { qa.speaker = subject; qa.scope = 'adjacent'; }
  }
}

/** Nothing but spaces and punctuation (": “...”" in an interview whose questioner's name was lost). */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Where a paragraph's first letter or digit stands (its end when it has none), once per paragraph: a quote
 * opens its paragraph when it starts by then. (Testing the text from the paragraph's start to each quote
 * was quadratic in a paragraph of thousands of quotes.)
 */
function firstWordOf(doc: Doc, p: Paragraph): number {
  let at = doc.firstWord.get(p.index);
  if (at === undefined) {
    const m = WORD_CHAR.exec(doc.full.slice(p.start, p.end));
    at = m ? p.start + m.index : p.end;
    doc.firstWord.set(p.index, at);
  }
  return at;
}

/**
 * A partial quote (words quoted inside the writer's own sentence: "the plan was “dead on arrival”") with no
 * speaker next to it: edited news names the speaker somewhere in the paragraph, or at the end of the one
 * before. Any speaker there is taken.
 */
function speakerOfPartialQuote(doc: Doc, q: Quote, qa: QuoteAttribution): void {
  const p = doc.paragraphs[q.paragraph];
  for (let s = p.first; s <= p.last && s - p.first < 12; s++) {
    if (s >= q.firstSentence && s <= q.lastSentence) continue;
    const sp = doc.speakerOfSentence.get(s) ?? ownSpeaker(doc, s, undefined) ?? spokenBy(doc, s);
    if (sp) { qa.speaker = sp; qa.scope = 'paragraph'; return; }
  }
  const before = lastSource(doc, q.paragraph - 1) ?? lastSpoken(doc, q.paragraph - 1) ?? doc.speakerOfParagraph.get(q.paragraph - 1);
  if (before) { qa.speaker = before; qa.scope = 'paragraph'; return; }
  // "CREW filed a request for “records sufficient to show ...”", "... the original goals of the United Nations":
  // words quoted from what a named party wrote or holds, named in the same sentence or the one before
  const named = namedOutside(doc, q.firstSentence, q) ?? (q.firstSentence > p.first ? namedOutside(doc, q.firstSentence - 1, q) : undefined);
  if (named) { qa.speaker = named; qa.scope = 'sentence'; }
}

/** The first name (a capitalised word that is no function word) of sentence s outside quote q. */
function namedOutside(doc: Doc, s: number, q: Quote): Source | undefined {
  const tokens = doc.tokens[s];
  const names = nameStarts(doc, s);
  // the first name word not inside the quote: the first of all, or the first that ends past the quote
  // (the ones inside it are a run of the sorted list: a binary search passes them)
  let n = 0;
  if (names.length > 0 && tokens[names[0]].start >= q.start) {
    let hi = names.length;
    while (n < hi) {
      const mid = (n + hi) >> 1;
      if (tokens[names[mid]].end <= q.end) n = mid + 1;
      else hi = mid;
    }
  }
  if (n < names.length) {
    const j = names[n];
    const t = tokens[j];
    let k = j;
    while (k + 1 < tokens.length && k - j < 5 && tokens[k + 1].cap && !tokens[k + 1].punct && !(tokens[k + 1].f & W_NOT_NAME)) k++;
    return kindSpan(doc.full, t.start, tokens[k].end, 'named');
  }
  return undefined;
}

/** The indices of a sentence's capitalised words that may be names (not its first word), once per sentence. */
function nameStarts(doc: Doc, s: number): number[] {
  let names = doc.names[s];
  if (names === undefined) {
    names = [];
    const tokens = doc.tokens[s];
    for (let j = 1; j < tokens.length; j++) {
      const t = tokens[j];
      if (!t.punct && t.cap && !(t.f & W_NOT_NAME)) names.push(j);
    }
    doc.names[s] = names;
  }
  return names;
}

/** A headline: the first paragraph, one short sentence, with the story after it. */
const HEADLINE_WORDS = 30;

/** A quote in the headline is attributed in the story: the first speaker of its next three paragraphs. */
function speakerOfHeadline(doc: Doc, q: Quote, qa: QuoteAttribution): void {
  const {paragraphs, tokens} = doc;
  const p = paragraphs[0];
  if (paragraphs.length < 2 || p.first !== p.last || tokens[p.first].length > HEADLINE_WORDS * 2) return;
  for (let pi = 1; pi < Math.min(paragraphs.length, 4); pi++) {
    const para = paragraphs[pi];
    for (let s = para.first; s <= para.last; s++) {
      const sp = ownSpeaker(doc, s, undefined) ?? spokenBy(doc, s);
      if (sp) { qa.speaker = sp; qa.scope = 'paragraph'; return; }
    }
  }
}

/** A quote that opens its paragraph: the speaker of the paragraph before, or of the "X said:" that introduced it. */
function speakerOfParagraphBefore(doc: Doc, q: Quote, qa: QuoteAttribution): void {
  const para = q.paragraph < doc.paragraphs.length ? doc.paragraphs[q.paragraph] : undefined;
  const opensParagraph = para !== undefined && q.start <= firstWordOf(doc, para);
  if (opensParagraph && q.paragraph > 0) {
    const prev = doc.paragraphs[q.paragraph - 1];
    const inherited = doc.speakerOfParagraph.get(q.paragraph - 1) ?? lastSource(doc, q.paragraph - 1) ?? lastSpoken(doc, q.paragraph - 1) ??
      // "Morris appears almost evangelical.\n\n“I was on a cruise ...”": the paragraph before ends on someone
      sentenceSubject(doc.full, doc.tokens[prev.last]);
    if (inherited) { qa.speaker = inherited; qa.scope = 'paragraph'; return; }
  }
  if (doc.introduced.has(q.paragraph)) {
    const intro = lastSource(doc, q.paragraph - 1);
    if (intro) { qa.speaker = intro; qa.scope = 'paragraph'; }
  }
}

/** The speaker label of a transcript's line: "Q:", "A.", "Q" and a tab, "MS. SMITH:", "SEN. JONES:". */
const TRANSCRIPT_LABEL = /^\s*(?:[QA](?::|\.\s|\t| {2,})|(?:MR|MRS|MS|DR|SEN|REP|GOV|GEN|SECRETARY|PRESIDENT)\.?\s+[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?:)/;

/** A quotation in a transcript's line is said by the one its label names ("Q  Is it sort of a “...”?"). */
function speakerOfTranscriptLine(doc: Doc, q: Quote, qa: QuoteAttribution): void {
  const para = doc.paragraphs[q.paragraph];
  if (!para) return;
  const m = TRANSCRIPT_LABEL.exec(doc.full.slice(para.start, Math.min(para.end, para.start + 60)));
  if (m) { qa.speaker = kindSpan(doc.full, para.start, para.start + m[0].length, 'named'); qa.scope = 'paragraph'; }
}

const LIST_MARK = /^\s*(?:\d{1,3}|[a-z])[.)]\s*$/;

/** A quotation that makes up its paragraph (a block quotation): the citation next to it (quote-speakers.ts `blockCitation`). */
function speakerOfBlockQuote(doc: Doc, q: Quote, qa: QuoteAttribution): void {
  const {paragraphs} = doc;
  const para = paragraphs[q.paragraph];
  // (a list number may stand before it: "7. “...”")
  if (!para || (q.start > firstWordOf(doc, para) && !(q.start - para.start <= 8 && LIST_MARK.test(doc.full.slice(para.start, q.start))))) return;
  const last = paragraphs[q.lastParagraph];
  const cite = blockCitation(doc.full, q.end, last.end, q.paragraph > 0 ? paragraphs[q.paragraph - 1] : undefined,
    q.lastParagraph + 1 < paragraphs.length ? paragraphs[q.lastParagraph + 1] : undefined);
  if (cite) { qa.speaker = cite; qa.scope = 'paragraph'; }
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

/**
 * A sentence whose source opens the next sentence of its paragraph: "The mayor is accused of taking
 * bribes. According to court documents, he took …", "… is expected to resign. Party officials say the
 * vote …". The opening cue must be "according to" or a named, role or anonymous source that is not
 * someone the first sentence tells of (the accused answering: "The mayor said he was innocent").
 */
function attributeByNextSentence(doc: Doc): void {
  const {sentences, results, full} = doc;
  for (let k = 0; k + 1 < results.length; k++) {
    const r = results[k];
    if (r.attributed) continue;
    const s = sentences[k];
    const next = sentences[k + 1];
    if (next.paragraph !== s.paragraph) continue;
    for (const c of results[k + 1].cues) {
      if (c.start - next.start >= 40 || !isReal(doc, k + 1, c) || c.source === undefined) continue;
      const src = c.source;
      if (c.kind !== 'according' && !(src.kind === 'named' || src.kind === 'role' || src.kind === 'anonymous')) continue;
      if (c.kind !== 'according' && full.slice(s.start, s.end).includes(lastWordOf(src.text))) continue;
      r.attributed = true;
      r.scope = 'next';
      break;
    }
  }
}

function lastWordOf(text: string): string {
  const k = text.search(/[^\s]+$/);
  return k < 0 ? text : text.slice(k);
}

/** Whether a paragraph holds one sentence. */
function singleSentence(doc: Doc, p: number): boolean {
  const para = doc.paragraphs[p];
  return para !== undefined && para.first === para.last;
}

/** Pronouns that make a sentence tell of the one who spoke before ("Lund said … . She is accused of …"). */
const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'his', 'their']);
/** The pronouns of one person: they cannot point back at a body or a plural ("Police said …. He is expected to recover"). */
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']);
/** Heads of a source that name a body, not a person (general English: institutions that speak in news). */
const BODY_HEADS = new Set(['police', 'government', 'administration', 'department', 'agency', 'office', 'ministry', 'army', 'military',
  'campaign', 'committee', 'council', 'court', 'company', 'firm', 'bank', 'union', 'board', 'commission', 'county', 'city', 'state',
  'patrol', 'bureau', 'service', 'services', 'hospital', 'school', 'district', 'university', 'group', 'team', 'club', 'church', 'corp',
  'inc', 'co', 'ltd', 'network', 'station', 'newspaper', 'paper', 'authority', 'authorities', 'force', 'guard', 'embassy', 'parliament',
  // collective nouns of people: "Rangel's family says her brother was moving his rifle. He allegedly set it down" ("he" is the brother)
  'family', 'household', 'staff', 'crew', 'jury', 'panel', 'coalition', 'party', 'association', 'organization', 'organisation', 'foundation']);

/** A source's word as the word lists hold it: lower case, without a possessive or a full stop ("Police's", "Sgt."). */
function normalWord(w: string): string {
  return w.toLowerCase().replace(/[’']s?$/, '').replace(/\.$/, '');
}

/** Whether a source's head word names a body or a plural: no person that "he" or "she" could point back at. */
function notOnePerson(last: string): boolean {
  const w = normalWord(last);
  return BODY_HEADS.has(w) || (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'));
}

/**
 * A victim's prognosis: their injuries or condition, or their expected recovery ("Her injuries are not
 * considered life-threatening", "His condition is stable", "He is expected to survive"). Its pronoun
 * points at a victim, not at the one who spoke before (general English of crime and accident reports).
 */
const PROGNOSIS_SENTENCE = compileNow(new RegExp([
  String.raw`\b(?:injur(?:y|ies)|wounds?|condition)\b[^.;]*?\b(?:non-?\s?life[- ]threatening|life[- ]threatening|critical|stable|serious|grave|fair|good)\b`,
  String.raw`\bexpected\s+to\s+(?:${RECOVERY})\b`,
].join('|'), 'i'));

/** How much a kind of source says who spoke: a name, then a role, an unnamed person, a pronoun, a crowd. */
const SOURCE_RANK: Readonly<Record<SourceKind, number>> = {named: 4, role: 3, anonymous: 2, pronoun: 1, vague: 0};

/**
 * The speaker of a whole sentence: the source of a closing or an opening cue told for the whole sentence ("The
 * suspect was later identified as …, deputies said." is the deputies', not "the suspect" of "was identified"),
 * else its first cue's.
 */
function wholeSentenceSpeaker(doc: Doc, k: number): Source | undefined {
  const s = doc.sentences[k];
  const first = ownSpeaker(doc, k, undefined);
  // (a closing "…, X said." or an opening "According to X, …": a cue told for the whole sentence; not a weaker kind
  // of source than the first cue's, "Acme said … , a company spokesman said" stays Acme's)
  for (const c of realCues(doc, k).cues) {
    if ((c.position === 'after' || c.kind === 'according') && c.clauseStart <= s.start && c.clauseEnd >= s.end && c.source &&
      (!first || SOURCE_RANK[c.source.kind] >= SOURCE_RANK[first.kind])) return c.source;
  }
  return first;
}

/**
 * Each sentence that follows, in its paragraph, a sentence with a real source of its own gets that
 * speaker as `previous`, unless it tells of the speaker (their name's last word, or a personal pronoun
 * that points back at them): "Acme said it would close the plant. The closure is expected to cost 300
 * jobs." (the expectation is Acme's), but not "The mayor said he would stay. He is accused of fraud."
 * One sentence back only, read from the cues the sentence pass keeps (no new scan).
 */
function carryPreviousSpeaker(doc: Doc): void {
  const {sentences, results, full, tokens} = doc;
  for (let k = 1; k < results.length; k++) {
    const r = results[k];
    if (r.attributed || results[k - 1].scope !== 'sentence') continue;
    // wire copy sets each sentence as a paragraph: a one-sentence paragraph's named or role source goes
    // on to the sentence that opens the next ("Acme said it would shut the plant.\n\nThe closure is expected to …")
    const wire = sentences[k].paragraph === sentences[k - 1].paragraph + 1 && singleSentence(doc, sentences[k - 1].paragraph) &&
      doc.paragraphs[sentences[k].paragraph]?.first === k;
    if (sentences[k].paragraph !== sentences[k - 1].paragraph && !wire) continue;
    const speaker = wholeSentenceSpeaker(doc, k - 1);
    if (!speaker || speaker.kind === 'vague' || (wire && speaker.kind !== 'named' && speaker.kind !== 'role')) continue;
    const last = lastWordOf(speaker.text);
    // ("Houston police said the teen ran home. He is expected to recover": "he" is the teen, not the police)
    const body = speaker.kind !== 'pronoun' && notOnePerson(last);
    // ("Cole said the girl was not involved. Her injuries are not considered life-threatening": "her" is the
    // victim; "…, according to Mayor Ana Cole. All of them are expected to be okay": "them" are the victims)
    const prognosis = PROGNOSIS_SENTENCE.test(full.slice(sentences[k].start, sentences[k].end));
    let tells = false;
    for (const t of tokens[k]) {
      const pointsBack = SPEAKER_PRONOUNS.has(t.lower) && !prognosis && !(body && PERSON_PRONOUNS.has(t.lower));
      if (pointsBack || (speaker.kind !== 'pronoun' && t.text === last)) { tells = true; break; }
    }
    if (!tells && !full.slice(sentences[k].start, sentences[k].end).includes(last)) r.previous = speaker;
  }
}

/**
 * Heads of a source that name an office that reports incidents, or its staff (general English: police,
 * sheriffs, investigators, hospitals and coroners, and "officials" and "authorities" of any body): the
 * account of an incident that local news tells a paragraph at a time. Not a government's or a company's
 * spokesman, whose expectations are forecasts of their own.
 */
const OFFICIAL_HEADS = new Set(['police', 'department', 'office', 'patrol', 'hospital', 'authorities', 'sheriff', 'officers', 'deputies',
  'officials', 'investigators', 'detectives', 'troopers', 'agents', 'prosecutors', 'coroner', 'examiner', 'cops', 'marshals']);

/** One member of those offices, as a head or as the title before a name ("a deputy", "Sgt. Ed Piago", "Police Chief Ana Cole"). */
const OFFICIAL_TITLES = new Set(['police', 'sheriff', 'deputy', 'detective', 'investigator', 'trooper', 'prosecutor', 'coroner',
  'dispatcher', 'sgt', 'sergeant', 'lt', 'cpl', 'corporal', 'marshal']);
// ("chief", "captain", "officer", "lieutenant" and "agent" are left out: a company's chief executive officer and its top lieutenant, a team's
// captain and an estate agent speak for themselves; "Police Chief" has "police")

/**
 * Whether a source names an office that reports incidents, or its staff: by its head ("police", "the
 * sheriff's office", "deputies", "a detective") or, for a person, by an office's title among its words
 * ("Sgt. Ed Piago", "Police Chief Ana Cole").
 */
function official(source: string): boolean {
  const words = source.split(/\s+/);
  const head = normalWord(words[words.length - 1]);
  if (OFFICIAL_HEADS.has(head) || OFFICIAL_TITLES.has(head)) return true;
  for (let k = 0; k < words.length - 1; k++) if (OFFICIAL_TITLES.has(normalWord(words[k]))) return true;
  return false;
}

/**
 * Words of a source that name the police, a sheriff, investigators, prosecutors, a coroner or fire officials
 * (general English): the offices whose account of a crime or fire a report retells with "allegedly" and
 * "reportedly". Narrower than `official`: "officials", "authorities", a department or an office of any body
 * and a hospital are left out (a government's officials are no account of an incident).
 */
const INCIDENT_WORDS = new Set(['police', 'sheriff', 'officers', 'deputies', 'deputy', 'investigators', 'investigator', 'detectives', 'detective',
  'troopers', 'trooper', 'prosecutors', 'prosecutor', 'coroner', 'examiner', 'cops', 'marshals', 'marshal', 'fire', 'sgt', 'sergeant', 'lt', 'cpl',
  'corporal', 'dispatcher', 'patrol']);

/** Whether an official source (`account`) is the police, a sheriff, investigators, prosecutors, a coroner or fire officials. */
export function incidentOffice(source: Source): boolean {
  for (const w of source.text.split(/\s+/)) if (INCIDENT_WORDS.has(normalWord(w))) return true;
  return false;
}

/** A police or court rank before a name: "Sgt. Richard Bratz", "Det. Ana Silva", "Deputy Bo Tran". */
// (police ranks only: "chief", "officer" and "captain" stand before company and army names too, "chief executive Ken …")
const RANK_BEFORE = /\b(?:sgt|sergeant|lt|lieutenant|cpl|corporal|det|detective|deputy|trooper|sheriff|investigator|prosecutor|coroner|marshal)\.?\s+(?:\p{Lu}\.\s+)?$/iu;
/** An appositive after a name giving its role in an incident office: ", a state police spokesman", ", spokeswoman for the sheriff's office". */
const ROLE_AFTER = /^,\s+(?:(?:a|an|the)\s+)?(?:[\p{L}'’.-]+\s+){0,5}?(?:spokes(?:man|woman|person)|public information officer|officer|detective|investigator|prosecutor|sheriff|coroner)\b/iu;
const INCIDENT_OF = /\b(?:police|sheriff'?s?|troopers?|patrol|prosecutor'?s?|district attorney'?s?|coroner'?s?|fire)\b/i;

/**
 * Whether a named source speaks for an incident office by the rank before the name or the role after it ("said
 * Sgt. Richard Bratz, a state police spokesman", "Deputy Bo Tran said"): the name alone names no office.
 */
export function incidentRole(source: Source, full: string): boolean {
  if (incidentOffice(source)) return true;
  if (RANK_BEFORE.test(full.slice(Math.max(0, source.start - 20), source.start))) return true;
  const after = ROLE_AFTER.exec(full.slice(source.end, source.end + 80));
  // (a spokesman or an officer of what? "chief operating officer of Sony" is none; a detective is)
  return after !== null && (INCIDENT_OF.test(after[0]) || /(?:detective|investigator|prosecutor|sheriff|coroner)$/i.test(after[0]));
}

/** Where an incident office's account may stand: the sentence itself, then where `account` reads (ACCOUNT_OFFSETS). */
const INCIDENT_OFFSETS = [0, -1, 1, -2];

/** Sets a sentence's `incidentAccount` (see there), with the exclusions of `account`: the sentence names that source, or "they" in both. */
function incidentAccountOf(doc: Doc, k: number, officialOf: (s: number) => Source | null): void {
  const {sentences, results, full} = doc;
  for (const d of INCIDENT_OFFSETS) {
    const s = k + d;
    if (s < 0 || s >= results.length || Math.abs(sentences[s].paragraph - sentences[k].paragraph) > 1) continue;
    const found = officialOf(s);
    if (!found || !incidentOffice(found)) continue;
    if (d !== 0 && plural(doc.tokens[k]) && plural(doc.tokens[s])) return;
    if (d !== 0 && full.slice(sentences[k].start, sentences[k].end).includes(lastWordOf(found.text))) return;
    results[k].incidentAccount = found;
    return;
  }
}

/** Whether a sentence has "they", "them" or "their". */
function plural(tokens: Token[]): boolean {
  for (const t of tokens) if (t.lower === 'they' || t.lower === 'them' || t.lower === 'their' || t.lower === "they're" || t.lower === 'they’re') return true;
  return false;
}

/**
 * Where an official account may stand, from an agentless report's sentence, nearest first: the sentence
 * before, the one after, the one two before (within its paragraph or the paragraph before or after).
 */
const ACCOUNT_OFFSETS = [-1, 1, -2];

/**
 * Each sentence without a source of its own gets, as `account`, the real source of the nearest sentence at
 * ACCOUNT_OFFSETS, in its paragraph or the paragraph before or after (local news sets a sentence or two per
 * paragraph), whose source is named, a role or anonymous and names an office that reports incidents, or its
 * staff ("police said", "the sheriff's office said", "deputies say", "Sgt. Ana Cole said"): a police or
 * official account of an incident covers the sentences around it, the prognosis and the suspicion in them
 * too ("One man died, police said. Another man is in critical condition. The others are expected to
 * survive."). Not when the sentence names that source itself ("Police are expected to …").
 */
function carryParagraphAccount(doc: Doc): void {
  const {sentences, results, full} = doc;
  // each sentence's official source, read once (null: none)
  const officialAt: Array<Source | null | undefined> = new Array(results.length);
  const officialOf = (s: number): Source | null => {
    let src = officialAt[s];
    if (src === undefined) {
      const own = results[s].scope === 'sentence' ? ownSpeaker(doc, s, undefined) : undefined;
      src = own && (own.kind === 'named' || own.kind === 'role' || own.kind === 'anonymous') && official(own.text) ? own : null;
      officialAt[s] = src;
    }
    return src;
  };
  for (let k = 0; k < results.length; k++) {
    const r = results[k];
    if (!r) continue;
    incidentAccountOf(doc, k, officialOf);
    if (r.attributed) continue;
    let found: Source | null = null;
    let accountSentence = -1;
    for (const d of ACCOUNT_OFFSETS) {
      const s = k + d;
      if (s < 0 || s >= results.length || Math.abs(sentences[s].paragraph - sentences[k].paragraph) > 1) continue;
      found = officialOf(s);
      if (found) { accountSentence = s; break; }
    }
    if (!found) continue;
    // "Police said they had found the car. They are expected to name a suspect": the office told of
    // itself, and "they" may point back at it (not so after "Police said two men were shot")
    if (plural(doc.tokens[k]) && plural(doc.tokens[accountSentence])) continue;
    if (!full.slice(sentences[k].start, sentences[k].end).includes(lastWordOf(found.text))) r.account = found;
  }
}
