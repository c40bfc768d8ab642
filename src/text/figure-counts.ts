// Counts of people in a sentence, read from the layer's token view: numerals ("31", "6,500", "1.5
// million"), number words ("four", "twenty-five", "two hundred", "a dozen") and vague counts ("dozens",
// "tens of thousands"), each with the approximator before it ("about", "at least", "some"). Numbers that
// count something else are left out: years, dates, times, ages ("a 19-year-old", "Ana Silva, 52,",
// "The two others, 33 and 28, were shot"), addresses, money, units, labels ("Channel 4"), ordinals
// (never numbers here: "the third death" is no count).
import {readData} from '../package-info.js';
import {isWhiteSpace} from './chars.js';
import {type Token, W_NOT_NAME, tokenize} from './tokens.js';
import type {TextLayer} from './layer.js';

interface NumberData {
  units: Record<string, number>;
  multipliers: Record<string, number>;
  vague: string[];
  approximators: string[];
  unitsAfter: string[];
  labelsBefore: string[];
  months: string[];
  streets: string[];
}

const NUM = readData<NumberData>('casualty-numbers.json');
const UNITS = new Map(Object.entries(NUM.units));
const MULTIPLIERS = new Map(Object.entries(NUM.multipliers));
const VAGUE = new Set(NUM.vague);
const UNITS_AFTER = new Set(NUM.unitsAfter);
const LABELS_BEFORE = new Set(NUM.labelsBefore);
export const MONTHS = new Set(NUM.months);
/** The nouns that end a street's name (rules/data/casualty-numbers.json). */
export const STREETS = new Set(NUM.streets);
/** Approximators as word sequences, longest first. */
const APPROX = NUM.approximators.map((a) => a.split(' ')).sort((a, b) => b.length - a.length);

/** A count in a sentence: its tokens (with the approximator), value (null when vague) and anchor. */
export interface Count {
  /** First token, the approximator's when there is one. */
  first: number;
  /** First token of the number itself, and its last ("two hundred": two tokens). */
  from: number;
  to: number;
  value: number | null;
  approximate: boolean;
}

/** What one sentence's tokens are to the count reader: its tokens, text and where the text starts. */
export interface SentenceView {
  tokens: Token[];
  /** The sentence's text; `text.charCodeAt(offset - base)` is the character at a file offset. */
  text: string;
  base: number;
  /** A headline in title case or capitals ("3 Shot, 1 Killed In Parking Lot Fight"): capitals say nothing there. */
  headline: boolean;
}

export function lowerAt(tokens: Token[], k: number): string {
  return k >= 0 && k < tokens.length ? tokens[k].lower : '';
}

/** Whether only blanks and quotation prefixes ('>', '|') stand between an offset and the head of its line (or of the sentence). */
function atLineHead(v: SentenceView, offset: number): boolean {
  for (let i = offset - 1 - v.base; i >= 0; i--) {
    const c = v.text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9 && c !== 62 && c !== 124) return false;
  }
  return true;
}

/** The character code at a file offset, or 0 outside the sentence. */
export function charAt(v: SentenceView, offset: number): number {
  const i = offset - v.base;
  return i >= 0 && i < v.text.length ? v.text.charCodeAt(i) : 0;
}

const DIGITS = /^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$/;
const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** The value of one number token: a number, null for a vague count, undefined when it is no number. */
export function tokenValue(t: Token): number | null | undefined {
  if (t.punct) return undefined;
  const c = t.text.charCodeAt(0);
  if (isDigitCode(c)) return DIGITS.test(t.text) ? Number(t.text.replace(/,/g, '')) : undefined;
  const lower = t.lower;
  const unit = UNITS.get(lower);
  if (unit !== undefined) return unit;
  if (VAGUE.has(lower)) return null;
  const dash = lower.indexOf('-');
  if (dash > 0) {
    // "twenty-five"
    const x = UNITS.get(lower.slice(0, dash));
    const y = UNITS.get(lower.slice(dash + 1));
    if (x !== undefined && y !== undefined && x >= 20 && x < 100 && x % 10 === 0 && y > 0 && y < 10) return x + y;
  }
  return undefined;
}

