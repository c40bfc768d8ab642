import {describe, it, expect} from 'vitest';
import {collapseSpaces} from '../../src/text/chars.js';

describe('collapseSpaces', () => {
  it('makes each run of white space one space, as /\\s+/g does', () => {
    for (const s of ['a  b', 'a\tb', 'a \n b', 'a\u00a0\u00a0b', 'a b  ', '  a b', 'one two three']) {
      expect(collapseSpaces(s)).toBe(s.replace(/\s+/g, ' '));
    }
  });
  it('reads only the range it is given', () => {
    expect(collapseSpaces('xx a   b yy', 3, 8)).toBe('a b');
    expect(collapseSpaces('xx a b yy', 3, 6)).toBe('a b');
  });
});
