// One line's own evidence of scraping residue, for the line classification (residue.ts): the multilingual
// phrase lexicon (rules/data/boilerplate-lexicon.json: whole lines and patterns), the line normalised for
// it, and the line's shape: a URL, a date or time, a handle, a lone number, a separator, "By NAME",
// initials sign-offs; with the shape tests the classification reads of every line (sentence ends, word
// count, table rows, capitals).
import type {Evidence} from './residue-evidence.js';
import {readData} from '../package-info.js';
import {collapseSpaces, isWhiteSpace} from './chars.js';
import {anyOfSource} from './any-of-patterns.js';
import {compileNow} from '../util/compile-now.js';

export type ResidueKind =
  | 'navigation' | 'advertisement' | 'share' | 'comments' | 'caption' | 'byline'
  | 'placeholder' | 'embed' | 'cookie' | 'related' | 'repeated' | 'custom';

interface LexiconKind {
  lines: string[];
  patterns: string[];
}
interface Lexicon {
  provenance: string;
  kinds: Record<string, LexiconKind>;
  allow: {provenance: string; lines: string[]};
}

const lexicon = readData<Lexicon>('boilerplate-lexicon.json');
export const HAS_DIGIT = /\d/;

const EDGE = /[\s\p{P}\p{S}]/u;
/** `EDGE.test(t[i])`, without the regex for ASCII: white space, and every printable non-alphanumeric (all P or S). */
function isEdge(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  if (c >= 128) return EDGE.test(t[i]);
  return (c >= 9 && c <= 13) || (c >= 32 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}
/** - – — * • · › » > | */
const isBullet = (c: number) => c === 45 || c === 0x2013 || c === 0x2014 || c === 42 || c === 0x2022 || c === 0xb7 || c === 0x203a || c === 0xbb || c === 62 || c === 124;
/** Where `/^\s*(?:\d{1,3}[.)]\s+|[-–—*•·›»>|]+\s*)/` ends in t (0: no match). */
function listMarkEnd(t: string): number {
  const n = t.length;
  let i = 0;
  while (i < n && isWhiteSpace(t.charCodeAt(i))) i++;
  let j = i;
  while (j < n && isBullet(t.charCodeAt(j))) j++;
  if (j === i) {
    while (j < n && j - i < 4 && t.charCodeAt(j) >= 48 && t.charCodeAt(j) <= 57) j++;
    const c = j < n ? t.charCodeAt(j) : 0;
    if (j === i || j - i > 3 || (c !== 46 && c !== 41) || !(j + 1 < n && isWhiteSpace(t.charCodeAt(j + 1)))) return 0;
    j++;
  }
  while (j < n && isWhiteSpace(t.charCodeAt(j))) j++;
  return j;
}
/** Normalised form of a line: lower case, no list numbering or bullets, no edge punctuation, single spaces. */
export function normalizeLine(text: string): string {
  const t = text.toLowerCase();
  let a = listMarkEnd(t);
  let b = t.length;
  while (a < b && isEdge(t, a)) a++;
  while (b > a && isEdge(t, b - 1)) b--;
  return collapseSpaces(t, a, b);
}

// Order matters: the first kind whose pattern matches wins.
const KIND_ORDER: ResidueKind[] = ['placeholder', 'embed', 'comments', 'cookie', 'share', 'advertisement', 'related', 'navigation', 'caption', 'byline'];

const exactLines = new Map<string, ResidueKind>();
for (const kind of KIND_ORDER) {
  for (const phrase of lexicon.kinds[kind]?.lines ?? []) {
    const key = normalizeLine(phrase);
    if (key && !exactLines.has(key)) exactLines.set(key, kind);
  }
}
/** The longest lexicon line (normalised). */
const MAX_KEY = Math.max(...[...exactLines.keys()].map((k) => k.length));
/** Longer lines cannot equal a lexicon line (numbering and edge punctuation aside): skip the lookup. */
export const MAX_EXACT = MAX_KEY + 12;
const kindPatterns: Array<{kind: ResidueKind; re: RegExp}> = KIND_ORDER.filter((k) => lexicon.kinds[k]?.patterns.length).map((kind) => ({
  kind,
  // Tested on the lower-cased line: case-insensitive Unicode regexes are several times slower in V8.
  re: compileNow(new RegExp(lexicon.kinds[kind].patterns.map((p) => `(?:${p})`).join('|'), 'u')),
}));
/** Every kind's patterns in one regex: most lines match none, and one search of the line says so (the
 * kinds' regexes, one after another, cost some 1.6 times as much). A line it matches is tested kind by kind. */
const anyKindPattern = compileNow(new RegExp(anyOfSource(KIND_ORDER.flatMap((k) => lexicon.kinds[k]?.patterns ?? [])), 'u'));

/** Built-in journalistic formulae (whole lines, normalised) that are never residue. */
export const allowedLines: ReadonlySet<string> = new Set(lexicon.allow.lines.map(normalizeLine));

// Shapes.
const URL_ALONE = /^(?:<)?(?:https?:\/\/|www\.)\S+(?:>)?$/i;
const HANDLE_ALONE = /^@\w{1,30}$/;
const NUMBER_ALONE = /^(?:\d{1,4}|\d{1,3}(?:\.\d)?[kKmM])$/;
const SEPARATOR = /^(?:[_=*~#-]\s*){3,}$/;
const GLUED_CRUMBS = /^(?:\p{Lu}\p{Ll}+){2,5}$/u;
const GLUED_HOME = /^(?:Home|Startseite|Accueil|Inicio)(?=\p{Lu})\S/u;
const DATE_TOKEN = compileNow(new RegExp(
  '^(?:' + [
    '\\d{1,2}(?:st|nd|rd|th)?', '(?:19|20)\\d\\d', '\\d{1,2}[:.h]\\d\\d(?::\\d\\d)?(?:h|am|pm|a\\.m\\.|p\\.m\\.)?', '\\d{1,2}(?:h|am|pm|a\\.m\\.|p\\.m\\.)',
    '\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{2}|\\d{4})', '\\d{4}-\\d\\d-\\d\\d',
    '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?',
    '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\\.?',
    'a\\.?m\\.?', 'p\\.?m\\.?',
    '(?:est|edt|cst|cdt|mst|mdt|pst|pdt|et|ct|pt|gmt|utc|bst|cet|cest|ist|aest|jst|hkt|sgt)',
    '(?:published|updated|posted|last|modified|created|date|time|on|at|ago|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|today|yesterday|and|of|the|an?)',
  ].join('|') + ')$', 'i'));
const BY_NAME = compileNow(/^(?:By|BY|Von|Par|Por)\s+(?!(?:The|A|An|All|Then|Now|Far|Contrast|Comparison|Law|That|This|Which|Mid|Late|Early|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+|&\s+|de\s+|van\s+|von\s+|der\s+)?\p{Lu}[\p{L}.'’-]*){0,4}(?:\s*(?:[,|–—/-]|\bon\b|\bat\b|\bfor\b)\s*.{0,90})?$/u);
const BY_START = /^(?:By|BY|Von|Par|Por)\s/;
const NAME_PART = /^(?:(?:\p{Lu}\p{Ll}[\p{L}'’-]*|\p{Lu}\.)\s+){1,4}\p{Lu}\p{Ll}[\p{L}'’-]*/u;
const NAME_HANDLE = compileNow(/^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}.'’-]*\s+@\w{2,30}(?:\s*[/|–—-]\s*.{0,30})?$/u);
const DATE_NEEDS = /\d|\b(?:mon|tue|wed|thu|fri|sat|sun)|\b(?:today|yesterday)\b/i;
const DATE_SPLIT = /[\s,;|•·–—()[\]/@-]+/;
export const TERMINAL_PLAIN = /(?<!\b[ap]\.m)\.$|[!?]$/;
const LIST_MARK = /^(?:\d{1,3}[.)]\s+|[*•·]\s+)/u;
// Sentence ends, tested from the end of the line (V8 runs an end-anchored regex from every position).
// All the characters are in the BMP and none is a surrogate, so code units are as good as code points.
/** /[.!?…]["”’')\]]*$/u: a sentence end, then closing quotes or brackets. */
export function isTerminal(t: string): boolean {
  let i = t.length - 1;
  while (i >= 0 && isCloser(t.charCodeAt(i))) i--;
  return i >= 0 && isSentenceEnd(t.charCodeAt(i));
}
/** /[.!?…:;,"”’')\]]$/u: a line that ends a sentence or a clause, or closes a quote. */
export function isSoftTerminal(t: string): boolean {
  const c = t.length > 0 ? t.charCodeAt(t.length - 1) : 0;
  return isSentenceEnd(c) || c === 58 || c === 59 || c === 44 || isCloser(c); // : ; ,
}
/** . ! ? … */
const isSentenceEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026;
/** " ” ’ ' ) ] */
const isCloser = (c: number) => c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93;

/** A date or time that a page stamps: a year with a month or day, a numeric date, a clock time, "ago". */
export const DATE_STRONG = compileNow(/\b(?:19|20)\d\d\b.*|\d{1,2}:\d\d|\d\s?[ap]\.?m\b|\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})\b|\b\d{4}-\d\d-\d\d\b|\bago\b/i);
/** Column-aligned or number-heavy lines: tables (market reports, results), never page furniture. */
export const TABLE = /\S {3,}\S|\d\S*\s(?:.*\s)?\S*\d/;
/**
 * Whether TABLE can match (a necessary condition, without its backtracking): three spaces in a row, or a
 * digit, then a white-space character, then a digit. Any non-ASCII character counts as white space here.
 */
export function mayBeTable(t: string): boolean {
  if (t.includes('   ')) return true;
  let state = 0; // 0: no digit yet, 1: a digit, 2: a digit then white space
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (state === 2) return true;
      state = 1;
    } else if (state === 1 && (c === 32 || (c >= 9 && c <= 13) || c >= 128)) state = 2;
  }
  return false;
}
const MONTH_OR_DAY = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d{1,2}[/.-]\d{1,2}/i;
const YEAR_ONLY = /^(?!.*(?:\d{1,2}:\d\d|\d\s?[ap]\.?m\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\bago\b))/i;

function isDateLine(t: string): boolean {
  if (t.length > 60 || !DATE_NEEDS.test(t) || /,$/.test(t) || TERMINAL_PLAIN.test(t) || !DATE_STRONG.test(t)) return false;
  if (YEAR_ONLY.test(t) && !MONTH_OR_DAY.test(t)) return false;
  let hasDateWord = false;
  for (const raw of t.split(DATE_SPLIT)) {
    const tok = raw.replace(/[:;.]+$/, '');
    if (!tok) continue;
    if (!DATE_TOKEN.test(tok)) return false;
    if (!/^(?:published|updated|posted|last|modified|created|date|time|on|at|and|of|the|an?)$/i.test(tok)) hasDateWord = true;
  }
  return hasDateWord;
}

/**
 * Whitespace-separated tokens with a letter or digit, counted up to 21: the largest threshold the
 * classification compares a count with is "more than 20" (a paragraph needs no more to be told).
 */
const MAX_WORDS = 21;
export function wordCount(t: string): number {
  let n = 0;
  let inWord = false;
  let alnum = false;
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : 32;
    if (c === 32 || c === 9 || c === 160) {
      if (inWord && alnum && ++n >= MAX_WORDS) return n;
      inWord = alnum = false;
    } else {
      inWord = true;
      if (!alnum && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191)) alnum = true;
    }
  }
  return n;
}

export interface Verdict {
  kind: ResidueKind;
  evidence: Evidence;
  fixable: boolean;
}

/**
 * A photo-gallery caption opens with its counter: "Image 1 of 9 Adrian Smith, 24, is…", "Photo 3/12 …".
 * Captions may be long (the text is often given twice), so the counter is tested before the length cap.
 */
export const GALLERY_COUNTER = /^(?:image|photo|picture|slide|foto|bild)\s+\d{1,3}\s*(?:of|\/)\s*\d{1,3}\s+\S/i;

/** Evidence from the line alone: lexicon and shape. */
export function lineEvidence(t: string, normalized?: string): Verdict | undefined {
  if (GALLERY_COUNTER.test(t)) return {kind: 'caption', evidence: 'gallery-counter', fixable: true};
  if (t.length > 300) return undefined;
  const norm = t.length <= MAX_EXACT ? normalized ?? normalizeLine(t) : t;
  if (!norm) {
    if (SEPARATOR.test(t)) return {kind: 'navigation', evidence: 'separator', fixable: true};
    return undefined;
  }
  // (a longer string cannot be a key: no hash of a long line for a lookup that cannot succeed)
  const exact = norm.length <= MAX_KEY ? exactLines.get(norm) : undefined;
  if (exact) return {kind: exact, evidence: 'lexicon-line', fixable: true};
  if (URL_ALONE.test(t)) return {kind: 'share', evidence: 'url-alone', fixable: true};
  if (HANDLE_ALONE.test(t)) return {kind: 'embed', evidence: 'handle-alone', fixable: true};
  if (NUMBER_ALONE.test(t) && t.length <= 7) return {kind: 'share', evidence: 'counter', fixable: true};
  if (isDateLine(t)) return {kind: 'byline', evidence: 'date-alone', fixable: true};
  const bare = t.replace(LIST_MARK, '').toLowerCase();
  if (anyKindPattern.test(bare)) for (const {kind, re} of kindPatterns) if (re.test(bare)) return {kind, evidence: 'lexicon-pattern', fixable: true};
  if (t.length <= 120 && BY_START.test(t) && BY_NAME.test(t) && !TERMINAL_PLAIN.test(t)) return {kind: 'byline', evidence: 'by-name', fixable: true};
  if (t.length <= 90 && t.includes('@') && NAME_HANDLE.test(t)) return {kind: 'byline', evidence: 'name-handle', fixable: true};
  if (t.length <= 90) {
    const m = NAME_PART.exec(t);
    if (m && HAS_DIGIT.test(t) && !TERMINAL_PLAIN.test(t)) {
      const rest = t.slice(m[0].length).replace(/^\s*[-–—|,/]?\s*/, '');
      if (rest && isDateLine(rest)) return {kind: 'byline', evidence: 'name-date', fixable: true};
    }
  }
  if (GLUED_HOME.test(t)) return {kind: 'navigation', evidence: 'glued-home', fixable: false};
  if (t.length >= 8 && GLUED_CRUMBS.test(t)) return {kind: 'navigation', evidence: 'glued-crumbs', fixable: true};
  return undefined;
}

/** Whether a line is in capitals: letters, none of them lower case. */
export function capitals(t: string): boolean {
  return /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);
}
