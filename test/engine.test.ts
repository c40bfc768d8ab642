// The engine: the rule wrapper, the two passes, plain results.
import {describe, it, expect} from 'vitest';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {rulePlugin} from '../src/engine/rule-plugin.js';
import {runTexts} from '../src/index.js';
import {lint} from '../src/index.js';
import {TextLayer} from '../src/text/layer.js';
import {parse} from '../src/engine/parse.js';
import type {FileRule, LintMessage} from '../src/types.js';

function runRule(rule: FileRule<Record<string, unknown>>, text: string, level: 'warn' | 'error' = 'warn') {
  const file = new VFile({path: 'a.txt', value: text});
  const layer = new TextLayer(text, parse(file, 'text'));
  const data = {layer, path: 'a.txt', facts: {}, messages: [] as LintMessage[]};
  Object.assign(file.data, data);
  unified().use(rulePlugin(rule), level, {}).runSync(layer.tree as never, file);
  // The engine's plugin leaves plain messages on file.data (no VFileMessage detour).
  expect(file.messages).toEqual([]);
  return data.messages;
}

describe('the rule wrapper', () => {
  const reporter: FileRule<Record<string, unknown>> = {
    meta: {id: 'test-reporter', description: 'x', level: 'warn', defaults: {}, schema: {}, fixable: true},
    check: (ctx) => ctx.report({reason: 'Unexpected `x`', place: ctx.text.place(0, 1), actual: 'x', expected: ['y']}),
  };

  it('stamps ruleId, url and severity as plain data, so rules do not', () => {
    const [m] = runRule(reporter, 'x marks the spot.', 'error');
    expect(m).toMatchObject({ruleId: 'test-reporter', severity: 2, actual: 'x', expected: ['y'], fixable: true, place: {start: {line: 1, column: 1, offset: 0}}});
    expect(m.url).toMatch(/test-reporter\.md$/);
    expect(runRule(reporter, 'x', 'warn')[0].severity).toBe(1);
  });

  it('turns a crash inside a rule into an error message on that file', () => {
    const crasher: FileRule<Record<string, unknown>> = {
      meta: {id: 'test-crasher', description: 'x', level: 'warn', defaults: {}, schema: {}},
      check: () => { throw new Error('boom'); },
    };
    const [m] = runRule(crasher, 'Some text.');
    expect(m).toMatchObject({ruleId: 'test-crasher', severity: 2});
    expect(m.reason).toMatch(/crashed on this file: boom/);
  });
});

describe('the two passes', () => {
  it('keeps per file only plain, serialisable data', () => {
    const run = runTexts([{path: 'a.txt', value: 'Skip to content\n\nThe council met on Tuesday, the mayor said.\n'}], {cwd: '/nonexistent', configFile: false});
    const result = run.results[0];
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(Object.keys(result.facts).sort()).toEqual(['consistent-name-spelling', 'no-boilerplate']);
  });

  it('lets corpus rules judge one file against the others (context files are read, not reported)', async () => {
    const lede = 'Prime Minister Nikol Pashinyan met the envoy on Monday, his office said.\n';
    const files = [
      {path: 'a.txt', value: lede},
      {path: 'b.txt', value: lede.replace('Monday', 'Tuesday')},
      {path: 'c.txt', value: lede.replace('Monday', 'Friday')},
      {path: 'd.txt', value: 'Prime Minister Nikol Pashinian met the envoy on Sunday, his office said.\n'},
    ];
    const vfiles = await lint(files, {cwd: '/nonexistent', configFile: false});
    const names = vfiles.map((f) => f.messages.filter((m) => m.ruleId === 'consistent-name-spelling').map((m) => [m.actual, m.expected]));
    expect(names).toEqual([[], [], [], [['Pashinian', ['Pashinyan']]]]);
  });
});

describe('suppressions outside the CLI', () => {
  it('lint() drops what corpuslint-suppressions.json records, as the CLI does (and not with suppressionsLocation: false)', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpuslint-supp-'));
    try {
      const files = [{path: 'a.txt', value: 'Skip to content\n\nThe council met on Monday, the mayor said.\n'}];
      const before = await lint(files, {cwd: dir, configFile: false});
      const rules = new Set(before[0].messages.map((m) => m.ruleId));
      expect(rules.has('no-boilerplate')).toBe(true);
      fs.writeFileSync(path.join(dir, 'corpuslint-suppressions.json'), JSON.stringify({'a.txt': {'no-boilerplate': {count: 1}}}));
      const after = await lint(files, {cwd: dir, configFile: false});
      expect(after[0].messages.some((m) => m.ruleId === 'no-boilerplate')).toBe(false);
      const off = await lint(files, {cwd: dir, configFile: false, suppressionsLocation: false});
      expect(off[0].messages.some((m) => m.ruleId === 'no-boilerplate')).toBe(true);
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });
});
