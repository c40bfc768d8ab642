// parse-english's seven sentence steps as one step of direct loops; the trees are the same
// (test/engine/english-parser.test.ts). Each stock step is a modifier wrapped by unist-util-modify-children
// (or visit-children) and walks every token of a text (the parse runs them on the whole text before it cuts
// it into sentences); the generic wrapper cost more than the steps themselves (docs/performance.md, 'Why some code is written as it is').
// The modifiers below are parse-english 7.0.0's and parse-latin 7.0.0's, copied (MIT,
// (c) Titus Wormer), each driven by a loop with the wrapper's visiting order: a modifier's returned number is
// the index visited next; the visit steps go on to the next index whatever they did. They are used only with
// those versions installed (english-parser.ts); the character classes the steps test (`numerical`) come from
// parse-latin's own module.
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {packageDir, versionOf} from './installed-package.js';

type Point = {line: number; column: number; offset: number};
type Position = {start: Point; end: Point};
/** An nlcst node as these steps read it. */
export type Node = {type: string; value?: string; children?: Node[]; position?: Position};
type Parent = Node & {children: Node[]};

/** nlcst-to-string. */
export function toString(node: Node): string {
  if ('value' in node) return node.value as string;
  const children = node.children;
  if (!children) return '';
  let result = '';
  for (let i = 0; i < children.length; i++) result += toString(children[i]);
  return result;
}

const apostrophe = /^['’]$/;
const elisionPrefix = /^(ol?)$/;
const elisionAffix = /^(t(?:were|(?:wa|i)s)|cause|e[mr]|im|\d\ds?)$/;
const wordSymbolInner = /^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/;

const englishDir = packageDir(import.meta.url, 'parse-english');
const latinDir = englishDir ? packageDir(path.join(englishDir, 'index.js'), 'parse-latin') : undefined;

/** parse-latin's directory when parse-english and parse-latin are the 7.0.0 the steps here (and in
 * english-paragraph-steps.ts) were copied from. */
export const LATIN_7_DIR = versionOf(englishDir) === '7.0.0' && versionOf(latinDir) === '7.0.0' ? latinDir : undefined;
/** parse-english's directory under the same condition. */
export const ENGLISH_7_DIR = LATIN_7_DIR ? englishDir : undefined;

let numerical: RegExp | undefined;
if (LATIN_7_DIR) {
  try {
    const expressions = (await import(pathToFileURL(path.join(LATIN_7_DIR, 'lib', 'expressions.js')).href)) as {numerical?: unknown; wordSymbolInner?: unknown};
    if (expressions.numerical instanceof RegExp && expressions.wordSymbolInner instanceof RegExp && expressions.wordSymbolInner.source === wordSymbolInner.source) {
      numerical = expressions.numerical;
    }
  } catch {
    numerical = undefined;
  }
}
/** Whether the copied steps match the installed parsers (else parse-english's own steps stand). */
export const AVAILABLE = numerical !== undefined;
const NUMERICAL = numerical ?? /$^/;

// parse-english: mergeEnglishElisionExceptions (a visit step)
function mergeEnglishElisionExceptions(child: Node, index: number, sentence: Parent): void {
  if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
    const siblings = sentence.children;
    const length = siblings.length;
    const value = toString(child);
    if (value === '/') {
      const sibling = siblings[index - 1];
      if (sibling && sibling.type === 'WordNode' && toString(sibling).toLowerCase() === 'w') {
        siblings.splice(index, 1);
        (sibling.children as Node[]).push(child);
        if (sibling.position && child.position) sibling.position.end = child.position.end;
      }
    } else if (apostrophe.test(value)) {
      const sibling = siblings[index - 1];
      if (
        index > 2 &&
        index < length - 1 &&
        sibling.type === 'WordNode' &&
        siblings[index - 2].type === 'WhiteSpaceNode' &&
        siblings[index + 1].type === 'WhiteSpaceNode' &&
        elisionPrefix.test(toString(sibling).toLowerCase())
      ) {
        siblings.splice(index, 1);
        (sibling.children as Node[]).push(child);
        if (sibling.position && child.position) sibling.position.end = child.position.end;
        return;
      }
      if (index !== length - 1 && siblings[index + 1].type === 'WordNode' && (index === 0 || siblings[index - 1].type !== 'WordNode')) {
        const sibling = siblings[index + 1];
        const value = toString(sibling).toLowerCase();
        const other = siblings[index + 2];
        if (sibling.type === 'WordNode' && elisionAffix.test(value)) {
          siblings.splice(index, 1);
          (sibling.children as Node[]).unshift(child);
          if (sibling.position && child.position) sibling.position.start = child.position.start;
        } else if (sibling.type === 'WordNode' && value === 'n' && other && other.type === 'PunctuationNode' && apostrophe.test(toString(other))) {
          siblings.splice(index, 1);
          siblings.splice(index + 1, 1);
          (sibling.children as Node[]).unshift(child);
          (sibling.children as Node[]).push(other);
          if (sibling.position) {
            if (child.position) sibling.position.start = child.position.start;
            if (other.position) sibling.position.end = other.position.end;
          }
        }
      }
    }
  }
}

