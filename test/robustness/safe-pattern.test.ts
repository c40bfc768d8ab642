// User patterns cannot hang a run: the classic ReDoS shapes run in linear time (re2js), unsupported
// features are refused with a message, and no pattern ever runs on the backtracking native engine.
import {describe, it, expect} from 'vitest';
import {compileUserPattern, patternProblem, phrasePattern, PatternError, MAX_PATTERN_LENGTH} from '../../src/util/safe-pattern.js';

describe('safe-pattern', () => {
  it('matches a known ReDoS pattern in linear time', () => {
    const evil = 'a'.repeat(50_000) + 'b';
    for (const source of ['(a+)+$', '(a|a)*$', '(a|aa)+$', '(\\w+\\s?)*$', '^(a+)+b?c$']) {
      const p = compileUserPattern(source, {at: 'patterns[0]'});
      expect(p.engine).toBe('re2');
      const t = performance.now();
      p.test(evil);
      expect(performance.now() - t).toBeLessThan(2000);
    }
    // A native RegExp would take longer than the universe on 50 000 characters; on 26 it is measurable.
    expect(compileUserPattern('(a+)+$', {at: 'x'}).test('aaaa')).toBe(true);
    expect(compileUserPattern('(a+)+$', {at: 'x'}).test('aaab')).toBe(false);
  });

  it('runs every pattern in linear time, even one with nothing to repeat (issue 20, item 1)', () => {
    // 40 nested alternations and no quantifier: a backtracking engine tries 2^40 paths on a 60-character line.
    const source = '(a|a)'.repeat(40) + 'b';
    const line = 'a'.repeat(60);
    const p = compileUserPattern(source, {at: 'patterns[0]'});
    const t = performance.now();
    expect(p.test(line)).toBe(false);
    expect(p.matches(line)).toEqual([]);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(p.test('a'.repeat(40) + 'b')).toBe(true);
    // Validation takes the same engine: a pattern accepted by the config always runs.
    expect(patternProblem(source, 'p')).toBeUndefined();
  });

  it('returns matches with UTF-16 offsets', () => {
    const text = 'Café — Advertisement: click here. ADVERTISEMENT';
    const re2 = compileUserPattern('advert\\w+', {at: 'x', flags: 'i'});
    expect(re2.engine).toBe('re2');
    expect(re2.matches(text).map((m) => [m.index, m.text])).toEqual([[7, 'Advertisement'], [34, 'ADVERTISEMENT']]);
    const literal = compileUserPattern('click here', {at: 'x'});
    expect(literal.matches(text)).toEqual([{index: 22, end: 32, text: 'click here'}]);
    expect(compileUserPattern('x*', {at: 'x'}).matches('ab').length).toBe(3); // empty matches advance
  });

  it('refuses what it cannot run safely, with the option path', () => {
    expect(patternProblem('(a)\\1+', 'rules["no-boilerplate"][1].patterns[0]')).toMatch(/^`rules\["no-boilerplate"\]\[1\]\.patterns\[0\]` uses a feature that cannot be matched in linear time/);
    expect(patternProblem('(?=a)+b', 'p')).toMatch(/cannot be matched in linear time/);
    expect(patternProblem('(a', 'p')).toMatch(/^`p` is not a valid regular expression: /);
    expect(patternProblem('', 'p')).toBe('`p` is an empty regular expression: it would match everywhere.');
    expect(patternProblem('a'.repeat(MAX_PATTERN_LENGTH + 1), 'p')).toMatch(/is too long/);
    expect(patternProblem('a', 'p', 'g')).toBe('`p`: unsupported flag `g` (use i, m, s or u).');
    expect(patternProblem(3, 'p')).toBe('`p` must be a string (a regular expression), got number.');
    expect(() => compileUserPattern('(a)\\1', {at: 'p'})).toThrow(PatternError);
  });

  it('turns a phrase into an escaped whole-word pattern', () => {
    const p = phrasePattern('Read more (opens   in new tab)');
    expect(p.test('… read more (opens in\nnew tab)')).toBe(true);
    expect(p.test('read more opens in new tab')).toBe(false);
    expect(() => phrasePattern('   ')).toThrow(/empty phrase/);
  });
});
