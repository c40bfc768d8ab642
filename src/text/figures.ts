// Casualty figures: a count of people (src/text/figure-counts.ts) tied to a casualty word (killed, dead,
// wounded, shot, missing, victims…) in either order within a short phrase: "at least 31 of its troops
// killed", "the death toll rose to 12", "killing at least 40 people, including 12 children", "he and
// eight others were killed"; and people named with an age as they die ("Ana Silva, 52, died", "Omani
// Free, 18, and Tabitha Cruz, 20, were killed"). Each figure carries what links it to the others of
// its event (src/text/figure-events.ts): count, kind, the noun of its victims, the day and place the
// sentence gives. Reads the layer's token view, one sentence at a time; a sentence with no casualty
// word costs one lookup per token.
import {readData} from '../package-info.js';
import type {TextLayer} from './layer.js';
import {DASHES, type Token, tokenize, W_NOT_NAME} from './tokens.js';
import {captionParagraph, isCaptionOrTeaser} from './captions.js';
import {type Count, type SentenceView, charAt, countsOf, isHeadline, lowerAt, MONTHS, STREETS, tokenValue, viewOf} from './figure-counts.js';
import {isForeign, termApplies, naturalDeath, NOT_PEOPLE, PEOPLE} from './figure-senses.js';
import {backgroundSentences, pastListItems, pastWhenFigures} from './figure-background.js';
import {harmOf} from './figure-sources.js';
import {FACTUAL_VERBS} from './lexicons.js';

export type CasualtyKind = 'dead' | 'hurt' | 'shot' | 'missing' | 'victims';

export interface CasualtyFigure {
  /** Index of the sentence. */
  sentence: number;
  /** File offsets of the whole figure (approximator, number and term, and the words between). */
  start: number;
  end: number;
  text: string;
  /** The count as written ("at least 31", "dozens", "Ana Silva, 52,"). */
  count: string;
  /** Its value, or null for vague counts ("dozens"). */
  value: number | null;
  /** Said with an approximator ("about", "at least", "some") or vague. */
  approximate: boolean;
  /** The casualty word as written (lower case). */
  term: string;
  kind: CasualtyKind;
  /** The noun of the people counted, lower case ("men", "troops"), or '' when the count stands alone. */
  victims: string;
  /** The day or date the sentence gives (lower case: "saturday", "march 3"), or ''. */
  when: string;
  /** The place the sentence gives ("Logan Square", "Anhui"), or ''. */
  where: string;
  /** A settled toll of an event in the past (src/text/figure-background.ts). */
  background: boolean;
  /** A single death told of a victim marked by an age, with no numeral ("Ana Silva, 52, died"). */
  single: boolean;
  /** Deaths told of victims named or marked by an age, one or a list ("Ana Silva, 52, and Ben Cole, 20, died"). */
  named: boolean;
  /** A part picked out of a group told before: "two of the victims". */
  partitive: boolean;
  /** The rest of a group told before: "three other people", "four others", "two more". */
  remainder: boolean;
  /** A part of the figure before it in the sentence: "including 12 children". */
  part: boolean;
}

const TERMS = readData<{terms: Record<string, CasualtyKind>}>('casualty-terms.json').terms;

export interface FigureOptions {
  /** Extra casualty terms (lower case words), counted as kind `hurt` unless known. */
  extraTerms?: string[];
}

/** The casualty words (built-in and extra) and a regex that says whether a text holds any of them. */
interface Terms {
  kinds: Map<string, CasualtyKind>;
  prefilter: RegExp;
}

const termCache = new Map<string, Terms>();
function termsFor(extra: string[] | undefined): Terms {
  const key = (extra ?? []).join('\u0000');
  let terms = termCache.get(key);
  if (!terms) {
    const kinds = new Map(Object.entries(TERMS));
    for (const t of extra ?? []) if (!kinds.has(t.toLowerCase())) kinds.set(t.toLowerCase(), 'hurt');
    const words = [...kinds.keys()].map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
    terms = {kinds, prefilter: new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'iu')};
    termCache.set(key, terms);
  }
  return terms;
}

