// The real bin, spawned: every format, exit code, option and configuration error of the CLI.
import fs from 'node:fs';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import {describe, it, expect} from 'vitest';
import {bin, runCli, runInProcess, tempTree} from './helpers/cli.js';

const RESIDUE = 'Skip to content';
const article = [
  RESIDUE,
  '',
  'Council approves new budget for city parks',
  '',
  'The city council voted on Tuesday to approve a budget that expands three parks, the mayor said.',
  'Work is due to begin in the spring.',
  '',
].join('\n');
const clean = 'Bridge reopens after repairs\n\nThe old bridge reopened on Monday after six months of repairs, the transport department said.\n';

function tree(extra: Record<string, string> = {}) {
  return tempTree({'articles/a.txt': article, 'articles/b.txt': clean, ...extra});
}

const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at /);

describe('formats', () => {
  it('stylish: a human report with file, position, reason and rule id; exit 0 for warnings only', () => {
    const cwd = tree();
    const r = runCli(['articles'], {cwd});
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('articles/a.txt');
    expect(r.stdout).toMatch(/1:1-1:\d+\s+warning\s+.*no-boilerplate/);
    expect(r.stdout).not.toContain('articles/b.txt');
  });

  it('json: the vfile-reporter-json shape, and nothing else on stdout', () => {
    const cwd = tree();
    const r = runCli(['--format', 'json', 'articles'], {cwd});
    const report = JSON.parse(r.stdout);
    expect(Array.isArray(report)).toBe(true);
    expect(report.map((f: {path: string}) => f.path)).toEqual(['articles/a.txt', 'articles/b.txt']);
    const m = report[0].messages.find((x: {ruleId: string}) => x.ruleId === 'no-boilerplate');
    expect(m).toMatchObject({source: 'corpuslint', fatal: false, line: 1, column: 1, place: {start: {line: 1, column: 1, offset: 0}}});
    expect(m.url).toMatch(/^https:\/\/.*no-boilerplate\.md$/);
    expect(m.actual).toContain(RESIDUE);
    expect(m.expected).toEqual(['']);
    expect(m.fixable).toBe(true);
  });

  it('sarif: SARIF 2.1.0 with rules and located results', () => {
    const cwd = tree();
    const r = runCli(['-f', 'sarif', 'articles'], {cwd});
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('corpuslint');
    expect(run.tool.driver.rules.map((x: {id: string}) => x.id)).toContain('no-boilerplate');
    const result = run.results.find((x: {ruleId: string}) => x.ruleId === 'no-boilerplate');
    expect(result.level).toBe('warning');
    expect(result.locations[0].physicalLocation).toMatchObject({artifactLocation: {uri: 'articles/a.txt'}, region: {startLine: 1, startColumn: 1}});
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('no-boilerplate');
  });

  it('github: workflow-command annotations', () => {
    const cwd = tree();
    const r = runCli(['-f', 'github', 'articles'], {cwd});
    expect(r.stdout).toMatch(/^::warning file=articles\/a\.txt,line=1,col=1,endLine=\d+,endColumn=\d+,title=corpuslint%3A no-boilerplate::/m);
    expect(r.stdout.split('\n').filter(Boolean).every((l) => l.startsWith('::'))).toBe(true);
  });

  it('--output-file writes the report there and nothing to stdout', () => {
    const cwd = tree();
    fs.mkdirSync(path.join(cwd, 'out')); // a missing folder is refused (test/robustness/attack.test.ts)
    const r = runCli(['-f', 'json', '-o', 'out/report.json', 'articles'], {cwd});
    expect(r.stdout).toBe('');
    expect(JSON.parse(fs.readFileSync(path.join(cwd, 'out/report.json'), 'utf8'))).toHaveLength(2);
  });

  it('--output-file refuses a relative path outside the working tree (exit 2)', () => {
    const cwd = tree();
    const r = runCli(['-o', '../escape.txt', 'articles'], {cwd});
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refusing to write outside the working tree/);
    expect(fs.existsSync(path.join(cwd, '../escape.txt'))).toBe(false);
  });
});

describe('writes stay inside the working tree', () => {
  it('--suppressions-location refuses a relative path outside it (exit 2)', () => {
    const cwd = tree();
    const r = runCli(['--suppress-all', '--suppressions-location', '../s.json', 'articles'], {cwd});
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--suppressions-location: refusing to write outside the working tree/);
    expect(fs.existsSync(path.join(cwd, '../s.json'))).toBe(false);
  });
});

