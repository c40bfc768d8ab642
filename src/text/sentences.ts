// Sentences and paragraphs from the retext tree. parse-latin treats every line break as a paragraph
// break, which cuts the sentences of hard-wrapped text (newswire) in two: here a sentence that runs on
// past a line break (no terminal punctuation, or a wrapped block) is joined with its continuation.
import type {Root, Sentence as NlcstSentence} from 'nlcst';
import type {TextLayer} from './layer.js';

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
  let i = 0;
  while (i < lines.length) {
    if (lines[i].blank) { i++; continue; }
    let j = i;
    while (j < lines.length && !lines[j].blank) j++;
    const block = lines.slice(i, j);
    if (block.length >= 3) {
      const lengths = block.map((l) => l.text.trimEnd().length);
      const max = Math.max(...lengths);
      const longish = lengths.filter((n) => n >= max * 0.75).length;
      if (max <= 100 && longish >= block.length * 0.6) for (const l of block) wrappedLines.add(l.number);
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
    const prev = sentences[sentences.length - 1];
    if (prev) {
      const gap = text.slice(prev.end, start);
      const breaks = (gap.match(/\n/g) || []).length;
      const prevLine = layer.lineOf(prev.end);
      const nextStartsLower = /^[\s"“‘'(]*[a-z0-9]/.test(text.slice(start, start + 4));
      const joinable = layer.format === 'text' && breaks === 1 && /^[ \t\r\n]*$/.test(gap);
      const isWrap = joinable && !/^\s*\n[ \t]+\S/.test(gap + text[start]) &&
        ((wrapped.has(prevLine) && !TERMINAL.test(prev.text)) || (!TERMINAL.test(prev.text) && nextStartsLower));
      if (isWrap) {
        prev.end = end;
        prev.text = text.slice(prev.start, end);
        if (para) para.end = end;
        continue;
      }
      const sameParagraph = breaks === 0 || (joinable && wrapped.has(prevLine) && !/\n[ \t]+$/.test(gap));
      if (!sameParagraph) para = undefined;
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
