// Where a quotation stands, read from the lines around it before anyone asks who said it: in the writer's
// own text, in material quoted from another message (the '>'-prefixed lines of a mail or Usenet reply,
// "In article <...> X writes:"), or in a signature (the lines after a "-- " separator at the end of a
// post), or in a post's header lines ("Subject: ..."). Only a quotation in the writer's own text is the writer's to attribute: the quotations of a
// quoted message are that message's, and a signature's epigraph is no reported speech. The words a reply
// quotes back from the message it answers ("what do you mean by “the dykes never fail”?") are that
// message's words too: a quotation whose first words stand in the quoted lines is an echo. And a quotation
// in the paragraph that answers a quoted passage (the first after it) is the writer's restatement of what
// they answer ("What a bleak view. “Towns like ours can simply be left to drown.”"): an answer.
//
// One pass over the lines, once per file; each quotation then costs a binary search and a set lookup.
import type {Line} from './lines.js';
import {lineIndexAt} from './line-index.js';

export type QuoteSetting = 'prose' | 'reply' | 'echo' | 'answer' | 'signature' | 'header';

/**
 * A line of a quoted message: '>' (or 'JD>', '|>', '> >') at its start, or a '| ' that sets quoted lines off in a
 * box. Initials are followed by a space or another '>': a wrapped wire line may open with the end of a ticker ("Co>, analysts said").
 */
const REPLY_LINE = /^[ \t]{0,8}(?:[A-Za-z]{1,4}>(?=[ \t>]|$)|>|\|>|\|[ \t])/;
/** The signature separator of mail and Usenet ("-- ", RFC 3676), and the rules some posters draw instead. */
const SIG_SEPARATOR = /^(?:--[ \t]?|[-=_~*]{10,}[ \t]*)$/;
/** A header line of a mail or Usenet post ("Subject: ...", "Newsgroups: ..."). */
const HEADER_LINE = /^[A-Z][A-Za-z-]{1,30}:[ \t]/;
/** A signature holds a few lines: a separator with more than this many non-blank lines after it is no signature. */
const SIG_LINES = 14;
/**
 * A quotation echoes the quoted lines when at least half the pairs of content words at its start (ECHO_PAIRS
 * at most, one at least) stand together there. Function words are passed over and the pairs need not all
 * match: a reply quotes back loosely ("floods along northern rivers" for "floods along the northern
 * rivers", "much the same... farm income" for "much the same rainfall, farm income").
 */
const ECHO_PAIRS = 8;
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'and', 'or', 'for', 'by', 'with', 'from', 'as', 'is', 'are',
  'was', 'were', 'be', 'been', 'that', 'this', 'these', 'those', 'it', 'its', 'so', 'just', 'very']);
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export interface QuoteSettings {
  /** The setting of a quotation opening at `offset`. */
  at(offset: number, inner: string): QuoteSetting;
  /** Whether text at `offset` is not the writer's own: in lines quoted from another message or in a signature. */
  quotedFrom(offset: number): boolean;
  /** Where a mail or Usenet post's header ends (the offset past its last line), or -1: text before it is the header's. */
  header: number;
}

const PROSE: QuoteSettings = {at: () => 'prose', quotedFrom: () => false, header: -1};

/**
 * The settings of a file's lines: which are quoted from another message, where a signature starts. `replies`:
 * whether '>' lines are a reply's quoted message (plain text) or a Markdown block quotation, whose echoes and
 * answering paragraph are the writer's own.
 */
export function quoteSettings(lines: Line[], replies = true): QuoteSettings {
  const reply = new Uint8Array(lines.length);
  let quoted = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].blank && REPLY_LINE.test(lines[i].text)) { reply[i] = 1; quoted++; }
  }
  quoted += markPrefixRuns(lines, reply);
  const answered = replies && quoted > 0;
  const signature = signatureStart(lines);
  const header = headerEnd(lines);
  if (quoted === 0 && signature < 0 && header < 0) return PROSE;
  const pairs = answered ? replyPairs(lines, reply) : undefined;
  const starts = lines.map((l) => l.start);
  return {
    at(offset: number, inner: string): QuoteSetting {
      const i = lineIndexAt(starts, offset);
      if (offset < header) return 'header';
      if (signature >= 0 && lines[i].start >= signature) return 'signature';
      if (reply[i]) return 'reply';
      if (pairs && echoes(pairs, inner)) return 'echo';
      if (answered && answers(lines, reply, i)) return 'answer';
      return 'prose';
    },
    quotedFrom(offset: number): boolean {
      return offset >= header && (reply[lineIndexAt(starts, offset)] === 1 || (signature >= 0 && offset >= signature));
    },
    header,
  };
}