const BACK = 4;
const FORWARD = 8;
/** Nouns that name the casualties themselves: the count stands just before them ("five other deaths"). */
const NOUN_FORWARD = 3;
/** Terms that take their count after them: "killed one", "injured eight others", "toll rose to 12", "lives of five". */
const TAKES_OBJECT = new Set(['killed', 'kill', 'kills', 'killing', 'injured', 'injuring', 'wounded', 'wounding', 'shot', 'shooting', 'toll', 'lives', 'hurt', 'murdered', 'slain', 'stabbed', 'stabbing']);
const NOUNS = new Set(['death', 'deaths', 'fatalities', 'casualties', 'injuries', 'lives', 'victims', 'toll', 'bodies']);
const PLACE_PREPOSITIONS = new Set(['in', 'on', 'at', 'into', 'through', 'near', 'inside', 'outside']);
const CLAUSE = new Set(['and', 'or', 'but', 'while', 'whereas', ',', 'including']);
const STOP = new Set([';', ':', '?', '!', '(', ')', '—', '–', '"', '“', '”']);
/** Words that open a clause of its own: a term after them tells of other people. */
const SUBORDINATORS = new Set(['when', 'after', 'before', 'because', 'while', 'if', 'as', 'since', 'until', 'where', 'whose', 'though', 'although', 'unless']);
/** Words after a subordinator that keep the count's own clause: "after being shot", "after having been hit". */
const PARTICIPLE_AUX = new Set(['being', 'having']);
/** Words after a count that make it the rest of a group: "three other people", "four others", "two more". */
const REMAINDER = new Set(['other', 'others', 'more', 'additional', 'further']);
/** Object pronouns: a term after one tells of that person, not of the count before ("24 million saw him shot"). */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us']);
/** Object pronouns and the like that a count joins ("killing him and eight others"). */
const ONE_BEFORE = new Set(['he', 'she', 'him', 'her', 'himself', 'herself']);
/** Determiners after "of" that pick a part out of a group told before: "two of the victims", "three of them". */
const PARTITIVE_DETERMINERS = new Set(['the', 'those', 'these', 'them', 'whom', 'which']);

/** Verbs that give a toll its count: "the toll rose to 12", "stood at 40". */
const TOLL_VERBS = new Set(['rose', 'risen', 'rises', 'rising', 'climbed', 'climbs', 'reached', 'reaches', 'stood', 'stands', 'hit', 'jumped', 'increased', 'was', 'is', 'now', 'to', 'at']);
const DEFINITE = new Set(['the', 'its', 'his', 'her', 'their']);

/** What the figure reader knows of a sentence. */
interface Scan {
  view: SentenceView;
  isTerm: boolean[];
  kinds: Array<CasualtyKind | undefined>;
  /** The count each token belongs to (-1 for none). */
  countAt: number[];
  counts: Count[];
  terms: Map<string, CasualtyKind>;
}

function scanOf(view: SentenceView, terms: Map<string, CasualtyKind>, counts: Count[]): Scan {
  const tokens = view.tokens;
  const isTerm: boolean[] = [];
  const kinds: Array<CasualtyKind | undefined> = [];
  const countAt: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens[i].punct ? undefined : terms.get(tokens[i].lower);
    const yes = kind !== undefined && termApplies(view, i);
    isTerm.push(yes);
    kinds.push(yes ? kind : undefined);
    countAt.push(-1);
  }
  for (let n = 0; n < counts.length; n++) for (let k = counts[n].first; k <= counts[n].to; k++) countAt[k] = n;
  return {view, isTerm, kinds, countAt, counts, terms};
}

/**
 * The casualty term of count c, or -1: a term that takes an object just before it ("killed one",
 * "killing him and eight others"), or a term after it ("31 of its troops killed"), whichever is nearer
 * in words (before on a tie). The search stops at a clause break, another count, a place preposition
 * (before: "shot twice in one arm") or a clause of its own (after: "three children … when their parents die").
 */