/**
 * The number that starts at token i, if any: its last token and value. Joins a multiplier ("two
 * hundred", "1.5 million", "a dozen"), and reads "tens of thousands", "dozens of" as vague.
 */
export function numberAt(tokens: Token[], i: number): {to: number; value: number | null} | undefined {
  const t = tokens[i];
  let value = tokenValue(t);
  if (value === undefined) {
    // "a dozen", "a hundred", "a thousand"
    if ((t.lower === 'a' || t.lower === 'half') && i + 1 < tokens.length) {
      const m = MULTIPLIERS.get(tokens[i + 1].lower);
      if (m !== undefined && (i + 2 >= tokens.length || !MULTIPLIERS.has(tokens[i + 2].lower))) return {to: i + 1, value: t.lower === 'half' ? m / 2 : m};
    }
    return undefined;
  }
  let to = i;
  // "thirty four": a tens word and a unit word written apart
  if (value !== null && value >= 20 && value < 100 && value % 10 === 0 && !isDigitCode(t.text.charCodeAt(0)) && i + 1 < tokens.length) {
    const unit = UNITS.get(tokens[i + 1].lower);
    if (unit !== undefined && unit > 0 && unit < 10) { to++; value += unit; }
  }
  // "two hundred", "1.5 million", "six thousand"; "hundreds of thousands" stays vague
  while (to + 1 < tokens.length) {
    const m = MULTIPLIERS.get(tokens[to + 1].lower);
    if (m === undefined) break;
    to++;
    value = value === null ? null : Math.round(value * m);
  }
  if (value === null && to + 2 < tokens.length && tokens[to + 1].lower === 'of' && tokenValue(tokens[to + 2]) === null) to += 2;
  return {to, value};
}

/** Where the count at i starts, with its approximator: "at least 31", "more than 6,500", "some 50". */
function approximatorStart(tokens: Token[], i: number): number {
  for (const words of APPROX) {
    const from = i - words.length;
    if (from < 0) continue;
    let ok = true;
    for (let n = 0; n < words.length && ok; n++) ok = tokens[from + n].lower === words[n];
    if (ok) return from;
  }
  return i;
}

/** Whether the sentence is a headline: three or more words, 70% of them capitalised. */
export function isHeadline(tokens: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.punct || isDigitCode(t.text.charCodeAt(0))) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 3 && caps >= words * 0.7;
}

/** A sentence of the layer as the count reader sees it. */
export function viewOf(layer: TextLayer, index: number): SentenceView {
  const s = layer.sentences[index];
  const tokens = layer.sentenceTokens[index];
  return {tokens, text: s.text, base: s.start, headline: isHeadline(tokens)};
}

/** Only white space between two tokens (no dash, period or other mark the token view leaves out). */
function adjacent(v: SentenceView, a: Token, b: Token): boolean {
  for (let o = a.end; o < b.start; o++) if (charAt(v, o) !== 32) return false;
  return true;
}

const CALL_VERBS = new Set(['call', 'calls', 'called', 'calling', 'dial', 'dials', 'dialed', 'dialled', 'dialing', 'dialling', 'to']);
const ONE_PICKS = new Set(['no', 'any', 'every', 'the', 'this', 'that', 'which', 'each', 'someone', 'anyone']);
const ONE_ELSE = new Set(['another', 'day', 'night', 'time', 'point', 'way', 'thing', 'side', 'hand']);
const YEAR_FOLLOWERS = new Set(['people', 'persons', 'dead', 'deaths', 'killed', 'injured', 'wounded', 'casualties', 'victims', 'others', 'troops', 'soldiers']);

/** Nouns of the attackers, which count no victims ("two gunmen opened fire") unless a harm verb takes them. */
const PERPETRATORS = new Set(['suspects', 'gunmen', 'shooters', 'attackers', 'assailants', 'robbers']);
/** Verbs of harm that take the people harmed as their object: "killed three gunmen". */
const HARM_VERBS = new Set(['killed', 'killing', 'kill', 'kills', 'wounded', 'wounding', 'injured', 'injuring', 'shot', 'shooting']);

