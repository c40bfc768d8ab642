// Casualty figures: a count (numeral, number word, "dozens") tied to a casualty term (killed, dead,
// wounded, shot, victims…) in either order within a short phrase: "at least 31 of its troops killed",
// "the death toll rose to 12", "claimed more than 6,500 lives". Numbers that are not counts of people
// are left out: ages, dates, times, years, addresses, money, scores, shots fired, durations, channels.
// Works on one sentence at a time, with a cheap prefilter (no casualty term, no work).
import {readData} from '../package-info.js';
import type {TextLayer} from './layer.js';

export type CasualtyKind = 'dead' | 'hurt' | 'shot' | 'missing' | 'victims';

export interface CasualtyFigure {
  /** Index of the sentence. */
  sentence: number;
  /** File offsets of the whole figure (approximator, number and term, and the words between). */
  start: number;
  end: number;
  text: string;
  /** The count as written ("at least 31", "dozens"). */
  count: string;
  /** Its value, or null for vague counts ("dozens"). */
  value: number | null;
  /** The casualty term as written (lower case). */
  term: string;
  kind: CasualtyKind;
  /** Past tense with a year ("killed about 10,000 people … in 1998"): a settled background toll. */
  background: boolean;
  /** A single death told of a victim marked by an age, with no numeral ("Ana Silva, 52, died"). */
  single: boolean;
  /** A part picked out of a group told before: "two of the victims". */
  partitive: boolean;
  /** The rest of a group told before: "three other people", "four others", "two more". */
  remainder: boolean;
}

interface NumberData {
  units: Record<string, number>;
  vague: string[];
  approximators: string[];
  unitsAfter: string[];
  labelsBefore: string[];
  months: string[];
  streets: string[];
}

const TERMS = readData<{terms: Record<string, CasualtyKind>}>('casualty-terms.json').terms;
const NUM = readData<NumberData>('casualty-numbers.json');
const NUMBER_WORDS = new Map(Object.entries(NUM.units));
const VAGUE = new Set(NUM.vague);
const UNITS_AFTER = new Set(NUM.unitsAfter);
const LABELS_BEFORE = new Set(NUM.labelsBefore);
const MONTHS = new Set(NUM.months);
const STREETS = new Set(NUM.streets);
/** Approximators as word sequences, longest first. */
const APPROX = NUM.approximators.map((a) => a.split(' ')).sort((a, b) => b.length - a.length);

