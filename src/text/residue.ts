// Line classification for scraping residue, shared by the boilerplate rule and by every rule that
// must skip residue (captions, teasers). It works on physical lines, not on retext's sentences: in
// scraped text a run of menu lines is one "sentence" to the parser.
//
// Evidence is combined as line-based extractors do (jusText, boilerpipe, C4's line filters):
// - a multilingual phrase lexicon (rules/data/boilerplate-lexicon.json): whole lines and patterns;
// - the shape of the line: a URL, a date or time, a handle, a lone number, a separator, "By NAME",
//   initials sign-offs, a name alone;
// - its neighbours: hard-wrapped prose is protected as a whole; short lines next to a byline or date
//   share its verdict; a run of short lines around a residue line is a menu;
// - its place: the page top (before the first paragraph of prose) and bottom (after the last).
// The corpus part (lines that recur across many articles) lives in rules/no-boilerplate.ts. A line's own
// evidence (the lexicon and its shape) is read in residue-lines.ts; this module adds its neighbours and place.
import type {Evidence} from './residue-evidence.js';
import type {Line, TextLayer} from './layer.js';
import {unspacedSentence} from './chars.js';
import {trimmedLength} from './lines.js';
import {
  type ResidueKind, type Verdict, HAS_DIGIT, normalizeLine, MAX_EXACT, allowedLines, TERMINAL_PLAIN, isTerminal, isSoftTerminal,
  DATE_STRONG, TABLE, mayBeTable, wordCount, GALLERY_COUNTER, lineEvidence, capitals,
} from './residue-lines.js';

export interface LineClass {
  /** 1-based line number. */
  line: number;
  /** The residue kind, or null for article text (or a blank line). */
  kind: ResidueKind | null;
  /** Why: the evidence that decided. */
  evidence?: Evidence;
  /** Whether deleting the line is certain enough for --fix. */
  fixable: boolean;
  /**
   * The line's role when it is not residue: `prose` (a paragraph, or a line of a hard-wrapped one),
   * `heading` (the headline, or a short line that introduces prose), `short` (a short line without
   * sentence punctuation: a candidate for the corpus repetition test), or undefined (blank).
   */
  role?: 'prose' | 'heading' | 'short';
}

/** Agency names: residue as a byline at the top, a sign-off (article text) as the last line. */
const AGENCY = /^(?:reuters?|the associated press|associated press|ap|afp|agence france-presse|dpa|upi)$/i;
const NAME_ALONE = /^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+|de|van|von|da|del|la|le|bin|al|dos|di)){1,3}$/u;

// classifyLines is a pass per function over records of one shape, no read past an array's end: see docs/performance.md, 'Why some code is written as it is'.

interface Info {
  t: string;
  words: number;
  terminal: boolean;
  prose: boolean;
  /** A line of hard-wrapped prose: never residue. */
  wrapped: boolean;
  /** A table row (aligned columns, several figures). */
  table: boolean;
  /** The line's own evidence, then the verdicts its neighbours and place give it. */
  verdict: Verdict | undefined;
}
/** Info per line: undefined for a blank line (and a Markdown comment line, which is not text). */
type Infos = Array<Info | undefined>;