function termOfCount(s: Scan, c: Count, self: number): number {
  const tokens = s.view.tokens;
  let best = -1;
  let bestD = 0;
  let d = 0;
  for (let k = c.first - 1; k >= 0 && d < BACK; k--) {
    const t = tokens[k];
    if (STOP.has(t.text)) break;
    if (CLAUSE.has(t.lower)) {
      // "killing him and eight others": the count joins a person the term took
      if (t.lower === 'and' && k > 0 && ONE_BEFORE.has(tokens[k - 1].lower)) continue;
      break;
    }
    if (t.punct) continue;
    d++;
    if (s.isTerm[k] && (TAKES_OBJECT.has(t.lower) || amongThe(tokens, k, c.first))) { best = k; bestD = d; break; }
    // "the death toll in Angur Adar rose to 23": a toll and its verb, across the place between
    if (TOLL_VERBS.has(t.lower)) {
      const toll = tollBefore(s, k);
      if (toll >= 0) { best = toll; bestD = d; break; }
    }
    if (PLACE_PREPOSITIONS.has(t.lower)) break;
    if (s.countAt[k] >= 0 && s.countAt[k] !== self) break;
  }
  // "… and one 30. A 24-year-old woman was also shot": a full stop after the count and a capital after it close the
  // count's sentence where the parse kept one sentence; a term after it is another sentence's
  if (closesSentence(s.view, c.to)) return best;
  d = 0;
  for (let k = c.to + 1; k < tokens.length && d < FORWARD; k++) {
    const t = tokens[k];
    // "Four people — including a child — were injured", "The four victims - three women and one man - were shot"
    if (DASHES.has(t.text) && d <= 2) {
      const close = dashAsideEnd(s, k);
      if (close > k) { k = close; continue; }
    }
    if (STOP.has(t.text)) break;
    // "Four women, ranging in age from 31 to 40, were shot": an aside between the count and its verb
    if (t.text === ',' && d <= 2) {
      const close = asideEnd(s, k);
      if (close > k) { k = close; continue; }
    }
    if (t.punct) continue;
    // "six people, including a boy and four women, were wounded": the term is past the tally's parts
    if (t.lower === 'including' && lowerAt(tokens, k - 1) === ',') {
      const close = includingEnd(s, k);
      if (close > k) { k = close; continue; }
    }
    d++;
    if (best >= 0 && d > bestD) break;
    if (s.isTerm[k] && (d <= NOUN_FORWARD || !NOUNS.has(t.lower) || lostLives(tokens, k))) return k;
    if (s.countAt[k] >= 0 && s.countAt[k] !== self && !(s.countAt[k] === self + 1 && groupAfter(s, self))) break;
    // "… when their parents die": a clause of its own (not "after being shot": the count's own)
    if (SUBORDINATORS.has(t.lower) && !PARTICIPLE_AUX.has(lowerAt(tokens, k + 1))) break;
    // "24 million saw him shot": the term tells of the one after the count
    if (OBJECT_PRONOUNS.has(t.lower)) break;
    // "rose to 23 and the toll in …": a noun phrase of its own after "and the"
    if ((t.lower === 'and' || t.lower === 'or') && DEFINITE.has(lowerAt(tokens, k + 1))) break;
  }
  return best;
}

/** Whether a full stop right after token `i` and a capital word after it end a sentence there. */
function closesSentence(v: SentenceView, i: number): boolean {
  const tokens = v.tokens;
  const next = tokens[i + 1];
  if (next === undefined || !next.cap || charAt(v, tokens[i].end) !== 46) return false;
  const gap = v.text.slice(tokens[i].end - v.base + 1, next.start - v.base);
  return gap.length > 0 && gap.trim() === '';
}

/** Copulas between "among the dead" and its count: "Among the dead were four children". */
const AMONG_COPULAS = new Set(['were', 'was', 'are', 'is']);
/**
 * Whether the term at k is the group of an inverted partitive whose count stands at `count`: "Among the
 * dead were four children", "Among the injured was one officer" (only a copula between).
 */
function amongThe(tokens: Token[], k: number, count: number): boolean {
  const det = lowerAt(tokens, k - 1);
  const among = lowerAt(tokens, k - 2);
  if ((det !== 'the' && det !== 'those') || (among !== 'among' && among !== 'amongst')) return false;
  for (let j = k + 1; j < count; j++) if (!AMONG_COPULAS.has(tokens[j].lower)) return false;
  return count > k + 1;
}

/** Verbs of "lost their lives": the noun is the verb phrase of the count's clause ("Eleven people lost their lives"). */
const LOST = new Set(['lost', 'lose', 'losing', 'loses']);
/** Whether "lives" at k closes "lost their lives", a verb phrase that reaches its subject as a verb does. */
function lostLives(tokens: Token[], k: number): boolean {
  return tokens[k].lower === 'lives' && lowerAt(tokens, k - 1) === 'their' && LOST.has(lowerAt(tokens, k - 2));
}

/** How far an including-phrase set off by commas may run, in tokens. */
const INCLUDING_REACH = 12;

/**
 * The comma that closes the including-phrase opened at token k (", including a boy and four women,"),
 * or -1 when it does not close before a term or a clause break.
 */
function includingEnd(s: Scan, k: number): number {
  const tokens = s.view.tokens;
  for (let j = k + 1; j < tokens.length && j - k <= INCLUDING_REACH; j++) {
    const t = tokens[j];
    if (STOP.has(t.text) || s.isTerm[j]) return -1;
    if (t.text === ',') return j;
  }
  return -1;
}

/**
 * The dash that closes an aside opened by the dash at k after a count, when the aside holds no term or clause
 * break (its own counts are the tally's parts: "three women and one man"); or -1.
 */
function dashAsideEnd(s: Scan, k: number): number {
  const tokens = s.view.tokens;
  for (let j = k + 1; j < tokens.length && j - k <= ASIDE_REACH; j++) {
    const t = tokens[j];
    if (DASHES.has(t.text)) return j > k + 1 ? j : -1;
    if (STOP.has(t.text) || s.isTerm[j] || t.text === '.') return -1;
  }
  return -1;
}

/** How far an aside set off by commas after a count may run, in tokens. */
const ASIDE_REACH = 10;

/**
 * The comma that closes an aside opened by the comma at k right after a count, when the aside holds no
 * term, count or clause break and a verb follows it ("Four women, ranging in age from 31 to 40, were
 * shot"); or -1.
 */
