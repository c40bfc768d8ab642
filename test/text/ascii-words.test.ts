// AsciiWords answers what `map.get(text.slice(a, b).toLowerCase())` answers for an ASCII range, without the slice.
import {describe, it, expect} from 'vitest';
import {AsciiWords} from '../../src/text/ascii-words.js';

describe('AsciiWords', () => {
  const table = new AsciiWords([['the', 1], ['said', 2], ["it's", 4], ['a.m', 8]]);
  it('finds a word in a range, capitals folded', () => {
    const text = 'xx THE Said it\'s A.M theory';
    expect(table.get(text, 3, 6)).toBe(1);
    expect(table.get(text, 7, 11)).toBe(2);
    expect(table.get(text, 12, 16)).toBe(4);
    expect(table.get(text, 17, 20)).toBe(8);
  });
  it('answers 0 for a word not in it, a prefix of one, or a range with other characters', () => {
    const text = 'theory th é the';
    expect(table.get(text, 0, 6)).toBe(0);
    expect(table.get(text, 7, 9)).toBe(0);
    expect(table.get(text, 10, 11)).toBe(0);
    expect(table.get(text, 0, 0)).toBe(0);
  });
  it('takes lower-case ASCII words only', () => {
    expect(() => new AsciiWords([['The', 1]])).toThrow();
    expect(() => new AsciiWords([['été', 1]])).toThrow();
  });
});
