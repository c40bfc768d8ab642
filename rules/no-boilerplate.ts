// no-boilerplate: scraping residue, line by line (src/text/residue.ts) and across the corpus.
// collect: per file, the lines classified as residue (with their places and text, for the message and
// the fix) and the hashes of the short, unpunctuated lines that could be residue if they recur.
// summarize: hash → number of files carrying the line (a sum, so shard summaries merge).
// check: the per-line verdicts, plus the candidates that recur in enough articles.
import {evidenceText} from '../src/text/residue-evidence.js';
import {compileUserPattern, type SafePattern} from '../src/util/safe-pattern.js';
import type {CorpusRule, Place, Problem} from '../src/types.js';
import {normalizeLine, allowedLines, capitals, type ResidueKind} from '../src/text/residue-lines.js';
import {learnedResidue, learnedKind} from '../src/learn/residue-model.js';
import {handStands} from '../src/learn/residue-features.js';

export interface Options {
  /** Residue kinds to report (default: all). */
  kinds: string[];
  /** Extra whole lines to treat as residue (compared case-insensitively, edge punctuation ignored). */
  phrases: string[];
  /** Extra regular expressions (flags iu) that mark a line as residue. */
  patterns: string[];
  /** Lines never to report (same comparison as `phrases`). */
  allow: string[];
  /** A line carried by at least this many articles is a repeated line... */
  minFiles: number;
  /** ...and by at least this share of the corpus (so a large corpus needs more than a few). */
  minShare: number;
  /** Whether the learned line classifier judges the lines (false: the hand-written rules alone). */
  learned: boolean;
}

const KINDS: ResidueKind[] = ['navigation', 'advertisement', 'share', 'comments', 'caption', 'byline', 'placeholder', 'embed', 'cookie', 'related', 'repeated', 'custom'];

const LABEL: Record<ResidueKind, string> = {
  navigation: 'navigation residue',
  advertisement: 'advertisement residue',
  share: 'share/subscribe residue',
  comments: 'comment-widget residue',
  caption: 'caption/credit residue',
  byline: 'byline/timestamp residue',
  placeholder: 'template placeholder',
  embed: 'embed residue',
  cookie: 'cookie/consent notice',
  related: 'related-link residue',
  repeated: 'repeated line',
  custom: 'residue',
};

/** A reported line: [line, start offset, text (line ending excluded), line-ending length, kind index, fixable, evidence]. */
type Flagged = [number, number, string, number, number, 0 | 1, string];
/** A candidate for the repetition test: [hash, line, start offset, text, line-ending length]. */
type Candidate = [number, number, number, string, number];

export interface Facts {
  f: Flagged[];
  c: Candidate[];
}
export interface Summary {
  /** Files summarised. */
  n: number;
  /** Line hash (base 36) → number of files carrying it. */
  counts: Record<string, number>;
}

