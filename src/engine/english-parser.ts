// parse-english with four parts made cheap (its tokenizer, two paragraph steps and the sentence steps); the
// trees are the same (test/engine/english-parser.test.ts).
// parse-latin's breakImplicitSentences asks of every white space in every sentence whether it holds two
// line breaks by `toString(node).split(/\r\n|\r|\n/).length`: an array of strings per space, ~10% of the
// parse's time and of all a run's allocation. This one counts the breaks by character code.
import {ParseEnglish} from 'parse-english';
import type {Paragraph, Root, Sentence} from 'nlcst';
import {AVAILABLE as STEPS_AVAILABLE, patchPositionAt, sentenceSteps, toString, type Node} from './english-sentence-steps.js';
import {
  isTerminalMarker,
  makeFinalWhiteSpaceSiblings,
  makeInitialWhiteSpaceSiblings,
  mergeAffixExceptions,
  mergeAffixSymbol,
  mergeEnglishPrefixExceptions,
  mergeInitialDigitSentences,
  mergeInitialLowerCaseLetterSentences,
  mergeNonWordSentences,
  mergePrefixExceptions,
  mergeRemainingFullStops,
  modify,
  MODIFY_STEPS_AVAILABLE,
  removeEmptyNodes,
  STOCK_MERGE_REMAINING_FULL_STOPS,
} from './english-paragraph-steps.js';

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

// parse-latin's tokenize classes every character of a text by up to three regex tests on a one-character
// string (white space, punctuation, word, else symbol) and copies its point with a spread twice per token:
// ~8% of a one-thread run. This one reads character codes and looks the class up in a table, filled for a
// code the first time it is seen by asking the stock tokenize itself (so the classes are parse-latin's by
// construction); the nodes, their positions and which objects they share are built as the stock one does.
const WHITE = 1;
const WORD = 3;
const NODE_TYPES = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const;
type TokenType = 'WhiteSpaceNode' | 'PunctuationNode' | 'WordNode' | 'SymbolNode';
type Point = {line: number; column: number; offset: number};
type Token = {type: string; value?: string; children?: unknown[]; position: {start: Point; end: Point}};

const stockTokenize = ParseEnglish.prototype.tokenize as (this: unknown, value: string) => Array<{type: string}>;
/** The class of each UTF-16 code unit, 0 until first seen. */
const CLASSES = new Uint8Array(65536);

function classOf(code: number): number {
  const known = CLASSES[code];
  if (known !== 0) return known;
  const nodes = stockTokenize.call(new ParseEnglish(), String.fromCharCode(code));
  const found = nodes.length === 1 ? NODE_TYPES.indexOf(nodes[0].type as TokenType) : -1;
  if (found < 1) throw new Error(`parse-latin gave no one token for U+${code.toString(16)}`);
  CLASSES[code] = found;
  return found;
}
for (let code = 0; code < 128; code++) classOf(code);
// and a few common non-ASCII ones, so that `tokenize` has met a two-byte string before it is optimised (docs/performance.md, 'Why some code is written as it is').
for (const code of [0xa0, 0xe9, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d]) classOf(code);

// A point object is shared by the positions that hold the same point (a word's and its text's end, a token's
// end and the next one's start), where parse-latin copies it for each: no step of the parse, nor anything
// after it, changes a point in place (they replace a position's `start` or `end`), so the trees are the
// same, with a third fewer objects per word.
function tokenNode(type: number, value: string, start: Point, end: Point): Token {
  return type === WORD
    ? {
        type: 'WordNode',
        children: [{type: 'TextNode', value, position: {start, end}}],
        position: {start, end}
      }
    : {type: NODE_TYPES[type], value, position: {start, end}};
}

/** parse-latin's tokenize by character code: same tokens, same positions. */
export function tokenize(value: string | null | undefined): Token[] {
  const children: Token[] = [];
  if (!value) return children;
  const length = value.length;
  let line = 1;
  let column = 1;
  let offset = 0;
  let from = 0;
  let start: Point = {line, column, offset};
  let previousType = 0;
  let previous = -1;
  for (let index = 0; index < length; index++) {
    const code = value.charCodeAt(index);
    const type = CLASSES[code] || classOf(code);
    if (
      from < index &&
      previousType !== 0 &&
      !(previousType === type && (type === WORD || type === WHITE || code === previous || (code >= 0xd800 && code <= 0xdfff)))
    ) {
      const end = {line, column, offset};
      children.push(tokenNode(previousType, value.slice(from, index), start, end));
      from = index;
      start = end;
    }
    if (code === 13 || (code === 10 && previous !== 13)) {
      line++;
      column = 1;
    } else if (code !== 10) {
      column++;
    }
    offset++;
    previousType = type;
    previous = code;
  }
  if (previousType !== 0 && from < length) children.push(tokenNode(previousType, value.slice(from, length), start, {line, column, offset}));
  return children;
}