function asideEnd(s: Scan, k: number): number {
  const tokens = s.view.tokens;
  for (let j = k + 1; j < tokens.length && j - k <= ASIDE_REACH; j++) {
    const t = tokens[j];
    if (STOP.has(t.text) || s.isTerm[j] || s.countAt[j] >= 0 || t.lower === 'including') return -1;
    if (t.text === ',') return j > k + 1 && ASIDE_VERBS.has(lowerAt(tokens, j + 1)) ? j : -1;
  }
  return -1;
}
const ASIDE_VERBS = new Set(['was', 'were', 'are', 'is', 'had', 'have', 'has', 'remain', 'remained', 'remains', 'also', 'all', 'both', 'each']);

/** Whether count c stands inside an including-phrase: "including 12 children", "including a boy and four women". */
function inIncluding(s: Scan, c: Count): boolean {
  const tokens = s.view.tokens;
  for (let k = c.first - 1; k >= 0 && c.first - k <= INCLUDING_REACH; k--) {
    const t = tokens[k];
    if (t.lower === 'including') return true;
    if (STOP.has(t.text) || s.isTerm[k] || t.text === '.') return false;
    // a list of parts: commas and "and" between people, not a clause ("and four others were hurt")
    if (t.text === ',' && k + 1 < tokens.length && tokens[k + 1].lower !== 'and' && tokenValue(tokens[k + 1]) === undefined && lowerAt(tokens, k + 1) !== 'a') return false;
  }
  return false;
}

/**
 * Joins count c to figure f when c is a second object of f's term: f's term stands before its count
 * ("killing three soldiers and two civilians": five), and only f's noun and "and" lie between.
 */
function joinObject(v: SentenceView, f: CasualtyFigure, c: Count): void {
  const tokens = v.tokens;
  if (f.value === null || c.value === null || lowerAt(tokens, c.first - 1) !== 'and' || f.part) return;
  const term = termOf(tokens, f);
  if (term < 0 || tokens[term].start > f.start || !TAKES_OBJECT.has(tokens[term].lower)) return;
  let k = c.first - 2;
  let words = 0;
  while (k >= 0 && tokens[k].start >= f.end) {
    if (tokens[k].punct || ++words > 2) return;
    k--;
  }
  // (the term stands before the count, so the count ends the figure)
  const countStart = f.end - f.count.length;
  f.value += c.value;
  f.end = tokens[c.to].end;
  f.text = v.text.slice(f.start - v.base, f.end - v.base);
  f.count = v.text.slice(countStart - v.base, f.end - v.base);
}

/** The token of a figure's term. */
function termOf(tokens: Token[], f: CasualtyFigure): number {
  for (let k = 0; k < tokens.length; k++) if (tokens[k].start >= f.start && tokens[k].end <= f.end && tokens[k].lower === f.term) return k;
  return -1;
}

/**
 * The kind of the figure of a term: the term's, save for "victims", whose harm the sentence tells ("the
 * three victims were in serious condition" are hurt, "two victims died" dead).
 */
function kindOf(s: Scan, term: number): CasualtyKind {
  const kind = s.kinds[term]!;
  // "stabbed to death", "shot to death", "beaten to death": killed
  if (lowerAt(s.view.tokens, term + 1) === 'to' && lowerAt(s.view.tokens, term + 2) === 'death') return 'dead';
  // "shot dead two Palestinians"
  if (kind === 'shot' && lowerAt(s.view.tokens, term + 1) === 'dead') return 'dead';
  if (kind !== 'victims') return kind;
  const harm = harmOf(s.view.tokens) & 3;
  return harm === 1 ? 'dead' : harm === 2 ? 'hurt' : kind;
}

/** Whether count c is the group count b is picked from: "32 of the 543", "two of its 12", "four people out of the 75". */
function isGroupOf(tokens: Token[], b: Count, c: Count): boolean {
  let k = c.first - 1;
  if (k > b.to && (PARTITIVE_DETERMINERS.has(tokens[k].lower) || tokens[k].lower === 'its' || tokens[k].lower === 'their')) k--;
  if (k <= b.to || tokens[k].lower !== 'of') return false;
  k--;
  if (k > b.to && tokens[k].lower === 'out') k--;
  // the people b counts, named between: "four people out of the 75"
  if (k === b.to + 1 && !tokens[k].punct && !tokens[k].cap && PEOPLE.has(tokens[k].lower)) k--;
  return k === b.to;
}

/** Whether the count after count `self` is the group it is picked from. */
function groupAfter(s: Scan, self: number): boolean {
  return self + 1 < s.counts.length && isGroupOf(s.view.tokens, s.counts[self], s.counts[self + 1]);
}