/** 53-bit string hash (cyrb53). */
function hash(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

interface Compiled {
  kinds: Set<string>;
  phrases: Set<string>;
  patterns: SafePattern[];
  allow: Set<string>;
}
const compiledCache = new WeakMap<Options, Compiled>();
function compile(options: Options): Compiled {
  let c = compiledCache.get(options);
  if (!c) {
    const patterns = options.patterns ?? [];
    c = {
      kinds: new Set(options.kinds?.length ? options.kinds : KINDS),
      phrases: new Set((options.phrases ?? []).map(normalizeLine)),
      // User patterns run through the ReDoS guard (linear-time engine for anything that repeats).
      patterns: patterns.map((p, i) => compileUserPattern(p, {at: `patterns[${i}]`, flags: 'iu'})),
      allow: new Set((options.allow ?? []).map(normalizeLine)),
    };
    compiledCache.set(options, c);
  }
  return c;
}

const MAX_CANDIDATE = 120;
const EOL = ['', '\n', '\r\n'];
const ELLIPSIS = 60;

function quote(text: string): string {
  const t = text.trim().replace(/`/g, "'");
  return t.length > ELLIPSIS ? t.slice(0, ELLIPSIS - 1) + '…' : t;
}

/** The whole line and its line ending: from the line start to the next line's start (end kept on the line). */
function linePlace(line: number, start: number, text: string, eol: number): Place {
  const length = text.length + eol;
  return {start: {line, column: 1, offset: start}, end: {line, column: length + 1, offset: start + length}};
}

function threshold(summary: Summary, options: Options): number {
  return Math.max(options.minFiles ?? 3, Math.ceil((options.minShare ?? 0) * summary.n));
}

/** Count one file's candidate lines into a summary (a line counts once per file). */
function addFacts(out: Summary, facts: Facts): void {
  out.n++;
  for (const cand of facts.c) {
    const key = cand[0].toString(36);
    out.counts[key] = (out.counts[key] ?? 0) + 1;
  }
}

const rule: CorpusRule<Options, Facts, Summary> = {
  meta: {
    id: 'no-boilerplate',
    description: 'Scraping residue: navigation, ads, share and comment widgets, captions, bylines, placeholders, repeated lines',
    level: 'warn',
    defaults: {kinds: [], phrases: [], patterns: [], allow: [], minFiles: 3, minShare: 0.0005, learned: true},
    schema: {
      kinds: {type: 'array', items: {type: 'string', enum: KINDS}, description: 'Residue kinds to report (empty: all).'},
      phrases: {type: 'array', items: {type: 'string'}, description: 'Extra whole lines to treat as residue.'},
      patterns: {type: 'array', items: {type: 'string', format: 'regex'}, description: 'Extra regular expressions (flags iu) that mark a line as residue.'},
      allow: {type: 'array', items: {type: 'string'}, description: 'Lines never to report.'},
      minFiles: {type: 'number', minimum: 2, integer: true, description: 'A line in at least this many articles is a repeated line.'},
      minShare: {type: 'number', minimum: 0, maximum: 1, description: 'A repeated line must also be in at least this share of the articles.'},
      learned: {type: 'boolean', description: 'Let the learned line classifier judge the lines (false: the hand-written rules alone).'},
    },
    fixable: true,
    corpus: true,
    version: 12,
  },

  collect(ctx) {
    const {text, options} = ctx;
    const opts = compile(options);
    const lines = text.lines;
    const classes = text.lineClasses;
    const f: Flagged[] = [];
    const c: Candidate[] = [];
    const seen = new Set<number>();
    const learned = options.learned === false ? undefined : learnedResidue(text);
    // (read on first need: most files have no line that a verdict or the corpus could report in a table)
    let data: Uint8Array | undefined;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      if (l.blank) continue;
      const cls = classes[i];
      // a table of figures (a market report, a results table, a dividend notice): the article's data, whatever a
      // row looks like alone; only a lexicon's verdict stands there, and in a table set in columns only a whole
      // line of the lexicon ("Reuter"): a pattern's date or credit there is a row's ("AUG 1912   (1920)", "VOL/INT")
      const lexiconLine = cls.kind !== null && cls.evidence === 'lexicon-line';
      const lexicon = lexiconLine || (cls.kind !== null && cls.evidence === 'lexicon-pattern');
      const reportable = cls.kind !== null || cls.role === 'short' || (learned !== undefined && learned.flags[i] === 1) || opts.phrases.size > 0 || opts.patterns.length > 0;
      if (!lexiconLine && reportable && (data ??= dataBlocks(lines))[i] > (lexicon ? 1 : 0)) continue;
      const eol = i + 1 < lines.length ? lines[i + 1].start - l.end : 0;
      const t = l.text.trim();
      const norm = cls.kind || cls.role === 'short' || opts.phrases.size || opts.allow.size ? text.normalizedLine(i) : '';
      if (opts.allow.has(norm)) continue;
      const model = learned !== undefined && learned.flags[i] === 1;
      if (cls.kind && (learned === undefined || model || handStands(cls))) {
        // The hand rules' verdicts stand, with their kind, message and fixability; the model adds lines, and
        // decides the lines whose kind is only evidence for it (a line repeated in the article: handStands).
        f.push([l.number, l.start, l.text, eol, KINDS.indexOf(cls.kind), cls.fixable ? 1 : 0, evidenceText(cls.evidence)]);
        continue;
      }
      if (model && !(text.format === 'markdown' && cls.role === 'heading')) {
        f.push([l.number, l.start, l.text, eol, KINDS.indexOf(learnedKind(learned!.features, i)), 0, 'the learned line classifier']);
        continue;
      }
      if (cls.role === 'prose') continue;
      if ((opts.phrases.size && opts.phrases.has(norm)) || (opts.patterns.length > 0 && t.length <= 300 && opts.patterns.some((p) => p.test(t)))) {
        f.push([l.number, l.start, l.text, eol, KINDS.indexOf('custom'), 1, 'configured phrase or pattern']);
        continue;
      }
      if (cls.role === 'short' && t.length <= MAX_CANDIDATE && norm && !allowedLines.has(norm) && !DATED_FIELD.test(t)) {
        const h = hash(norm);
        if (seen.has(h)) continue;
        seen.add(h);
        c.push([h, l.number, l.start, l.text, eol]);
      }
    }
    return {f, c};
  },

  summarize(items) {
    const out: Summary = {n: 0, counts: {}};
    for (const item of items) addFacts(out, item);
    return out;
  },

  merge(summary, facts) {
    const out: Summary = {n: summary.n, counts: {...summary.counts}};
    addFacts(out, facts);
    return out;
  },

  check(facts, summary, report, options) {
    const opts = compile(options);
    const problems: Array<[number, Problem]> = [];
    for (const [line, start, text, eol, kindIndex, fixable, evidence] of facts.f) {
      const kind = KINDS[kindIndex];
      if (!opts.kinds.has(kind)) continue;
      const place = linePlace(line, start, text, eol);
      problems.push([start, {
        reason: `Unexpected ${LABEL[kind]} \`${quote(text)}\``,
        place,
        actual: text + EOL[eol],
        expected: [''],
        note: evidence ? `Evidence: ${evidence}` : undefined,
        fixable: fixable === 1,
        group: LABEL[kind],
      }]);
    }
    if (opts.kinds.has('repeated') && summary) {
      const min = threshold(summary, options);
      for (const [h, line, start, text, eol] of facts.c) {
        const count = summary.counts[h.toString(36)] ?? 0;
        if (count < min) continue;
        problems.push([start, {
          reason: `Unexpected repeated line \`${quote(text)}\`, in ${count} articles`,
          place: linePlace(line, start, text, eol),
          actual: text + EOL[eol],
          expected: [''],
          note: `Evidence: a short line without sentence punctuation found in ${count} of ${summary.n} articles (threshold ${min})`,
          fixable: true,
          group: LABEL.repeated,
        }]);
      }
    }
    problems.sort((a, b) => a[0] - b[0]);
    for (const [, p] of problems) report(p);
  },
};
export default rule;

