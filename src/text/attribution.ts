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
import {analyseSentence, kindSpan, mentionsName, type Attribution, type Cue, type QuoteAttribution, type Source} from './attribution-cues.js';

export type {Attribution, Cue, QuoteAttribution, Source, SourceKind, Span, VagueSpan} from './attribution-cues.js';

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
    const tokens = layer.sentenceTokens[s.index];
    results.push(analyseSentence(full, s, tokens, topLevelQuotes(quotes, quotesIn[s.index])));
    infos.push({hasName: mentionsName(tokens), endsWithColon: ENDS_WITH_COLON.test(s.text)});
  }
  const doc: Doc = {
    full, sentences, paragraphs: layer.paragraphs, quotes, results, infos,
    introduced: new Set(), speakerOfParagraph: new Map(), speakerOfSentence: new Map(),
  };
  attributeBySentence(doc);
  findIntroducedParagraphs(doc);
  for (let qi = 0; qi < quotes.length; qi++) attributeQuote(doc, qi);
  attributeByQuoteOrParagraph(doc, quotesIn);
  attributeByNextSentence(doc);
  return results;
}

const ENDS_WITH_COLON = /:\s*$/;

/** The indices of the quotes in each sentence (a quote may span several). */
function quotesBySentence(quotes: Quote[], sentenceCount: number): number[][] {
  const quotesIn: number[][] = [];
  for (let s = 0; s < sentenceCount; s++) quotesIn.push([]);
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
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
  /** Paragraphs introduced by "X said:" before them, or signed off ("— Name") after them. */
  introduced: Set<number>;
  /** The speakers of the top-level quotes found so far, by the paragraphs and sentences they span. */
  speakerOfParagraph: Map<number, Source>;
  speakerOfSentence: Map<number, Source>;
}

/** A pronoun source counts when a name was mentioned in the sentence or the few before it. */
function resolves(doc: Doc, sIndex: number): boolean {
  for (let k = sIndex; k >= Math.max(0, sIndex - 4); k--) if (doc.infos[k].hasName) return true;
  return false;
}

function isReal(doc: Doc, sIndex: number, c: Cue): boolean {
  return c.source !== undefined && c.source.kind !== 'vague' && (c.source.kind !== 'pronoun' || resolves(doc, sIndex));
}

/** The real source of a cue in the sentence; with `outside`, the one nearest that quote and not in it. */
function ownSpeaker(doc: Doc, sIndex: number, outside: Quote | undefined): Source | undefined {
  let best: Source | undefined;
  let bestDistance = Infinity;
  for (const c of doc.results[sIndex].cues) {
    if (!isReal(doc, sIndex, c)) continue;
    if (outside && c.start >= outside.start && c.end <= outside.end) continue;
    const d = outside ? Math.min(Math.abs(c.start - outside.end), Math.abs(outside.start - c.end)) : 0;
    if (d < bestDistance) { best = c.source; bestDistance = d; }
  }
  return best;
}

/** The speaker of the last sentence of a paragraph that has one. */
function lastSource(doc: Doc, pIndex: number): Source | undefined {
  if (pIndex < 0 || pIndex >= doc.paragraphs.length) return undefined;
  const p = doc.paragraphs[pIndex];
  for (let s = p.last; s >= p.first; s--) {
    const sp = ownSpeaker(doc, s, undefined);
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
  const home = doc.quotes[qi].firstSentence;
  if (home >= doc.results.length) return undefined;
  for (const qa of doc.results[home].quotes) if (qa.quote === qi) return qa;
  return undefined;
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
}

/** A quote inside a quote has the speaker of the top-level quote around it. */
function speakerOfOuterQuote(doc: Doc, qi: number, qa: QuoteAttribution): void {
  const quotes = doc.quotes;
  const q = quotes[qi];
  for (let k = qi - 1; k >= 0; k--) {
    const o = quotes[k];
    if (o.depth === 0 && o.start < q.start && q.end <= o.end) {
      const outer = quoteAttribution(doc, k);
      if (outer?.speaker) { qa.speaker = outer.speaker; qa.scope = 'outer'; }
      return;
    }
  }
}

/** A cue in the quote's own sentences (outside the quote), else in the sentence right after or a "said:" right before. */
function speakerInOrNextToQuote(doc: Doc, q: Quote, qa: QuoteAttribution): void {
  const {sentences, infos} = doc;
  for (let s = q.firstSentence; s <= q.lastSentence; s++) {
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