describe('exit codes and severity', () => {
  it('an error-level rule exits 1, and its messages are fatal', () => {
    const cwd = tree();
    const r = runCli(['-f', 'json', '--rule', 'no-boilerplate=error', 'articles'], {cwd});
    expect(r.code).toBe(1);
    const m = JSON.parse(r.stdout)[0].messages.find((x: {ruleId: string}) => x.ruleId === 'no-boilerplate');
    expect(m.fatal).toBe(true);
  });

  it('--rule id=off turns a rule off', () => {
    const cwd = tree();
    const r = runCli(['-f', 'json', '--rule', 'no-boilerplate=off', 'articles'], {cwd});
    expect(JSON.parse(r.stdout)[0].messages.filter((x: {ruleId: string}) => x.ruleId === 'no-boilerplate')).toEqual([]);
  });

  it('--quiet reports errors only', () => {
    const cwd = tree();
    const r = runCli(['-f', 'json', '--quiet', 'articles'], {cwd});
    expect(JSON.parse(r.stdout).flatMap((f: {messages: unknown[]}) => f.messages)).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('--max-warnings: exit 1 past the limit, 0 within it', () => {
    const cwd = tree();
    expect(runCli(['--max-warnings', '0', 'articles'], {cwd}).code).toBe(1);
    expect(runCli(['--max-warnings', '1000', 'articles'], {cwd}).code).toBe(0);
  });

  it('an unknown option is a usage error (exit 2)', () => {
    const r = runCli(['--frobnicate'], {cwd: tree()});
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown argument: frobnicate/);
  });

  it('a path or glob that matches nothing is a usage error (exit 2)', () => {
    const cwd = tree();
    const a = runCli(['missing-folder'], {cwd});
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/No files matching the pattern "missing-folder" were found/);
    const b = runCli(['articles/**/*.none'], {cwd});
    expect(b.code).toBe(2);
    noStack(a.stderr + b.stderr);
  });

  it('--version and --help (with examples) exit 0', () => {
    const cwd = tree();
    const v = runCli(['--version'], {cwd});
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const h = runCli(['--help'], {cwd});
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/Examples:/);
    expect(h.stdout).toMatch(/--format/);
  });
});