/** The toll a verb of a toll tells of: "toll … rose", "the death toll in X stood" (-1 when none within a few words). */
function tollBefore(s: Scan, k: number): number {
  const tokens = s.view.tokens;
  for (let j = k - 1, d = 0; j >= 0 && d < 8; j--) {
    const t = tokens[j];
    if (t.punct) { if (STOP.has(t.text)) break; continue; }
    d++;
    if (t.lower === 'toll' && s.isTerm[j]) return j;
    if (s.isTerm[j] && numberOf(tokens, j)) return j;
    if (s.countAt[j] >= 0) break;
  }
  return -1;
}

/**
 * Whether the term at j is counted by "the number of" as a toll is: "the number of dead rose to 15", "the
 * number of people killed stood at 40", "the number of confirmed deaths reached 12".
 */
function numberOf(tokens: Token[], j: number): boolean {
  for (let k = j - 1; k >= 1 && k >= j - 3; k--) {
    if (tokens[k].lower === 'of' && tokens[k - 1].lower === 'number') return true;
    if (tokens[k].punct) return false;
  }
  return false;
}

/** The noun of the people counted: the first word after the count past "other", adjectives and "of the". */
function victimsOf(v: SentenceView, s: Scan, c: Count): string {
  const tokens = v.tokens;
  let k = c.to + 1;
  if (k < tokens.length && REMAINDER.has(tokens[k].lower) && tokens[k].lower !== 'others') k++;
  if (lowerAt(tokens, k) === 'of') {
    k++;
    while (k < tokens.length && (PARTITIVE_DETERMINERS.has(tokens[k].lower) || tokens[k].lower === 'its' || tokens[k].lower === 'their' || tokens[k].lower === 'his' || tokens[k].lower === 'our')) k++;
  }
  for (let n = 0; n < 3 && k < tokens.length; n++, k++) {
    const t = tokens[k];
    if (t.punct || s.isTerm[k]) return '';
    const l = t.lower;
    if (PEOPLE.has(l) || NOT_PEOPLE.has(l)) return l;
    // "37 Americans", "1,200 Tutsis": a people by its name
    if (t.cap && !v.headline && !(t.f & W_NOT_NAME) && l.endsWith('s')) return l;
    if (t.f & W_NOT_NAME) return '';
  }
  return '';
}

/** Words of a victim's later state before a day: "in stable condition late Thursday", "remained hospitalized Friday". */
const STATE_BEFORE_DAY = new Set(['condition', 'remained', 'remains', 'remain', 'listed']);
/** How many words back a later state may stand from its day. */
const STATE_REACH = 4;

/**
 * The day the sentence gives: a weekday, "today", "yesterday", or a month and day. Not the day of a victim's later
 * state ("Three others were injured and in stable condition late Thursday") or of a statement ("…, police said
 * Thursday"): that is when it was told, not when the incident was.
 */
function whenOf(tokens: Token[]): string {
  for (let k = 0; k < tokens.length; k++) {
    const l = tokens[k].lower;
    const day = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/.test(l) || l === 'today' || l === 'yesterday' || l === 'tonight';
    const date = !day && MONTHS.has(l) && k + 1 < tokens.length && /^\d{1,2}$/.test(tokens[k + 1].text);
    if ((day || date) && stateBefore(tokens, k)) continue;
    if (day) return l;
    if (date) return `${l} ${tokens[k + 1].text}`;
  }
  return '';
}

function stateBefore(tokens: Token[], k: number): boolean {
  // a day of telling: a factual reporting verb right before it ("police said Thursday", "announced on Friday", "told
  // reporters late Monday"), read from the token view's lemma
  let j = k - 1;
  if (lowerAt(tokens, j) === 'on' || lowerAt(tokens, j) === 'late' || lowerAt(tokens, j) === 'early') j--;
  if (lowerAt(tokens, j) === 'reporters') j--;
  const lemma = j >= 0 ? tokens[j].lemma : undefined;
  if (lemma !== undefined && FACTUAL_VERBS.has(lemma)) return true;
  for (let b = k - 1; b >= 0 && k - b <= STATE_REACH && !tokens[b].punct; b--) if (STATE_BEFORE_DAY.has(tokens[b].lower)) return true;
  return false;
}

