// Physical lines of a file, as scraped text is best judged line by line.
import {isWhiteSpace} from './chars.js';

export interface Line {
  /** 1-based line number. */
  number: number;
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character, line ending excluded. */
  end: number;
  text: string;
  /** True for an empty or whitespace-only line. */
  blank: boolean;
}

export function buildLines(text: string, lineStarts: number[]): Line[] {
  const lines: Line[] = [];
  for (let i = 0; i < lineStarts.length; i++) {
    const start = lineStarts[i];
    let end = i + 1 < lineStarts.length ? lineStarts[i + 1] - 1 : text.length;
    if (end > start && text.charCodeAt(end - 1) === 13) end--; // CR of a CRLF
    const value = text.slice(start, end);
    lines.push({number: i + 1, start, end, text: value, blank: value.trim() === ''});
  }
  return lines;
}

/** `line.text.trimEnd().length`, read from the file's text (no copy of the line). */
export function trimmedLength(text: string, line: Line): number {
  let end = line.end;
  while (end > line.start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end - line.start;
}