describe('configuration', () => {
  it('finds .corpuslintrc.json upward from each file; nearer files override farther ones', () => {
    const cwd = tree({
      '.corpuslintrc.json': JSON.stringify({extends: 'corpuslint:recommended', rules: {'no-boilerplate': 'error'}}),
      'articles/.corpuslintrc.json': JSON.stringify({rules: {'no-boilerplate': 'warn'}}),
      'other/c.txt': article,
    });
    const r = runCli(['-f', 'json', 'articles', 'other'], {cwd});
    const report = JSON.parse(r.stdout);
    const level = (p: string) => report.find((f: {path: string}) => f.path === p).messages.find((m: {ruleId: string}) => m.ruleId === 'no-boilerplate').fatal;
    expect(level('articles/a.txt')).toBe(false);
    expect(level('other/c.txt')).toBe(true);
  });

  it('"root": true stops the upward search', () => {
    const cwd = tree({
      '.corpuslintrc.json': JSON.stringify({extends: 'corpuslint:recommended', rules: {'no-boilerplate': 'error'}}),
      'articles/.corpuslintrc.json': JSON.stringify({root: true, rules: {'no-boilerplate': 'warn'}}),
    });
    const report = JSON.parse(runCli(['-f', 'json', 'articles'], {cwd}).stdout);
    const ids = report.flatMap((f: {messages: Array<{ruleId: string}>}) => f.messages.map((m) => m.ruleId));
    expect(new Set(ids)).toEqual(new Set(['no-boilerplate']));
  });

  it('overrides apply by glob', () => {
    const cwd = tree({'.corpuslintrc.json': JSON.stringify({extends: 'corpuslint:recommended', overrides: [{files: ['a.txt'], rules: {'no-boilerplate': 'off'}}]})});
    const report = JSON.parse(runCli(['-f', 'json', 'articles'], {cwd}).stdout);
    expect(report[0].messages.filter((m: {ruleId: string}) => m.ruleId === 'no-boilerplate')).toEqual([]);
  });

  it('--config uses the given file; --no-config uses the recommended preset', () => {
    const cwd = tree({
      '.corpuslintrc.json': JSON.stringify({rules: {'no-boilerplate': 'off'}}),
      'strict.json': JSON.stringify({extends: 'corpuslint:strict'}),
    });
    const none = JSON.parse(runCli(['-f', 'json', 'articles'], {cwd}).stdout);
    expect(none[0].messages.filter((m: {ruleId: string}) => m.ruleId === 'no-boilerplate')).toEqual([]);
    const strict = runCli(['-f', 'json', '--config', 'strict.json', 'articles'], {cwd});
    expect(strict.code).toBe(1);
    const noConfig = JSON.parse(runCli(['-f', 'json', '--no-config', 'articles'], {cwd}).stdout);
    expect(noConfig[0].messages.find((m: {ruleId: string}) => m.ruleId === 'no-boilerplate').fatal).toBe(false);
  });

  it('`files` is what is linted when no paths are given', () => {
    const cwd = tree({'.corpuslintrc.json': JSON.stringify({extends: 'corpuslint:recommended', files: ['articles/a.txt']})});
    const report = JSON.parse(runCli(['-f', 'json'], {cwd}).stdout);
    expect(report.map((f: {path: string}) => f.path)).toEqual(['articles/a.txt']);
  });

  it('`extensions` decides what a folder walk lints', () => {
    const cwd = tree({'articles/c.article': article, '.corpuslintrc.json': JSON.stringify({extends: 'corpuslint:recommended', extensions: ['article']})});
    const report = JSON.parse(runCli(['-f', 'json', 'articles'], {cwd}).stdout);
    expect(report.map((f: {path: string}) => f.path)).toEqual(['articles/c.article']);
  });

  it('.corpuslintignore, config `ignore` and --ignore-path exclude files; --no-ignore lints them', () => {
    const paths = (cwd: string, args: string[]) => JSON.parse(runCli(['-f', 'json', ...args, 'articles'], {cwd}).stdout).map((f: {path: string}) => f.path);
    expect(paths(tree({'.corpuslintignore': 'articles/b.txt\n'}), [])).toEqual(['articles/a.txt']);
    expect(paths(tree({'.corpuslintrc.json': JSON.stringify({ignore: ['b.txt']})}), [])).toEqual(['articles/a.txt']);
    expect(paths(tree({'my-ignore': 'a.txt\n'}), ['--ignore-path', 'my-ignore'])).toEqual(['articles/b.txt']);
    expect(paths(tree({'.corpuslintignore': 'articles/b.txt\n'}), ['--no-ignore'])).toEqual(['articles/a.txt', 'articles/b.txt']);
  });

  const configErrors: Array<[string, string, RegExp]> = [
    ['invalid JSON', '{\n  "rules": {\n    "no-boilerplate": "warn",\n  }\n}', /\.corpuslintrc\.json:4:3: invalid JSON at line 4, column 3/],
    ['an unknown rule, with a suggestion', '{"rules": {"no-boilerplte": "warn"}}', /`rules\["no-boilerplte"\]`: unknown rule `no-boilerplte`\. Did you mean `no-boilerplate`\?/],
    ['a bad level', '{"rules": {"no-boilerplate": "loud"}}', /`rules\["no-boilerplate"\]` must be "off", "warn" or "error"/],
    ['an unknown option, by JSON path', '{"rules": {"no-boilerplate": ["warn", {"nonsense": 1}]}}', /`rules\["no-boilerplate"\]\[1\]\.nonsense` is not an option of this rule/],
    ['options that are not an object', '{"rules": {"no-boilerplate": ["warn", 3]}}', /`rules\["no-boilerplate"\]\[1\]` must be an options object, got number/],
    ['an unknown top-level key', '{"rulez": {}}', /`rulez` is not a configuration key\. Did you mean `rules`\?/],
    ['a config that is not an object', '[]', /the configuration must be a JSON object, got array/],
    ['an unknown preset', '{"extends": "corpuslint:lax"}', /unknown preset `corpuslint:lax`/],
    ['a missing extended file', '{"extends": "./nope.json"}', /cannot find `\.\/nope\.json`/],
    ['an override without files', '{"overrides": [{"rules": {}}]}', /`overrides\[0\]\.files` is required/],
    ['a wrong type for files', '{"files": 3}', /`files` must be a string or an array of strings, got number/],
  ];
  for (const [what, text, message] of configErrors) {
    it(`a config with ${what}: a clear message naming the file, exit 2, no stack trace`, async () => {
      const cwd = tree({'.corpuslintrc.json': text});
      const r = await runInProcess(['articles'], {cwd});
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^corpuslint: .*\.corpuslintrc\.json/);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
      noStack(r.stderr);
    });
  }

  it('an extends cycle is reported, not looped', async () => {
    const cwd = tree({'.corpuslintrc.json': '{"extends": "./b.json"}', 'b.json': '{"extends": "./.corpuslintrc.json"}'});
    const r = await runInProcess(['articles'], {cwd});
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/`extends` forms a cycle/);
  });

  it('--rule with an unknown rule is a usage error with a suggestion', async () => {
    const r = await runInProcess(['--rule', 'no-boilerplat=off', 'articles'], {cwd: tree()});
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown rule `no-boilerplat`\. Did you mean `no-boilerplate`\?/);
  });
});

