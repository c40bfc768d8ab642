// Sentences and paragraphs from the retext tree. parse-latin treats every line break as a paragraph
// break, which cuts the sentences of hard-wrapped text (newswire) in two: here a sentence that runs on
// past a line break (no terminal punctuation, or a wrapped block) is joined with its continuation.
import type {Root, Sentence as NlcstSentence} from 'nlcst';
import type {TextLayer} from './layer.js';
import {trimmedLength} from './lines.js';
import {ASCII, LL} from './chars.js';
import {RANK_ABBREVIATIONS} from './lexicons.js';

export interface Sentence {
  /** 0-based index in the file. */
  index: number;
  start: number;
  end: number;
  /** The exact source slice (so `start + i` is a file offset); may contain line breaks when joined. */
  text: string;
  /** Index of the paragraph it belongs to. */
  paragraph: number;
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  /** Indices of its sentences (first and last, inclusive). */
  first: number;
  last: number;
}

const TERMINAL = /[.!?:;…"”’')\]]\s*$/;

function sentenceNodes(tree: Root): NlcstSentence[] {
  const out: NlcstSentence[] = [];
  const walk = (node: {type: string; children?: unknown[]}) => {
    if (node.type === 'SentenceNode') out.push(node as NlcstSentence);
    else if (node.children) for (const child of node.children) walk(child as {type: string; children?: unknown[]});
  };
  walk(tree as unknown as {type: string; children?: unknown[]});
  return out;
}

/** Whether a block of lines looks hard-wrapped: several long lines of similar width. */
function wrappedBlocks(layer: TextLayer): Set<number> {
  const wrappedLines = new Set<number>();
  const lines = layer.lines;
  const text = layer.text;
  let i = 0;
  while (i < lines.length) {
    if (lines[i].blank) { i++; continue; }
    let j = i;
    while (j < lines.length && !lines[j].blank) j++;
    const size = j - i;
    if (size >= 3) {
      // (loops over the block, not map/filter/spread: this is inlined into buildSentences)
      let max = 0;
      for (let k = i; k < j; k++) max = Math.max(max, trimmedLength(text, lines[k]));
      let longish = 0;
      for (let k = i; k < j; k++) if (trimmedLength(text, lines[k]) >= max * 0.75) longish++;
      if (max <= 100 && longish >= size * 0.6) for (let k = i; k < j; k++) wrappedLines.add(lines[k].number);
    }
    i = j;
  }
  return wrappedLines;
}

export function buildSentences(layer: TextLayer): {sentences: Sentence[]; paragraphs: Paragraph[]} {
  const text = layer.text;
  const nodes = sentenceNodes(layer.tree);
  const wrapped = wrappedBlocks(layer);
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  let para: Paragraph | undefined;

  const stops = missedStops(text);
  let stop = 0;
  for (const node of nodes) {
    const nodeStart = node.position?.start.offset;
    const nodeEnd = node.position?.end.offset;
    if (nodeStart === undefined || nodeEnd === undefined || nodeEnd <= nodeStart) continue;
    // a node cut where parse-latin missed a sentence's end (missedStops)
    let from = nodeStart;
    while (stop < stops.length && stops[stop] < nodeStart) stop += 2;
    for (; stop < stops.length && stops[stop] < nodeEnd; stop += 2) {
      if (stops[stop] <= from || stops[stop + 1] >= nodeEnd) continue;
      piece(from, stops[stop] + 1);
      from = stops[stop + 1];
    }
    piece(from, nodeEnd);
  }
  return {sentences, paragraphs};

  function piece(start: number, end: number): void {
    if (sentences.length > 0) {
      const prev = sentences[sentences.length - 1];
      const join = joinWithPrevious(layer, wrapped, prev, start);
      if (join === WRAPPED) {
        prev.end = end;
        prev.text = text.slice(prev.start, end);
        if (para) para.end = end;
        return;
      }
      if (join === NEW_PARAGRAPH) para = undefined;
    }
    const index = sentences.length;
    if (!para) {
      para = {index: paragraphs.length, start, end, first: index, last: index};
      paragraphs.push(para);
    }
    para.end = end;
    para.last = index;
    sentences.push({index, start, end, text: text.slice(start, end), paragraph: para.index});
  }
}

/**
 * The full stops parse-latin does not end a sentence at, found in one pass over the text, as [stop, next
 * sentence's start] pairs in text order: after a short number (NUMBER_STOP), and glued to the next sentence in a
 * scrape that lost its space, between a word's four lower-case letters and a capitalised word ("are expected to
 * survive.It is unclear"; abbreviations before a name have fewer: "Capt.Smith", "Dept.Of").
 */
function missedStops(text: string): number[] {
  const out: number[] = [];
  // (one indexOf per full stop: a pattern run over the whole text costs a percent of the parse)
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (next === 32 || next === 9) {
      const before = text.charCodeAt(i - 1);
      if (before < 48 || before > 57) continue;
      NUMBER_STOP.lastIndex = i;
      if (NUMBER_STOP.test(text)) out.push(i, NUMBER_STOP.lastIndex);
    } else if (next >= 65 && next <= 90 && i >= 4 && lower(text.charCodeAt(i + 2)) &&
      lower(text.charCodeAt(i - 1)) && lower(text.charCodeAt(i - 2)) && lower(text.charCodeAt(i - 3)) && lower(text.charCodeAt(i - 4))) {
      out.push(i, i + 1);
    }
  }
  return out;
}

