// Property-based tests over generated articles (prose, residue lines, name variants, odd characters and
// line endings), for ALL rules as they stand: every message lies inside the file, fixes touch only the
// reported ranges, re-linting a fixed file finds nothing fixable, and no input crashes a rule.
// Bounded for CI: few runs, each with a time limit.
import {describe, it, expect} from 'vitest';
import fc from 'fast-check';
import {runTexts} from '../../src/index.js';
import {applyFixes} from '../../src/fix.js';
import {ruleIds} from '../../rules/index.js';

const allOn = Object.fromEntries(ruleIds.map((id) => [id, 'warn'])) as never;
const prose = fc.constantFrom(
  'The mayor said the council would review the budget.', '"We will act," she told reporters.',
  'At least 12 people were killed in the blast.', 'Nikol Pashinyan met Nikol Pashinian in Yerevan.',
  'Officials confirmed 40 deaths, the ministry said.', 'It is widely believed the plan will fail.',
  'Zelenskyy and Zelensky spoke on Monday.', 'Volodymyr Zelenskiy said the talks went well.',
);
const residue = fc.constantFrom(
  'Advertisement', 'Share this article', 'Read more:', 'Click here to subscribe to our newsletter',
  'Photo: Reuters', 'Skip to main content', 'Comments (0)', 'Follow us on Twitter', '[image]', '© 2021 All rights reserved',
);
const odd = fc.constantFrom('', ' ', '\t', '\u00a0', 'é', '\u{1F600}', '\uFFFD', '—', '“', '”', '\u200b', '<!-- corpuslint-disable -->');
const line = fc.oneof({weight: 4, arbitrary: prose}, {weight: 3, arbitrary: residue}, {weight: 1, arbitrary: odd}, {weight: 1, arbitrary: fc.string({maxLength: 40})});
const eol = fc.constantFrom('\n', '\r\n', '\n\n', '\r\n\r\n');
const article = fc.array(fc.tuple(line, eol), {minLength: 0, maxLength: 25}).map((parts) => parts.map(([l, e]) => l + e).join(''));
const corpus = fc.array(article, {minLength: 1, maxLength: 4});

const lint = (texts: string[], ext = 'txt') =>
  runTexts(texts.map((value, i) => ({path: `a${i}.${ext}`, value})), {cwd: '/nonexistent-corpuslint-prop', configFile: false, rules: allOn});

const settings = {numRuns: 40, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: false};

describe('properties of every rule', () => {
  it.each(['txt', 'md'])('messages lie inside the file and no rule crashes (.%s)', (ext) => {
    fc.assert(fc.property(corpus, (texts) => {
      const run = lint(texts, ext);
      run.results.forEach((r, i) => {
        const text = texts[i];
        for (const m of r.messages) {
          expect(m.reason).not.toMatch(/crashed on this file/);
          const {start, end} = m.place;
          expect(0 <= start.offset && start.offset <= end.offset && end.offset <= text.length).toBe(true);
          expect(start.line >= 1 && start.column >= 1).toBe(true);
          if (m.actual !== undefined && m.fixable) expect(text.slice(start.offset, end.offset)).toBe(m.actual);
        }
      });
    }), settings);
  }, 60_000);

  it('fixes change only the reported ranges, and a fixed file has nothing fixable left', () => {
    fc.assert(fc.property(corpus, (texts) => {
      const run = lint(texts);
      const fixed = run.results.map((r, i) => {
        const fixes = r.messages.filter((m) => m.fixable);
        const out = applyFixes(texts[i], fixes).text;
        // Outside the reported ranges the text is unchanged: delete every range from both and compare.
        const keep = (s: string, ranges: Array<[number, number]>) => {
          let o = '';
          let at = 0;
          for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
            if (a < at) continue;
            o += s.slice(at, a);
            at = b;
          }
          return o + s.slice(at);
        };
        const ranges = fixes.map((m) => [m.place.start.offset, m.place.end.offset] as [number, number]);
        if (fixes.every((m) => m.expected![0] === '')) expect(out).toBe(keep(texts[i], ranges));
        return out;
      });
      // Re-lint the fixed corpus (several passes are what --fix does; one pass must leave nothing certain twice).
      let current = fixed;
      for (let pass = 0; pass < 10; pass++) {
        const again = lint(current);
        const next = again.results.map((r, i) => applyFixes(current[i], r.messages.filter((m) => m.fixable)).text);
        if (next.every((t, i) => t === current[i])) break;
        current = next;
      }
      const final = lint(current);
      expect(final.results.flatMap((r) => r.messages.filter((m) => m.fixable).map((m) => `${r.path} ${m.ruleId} ${m.reason}`))).toEqual([]);
    }), settings);
  }, 60_000);
});