/** Prepositions after which four digits are a year: "in 1973", "since 2015". */
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'during', 'until', 'till']);

/** Whether a number token is a year: four digits from 1600 to 2099 that do not count people ("2000 people"). */
export function isYear(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.text.length !== 4 || !/^\d{4}$/.test(t.text)) return false;
  const y = Number(t.text);
  // "in 1973 killed 40 people", "in May 1992 killed 26": after a preposition of time or a month it is a year whatever follows
  return y >= 1600 && y <= 2099 && (YEAR_PREPOSITIONS.has(lowerAt(tokens, i - 1)) || MONTHS.has(lowerAt(tokens, i - 1)) || !YEAR_FOLLOWERS.has(lowerAt(tokens, i + 1)));
}

/**
 * Whether the number of tokens from..to is not a count of people: a year, date, time, age, address,
 * label, money, unit, score, emergency number, "one of", "no one".
 */
function notACount(v: SentenceView, from: number, to: number, value: number | null): boolean {
  const tokens = v.tokens;
  const tok = tokens[from];
  const last = tokens[to];
  const prev = from > 0 ? tokens[from - 1] : undefined;
  const next = to + 1 < tokens.length ? tokens[to + 1] : undefined;
  const digits = isDigitCode(tok.text.charCodeAt(0));
  // digits glued after a point are a fraction or a calibre (".357 shot")
  if (digits && v.text.charCodeAt(tok.start - v.base - 1) === 46) return true;
  if (digits && from === to && isYear(tokens, from)) return true;
  // "0900 GMT", "007": a time or a code
  if (digits && tok.text.length > 1 && tok.text.charCodeAt(0) === 48 && tok.text.charCodeAt(1) !== 46) return true;
  // a unit after it: "2 years", "10 minutes", "5 feet", "30 percent", "three shootings" (but the
  // attackers harmed are people counted: "troops killed three gunmen")
  if (next && (UNITS_AFTER.has(next.lower) || UNITS_AFTER.has(next.lower.split('-')[0])) && !(PERPETRATORS.has(next.lower) && prev && HARM_VERBS.has(prev.lower))) return true;
  const after = charAt(v, last.end);
  // "30%", "6- and 12-year-old", "3:30", "10am"
  if (after === 37 || after === 45 || after === 0x2013) return true;
  if (next?.text === ':' && next.start === last.end && tokens[to + 2] && isDigitCode(tokens[to + 2].text.charCodeAt(0))) return true;
  if (prev?.text === ':' && prev.end === tok.start) return true;
  // a citation mark: "[4]"
  if (charAt(v, tok.start - 1) === 91 && after === 93) return true;
  // a list's number at the head of its line: "27. Syrian soldiers …", ">>  1. So, did …"
  if (digits && from === to && (after === 46 || after === 41) && (charAt(v, last.end + 1) === 0 || isWhiteSpace(charAt(v, last.end + 1))) && atLineHead(v, tok.start)) return true;
  // money: "$40 million", "£5"
  const before = charAt(v, tok.start - 1) === 32 ? charAt(v, tok.start - 2) : charAt(v, tok.start - 1);
  if (before === 36 || before === 0xa3 || before === 0x20ac || before === 0xa5 || before === 35) return true;
  // "between 20 and 26 years old", "15 to 20 minutes"
  if (next && (next.lower === 'and' || next.lower === 'to' || next.lower === 'or') && tokens[to + 2] && tokenValue(tokens[to + 2]) !== undefined &&
    UNITS_AFTER.has(lowerAt(tokens, to + 3))) return true;
  // "ages 15 and 16", "aged 20 to 26", "ages 19, 21 and 22", "ranging in age from 31 to 40"
  if (digits && agedList(tokens, from)) return true;
  if (prev && LABELS_BEFORE.has(prev.lower)) return true;
  // "Ana Cole and Ben Lee, both 16, were killed": an age shared by the people named
  if (digits && tok.text.length <= 3 && prev && SHARED_AGE.has(prev.lower) && lowerAt(tokens, from - 2) === ',' && (next === undefined || next.text === ',' || next.text === ';' || next.text === ')')) return true;
  // "a boy younger than 12", "children older than 5": an age compared
  if (prev?.lower === 'than' && (lowerAt(tokens, from - 2) === 'younger' || lowerAt(tokens, from - 2) === 'older')) return true;
  // "a 911 caller", "the 911 call": the emergency number
  if (digits && /^(?:911|999|112)$/.test(tok.text) && next && EMERGENCY_AFTER.has(next.lower)) return true;
  // "March 3", "the March five earthquake"
  if (prev && MONTHS.has(prev.lower) && (digits || (value !== null && value <= 31)) && (prev.lower !== 'may' || digits)) return true;
  if (digits && next && MONTHS.has(next.lower)) return true;
  if (digits && /^(?:911|999|112)$/.test(tok.text) && prev && CALL_VERBS.has(prev.lower)) return true;
  if (prev?.lower === 'of' && lowerAt(tokens, from - 2) === 'out') return true; // "nine out of ten"
  // "a father of 3", "the mother of two": the children someone has, not the people harmed
  if (prev?.lower === 'of' && KIN.has(lowerAt(tokens, from - 2))) return true;
  if (tok.lower === 'one' && (next?.lower === 'of' || (prev && ONE_PICKS.has(prev.lower)) || (next && ONE_ELSE.has(next.lower)))) return true;
  // "two men, one 17 and the other 21,": one of a group told by its age, and the age itself
  if (tok.lower === 'one' && next !== undefined && /^\d{1,3}$/.test(next.text) && pickedByAge(tokens, to + 1)) return true;
  if (digits && tok.text.length <= 3 && prev && (prev.lower === 'one' || prev.lower === 'other') && pickedByAge(tokens, from)) return true;
  // A label or a name: "WESH 2", "Channel 4", "Regional One Health" (not "About 50", "Some 200": function words)
  // (the first word of a sentence is capitalised whatever it is: "Nearly 1.5 million")
  if (!v.headline && prev && from >= 2 && prev.cap && !prev.punct && !(prev.f & W_NOT_NAME) && adjacent(v, prev, tok) && (digits || tok.cap)) return true;
  if (digits && ageInApposition(v, from)) return true;
  // "Larry Watkins Jr. 26, were hurt": an age after a name
  if (digits && tok.text.length <= 3 && prev && prev.cap && !prev.punct && !(prev.f & W_NOT_NAME) && next?.text === ',') return true;
  // Address: "3150 Robinson Road", "7050 Old State Road"
  if (digits && value !== null && value >= 10) {
    for (let k = to + 1; k <= to + 4 && k < tokens.length; k++) {
      const t = tokens[k];
      if (!t.cap || t.punct) break;
      if (STREETS.has(t.lower)) return true;
    }
  }
  return false;
}

