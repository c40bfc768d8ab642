// Attribution in one sentence: its reporting cues (verbs, "according to", reporting nouns), the source of
// each cue (a name, a role noun, a pronoun, an anonymous or a vague source), and the markers of a claim
// reported without a source (vague sources, agentless passives, impersonal stance). Reads the sentence's
// tokens (the layer's token view); the document scope (attribution.ts) decides what is attributed.
// This module runs the scan and finds the marker phrases; its parts: attribution-sources.ts (sources and
// subjects), attribution-clauses.ts (clauses and adjuncts), attribution-objects.ts (what follows a verb),
// attribution-verbs.ts (verb, noun and "according to" cues), attribution-groups.ts (groups' views).
import type {Quote} from './quotes.js';
import type {Sentence} from './sentences.js';
import {VAGUE_PHRASE, ACCORDING_VAGUE, FACED, HELD_VIEW, STANCE, THERE_IS, VIEW_IS} from './lexicons.js';
import {
  type Token, W_REPORTING_NOUN, W_PARTICIPLE, W_TRIGGER_VAGUE, W_TRIGGER_FACED, W_TRIGGER_STANCE, W_ATTITUDE, W_GROUP_STANCE, W_THERE,
  W_ACCORDING, W_VIEW_HEAD, tokenize, tokenIndexAt,
} from './tokens.js';
import {OWNERS} from './source-groups.js';
import {courtDate, criminalCharges, literalUnder, stanceHolds} from './claim-senses.js';
import {
  type Span, type VagueSpan, type Source, type Cue, type SentenceScan, span, kindSpan, sourceKind, lowerAt, quoted,
} from './attribution-sources.js';
import {setClauses, lastWord} from './attribution-clauses.js';
import {accordingToCue, reportingNounCue, verbCue} from './attribution-verbs.js';
import {pronounsOfVagueGroups, viewOfGroup, attitudeOfGroup, groupStance, groupFrame} from './attribution-groups.js';

export interface QuoteAttribution {
  /** Index into `text.quotes`. */
  quote: number;
  speaker?: Source;
  /** How the speaker was found: a cue in the quote's sentences, the sentence next to it, the paragraph before. */
  scope?: 'sentence' | 'adjacent' | 'paragraph' | 'outer';
  /**
   * The frame says someone said the quote and names nobody: an agentless passive of speech ("was described
   * as “...”"), or a vague subject ("critics say “...”").
   */
  unnamed: 'agentless' | 'vague' | undefined;
}

export interface Attribution {
  /** Index of the sentence. */
  sentence: number;
  cues: Cue[];
  /** Sources of the cues (vague ones included; see `kind`). */
  sources: Source[];
  /** True when the sentence's content is attributed to a real (not vague) source in scope. */
  attributed: boolean;
  /**
   * What attributes it: its own cue, the speaker of the quotation it lies in, an introducing paragraph,
   * or a source opening the next sentence of the paragraph ("… is accused of fraud. According to court
   * documents, …").
   */
  scope?: 'sentence' | 'quote' | 'paragraph' | 'next';
  /**
   * The speaker of the sentence before in the same paragraph, when that sentence has a real source of
   * its own and this one does not tell of that speaker ("Acme said it would close the plant. The closure
   * is expected to cost 300 jobs."): a reader takes what follows as the speaker's still. Not `attributed`:
   * a rule decides what it carries over (agentless reports and stance, not vague sources).
   */
  previous?: Source;
  /**
   * A body's account that governs the sentence's paragraph: the real source (named, role or anonymous)
   * of another sentence of the same paragraph, before or after it, whose head names a public office or
   * its staff ("police", "the sheriff's office", "deputies"), when this sentence does not name that source
   * ("One man died, police said. Another is in critical condition. The others are expected to
   * survive."). Not `attributed`: a rule decides what it carries (agentless reports only).
   */
  account?: Source;
  /**
   * The account of the police, a sheriff, investigators, prosecutors, a coroner or fire officials
   * (`incidentOffice`) told in this sentence or at the places `account` reads, whether or not the sentence
   * has a source of its own ("Officers told him to stop, but he allegedly kept walking. He was shot, police
   * said."): a rule decides what it covers (the incident's "allegedly" and "reportedly").
   */
  incidentAccount?: Source;
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

/** A named author after a report: "conducted by the National …", "from the Associated Press", "by Harvard researchers". */
const AUTHORED_BY = /^\s*(?:(?:conducted|carried out|published|released|done|commissioned|compiled|led|issued)\s+)?(?:by|from)\s+(?:the\s+)?\p{Lu}\p{L}/u;
/** A name right after a group word, in apposition: " Nielsen Media" (a day or month is no name). */
const APPOSED_NAME = /^\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}\p{L}/u;

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

/** Sorted by start, overlapping ones after the first dropped. */
function dedupe<T extends Span>(list: T[]): T[] {
  if (list.length < 2) return list;
  return list.sort((a, b) => a.start - b.start).filter((x, k, arr) => k === 0 || x.start >= arr[k - 1].end);
}