export class CorpusEnglish extends ParseEnglish {}
(CorpusEnglish.prototype as unknown as {tokenize: typeof tokenize}).tokenize = tokenize;

/** parse-latin's `newLine`, /^[ \t]*((\r?\n|\r)[\t ]*)+$/, by character code: spaces, tabs and at least
 * one line break (any run of \r and \n is line breaks). */
export function isNewLine(value: string): boolean {
  let breaks = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 10 || c === 13) breaks = true;
    else if (c !== 32 && c !== 9) return false;
  }
  return breaks;
}

type Tree = Node & {children: Node[]};

/** parse-latin's splitNode (a node cut after each child of the type that passes the test), with the test by
 * character code instead of its regex on the child's string. */
function splitNode(node: Tree, childType: string, test: (value: string) => boolean): Tree[] {
  const result: Tree[] = [];
  const children = node.children;
  let start = 0;
  for (let index = 0; index < children.length; index++) {
    const token = children[index];
    if (index === children.length - 1 || (token.type === childType && test(toString(token)))) {
      const parent: Tree = {type: node.type, children: children.slice(start, index + 1)};
      const first = children[start];
      if (first.position && token.position) parent.position = {start: first.position.start, end: token.position.end};
      result.push(parent);
      start = index + 1;
    }
  }
  return result;
}

type Steps = Array<(node: Tree) => void>;
interface Parser {
  tokenizeSentence(value: string): Tree;
  tokenizeParagraph(value: string): Tree;
  tokenizeParagraphPlugins: Steps;
  tokenizeRootPlugins: Steps;
}

/** parse-latin's tokenizeRoot and tokenizeParagraph with splitNode above. */
function tokenizeRoot(this: Parser, value: string): Tree {
  const paragraph = this.tokenizeParagraph(value);
  const result: Tree = {type: 'RootNode', children: splitNode(paragraph, 'WhiteSpaceNode', isNewLine)};
  let index = -1;
  while (this.tokenizeRootPlugins[++index]) this.tokenizeRootPlugins[index](result);
  return result;
}
function tokenizeParagraph(this: Parser, value: string): Tree {
  const sentence = this.tokenizeSentence(value);
  const result: Tree = {type: 'ParagraphNode', children: splitNode(sentence, 'PunctuationNode', isTerminalMarker)};
  let index = -1;
  while (this.tokenizeParagraphPlugins[++index]) this.tokenizeParagraphPlugins[index](result);
  return result;
}

// parse-english's sentence steps as one step of direct loops (english-sentence-steps.ts), when the installed
// parse-english and parse-latin are the versions they were copied from and list the steps as those do.
type SentencePlugin = (node: never) => void;
const englishSteps = ParseEnglish.prototype.tokenizeSentencePlugins as unknown as SentencePlugin[];
const latinSteps = (Object.getPrototypeOf(ParseEnglish) as {prototype: {tokenizeSentencePlugins?: SentencePlugin[]}}).prototype.tokenizeSentencePlugins;
/** Whether the sentence steps were replaced (else parse-english's own list stands). */
export const SENTENCE_STEPS_REPLACED =
  STEPS_AVAILABLE && englishSteps.length === 7 && latinSteps !== undefined && latinSteps.length === 6 && latinSteps.every((step, i) => englishSteps[i + 1] === step);
if (SENTENCE_STEPS_REPLACED) {
  (CorpusEnglish.prototype as unknown as {tokenizeSentencePlugins: SentencePlugin[]}).tokenizeSentencePlugins = [sentenceSteps as SentencePlugin];
}

const stock = ParseEnglish.prototype.tokenizeParagraphPlugins as unknown as ParagraphPlugin[];
const breaks = stock.filter(isBreakStep);
/** Whether the step was replaced (else parse-english's own list stands). */
export const REPLACED = breaks.length === 1;
/** Whether parse-latin's mergeRemainingFullStops was replaced by its copy (english-paragraph-steps.ts). */
export const FULL_STOPS_REPLACED = STOCK_MERGE_REMAINING_FULL_STOPS !== undefined && stock.filter((p) => p === STOCK_MERGE_REMAINING_FULL_STOPS).length === 1;
const latinParagraphSteps = (Object.getPrototypeOf(ParseEnglish) as {prototype: {tokenizeParagraphPlugins?: ParagraphPlugin[]}}).prototype.tokenizeParagraphPlugins;
/** Whether all thirteen paragraph steps run as one step of direct loops (paragraphSteps): parse-english's
 * list is its own step and parse-latin's twelve, of the 7.0.0 the copies are of. */