const TOKEN = /\d+(?:[,.]\d+)*(?:[-–][\p{L}\p{N}]+)*|\p{L}+(?:['’]\p{L}+)*(?:[-–][\p{L}\p{N}]+)*|\S/gu;
const DIGITS = /^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$/;
/** Times ("3:30 p.m.", "10 am", "20:15") and money ("$10bn", "£5m"), masked before tokens are read. */
const MASK = /\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\b\d{1,2}:\d{2}\b|[$£€¥#]\s?\d[\d,.]*(?:\s?(?:bn|m|k|million|billion)\b)?/giu;
const BACKGROUND_YEAR = /\b(?:(?:in|since|during|of|from)\s+(?:the\s+)?(?:1[6-9]\d\d|20\d\d)s?|last\s+year|(?:a|one|two|three|several)\s+years?\s+ago)\b/i;
const FULL_DATE_YEAR = /\b(?:\d{1,2},?\s+|\p{L}+\.?\s+\d{1,2},?\s+)(?:1[6-9]\d\d|20\d\d)\b/u;
const STOP = new Set([';', ':', '•', '|', '?', '!']);
const NEGATIONS = new Set(['no', 'not', "n't", 'never', 'none', 'nobody']);
const SHOT_FIRED = new Set(['fired', 'fire', 'fires', 'firing', 'heard', 'hear', 'let', 'squeezed']);
const LIVES_BEFORE = new Set(['the', 'their', 'of', 'claimed', 'took', 'taken', 'cost', 'costing', 'lost', 'losing', 'claiming', 'taking']);
const PEOPLE_PARTITIVE_ONE = new Set(['no', 'any', 'every', 'the', 'this', 'that', 'which', 'each', 'someone', 'anyone']);

/** The regex that says whether a sentence can hold a figure at all. */
function termPrefilter(terms: Iterable<string>): RegExp {
  const words = [...terms].map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
  return new RegExp(`\\b(?:${words.join('|')})\\b`, 'i');
}
const DEFAULT_PREFILTER = termPrefilter(Object.keys(TERMS));

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
  masked: boolean;
}

export interface FigureOptions {
  /** Extra casualty terms (lower case words), counted as kind `hurt` unless known. */
  extraTerms?: string[];
}

const termCache = new Map<string, {terms: Map<string, CasualtyKind>; prefilter: RegExp}>();

function termsFor(extra: string[] | undefined): {terms: Map<string, CasualtyKind>; prefilter: RegExp} {
  const key = (extra ?? []).join('\u0000');
  let entry = termCache.get(key);
  if (!entry) {
    const terms = new Map(Object.entries(TERMS));
    for (const t of extra ?? []) if (!terms.has(t.toLowerCase())) terms.set(t.toLowerCase(), 'hurt');
    entry = {terms, prefilter: extra?.length ? termPrefilter(terms.keys()) : DEFAULT_PREFILTER};
    termCache.set(key, entry);
  }
  return entry;
}

/** Characters whose lower case depends on their context or changes the length (so a token cannot be cut from a lower-cased text). */
const CONTEXTUAL_CASE = /[\u0130\u03a3]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The tokens of the last sentences read (the rule asks for the counts of a sentence several times). */
const tokenCache = new Map<string, Token[]>();

function tokenize(text: string): Token[] {
  let out = tokenCache.get(text);
  if (out) return out;
  out = [];
  let masked: Array<[number, number]> | undefined;
  MASK.lastIndex = 0;
  for (let m = MASK.exec(text); m; m = MASK.exec(text)) {
    if (m[0] === '') { MASK.lastIndex++; continue; }
    (masked ??= []).push([m.index, m.index + m[0].length]);
  }
  // one lower-casing of the sentence, cut per token (the same as lower-casing each token, save for İ and Σ)
  const lowerText = CONTEXTUAL_CASE.test(text) ? undefined : text.toLowerCase();
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    const start = m.index;
    const end = start + t.length;
    out.push({
      text: t,
      lower: lowerText === undefined ? t.toLowerCase() : lowerText.slice(start, end),
      start,
      end,
      // a token of three or more characters is a number or a word (a lone `\S` is one code point)
      word: t.length >= 3 || LETTER_OR_DIGIT.test(t),
      masked: masked !== undefined && masked.some(([a, b]) => start < b && end > a),
    });
  }
  if (tokenCache.size >= 64) tokenCache.clear();
  tokenCache.set(text, out);
  return out;
}

/** The value of a number token: a number, null for a vague count, undefined when not a number. */
function numberValue(tok: Token): number | null | undefined {
  if (tok.masked) return undefined;
  if (DIGITS.test(tok.text)) return Number(tok.text.replace(/,/g, ''));
  if (VAGUE.has(tok.lower)) return null;
  const simple = NUMBER_WORDS.get(tok.lower);
  if (simple !== undefined) return simple;
  if (/^[a-z]+-[a-z]+$/.test(tok.lower)) {
    const [a, b] = tok.lower.split('-');
    const x = NUMBER_WORDS.get(a);
    const y = NUMBER_WORDS.get(b);
    if (x !== undefined && y !== undefined && x >= 20 && x < 100 && y < 10) return x + y;
  }
  return undefined;
}

const UPPER_START = /^\p{Lu}/u;
const LETTER_START = /^\p{L}/u;
const isCapitalised = (t: Token | undefined) => {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(t.text);
};
/** `/^\p{L}/u`, with ASCII read from the character code. */
const startsWithLetter = (t: Token) => {
  const c = t.text.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER_START.test(t.text);
};

/**
 * tokens[k], or undefined past either end. Reads past the end, and at negative indices (which V8 looks up
 * as named properties), deoptimise the optimised code that makes them; the readers of neighbours go through here.
 */
function at(tokens: Token[], k: number): Token | undefined {
  return k >= 0 && k < tokens.length ? tokens[k] : undefined;
}
/** The lower-case text of tokens[k], or '' past either end. */
const lowerAt = (tokens: Token[], k: number): string => at(tokens, k)?.lower ?? '';

/** The previous word token before index i (skipping a period, as in "Nov. 15"). */
function prevWord(tokens: Token[], i: number): Token | undefined {
  let j = i - 1;
  if (at(tokens, j)?.text === '.') j--;
  const t = at(tokens, j);
  return t?.word ? t : undefined;
}

/** Whether tokens[k] is a number (a vague one included). */
const isNumberAt = (tokens: Token[], k: number): boolean => {
  const t = at(tokens, k);
  return t !== undefined && numberValue(t) !== undefined;
};

/** Whether the number at i is not a count of people: a year, date, age, address, label, unit… */
function notACount(tokens: Token[], i: number, value: number | null, headline: boolean): boolean {
  const tok = tokens[i];
  const prev = at(tokens, i - 1);
  const next = at(tokens, i + 1);
  const digits = /^\d/.test(tok.text);
  if (digits && value !== null && /^\d{4}$/.test(tok.text) && value >= 1600 && value <= 2099) return true; // a year
  if (next && (UNITS_AFTER.has(next.lower) || UNITS_AFTER.has(next.lower.split('-')[0]) || next.text === '%')) return true; // "2 year-old"
  // "6- and 12-year-old": the first half of a hyphenated compound
  if (next && ['-', '–'].includes(next.text) && next.start === tok.end) return true;
  if (next && ['-', '–'].includes(next.text) && UNITS_AFTER.has(lowerAt(tokens, i + 2))) return true;
  // "between 20 and 26 years old", "15 to 20 minutes"
  if (next && ['and', 'to', 'or', '-', '–'].includes(next.lower) && isNumberAt(tokens, i + 2) && UNITS_AFTER.has(lowerAt(tokens, i + 3))) return true;
  // "ages 15 and 16"
  if (prev && ['and', 'or', 'to'].includes(prev.lower) && isNumberAt(tokens, i - 2) && LABELS_BEFORE.has(lowerAt(tokens, i - 3))) return true;
  const before = prevWord(tokens, i);
  if (before && LABELS_BEFORE.has(before.lower)) return true;
  if (before && MONTHS.has(before.lower) && digits) return true;
  if (next && MONTHS.has(next.lower) && digits) return true;
  if (prev && /^[$£€¥#]$/.test(prev.text)) return true;
  // An emergency number after a call verb: "called 911", "dialled 999"
  if (digits && /^(?:911|999|112|000)$/.test(tok.text) && before && /^(?:call|calls|called|calling|dial|dials|dialed|dialled|dialing|dialling|to)$/.test(before.lower)) return true;
  if (prev?.lower === 'of' && lowerAt(tokens, i - 2) === 'out') return true; // "nine times out of ten"
  // "one of the victims" picks out a victim; "no one", "the one who"
  if (tok.lower === 'one' && (next?.lower === 'of' || (prev && PEOPLE_PARTITIVE_ONE.has(prev.lower)))) return true;
  if (tok.lower === 'one' && next && ['another', 'day', 'night', 'time'].includes(next.lower)) return true;
  // A label or name: "WESH 2", "Channel 4", "Regional One Health" (unless the sentence is a headline in capitals)
  if (!headline && prev?.word && isCapitalised(prev) && (digits || (isCapitalised(tok) && i > 0))) return true;
  // Age in apposition: "Eric Smith, 52, died"; "(23)"
  if (digits && prev && (prev.text === ',' || prev.text === '(') && next && [',', ')', ';', '.'].includes(next.text) &&
    (prev.text === '(' || next.text === ',' || isCapitalised(at(tokens, i - 2)))) return true;
  // Address: "3150 Robinson Road", "7050 Old State Road"
  if (digits) {
    for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
      const t = tokens[k];
      if (!isCapitalised(t)) break;
      if (STREETS.has(t.lower)) return true;
    }
  }
  return false;
}

/** Whether the term at index i is used as a casualty term here. */
function termApplies(tokens: Token[], i: number): boolean {
  const tok = tokens[i];
  const prev = at(tokens, i - 1);
  if (prev && NEGATIONS.has(prev.lower)) return false;
  if (prev?.lower === 'not' || lowerAt(tokens, i - 2) === 'not') return false;
  if (tok.lower === 'lives') {
    const before = prevWord(tokens, i);
    return Boolean(before && (LIVES_BEFORE.has(before.lower) || numberValue(before) !== undefined));
  }
  if (tok.lower === 'shot') {
    for (let k = Math.max(0, i - 3); k < i; k++) if (SHOT_FIRED.has(tokens[k].lower)) return false;
    if (prev && ['a', 'the', 'warning', 'first', 'second', 'single', 'his', 'her'].includes(prev.lower)) return false;
  }
  if (tok.lower === 'death' && lowerAt(tokens, i + 1) === 'toll') return false; // the term is 'toll'
  return true;
}

const BACK = 4;
const FORWARD = 8;
/** Nouns that name the casualties themselves: the count stands just before them ("five other deaths"). */
const NOUN_FORWARD = 3;
/** Terms that take their count after them: "killed one", "injured eight others", "toll rose to 12", "lives of five". */
const TAKES_OBJECT = new Set(['killed', 'kill', 'kills', 'killing', 'injured', 'injuring', 'wounded', 'wounding', 'shot', 'toll', 'lives', 'hurt', 'murdered', 'slain']);
const NOUNS = new Set(['death', 'deaths', 'fatalities', 'casualties', 'injuries', 'lives', 'victims', 'toll']);
const PLACE_PREPOSITIONS = new Set(['in', 'on', 'at', 'into', 'through', 'near', 'inside', 'outside']);
const CLAUSE = new Set(['and', 'or', 'but', 'while', 'whereas', ',']);
/** Words after a count that make it the rest of a group: "three other people", "four others", "two more". */
const REMAINDER = new Set(['other', 'others', 'more', 'additional', 'further']);

/**
 * A headline in capitals ("3 Shot, 1 Killed In Parking Lot Fight"): 70% of three or more words capitalised.
 * Capitalised numbers in it are no labels.
 */
function isHeadlineCase(tokens: Token[]): boolean {
  let words = 0;
  let capitalised = 0;
  for (const t of tokens) {
    if (!startsWithLetter(t)) continue;
    words++;
    if (isCapitalised(t)) capitalised++;
  }
  return words >= 3 && capitalised >= words * 0.7;
}

/**
 * What figuresInSentence knows of each token: a casualty term, a number's value, a count of people. The
 * arrays are built with a loop, each always of one elements kind (Array.prototype.map gives an array of
 * small integers, of doubles or of anything, by the values; code optimised for one then deoptimises on another).
 */
interface TokenFacts {
  isTerm: boolean[];
  /** A number's value, null for a vague count ("dozens"), undefined when the token is no number. */
  values: Array<number | null | undefined>;
  counts: boolean[];
}

function tokenFacts(tokens: Token[], terms: Map<string, CasualtyKind>, headline: boolean): TokenFacts {
  const n = tokens.length;
  const isTerm: boolean[] = [];
  // filled with undefined first: one elements kind (generic) whatever numbers come, never small integers or doubles
  const values = new Array<number | null | undefined>(n).fill(undefined);
  const counts: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    isTerm.push(t.word && terms.has(t.lower) && termApplies(tokens, i));
    if (t.word) values[i] = numberValue(t);
  }
  for (let i = 0; i < n; i++) {
    const v = values[i];
    counts.push(v !== undefined && !notACount(tokens, i, v, headline));
  }
  return {isTerm, values, counts};
}

/** "twenty-five" is one token; "two hundred" is two: only the last word of a multi-word number is a count. */
function isInsideNumber(facts: TokenFacts, i: number): boolean {
  if (i + 1 >= facts.counts.length || !facts.counts[i + 1]) return false;
  const next = facts.values[i + 1];
  return next !== null && typeof facts.values[i] === 'number' && (next as number) >= 100;
}

/**
 * The casualty term of the count at i, or -1: a term that takes an object just before it ("killed one"),
 * or a term after it ("31 of its troops killed"), whichever is nearer in words (before on a tie). The
 * search stops at a clause break, another count, or (before) a place preposition.
 */
function termOfCount(tokens: Token[], facts: TokenFacts, i: number): number {
  const {isTerm, counts} = facts;
  let best = -1;
  let bestD = 0;
  let d = 0;
  for (let k = i - 1; k >= 0 && d < BACK; k--) {
    const t = tokens[k];
    if (STOP.has(t.text) || CLAUSE.has(t.lower)) break;
    if (!t.word) continue;
    d++;
    if (isTerm[k] && TAKES_OBJECT.has(t.lower)) { best = k; bestD = d; break; }
    // "shot twice in one arm": a place on the body or the scene, not the object of the term
    if (PLACE_PREPOSITIONS.has(t.lower)) break;
    if (counts[k]) break;
  }
  d = 0;
  for (let k = i + 1; k < tokens.length && d < FORWARD; k++) {
    const t = tokens[k];
    if (STOP.has(t.text)) break;
    if (!t.word) continue;
    d++;
    if (best >= 0 && d > bestD) break;
    if (isTerm[k] && (d <= NOUN_FORWARD || !NOUNS.has(t.lower))) return k;
    if (counts[k]) break;
  }
  return best;
}

/** Whether the words stand in tokens from index `from` on (lower case). */
function wordsAt(tokens: Token[], from: number, words: string[]): boolean {
  for (let n = 0; n < words.length; n++) if (tokens[from + n].lower !== words[n]) return false;
  return true;
}

/** Where the count at i starts, with its approximator: "at least 31", "more than 6,500", "a dozen". */
function countStart(tokens: Token[], i: number): number {
  for (const words of APPROX) {
    const from = i - words.length;
    if (from >= 0 && wordsAt(tokens, from, words)) return from;
  }
  if (tokens[i].lower === 'dozen' && lowerAt(tokens, i - 1) === 'a') return i - 1;
  return i;
}

/** The count at i is the rest of a group told before: "three other people", "four others", "two more". */
function isRemainder(tokens: Token[], i: number): boolean {
  if (REMAINDER.has(lowerAt(tokens, i + 1))) return true;
  const next = at(tokens, i + 1);
  if (next !== undefined && !next.word && REMAINDER.has(lowerAt(tokens, i + 2))) return true;
  const before = lowerAt(tokens, i - 1);
  return before === 'other' || before === 'another';
}

/**
 * A figure of tokens first..last (the count, or the victim) and the term at index term. Every figure is
 * built here, with all its properties in one order: one hidden class for the rule that reads them.
 */
function figure(text: string, base: number, sentence: number, tokens: Token[], first: number, last: number, term: number, value: number | null,
  kind: CasualtyKind, background: boolean, single: boolean, partitive: boolean, remainder: boolean): CasualtyFigure {
  const a = Math.min(tokens[first].start, tokens[term].start);
  const b = Math.max(tokens[last].end, tokens[term].end);
  return {
    sentence, start: base + a, end: base + b, text: text.slice(a, b), count: text.slice(tokens[first].start, tokens[last].end),
    value, term: tokens[term].lower, kind, background, single, partitive, remainder,
  };
}

/** The casualty figures of one sentence (offsets are file offsets). */
export function figuresInSentence(text: string, base: number, sentence: number, options: FigureOptions = {}): CasualtyFigure[] {
  const {terms, prefilter} = termsFor(options.extraTerms);
  if (!prefilter.test(text)) return [];
  const tokens = tokenize(text);
  const facts = tokenFacts(tokens, terms, isHeadlineCase(tokens));
  const background = BACKGROUND_YEAR.test(text) && !FULL_DATE_YEAR.test(text);
  const out: CasualtyFigure[] = [];
  const usedTerms = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!facts.counts[i] || isInsideNumber(facts, i)) continue;
    const term = termOfCount(tokens, facts, i);
    if (term < 0) continue;
    const termText = tokens[term].lower;
    out.push(figure(text, base, sentence, tokens, countStart(tokens, i), i, term, facts.values[i] ?? null, terms.get(termText)!, background,
      false, lowerAt(tokens, i + 1) === 'of', isRemainder(tokens, i)));
    usedTerms.add(term);
  }
  singleDeaths(text, base, sentence, tokens, facts.isTerm, usedTerms, terms, background, out);
  return out;
}