export function analyseSentence(full: string, s: Sentence, tokens: Token[], own: Quote[]): Attribution {
  const scan: SentenceScan = {full, text: s.text, base: s.start, tokens, own, cues: [], vague: [], agentless: [], stance: [], anonymous: []};
  findCues(scan);
  pronounsOfVagueGroups(scan);
  setClauses(scan, s.start, s.end);
  findMarkerPhrases(scan);
  groupFrame(scan);
  const sources: Source[] = [];
  for (const c of scan.cues) if (c.source) sources.push(c.source);
  const vague = scan.vague;
  return {
    sentence: s.index, cues: scan.cues, sources, attributed: false, scope: undefined,
    // set by later passes on some sentences: present from the start, so every result has one shape
    previous: undefined, account: undefined, incidentAccount: undefined,
    vague: vague.length ? dedupe(phraseFirst(vague)) : vague, agentless: dedupe(scan.agentless), stance: dedupe(scan.stance),
    anonymous: dedupe(scan.anonymous), quotes: [], inQuote: false,
  };
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
    if (t.f & W_ATTITUDE) attitudeOfGroup(scan, i);
    // A capitalised stance verb past the sentence's first word is a name's word ("Bankers Trust"), not a verb.
    // (the position is tested first: it then has type feedback from the first stance verb, capitalised or not)
    if (t.f & W_GROUP_STANCE && (i === 0 || !t.cap)) groupStance(scan, i);
    if (t.lemma || (t.f & W_PARTICIPLE) !== 0) verbCue(scan, i);
    if ((t.lower === 'from' || t.lower === 'among' || t.lower === 'with') && i > 0) viewOfGroup(scan, i);
  }
}

/** Stance frames of not knowing: "it is unclear", "it remains to be seen". */
const UNKNOWN_FRAME = /\bunclear\b|\bremains to be seen\b/i;
/** An open question after a frame of not knowing: "… whether", "… how many", "…, though, who", "… Sunday where". */
const OPEN_QUESTION = /^[\s,]*(?:(?:though|however|yet|still|exactly|immediately|now|right now|so far|as of \w+|at this (?:time|point)|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun|to|yester)day(?: (?:morning|afternoon|evening|night))?|tonight)[\s,]+)*(?:whether|if|how|why|who|whom|whose|what|when|where|which)\b/i;

/**
 * Weasel phrases, agentless "faced" reports, "there is" frames and impersonal stance. Each phrase list
 * is a long regex, run only when a token of the sentence is one of its trigger words.
 */
