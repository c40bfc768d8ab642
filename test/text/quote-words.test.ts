// Quote word counts read word starts by character codes; they must be the starts `[\p{L}\p{N}]+` finds.
import {describe, it, expect} from 'vitest';
import {wordStartsIn} from '../../src/text/quotes.js';

const byRegex = (text: string) => [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m.index);

describe('wordStartsIn', () => {
  it.each([
    ['plain words and punctuation', '"We will rebuild," she said.'],
    ['digits, apostrophes and hyphens split words', "It's 6,500 well-known 2nd-place runners."],
    ['letters beyond ASCII, marks and other numerals', 'Café Zürich ½ Ⅻ naïve ١٢٣ 北京 e\u0301t\u0301e'],
    ['astral letters and a lone surrogate', '𝐀𝐁 x\ud835 y \udc00z 😀a'],
    ['empty', ''],
  ])('%s', (_name, text) => {
    expect(wordStartsIn(text)).toEqual(byRegex(text));
  });

  it('agrees with the regex on random text of mixed scripts', () => {
    const pool = ['a', 'Z', '9', ' ', '"', '’', '-', 'é', '\u0301', 'ж', '中', '½', '٣', '\ud835\udc00', '\ud835', '\udc00', '😀', '\n', '.'];
    let seed = 42;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % pool.length);
    for (let k = 0; k < 200; k++) {
      let text = '';
      for (let i = 0; i < 40; i++) text += pool[next()];
      expect(wordStartsIn(text)).toEqual(byRegex(text));
    }
  });
});
