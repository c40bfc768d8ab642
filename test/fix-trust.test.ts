// --fix does what the report says and no more: Markdown that is not prose is never touched (by any rule's
// fix: the engine and the fixer guard it), the report's fixable count is what one --fix applies, and the
// report after a fix still lists everything that was found and is still there.
import {describe, it, expect} from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import {runCli, tempTree} from './helpers/cli.js';
import {runTexts} from '../src/index.js';
import {applyFixes} from '../src/fix.js';
import type {LintMessage} from '../src/types.js';

interface JsonMessage {ruleId: string; line: number; reason: string; fixable?: boolean; actual?: string}
interface JsonFile {path: string; messages: JsonMessage[]}
const json = (stdout: string) => JSON.parse(stdout) as JsonFile[];

// Front matter, fenced and indented code, an HTML block and a link definition, each holding lines that
// would be residue (or a name variant) in prose; and prose residue around them that must still go.
const MARKDOWN = [
  '---',
  'title: Council votes on the budget',
  'date: 2024-03-05',
  'share: Share on Facebook',
  '---',
  '',
  '# Council votes on the budget',
  '',
  'Share on Facebook',
  '',
  'Prime Minister Nikol Pashinian met the council on Tuesday, and the mayor said the vote was close.',
  '',
  '```',
  'Share on Facebook',
  'Advertisement',
  'Pashinian',
  '```',
  '',
  '    Advertisement',
  '    Sign up for our newsletter',
  '',
  '<div class="nav">',
  'Home',
  'Advertisement',
  '</div>',
  '',
  'The statement is on [the council site](https://example.org/Pashinian) and in `Pashinian.txt` today.',
  '',
  '[site]: https://example.org/Pashinian "Advertisement"',
  '',
  'Advertisement',
  '',
].join('\n');

function markdownCorpus(): string {
  const files: Record<string, string> = {'a.md': MARKDOWN};
  for (let i = 0; i < 4; i++) files[`s${i}.md`] = `# Talks ${i}\n\nPrime Minister Nikol Pashinyan met officials in Yerevan on day ${i}, and Pashinyan said talks would continue.\n`;
  return tempTree(files);
}

/** The text of each guarded region of MARKDOWN (everything between and including its markers). */
const guarded = (text: string) => [
  text.slice(0, text.indexOf('# Council')),
  text.slice(text.indexOf('```'), text.lastIndexOf('```') + 3),
  '    Advertisement\n    Sign up for our newsletter\n',
  text.slice(text.indexOf('<div'), text.indexOf('</div>') + 6),
  '(https://example.org/Pashinian)',
  '`Pashinian.txt`',
  '[site]: https://example.org/Pashinian "Advertisement"',
];

describe('Markdown: no fix touches what is not prose', () => {
  it('--fix keeps front matter, code, HTML, link targets and definitions; fixes the prose around them', () => {
    const cwd = markdownCorpus();
    const before = json(runCli(['--no-config', '--format', 'json', '.'], {cwd}).stdout).find((f) => f.path === 'a.md')!;
    // Nothing is reported inside the guarded regions: rules see prose only.
    const lines = MARKDOWN.split('\n');
    const reportedLines = before.messages.map((m) => m.line);
    const proseLines = new Set([9, 11, 27, 31]); // the residue line, the name line, the link line, the last Advertisement
    expect(reportedLines.filter((l) => !proseLines.has(l)), JSON.stringify(before.messages)).toEqual([]);
    expect(before.messages.filter((m) => m.ruleId === 'no-boilerplate').map((m) => lines[m.line - 1])).toEqual(['Share on Facebook', 'Advertisement']);
    const r = runCli(['--no-config', '--fix', '.'], {cwd});
    expect(r.code, r.stderr).toBe(0);
    const after = fs.readFileSync(path.join(cwd, 'a.md'), 'utf8');
    for (const region of guarded(MARKDOWN)) expect(after).toContain(region);
    expect(after).not.toMatch(/^Share on Facebook$\n\nPrime/m); // the prose residue went
    expect(after).toContain('Prime Minister Nikol Pashinyan met the council'); // the name in prose was respelled
    expect(after).toContain('[the council site](https://example.org/Pashinian)'); // but not in the URL
  });

  it('no rule reports inside front matter, code, HTML, a code span or a link title', () => {
    const QUOTE = '"We will never give up and we will fight until the very end of this war," he shouted.';
    const text = [
      '---', 'title: "At least 40 people were killed in the blast, it is widely believed"', '---', '',
      '# Report', '', 'The council met on Tuesday, the mayor said.', '',
      '```', QUOTE, 'At least 40 people were killed in the blast.', 'It is widely believed the plan will fail.', '```', '',
      `See \`${QUOTE}\` and [the page](https://example.org/ "At least 40 people were killed in the blast").`, '',
      `<p>${QUOTE} At least 40 people were killed.</p>`, '',
    ].join('\n');
    const [r] = runTexts([{path: 'a.md', value: text}], {cwd: '/nonexistent-corpuslint', configFile: false}).results;
    expect(r.messages).toEqual([]);
    // The same sentences as prose are reported: the rules are on.
    const [prose] = runTexts([{path: 'b.md', value: `# Report\n\nIt is widely believed the plan will fail.\n\nAt least 40 people were killed in the blast.\n`}], {cwd: '/nonexistent-corpuslint', configFile: false}).results;
    expect(prose.messages.map((m) => m.ruleId).sort()).toEqual(['no-unattributed-claim', 'no-unsourced-casualty']);
  });

  it('the fixer itself refuses an edit inside a guarded region, whatever asked for it', () => {
    const run = runTexts([{path: 'a.md', value: MARKDOWN}], {cwd: '/nonexistent-corpuslint', configFile: false});
    const guards = run.results[0].guards!;
    expect(guards.length).toBeGreaterThan(0);
    const at = (s: string) => MARKDOWN.indexOf(s);
    const edit = (start: number, end: number, expected = ''): LintMessage => ({
      ruleId: 'x', severity: 1, reason: 'x', fixable: true, actual: MARKDOWN.slice(start, end), expected: [expected],
      place: {start: {line: 1, column: 1, offset: start}, end: {line: 1, column: 1, offset: end}},
    });
    const codeLine = at('Advertisement\nPashinian');
    const inUrl = at('Pashinian)');
    const link = at('[the council site]');
    const linkText = at('council site');
    const attempts = [
      edit(0, 4), // the front matter's opening ---
      edit(codeLine, codeLine + 14), // a line in fenced code
      edit(at('<div'), at('<div') + 18), // the HTML block
      edit(at('[site]:'), at('[site]:') + 10), // the link definition
      edit(inUrl, inUrl + 9, 'Pashinyan'), // inside a link target
      edit(at('`Pashinian.txt`') + 1, at('`Pashinian.txt`') + 10, 'Pashinyan'), // inside inline code
    ];
    for (const m of attempts) expect(applyFixes(MARKDOWN, [m], guards).applied, m.actual).toBe(0);
    // Prose may be edited: a word of a link's text, and a whole line holding a link (the link goes whole).
    expect(applyFixes(MARKDOWN, [edit(linkText, linkText + 7, 'Council')], guards).applied).toBe(1);
    const lineEnd = MARKDOWN.indexOf('\n', link) + 1;
    expect(applyFixes(MARKDOWN, [edit(at('The statement is'), lineEnd)], guards).applied).toBe(1);
  });
});

