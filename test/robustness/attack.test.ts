// The defects found under attack (issue 20): each case through the real command, as the attacker ran it.
// Rules are switched off where a case is about the engine, so these tests do not move when the rules change.
import fs from 'node:fs';
import path from 'node:path';
import {execFileSync, spawnSync} from 'node:child_process';
import {describe, it, expect} from 'vitest';
import {ruleIds, rules} from '../../rules/index.js';
import {ConfigResolver} from '../../src/config/load.js';
import {RuleRegistry} from '../../src/engine/registry.js';
import {ConfigError} from '../../src/config/errors.js';
import {tmpdir, cli, messagesOf, canDropPrivileges, BIN} from './helpers.js';

const allOff = Object.fromEntries(ruleIds.map((id) => [id, 'off']));

describe('user patterns', () => {
  it('a nested alternation with nothing to repeat cannot hang a run', () => {
    // 40 groups of `(a|a)`: a backtracking engine tries 2^40 paths at each position of a 60-character line.
    const config = {root: true, rules: {...allOff, 'no-boilerplate': ['warn', {patterns: ['(a|a)'.repeat(40) + 'b']}]}};
    const dir = tmpdir({'.corpuslintrc.json': JSON.stringify(config), 'a.md': 'a'.repeat(60) + '\n\n' + 'a'.repeat(40) + 'b\n'});
    const t = performance.now();
    const run = cli(dir, ['a.md', '-f', 'json'], {timeout: 20_000});
    expect(performance.now() - t).toBeLessThan(15_000);
    expect(run.code).toBe(0);
    // The pattern still works: the line it matches is reported, the 60 `a`s are not.
    expect(messagesOf(run, 'a.md').map((m) => m.slice(0, 4) + m.split(' ')[1])).toEqual(['3:1-no-boilerplate:']);
  });
});

describe('--output-file', () => {
  const files = () => ({'.corpuslintrc.json': JSON.stringify({root: true, rules: allOff}), 'articles/a.md': 'Plain text.\n'});

  it('refuses a symbolic link that leads out of the working tree, and leaves its target alone', () => {
    const outside = tmpdir({'victim.txt': 'precious\n'});
    const dir = tmpdir(files());
    fs.symlinkSync(path.join(outside, 'victim.txt'), path.join(dir, 'report.json'));
    fs.symlinkSync(outside, path.join(dir, 'reports'));
    fs.symlinkSync(path.join(outside, 'new.json'), path.join(dir, 'dangling.json'));
    for (const [given, shown] of [['report.json', 'report.json'], ['reports/r.json', 'reports'], ['dangling.json', 'dangling.json']]) {
      const run = cli(dir, ['articles', '-f', 'json', '-o', given]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(new RegExp(`^corpuslint: --output-file: ${shown.replace('.', '\\.')} is a symbolic link leading out of the working tree \\(to ${outside.replace(/[.]/g, '\\.')}[^)]*\\); write the report elsewhere, or give its real path to mean it\\.\\n$`));
    }
    expect(fs.readFileSync(path.join(outside, 'victim.txt'), 'utf8')).toBe('precious\n');
    expect(fs.readdirSync(outside)).toEqual(['victim.txt']);
    // A link that stays inside the tree is followed, and its target written.
    fs.mkdirSync(path.join(dir, 'out'));
    fs.symlinkSync('out/real.json', path.join(dir, 'inside.json'));
    expect(cli(dir, ['articles', '-f', 'json', '-o', 'inside.json']).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'out/real.json'), 'utf8'))).toHaveLength(1);
    expect(fs.lstatSync(path.join(dir, 'inside.json')).isSymbolicLink()).toBe(true);
  });

  it('refuses to overwrite a file being linted, by any name', () => {
    const dir = tmpdir({...files(), 'articles/b.txt': 'Another article.\n'});
    fs.linkSync(path.join(dir, 'articles/b.txt'), path.join(dir, 'hard-link.json'));
    for (const given of ['articles/b.txt', './articles/../articles/b.txt', path.join(dir, 'articles/b.txt'), 'hard-link.json']) {
      const run = cli(dir, ['articles', '-o', given]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`corpuslint: --output-file: ${given} is articles/b.txt, one of the files being linted; write the report elsewhere.\n`);
    }
    expect(fs.readFileSync(path.join(dir, 'articles/b.txt'), 'utf8')).toBe('Another article.\n');
  });

  it('refuses to create a missing folder, or to write over a folder', () => {
    const dir = tmpdir(files());
    const missing = cli(dir, ['articles', '-o', 'no/such/folder/report.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('corpuslint: --output-file: the folder no/such/folder does not exist; create it first.\n');
    expect(fs.existsSync(path.join(dir, 'no'))).toBe(false);
    const folder = cli(dir, ['articles', '-o', 'articles']);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe('corpuslint: --output-file: articles is a folder.\n');
  });
});