// parse-latin: mergeInitialWordSymbol
function mergeInitialWordSymbol(child: Node, index: number, parent: Parent): number | undefined {
  if ((child.type !== 'SymbolNode' && child.type !== 'PunctuationNode') || toString(child) !== '&') return undefined;
  const children = parent.children;
  const next = children[index + 1];
  if ((index > 0 && children[index - 1].type === 'WordNode') || !(next && next.type === 'WordNode')) return undefined;
  children.splice(index, 1);
  (next.children as Node[]).unshift(child);
  if (next.position && child.position) next.position.start = child.position.start;
  return index - 1;
}

// parse-latin: mergeFinalWordSymbol
function mergeFinalWordSymbol(child: Node, index: number, parent: Parent): number | undefined {
  if (index > 0 && (child.type === 'SymbolNode' || child.type === 'PunctuationNode') && toString(child) === '-') {
    const children = parent.children;
    const previous = children[index - 1];
    const next = children[index + 1];
    if ((!next || next.type !== 'WordNode') && previous && previous.type === 'WordNode') {
      children.splice(index, 1);
      (previous.children as Node[]).push(child);
      if (previous.position && child.position) previous.position.end = child.position.end;
      return index;
    }
  }
  return undefined;
}

// parse-latin: mergeInnerWordSymbol
function mergeInnerWordSymbol(child: Node, index: number, parent: Parent): number | undefined {
  if (index > 0 && (child.type === 'SymbolNode' || child.type === 'PunctuationNode')) {
    const siblings = parent.children;
    const previous = siblings[index - 1];
    if (previous && previous.type === 'WordNode') {
      let position = index - 1;
      const tokens: Node[] = [];
      let queue: Node[] = [];
      while (siblings[++position]) {
        const sibling = siblings[position];
        if (sibling.type === 'WordNode') {
          tokens.push(...queue, ...(sibling.children as Node[]));
          queue = [];
        } else if ((sibling.type === 'SymbolNode' || sibling.type === 'PunctuationNode') && wordSymbolInner.test(toString(sibling))) {
          queue.push(sibling);
        } else {
          break;
        }
      }
      if (tokens.length > 0) {
        if (queue.length > 0) position -= queue.length;
        siblings.splice(index, position - index);
        (previous.children as Node[]).push(...tokens);
        const last = tokens[tokens.length - 1];
        if (previous.position && last.position) previous.position.end = last.position.end;
        return index;
      }
    }
  }
  return undefined;
}

// parse-latin: mergeInnerWordSlash
function mergeInnerWordSlash(child: Node, index: number, parent: Parent): number | undefined {
  const siblings = parent.children;
  const previous = siblings[index - 1];
  if (previous && previous.type === 'WordNode' && (child.type === 'SymbolNode' || child.type === 'PunctuationNode') && toString(child) === '/') {
    const previousValue = toString(previous);
    let tail = child;
    const queue: Node[] = [child];
    let count = 1;
    let nextValue = '';
    const next = siblings[index + 1];
    if (next && next.type === 'WordNode') {
      nextValue = toString(next);
      tail = next;
      queue.push(...(next.children as Node[]));
      count++;
    }
    if (previousValue.length < 3 && (!nextValue || nextValue.length < 3)) {
      (previous.children as Node[]).push(...queue);
      siblings.splice(index, count);
      if (previous.position && tail.position) previous.position.end = tail.position.end;
      return index;
    }
  }
  return undefined;
}