describe('fixes', () => {
  it('--fix deletes the residue line and leaves the prose byte for byte', () => {
    const cwd = tree();
    const r = runCli(['--fix', 'articles'], {cwd});
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'articles/a.txt'), 'utf8')).toBe(article.replace(`${RESIDUE}\n`, ''));
    expect(fs.readFileSync(path.join(cwd, 'articles/b.txt'), 'utf8')).toBe(clean);
    const again = runCli(['-f', 'json', 'articles'], {cwd});
    expect(JSON.parse(again.stdout).flatMap((f: {messages: Array<{fixable?: boolean}>}) => f.messages).filter((m: {expected?: unknown}) => m.expected)).toEqual([]);
  });

  it('--fix is one round: it fixes what the report called fixable; what that uncovers is reported for the next --fix', () => {
    // Deleting a list header leaves its items; they recur in every article, so once the header is gone
    // they are repeated lines. The first --fix deletes only the headers (what the report offered), and its
    // own report offers the items; the second --fix deletes them; a third changes nothing.
    const page = (i: number) => `Council approves park budget number ${i}\n\nRelated articles\nMarket weekly roundup\nSchool board news today\n\nThe city council voted on Tuesday to approve a budget that expands three parks, the mayor said.\nWork is due to begin in the spring, officials said.\n`;
    const cwd = tempTree({'a1.txt': page(1), 'a2.txt': page(2), 'a3.txt': page(3)});
    const offered = JSON.parse(runCli(['-f', 'json', '.'], {cwd}).stdout).flatMap((f: {messages: Array<{fixable?: boolean; actual?: string}>}) => f.messages.filter((m) => m.fixable).map((m) => m.actual));
    expect(offered).toEqual(['Related articles\n', 'Related articles\n', 'Related articles\n']);
    const first = runCli(['-f', 'json', '--fix', '.'], {cwd});
    const once = fs.readFileSync(path.join(cwd, 'a1.txt'), 'utf8');
    expect(once).not.toContain('Related articles');
    expect(once).toContain('Market weekly roundup');
    const next = JSON.parse(first.stdout).flatMap((f: {messages: Array<{fixable?: boolean; actual?: string}>}) => f.messages.filter((m) => m.fixable).map((m) => m.actual));
    expect(next).toContain('Market weekly roundup\n');
    runCli(['--fix', '.'], {cwd});
    const twice = fs.readFileSync(path.join(cwd, 'a1.txt'), 'utf8');
    expect(twice).not.toContain('Market weekly roundup');
    expect(twice).toContain('The city council voted');
    runCli(['--fix', '.'], {cwd});
    expect(fs.readFileSync(path.join(cwd, 'a1.txt'), 'utf8')).toBe(twice);
  });

  it('--fix keeps CRLF line endings and the BOM', () => {
    const crlf = '\uFEFF' + article.replace(/\n/g, '\r\n');
    const cwd = tree({'articles/a.txt': crlf});
    runCli(['--fix', 'articles'], {cwd});
    const after = fs.readFileSync(path.join(cwd, 'articles/a.txt'), 'utf8');
    expect(after).toBe(crlf.replace(`${RESIDUE}\r\n`, ''));
  });

  it('--fix-dry-run prints a diff and writes nothing', () => {
    const cwd = tree();
    const r = runCli(['--fix-dry-run', 'articles'], {cwd});
    expect(r.stdout).toContain('--- a/articles/a.txt');
    expect(r.stdout).toContain(`-${RESIDUE}`);
    expect(fs.readFileSync(path.join(cwd, 'articles/a.txt'), 'utf8')).toBe(article);
  });

  it('--fix-dry-run with a machine format keeps stdout for the report', () => {
    const cwd = tree();
    const r = runCli(['--fix-dry-run', '-f', 'json', 'articles'], {cwd});
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stderr).toContain(`-${RESIDUE}`);
  });
});

