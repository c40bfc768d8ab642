// Offsets to lines: where each line starts, and which line holds an offset (a binary search). Shared by
// the text layer and --fix (which places kept messages in the fixed text).
import type {Point} from '../types.js';

/** The offset at which each line of `text` starts (the first is 0). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 0-based index of the line that holds `offset`. */
export function lineIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The point of `offset` (no clamping: the caller keeps it in the text). */
export function pointAt(starts: readonly number[], offset: number): Point {
  const line = lineIndexAt(starts, offset);
  return {line: line + 1, column: offset - starts[line] + 1, offset};
}
