// parse-latin 7.0.0's mergeRemainingFullStops (a paragraph step) as a direct loop; the trees are the same
// (test/engine/english-parser.test.ts). The stock step walks each sentence backwards with
// `while (children[--position])`, which ends by reading index -1: a negative index is a named property,
// looked up through the array's prototype chain in the runtime, once per sentence (most of the step's
// ~1% of a one-thread run). It also tests each mark with a regular expression. The modifier below is
// parse-latin's, copied (MIT, (c) Titus Wormer); the english-parser module puts it in place of the stock
// step only when that step is the installed 7.0.0's.
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {ENGLISH_7_DIR, LATIN_7_DIR, toString, type Node} from './english-sentence-steps.js';

type Parent = Node & {children: Node[]};

/** parse-latin's `terminalMarker`, /^([!.?\u2026\u203D]+)$/, by character code. */
export function isTerminalMarker(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c !== 33 && c !== 46 && c !== 63 && c !== 0x2026 && c !== 0x203d) return false;
  }
  return true;
}

/**
 * Full stops that do not end their sentence (all but the last terminal mark of a sentence) join the word
 * before them, or else the word after them; of parse-latin.
 */
export function mergeRemainingFullStops(paragraph: Parent): void {
  const sentences = paragraph && paragraph.children;
  if (!sentences) throw new Error('Missing children in `parent` for `visit`');
  for (let index = 0; index < sentences.length; index++) {
    const child = sentences[index];
    if (!('children' in child)) continue;
    const children = child.children as Node[];
    let position = children.length;
    let hasFoundDelimiter = false;
    while (--position >= 0) {
      const grandchild = children[position];
      if (grandchild.type !== 'SymbolNode' && grandchild.type !== 'PunctuationNode') {
        // A sentence without a terminal marker: as if one were found.
        if (grandchild.type === 'WordNode') hasFoundDelimiter = true;
        continue;
      }
      const value = toString(grandchild);
      if (!isTerminalMarker(value)) continue;
      // The first terminal marker from the end stays.
      if (!hasFoundDelimiter) {
        hasFoundDelimiter = true;
        continue;
      }
      // Only a single full stop is merged.
      if (value !== '.') continue;
      const previous = position > 0 ? children[position - 1] : undefined;
      const next = position + 1 < children.length ? children[position + 1] : undefined;
      if (previous && previous.type === 'WordNode') {
        const nextNext = position + 2 < children.length ? children[position + 2] : undefined;
        // A full stop followed by a space and another full stop stays: `{.} .`
        if (next && nextNext && next.type === 'WhiteSpaceNode' && toString(nextNext) === '.') continue;
        children.splice(position, 1);
        (previous.children as Node[]).push(grandchild);
        if (grandchild.position && previous.position) previous.position.end = grandchild.position.end;
        position--;
      } else if (next && next.type === 'WordNode') {
        children.splice(position, 1);
        (next.children as Node[]).unshift(grandchild);
        if (grandchild.position && next.position) next.position.start = grandchild.position.start;
      }
    }
  }
}

/** parse-latin's private `abbreviationPrefix` (merge-prefix-exceptions.js). */
const ABBREVIATION_PREFIX = new RegExp(
  '^(' +
    '[0-9]{1,3}|' +
    '[a-z]|' +
    'al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|' +
    'fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz' +
    ')$',
);

type Modifier = (child: Node, index: number, parent: Parent) => number | undefined;

/** unist-util-modify-children's order (array-iterate's): a returned number is the index visited next, and
 * indices below 0 are skipped. */
export function modify(parent: Parent, modifier: Modifier): void {
  if (!parent || !parent.children) throw new Error('Missing children in `parent` for `modifier`');
  const children = parent.children;
  for (let index = 0; index < children.length; index++) {
    const result = modifier(children[index], index, parent);
    if (result !== undefined) index = (result < 0 ? 0 : result) - 1;
  }
}

// The modify steps below are parse-english 7.0.0's (mergeEnglishPrefixExceptions) and parse-latin 7.0.0's,
// copied (MIT, (c) Titus Wormer); their regular expressions are the installed modules' own (`regexes`).

/** parse-english: a sentence ending in an abbreviation and a full stop joins the next one. */
export function mergeEnglishPrefixExceptions(sentence: Node, index: number, paragraph: Parent): number | undefined {
  if ('children' in sentence && sentence.children) {
    const length = sentence.children.length;
    const period = length > 0 ? sentence.children[length - 1] : undefined;
    const word = length > 1 ? sentence.children[length - 2] : undefined;
    if (period && period.type === 'PunctuationNode' && toString(period) === '.' && word && word.type === 'WordNode') {
      const value = toString(word);
      if (regexes.abbreviations.test(value.toLowerCase()) || regexes.abbreviationsSensitive.test(value)) {
        (word.children as Node[]).push(period);
        sentence.children.pop();
        if (period.position && word.position) word.position.end = period.position.end;
        const next = paragraph.children[index + 1];
        if (next && next.type === 'SentenceNode') {
          sentence.children.push(...(next.children as Node[]));
          paragraph.children.splice(index + 1, 1);
          if (next.position && sentence.position) sentence.position.end = next.position.end;
          return index - 1;
        }
      }
    }
  }
  return undefined;
}

