// --fix loses nothing. A stand-in fixable rule (a spy on one file rule: it deletes every `XXX`) keeps
// these tests independent of the real rules, which are still changing.
import {describe, it, expect, vi, beforeAll, afterAll} from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import type {FileRule, Problem} from '../../src/types.js';
import {getRule, ruleIds} from '../../rules/index.js';
import {runPatterns, runTexts} from '../../src/engine/run.js';
import {fixRun} from '../../src/fix.js';
import {safeOutputPath} from '../../src/cli.js';
import {tmpdir} from './helpers.js';

const RULE = 'no-unsourced-casualty';
const rule = getRule(RULE) as FileRule;
const rules = {...Object.fromEntries(ruleIds.map((id) => [id, 'off'])), [RULE]: 'warn'} as never;

beforeAll(() => {
  vi.spyOn(rule, 'check').mockImplementation((ctx) => {
    const text = ctx.text.text;
    if (text.includes('BOOM')) throw new Error('kaboom');
    for (let i = text.indexOf('XXX'); i !== -1; i = text.indexOf('XXX', i + 3)) {
      ctx.report({reason: 'Unexpected `XXX`', place: ctx.text.place(i, i + 3), actual: 'XXX', expected: [''], fixable: true} as Problem);
    }
  });
});
afterAll(() => vi.restoreAllMocks());

async function fix(dir: string, patterns = ['.']) {
  const run = await runPatterns(patterns, {cwd: dir, configFile: false, rules});
  return {run, outcomes: fixRun(run, {write: true})};
}

describe('--fix safety', () => {
  it('keeps CRLF, the BOM and the file mode; writes atomically; a second run changes nothing', async () => {
    const dir = tmpdir({'a.txt': '\uFEFFOne XXX line.\r\nTwo XXXlines.\r\n', 'b.txt': 'Mixed\r\nXXX\nend'});
    fs.chmodSync(path.join(dir, 'a.txt'), 0o640);
    const first = await fix(dir);
    expect(first.outcomes.map((o) => [o.path, o.applied, o.written])).toEqual([['a.txt', 2, true], ['b.txt', 1, true]]);
    expect(fs.readFileSync(path.join(dir, 'a.txt'))).toEqual(Buffer.from('\uFEFFOne  line.\r\nTwo lines.\r\n'));
    expect(fs.readFileSync(path.join(dir, 'b.txt'), 'utf8')).toBe('Mixed\r\n\nend');
    expect(fs.statSync(path.join(dir, 'a.txt')).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt']); // no temporary file left
    const second = await fix(dir);
    expect(second.outcomes).toEqual([]);
    expect(second.run.results.flatMap((r) => r.messages)).toEqual([]);
  });

  it('does not follow a symbolic link out of the linted tree, but fixes one inside', async () => {
    const outside = tmpdir({'victim.txt': 'keep XXX\n'});
    const dir = tmpdir({'inside.txt': 'in XXX\n'});
    fs.symlinkSync(path.join(outside, 'victim.txt'), path.join(dir, 'link-out.txt'));
    fs.symlinkSync('inside.txt', path.join(dir, 'link-in.txt'));
    const {outcomes} = await fix(dir, ['link-out.txt', 'link-in.txt']);
    expect(outcomes.find((o) => o.path === 'link-out.txt')).toMatchObject({written: false, skipped: 'it is a symbolic link to a file outside the linted tree'});
    expect(fs.readFileSync(path.join(outside, 'victim.txt'), 'utf8')).toBe('keep XXX\n');
    expect(fs.readFileSync(path.join(dir, 'inside.txt'), 'utf8')).toBe('in \n');
    expect(fs.lstatSync(path.join(dir, 'link-in.txt')).isSymbolicLink()).toBe(true); // the link stays a link
  });

  it('skips a file changed since it was read, and a file with invalid UTF-8', async () => {
    const dir = tmpdir({'a.txt': 'XXX one\n', 'bad.txt': Buffer.concat([Buffer.from('XXX '), Buffer.from([0xff]), Buffer.from('\n')])});
    const run = await runPatterns(['.'], {cwd: dir, configFile: false, rules});
    fs.writeFileSync(path.join(dir, 'a.txt'), 'XXX one, edited meanwhile\n');
    const outcomes = fixRun(run, {write: true});
    expect(outcomes.find((o) => o.path === 'a.txt')).toMatchObject({written: false, skipped: 'the file changed on disk since it was read'});
    expect(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('XXX one, edited meanwhile\n');
    expect(outcomes.find((o) => o.path === 'bad.txt')?.skipped).toMatch(/Invalid UTF-8 at byte offset 4/);
    expect(fs.readFileSync(path.join(dir, 'bad.txt'))[4]).toBe(0xff);
    expect(run.results.find((r) => r.path === 'a.txt')!.messages.map((m) => m.ruleId)).toContain('fix-skipped');
  });
});

describe('a rule that throws', () => {
  it('becomes an error on that file; the other files are still linted', () => {
    const run = runTexts([{path: 'a.txt', value: 'XXX here'}, {path: 'boom.txt', value: 'BOOM'}, {path: 'c.txt', value: 'XXX'}], {cwd: os.tmpdir(), configFile: false, rules});
    expect(run.results.map((r) => [r.path, r.messages.map((m) => `${m.severity} ${m.ruleId}: ${m.reason}`)])).toEqual([
      ['a.txt', ['1 no-unsourced-casualty: Unexpected `XXX`']],
      ['boom.txt', ['2 no-unsourced-casualty: Rule `no-unsourced-casualty` crashed on this file: kaboom']],
      ['c.txt', ['1 no-unsourced-casualty: Unexpected `XXX`']],
    ]);
  });
});

describe('safeOutputPath (--output-file)', () => {
  it('refuses a relative path out of the working tree, accepts inside and absolute paths', () => {
    expect(safeOutputPath('/work/x', 'report.json', '--output-file')).toBe('/work/x/report.json');
    expect(safeOutputPath('/work/x', 'out/r.sarif', '--output-file')).toBe('/work/x/out/r.sarif');
    expect(safeOutputPath('/work/x', '/tmp/r.json', '--output-file')).toBe('/tmp/r.json');
    expect(() => safeOutputPath('/work/x', '../r.json', '--output-file')).toThrow('--output-file: refusing to write outside the working tree (/work/r.json); give an absolute path to mean it.');
    expect(() => safeOutputPath('/work/x', 'a/../../r.json', '--output-file')).toThrow(/refusing to write outside/);
  });
});

describe('a catastrophic user pattern in the config', () => {
  it('does not hang the run: (a+)+$ against a long run of a', async () => {
    const {runCli, tempTree} = await import('../helpers/cli.js');
    const cwd = tempTree({
      '.corpuslintrc.json': JSON.stringify({rules: {'no-boilerplate': ['warn', {patterns: ['(a+)+$']}]}}),
      'a.txt': `Headline here\n\n${'a'.repeat(40)}b\n\nThe council met on Tuesday, the mayor said.\n`,
    });
    const started = Date.now();
    const r = runCli(['-f', 'json', 'a.txt'], {cwd});
    expect(r.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