/**
 * Whether the number at k is the age of one picked out of a group ("one 17 and the other 21", "the other
 * 21,"): it closes its phrase (a comma, "and", a closing mark or the end) and stands after "one" or "other".
 */
function pickedByAge(tokens: Token[], k: number): boolean {
  const before = lowerAt(tokens, k - 1);
  const after = lowerAt(tokens, k + 1);
  return (before === 'one' || before === 'other') && (after === '' || after === ',' || after === 'and' || after === ';' || after === ')' || after === '.');
}

/** Kin whose "of N" counts their children: "Kills Father of 3". */
const KIN = new Set(['father', 'mother', 'mom', 'dad', 'parent', 'parents', 'grandmother', 'grandfather', 'grandparent', 'mum', 'mama']);

/** Words before an age the people before it share: "both 16", "all 17", "each 20". */
const SHARED_AGE = new Set(['both', 'all', 'each']);
/** Words after an emergency number that make it the number: "a 911 caller", "the 911 call". */
const EMERGENCY_AFTER = new Set(['call', 'calls', 'caller', 'callers', 'dispatcher', 'dispatchers', 'dispatch', 'operator', 'operators', 'center', 'centre', 'system', 'recording', 'recordings', 'tape', 'tapes']);
/** Words of a range that an age label may open: "from 31 to 40", "between 20 and 30". */
const RANGE_OPENERS = new Set(['from', 'between']);

