// --fix loses nothing. A stand-in fixable rule (a spy on one file rule: it deletes every `XXX`) keeps
// these tests independent of the real rules, which are still changing.
import {describe, it, expect, vi, beforeAll, afterAll} from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import type {FileRule, Problem} from '../../src/types.js';
import {getRule, ruleIds} from '../../rules/index.js';
import {runPatterns, runTexts} from '../../src/index.js';
import {fixRun} from '../../src/fix.js';
import {safeOutputPath} from '../../src/cli.js';
import crypto from 'node:crypto';
import {tmpdir, cli, canDropPrivileges} from './helpers.js';
import {recoverLeftovers} from '../../src/util/rewrite-file.js';

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
  it('keeps CRLF, the BOM and the file mode; leaves no backup; a second run changes nothing', async () => {
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

describe('--fix keeps the file itself', () => {
  const isRoot = process.getuid?.() === 0;
  it.skipIf(!isRoot)('keeps the owner, group, mode, inode and hard links of a file fixed as root', async () => {
    const dir = tmpdir({'a.txt': 'One XXX line.\n'});
    const file = path.join(dir, 'a.txt');
    fs.chownSync(file, 65534, 65534);
    fs.chmodSync(file, 0o640);
    fs.linkSync(file, path.join(dir, 'twin.keep'));
    const before = fs.statSync(file);
    const {outcomes} = await fix(dir, ['a.txt']);
    expect(outcomes).toMatchObject([{path: 'a.txt', applied: 1, written: true}]);
    const after = fs.statSync(file);
    expect([after.uid, after.gid, after.mode & 0o7777, after.ino, after.nlink]).toEqual([65534, 65534, 0o640, before.ino, 2]);
    expect(fs.readFileSync(path.join(dir, 'twin.keep'), 'utf8')).toBe('One  line.\n'); // the other name sees the fix
    expect(fs.readdirSync(dir).sort()).toEqual(['a.txt', 'twin.keep']); // no backup left
  });

  it('refuses a read-only file with a message on that file, and fixes the others', async () => {
    const dir = tmpdir({'ro.txt': 'Keep XXX here.\n', 'rw.txt': 'Fix XXX here.\n'});
    fs.chmodSync(path.join(dir, 'ro.txt'), 0o444);
    const {run, outcomes} = await fix(dir);
    expect(outcomes.find((o) => o.path === 'ro.txt')).toMatchObject({written: false, skipped: 'the file is read-only'});
    expect(fs.readFileSync(path.join(dir, 'ro.txt'), 'utf8')).toBe('Keep XXX here.\n');
    expect(fs.readFileSync(path.join(dir, 'rw.txt'), 'utf8')).toBe('Fix  here.\n');
    expect(run.results.find((r) => r.path === 'ro.txt')!.messages.map((m) => m.reason)).toContain('Not fixed: the file is read-only');
  });

  it('cleans up what a killed run left: an incomplete backup, a finished one, and a half-written file', () => {
    const sha1 = (s: string) => crypto.createHash('sha1').update(s).digest('hex');
    let dead = 4_000_000;
    for (;; dead++) {
      try {
        process.kill(dead, 0);
      } catch {
        break;
      }
    }
    const dir = tmpdir({
      'a.txt': 'the new text\n', // finished: the backup is left over
      [`.a.txt.corpuslint-${dead}-${sha1('the new text\n')}.bak`]: 'the old text\n',
      'b.txt': 'the new', // killed mid-write: restore
      [`.b.txt.corpuslint-${dead}-${sha1('the new text\n')}.bak`]: 'the old text\n',
      [`.c.txt.corpuslint-${dead}-${sha1('x')}.tmp`]: '', // killed while backing up
      [`.d.txt.corpuslint-${dead}-1712345678901.tmp`]: '', // an older version's temporary file
      [`.e.txt.corpuslint-${process.pid}-${sha1('x')}.tmp`]: '', // a live run's: left alone
    });
    const notes = recoverLeftovers(dir);
    expect(notes).toHaveLength(4);
    expect(fs.readdirSync(dir).sort()).toEqual([`.e.txt.corpuslint-${process.pid}-${sha1('x')}.tmp`, 'a.txt', 'b.txt']);
    expect(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('the new text\n');
    expect(fs.readFileSync(path.join(dir, 'b.txt'), 'utf8')).toBe('the old text\n');
  });

  it.skipIf(!canDropPrivileges)('an unwritable folder is a message on its files, not the end of the run', () => {
    const dir = tmpdir({'locked/a.txt': 'Skip to content\n\nThe council met on Tuesday, the mayor said.\n', 'open/b.txt': 'Skip to content\n\nThe council met on Monday, the mayor said.\n'});
    fs.chownSync(path.join(dir, 'locked/a.txt'), 65534, 65534); // the file is writable by nobody, its folder is not
    fs.chownSync(path.join(dir, 'open'), 65534, 65534);
    fs.chownSync(path.join(dir, 'open/b.txt'), 65534, 65534);
    const r = cli(dir, ['--no-config', '--fix', '--format', 'json', '.'], {asNobody: true});
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(0);
    const a = r.json!.find((f) => f.path === 'locked/a.txt')!;
    expect(a.messages.map((m) => m.reason)).toContainEqual(expect.stringMatching(/^Not fixed: no backup could be written beside it \(EACCES/));
    expect(fs.readFileSync(path.join(dir, 'locked/a.txt'), 'utf8')).toContain('Skip to content');
    expect(fs.readFileSync(path.join(dir, 'open/b.txt'), 'utf8')).not.toContain('Skip to content');
  });
});

describe('--stdin --fix-dry-run', () => {
  it('fixes the text from standard input, not the file of that name on disk (nor needs one)', async () => {
    const {runCli, tempTree} = await import('../helpers/cli.js');
    const cwd = tempTree({'draft.txt': 'An older saved version.\n'});
    const input = 'Skip to content\n\nThe council met on Tuesday, the mayor said.\n';
    for (const name of ['draft.txt', 'unsaved.txt']) {
      const r = runCli(['--no-config', '--stdin', '--stdin-filename', name, '--fix-dry-run'], {cwd, input});
      expect(r.stdout, r.stderr).toContain('-Skip to content');
      expect(r.stdout).not.toContain('Not fixed');
    }
    expect(fs.readFileSync(path.join(cwd, 'draft.txt'), 'utf8')).toBe('An older saved version.\n');
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