const AGE_TOKEN = /^(?:\d{1,3}|\p{L}+(?:-\p{L}+)?)-(?:year|month|week|day)-old$/u;
const AGE_NUMBER = /^\d{1,3}$/;
/** Words between a victim and the death term: "was later pronounced dead", "has died". */
const SINGLE_GAP = new Set(['was', 'is', 'has', 'had', 'been', 'later', 'then', 'pronounced', 'found', 'shot', 'and', 'fatally', 'man', 'woman', 'boy', 'girl', 'men', 'also', 'eventually', 'subsequently', 'who']);
const SINGLE_BEFORE = new Set(['a', 'an', 'the', 'of', 'killing', 'killed', 'death', 'murder', 'kill', 'slaying', 'shooting']);

/** What singleDeaths reads of a sentence. */
interface DeathTerms {
  tokens: Token[];
  isTerm: boolean[];
  /** Terms already given to a figure. */
  used: Set<number>;
  terms: Map<string, CasualtyKind>;
}

/** A verb or adjective of death not yet given to a figure ("died", "killed", "dead"; not the noun "death"). */
function isFreeDeathTerm(s: DeathTerms, k: number): boolean {
  return s.isTerm[k] && !s.used.has(k) && s.terms.get(s.tokens[k].lower) === 'dead' && !NOUNS.has(s.tokens[k].lower);
}