/**
 * Whether the numeral at i stands in a list or range of numbers after an age label: "ages 19, 21 and
 * 22", "aged 20 to 26", "ranging in age from 31 to 40", "between the ages of 18 and 25".
 */
function agedList(tokens: Token[], i: number): boolean {
  let a = i;
  // back over the list: numbers joined by commas, "and", "or", "to", and a serial comma's ", and" ("aged 21, 22, and 24")
  for (let n = 0; n < 12 && a >= 2; n++) {
    const sep = tokens[a - 1];
    if (!(sep.text === ',' || sep.lower === 'and' || sep.lower === 'or' || sep.lower === 'to')) break;
    const serial = sep.text !== ',' && sep.lower !== 'to' && a >= 3 && tokens[a - 2].text === ',';
    if (!/^\d{1,3}$/.test(tokens[serial ? a - 3 : a - 2].text)) break;
    a -= serial ? 3 : 2;
  }
  let before = lowerAt(tokens, a - 1);
  // "between the ages of 38 and 44"
  if (before === 'of' && lowerAt(tokens, a - 2).startsWith('age')) { a--; before = lowerAt(tokens, a - 1); }
  if (a < i && LABELS_BEFORE.has(before)) return true;
  if (LABELS_BEFORE.has(before) && a === i) return false; // (a single number after a label: the caller's own test)
  if (!RANGE_OPENERS.has(before)) return false;
  // "in age from", "ranging in age from", "ages from": an age label just before the range
  for (let k = a - 2; k >= 0 && k >= a - 4; k--) if (LABELS_BEFORE.has(tokens[k].lower) && tokens[k].lower.startsWith('age')) return true;
  return false;
}

/** Words that may follow an age after a name whose closing comma was left out: "Ben Cole, 31 all died", "Ben Cole, 31 was killed". */
const AGE_LEFT_OPEN = new Set(['all', 'both', 'each', 'were', 'was', 'died']);

/**
 * An age set off by commas or brackets: "Eric Smith, 52, died", "(23)", and lists of them: "The two
 * others, 33 and 28, were each shot", "Ana Silva, 19; Ben Cole, 20".
 */
function ageInApposition(v: SentenceView, i: number): boolean {
  const tokens = v.tokens;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  if (!prev) return false;
  if (prev.text === '(' && tokens[i + 1]?.text === ')') return true;
  // the start of the list: a comma after a word
  let a = i;
  while (a >= 2 && (tokens[a - 1].lower === 'and' || tokens[a - 1].text === ',') && /^\d{1,3}$/.test(tokens[a - 2].text)) a -= 2;
  let b = i;
  while (b + 2 < tokens.length && (tokens[b + 1].lower === 'and' || tokens[b + 1].text === ',') && /^\d{1,3}$/.test(tokens[b + 2].text)) b += 2;
  const open = a > 0 ? tokens[a - 1] : undefined;
  const close = b + 1 < tokens.length ? tokens[b + 1] : undefined;
  // (a full stop right after the age closes it even when the tokens run on: "Ana Cole, 25. Cole died")
  const closeCode = charAt(v, tokens[b].end) === 46 ? '.' : close ? close.text : '';
  if (!open || open.text !== ',' || a < 2) return false;
  if (!/^\d{1,3}$/.test(tokens[i].text)) return false;
  // (or, after a name, the verb or the "all" of a list whose closing comma was left out: "…; and Ben Cole, 31 all died")
  const head = tokens[a - 2];
  const closing = closeCode === ',' || closeCode === ';' || closeCode === ')' || closeCode === '.' || (close !== undefined && close.text === '—') ||
    (close !== undefined && head.cap && !head.punct && AGE_LEFT_OPEN.has(close.lower));
  if (!closing) return false;
  // after a name or a noun phrase of people ("Maria Lopez, 52,", "the two others, 33 and 28,")
  return head.cap || b > a || closeCode === ',' || closeCode === ';';
}