describe.skipIf(!canDropPrivileges)('unreadable folders (run as nobody)', () => {
  const locked = () => {
    const dir = tmpdir({'.corpuslintrc.json': JSON.stringify({root: true, rules: allOff}), 'd/ok.md': 'fine\n', 'd/locked/inside.md': 'y\n', 'd/locked/deeper/x.md': 'z\n', 'e/locked/y.md': 'w\n', 'e/open/z.md': 'v\n'});
    fs.chmodSync(path.join(dir, 'd/locked'), 0o000);
    fs.chmodSync(path.join(dir, 'e/locked'), 0o000);
    return dir;
  };
  const unlock = (dir: string) => {
    fs.chmodSync(path.join(dir, 'd/locked'), 0o755);
    fs.chmodSync(path.join(dir, 'e/locked'), 0o755);
  };

  it('a file named inside an unreadable folder is an error on that path; the other files are linted', () => {
    const dir = locked();
    try {
      const run = cli(dir, ['d/ok.md', 'd/locked/inside.md', 'd/locked/deeper/x.md', '-f', 'json'], {asNobody: true});
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      expect(run.json!.map((f) => f.path).sort()).toEqual(['d/locked/deeper/x.md', 'd/locked/inside.md', 'd/ok.md']);
      const why = '1:1-1:1 read-error: Cannot read file (EACCES): a folder on its path cannot be read';
      expect(messagesOf(run, 'd/locked/inside.md')).toEqual([why]);
      expect(messagesOf(run, 'd/locked/deeper/x.md')).toEqual([why]);
      expect(messagesOf(run, 'd/ok.md')).toEqual([]);
    } finally {
      unlock(dir);
    }
  });

  it('a glob that skips an unreadable folder says so, and only for folders it could have entered', () => {
    const dir = locked();
    try {
      const run = cli(dir, ['d/**/*.md', 'e/open/*.md', '-f', 'json'], {asNobody: true});
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      expect(run.json!.map((f) => f.path).sort()).toEqual(['d/locked', 'd/ok.md', 'e/open/z.md']);
      expect(messagesOf(run, 'd/locked')).toEqual(['1:1-1:1 read-error: Cannot read folder (EACCES): its files are not linted']);
      // A glob whose every folder is unreadable reports the folder, not "No files matching".
      const only = cli(dir, ['e/locked/*.md', '-f', 'json'], {asNobody: true});
      expect(only.code).toBe(1);
      expect(messagesOf(only, 'e/locked')).toEqual(['1:1-1:1 read-error: Cannot read folder (EACCES): its files are not linted']);
    } finally {
      unlock(dir);
    }
  });
});

