// Very large files are linted in segments, so memory stays bounded. The nlcst tree of a text costs about
// 100 times the text in memory (a 5 MB single line needs ~600 MB; a 50 MB article ran out of a 4 GB heap),
// so a text longer than SEGMENT_CHARS (256 Ki UTF-16 units) is cut into pieces of at most that length, each parsed and checked
// alone, and every position a piece reports is shifted back into the whole file. Memory is then bounded
// by the piece, and time stays linear in the file.
//
// Cuts fall, by preference, at a blank line (paragraph), a line break, a sentence end, a space, and only
// as a last resort anywhere (never inside a surrogate pair or a CRLF). A finding that would span a cut
// (a quote or a name across a paragraph break 1 MB into an article) can be missed: that is the price,
// paid only by files of over 256 KB. Corpus facts are kept per segment (FileResult.segments) and the
// corpus pass folds and checks each segment as it would a file, shifting what it reports.
import type {LintMessage, Place, Point} from '../types.js';
import type {Directive} from './directives.js';
import {shiftGuards, type Guards} from '../text/prose-mask.js';

/** Texts longer than this (UTF-16 units) are linted in segments of at most this length. */
export const SEGMENT_CHARS = 1 << 18;

export interface Segment {
  /** Where the segment starts in the whole file. */
  at: Point;
  /** The corpus rules' facts from this segment, in segment coordinates. */
  facts: Record<string, unknown>;
}

/** Offsets where the text is cut: [0, c1, c2, ..., text.length]. */
export function segmentBounds(text: string, max = SEGMENT_CHARS): number[] {
  const bounds = [0];
  let start = 0;
  while (text.length - start > max) {
    const limit = start + max;
    const floor = start + (max >> 1); // a cut is searched for in the second half of the window only
    let cut = -1;
    const para = text.lastIndexOf('\n\n', limit - 2);
    if (para >= floor) cut = para + 2;
    if (cut < 0) {
      const nl = text.lastIndexOf('\n', limit - 1);
      if (nl >= floor) cut = nl + 1;
    }
    if (cut < 0) {
      // A sentence end followed by a space, searched backwards from the limit.
      for (let i = limit - 1; i >= floor; i--) {
        const c = text.charCodeAt(i);
        if ((c === 32 || c === 9) && /[.!?]["'\u201d\u2019)]?$/.test(text.slice(Math.max(start, i - 2), i))) {
          cut = i + 1;
          break;
        }
      }
    }
    if (cut < 0) {
      const sp = Math.max(text.lastIndexOf(' ', limit - 1), text.lastIndexOf('\t', limit - 1));
      if (sp >= floor) cut = sp + 1;
    }
    if (cut < 0) {
      cut = limit;
      const prev = text.charCodeAt(cut - 1);
      if ((prev >= 0xd800 && prev <= 0xdbff) || prev === 13) cut--; // high surrogate or the CR of a CRLF
    }
    bounds.push(cut);
    start = cut;
  }
  bounds.push(text.length);
  return bounds;
}

/** The point of an offset, counted from a known point (lines and columns advance over `text`). */
export function advance(from: Point, text: string, start: number, end: number): Point {
  let {line, column} = from;
  let lineStart = -1;
  for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  column = lineStart === -1 ? column + (end - start) : end - lineStart + 1;
  return {line, column, offset: from.offset + (end - start)};
}

/** A point of a segment, moved into the whole file. */
export function shiftPoint(p: Point, at: Point): Point {
  return {line: p.line + at.line - 1, column: p.line === 1 ? p.column + at.column - 1 : p.column, offset: p.offset + at.offset};
}

export function shiftPlace(place: Place, at: Point): Place {
  return {start: shiftPoint(place.start, at), end: shiftPoint(place.end, at)};
}

export function shiftMessage(m: LintMessage, at: Point): LintMessage {
  if (at.offset === 0) return m;
  const out: LintMessage = {...m, place: shiftPlace(m.place, at)};
  if (m.cause?.place && !m.cause.file) out.cause = {...m.cause, place: shiftPlace(m.cause.place, at)};
  return out;
}

export function shiftDirective(d: Directive, at: Point): Directive {
  return at.offset === 0 ? d : {...d, place: shiftPlace(d.place, at)};
}

interface Piece {
  messages: LintMessage[];
  facts: Record<string, unknown>;
  directives: Directive[];
  guards?: Guards;
}

/** Lint a long text piece by piece with `lintPiece` (processText on a short text), merged into one result. */
export function lintInSegments(text: string, lintPiece: (piece: string) => Piece, max = SEGMENT_CHARS):
  {messages: LintMessage[]; facts: Record<string, unknown>; directives: Directive[]; segments: Segment[]; guards?: Guards} {
  const bounds = segmentBounds(text, max);
  const messages: LintMessage[] = [];
  const guards: number[] = [];
  const directives: Directive[] = [];
  const segments: Segment[] = [];
  let at: Point = {line: 1, column: 1, offset: 0};
  for (let i = 0; i + 1 < bounds.length; i++) {
    const piece = lintPiece(text.slice(bounds[i], bounds[i + 1]));
    for (const m of piece.messages) messages.push(shiftMessage(m, at));
    for (const d of piece.directives) directives.push(shiftDirective(d, at));
    if (piece.guards) for (const g of shiftGuards(piece.guards, at.offset)) guards.push(g);
    segments.push({at, facts: piece.facts});
    at = advance(at, text, bounds[i], bounds[i + 1]);
  }
  return guards.length ? {messages, facts: {}, directives, segments, guards} : {messages, facts: {}, directives, segments};
}

/** The facts of one corpus rule in a file result, each with the point its places are relative to. */
export function factParts(result: {facts: Record<string, unknown>; segments?: Segment[]}, id: string): Array<{facts: unknown; at?: Point}> {
  if (result.segments) return result.segments.filter((s) => id in s.facts).map((s) => ({facts: s.facts[id], at: s.at}));
  return id in result.facts ? [{facts: result.facts[id]}] : [];
}