/**
 * The counts of a sentence, in order: each number that counts people (an approximator joined to it).
 * `values[i]` of tokens is not kept; a count is a record of its tokens.
 */
export function countsOf(v: SentenceView): Count[] {
  const tokens = v.tokens;
  const out: Count[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const n = numberAt(tokens, i);
    if (n === undefined) continue;
    if (!notACount(v, i, n.to, n.value)) {
      const first = approximatorStart(tokens, i);
      out.push({first, from: i, to: n.to, value: n.value, approximate: first < i || n.value === null});
    }
    i = n.to;
  }
  return out;
}

/** Words after "a", "an" or "another" that name one person: "a man", "another woman", "a 30-year-old". */
const ONE_PERSON = /^(?:man|woman|boy|girl|child|baby|infant|toddler|teen|teenager|person|victim|adult|juvenile|male|female|officer|deputy|soldier|passenger|driver|resident|student|worker|friend|relative|bystander|pedestrian|motorist|guard|\d{1,3}-(?:year|month|week|day)-old)$/;
const AGE_WORD = /^(?:\d{1,3}|\p{L}+(?:-\p{L}+)?)-(?:year|month|week|day)-old$/u;

/**
 * The people a sentence counts, as the sum of its parts: counts ("two adults and two teenagers"), and
 * one for each person picked out singly ("a 30-year-old", "another woman", "a Chinese", "Ana Silva, 19,").
 * Undefined unless there are two parts or more, each exact.
 */
export function breakdownOf(v: SentenceView, counts: Count[]): number | undefined {
  const p = partsOf(v, counts);
  return p !== undefined && p.parts >= 2 ? p.sum : undefined;
}

/**
 * The people a sentence counts, part by part (as breakdownOf, one part or more): undefined when a count is
 * vague ("dozens"), which adds up to nothing.
 */
export function partsOf(v: SentenceView, counts: Count[]): {parts: number; sum: number} | undefined {
  const tokens = v.tokens;
  let parts = 0;
  let sum = 0;
  for (const c of counts) {
    if (c.value === null) return undefined;
    // a count inside a partitive or a remainder of a group counted before is still a part here
    sum += c.value;
    parts++;
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.lower === 'a' || t.lower === 'an' || t.lower === 'another') {
      let k = i + 1;
      // "a 30-year-old man": the age word and the noun are one person
      // "a teenage boy", "an elderly woman": one adjective before the person
      if (k + 1 < tokens.length && !tokens[k].cap && !tokens[k].punct && tokens[k].lemma === undefined && ONE_PERSON.test(tokens[k + 1].lower) && !ONE_PERSON.test(tokens[k].lower)) k++;
      if (k < tokens.length && (AGE_WORD.test(tokens[k].lower) || ONE_PERSON.test(tokens[k].lower) ||
        (tokens[k].cap && !(tokens[k].f & W_NOT_NAME) && t.lower !== 'a' && t.lower !== 'an') || (tokens[k].cap && i > 0 && tokens[i - 1].lower === 'and'))) {
        parts++;
        sum++;
        if (k + 1 < tokens.length && ONE_PERSON.test(tokens[k + 1].lower)) k++;
        i = k;
      }
    } else if (/^\d{1,3}$/.test(t.text) && i > 1 && tokens[i - 1].text === ',' && tokens[i - 2].cap && !tokens[i - 2].punct) {
      // "Dianne Look, 67, and Karen Barclay, 62,": a named person with an age
      const close = i + 1 < tokens.length ? tokens[i + 1].text : '.';
      if (close === ',' || close === ';' || close === '.' || close === ')') { parts++; sum++; }
    }
  }
  return {parts, sum};
}

// numberAt's rare paths run here at load, so that it is optimised with them (docs/performance.md, 'Why some code is written as it is').
{
  const tokens = tokenize('1.5 million people, thirty four of them and a dozen more, hundreds of others, 2,000 in all', 0);
  for (let k = 0; k < 8; k++) for (let i = 0; i < tokens.length; i++) numberAt(tokens, i);
}
