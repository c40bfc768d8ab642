// Every analysis stays linear in the text (issue 20, item 4). Nested curly quotes made the quote and claim
// analysis quadratic (a 208 KB file: 14 s against 0.8 s with every rule off). These tests lint generated
// pathological texts with every rule on, and bound the time by a run with every rule off (the parse, which
// is linear), generously: after the fixes every rule together costs 1 to 3 times the parse on these shapes;
// before them the nested quotes cost 170 times the parse, and the four other shapes that failed (at 1.5
// times these sizes) 18 to 380 times. The texts stay under the segment size (src/engine/segments.ts),
// where a quadratic step costs most.
import {describe, it, expect, beforeAll} from 'vitest';
import {runTexts} from '../../src/index.js';
import {SEGMENT_CHARS} from '../../src/engine/segments.js';
import {ruleIds} from '../../rules/index.js';

const allOff = Object.fromEntries(ruleIds.map((id) => [id, 'off' as const]));

function lint(text: string, rules: Record<string, 'off' | 'warn'>): {ms: number; messages: number} {
  const t = performance.now();
  const run = runTexts([{path: 'a.txt', value: text}], {cwd: '/nonexistent-corpuslint-test', configFile: false, rules});
  return {ms: performance.now() - t, messages: run.results[0].messages.length};
}

/** The bound: four times the parse, and a second for what is not proportional to the text (compiling, rule set-up). */
const bound = (off: number) => 4 * off + 1000;

/** Time of every rule on against every rule off; measured again once if over the bound (the machine is shared). */
function costOf(text: string): {on: number; off: number} {
  let off = lint(text, allOff).ms;
  let on = lint(text, {}).ms;
  if (on >= bound(off)) {
    off = Math.min(off, lint(text, allOff).ms);
    on = Math.min(on, lint(text, {}).ms);
  }
  return {on, off};
}

const repeat = (unit: string, chars: number) => unit.repeat(Math.floor(chars / unit.length));

beforeAll(() => {
  // Compile the rules' code once, so the first shape does not pay for it.
  lint('Title\n\n“Four people were killed,” police said. Critics say it is “a ‘disaster’”.\n', {});
});

describe('linear time on pathological texts', () => {
  it('nested curly quotes: 8,000 quotes inside each other in one paragraph', () => {
    const levels = 8000;
    const text = 'Title\n\n' + '“Word said. '.repeat(levels) + '”'.repeat(levels) + '\n';
    expect(text.length).toBeLessThan(SEGMENT_CHARS);
    const cost = costOf(text);
    expect(cost.on, `every rule on ${Math.round(cost.on)} ms, every rule off ${Math.round(cost.off)} ms`).toBeLessThan(bound(cost.off));
  });

  // Each shape is one kind of element repeated thousands of times where every rule meets it together.
  const shapes: Array<[string, string]> = [
    ['curly quotes opened and never closed', 'Title\n\n' + repeat('“Word said more. ', 100_000) + '\n'],
    ['bare opening marks, double and single', 'Title\n\n' + repeat('“ ‘ ', 100_000) + 'word\n'],
    ['thousands of straight quote marks', 'Title\n\n' + repeat('"a" ', 100_000) + '\n'],
    ['single quotes left open, then straight marks', 'Title\n\n' + repeat('‘Word said. ', 75_000) + repeat('"', 25_000) + '\n'],
    ['quotes and reporting verbs in one sentence', 'Title\n\n' + repeat('“Yes, we will,” he said, and ‘no’ critics say, ', 100_000) + '.\n'],
    ['vague sources and weasel phrases in one sentence', 'Title\n\n' + repeat('experts said reportedly and analysts believed, by all accounts, ', 100_000) + '.\n'],
    ['casualty figures in one sentence', 'Title\n\n' + repeat('1 dead, ', 100_000) + 'police said.\n'],
    ['names and look-alike spellings in one sentence', 'Title\n\n' + repeat('John Smith met Jon Smyth and Pashinian met Pashinyan, ', 100_000) + '.\n'],
    ['a quote continued over thousands of paragraphs', 'Title\n\n' + repeat('“Word said more.\n\n', 100_000)],
    ['thousands of residue lines', 'Title\n\n' + repeat('Share\nAdvertisement\nRead more\n', 100_000)],
    ['a long line without a break', repeat('word ', 100_000)],
    ['a line without a space', 'x'.repeat(100_000) + '\n'],
  ];
  it.each(shapes)('%s', (_name, text) => {
    expect(text.length).toBeLessThan(SEGMENT_CHARS);
    const cost = costOf(text);
    expect(cost.on, `every rule on ${Math.round(cost.on)} ms, every rule off ${Math.round(cost.off)} ms`).toBeLessThan(bound(cost.off));
  });

  it('a sentence of 100,000 words (linted in segments)', () => {
    const text = 'Title\n\n' + 'we said so '.repeat(33_334) + '.\n';
    expect(text.length).toBeGreaterThan(SEGMENT_CHARS);
    const cost = costOf(text);
    expect(cost.on, `every rule on ${Math.round(cost.on)} ms, every rule off ${Math.round(cost.off)} ms`).toBeLessThan(bound(cost.off));
  });
});