/** Street nouns that also name a neighbourhood or a square ("Logan Square", "Copley Plaza"): a place of its own. */
const NEIGHBOURHOOD_NOUNS = new Set(['square', 'plaza', 'place', 'pl', 'circle']);
/** Compass points that open a street's name: "NW 38th Avenue", "N. Main Street". */
const COMPASS = new Set(['n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);

/** Whether the capitalised words from..to name a street or a block of one: a compass point alone or before a number, or a street's noun last. */
function streetPlace(tokens: Token[], from: number, to: number): boolean {
  if (to - from === 1 && COMPASS.has(tokens[from].lower)) return true;
  const last = tokens[to - 1].lower.replace(/\.$/, '');
  return (STREETS.has(last) && !NEIGHBOURHOOD_NOUNS.has(last)) || (to < tokens.length && /^\d/.test(tokens[to].text));
}

/** The place the sentence gives: capitalised words after "in", "at" or "near" ("in Logan Square"). */
function whereOf(tokens: Token[]): string {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const l = tokens[k].lower;
    if (l !== 'in' && l !== 'at' && l !== 'near' && l !== 'outside') continue;
    let j = k + 1;
    if (lowerAt(tokens, j) === 'the') j++;
    const from = j;
    while (j < tokens.length && tokens[j].cap && !tokens[j].punct && !(tokens[j].f & W_NOT_NAME) && !MONTHS.has(tokens[j].lower)) j++;
    // (a street or a compass point is a spot of the incident, not another place: "near NW 38th Avenue" in Miami Gardens)
    if (j > from && !streetPlace(tokens, from, j)) {
      let out = tokens[from].text;
      for (let n = from + 1; n < j; n++) out += ' ' + tokens[n].text;
      return out;
    }
  }
  return '';
}

/** Whether the count's noun counts things, not people: "two factions", "13,000 names of missing". */
function countsThings(victims: string): boolean {
  return victims !== '' && NOT_PEOPLE.has(victims);
}

/** What every figure of a sentence shares. */
interface SentenceFacts {
  sentence: number;
  when: string;
  where: string;
}

/**
 * A figure of tokens first..last (the count, or the victim) and the term at index term. Every figure is
 * built here, with all its properties in one order: one hidden class for the code that reads them.
 */
function figure(v: SentenceView, f: SentenceFacts, first: number, last: number, term: number, value: number | null, approximate: boolean,
  kind: CasualtyKind, victims: string, single: boolean, named: boolean, partitive: boolean, remainder: boolean, part: boolean): CasualtyFigure {
  const tokens = v.tokens;
  const a = Math.min(tokens[first].start, tokens[term].start);
  const b = Math.max(tokens[last].end, tokens[term].end);
  return {
    sentence: f.sentence, start: a, end: b, text: v.text.slice(a - v.base, b - v.base),
    count: v.text.slice(tokens[first].start - v.base, tokens[last].end - v.base), value, approximate, term: tokens[term].lower, kind, victims,
    when: f.when, where: f.where, background: false, single, named, partitive, remainder, part,
  };
}

/** The figures of one sentence, from its tokens. */
function figuresOf(v: SentenceView, index: number, terms: Map<string, CasualtyKind>): CasualtyFigure[] {
  const tokens = v.tokens;
  let any = false;
  for (const t of tokens) if (!t.punct && terms.has(t.lower)) { any = true; break; }
  if (!any || isForeign(tokens) || isCaptionOrTeaser(v)) return [];
  const counts = countsOf(v);
  const s = scanOf(v, terms, counts);
  const facts: SentenceFacts = {sentence: index, when: whenOf(tokens), where: whereOf(tokens)};
  const out: CasualtyFigure[] = [];
  const used = new Set<number>();
  const termOwner = new Map<number, {figure: CasualtyFigure; distance: number}>();
  for (let n = 0; n < counts.length; n++) {
    const c = counts[n];
    // "32 of the 543 passengers": the group the count is picked from is no count of casualties
    if (n > 0 && isGroupOf(tokens, counts[n - 1], c)) continue;
    const before = lowerAt(tokens, c.first - 1);
    // "killing at least 40 people, including 12 children": a part of the figure before it, of its harm
    const part = out.length > 0 && (before === 'including' || (before === ',' && lowerAt(tokens, c.first - 2) === 'including') || inIncluding(s, c));
    const term = part ? termOf(tokens, out[out.length - 1]) : termOfCount(s, c, n);
    if (term < 0) {
      // "injuring his two children and four other people": a second object of the term before
      if (out.length > 0) joinObject(v, out[out.length - 1], c);
      continue;
    }
    const victims = victimsOf(v, s, c);
    if (countsThings(victims)) continue;
    const ofWhat = lowerAt(tokens, c.to + 1) === 'of' ? lowerAt(tokens, c.to + 2) : '';
    const partitive = PARTITIVE_DETERMINERS.has(ofWhat);
    let first = c.first;
    let value = c.value;
    let partOfGroup = partitive;
    // "One of the two men died": one person of the group is harmed, not the group ("one" is no count of its own);
    // only as the clause's subject: "Ana Cole was one of the three victims" names a victim of a figure told before
    if (c.first >= 3 && GROUP_DETERMINERS.has(before) && tokens[c.first - 2].lower === 'of' && tokens[c.first - 3].lower === 'one' &&
      (c.first === 3 || CLAUSE_OPENERS.has(tokens[c.first - 4].lower))) {
      first = c.first - 3;
      value = 1;
      partOfGroup = true;
    }
    let remainder = REMAINDER.has(lowerAt(tokens, c.to + 1)) || before === 'other' || before === 'another';
    // "he and eight others were killed": the person and the rest are one count
    if (before === 'and' && c.first >= 2 && (ONE_BEFORE.has(tokens[c.first - 2].lower) || (tokens[c.first - 2].cap && !(tokens[c.first - 2].f & W_NOT_NAME))) &&
      lowerAt(tokens, c.to + 1) === 'others' && value !== null) {
      first = c.first - 2;
      value += 1;
      remainder = false;
    }
    // one term, one count: the nearer ("measuring six on the scale, killed at least six people")
    const distance = term < c.first ? c.first - term : term - c.to;
    const prior = part ? undefined : termOwner.get(term);
    if (prior !== undefined) {
      if (prior.distance <= distance) continue;
      out.splice(out.indexOf(prior.figure), 1);
    }
    const made = figure(v, facts, first, c.to, term, value, c.approximate, kindOf(s, term), victims, false, false, partOfGroup, remainder, part);
    if (!part) termOwner.set(term, {figure: made, distance});
    out.push(made);
    used.add(term);
  }
  // an obituary's named death ("Lord Scarman, 93, dies peacefully") is no casualty
  if (!naturalDeath(tokens)) namedDeaths(v, s, facts, used, out);
  return out;
}

/** Determiners of a group a part is picked from: "one of the two", "one of his three sons". */
const GROUP_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'those', 'these']);
/** Words after which "one of the …" opens a clause as its subject. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', ';']);

const AGE_TOKEN = /^(?:\d{1,3}|\p{L}+(?:-\p{L}+)?)-(?:year|month|week|day)-old$/u;
const AGE_NUMBER = /^\d{1,3}$/;
/** Words between a victim and the death term: "was later pronounced dead", "has died". */
const SINGLE_GAP = new Set(['was', 'were', 'is', 'has', 'had', 'been', 'later', 'then', 'pronounced', 'found', 'shot', 'and', 'fatally', 'man', 'woman', 'boy', 'girl', 'men', 'also', 'eventually', 'subsequently', 'who', 'both', 'each', 'all']);
const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
const SINGLE_BEFORE = new Set(['a', 'an', 'the', 'of', 'killing', 'killed', 'death', 'murder', 'kill', 'slaying', 'shooting']);