// parse-latin: mergeInitialisms
function mergeInitialisms(child: Node, index: number, parent: Parent): number | undefined {
  if (index > 0 && child.type === 'PunctuationNode' && toString(child) === '.') {
    const previous = parent.children[index - 1];
    const children = previous.children;
    if (previous.type === 'WordNode' && children && children.length !== 1 && children.length % 2 !== 0) {
      let position = children.length;
      let isAllDigits = true;
      while (children[--position]) {
        const value = toString(children[position]);
        if (position % 2 === 0) {
          if (value.length > 1) return undefined;
          if (!NUMERICAL.test(value)) isAllDigits = false;
        } else if (value !== '.') {
          if (position < children.length - 2) break;
          else return undefined;
        }
      }
      if (!isAllDigits) {
        parent.children.splice(index, 1);
        children.push(child);
        if (previous.position && child.position) previous.position.end = child.position.end;
        return index;
      }
    }
  }
  return undefined;
}

// parse-latin: patchPosition (a visit step that acts at the first and last child only)
export function patchPositionAt(child: Node, index: number, node: Parent): void {
  const siblings = node.children;
  if (child.position && index < 1 && (!node.position || !node.position.start)) {
    if (!node.position) node.position = {} as Position;
    node.position.start = child.position.start;
  }
  if (child.position && index === siblings.length - 1 && (!node.position || !node.position.end)) {
    if (!node.position) node.position = {} as Position;
    node.position.end = child.position.end;
  }
}

type Modifier = (child: Node, index: number, parent: Parent) => number | undefined;

/** unist-util-modify-children's order: a returned number is the index visited next. */
function modify(parent: Parent, modifier: Modifier): void {
  const children = parent.children;
  for (let index = 0; index < children.length; index++) {
    const result = modifier(children[index], index, parent);
    // array-iterate skips the indices below 0 (not in the array): the next visited is at least 0
    if (result !== undefined) index = (result < 0 ? 0 : result) - 1;
  }
}

// The marks whose presence among a text's top-level children a step needs to do anything.
const MARK_AMPERSAND = 1, MARK_HYPHEN = 2, MARK_SLASH = 4, MARK_FULL_STOP = 8, MARK_ALL = 15;

/** The step mark of a top-level punctuation or symbol node's value, else 0. */
function markOf(value: string): number {
  if (value.length !== 1) return 0;
  const c = value.charCodeAt(0);
  return c === 38 ? MARK_AMPERSAND : c === 45 ? MARK_HYPHEN : c === 47 ? MARK_SLASH : c === 46 ? MARK_FULL_STOP : 0;
}

/** The seven sentence steps of parse-english, in its order. */
export function sentenceSteps(sentence: Parent): void {
  if (!sentence || !sentence.children) throw new Error('Missing children in `parent` for `visit`');
  const children = sentence.children;
  // Four steps act only at a top-level punctuation or symbol node of one value ('&', '-', '/', '.'), and no
  // step adds a top-level node (each moves nodes into a word), so a step whose mark is not among the
  // children is a pass over every token that changes nothing: it is skipped. The marks are read in the
  // first step's loop; when that step moves a node, the node after it is not visited, so all steps run.
  let marks = 0;
  // visit-children: the next index whatever the visitor did
  for (let index = 0; index < children.length; index++) {
    const child = children[index];
    const length = children.length;
    mergeEnglishElisionExceptions(child, index, sentence);
    if (children.length !== length) marks = MARK_ALL;
    else if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') marks |= markOf(toString(child));
  }
  if (marks & MARK_AMPERSAND) modify(sentence, mergeInitialWordSymbol);
  if (marks & MARK_HYPHEN) modify(sentence, mergeFinalWordSymbol);
  modify(sentence, mergeInnerWordSymbol);
  if (marks & MARK_SLASH) modify(sentence, mergeInnerWordSlash);
  if (marks & MARK_FULL_STOP) modify(sentence, mergeInitialisms);
  const length = children.length;
  if (length > 0) patchPositionAt(children[0], 0, sentence);
  if (length > 1) patchPositionAt(children[length - 1], length - 1, sentence);
}