function findMarkerPhrases(scan: SentenceScan): void {
  let gateVague = false, gateFaced = false, gateStance = false, gateThere = false, gateAccording = false, gateView = false;
  for (const t of scan.tokens) {
    const f = t.f;
    if (f & W_TRIGGER_VAGUE) gateVague = true;
    if (f & W_TRIGGER_FACED) gateFaced = true;
    if (f & W_TRIGGER_STANCE) gateStance = true;
    if (f & W_THERE) gateThere = true;
    if (f & W_VIEW_HEAD) gateView = true;
    if (f & W_ACCORDING) gateAccording = true;
  }
  const {text, base, full} = scan;
  if (gateVague) for (const m of matches(VAGUE_PHRASE, text)) {
    // "was widely expected to fly to Washington tomorrow": a trip on a schedule, as for a bare "expected"
    if (/expected$/i.test(m[0]) && courtDate(scan.tokens, tokenIndexAt(scan.tokens, base + m.index + m[0].length - 'expected'.length), -1)) continue;
    if (WORD_IS.test(m[0]) && !rumourWordIs(text, m.index, m.index + m[0].length)) continue;
    scan.vague.push(kindSpan(full, base + m.index, base + m.index + m[0].length, 'phrase'));
  }
  // a name set in apposition names them: "according to analysts Nielsen Media" (not "according to reports Monday")
  // and so does a named author after "by" or "from": "according to research conducted by the National Highway Traffic
  // Safety Administration", "according to reports from the Associated Press"
  if (gateAccording) for (const m of matches(ACCORDING_VAGUE, text)) if (/^(?:some|many|others)$/i.test(lastWord(m[0])) || !(APPOSED_NAME.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)) || AUTHORED_BY.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)))) scan.vague.push(kindSpan(full, base + m.index, base + m.index + m[0].length, 'phrase'));
  if (gateFaced) for (const m of matches(FACED, text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (FACED_WITH_AGENT.test(after) || agentOfNoun(scan, base + m.index + m[0].length)) continue;
    const noun = lastWord(m[0]);
    if (literalUnder(scan.tokens, noun) || criminalCharges(scan.tokens, noun, base + m.index + m[0].length)) continue;
    scan.agentless.push(span(full, base + m.index, base + m.index + m[0].length));
  }
  if (gateFaced) for (const m of matches(HELD_VIEW, text)) {
    const end = base + m.index + m[0].length;
    // "his growing doubts", "the party's lingering fears": the owner holds the view
    if (ownedBefore(scan.tokens, base + m.index) || agentOfNoun(scan, end)) continue;
    scan.agentless.push(span(full, base + m.index, end));
  }
  if (gateThere) for (const m of matches(THERE_IS, text)) scan.vague.push(kindSpan(full, base + m.index, base + m.index + m[0].length, 'phrase'));
  if (gateView) for (const m of matches(VIEW_IS, text)) scan.vague.push(kindSpan(full, base + m.index, base + m.index + m[0].length, 'phrase'));
  if (gateStance) for (const m of matches(STANCE, text)) {
    if (!stanceHolds(scan.tokens, stanceVerbAt(scan.tokens, base + m.index, base + m.index + m[0].length))) continue;
    // "it is unclear whether / how / who …": the writer's note of what is not known, which asserts nothing
    if (UNKNOWN_FRAME.test(m[0]) && OPEN_QUESTION.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    scan.stance.push(span(full, base + m.index, base + m.index + m[0].length));
  }
}

/** The rumour idiom "(the) word is". */
const WORD_IS = /^(?:the\s+)?word\s+is$/i;
/** What follows the idiom's "is": a clause ("Word is he's paring it down", "the word is that …"). */
const CLAUSE_AFTER_IS = /^\s+(?:that\b|(?:he|she|they|it|we)(?:['’]\p{Ll}+)?\s|(?:the|a|an|his|her|their)\s|\p{Lu}\p{Ll}+\s+(?:\p{Ll}+s|is|was|has|will|would|had)\b)/u;

/**
 * Whether "(the) word is" at [start, end) of a sentence's text is the rumour idiom: it opens the sentence or its
 * clause, "word" in lower case after "the" (not Microsoft's "Word is not available", not "the key word is", "the
 * last word is"), and a clause follows ("Word is he's paring it down"), not a word talked of ("The word is
 * 'terrorism'", "the word is already included in the dictionary").
 */
function rumourWordIs(text: string, start: number, end: number): boolean {
  // (at the sentence's or a clause's opening, or after a conjunction: "But word is …")
  const pre = text.slice(0, start).trimEnd();
  if (start > 0 && pre !== '' && !/[,;:—–-]$/.test(pre) && !/(?:^|[\s,;:])(?:and|but|so)$/i.test(pre)) return false;
  if (/^the\s+Word/.test(text.slice(start, end))) return false;
  return CLAUSE_AFTER_IS.test(text.slice(end, end + 40));
}

/** Whether the word before `start` owns what follows: a possessive ("the party's") or an owner ("his", "their"). */
function ownedBefore(tokens: Token[], start: number): boolean {
  let k = tokenIndexAt(tokens, start) - 1;
  if (k < 0) return false;
  const p = tokens[k];
  return p.possessive || OWNERS.has(p.lower);
}

/**
 * Whether a "from"/"by" phrase right after a noun ending at `end` has a source ("drew criticism from the
 * mayor", "… from unions, including the Teamsters"); a vague one is read by `viewOfGroup`.
 */
function agentOfNoun(scan: SentenceScan, end: number): boolean {
  const tokens = scan.tokens;
  let k = 0;
  while (k < tokens.length && tokens[k].start < end) k++;
  for (let n = 0; k < tokens.length && n < 3; k++, n++) {
    if (tokens[k].lower === 'from' || tokens[k].lower === 'by') {
      for (let j = k + 1; j < Math.min(tokens.length, k + 6); j++) {
        if (tokens[j].punct) return false;
        if (sourceKind(tokens, j, true)) return true;
      }
      return false;
    }
    if (tokens[k].punct && tokens[k].text !== ',') return false;
  }
  return false;
}

/** The token of a stance frame [start, end) that carries its verb ("it seems": "seems"), else its first. */
function stanceVerbAt(tokens: Token[], start: number, end: number): number {
  const first = tokenIndexAt(tokens, start);
  for (let k = first; k < tokens.length && tokens[k].end <= end; k++) {
    if (/^(?:seem|appear|look)/.test(tokens[k].lower)) return k;
  }
  return first;
}

/** "faced criticism from the Democrats": the agent follows. */
const FACED_WITH_AGENT = /^\s+(?:\S+\s+){0,2}?(?:from|by)\s+(?:the\s+|his\s+|her\s+|its\s+)?(?:\p{Lu}|officials|lawmakers|members)/u;

// verbCue's rare paths run here at load, so that findCues is optimised with them (docs/performance.md, 'Why some code is written as it is'). The scans are dropped.
{
  const texts = [
    'Police released the names of the victims on Monday, officials said.',
    'An island claimed by both states was seized, the minister is believed to have said.',
    'A plant estimated to cost 350 mln dlrs was opened, the company said.',
    'On September 29 at 12:16 am said: the plan was said to be late.',
    'A man said to be armed was held.',
    // two of each in one sentence: a second push meets the array as the first left it
    'An island claimed by both states, a town claimed by rebels, a man said to be armed and a boy said to be hurt.',
  ];
  for (let k = 0; k < 8; k++) {
    for (const text of texts) {
      const scan: SentenceScan = {full: text, text, base: 0, tokens: tokenize(text, 0), own: [], cues: [], vague: [], agentless: [], stance: [], anonymous: []};
      findCues(scan);
    }
  }
}