describe('stdin', () => {
  it('lints standard input, named by --stdin-filename', () => {
    const cwd = tree();
    const r = runCli(['--stdin', '--stdin-filename', 'draft.txt', '-f', 'json'], {cwd, input: article});
    const report = JSON.parse(r.stdout);
    expect(report[0].path).toBe('draft.txt');
    expect(report[0].messages.some((m: {ruleId: string; line: number}) => m.ruleId === 'no-boilerplate' && m.line === 1)).toBe(true);
  });

  it('--stdin with --fix is a usage error', () => {
    expect(runCli(['--stdin', '--fix'], {cwd: tree(), input: article}).code).toBe(2);
  });
});

describe('colour', () => {
  it('--color forces ANSI colours, --no-color and NO_COLOR turn them off', () => {
    const cwd = tree();
    expect(runCli(['--color', 'articles'], {cwd}).stdout).toMatch(/\u001b\[/);
    expect(runCli(['--no-color', 'articles'], {cwd}).stdout).not.toMatch(/\u001b\[/);
    expect(runCli(['articles'], {cwd, env: {NO_COLOR: '1'}}).stdout).not.toMatch(/\u001b\[/);
  });
});

describe('inline control in Markdown', () => {
  const md = (directive: string) => `${directive}\nSkip to content\n\n# Council approves budget\n\nThe council voted on Tuesday, the mayor said.\n`;
  const messages = (text: string) => JSON.parse(runCli(['-f', 'json', 'a.md'], {cwd: tempTree({'a.md': text})}).stdout)[0].messages;

  it('disable-next-line silences the next line', () => {
    expect(messages(md('<!-- corpuslint-disable-next-line no-boilerplate -->')).filter((m: {ruleId: string}) => m.ruleId === 'no-boilerplate')).toEqual([]);
  });

  it('disable silences until enable', () => {
    const text = `<!-- corpuslint-disable no-boilerplate -->\nSkip to content\n<!-- corpuslint-enable no-boilerplate -->\n\nSkip to content\n\nThe council voted on Tuesday, the mayor said.\n`;
    const found = messages(text).filter((m: {ruleId: string}) => m.ruleId === 'no-boilerplate');
    expect(found.map((m: {line: number}) => m.line)).toEqual([5]);
  });

  it('an unused directive is reported', () => {
    const found = messages('<!-- corpuslint-disable-next-line no-unsourced-casualty -->\nThe council voted on Tuesday, the mayor said.\n');
    expect(found.map((m: {ruleId: string}) => m.ruleId)).toEqual(['unused-directive']);
  });
});

describe('bulk suppressions', () => {
  it('--suppress-all records today\'s findings; later runs report only new ones; --prune-suppressions drops fixed ones', () => {
    const cwd = tree();
    const first = runCli(['--suppress-all', 'articles'], {cwd});
    expect(first.code).toBe(0);
    const recorded = JSON.parse(fs.readFileSync(path.join(cwd, 'corpuslint-suppressions.json'), 'utf8'));
    expect(recorded['articles/a.txt']['no-boilerplate'].count).toBeGreaterThan(0);
    expect(runCli(['-f', 'json', 'articles'], {cwd}).stdout).not.toContain('no-boilerplate');

    fs.writeFileSync(path.join(cwd, 'articles/b.txt'), `${RESIDUE}\n\n${clean}`);
    const second = JSON.parse(runCli(['-f', 'json', 'articles'], {cwd}).stdout);
    expect(second[1].messages.some((m: {ruleId: string}) => m.ruleId === 'no-boilerplate')).toBe(true);
    expect(second[0].messages.some((m: {ruleId: string}) => m.ruleId === 'no-boilerplate')).toBe(false);

    fs.writeFileSync(path.join(cwd, 'articles/a.txt'), clean);
    runCli(['--prune-suppressions', 'articles'], {cwd});
    const pruned = JSON.parse(fs.readFileSync(path.join(cwd, 'corpuslint-suppressions.json'), 'utf8'));
    expect(pruned['articles/a.txt']).toBeUndefined();
  });
});

describe('output to a reader that stops early', () => {
  it('a closed pipe (| head) ends the output quietly: no EPIPE stack trace, the exit code of the lint', () => {
    // A report far larger than a pipe's buffer, so that writes go on after the reader has gone.
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`a${i}.txt`] = article;
    const dir = tempTree(files);
    for (const args of [['--format', 'json', '.'], ['--fix-dry-run', '.']]) {
      const r = spawnSync('bash', ['-c', `"$0" "$1" "$@" | head -c 100 >/dev/null; echo "status \${PIPESTATUS[0]}" >&2`, process.execPath, bin, '--no-config', ...args], {cwd: dir, encoding: 'utf8', env: {...process.env, CI: 'true'}});
      expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
      expect(r.stderr).toContain('status 0');
    }
  });
});