// A whole scraped page: menus, share and related-story blocks, a footer. Lines whose verdict rests on
// their neighbours are the hard case: once the neighbours are deleted they no longer look like residue.
const PAGE = [
  'Skip to content', 'Home', 'News', 'Sport', 'Menu', '',
  'Council approves new budget for schools', '',
  'By Jane Roe', 'March 5, 2024', '',
  'The city council approved a new budget for the district\'s schools on Tuesday, after a long debate over teacher pay and the cost of repairs to older buildings.', '',
  'The mayor said the vote was a turning point for the district, which has struggled with falling enrolment and rising costs for several years.', '',
  'Share this article', 'Facebook', 'Twitter', 'Email', '',
  'Related stories', 'Library hours extended', 'Bridge repairs delayed', 'Park clean-up this weekend', '',
  'Advertisement', 'Sign up for our newsletter', 'Contact us', 'Privacy policy', '© 2024 The Example Gazette', '',
].join('\n');
const OTHER = 'Bridge reopens after repairs\n\nThe old bridge reopened on Monday after six months of repairs, the transport department said.\n\nAdvertisement\nSign up for our newsletter\n';

describe('the report and --fix agree', () => {
  it('--fix applies exactly the fixes the report calls fixable, says how many, and still reports the rest', () => {
    const files = {'p1.txt': PAGE, 'p2.txt': PAGE.replace('Jane Roe', 'John Doe'), 'p3.txt': OTHER, 'p4.txt': OTHER.replace('Monday', 'Friday')};
    const cwd = tempTree(files);
    const report = json(runCli(['--no-config', '--format', 'json', '.'], {cwd}).stdout);
    const fixable = report.flatMap((f) => f.messages.filter((m) => m.fixable).map((m) => `${f.path}\t${m.actual}`));
    const notFixable = report.flatMap((f) => f.messages.filter((m) => !m.fixable).map((m) => `${f.path}\t${lineOf(files, f.path, m.line)}`));
    expect(fixable.length).toBeGreaterThan(10);
    expect(notFixable.length).toBeGreaterThan(0); // the page has residue --fix may not delete
    // The stylish summary says how many --fix can fix.
    expect(runCli(['--no-config', '.'], {cwd}).stdout).toContain(`${fixable.length} warnings potentially fixable with --fix`);

    const fixed = runCli(['--no-config', '--format', 'json', '--fix', '.'], {cwd});
    // What went is exactly what was called fixable: each fixable line once, nothing else.
    const removed: string[] = [];
    for (const [name, text] of Object.entries(files)) {
      const now = fs.readFileSync(path.join(cwd, name), 'utf8').split('\n');
      const left = [...now];
      for (const line of text.split('\n')) {
        const k = left.indexOf(line);
        if (k === -1) removed.push(`${name}\t${line}`);
        else left.splice(k, 1);
      }
    }
    expect(removed.sort()).toEqual(fixable.map((f) => f.replace(/\n$/, '')).sort());
    // Everything reported and not fixed is reported by --fix's own report, at its new place.
    const afterReport = json(fixed.stdout);
    const after = new Map(Object.keys(files).map((name) => [name, fs.readFileSync(path.join(cwd, name), 'utf8').split('\n')]));
    const reportedAfter = afterReport.flatMap((f) => f.messages.map((m) => `${f.path}\t${after.get(f.path)![m.line - 1]}`));
    for (const m of notFixable) expect(reportedAfter).toContain(m);
  });
});

function lineOf(files: Record<string, string>, name: string, line: number): string {
  return files[name].split('\n')[line - 1];
}