/** A verb or adjective of death not yet given to a figure ("died", "killed", "dead"; not the noun "death"). */
function isFreeDeathTerm(s: Scan, used: Set<number>, k: number): boolean {
  return s.isTerm[k] && !used.has(k) && s.kinds[k] === 'dead' && !NOUNS.has(s.view.tokens[k].lower);
}

/** Words that may follow a list's last age without its comma: "…; and Ben Cole, 31 all died", "…, and Ben Cole, 31 were killed". */
const AFTER_LAST_AGE = new Set(['all', 'both', 'each', 'were', 'was', 'died']);

/** The victim's tokens at i: the age and the name after it ("22-year-old Ana Silva"), or the name and the age ("Eric Smith, 52,"). */
function victimAt(tokens: Token[], i: number): {first: number; last: number} | undefined {
  const t = tokens[i];
  if (AGE_TOKEN.test(t.lower)) {
    let last = i;
    while (last + 1 < tokens.length && tokens[last + 1].cap && !tokens[last + 1].punct && last - i < 4) last++;
    return {first: i, last};
  }
  if (AGE_NUMBER.test(t.text) && i >= 2 && tokens[i - 1].text === ',' && i + 1 < tokens.length && tokens[i - 2].cap) {
    const close = tokens[i + 1];
    if (close.text !== ',' && close.text !== ';' && !AFTER_LAST_AGE.has(close.lower)) return undefined;
    let first = i - 2;
    while (first > 0 && tokens[first - 1].cap && !tokens[first - 1].punct) first--;
    return {first, last: close.punct ? i + 1 : i};
  }
  return undefined;
}

/** The next victim of a list, from token k: "22-year-old Ana Silva", or "Tabitha Cruz, 20," (the comma may be a semicolon, the end, or left out before the verb). */
function victimFrom(tokens: Token[], k: number): {first: number; last: number} | undefined {
  if (k >= tokens.length) return undefined;
  if (AGE_TOKEN.test(tokens[k].lower)) return victimAt(tokens, k);
  let j = k;
  while (j < tokens.length && tokens[j].cap && !tokens[j].punct && j - k < 5) j++;
  if (j === k || j + 1 >= tokens.length || tokens[j].text !== ',' || !AGE_NUMBER.test(tokens[j + 1].text)) return undefined;
  if (j + 2 >= tokens.length) return {first: k, last: j + 1};
  const close = tokens[j + 2].text;
  if (close === ',' || close === ';') return {first: k, last: j + 2};
  return AFTER_LAST_AGE.has(tokens[j + 2].lower) ? {first: k, last: j + 1} : undefined;
}