export const PARAGRAPH_STEPS_REPLACED =
  REPLACED &&
  FULL_STOPS_REPLACED &&
  MODIFY_STEPS_AVAILABLE &&
  stock.length === 13 &&
  latinParagraphSteps !== undefined &&
  latinParagraphSteps.length === 12 &&
  latinParagraphSteps.every((step, i) => stock[i + 1] === step) &&
  stock[7] === STOCK_MERGE_REMAINING_FULL_STOPS &&
  stock[10] === breaks[0];

/** parse-english's thirteen paragraph steps, in its order, each driven by a plain loop rather than
 * unist-util-modify-children (docs/performance.md, 'Why some code is written as it is'). */
function paragraphSteps(paragraph: Paragraph): void {
  const parent = paragraph as unknown as Parameters<typeof modify>[0];
  modify(parent, mergeEnglishPrefixExceptions);
  modify(parent, mergeNonWordSentences);
  modify(parent, mergeAffixSymbol);
  modify(parent, mergeInitialLowerCaseLetterSentences);
  modify(parent, mergeInitialDigitSentences);
  modify(parent, mergePrefixExceptions);
  modify(parent, mergeAffixExceptions);
  mergeRemainingFullStops(parent);
  const children = parent.children;
  // visit-children: the next index whatever the visitor did
  for (let index = 0; index < children.length; index++) makeInitialWhiteSpaceSiblings(children[index], index, parent);
  modify(parent, makeFinalWhiteSpaceSiblings);
  breakImplicitSentences(paragraph);
  modify(parent, removeEmptyNodes);
  const length = children.length;
  if (length > 0) patchPositionAt(children[0], 0, parent);
  if (length > 1) patchPositionAt(children[length - 1], length - 1, parent);
}

/** parse-latin's four root steps (the last four paragraph steps but the line-break one), as loops. */
function rootSteps(root: Root): void {
  const parent = root as unknown as Parameters<typeof modify>[0];
  const children = parent.children;
  for (let index = 0; index < children.length; index++) makeInitialWhiteSpaceSiblings(children[index], index, parent);
  modify(parent, makeFinalWhiteSpaceSiblings);
  modify(parent, removeEmptyNodes);
  const length = children.length;
  if (length > 0) patchPositionAt(children[0], 0, parent);
  if (length > 1) patchPositionAt(children[length - 1], length - 1, parent);
}
const stockRoot = ParseEnglish.prototype.tokenizeRootPlugins as unknown as ParagraphPlugin[];
/** Whether the root steps run as rootSteps: parse-latin 7.0.0's list of the same four functions. */
export const ROOT_STEPS_REPLACED =
  PARAGRAPH_STEPS_REPLACED &&
  stockRoot.length === 4 &&
  stockRoot[0] === latinParagraphSteps![7] &&
  stockRoot[1] === latinParagraphSteps![8] &&
  stockRoot[2] === latinParagraphSteps![10] &&
  stockRoot[3] === latinParagraphSteps![11];
if (ROOT_STEPS_REPLACED) {
  (CorpusEnglish.prototype as unknown as {tokenizeRootPlugins: ParagraphPlugin[]}).tokenizeRootPlugins = [rootSteps as unknown as ParagraphPlugin];
  // the same versions: their splitNode tests parse-latin's `newLine` and `terminalMarker` (checked in
  // english-paragraph-steps.ts), here by character code
  Object.assign(CorpusEnglish.prototype, {tokenizeRoot, tokenizeParagraph});
}

if (PARAGRAPH_STEPS_REPLACED) {
  (CorpusEnglish.prototype as unknown as {tokenizeParagraphPlugins: ParagraphPlugin[]}).tokenizeParagraphPlugins = [paragraphSteps];
} else if (REPLACED || FULL_STOPS_REPLACED) {
  (CorpusEnglish.prototype as unknown as {tokenizeParagraphPlugins: ParagraphPlugin[]}).tokenizeParagraphPlugins = stock.map((p) =>
    REPLACED && p === breaks[0] ? breakImplicitSentences : FULL_STOPS_REPLACED && p === STOCK_MERGE_REMAINING_FULL_STOPS ? (mergeRemainingFullStops as unknown as ParagraphPlugin) : p,
  );
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

// The steps' rare paths run here at load on a short fixed text, so that the steps are optimised with them
// (docs/performance.md, 'Why some code is written as it is'). The trees are dropped.
{
  const warm = 'The U.S.-led talks on A/B tests at AT&T ended... Mr. Smith said: "It’s 3.5 per cent." \n\n Then (i.e. later) a co-op.\n';
  for (let k = 0; k < 8; k++) new CorpusEnglish().parse(warm);
}