describe('configuration', () => {
  // Validation and `extends` in process (fast); through the command where a file could hang the run.
  const problem = (dir: string): string => {
    try {
      new ConfigResolver({cwd: dir, registry: new RuleRegistry(rules)}).forFile('a.md');
      return 'accepted';
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      return error.message.replaceAll(dir, '<dir>');
    }
  };
  const configIn = (files: Record<string, string>) => problem(tmpdir({'a.md': 'Plain text.\n', ...files}));

  it('inherited names are not options or levels', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(configIn({'.corpuslintrc.json': `{"root": true, "rules": {"no-boilerplate": ["warn", {"${name}": {}}]}}`}))
        .toBe(`<dir>/.corpuslintrc.json: \`rules["no-boilerplate"][1].${name}\` is not an option of this rule. Options: \`kinds\`, \`phrases\`, \`patterns\`, \`allow\`, \`minFiles\`, \`minShare\`, \`learned\`.`);
      expect(configIn({'.corpuslintrc.json': `{"root": true, "rules": {"no-boilerplate": "${name}"}}`}))
        .toBe(`<dir>/.corpuslintrc.json: \`rules["no-boilerplate"]\` must be "off", "warn" or "error" (or 0, 1, 2), got "${name}".`);
    }
  });

  it('`extends` takes regular files only: not a FIFO, a device or a folder, and not a huge file', () => {
    // Through the command, with a timeout: before, the FIFO and /dev/zero hung the run.
    const fifo = tmpdir({'a.md': 'Plain text.\n', '.corpuslintrc.json': '{"extends": ["./pipe.json", "/dev/zero"]}'});
    execFileSync('mkfifo', [path.join(fifo, 'pipe.json')]);
    expect(cli(fifo, ['a.md'], {timeout: 20_000})).toMatchObject({code: 2, stdout: '', stderr: `corpuslint: ${fifo}/pipe.json: cannot read the configuration file: it is a FIFO, not a regular file.\n`});
    const zero = tmpdir({'a.md': 'Plain text.\n', '.corpuslintrc.json': '{"extends": "/dev/zero"}'});
    expect(cli(zero, ['a.md'], {timeout: 20_000})).toMatchObject({code: 2, stdout: '', stderr: 'corpuslint: /dev/zero: cannot read the configuration file: it is a character device, not a regular file.\n'});
    expect(configIn({'.corpuslintrc.json': '{"extends": "./sub"}', 'sub/x.md': 'x\n'})).toBe('<dir>/sub: cannot read the configuration file: it is a folder, not a regular file.');
    const huge = '{"root": true, "ignore": [' + '"x",'.repeat(300_000) + '"y"]}';
    expect(configIn({'.corpuslintrc.json': '{"extends": "./huge.json"}', 'huge.json': huge}))
      .toBe(`<dir>/huge.json: cannot read the configuration file: it is larger than 1 MiB (${huge.length} bytes).`);
    // The configuration found next to the files is read the same way.
    const own = tmpdir({'a.md': 'Plain text.\n'});
    execFileSync('mkfifo', [path.join(own, '.corpuslintrc.json')]);
    expect(problem(own)).toBe('<dir>/.corpuslintrc.json: cannot read the configuration file: it is a FIFO, not a regular file.');
  });

  it('`extends` chains are bounded in depth and in the configurations they bring in', () => {
    const chain: Record<string, string> = {'.corpuslintrc.json': '{"extends": "./c1.json"}'};
    for (let i = 1; i < 100; i++) chain[`c${i}.json`] = `{"extends": "./c${i + 1}.json"}`;
    chain['c100.json'] = '{"root": true}';
    expect(configIn(chain)).toBe('<dir>/c33.json: `extends` is nested more than 32 deep (<dir>/.corpuslintrc.json -> <dir>/c1.json -> … -> <dir>/c33.json).');
    // Each file extends the next twice: 2^30 configurations from 30 files.
    const wide: Record<string, string> = {'.corpuslintrc.json': '{"extends": ["./w1.json", "./w1.json"]}'};
    for (let i = 1; i < 30; i++) wide[`w${i}.json`] = `{"extends": ["./w${i + 1}.json", "./w${i + 1}.json"]}`;
    wide['w30.json'] = '{"root": true}';
    expect(configIn(wide)).toMatch(/^<dir>\/w\d+\.json: `extends` brings in more than 1000 configurations\.$/);
  });

  it('a file that is not JSON is never quoted in the message, only where and what kind of error', () => {
    const secret = 'SECRET_TOKEN=hunter2\nOTHER=1\n';
    for (const [name, text, line, column, kind] of [
      ['env', secret, 1, 1, 'Unexpected character'],
      ['late', '{"root": true,\n  "rules": {"no-boilerplate": SECRET}}\n', 2, 31, 'Unexpected character'],
      ['trailing', '[1,]', 1, 4, 'Unexpected character'],
      ['cut', '{"root": tr', 1, 12, 'Unexpected end of JSON input'],
      ['bad-escape', '{"a": "\\SECRET"}', 1, 9, 'Bad escaped character'],
    ] as const) {
      const message = configIn({'.corpuslintrc.json': `{"extends": "./${name}.txt"}`, [`${name}.txt`]: text});
      expect(message).toBe(`<dir>/${name}.txt:${line}:${column}: invalid JSON at line ${line}, column ${column}: ${kind}.`);
    }
  });

  it('`extensions`, `files` and `ignore` must be what they name', () => {
    const cases: Array<[string, string]> = [
      ['{"extensions": ".txt"}', '`extensions` must be an array of extensions such as [".txt", ".md"], got string.'],
      ['{"extensions": [".txt", ""]}', '`extensions[1]` must be an extension such as ".txt" (a dot and letters or digits), got "".'],
      ['{"extensions": ["*"]}', '`extensions[0]` must be an extension such as ".txt" (a dot and letters or digits), got "*".'],
      ['{"extensions": ["../"]}', '`extensions[0]` must be an extension such as ".txt" (a dot and letters or digits), got "../".'],
      ['{"files": "["}', '`files` is not a valid glob: `[` is not closed.'],
      ['{"files": ["articles/**", "{a,b"]}', '`files[1]` is not a valid glob: `{` is not closed.'],
      ['{"files": [""]}', '`files[0]` is an empty glob.'],
      ['{"ignore": ["drafts/[ab"]}', '`ignore[0]` is not a valid glob: `[` is not closed.'],
      ['{"overrides": [{"files": ["*.md", "a)"], "rules": {}}]}', '`overrides[0].files[1]` is not a valid glob: `)` is not opened.'],
    ];
    for (const [config, message] of cases) expect(configIn({'.corpuslintrc.json': config})).toBe(`<dir>/.corpuslintrc.json: ${message}`);
    // What is fine stays fine: a bare extension gets its dot, escaped and balanced brackets are globs.
    const fine = tmpdir({'a.md': 'Plain text.\n', '.corpuslintrc.json': JSON.stringify({root: true, rules: allOff, extensions: ['md', '.TXT'], files: ['a.md', 'x/[ab].md', 'y/\\[.md', '[]].md'], ignore: ['{a,b}/**']})});
    expect(cli(fine, ['a.md'])).toMatchObject({code: 0, stderr: ''});
  });
});

