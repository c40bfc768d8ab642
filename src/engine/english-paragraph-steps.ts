// parse-latin 7.0.0's mergeRemainingFullStops (a paragraph step) as a direct loop; the trees are the same
// (test/engine/english-parser.test.ts). The stock step walks each sentence backwards with
// `while (children[--position])`, which ends by reading index -1: a negative index is a named property,
// looked up through the array's prototype chain in the runtime, once per sentence (most of the step's
// ~1% of a one-thread run). It also tests each mark with a regular expression. The modifier below is
// parse-latin's, copied (MIT, (c) Titus Wormer); the english-parser module puts it in place of the stock
// step only when that step is the installed 7.0.0's.
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {LATIN_7_DIR, toString, type Node} from './english-sentence-steps.js';

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