/** The victim's tokens at i: the age and the name after it ("22-year-old Ana Silva"), or the name and the age ("Eric Smith, 52,"). */
function victimAt(tokens: Token[], i: number): {first: number; last: number} | undefined {
  const t = tokens[i];
  if (AGE_TOKEN.test(t.lower)) {
    let last = i;
    while (isCapitalised(at(tokens, last + 1)) && last - i < 4) last++;
    return {first: i, last};
  }
  if (AGE_NUMBER.test(t.text) && at(tokens, i - 1)?.text === ',' && at(tokens, i + 1)?.text === ',' && isCapitalised(at(tokens, i - 2))) {
    let first = i - 2;
    while (first > 0 && isCapitalised(tokens[first - 1])) first--;
    return {first, last: i + 1};
  }
  return undefined;
}

/** The death term after the victim: "Eric Smith, 52, died", "the 3-year-old was pronounced dead"; or -1. */
function deathTermAfter(s: DeathTerms, last: number): number {
  const tokens = s.tokens;
  for (let k = last + 1, d = 0; k < tokens.length && d < 5; k++) {
    const t = tokens[k];
    if (!t.word) { if (t.text === ',' || STOP.has(t.text)) break; continue; }
    d++;
    if (isFreeDeathTerm(s, k)) return k;
    if (!SINGLE_GAP.has(t.lower)) break;
  }
  return -1;
}

