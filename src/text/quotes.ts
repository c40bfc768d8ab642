// Direct quotations: straight and curly double quotes, curly single quotes (British style, and nested
// quotes), `''` and ``` `` ``` pairs. One pass over the paragraphs with a stack of open marks; a quote
// still open at the end of a paragraph continues when the next paragraph opens with a quote mark (the
// news convention for quotes that run over several paragraphs), else it ends with its paragraph.
import type {TextLayer} from './layer.js';

export interface Quote {
  /** Offsets of the opening mark and just past the closing mark (or the paragraph end if unclosed). */
  start: number;
  end: number;
  /** The quoted words, without the outer marks. */
  inner: string;
  words: number;
  /** Paragraph where it opens, and where it ends. */
  paragraph: number;
  lastParagraph: number;
  /** Sentences it opens and ends in. */
  firstSentence: number;
  lastSentence: number;
  /** 0 for a top-level quote, 1 for a quote inside a quote, ... */
  depth: number;
  /** Whether a closing mark was found (false: ended with its paragraph). */
  closed: boolean;
}

type Kind = 'double' | 'single';
interface Open {
  kind: Kind;
  straight: boolean;
  at: number;
  paragraph: number;
}

const MARKS = /``|''|["“”„«»‘’]/g;
const WORD = /[\p{L}\p{N}]+/gu;
const LETTER = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{\-—–\/:;,“‘"]/;

function countWords(s: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(s)) n++;
  return n;
}

export function findQuotes(layer: TextLayer): Quote[] {
  const text = layer.text;
  const quotes: Quote[] = [];
  const stack: Open[] = [];
  const paragraphs = layer.paragraphs;

  const emit = (open: Open, endMark: number, end: number, paragraph: number, closed: boolean) => {
    const innerStart = open.at + (text.startsWith('``', open.at) || text.startsWith("''", open.at) ? 2 : 1);
    const inner = text.slice(innerStart, endMark);
    const first = layer.sentenceAt(open.at) ?? layer.sentenceAt(innerStart);
    const last = layer.sentenceAt(Math.max(open.at, end - 1));
    quotes.push({
      start: open.at, end, inner, words: countWords(inner), paragraph: open.paragraph, lastParagraph: paragraph,
      firstSentence: first?.index ?? last?.index ?? 0, lastSentence: last?.index ?? first?.index ?? 0,
      depth: stack.length, closed,
    });
  };

  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    MARKS.lastIndex = p.start;
    let skipAt = -1;
    // A quote carried over from the paragraph before: its continuation mark opens this paragraph.
    if (stack.length) {
      const lead = /^[\s]*(``|''|["“„«‘])/.exec(text.slice(p.start, p.start + 8));
      if (lead) skipAt = p.start + lead.index + lead[0].length - lead[1].length;
    }
    for (let m = MARKS.exec(text); m && m.index < p.end; m = MARKS.exec(text)) {
      const at = m.index;
      if (at === skipAt) continue;
      const mark = m[0];
      const before = at > 0 ? text[at - 1] : ' ';
      const after = text[at + mark.length] ?? ' ';
      const top = stack[stack.length - 1];
      if (mark === '“' || mark === '„' || mark === '«' || mark === '``') {
        stack.push({kind: 'double', straight: false, at, paragraph: pi});
      } else if (mark === '”' || mark === '»') {
        closeDouble(at, at + 1, pi);
      } else if (mark === '"' || mark === "''") {
        const openTop = [...stack].reverse().find((o) => o.kind === 'double');
        const looksOpening = OPENING_CONTEXT.test(before) && !/\s/.test(after);
        const looksClosing = !/\s/.test(before) && !LETTER.test(after);
        if (openTop && (!looksOpening || looksClosing)) closeDouble(at, at + mark.length, pi);
        else if (mark === "''" && !openTop && !looksOpening) continue;
        else stack.push({kind: 'double', straight: true, at, paragraph: pi});
      } else if (mark === '‘') {
        if (!LETTER.test(before)) stack.push({kind: 'single', straight: false, at, paragraph: pi});
      } else if (mark === '’') {
        // An apostrophe inside a word (it’s) or after a plural (Armenians’ claims) unless a single quote is open.
        if (top && top.kind === 'single' && !(LETTER.test(before) && LETTER.test(after))) {
          stack.pop();
          emit(top, at, at + 1, pi, true);
        }
      }
    }
    MARKS.lastIndex = 0;
    // End of paragraph: open quotes continue only if the next paragraph opens with a quote mark.
    if (stack.length) {
      const next = paragraphs[pi + 1];
      const continues = next && /^\s*(``|''|["“„«‘])/.test(text.slice(next.start, next.start + 8));
      if (!continues) {
        while (stack.length) {
          const open = stack.pop()!;
          emit(open, p.end, p.end, pi, false);
        }
      }
    }
  }

  function closeDouble(markAt: number, end: number, pi: number) {
    // Pop to the innermost open double quote; single quotes left open inside it end with it.
    let idx = stack.length - 1;
    while (idx >= 0 && stack[idx].kind !== 'double') idx--;
    if (idx < 0) return;
    while (stack.length > idx + 1) {
      const open = stack.pop()!;
      emit(open, markAt, markAt, pi, false);
    }
    const open = stack.pop()!;
    emit(open, markAt, end, pi, true);
  }

  // Dropped: "quotes" with no words in them (stray marks).
  return quotes.filter((q) => q.words > 0).sort((a, b) => a.start - b.start || a.depth - b.depth);
}
