// The clause a cue can attribute and where the cue stands: coordinate and fronted clauses, asides set off
// by dashes or brackets, and an adjunct closing the sentence ("at a news conference Sunday"). Part of the
// sentence scan of attribution-cues.ts.
import {type Token, DASHES, tokenIndexAt} from './tokens.js';
import {type Cue, type SentenceScan, QUOTE_MARK, DAYS_AND_TIME, COORDINATORS, lowerAt, quoted, lastOwnBefore} from './attribution-sources.js';

/** Coordinators after a comma that go on with what a named speaker reports: "…, while output was expected to rise". */
const CONTINUING = new Set(['while', 'whereas', 'and']);

/** Finite verbs that open a coordinate clause without a subject of its own: ", but are expected to survive", ", and is known to …". */
const SUBJECTLESS_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should',
  'must', 'remains', 'remain', 'remained']);
/** Adverbs that may stand between the coordinator and that verb: ", but also was …", ", and later was …". */
const SUBJECTLESS_ADVERBS = new Set(['also', 'still', 'later', 'then', 'now', 'not', 'reportedly', 'allegedly']);

/** Whether the coordinate clause whose coordinator is at k opens with a finite verb: it has no subject of its own. */
function subjectless(tokens: Token[], k: number): boolean {
  if (!COORDINATORS.has(lowerAt(tokens, k))) return false;
  let j = k + 1;
  while (j < tokens.length && j <= k + 2 && SUBJECTLESS_ADVERBS.has(tokens[j].lower)) j++;
  return SUBJECTLESS_VERBS.has(lowerAt(tokens, j));
}

/** Subordinators that open a fronted adverbial clause. */
const FRONTED = new Set(['when', 'while', 'although', 'though', 'because', 'after', 'before', 'since', 'if', 'once', 'whereas', 'unless', 'until', 'whenever']);

/** Where the comma that closes a fronted adverbial clause stands (-1: none). */
function frontedClauseEnd(scan: SentenceScan): number {
  const tokens = scan.tokens;
  let k = 0;
  while (k < tokens.length && (tokens[k].punct || CONNECTIVE_OPENERS.has(tokens[k].lower))) k++;
  if (k >= tokens.length || !FRONTED.has(tokens[k].lower)) return -1;
  for (let j = k + 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.text === ';' || t.text === ':') return -1;
    if (t.text === ',' && !quoted(scan.own, t)) return j + 1 < tokens.length ? t.start : -1;
  }
  return -1;
}
const CONNECTIVE_OPENERS = new Set(['but', 'and', 'yet', 'so', 'still', 'even']);

/** How far from the sentence's last word a closing tag may stand, in characters ("…, the minister said on Monday."). */
const CLOSING_TAG = 40;
/** The same for a closing "according to", whose source follows it. */
const CLOSING_ACCORDING = 100;