/** The death term before the victim: "killed 21-year-old Ann Lee", "the death of a 17-year-old"; or -1. */
function deathTermBefore(s: DeathTerms, first: number): number {
  const tokens = s.tokens;
  for (let k = first - 1, d = 0; k >= 0 && d < 4; k--) {
    const t = tokens[k];
    if (!t.word) break;
    d++;
    if (isFreeDeathTerm(s, k) || (t.lower === 'death' && s.isTerm[k] && !s.used.has(k))) return k;
    if (!SINGLE_BEFORE.has(t.lower)) break;
  }
  return -1;
}

/**
 * A single death told of a victim marked by an age: "Eric Smith, 52, died", "22-year-old Ana Silva was
 * pronounced dead", "killed 21-year-old Ann Lee", "the shooting death of a 17-year-old". A count of one
 * with no numeral; the age marks the person as a victim (no pronouns: those repeat someone already counted).
 * The figures are added to out.
 */
function singleDeaths(text: string, base: number, sentence: number, tokens: Token[], isTerm: boolean[], used: Set<number>,
  terms: Map<string, CasualtyKind>, background: boolean, out: CasualtyFigure[]): void {
  const s: DeathTerms = {tokens, isTerm, used, terms};
  for (let i = 0; i < tokens.length; i++) {
    const victim = victimAt(tokens, i);
    if (!victim) continue;
    let term = deathTermAfter(s, victim.last);
    if (term < 0) term = deathTermBefore(s, victim.first);
    if (term < 0) continue;
    used.add(term);
    out.push(figure(text, base, sentence, tokens, victim.first, victim.last, term, 1, 'dead', background, true, false, false));
  }
}

