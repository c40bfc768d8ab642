// A bound on the size of one file (issue 20): a 200 MB article peaked at 2.8 GB, about 14 bytes per byte.
// Segments (segments.ts) bound the parse, but not what a file's text, its messages and its report hold:
// those grow with the file. So a file over MAX_FILE_BYTES is not read at all (its size comes from the
// opened descriptor) and not linted: it gets one message saying so, and the run goes on. Real articles
// are far below the bound (the largest of the shared corpora is 100 KB); docs/performance.md has the figures.
import fs from 'node:fs';

export const MAX_FILE_BYTES = 8 * 1024 * 1024;
export const TOO_LARGE_RULE = 'file-too-large';

export class FileTooLarge extends Error {
  readonly size: number;
  constructor(size: number) {
    super(tooLargeReason(size));
    this.name = 'FileTooLarge';
    this.size = size;
  }
}

export function tooLargeReason(size: number): string {
  return `File too large (${size} bytes; files over 8 MiB are not linted): not linted`;
}

/** The bytes of a file to lint, or FileTooLarge before reading any when it is over the bound. */
export function readArticle(abs: string, max = MAX_FILE_BYTES): Uint8Array {
  const fd = fs.openSync(abs, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (size > max) throw new FileTooLarge(size);
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
