// Which parts of a Markdown file are prose. Front matter, code (fenced, indented, inline), HTML and link
// reference definitions are not: no rule reads them and no fix may touch them. The mask is a list of
// guards computed from the mdast tree of the one parse, kept with the file's result (plain numbers, so it
// is cached and sent from workers like the rest), and read in three places:
// - the text layer shows the lines a block guard covers as blank (every line-based analysis skips them)
//   and drops name mentions inside a guard (a URL or code span is not a name);
// - the engine drops a rule's message that lies wholly inside a guard (rules that scan the raw text of a
//   sentence would otherwise read a code span or a link title), and clears `fixable` on a message whose
//   edit a guard forbids, so the report says so;
// - the fixer refuses such an edit (a second line of defence: a message from elsewhere, a stale result).
//
// A guard is four numbers [start, end, unitStart, unitEnd]: an edit [s, e) may not overlap [start, end)
// unless it removes the whole unit [unitStart, unitEnd) with it. Block guards have no unit (-1): nothing may
// touch them. Inline guards (a code span, inline HTML, a link's destination) may go with a deleted line,
// but never be cut into: a link's text may be respelled, its URL may not.
import type {Root, Nodes, Parents} from 'mdast';

/** Flat guards: [start, end, unitStart, unitEnd] per guard, sorted by start. */
export type Guards = number[];

export const GUARD_WIDTH = 4;

/** Node types that are never prose, wherever they stand. */
const BLOCK = new Set(['yaml', 'toml', 'code', 'definition', 'footnoteDefinition']);
/** Parents whose children are phrasing content: HTML inside them is inline HTML. */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell']);

function offsets(node: Nodes): [number, number] | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : [start, end];
}

/** The guards of a Markdown tree (positions are offsets in the text it was parsed from). */
export function markdownGuards(tree: Root): Guards {
  const out: number[] = [];
  const stack: Array<{node: Nodes; parent?: Parents}> = [{node: tree}];
  while (stack.length) {
    const {node, parent} = stack.pop()!;
    const at = offsets(node);
    if (at) {
      const [start, end] = at;
      if (BLOCK.has(node.type) || (node.type === 'html' && !(parent && PHRASING_PARENTS.has(parent.type)))) {
        out.push(start, end, -1, -1);
        continue;
      }
      if (node.type === 'inlineCode' || node.type === 'html' || node.type === 'image' || node.type === 'imageReference') {
        out.push(start, end, start, end);
        continue;
      }
      if (node.type === 'link' || node.type === 'linkReference') {
        const children = node.children;
        const last = children.length ? offsets(children[children.length - 1]) : undefined;
        // `[text](url)`, `[text][label]`: the text is prose, what follows it is not. A `[label]` or
        // `[label][]` reference is named by its text: all of it is guarded.
        const shortcut = node.type === 'linkReference' && node.referenceType !== 'full';
        const from = last && !shortcut ? last[1] : start;
        out.push(from, end, start, end);
        if (!shortcut && children.length) out.push(start, start + 1, start, end); // the opening bracket
      }
    }
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({node: node.children[i] as Nodes, parent: node as Parents});
    }
  }
  return sortGuards(out);
}

function sortGuards(flat: number[]): Guards {
  const list: number[][] = [];
  for (let i = 0; i < flat.length; i += GUARD_WIDTH) list.push(flat.slice(i, i + GUARD_WIDTH));
  list.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return list.flat();
}

/** Guards of a piece, moved by `by` (a segment of a long file). */
export function shiftGuards(guards: Guards, by: number): Guards {
  if (by === 0) return guards;
  return guards.map((v, i) => (i % GUARD_WIDTH >= 2 && v < 0 ? v : v + by));
}

/** Prefix maximum of the guards' ends (guard i: the largest end among guards 0..i), per guards array. */
const reach = new WeakMap<Guards, Float64Array>();
function reachOf(guards: Guards): Float64Array {
  let r = reach.get(guards);
  if (!r) {
    r = new Float64Array(guards.length / GUARD_WIDTH);
    let max = -1;
    for (let k = 0; k < r.length; k++) r[k] = max = Math.max(max, guards[k * GUARD_WIDTH + 1]);
    reach.set(guards, r);
  }
  return r;
}

/**
 * Calls `visit(k)` for each guard k whose start is below `limit` and whose end is above `from`, last first;
 * stops when visit returns true. Binary search plus the prefix maximum of ends: logarithmic per query
 * (guards barely overlap), so checking every message of a file stays linear.
 */
function someGuard(guards: Guards, from: number, limit: number, visit: (k: number) => boolean): boolean {
  const n = guards.length / GUARD_WIDTH;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (guards[mid * GUARD_WIDTH] < limit) lo = mid + 1;
    else hi = mid;
  }
  const r = reachOf(guards);
  for (let k = lo - 1; k >= 0 && r[k] > from; k--) {
    if (guards[k * GUARD_WIDTH + 1] > from && visit(k)) return true;
  }
  return false;
}

/** Whether an edit replacing [start, end) (an insertion when start = end) is forbidden by a guard. */
export function editForbidden(guards: Guards | undefined, start: number, end: number): boolean {
  if (!guards || guards.length === 0) return false;
  // An insertion at `start` falls inside a guard that begins before it and ends after it.
  return someGuard(guards, start, start === end ? start : end, (k) => {
    const u0 = guards[k * GUARD_WIDTH + 2];
    const u1 = guards[k * GUARD_WIDTH + 3];
    return u0 < 0 || !(start <= u0 && end >= u1);
  });
}

/** Whether [start, end) lies wholly inside one guard (a quotation inside a code span, a figure in a link title). */
export function insideGuard(guards: Guards | undefined, start: number, end: number): boolean {
  if (!guards || guards.length === 0) return false;
  return someGuard(guards, start, start + 1, (k) => guards[k * GUARD_WIDTH + 1] >= Math.max(end, start + 1));
}

/** Whether [start, end) overlaps any guard (a name mention inside a URL or code span). */
export function overlapsGuard(guards: Guards | undefined, start: number, end: number): boolean {
  if (!guards || guards.length === 0) return false;
  return someGuard(guards, start, end, () => true);
}

/** Block guards only, as [start, end) pairs in order (the lines they touch are not prose). */
export function blockRanges(guards: Guards | undefined): number[] {
  const out: number[] = [];
  if (!guards) return out;
  for (let i = 0; i < guards.length; i += GUARD_WIDTH) if (guards[i + 2] < 0) out.push(guards[i], guards[i + 1]);
  return out;
}
