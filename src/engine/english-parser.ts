// parse-english with one paragraph step made cheap; the trees are the same (test/engine/english-parser.test.ts).
// parse-latin's breakImplicitSentences asks of every white space in every sentence whether it holds two
// line breaks by `toString(node).split(/\r\n|\r|\n/).length`: an array of strings per space, ~10% of the
// parse's time and of all a run's allocation. This one counts the breaks by character code.
import {ParseEnglish} from 'parse-english';
import type {Paragraph, Root, Sentence} from 'nlcst';

/** Line breaks in a white space, counted up to two (`\r\n` is one, as the split reads it). */
function twoLineBreaks(value: string): boolean {
  let breaks = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 13) {
      if (i + 1 < value.length && value.charCodeAt(i + 1) === 10) i++;
    } else if (c !== 10) continue;
    if (++breaks === 2) return true;
  }
  return false;
}

/** parse-latin's breakImplicitSentences (a sentence breaks at a white space with two line breaks), as a loop
 * with the same visiting order as its modifyChildren/array-iterate. */
function breakImplicitSentences(parent: Paragraph): void {
  const siblings = parent.children;
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index];
    if (child.type !== 'SentenceNode') continue;
    const children = child.children;
    // the first and last child are never a break
    for (let position = 1; position < children.length - 1; position++) {
      const node = children[position];
      if (node.type !== 'WhiteSpaceNode' || !twoLineBreaks(node.value)) continue;
      child.children = children.slice(0, position);
      const insertion: Sentence = {type: 'SentenceNode', children: children.slice(position + 1)};
      const tail = children[position - 1];
      const head = children[position + 1];
      siblings.splice(index + 1, 0, node, insertion);
      if (child.position && tail.position && head.position) {
        const end = child.position.end;
        child.position.end = tail.position.end;
        insertion.position = {start: head.position.start, end};
      }
      // the modifier returned index + 1: the inserted white space is visited next
      break;
    }
  }
}

type ParagraphPlugin = (node: Paragraph) => void;

/** The stock step is found by what it does to a probe (parse-latin exports none of its plugins): of the
 * paragraph steps, only it splits a sentence at a blank line. */
function isBreakStep(plugin: ParagraphPlugin): boolean {
  const word = (value: string) => ({type: 'WordNode', children: [{type: 'TextNode', value}]});
  const probe = {type: 'ParagraphNode', children: [{type: 'SentenceNode', children: [word('a'), {type: 'WhiteSpaceNode', value: '\n\n'}, word('b')]}]} as unknown as Paragraph;
  try {
    plugin(probe);
  } catch {
    return false;
  }
  const c = probe.children;
  return c.length === 3 && c[0].type === 'SentenceNode' && c[1].type === 'WhiteSpaceNode' && c[2].type === 'SentenceNode';
}

export class CorpusEnglish extends ParseEnglish {}

const stock = ParseEnglish.prototype.tokenizeParagraphPlugins as unknown as ParagraphPlugin[];
const breaks = stock.filter(isBreakStep);
/** Whether the step was replaced (else parse-english's own list stands). */
export const REPLACED = breaks.length === 1;
if (REPLACED) {
  (CorpusEnglish.prototype as unknown as {tokenizeParagraphPlugins: ParagraphPlugin[]}).tokenizeParagraphPlugins =
    stock.map((p) => (p === breaks[0] ? breakImplicitSentences : p));
}

type Extensions = Array<(node: never) => void> | undefined;

/** retext-english with CorpusEnglish: the same parser settings (the processor's nlcst extensions). */
export function corpusEnglish(this: {parser: unknown; data(key: string): unknown}): void {
  const self = this;
  self.parser = (value: string): Root => {
    const parser = new CorpusEnglish();
    add(parser.tokenizeParagraphPlugins as never, self.data('nlcstParagraphExtensions') as Extensions);
    add(parser.tokenizeRootPlugins as never, self.data('nlcstRootExtensions') as Extensions);
    add(parser.tokenizeSentencePlugins as never, self.data('nlcstSentenceExtensions') as Extensions);
    return parser.parse(value);
  };
}

function add(list: unknown[], values: Extensions): void {
  if (values) list.unshift(...values);
}
