// What a person reads in the terminal: the stylish report's detail lines, ranges and fixable count, and clear
// messages for the small mistakes (a bad --max-warnings, an unknown --changed-since ref, a FIFO), --help.
import {describe, it, expect} from 'vitest';
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {runCli, tempTree} from './helpers/cli.js';

const PROSE = 'The city council approved the budget on Tuesday after a long debate, the mayor said in a statement.';
const NAV = ['Skip to content', 'Home', 'Menu', 'Contact us', 'Privacy policy', 'Terms of use'];

describe('the stylish report', () => {
  it('shows the evidence, the fix or suggestion and the doc link under each message, and the count --fix can fix', () => {
    const cwd = tempTree({'a.txt': `Council meets\n\n${PROSE}\n\nAdvertisement\n`});
    const r = runCli(['--no-config', 'a.txt'], {cwd});
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('Unexpected advertisement residue'));
    expect(at).toBeGreaterThan(-1);
    expect(lines[at + 1]).toMatch(/^\s+↳ Evidence: .+ · fix: delete · https:\/\/\S+\/rules\/no-boilerplate\.md$/);
    expect(r.stdout).toMatch(/\n⚠ 1 warning\n {2}1 warning potentially fixable with --fix\n$/);
  });

  it('shows a run of one kind on consecutive lines as one range; JSON keeps one message per line', () => {
    const cwd = tempTree({'a.txt': `${NAV.join('\n')}\n\nCouncil meets\n\n${PROSE}\n`});
    const stylish = runCli(['--no-config', 'a.txt'], {cwd}).stdout;
    expect(stylish).toMatch(/^1:1-6:\d+ +warning lines 1-6: navigation residue, 6 lines, fixable +no-boilerplate$/m);
    expect(stylish).toContain('↳ from `Skip to content` to `Terms of use`');
    expect(stylish).not.toContain('Unexpected navigation residue `Home`');
    expect(stylish).toContain('6 warnings potentially fixable with --fix');
    const json = JSON.parse(runCli(['--no-config', '-f', 'json', 'a.txt'], {cwd}).stdout) as Array<{messages: Array<{line: number}>}>;
    expect(json[0].messages.map((m) => m.line)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('clear messages for small mistakes', () => {
  it('--max-warnings abc says what it got', () => {
    const cwd = tempTree({'a.txt': `${PROSE}\n`});
    const r = runCli(['--max-warnings', 'abc', 'a.txt'], {cwd});
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-warnings expects a whole number (0 or more; -1 for no limit), got "abc".');
    expect(r.stderr).not.toContain('NaN');
    expect(runCli(['--max-warnings', '-1', 'a.txt'], {cwd}).code).toBe(0);
  });

  it('an unknown --changed-since revision gives git\'s reason', () => {
    const cwd = tempTree({'a.txt': `${PROSE}\n`});
    spawnSync('git', ['init', '-q'], {cwd});
    const r = runCli(['--changed-since', 'no-such-branch', 'a.txt'], {cwd});
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--changed-since: "no-such-branch" is not a commit in this repository (git: Not a valid object name no-such-branch)');
  });

  it('naming a FIFO says what it is', () => {
    const cwd = tempTree({'a.txt': `${PROSE}\n`});
    expect(spawnSync('mkfifo', [path.join(cwd, 'pipe.txt')]).status).toBe(0);
    const r = runCli(['-f', 'json', 'pipe.txt', 'a.txt'], {cwd});
    const report = JSON.parse(r.stdout) as Array<{path: string; messages: Array<{reason: string}>}>;
    expect(report.find((f) => f.path === 'pipe.txt')?.messages.map((m) => m.reason)).toEqual(['Cannot read file: it is a FIFO (named pipe), not a regular file']);
    expect(r.stderr).not.toContain('No files matching');
  });

  it('--help shows the index command', () => {
    const r = runCli(['--help'], {cwd: tempTree({})});
    expect(r.stdout).toMatch(/corpuslint index --out FILE/);
  });
});