/** The counts a sentence states (numbers that are not ages, dates, units…), whether or not a term is next to them. */
export function countsInSentence(text: string): Array<number | string> {
  const tokens = tokenize(text);
  const headline = isHeadlineCase(tokens);
  const out: Array<number | string> = [];
  tokens.forEach((t, i) => {
    const v = t.word ? numberValue(t) : undefined;
    if (v === undefined || notACount(tokens, i, v, headline)) return;
    out.push(v === null ? t.lower : v);
  });
  return out;
}

/** People picked out by an age, each a count of one: "an 18-year-old girl and a 17-year-old boy" are two. */
export function peopleInSentence(text: string): number {
  let n = 0;
  const tokens = tokenize(text);
  tokens.forEach((t, i) => {
    if (AGE_TOKEN.test(t.lower) && ['a', 'an'].includes(lowerAt(tokens, i - 1))) n++;
  });
  return n;
}

/** Every casualty figure of a file, sentence by sentence. */
export function findFigures(layer: TextLayer, options: FigureOptions = {}): CasualtyFigure[] {
  const out: CasualtyFigure[] = [];
  for (const s of layer.sentences) {
    const found = figuresInSentence(s.text, s.start, s.index, options);
    // A past toll told right after the sentence that dates its event ("… over the rail crash in 2000.
    // Four people died when a rail broke"): background too, unless the sentence dates itself anew
    // ("on Sunday", "today") or is in the present or perfect ("have died", "is dead")
    if (found.length && s.index > 0 && !found.some((f) => f.background) && PAST_TOLL.test(s.text) && !RECENT.test(s.text)) {
      const prev = layer.sentences[s.index - 1].text;
      if (DATED_EVENT.test(prev) && !FULL_DATE_YEAR.test(prev)) for (const f of found) f.background = true;
    }
    out.push(...found);
  }
  return out;
}

/** A toll told by a verb in the simple past: "died", "were killed", "claimed … lives". */
const PAST_TOLL = /\b(?:died|killed|claimed|perished)\b/i;
/** An event dated by its year: "the rail crash in 2000", "the floods of 1998". */
const DATED_EVENT = /\b(?:in|of|since|during)\s+(?:the\s+)?(?:1[6-9]\d\d|20\d\d)\b/i;
/** Words that date a sentence to the news of the day, or put it in the present or perfect. */
const RECENT = /\b(?:today|tonight|yesterday|this (?:morning|afternoon|evening|week)|last (?:night|week)|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|is|are|has|have|remains?|still)\b/i;
