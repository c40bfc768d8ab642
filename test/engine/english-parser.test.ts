// The engine's English parser (src/engine/english-parser.ts) must give parse-english's trees exactly.
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ParseEnglish} from 'parse-english';
import {CorpusEnglish, REPLACED} from '../../src/engine/english-parser.js';

const root = path.resolve(import.meta.dirname, '..', '..');

function same(text: string): void {
  expect(JSON.stringify(new CorpusEnglish().parse(text))).toBe(JSON.stringify(new ParseEnglish().parse(text)));
}

describe('CorpusEnglish', () => {
  it('replaces the line-break step of parse-latin', () => {
    expect(REPLACED).toBe(true);
  });

  it('gives the same tree on blank lines written every way', () => {
    for (const text of ['a\r\rb', 'a\r\n\r\nb c', 'a \n \r b', 'a\n\rb', 'One.\n\n\nTwo\r\n\nthree', 'x\u2028\u2029y', 'Hi\n\n', '\n\nHi', 'He said\n \n"No."\n\nShe left.\n\n\n\nEnd']) same(text);
  });

  it('gives the same tree on the seed articles', () => {
    const dir = path.join(root, 'seeds');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) same(fs.readFileSync(path.join(dir, f), 'utf8'));
  });
});
