// anyOfSource answers what the plain alternation `(?:p1)|(?:p2)|…` answers: whether some pattern matches.
import {describe, it, expect} from 'vitest';
import {anyOfSource} from '../../src/text/any-of-patterns.js';

const plain = (patterns: string[]) => new RegExp(patterns.map((p) => `(?:${p})`).join('|') || '(?!)', 'u');

describe('anyOfSource', () => {
  const patterns = [
    '\\bwe use cookies\\b', '^skip to\\b.{0,40}$', '\\bfoo|bar\\b', '\\b(?:a|b)c', '\\b[|]x', '\\Bing\\b', '\\(photo\\)\\s*$',
    'credits?\\s*:\\s*[^.!?:]{2,80}$',
  ];
  const texts = [
    'we use cookies', 'xwe use cookies', 'skip to content', 'a skip to', 'bar', 'xbar', 'foo', 'xfoo', 'ac', 'xbc', '|x',
    'a|x', 'sing', 'ing', 'the (photo)', 'photo credit: jane doe', 'nothing here', '', 'é we use cookies',
  ];
  it('matches where the plain alternation matches', () => {
    const any = new RegExp(anyOfSource(patterns), 'u');
    const reference = plain(patterns);
    for (const t of texts) expect([t, any.test(t)]).toEqual([t, reference.test(t)]);
  });
  it('groups behind one \\b only the patterns that are one alternative after it', () => {
    const source = anyOfSource(patterns);
    expect(source.startsWith('\\b(?:(?:we use cookies\\b)|(?:(?:a|b)c)|(?:[|]x))|')).toBe(true);
    expect(source).toContain('(?:\\bfoo|bar\\b)');
    expect(source).toContain('(?:\\Bing\\b)');
  });
  it('matches nothing without patterns', () => {
    expect(new RegExp(anyOfSource([]), 'u').test('anything')).toBe(false);
  });
});