/** A sentence without words joins the previous sentence, or else the next. */
export function mergeNonWordSentences(child: Node, index: number, parent: Parent): number | undefined {
  if ('children' in child) {
    const children = child.children as Node[];
    for (let position = 0; position < children.length; position++) {
      if (children[position].type === 'WordNode') return undefined;
    }
    const previous = index > 0 ? parent.children[index - 1] : undefined;
    if (previous && 'children' in previous) {
      (previous.children as Node[]).push(...children);
      parent.children.splice(index, 1);
      if (previous.position && child.position) previous.position.end = child.position.end;
      return index;
    }
    const next = parent.children[index + 1];
    if (next && 'children' in next) {
      (next.children as Node[]).unshift(...children);
      if (next.position && child.position) next.position.start = child.position.start;
      parent.children.splice(index, 1);
    }
  }
  return undefined;
}

/** Closing punctuation after a terminal marker goes back to the previous sentence. */
export function mergeAffixSymbol(child: Node, index: number, parent: Parent): number | undefined {
  if ('children' in child && (child.children as Node[]).length > 0 && index > 0) {
    const children = child.children as Node[];
    const previous = parent.children[index - 1];
    const first = children[0];
    const second = children.length > 1 ? children[1] : undefined;
    if (previous && previous.type === 'SentenceNode' && (first.type === 'SymbolNode' || first.type === 'PunctuationNode') && regexes.affixSymbol.test(toString(first))) {
      children.shift();
      (previous.children as Node[]).push(first);
      if (first.position && previous.position) previous.position.end = first.position.end;
      if (second && second.position && child.position) child.position.start = second.position.start;
      return index - 1;
    }
  }
  return undefined;
}

/** A sentence whose first word opens in lower case joins the previous sentence. */
export function mergeInitialLowerCaseLetterSentences(child: Node, index: number, parent: Parent): number | undefined {
  if (child.type === 'SentenceNode' && index > 0) {
    const previous = parent.children[index - 1];
    const children = child.children as Node[];
    if (children.length > 0 && previous.type === 'SentenceNode') {
      for (let position = 0; position < children.length; position++) {
        const node = children[position];
        if (node.type === 'WordNode') {
          if (!regexes.lowerInitial.test(toString(node))) return undefined;
          (previous.children as Node[]).push(...children);
          parent.children.splice(index, 1);
          if (previous.position && child.position) previous.position.end = child.position.end;
          return index;
        }
        if (node.type === 'SymbolNode' || node.type === 'PunctuationNode') return undefined;
      }
    }
  }
  return undefined;
}

/** A sentence opening with a digit joins the previous sentence. */
export function mergeInitialDigitSentences(child: Node, index: number, parent: Parent): number | undefined {
  const previous = index > 0 ? parent.children[index - 1] : undefined;
  if (previous && previous.type === 'SentenceNode' && child.type === 'SentenceNode') {
    const children = child.children as Node[];
    const head = children[0];
    if (head && head.type === 'WordNode' && regexes.digitStart.test(toString(head))) {
      (previous.children as Node[]).push(...children);
      parent.children.splice(index, 1);
      if (previous.position && child.position) previous.position.end = child.position.end;
      return index;
    }
  }
  return undefined;
}

/** parse-latin's case-insensitive abbreviations before a full stop that does not end a sentence. */
export function mergePrefixExceptions(child: Node, index: number, parent: Parent): number | undefined {
  if ('children' in child && (child.children as Node[]).length > 1) {
    const children = child.children as Node[];
    const period = children[children.length - 1];
    if (period && (period.type === 'PunctuationNode' || period.type === 'SymbolNode') && toString(period) === '.') {
      const node = children[children.length - 2];
      if (node && node.type === 'WordNode' && regexes.abbreviationPrefix.test(toString(node).toLowerCase())) {
        (node.children as Node[]).push(period);
        children.pop();
        if (period.position && node.position) node.position.end = period.position.end;
        const next = parent.children[index + 1];
        if (next && next.type === 'SentenceNode') {
          children.push(...(next.children as Node[]));
          parent.children.splice(index + 1, 1);
          if (next.position && child.position) child.position.end = next.position.end;
          return index - 1;
        }
      }
    }
  }
  return undefined;
}