const MD_COMMENT = /^<!--[^]*-->$/;
const MD_HEADING = /^#{1,6}\s+\S/;
const HAS_LOWER = /\p{Ll}/u;
/** The next line continues a sentence: it starts in lower case, with a figure, or an opening bracket or quote. */
const CONTINUATION = /^\s*[\p{Ll}\d(“"‘'$]/u;
/** A label ending ("Read more:", "[Video]"): a related-kind line with it is not a list header. */
const LABEL_END = /[:\]]/;

/** The caption text after a gallery counter, normalised, for comparison with the line after it. */
const captionKey = (t: string) => normalizeLine(t.replace(GALLERY_COUNTER, (m) => m.slice(-1))).slice(0, 40);

/** A gallery caption given again on the next line without its counter is the same caption. */
function markGalleryRepeats(info: Infos, layer: TextLayer, next: Int32Array): void {
  for (let i = 0; i < info.length; i++) {
    const x = info[i];
    if (x?.verdict?.evidence !== 'gallery-counter') continue;
    const q = next[i];
    const y = q >= 0 ? info[q] : undefined;
    const key = captionKey(x.t);
    if (y && !y.verdict && key.length >= 20 && layer.normalizedLine(q).startsWith(key)) {
      y.verdict = {kind: 'caption', evidence: 'gallery-repeated', fixable: false};
    }
  }
}

/**
 * An excerpt cut off mid-sentence: several sentences that stop on a bare word ("… The driver remains at
 * the scene. Police"). Teaser widgets truncate a story's first paragraph to a fixed, short length; an
 * article paragraph that stops on a bare word (a link stripped from it) is longer or goes on below.
 */
const CUT_OFF = /\p{L}$/u;
const INNER_SENTENCE_END = /[.!?]["”’)]?\s+["“‘(]?\p{Lu}/u;
/** A new item starts with a capital or a dateline; a paragraph split at a stripped link goes on in lower case. */
const ITEM_START = /^[\p{Lu}(“"]/u;
function isCutOff(x: Info, next: Info | undefined): boolean {
  if (x.wrapped || x.table || x.verdict || x.words < 15 || x.t.length > 320 || !CUT_OFF.test(x.t) || (next && !ITEM_START.test(next.t))) return false;
  // The cut sentence is plain words: not a credit ("REUTERS/Jane Roe"), an embed ("(@handle) March 3, 2016")
  let cut = -1;
  for (const m of x.t.matchAll(INNER_SENTENCE_END_G)) cut = m.index! + m[0].length - 1;
  return cut > 0 && CUT_FRAGMENT.test(x.t.slice(cut));
}
const INNER_SENTENCE_END_G = new RegExp(INNER_SENTENCE_END.source, 'gu');
const STAMPED = /\b(?:posted|updated|published)\b/i;
const CUT_FRAGMENT = /^[\p{L}'’ ,-]*\p{Ll}[\p{L}'’ ,-]*$/u;

/**
 * Related-story teasers stacked at the top of a page, before the article's own first paragraph: each a
 * headline or lede and an excerpt cut off mid-sentence. Two cut-off excerpts near the top, a few lines
 * apart, make the block; every line from the top to the last of them is a teaser.
 */
function markTeaserBlock(info: Infos, next: Int32Array): void {
  const MAX_GAP = 3; // non-blank lines between two excerpts of the block (a headline, a lede, a widget line)
  let seen = 0; // non-blank lines so far
  let sinceCut = -1; // non-blank lines since the last excerpt (-1: none yet)
  let excerpts = 0;
  let end = -1;
  for (let i = 0; i < info.length; i++) {
    const x = info[i];
    if (!x) continue;
    seen++;
    const q = next[i];
    if (isCutOff(x, q >= 0 ? info[q] : undefined)) {
      if (excerpts === 0 && seen > MAX_GAP + 1) return; // the first excerpt must stand at the top
      excerpts++;
      sinceCut = 0;
      if (excerpts >= 2) end = i;
      continue;
    }
    if (excerpts === 0) {
      if (seen > MAX_GAP + 1) return;
      continue;
    }
    if (++sinceCut > MAX_GAP) break;
  }
  if (end < 0) return;
  for (let i = 0; i <= end; i++) {
    const x = info[i];
    // the article's own headline with its date stamp ("… Posted: Friday, March 7, 2014 5:06 PM EST") stays
    if (x && !x.verdict && STAMPED.test(x.t) && DATE_STRONG.test(x.t) && !isCutOff(x, undefined)) continue;
    if (x && !x.verdict) x.verdict = {kind: 'related', evidence: 'teaser-above', fixable: false};
  }
}

/** Info per line, from the line alone; ATX headings (in Markdown) go to mdHeadings. */
function lineInfos(layer: TextLayer, mdHeadings: Set<number>): Infos {
  const lines = layer.lines;
  const n = lines.length;
  const info: Infos = new Array(n);
  const markdown = layer.format === 'markdown';
  for (let i = 0; i < n; i++) {
    const l = lines[i];
    if (l.blank) continue;
    const t = l.text.trim();
    // Markdown: a comment alone on its line (inline control) is not text; an ATX heading is a heading.
    if (markdown && MD_COMMENT.test(t)) continue;
    if (markdown && MD_HEADING.test(t)) mdHeadings.add(i);
    const words = wordCount(t);
    const terminal = isTerminal(t);
    const prose = (words >= 8 && terminal) || words >= 16;
    const table = t.length <= 120 && mayBeTable(t) && TABLE.test(t);
    info[i] = {t, words, terminal, prose, wrapped: false, table, verdict: undefined};
  }
  return info;
}

function markWrapped(x: Info): void {
  x.prose = x.wrapped = true;
}

/** How long a line in capitals must be to run on into another in capitals: a wire's wrapped flash, not a headline over a byline. */
const CAPITALS_RUN_ON = 50;

/**
 * Hard-wrapped prose: a line that runs on into the next (no sentence end, the next continues it: lower case, or
 * capitals after a long line in capitals, a wire flash wrapped as "LUND MILLS CO, 120,000 SHARES AT 31-3/8, UP 1/4,
 * TRADED" / "BY FIRST CAPITAL").
 */
function markRunOnPairs(info: Infos, lines: Line[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = info[i];
    const b = info[i + 1];
    if (!a || !b) continue;
    const continues = CONTINUATION.test(lines[i + 1].text) || (a.t.length >= CAPITALS_RUN_ON && capitals(a.t) && capitals(b.t));
    if (a.t.length >= 35 && lines[i].text.length <= 100 && !isSoftTerminal(a.t) && continues && a.words >= 5) {
      markWrapped(a);
      markWrapped(b);
    }
  }
}

/** A short tail that ends the sentence a long line left open ("...said on\nMarch 3."). */
function markShortTails(info: Infos, lines: Line[]): void {
  for (let i = 1; i < lines.length; i++) {
    const a = info[i - 1];
    const b = info[i];
    if (!a || !b || b.prose) continue;
    if (a.t.length >= 40 && lines[i - 1].text.length <= 100 && !isSoftTerminal(a.t) && TERMINAL_PLAIN.test(b.t) && b.words <= 8) markWrapped(b);
  }
}

/** ...and whole wrapped blocks: several lines of similar width, one of them running on. */
function markWrappedBlocks(info: Infos, lines: Line[], text: string): void {
  const n = lines.length;
  for (let i = 0; i < n; ) {
    if (!info[i]) { i++; continue; }
    let j = i;
    let max = 0;
    let runOn = false;
    while (j < n && info[j]) {
      max = Math.max(max, trimmedLength(text, lines[j]));
      if (info[j]!.prose && j + 1 < n && info[j + 1]?.prose && !isSoftTerminal(info[j]!.t)) runOn = true;
      j++;
    }
    if (j - i >= 3 && max <= 100 && runOn) markBlockIfEven(info, lines, text, i, j, max);
    i = j;
  }
}

/** Lines i..j-1 (max: the widest) are one wrapped paragraph when most are nearly as wide as the widest. */
function markBlockIfEven(info: Infos, lines: Line[], text: string, i: number, j: number, max: number): void {
  let longish = 0;
  for (let k = i; k < j; k++) if (trimmedLength(text, lines[k]) >= max * 0.75) longish++;
  if (longish < (j - i) * 0.6) return;
  for (let k = i; k < j; k++) {
    if (trimmedLength(text, lines[k]) >= max * 0.5 || (k > 0 && info[k - 1]?.prose)) markWrapped(info[k]!);
  }
}

/** Line evidence (never on prose). Returns the last non-blank line, or -1. */
function applyLineEvidence(info: Infos, layer: TextLayer): number {
  let lastNonBlank = -1;
  for (let i = 0; i < info.length; i++) {
    const x = info[i];
    if (!x) continue;
    lastNonBlank = i;
    if (!x.wrapped) x.verdict = lineEvidence(x.t, x.t.length <= MAX_EXACT ? layer.normalizedLine(i) : undefined);
  }
  return lastNonBlank;
}

/** The last line of prose without evidence, or -1: what follows it is the page's footer. */
function lastProseLine(info: Infos): number {
  let lastProse = -1;
  for (let i = 0; i < info.length; i++) {
    const x = info[i];
    if (x?.prose && !x.verdict) lastProse = i;
  }
  return lastProse;
}

/** The headline: the first line without evidence, or -1. */
function headlineLine(info: Infos): number {
  for (let i = 0; i < info.length; i++) {
    const x = info[i];
    if (x && !x.verdict) return i;
  }
  return -1;
}

const isShort = (x: Info) => !x.prose && x.words <= 10 && !x.terminal;
const isTable = (y: Info | undefined) => Boolean(y && y.table && !y.verdict);

/** A LineClass, always built with the same properties in the same order (one hidden class for all). */
function lineClass(line: number, kind: ResidueKind | null, evidence: Evidence | undefined, fixable: boolean, role: LineClass['role']): LineClass {
  return {line, kind, evidence, fixable, role};
}

/** Make c residue of the given kind; it loses its role (residue has none). */
function setResidue(c: LineClass, kind: ResidueKind, evidence: Evidence): void {
  c.kind = kind;
  c.evidence = evidence;
  c.fixable = false;
  c.role = undefined;
}

/**
 * The classes from each line's own evidence, and the roles of the other lines: prose, heading (the
 * headline, its repetitions and Markdown headings), or short (not next to a table row).
 */
function initialClasses(info: Infos, layer: TextLayer, headline: number, mdHeadings: Set<number>): LineClass[] {
  const n = info.length;
  const out: LineClass[] = new Array(n);
  const headlineNorm = headline >= 0 ? layer.normalizedLine(headline) : '';
  const headlineLength = headline >= 0 ? info[headline]!.t.length : 0;
  for (let i = 0; i < n; i++) {
    const x = info[i];
    if (!x) { out[i] = lineClass(i + 1, null, undefined, false, undefined); continue; }
    const v = x.verdict;
    if (v) { out[i] = lineClass(i + 1, v.kind, v.evidence, v.fixable, undefined); continue; }
    const isHeadline = i === headline || (headlineNorm !== '' && Math.abs(x.t.length - headlineLength) <= 12 && layer.normalizedLine(i) === headlineNorm);
    const nearTable = isTable(x) || (i > 0 && isTable(info[i - 1])) || (i + 1 < n && isTable(info[i + 1]));
    out[i] = lineClass(i + 1, null, undefined, false, x.prose ? 'prose' : isHeadline || mdHeadings.has(i) ? 'heading' : isShort(x) && !nearTable ? 'short' : undefined);
  }
  return out;
}

/** For each line, the previous and the next non-blank line (-1: none). */
function nonBlankNeighbours(info: Infos): {prev: Int32Array; next: Int32Array} {
  const n = info.length;
  const prev = new Int32Array(n);
  const next = new Int32Array(n);
  for (let i = 0, last = -1; i < n; i++) { prev[i] = last; if (info[i]) last = i; }
  for (let i = n - 1, following = -1; i >= 0; i--) { next[i] = following; if (info[i]) following = i; }
  return {prev, next};
}

const isBylineish = (out: LineClass[], k: number) => k >= 0 && out[k].kind === 'byline';
const hasKind = (out: LineClass[], k: number) => k >= 0 && Boolean(out[k].kind);

/** Neighbours and place, for short lines without evidence of their own: author lines, and the page footer. */
function markByNeighbours(info: Infos, out: LineClass[], layer: TextLayer, prev: Int32Array, next: Int32Array, lastProse: number): void {
  for (let i = 0; i < info.length; i++) {
    const x = info[i];
    const c = out[i];
    if (!x || c.kind || c.role !== 'short') continue;
    const p = prev[i];
    const q = next[i];
    // A name alone next to a byline or date: the author line.
    if (NAME_ALONE.test(x.t) && !HAS_DIGIT.test(x.t) && (isBylineish(out, p) || isBylineish(out, q))) {
      c.kind = 'byline';
      c.evidence = 'name-by-byline';
      c.fixable = false;
      continue;
    }
    // A short line after the last paragraph, among other residue: page footer.
    const bottom = lastProse >= 0 && i > lastProse;
    if (bottom && !AGENCY.test(layer.normalizedLine(i)) && !allowedLines.has(layer.normalizedLine(i)) && (hasKind(out, p) || hasKind(out, q)) && !HAS_DIGIT.test(x.t)) {
      c.kind = 'navigation';
      c.evidence = 'footer-line';
      c.fixable = false;
    }
  }
}

/**
 * A line repeated within the article (not the headline): a widget shown twice, a pull quote.
 * Exactly twice and of three words or more: a table header or a source label repeats more often.
 */
function markRepeatedLines(info: Infos, out: LineClass[], layer: TextLayer, headline: number): void {
  const headlineNorm = headline >= 0 ? layer.normalizedLine(headline) : '';
  const seenAt = new Map<string, number[]>();
  for (let i = 0; i < info.length; i++) {
    const x = info[i];
    if (!x || x.wrapped || x.table || x.words < 3 || x.t.length > 300 || i === headline || !HAS_LOWER.test(x.t)) continue;
    const key = x.t.length <= MAX_EXACT ? layer.normalizedLine(i) : x.t.toLowerCase();
    if (!key || key === headlineNorm) continue;
    const at = seenAt.get(key);
    if (at) at.push(i);
    else seenAt.set(key, [i]);
  }
  for (const at of seenAt.values()) {
    if (at.length !== 2) continue;
    for (const j of at) if (!out[j].kind) setResidue(out[j], 'repeated', 'twice-in-article');
  }
}

/** The fewest words and characters of a title printed twice in a row. */
const DOUBLED_WORDS = 3;
const DOUBLED_CHARS = 12;
/** The most words of a title printed twice; a sentence end inside the doubled words; a word of three letters or more. */
const DOUBLED_MAX_WORDS = 15;
const SENTENCE_INSIDE = /[.!?]\s+\S/;
const LONG_WORD = /\p{L}{3,}/gu;
/** How many words may follow a doubled title on a line of its own. */
const DOUBLED_TAIL = 3;

/**
 * The words of a line's opening when it is printed twice in a row ("Gallery: Fatal shooting in Minneapolis
 * Gallery: Fatal shooting in Minneapolis"): a teaser's link text and its title attribute, flattened. 0 when not.
 */
function doubledOpening(t: string): number {
  // (the cheap test first, on every line of every article: the first word must come back after a space)
  const space = t.indexOf(' ');
  if (space <= 0 || t.indexOf(` ${t.slice(0, space)} `, space) < 0) return 0;
  const words = t.split(/\s+/);
  if (words.length < 2 * DOUBLED_WORDS) return 0;
  for (let n = DOUBLED_WORDS; 2 * n <= words.length && n <= DOUBLED_MAX_WORDS; n++) {
    let same = true;
    for (let k = 0; k < n && same; k++) same = words[k] === words[n + k];
    if (!same) continue;
    const title = words.slice(0, n).join(' ');
    // a title: letters, words of three letters or more, no sentence ending inside ("In this section, we describe
    // … components. (See Fig. 1 above.)" printed twice is a paragraph, "2.5 mi 50 pub 2.5 mi 50 pub" a table row)
    return title.length >= DOUBLED_CHARS && HAS_LOWER.test(title) && !SENTENCE_INSIDE.test(title) && (title.match(LONG_WORD) ?? []).length >= DOUBLED_WORDS ? n : 0;
  }
  return 0;
}

/**
 * Teasers of other stories printed with their titles twice ("1 dead, 5 wounded in Phoenix shootings 1 dead, 5
 * wounded in Phoenix shootings A gunman killed …"): related links when the line is the doubled title alone, or
 * when the article has two such lines or more (a list of them). One doubled title followed by prose may be the
 * article's own headline run into its lede, and stays text.
 */
function markDoubledTitles(info: Infos, out: LineClass[], headline: number): void {
  const doubled: Array<{i: number; alone: boolean}> = [];
  for (let i = 0; i < info.length; i++) {
    const x = info[i];
    if (!x || x.wrapped || x.table || out[i].kind || x.words < 2 * DOUBLED_WORDS) continue;
    const n = doubledOpening(x.t);
    if (n > 0) doubled.push({i, alone: x.words - 2 * n <= DOUBLED_TAIL});
  }
  for (const d of doubled) if ((d.alone && d.i !== headline) || doubled.length >= 2) setResidue(out[d.i], 'related', 'doubled-title');
}

/** A list header: a lexicon line of the related or navigation kind, or a short related-kind line that is no label. */
function isListHeader(c: LineClass, x: Info | undefined): boolean {
  if (c.kind !== 'related' && c.kind !== 'navigation') return false;
  return c.evidence === 'lexicon-line' || (c.kind === 'related' && x!.words <= 6 && !LABEL_END.test(x!.t));
}

/** After a list header ("Most read", "Related articles"), the short lines that follow are its items. */
function markListItems(info: Infos, out: LineClass[], next: Int32Array, headline: number): void {
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    if (isListHeader(c, info[i])) markItemsAfter(info, out, next, headline, i, c.kind === 'related' ? 'related' : 'navigation');
  }
}

/** The items of the list whose header is line i: up to a heading, prose, or a subheading that introduces prose. */
function markItemsAfter(info: Infos, out: LineClass[], next: Int32Array, headline: number, i: number, kind: ResidueKind): void {
  let k = next[i];
  while (k >= 0) {
    const x = info[k]!;
    const ck = out[k];
    if (ck.kind) { k = next[k]; continue; }
    if (k === headline || ck.role === 'heading') break;
    if (x.wrapped || (x.terminal && x.words >= 8) || x.words > 20) break;
    // (a sentence of Japanese or Chinese is one whitespace "word": it ends the list as prose does)
    if (x.words <= 2 && unspacedSentence(x.t)) break;
    const q = next[k];
    if (q >= 0 && info[q]!.prose && !out[q].kind && info[q]!.words >= 20) break; // a subheading that introduces prose
    setResidue(ck, kind, 'list-item');
    k = q;
  }
}

/** A heading is a short line that introduces prose: give the role to short lines followed by prose. */
function markHeadings(info: Infos, out: LineClass[], next: Int32Array): void {
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    if (c.kind || c.role !== 'short') continue;
    const q = next[i];
    if (q >= 0 && info[q]!.prose) c.role = 'heading';
  }
}

export function classifyLines(layer: TextLayer): LineClass[] {
  const lines = layer.lines;
  const mdHeadings = new Set<number>();
  const info = lineInfos(layer, mdHeadings);
  markRunOnPairs(info, lines);
  markShortTails(info, lines);
  markWrappedBlocks(info, lines, layer.text);

  const lastNonBlank = applyLineEvidence(info, layer);
  // Which lines are blank is settled by lineInfos; the passes after it only change what a line is.
  const {prev, next} = nonBlankNeighbours(info);
  markGalleryRepeats(info, layer, next);
  markTeaserBlock(info, next);
  const lastProse = lastProseLine(info);
  // Agency sign-off as the last line ("Reuter", "AP"): article text by convention.
  if (lastNonBlank >= 0) {
    const x = info[lastNonBlank]!;
    if (x.verdict && AGENCY.test(layer.normalizedLine(lastNonBlank))) x.verdict = undefined;
  }
  // The headline: the first line without evidence; its repetitions are headlines too.
  const headline = headlineLine(info);
  const out = initialClasses(info, layer, headline, mdHeadings);

  markByNeighbours(info, out, layer, prev, next, lastProse);
  markRepeatedLines(info, out, layer, headline);
  markListItems(info, out, next, headline);
  markDoubledTitles(info, out, headline);
  markHeadings(info, out, next);
  return out;
}
