// AsciiWords answers what `map.get(text.slice(a, b).toLowerCase())` answers for an ASCII range, without the slice.
import {describe, it, expect} from 'vitest';
import {AsciiWords} from '../../src/text/ascii-words.js';

describe('AsciiWords', () => {
  const table = new AsciiWords([['the', 1], ['said', 2], ["it's", 4], ['a.m', 8]]);
  // [text, from, to, answer]: a word in a range with capitals folded; 0 for a word not in it, a prefix of one,
  // a range with other characters, an empty range
  const cases: Array<[string, number, number, number]> = [
    ["xx THE Said it's A.M theory", 3, 6, 1], ["xx THE Said it's A.M theory", 7, 11, 2],
    ["xx THE Said it's A.M theory", 12, 16, 4], ["xx THE Said it's A.M theory", 17, 20, 8],
    ['theory th é the', 0, 6, 0], ['theory th é the', 7, 9, 0], ['theory th é the', 10, 11, 0], ['theory th é the', 0, 0, 0],
  ];
  it.each(cases)('get(%j, %i, %i) is %i', (text, from, to, answer) => {
    expect(table.get(text, from, to)).toBe(answer);
  });
  it('takes lower-case ASCII words only', () => {
    expect(() => new AsciiWords([['The', 1]])).toThrow();
    expect(() => new AsciiWords([['été', 1]])).toThrow();
  });
});