/** Each cue's clause (see `Cue.clauseStart`). */
export function setClauses(scan: SentenceScan, sentenceStart: number, sentenceEnd: number): void {
  if (scan.cues.length === 0) return;
  const tokens = scan.tokens;
  // the breaks between coordinate clauses, as offsets
  const breaks: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.punct || quoted(scan.own, t)) continue;
    if (t.text === ';' || (t.text === ',' && k + 1 < tokens.length && COORDINATORS.has(tokens[k + 1].lower) && !(tokens[k + 1].lower === 'and' && k + 2 < tokens.length && tokens[k + 2].punct))) breaks.push(t.start);
  }
  // a fronted adverbial clause ends at its comma: "When Trump attacked the judge, Hispanic voters were
  // outraged" ("As X said, …" attributes what follows, and is left whole)
  const opener = frontedClauseEnd(scan);
  if (opener >= 0 && !breaks.includes(opener)) { breaks.push(opener); breaks.sort((a, b) => a - b); }
  const lastWord = tokens.length > 0 ? tokens[tokens.length - 1].end : sentenceEnd;
  const asides = asidesOf(scan);
  for (const c of scan.cues) {
    // a cue in an aside set off by dashes or brackets speaks for the aside only: "From her failures – as
    // described by FBI Director James Comey – many believe …"
    const aside = asides.find((x) => x[0] < c.start && c.end <= x[1]);
    if (aside) { c.clauseStart = aside[0]; c.clauseEnd = aside[1]; continue; }
    let from = sentenceStart, to = sentenceEnd;
    for (const b of breaks) {
      if (b < c.start) from = b;
      else { to = b; break; }
    }
    // "…, the minister said (on Monday)." and "According to X, …" speak for the whole sentence
    // "He told reporters the company planned X, while productivity was expected to rise": a named speaker's
    // report runs on through a coordinate clause ("while", "whereas", "and") that has no cue of its own
    // "Police say two others were shot, but are expected to survive": a coordinate clause with no subject of
    // its own (a verb right after the coordinator) goes on with the reported clause, whatever the coordinator
    if (c.kind === 'verb' && c.position === 'before' && c.source && c.source.kind !== 'vague' && c.source.end <= c.start) {
      let bi = breaks.indexOf(to);
      while (bi >= 0 && ((c.source.kind !== 'anonymous' && CONTINUING.has(lowerAt(tokens, tokenIndexAt(tokens, to) + 1))) || subjectless(tokens, tokenIndexAt(tokens, to) + 1))) {
        const next = bi + 1 < breaks.length ? breaks[bi + 1] : sentenceEnd;
        const from2 = to;
        if (scan.cues.some(o => o !== c && o.start > from2 && o.start < next)) break;
        to = next;
        bi = bi + 1 < breaks.length ? bi + 1 : -1;
      }
    }
    // (a closing "according to" names its source after it, and a title and a name run long: "…, according to West
    // Valley police spokeswoman Ana Ruiz.")
    const closing = c.position === 'after' && to === sentenceEnd && lastWord - c.end < (c.kind === 'according' ? CLOSING_ACCORDING : CLOSING_TAG);
    const opening = c.kind === 'according' && from === sentenceStart;
    if (closing || opening) { from = sentenceStart; to = sentenceEnd; }
    c.clauseStart = from;
    c.clauseEnd = to;
  }
}

/** The asides of a sentence set off by a pair of dashes or by brackets, as [open, close] offsets (outside its quotations). */
function asidesOf(scan: SentenceScan): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let dash = -1;
  let bracket = -1;
  for (const t of scan.tokens) {
    if (!t.punct || quoted(scan.own, t)) continue;
    if (DASHES.has(t.text) && /\s/.test(scan.full[t.start - 1] ?? '')) {
      if (dash < 0) dash = t.start;
      else { out.push([dash, t.end]); dash = -1; }
    } else if (t.text === '(') bracket = t.start;
    else if (t.text === ')' && bracket >= 0) { out.push([bracket, t.end]); bracket = -1; }
  }
  return out;
}

/** Where a cue at [start, end) stands relative to what it attributes (see `Cue.position`). */
export function positionOf(scan: SentenceScan, start: number, end: number): Cue['position'] {
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
  if (tail > 3 && !closingAdjunct(tokens, end)) return 'before';
  for (const t of tokens) if (t.end <= start && t.text === ',') return 'after';
  return 'before';
}

/** The most tokens (punctuation included) an adjunct closing a sentence may have: "at a news conference Sunday afternoon ." */
const ADJUNCT_WORDS = 12;
/** Words besides those of a day or time (DAYS_AND_TIME) that open an adjunct of place or occasion: "at a news conference", "late Monday". */
const ADJUNCT_OPENERS = new Set(['at', 'during', 'after', 'before', 'from', 'via', 'while', 'when', 'late', 'early']);

/**
 * Whether what follows a cue to the sentence's end is only an adjunct of when, where or how it was said
 * ("…, Capt. Brian Fitzgerald said at a news conference Sunday afternoon."), no clause it opens: no "that",
 * no second verb of saying, no comma or colon that sets off a report.
 */
function closingAdjunct(tokens: Token[], end: number): boolean {
  const k = tokenIndexAt(tokens, end);
  // (an adjunct is short: a long tail is a clause, and a bound keeps a sentence of many cues linear)
  if (k >= tokens.length || tokens.length - k > ADJUNCT_WORDS || !(ADJUNCT_OPENERS.has(tokens[k].lower) || DAYS_AND_TIME.test(tokens[k].lower))) return false;
  for (let j = k; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.lower === 'that' || t.text === ':' || t.text === ',' || QUOTE_MARK.test(t.text) || t.lemma !== undefined) return false;
  }
  return true;
}

/** The last word of a phrase match, lower-cased. */
export function lastWord(phrase: string): string {
  const k = phrase.search(/[\w-]+$/);
  return k < 0 ? '' : phrase.slice(k).toLowerCase();
}
