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
  single?: boolean;
  /** A part picked out of a group told before: "two of the victims". */
  partitive?: boolean;
  /** The rest of a group told before: "three other people", "four others", "two more". */
  remainder?: boolean;
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

/** The previous word token before index i (skipping a period, as in "Nov. 15"). */
function prevWord(tokens: Token[], i: number): Token | undefined {
  let j = i - 1;
  if (tokens[j]?.text === '.') j--;
  return tokens[j]?.word ? tokens[j] : undefined;
}

/** Whether the number at i is not a count of people: a year, date, age, address, label, unit… */
function notACount(tokens: Token[], i: number, value: number | null, headline: boolean): boolean {
  const tok = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const digits = /^\d/.test(tok.text);
  if (digits && value !== null && /^\d{4}$/.test(tok.text) && value >= 1600 && value <= 2099) return true; // a year
  if (next && (UNITS_AFTER.has(next.lower) || UNITS_AFTER.has(next.lower.split('-')[0]) || next.text === '%')) return true; // "2 year-old"
  // "6- and 12-year-old": the first half of a hyphenated compound
  if (next && ['-', '–'].includes(next.text) && next.start === tok.end) return true;
  if (next && ['-', '–'].includes(next.text) && tokens[i + 2] && UNITS_AFTER.has(tokens[i + 2].lower)) return true;
  // "between 20 and 26 years old", "15 to 20 minutes"
  if (next && ['and', 'to', 'or', '-', '–'].includes(next.lower) && tokens[i + 2] && numberValue(tokens[i + 2]) !== undefined &&
    tokens[i + 3] && UNITS_AFTER.has(tokens[i + 3].lower)) return true;
  // "ages 15 and 16"
  if (prev && ['and', 'or', 'to'].includes(prev.lower) && tokens[i - 2] && numberValue(tokens[i - 2]) !== undefined &&
    tokens[i - 3] && LABELS_BEFORE.has(tokens[i - 3].lower)) return true;
  const before = prevWord(tokens, i);
  if (before && LABELS_BEFORE.has(before.lower)) return true;
  if (before && MONTHS.has(before.lower) && digits) return true;
  if (next && MONTHS.has(next.lower) && digits) return true;
  if (prev && /^[$£€¥#]$/.test(prev.text)) return true;
  // An emergency number after a call verb: "called 911", "dialled 999"
  if (digits && /^(?:911|999|112|000)$/.test(tok.text) && before && /^(?:call|calls|called|calling|dial|dials|dialed|dialled|dialing|dialling|to)$/.test(before.lower)) return true;
  if (prev?.lower === 'of' && tokens[i - 2]?.lower === 'out') return true; // "nine times out of ten"
  // "one of the victims" picks out a victim; "no one", "the one who"
  if (tok.lower === 'one' && (next?.lower === 'of' || (prev && PEOPLE_PARTITIVE_ONE.has(prev.lower)))) return true;
  if (tok.lower === 'one' && next && ['another', 'day', 'night', 'time'].includes(next.lower)) return true;
  // A label or name: "WESH 2", "Channel 4", "Regional One Health" (unless the sentence is a headline in capitals)
  if (!headline && prev?.word && isCapitalised(prev) && (digits || (isCapitalised(tok) && i > 0))) return true;
  // Age in apposition: "Eric Smith, 52, died"; "(23)"
  if (digits && prev && (prev.text === ',' || prev.text === '(') && next && [',', ')', ';', '.'].includes(next.text) &&
    (prev.text === '(' || next.text === ',' || isCapitalised(tokens[i - 2]))) return true;
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
  const prev = tokens[i - 1];
  if (prev && NEGATIONS.has(prev.lower)) return false;
  if (prev?.lower === 'not' || tokens[i - 2]?.lower === 'not') return false;
  if (tok.lower === 'lives') {
    const before = prevWord(tokens, i);
    return Boolean(before && (LIVES_BEFORE.has(before.lower) || numberValue(before) !== undefined));
  }
  if (tok.lower === 'shot') {
    for (let k = Math.max(0, i - 3); k < i; k++) if (SHOT_FIRED.has(tokens[k].lower)) return false;
    if (prev && ['a', 'the', 'warning', 'first', 'second', 'single', 'his', 'her'].includes(prev.lower)) return false;
  }
  if (tok.lower === 'death' && tokens[i + 1]?.lower === 'toll') return false; // the term is 'toll'
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

/** The casualty figures of one sentence (offsets are file offsets). */
export function figuresInSentence(text: string, base: number, sentence: number, options: FigureOptions = {}): CasualtyFigure[] {
  const {terms, prefilter} = termsFor(options.extraTerms);
  if (!prefilter.test(text)) return [];
  const tokens = tokenize(text);
  const words = tokens.filter(startsWithLetter);
  const headline = words.length >= 3 && words.filter((t) => isCapitalised(t)).length >= words.length * 0.7;
  const isTerm = tokens.map((t, i) => t.word && terms.has(t.lower) && termApplies(tokens, i));
  const values = tokens.map((t) => (t.word ? numberValue(t) : undefined));
  const counts = values.map((v, i) => v !== undefined && !notACount(tokens, i, v, headline));
  const background = BACKGROUND_YEAR.test(text) && !FULL_DATE_YEAR.test(text);
  const out: CasualtyFigure[] = [];
  const usedTerms = new Set<number>();

  for (let i = 0; i < tokens.length; i++) {
    if (!counts[i]) continue;
    // "twenty-five" is one token; "two hundred" is two: take the last word of a multi-word number
    if (counts[i + 1] && values[i + 1] !== null && typeof values[i] === 'number' && (values[i + 1] as number) >= 100) continue;
    let best: {k: number; d: number} | undefined;
    let d = 0;
    for (let k = i - 1; k >= 0 && d < BACK; k--) {
      if (STOP.has(tokens[k].text) || CLAUSE.has(tokens[k].lower)) break;
      if (!tokens[k].word) continue;
      d++;
      if (isTerm[k] && TAKES_OBJECT.has(tokens[k].lower)) { best = {k, d}; break; }
      // "shot twice in one arm": a place on the body or the scene, not the object of the term
      if (PLACE_PREPOSITIONS.has(tokens[k].lower)) break;
      if (counts[k]) break;
    }
    d = 0;
    for (let k = i + 1; k < tokens.length && d < FORWARD; k++) {
      if (STOP.has(tokens[k].text)) break;
      if (!tokens[k].word) continue;
      d++;
      if (best && d > best.d) break;
      if (isTerm[k] && (d <= NOUN_FORWARD || !NOUNS.has(tokens[k].lower))) { best = {k, d}; break; }
      if (counts[k]) break;
    }
    if (!best) continue;
    // The count with its approximator: "at least 31", "more than 6,500", "a dozen"
    let first = i;
    for (const words of APPROX) {
      const from = i - words.length;
      if (from >= 0 && words.every((w, n) => tokens[from + n].lower === w)) { first = from; break; }
    }
    if (first === i && tokens[i].lower === 'dozen' && tokens[i - 1]?.lower === 'a') first = i - 1;
    const a = Math.min(tokens[first].start, tokens[best.k].start);
    const b = Math.max(tokens[i].end, tokens[best.k].end);
    out.push({
      sentence,
      start: base + a,
      end: base + b,
      text: text.slice(a, b),
      count: text.slice(tokens[first].start, tokens[i].end),
      value: values[i] ?? null,
      term: tokens[best.k].lower,
      kind: terms.get(tokens[best.k].lower)!,
      background,
      partitive: tokens[i + 1]?.lower === 'of',
      remainder: REMAINDER.has(tokens[i + 1]?.lower ?? '') || (tokens[i + 1]?.lower !== undefined && REMAINDER.has(tokens[i + 2]?.lower ?? '') && !tokens[i + 1].word) ||
        tokens[i - 1]?.lower === 'other' || tokens[i - 1]?.lower === 'another',
    });
    usedTerms.add(best.k);
  }
  out.push(...singleDeaths(text, base, sentence, tokens, isTerm, usedTerms, terms, background));
  return out;
}

const AGE_TOKEN = /^(?:\d{1,3}|\p{L}+(?:-\p{L}+)?)-(?:year|month|week|day)-old$/u;
/** Words between a victim and the death term: "was later pronounced dead", "has died". */
const SINGLE_GAP = new Set(['was', 'is', 'has', 'had', 'been', 'later', 'then', 'pronounced', 'found', 'shot', 'and', 'fatally', 'man', 'woman', 'boy', 'girl', 'men', 'also', 'eventually', 'subsequently', 'who']);
const SINGLE_BEFORE = new Set(['a', 'an', 'the', 'of', 'killing', 'killed', 'death', 'murder', 'kill', 'slaying', 'shooting']);

/**
 * A single death told of a victim marked by an age: "Eric Smith, 52, died", "22-year-old Ana Silva was
 * pronounced dead", "killed 21-year-old Ann Lee", "the shooting death of a 17-year-old". A count of one
 * with no numeral; the age marks the person as a victim (no pronouns: those repeat someone already counted).
 */
function singleDeaths(text: string, base: number, sentence: number, tokens: Token[], isTerm: boolean[], used: Set<number>,
  terms: Map<string, CasualtyKind>, background: boolean): CasualtyFigure[] {
  const out: CasualtyFigure[] = [];
  const dead = (k: number) => isTerm[k] && !used.has(k) && terms.get(tokens[k].lower) === 'dead' && !NOUNS.has(tokens[k].lower);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let first = -1;
    let last = -1;
    if (AGE_TOKEN.test(t.lower)) {
      first = i;
      last = i;
      // the name after the age: "22-year-old Ana Silva"
      while (isCapitalised(tokens[last + 1]) && last - i < 4) last++;
    } else if (/^\d{1,3}$/.test(t.text) && tokens[i - 1]?.text === ',' && tokens[i + 1]?.text === ',' && isCapitalised(tokens[i - 2])) {
      first = i - 2;
      while (first > 0 && isCapitalised(tokens[first - 1])) first--;
      last = i + 1;
    } else continue;
    let term = -1;
    // after: "Eric Smith, 52, died", "the 3-year-old was pronounced dead"
    for (let k = last + 1, d = 0; k < tokens.length && d < 5; k++) {
      if (!tokens[k].word) { if (tokens[k].text === ',' || STOP.has(tokens[k].text)) break; continue; }
      d++;
      if (dead(k)) { term = k; break; }
      if (!SINGLE_GAP.has(tokens[k].lower)) break;
    }
    // before: "killed 21-year-old Ann Lee", "the death of a 17-year-old"
    if (term < 0) {
      for (let k = first - 1, d = 0; k >= 0 && d < 4; k--) {
        if (!tokens[k].word) break;
        d++;
        if (dead(k) || (tokens[k].lower === 'death' && isTerm[k] && !used.has(k))) { term = k; break; }
        if (!SINGLE_BEFORE.has(tokens[k].lower)) break;
      }
    }
    if (term < 0) continue;
    used.add(term);
    const a = Math.min(tokens[first].start, tokens[term].start);
    const b = Math.max(tokens[last].end, tokens[term].end);
    out.push({
      sentence, start: base + a, end: base + b, text: text.slice(a, b),
      count: text.slice(tokens[first].start, tokens[last].end), value: 1, term: tokens[term].lower, kind: 'dead', background, single: true,
    });
  }
  return out;
}

/** The counts a sentence states (numbers that are not ages, dates, units…), whether or not a term is next to them. */
export function countsInSentence(text: string): Array<number | string> {
  const tokens = tokenize(text);
  const words = tokens.filter(startsWithLetter);
  const headline = words.length >= 3 && words.filter((t) => isCapitalised(t)).length >= words.length * 0.7;
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
    if (AGE_TOKEN.test(t.lower) && ['a', 'an'].includes(tokens[i - 1]?.lower ?? '')) n++;
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