/** A sentence that opens with a comma or semicolon (before any word) joins the previous one. */
export function mergeAffixExceptions(child: Node, index: number, parent: Parent): number | undefined {
  const previous = index > 0 ? parent.children[index - 1] : undefined;
  if (previous && 'children' in previous && 'children' in child && (child.children as Node[]).length > 0) {
    const children = child.children as Node[];
    for (let position = 0; position < children.length; position++) {
      const node = children[position];
      if (node.type === 'WordNode') return undefined;
      if (node.type === 'SymbolNode' || node.type === 'PunctuationNode') {
        const value = toString(node);
        if (value !== ',' && value !== ';') return undefined;
        (previous.children as Node[]).push(...children);
        if (previous.position && child.position) previous.position.end = child.position.end;
        parent.children.splice(index, 1);
        return index;
      }
    }
  }
  return undefined;
}

/** (a visit step) A sentence's opening white space becomes its sibling. */
export function makeInitialWhiteSpaceSiblings(child: Node, index: number, parent: Parent): void {
  if ('children' in child && child.children) {
    // (read within the length: a read past an array's end deoptimises the compiled step)
    const head = child.children.length > 0 ? child.children[0] : undefined;
    if (head && head.type === 'WhiteSpaceNode') {
      child.children.shift();
      parent.children.splice(index, 0, head);
      const next = child.children.length > 0 ? child.children[0] : undefined;
      if (next && next.position && child.position) child.position.start = next.position.start;
    }
  }
}

/** A sentence's closing white space becomes its sibling. */
export function makeFinalWhiteSpaceSiblings(child: Node, index: number, parent: Parent): number | undefined {
  if ('children' in child) {
    const children = child.children as Node[];
    const tail = children[children.length - 1];
    if (tail && tail.type === 'WhiteSpaceNode') {
      children.pop();
      parent.children.splice(index + 1, 0, tail);
      const previous = children[children.length - 1];
      if (previous && previous.position && child.position) child.position.end = previous.position.end;
      return index;
    }
  }
  return undefined;
}

export function removeEmptyNodes(child: Node, index: number, parent: Parent): number | undefined {
  if ('children' in child && (child.children as Node[]).length === 0) {
    parent.children.splice(index, 1);
    return index;
  }
  return undefined;
}

interface Regexes {
  abbreviations: RegExp;
  abbreviationsSensitive: RegExp;
  affixSymbol: RegExp;
  lowerInitial: RegExp;
  digitStart: RegExp;
  abbreviationPrefix: RegExp;
}
const NEVER = /$^/;
let regexes: Regexes = {abbreviations: NEVER, abbreviationsSensitive: NEVER, affixSymbol: NEVER, lowerInitial: NEVER, digitStart: NEVER, abbreviationPrefix: NEVER};
/** Whether the copies above have the installed parsers' expressions (else the stock steps stand). */
export let MODIFY_STEPS_AVAILABLE = false;
if (LATIN_7_DIR && ENGLISH_7_DIR) {
  try {
    const latin = (await import(pathToFileURL(path.join(LATIN_7_DIR, 'lib', 'expressions.js')).href)) as Record<string, unknown>;
    const english = (await import(pathToFileURL(path.join(ENGLISH_7_DIR, 'lib', 'regex.js')).href)) as Record<string, unknown>;
    const found = {
      abbreviations: english.abbreviations,
      abbreviationsSensitive: english.abbreviationsSensitive,
      affixSymbol: latin.affixSymbol,
      lowerInitial: latin.lowerInitial,
      digitStart: latin.digitStart,
      abbreviationPrefix: ABBREVIATION_PREFIX,
    };
    // splitNode's tests in english-parser.ts are copies of these two
    const copied =
      latin.newLine instanceof RegExp &&
      latin.newLine.source === '^[ \\t]*((\\r?\\n|\\r)[\\t ]*)+$' &&
      latin.terminalMarker instanceof RegExp &&
      latin.terminalMarker.source === '^([!.?\\u2026\\u203D]+)$';
    if (copied && Object.values(found).every((r) => r instanceof RegExp && !r.global && !r.sticky)) {
      regexes = found as Regexes;
      MODIFY_STEPS_AVAILABLE = true;
    }
  } catch {
    MODIFY_STEPS_AVAILABLE = false;
  }
}

let stock: unknown;
if (LATIN_7_DIR) {
  try {
    const module = (await import(pathToFileURL(path.join(LATIN_7_DIR, 'lib', 'plugin', 'merge-remaining-full-stops.js')).href)) as {mergeRemainingFullStops?: unknown};
    stock = module.mergeRemainingFullStops;
  } catch {
    stock = undefined;
  }
}
/** The installed parse-latin's own step (the one to replace), when it is 7.0.0's. */
export const STOCK_MERGE_REMAINING_FULL_STOPS = typeof stock === 'function' ? stock : undefined;