/**
 * A newsreader's own quote prefix: a cluster of 2-5 marks (no letter, digit or quotation mark) before a space
 * or the line's end ("[(*] ", ":> ", ":: "). A cluster of one repeated mark of rules, bullets and headings
 * ("***", "--", "##", "...") is a rule, a list, a heading or an ellipsis, not a prefix.
 */
const PREFIX = /^[ \t]{0,4}([^\p{L}\p{N}\s"“”‘’'«»]{2,5})(?=[ \t]|$)/u;
const ONE_MARK = /^([*\-=#_~.•+])\1*$/u;
/** A quoted author's initials in brackets opening each line of what a post quotes: "[AR] Critics claim that the war …". */
const BRACKET_PREFIX = /^[ \t]{0,4}(\[[A-Za-z]{1,4}\])/;

/** The quote prefix a line opens with, if any: marks (PREFIX) or bracketed initials (BRACKET_PREFIX). */
function prefixOf(text: string): string | undefined {
  const m = PREFIX.exec(text);
  if (m && !ONE_MARK.test(m[1])) return m[1];
  return BRACKET_PREFIX.exec(text)?.[1];
}
/** How many consecutive lines must share a prefix for it to set quoted lines off. */
const PREFIX_RUN = 3;

/**
 * Marks runs of PREFIX_RUN lines or more that open with the same prefix as quoted lines: posters and
 * newsreaders set quoted text off with marks of their own, not only '>', or with the quoted author's
 * initials in brackets ("[AR] "), and a run of lines that share one is quoted material, whatever the marks are. Returns how many lines it marked.
 */
function markPrefixRuns(lines: Line[], reply: Uint8Array): number {
  let marked = 0;
  let i = 0;
  while (i < lines.length) {
    const m = reply[i] || lines[i].blank ? undefined : prefixOf(lines[i].text);
    if (m === undefined) { i++; continue; }
    let j = i + 1;
    while (j < lines.length && !reply[j] && !lines[j].blank && prefixOf(lines[j].text) === m) j++;
    if (j - i >= PREFIX_RUN) for (let k = i; k < j; k++) { reply[k] = 1; marked++; }
    i = j;
  }
  return marked;
}

/** How far back a quotation's paragraph is read for its first line. */
const PARAGRAPH_LINES = 20;

/** Whether line i lies in the first paragraph after quoted lines (only blank lines between). */
function answers(lines: Line[], reply: Uint8Array, i: number): boolean {
  let k = i;
  while (k > 0 && i - k < PARAGRAPH_LINES && !lines[k - 1].blank && !reply[k - 1]) k--;
  if (k > 0 && reply[k - 1]) return true;
  k--;
  while (k >= 0 && lines[k].blank) k--;
  return k >= 0 && reply[k] === 1;
}

/** Where a post's header block ends (two header lines or more from the first line on, up to a blank line), or -1. */
function headerEnd(lines: Line[]): number {
  let n = 0;
  while (n < lines.length && !lines[n].blank && HEADER_LINE.test(lines[n].text)) n++;
  return n >= 2 ? lines[n - 1].end : -1;
}

/** The offset where the signature starts (its separator), or -1: the last separator followed by a few lines only. */
function signatureStart(lines: Line[]): number {
  let after = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    if (line.blank) continue;
    if (SIG_SEPARATOR.test(line.text) && after > 0) return line.start;
    if (++after > SIG_LINES) return -1;
  }
  return -1;
}

/** The pairs of neighbouring content words of the quoted lines (lower case, joined by a space). */
function replyPairs(lines: Line[], reply: Uint8Array): Set<string> {
  const out = new Set<string>();
  let prev = '';
  for (let i = 0; i < lines.length; i++) {
    // a paragraph of quoted lines is read as one run of words; a line of the writer's own breaks it
    if (!reply[i]) { prev = ''; continue; }
    const text = lines[i].text;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      const w = normal(m[0]);
      if (FUNCTION_WORDS.has(w)) continue;
      if (prev) out.add(prev + ' ' + w);
      prev = w;
    }
  }
  WORD.lastIndex = 0;
  return out;
}

/** Whether the start of a quotation echoes the quoted lines (ECHO_PAIRS). */
function echoes(pairs: Set<string>, inner: string): boolean {
  const head = inner.slice(0, 160);
  let prev = '';
  let tried = 0;
  let found = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(head); m && tried < ECHO_PAIRS; m = WORD.exec(head)) {
    const w = normal(m[0]);
    if (FUNCTION_WORDS.has(w)) continue;
    if (prev) { tried++; if (pairs.has(prev + ' ' + w)) found++; }
    prev = w;
  }
  WORD.lastIndex = 0;
  return tried >= 1 && found >= 1 && 2 * found >= tried;
}

function normal(word: string): string {
  return word.toLowerCase().replace('’', "'");
}