describe('cache', () => {
  // A small corpus where every part of an entry is used: file rules' messages, corpus facts (one name
  // spelled two ways, a line repeated across files), and pass 2's stored messages.
  const corpusFiles = () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 5; i++) {
      const name = i === 3 ? 'Pashinian' : 'Pashinyan';
      files[`articles/a${i}.txt`] = `Talks resume on day ${i}\n\nPrime Minister Nikol ${name} met officials in Yerevan, the ministry said. Critics say the talks will fail.\n“We will go on,” ${name} told reporters.\n\nShare this article on Facebook Twitter Email\n`;
    }
    return files;
  };
  const report = (r: {stdout: string}) => JSON.parse(r.stdout).map((f: {path: string; messages: Array<{ruleId: string; line: number; column: number; reason: string}>}) => [f.path, f.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`)]);

  it('a valid header with malformed entries: each is a miss, never a crash, and the cache is written again sane', () => {
    const dir = tmpdir(corpusFiles());
    const first = cli(dir, ['--cache', '-f', 'json', 'articles']);
    expect(first.code).toBe(0);
    const expected = report(first);
    expect(expected.flat(2).some((m: string) => m.includes('consistent-name-spelling'))).toBe(true);
    const file = path.join(dir, '.corpuslintcache');
    const bytes = fs.readFileSync(file);
    const newline = bytes.indexOf(10);
    const header = JSON.parse(bytes.toString('utf8', 0, newline));
    const e = header.entries;
    e['articles/a0.txt'] = null;
    e['articles/a1.txt'].result.messages = 'x';
    e['articles/a2.txt'].result.facts[Object.keys(e['articles/a2.txt'].result.facts)[0]] = [1, 2, 999_999];
    e['articles/a3.txt'].result.messages.push({ruleId: 7, severity: 'loud', place: null});
    e['articles/a4.txt'].result.hash = {};
    header.corpus = {key: header.corpus?.key ?? 'k', messages: {'articles/a0.txt': [{reason: 3}]}};
    fs.writeFileSync(file, Buffer.concat([Buffer.from(JSON.stringify(header) + '\n'), bytes.subarray(newline + 1)]));
    const second = cli(dir, ['--cache', '-f', 'json', 'articles']);
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    expect(report(second)).toEqual(expected);
    const third = cli(dir, ['--cache', '-f', 'json', 'articles']);
    expect(third.stderr).toBe('');
    expect(report(third)).toEqual(expected);
  });

  it('facts damaged on disk under a sound header: at worst one run reports a crash, and the cache forgets what it served', () => {
    const dir = tmpdir(corpusFiles());
    const expected = report(cli(dir, ['--cache', '-f', 'json', 'articles']));
    const file = path.join(dir, '.corpuslintcache');
    const bytes = fs.readFileSync(file);
    const newline = bytes.indexOf(10);
    // Overwrite a few bytes inside the facts (not the brackets): the header still matches the tail.
    bytes.write('}}}{', newline + 1 + Math.floor((bytes.length - newline - 1) / 2), 'latin1');
    fs.writeFileSync(file, bytes);
    // Touch an article, so that pass 2 folds the stored facts.
    fs.appendFileSync(path.join(dir, 'articles/a0.txt'), '\n');
    const damaged = cli(dir, ['--cache', '-f', 'json', 'articles']);
    expect(damaged.stderr).toBe('');
    expect(damaged.json?.length).toBe(5);
    // Before, every later run crashed the same way until the file was deleted.
    for (let run = 0; run < 2; run++) {
      const next = cli(dir, ['--cache', '-f', 'json', 'articles']);
      expect(next.stderr).toBe('');
      expect(next.stdout).not.toMatch(/crashed/);
      expect(report(next).slice(1)).toEqual(expected.slice(1));
    }
  });

  it('a cache path that is a FIFO or a folder is refused with a message, not a hang and not in silence', () => {
    const fifo = tmpdir({'a.md': 'Plain text.\n'});
    execFileSync('mkfifo', [path.join(fifo, '.corpuslintcache')]);
    expect(cli(fifo, ['--cache', 'a.md'], {timeout: 20_000})).toMatchObject({
      code: 2, stdout: '', stderr: `corpuslint: --cache: ${fifo}/.corpuslintcache is a FIFO, not a regular file; remove it or give --cache-location another file.\n`,
    });
    const folder = tmpdir({'a.md': 'Plain text.\n', 'c/.corpuslintcache/x': 'x'});
    expect(cli(folder, ['--cache', '--cache-location', 'c/', 'a.md'])).toMatchObject({
      code: 2, stdout: '', stderr: `corpuslint: --cache: ${folder}/c/.corpuslintcache is a folder, not a regular file; remove it or give --cache-location another file.\n`,
    });
  });
});

describe('a bound on the size of one file', () => {
  const MAX = 8 * 1024 * 1024; // MAX_FILE_BYTES, documented in docs/performance.md
  const prose = (bytes: number) => 'The council met to discuss the budget, officials said. Critics say it costs too much.\n\n'.repeat(Math.ceil(bytes / 87)).slice(0, bytes);

  it('a file over 8 MiB is a message on that file, not linted (and not read); the others are linted', () => {
    const dir = tmpdir({'.corpuslintrc.json': JSON.stringify({root: true, rules: allOff}), 'small.txt': 'Fine.\n'});
    fs.writeFileSync(path.join(dir, 'huge.txt'), prose(MAX + 1));
    const t = performance.now();
    const run = cli(dir, ['.', '-f', 'json'], {timeout: 30_000});
    expect(performance.now() - t).toBeLessThan(15_000);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(messagesOf(run, 'huge.txt')).toEqual([`1:1-1:1 file-too-large: File too large (${MAX + 1} bytes; files over 8 MiB are not linted): not linted`]);
    expect(messagesOf(run, 'small.txt')).toEqual([]);
  });

  it('a text over 8 MiB from standard input is refused the same way', () => {
    const dir = tmpdir({'.corpuslintrc.json': JSON.stringify({root: true, rules: allOff})});
    const r = spawnSync(process.execPath, [BIN, '--stdin', '--stdin-filename', 'big.txt', '-f', 'json'], {cwd: dir, input: prose(MAX + 10), encoding: 'utf8', timeout: 30_000});
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report[0].messages.map((m: {ruleId: string; reason: string}) => `${m.ruleId}: ${m.reason}`)).toEqual([`file-too-large: File too large (${MAX + 10} bytes; files over 8 MiB are not linted): not linted`]);
  });
});