/**
 * A field of a notice: a label and a day ("Record March 31", "Pay April 15", "Payable May 1"). Many dividend notices
 * share a day, so the line recurs across a wire corpus as the figures do, not as a template's furniture does.
 */
const DATED_FIELD = new RegExp('^[A-Za-z]+\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(?:\\d{1,2}|' +
  // the day in words, as some wires write it ("Pay May Seven", "Record April Three")
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|' +
  'twenty(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|thirty(?:-one)?)$', 'i');

/** The fewest lines a block of figures has. */
const DATA_BLOCK_LINES = 3;
/** The longest line a block of figures holds (a table row, not a paragraph). */
const DATA_LINE_CHARS = 120;
/**
 * A number of a table: digits with their separators and fractions ("112.30", "1,682.31", "16 1/2", "1986/87", "nil"),
 * and a footnote's letter ("19.0-x", "2,400-x": x marks a minus).
 */
const NUMBER = /(?:^|\s)(?:\d[\d.,/-]*(?:-[a-zA-Z])?|nil)(?=\s|$)/g;

/** A figure in brackets, a table's prior price beside the new one: "AUG 1912   (1920)". */
const BRACKETED_NUMBER = /(?:^|\s)\(\d[\d.,/-]*\)(?=\s|$)/g;

/** How many matches of a global pattern a line holds. */
function countOf(re: RegExp, t: string): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(t) !== null) n++;
  return n;
}

/** How many numbers a line holds (NUMBER). */
function numbersIn(t: string): number {
  return countOf(NUMBER, t);
}

/** What dataBlocks gives a line: a block of figures, or a table set in columns by spaces. */
const DATA = 1;
const COLUMNS = 2;

/**
 * The lines of blocks of figures: runs of three non-blank lines or more, each short, two in three of them with a
 * digit and half of them with two numbers or more (table rows: "Domes Use 112.30 113.50 …", "Gr Total 321.0
 * 401.9"; not a list of teasers with their comment counts, "Week 12 power rankings (133)"). Their column headings
 * ("1986/87  1985/86") and section titles ("RICE") are the article's data: a date alone there is a column's, and a
 * line that recurs across the corpus recurs because the figures do.
 */
function dataBlocks(lines: ReadonlyArray<{blank: boolean; text: string}>): Uint8Array {
  const out = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length;) {
    if (lines[i].blank) { i++; continue; }
    let j = i;
    let digits = 0;
    let rows = 0;
    let short = true;
    while (j < lines.length && !lines[j].blank) {
      const t = lines[j].text;
      if (t.length > DATA_LINE_CHARS) short = false;
      if (/\d/.test(t)) digits++;
      if (numbersIn(t) >= 2) rows++;
      j++;
    }
    const n = j - i;
    if (short && n >= DATA_BLOCK_LINES && rows * 2 >= n && digits * 3 >= n * 2) for (let k = i; k < j; k++) out[k] = DATA;
    markRowRuns(lines, i, j, out);
    markNotices(lines, i, j, out);
    i = j;
  }
  return out;
}