/**
 * The death term after the victim: "Eric Smith, 52, died", "the 3-year-old was pronounced dead"; or -1.
 * A verb that takes an object needs the passive ("was killed"): "Kyle Holaday, 26, shot and killed the
 * family dog" tells of the one who killed.
 */
function deathTermAfter(s: Scan, used: Set<number>, last: number): number {
  const tokens = s.view.tokens;
  let passive = false;
  for (let k = last + 1, d = 0; k < tokens.length && d < 5; k++) {
    const t = tokens[k];
    if (t.punct) { if (t.text === ',' || STOP.has(t.text)) break; continue; }
    d++;
    if (isFreeDeathTerm(s, used, k)) return passive || !TAKES_OBJECT.has(t.lower) && t.lower !== 'fatally' ? k : -1;
    if (BE_FORMS.has(t.lower)) passive = true;
    if (!SINGLE_GAP.has(t.lower)) break;
  }
  return -1;
}

/** The death term before the victim: "killed 21-year-old Ann Lee", "the death of a 17-year-old"; or -1. */
function deathTermBefore(s: Scan, used: Set<number>, first: number): number {
  const tokens = s.view.tokens;
  for (let k = first - 1, d = 0; k >= 0 && d < 4; k--) {
    const t = tokens[k];
    if (t.punct) break;
    d++;
    if (isFreeDeathTerm(s, used, k) || (t.lower === 'death' && s.isTerm[k] && !used.has(k))) return k;
    if (!SINGLE_BEFORE.has(t.lower)) break;
  }
  return -1;
}

/**
 * Deaths told of victims marked by an age, with no numeral: one ("Eric Smith, 52, died", "killed
 * 21-year-old Ann Lee", "the shooting death of a 17-year-old") or a list of them, which counts its
 * people ("Omani Free, 18, and Tabitha Cruz, 20, were killed": two). The age marks the person as a
 * victim (no pronouns: those repeat someone already counted). The figures are added to out.
 */
function namedDeaths(v: SentenceView, s: Scan, facts: SentenceFacts, used: Set<number>, out: CasualtyFigure[]): void {
  const tokens = v.tokens;
  for (let i = 0; i < tokens.length; i++) {
    let victim = victimAt(tokens, i);
    if (!victim) continue;
    const first = victim.first;
    let people = 1;
    // a list: "A, 18, and B, 20," / "A, 18; B, 20; and C, 21"
    for (;;) {
      let k = victim.last + 1;
      const sep = tokens[victim.last].text;
      if (sep !== ',' && sep !== ';' && (lowerAt(tokens, k) === ',' || lowerAt(tokens, k) === ';')) k++;
      if (lowerAt(tokens, k) === 'and') k++;
      const next = victimFrom(tokens, k);
      if (!next) break;
      victim = next;
      people++;
    }
    let term = deathTermAfter(s, used, victim.last);
    if (term < 0) term = deathTermBefore(s, used, first);
    if (term >= 0) {
      used.add(term);
      out.push(figure(v, facts, first, victim.last, term, people, false, 'dead', '', people === 1, true, false, false, false));
    }
    i = victim.last;
  }
}

/** The casualty figures of one sentence given as text (offsets are `base` + the offset in the sentence). */
export function figuresInSentence(text: string, base: number, sentence: number, options: FigureOptions = {}): CasualtyFigure[] {
  const tokens = tokenize(text, base);
  return figuresOf({tokens, text, base, headline: isHeadline(tokens)}, sentence, termsFor(options.extraTerms).kinds);
}

/** Every casualty figure of a file, sentence by sentence, with background tolls marked. */
export function findFigures(layer: TextLayer, options: FigureOptions = {}): CasualtyFigure[] {
  const {kinds: terms, prefilter} = termsFor(options.extraTerms);
  const out: CasualtyFigure[] = [];
  // most articles hold no casualty word: they cost one regex search, not a token view
  if (!prefilter.test(layer.text)) return out;
  const sentences = layer.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const tokens = layer.sentenceTokens[i];
    let any = false;
    for (const t of tokens) if (!t.punct && terms.has(t.lower)) { any = true; break; }
    if (!any) continue;
    // a photo caption or gallery told in several sentences: its later sentences carry no label of their own
    if (captionParagraph(layer, sentences[i].paragraph)) continue;
    for (const f of figuresOf(viewOf(layer, i), i, terms)) out.push(f);
  }
  if (out.length) {
    const background = backgroundSentences(layer, out);
    const pastWhen = pastWhenFigures(layer, out);
    const pastItems = pastListItems(layer, out);
    out.forEach((f, n) => { f.background = background.has(f.sentence) || pastWhen.has(n) || pastItems.has(n); });
  }
  return out;
}