/** An ASCII lower-case letter. */
function lower(c: number): boolean {
  return c < 128 && (ASCII[c] & LL) !== 0;
}

/**
 * A full stop after a word and a number of one to three digits, then a capitalised word on the same line:
 * where an English sentence ends though parse-latin reads an ordinal's ("am 3. Mai") and merges on ("called 911.
 * Officers", "was 3. Then").
 * The match is the stop and the white space after it (tested sticky at each full stop after a digit).
 */
const NUMBER_STOP = /(?<=[\p{L},][ \t]+\d{1,3})\.[ \t]+(?=["“‘]?\p{Lu}\p{Ll})/uy;

/** How a sentence starting at `start` follows the sentence before it. */
const WRAPPED = 0, SAME_PARAGRAPH = 1, NEW_PARAGRAPH = 2;

const NEXT_STARTS_LOWER = /^[\s"“‘'(]*[a-z0-9]/;
/**
 * A rank's abbreviation closing a sentence, where parse-english ended it though a name follows: "said Los Angeles
 * police Det. | Dave Garrido.", "Brig. Gen. | Ana Cole".
 */
const TITLE_END = new RegExp(`(?:^|[\\s(])(?:${RANK_ABBREVIATIONS.join('|')})\\.$`);
const NAME_NEXT = /^\p{Lu}\p{Ll}/u;
const ONLY_LINE_SPACE = /^[ \t\r\n]*$/;
const INDENTED_NEXT_LINE = /^\s*\n[ \t]+\S/;
const INDENT_AT_END = /\n[ \t]+$/;

/**
 * Whether the sentence at `start` continues `prev` over a wrapped line break (one line break, no
 * indent, and `prev` has no terminal punctuation in a wrapped block or the next one starts lower-case),
 * else whether it is in the same paragraph. (A function of its own: V8 compiles it apart from the loop.)
 */
function joinWithPrevious(layer: TextLayer, wrapped: Set<number>, prev: Sentence, start: number): number {
  const text = layer.text;
  const gap = text.slice(prev.end, start);
  let breaks = 0;
  for (let k = 0; k < gap.length; k++) if (gap.charCodeAt(k) === 10) breaks++;
  // Only one plain line break between them (in a text file) may be a wrap; else no break is one paragraph.
  // a title's full stop, on the same line, with a name after it, ends no sentence
  if (breaks === 0 && gap.length <= 1 && TITLE_END.test(prev.text) && NAME_NEXT.test(text.slice(start, start + 2))) return WRAPPED;
  const joinable = layer.format === 'text' && breaks === 1 && ONLY_LINE_SPACE.test(gap);
  if (!joinable) return breaks === 0 ? SAME_PARAGRAPH : NEW_PARAGRAPH;
  const prevLine = layer.lineOf(prev.end);
  const isWrap = !INDENTED_NEXT_LINE.test(gap + text[start]) && !TERMINAL.test(prev.text) &&
    (wrapped.has(prevLine) || NEXT_STARTS_LOWER.test(text.slice(start, start + 4)));
  if (isWrap) return WRAPPED;
  return wrapped.has(prevLine) && !INDENT_AT_END.test(gap) ? SAME_PARAGRAPH : NEW_PARAGRAPH;
}
