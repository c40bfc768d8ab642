// The seed articles, linted with the project's config, against a committed snapshot of the report;
// and the findings the issues name for the seeds.
import {describe, it, expect} from 'vitest';
import {runCli, root} from './helpers/cli.js';

interface JsonMessage {ruleId: string; line: number; column: number; reason: string; actual?: string; expected?: string[]; place?: {end?: {line: number; column: number}}}
interface JsonFile {path: string; messages: JsonMessage[]}

const r = runCli(['--format', 'json', 'seeds'], {cwd: root});
const report = JSON.parse(r.stdout) as JsonFile[];
const all = report.flatMap((f) => f.messages.map((m) => ({...m, path: f.path})));
const lines = new Map<string, string[]>();
import fs from 'node:fs';
for (const f of report) lines.set(f.path, fs.readFileSync(`${root}/${f.path}`, 'utf8').split('\n'));
const lineText = (m: {path: string; line: number}) => lines.get(m.path)![m.line - 1];

describe('seeds', () => {
  it('matches the committed report', async () => {
    const text = all.map((m) => `${m.path}:${m.line}:${m.column}-${m.place?.end?.line}:${m.place?.end?.column} ${m.ruleId}: ${m.reason}`).join('\n') + '\n';
    await expect(text).toMatchFileSnapshot('__snapshots__/seeds-report.txt');
  });

  it('reports Pashinian with Pashinyan as the fix (corpus scope), and no other spelling', () => {
    const names = all.filter((m) => m.ruleId === 'consistent-name-spelling');
    expect(names.map((m) => [m.actual, m.expected])).toEqual(names.map(() => ['Pashinian', ['Pashinyan']]));
    expect(names.length).toBeGreaterThan(0);
  });

  it('flags the residue lines the boilerplate issue names, and no prose', () => {
    const flagged = new Set(all.filter((m) => m.ruleId === 'no-boilerplate').map((m) => lineText(m).trim()));
    for (const residue of ['1. Skip to content', 'Source by [author_name]', '- Advertisment -', 'Fight Censorship, Share This Post!', 'Leave a Comment', 'Tyler Durden']) {
      expect(flagged.has(residue)).toBe(true);
    }
    for (const line of flagged) expect(line).not.toMatch(/^Armenia said about 50 people/);
  });

  it('flags the unattributed claims and not the attributed ones', () => {
    const claims = all.filter((m) => m.ruleId === 'no-unattributed-claim').map((m) => lineText(m));
    expect(claims.some((l) => l.startsWith('By all accounts'))).toBe(true);
    expect(claims.some((l) => l.startsWith('According to local reports'))).toBe(true);
    expect(claims.some((l) => l.startsWith('Armenia said about 50 people'))).toBe(false);
  });

  it('does not flag sourced casualty figures', () => {
    const casualty = all.filter((m) => m.ruleId === 'no-unsourced-casualty').map((m) => lineText(m));
    expect(casualty.some((l) => l.startsWith('Armenia said about 50 people'))).toBe(false);
    expect(casualty.some((l) => l.includes('at least 31 of its troops killed'))).toBe(false);
  });
});
