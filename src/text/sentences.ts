// Sentences and paragraphs from the retext tree. parse-latin treats every line break as a paragraph
// break, which cuts the sentences of hard-wrapped text (newswire) in two: here a sentence that runs on
// past a line break (no terminal punctuation, or a wrapped block) is joined with its continuation.
import type {Root, Sentence as NlcstSentence} from 'nlcst';
import type {TextLayer} from './layer.js';
import {trimmedLength} from './lines.js';

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

  for (const node of nodes) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || end <= start) continue;
    if (sentences.length > 0) {
      const prev = sentences[sentences.length - 1];
      const join = joinWithPrevious(layer, wrapped, prev, start);
      if (join === WRAPPED) {
        prev.end = end;
        prev.text = text.slice(prev.start, end);
        if (para) para.end = end;
        continue;
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
  return {sentences, paragraphs};
}

/** How a sentence starting at `start` follows the sentence before it. */
const WRAPPED = 0, SAME_PARAGRAPH = 1, NEW_PARAGRAPH = 2;

const NEXT_STARTS_LOWER = /^[\s"“‘'(]*[a-z0-9]/;
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
  const joinable = layer.format === 'text' && breaks === 1 && ONLY_LINE_SPACE.test(gap);
  if (!joinable) return breaks === 0 ? SAME_PARAGRAPH : NEW_PARAGRAPH;
  const prevLine = layer.lineOf(prev.end);
  const isWrap = !INDENTED_NEXT_LINE.test(gap + text[start]) && !TERMINAL.test(prev.text) &&
    (wrapped.has(prevLine) || NEXT_STARTS_LOWER.test(text.slice(start, start + 4)));
  if (isWrap) return WRAPPED;
  return wrapped.has(prevLine) && !INDENT_AT_END.test(gap) ? SAME_PARAGRAPH : NEW_PARAGRAPH;
}