/** A gap of three spaces or more between two words: a column's alignment. */
const COLUMN_GAP = /\S {3}\s*\S/;

/** A table row: a short line with two numbers or more ("Named-A    3,157.6   3,684.1"). */
function tableRow(t: string): boolean {
  return t.length <= DATA_LINE_CHARS && numbersIn(t) >= 2;
}

/** A row of a table set in columns by spaces, as plain-text tables are: a figure after a gap ("CAN       1.3366/71", "AUG 1912   (1920)"). */
function alignedRow(t: string): boolean {
  return t.length <= DATA_LINE_CHARS && numbersIn(t) >= 1 && COLUMN_GAP.test(t.trim());
}

/** The longest label a table row may be broken by ("North and" over "Central Ameri  311.4   296.2", a section title "BARLEY"). */
const TABLE_LABEL_CHARS = 40;

/** A short line that is no sentence's end: a row's wrapped label, a section title or a column heading inside a table. */
function tableLabel(t: string): boolean {
  const s = t.trim();
  return s !== '' && s.length <= TABLE_LABEL_CHARS && !/[.!?]$/.test(s);
}

/** A table's heading line right above its rows: a label with a figure ("4/2/87   Prev Week") or in capitals ("ALL WHEAT"). */
function tableHeading(t: string): boolean {
  return tableLabel(t) && (/\d/.test(t) || capitals(t));
}

/**
 * Within a run that holds prose too (a wire story runs its text straight into its tables), the tables: three rows
 * or more in a row ("  90  days 5.55-5.54 pct", "Named-A    3,157.6   3,684.1 1,591.4 1,635.6"); and a table set in
 * columns (alignedRow), with the single short lines between its rows that break it (a wrapped row label, "North
 * and" over "Central Ameri  311.4   296.2"; a section title, "BARLEY", between two commodities' rows) and the heading
 * line right above it. (Only columns set by spaces bridge labels: on a web page a list of teasers, a title over its
 * date, "Jun 5, 2016 12:30 PM", alternates short lines with lines of figures too.)
 */
function markRowRuns(lines: ReadonlyArray<{blank: boolean; text: string}>, from: number, to: number, out: Uint8Array): void {
  for (let i = from; i < to;) {
    let j = i;
    while (j < to && tableRow(lines[j].text)) j++;
    if (j - i >= DATA_BLOCK_LINES) for (let k = i; k < j; k++) out[k] = DATA;
    i = j > i ? j : i + 1;
  }
  for (let i = from; i < to;) {
    if (!alignedRow(lines[i].text)) { i++; continue; }
    let j = i;
    let rows = 0;
    let full = 0;
    let end = i;
    while (j < to) {
      if (alignedRow(lines[j].text)) { rows++; if (numbersIn(lines[j].text) + countOf(BRACKETED_NUMBER, lines[j].text) >= 2) full++; end = ++j; continue; }
      if (j + 1 < to && tableLabel(lines[j].text) && alignedRow(lines[j + 1].text)) { j++; continue; }
      break;
    }
    // (two rows of two numbers at least: a signature's boxed address, "* Lund, MA 01234    …", has one each)
    if (rows >= DATA_BLOCK_LINES && full >= 2) {
      const start = i > from && tableHeading(lines[i - 1].text) ? i - 1 : i;
      // (and the legend right under it: "x-minus figure", "x - denotes minus figure")
      const stop = end < to && tableLabel(lines[end].text) ? end + 1 : end;
      for (let k = start; k < stop; k++) out[k] = COLUMNS;
    }
    i = end;
  }
}

/** A line of marks alone that parts the items of a list: "---", "***". */
const PARTING_LINE = /^\s*[-*=_~]{2,}\s*$/;

/**
 * A run of a notice's items (a fund's dividend list): lines of a figure ("Monthly div 7 cts vs 6 cts prior"), dated
 * fields ("Pay May 15", "Record April 9"), parting lines ("---") and names in capitals, with two dated fields or
 * more: the notice's items are the article's data.
 */
function markNotices(lines: ReadonlyArray<{blank: boolean; text: string}>, from: number, to: number, out: Uint8Array): void {
  for (let i = from; i < to;) {
    let j = i;
    let dated = 0;
    while (j < to) {
      const t = lines[j].text.trim();
      if (DATED_FIELD.test(t)) dated++;
      else if (!(/\d/.test(t) || PARTING_LINE.test(t) || capitals(t))) break;
      j++;
    }
    if (dated >= 2) for (let k = i; k < j; k++) out[k] ||= DATA;
    i = j > i ? j : i + 1;
  }
}


