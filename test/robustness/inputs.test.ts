// Bad input through the real command: every case gets a clear message, the rest is still linted, and
// the exit code says what happened (0 clean, 1 errors, 2 usage/config). Rules are switched off where a
// case is about the engine, so these tests do not move when the rules change.
import {describe, it, expect} from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import {ruleIds} from '../../rules/index.js';
import {tmpdir, cli, messagesOf, canDropPrivileges} from './helpers.js';
import {runInProcess} from '../helpers/cli.js';

const allOff = JSON.stringify({root: true, rules: Object.fromEntries(ruleIds.map((id) => [id, 'off']))});
const DIRECTIVE = '<!-- corpuslint-disable no-boilerplate -->';
const unused = (line: number, col = 1) => `${line}:${col}-${line}:${col + DIRECTIVE.length} unused-directive: Unused corpuslint-disable directive (no problem from \`no-boilerplate\` was silenced)`;

describe('bad input files', () => {
  it('empty, whitespace-only, BOM, CRLF, mixed endings, invalid UTF-8 and binary: each reported right, all linted', () => {
    const dir = tmpdir({
      '.corpuslintrc.json': allOff,
      'empty.md': '',
      'blank.md': '  \n\t\r\n\n',
      'bom.md': '\uFEFF' + DIRECTIVE + '\n',
      'crlf.md': 'Title\r\n\r\n' + DIRECTIVE + '\r\n',
      'mixed.md': 'a\rb\r\nc\n' + 'x ' + DIRECTIVE + '\n',
      'bad-utf8.md': Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from(' ok\n' + DIRECTIVE + '\n')]),
      'binary.md': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]),
    });
    const run = cli(dir, ['.', '-f', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0); // warnings only
    expect(messagesOf(run, 'empty.md')).toEqual([]);
    expect(messagesOf(run, 'blank.md')).toEqual([]);
    expect(messagesOf(run, 'bom.md')).toEqual([unused(1)]); // the BOM is not a column
    expect(messagesOf(run, 'crlf.md')).toEqual([unused(3)]); // the CR is not a column
    expect(messagesOf(run, 'mixed.md')).toEqual([unused(3, 3)]); // a lone CR is not a line break (as in vfile-location)
    expect(messagesOf(run, 'bad-utf8.md')).toEqual([
      '1:1-1:1 invalid-utf8: Invalid UTF-8 at byte offset 3: decoded with replacement characters; --fix will not write this file',
      unused(2),
    ]);
    expect(messagesOf(run, 'binary.md')).toEqual(['1:1-1:1 binary-file: Binary file (NUL byte at offset 4): not linted']);
  });

  it('paths with spaces and non-ASCII names', () => {
    const dir = tmpdir({'.corpuslintrc.json': allOff, 'dossier été/Ünïcødé name.md': DIRECTIVE + '\n', 'a b/c d.md': 'plain\n'});
    const run = cli(dir, ['dossier été/Ünïcødé name.md', 'a b', '-f', 'json']);
    expect(run.code).toBe(0);
    expect(messagesOf(run, 'dossier été/Ünïcødé name.md')).toEqual([unused(1)]);
    expect(messagesOf(run, 'a b/c d.md')).toEqual([]);
  });

  it('broken symbolic links and loops: named ones are errors, walked ones are skipped; the rest is linted', () => {
    const dir = tmpdir({'.corpuslintrc.json': allOff, 'd/ok.md': 'fine\n'});
    fs.symlinkSync('nowhere.md', path.join(dir, 'd/broken.md'));
    fs.symlinkSync('loop-b.md', path.join(dir, 'd/loop-a.md'));
    fs.symlinkSync('loop-a.md', path.join(dir, 'd/loop-b.md'));
    const walked = cli(dir, ['d', '-f', 'json']);
    expect(walked.code).toBe(0);
    expect(walked.json!.map((f) => f.path)).toEqual(['d/ok.md']);
    const named = cli(dir, ['d/ok.md', 'd/broken.md', 'd/loop-a.md', '-f', 'json']);
    expect(named.code).toBe(1);
    expect(messagesOf(named, 'd/broken.md')).toEqual(['1:1-1:1 read-error: Cannot read file: a broken symbolic link (ENOENT)']);
    expect(messagesOf(named, 'd/loop-a.md')).toEqual(['1:1-1:1 read-error: Cannot read file: a symbolic link loop']);
    expect(messagesOf(named, 'd/ok.md')).toEqual([]);
  });

  it.skipIf(!canDropPrivileges)('unreadable files and folders (EACCES, run as nobody): errors, exit 1, the rest linted', () => {
    const dir = tmpdir({'.corpuslintrc.json': allOff, 'd/ok.md': 'fine\n', 'd/secret.md': 'x\n', 'd/locked/inside.md': 'y\n'});
    fs.chmodSync(path.join(dir, 'd/secret.md'), 0o000);
    fs.chmodSync(path.join(dir, 'd/locked'), 0o000);
    try {
      const run = cli(dir, ['d', '-f', 'json'], {asNobody: true});
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      expect(messagesOf(run, 'd/secret.md')).toEqual(['1:1-1:1 read-error: Cannot read file (EACCES)']);
      expect(messagesOf(run, 'd/locked')).toEqual(['1:1-1:1 read-error: Cannot read folder (EACCES): its files are not linted']);
      expect(messagesOf(run, 'd/ok.md')).toEqual([]);
    } finally {
      fs.chmodSync(path.join(dir, 'd/locked'), 0o755);
    }
  });

  it('a path or glob that matches nothing: a clear message and exit 2', () => {
    const dir = tmpdir({'.corpuslintrc.json': allOff, 'a.md': 'x\n'});
    expect(cli(dir, ['nothing/**/*.md'])).toMatchObject({code: 2, stdout: '', stderr: 'corpuslint: No files matching the pattern "nothing/**/*.md" were found.\n'});
    expect(cli(dir, ['missing.md'])).toMatchObject({code: 2, stderr: 'corpuslint: No files matching the pattern "missing.md" were found.\n'});
  });

  it('a file over the segment size is linted in segments with exact positions', () => {
    // 600 000 characters on one line, then a directive: positions after the cuts must be exact.
    const long = 'Word and more words. '.repeat(30_000);
    const dir = tmpdir({'.corpuslintrc.json': allOff, 'long.md': long + DIRECTIVE + '\n\n' + DIRECTIVE + '\n'});
    const run = cli(dir, ['long.md', '-f', 'json']);
    expect(run.code).toBe(0);
    expect(messagesOf(run, 'long.md')).toEqual([unused(1, long.length + 1), unused(3)]);
    expect(run.json![0].messages[0].place.start.offset).toBe(long.length);
  });
});

describe('malformed .corpuslintrc.json: exact message, exit 2, no stack trace', () => {
  const cases: Array<[string, string, string]> = [
    ['truncated JSON', '{"rules": {', '.corpuslintrc.json:1:12: invalid JSON at line 1, column 12: Expected property name or \'}\'.'],
    ['empty file', '', '.corpuslintrc.json:1:1: invalid JSON at line 1, column 1: Unexpected end of JSON input.'],
    ['not an object', '[]', '.corpuslintrc.json: the configuration must be a JSON object, got array.'],
    ['unknown key', '{"rulez": {}}', '.corpuslintrc.json: `rulez` is not a configuration key. Did you mean `rules`? Keys: $schema, root, extends, plugins, rules, overrides, files, extensions, ignore.'],
    ['bad level', '{"rules": {"no-boilerplate": "loud"}}', '.corpuslintrc.json: `rules["no-boilerplate"]` must be "off", "warn" or "error" (or 0, 1, 2), got "loud".'],
    ['unknown rule', '{"rules": {"no-boilerplat": "warn"}}', '.corpuslintrc.json: `rules["no-boilerplat"]`: unknown rule `no-boilerplat`. Did you mean `no-boilerplate`?'],
    ['too long a setting', '{"rules": {"no-boilerplate": ["warn", {}, 3]}}', '.corpuslintrc.json: `rules["no-boilerplate"]` must be a level or [level, options], got an array of 3.'],
    ['options not an object', '{"rules": {"no-boilerplate": ["warn", 3]}}', '.corpuslintrc.json: `rules["no-boilerplate"][1]` must be an options object, got number.'],
    ['root not a boolean', '{"root": "yes"}', '.corpuslintrc.json: `root` must be true or false, got string.'],
    ['extends a missing file', '{"extends": "./missing.json"}', '.corpuslintrc.json: `extends`: cannot find `./missing.json` (looked for <dir>/missing.json).'],
    ['unknown preset', '{"extends": "corpuslint:lax"}', '.corpuslintrc.json: `extends`: unknown preset `corpuslint:lax`. Presets: corpuslint:recommended, corpuslint:strict.'],
    ['extends not strings', '{"extends": 3}', '.corpuslintrc.json: `extends` must be a string or an array of strings, got number.'],
    ['override without files', '{"overrides": [{"rules": {}}]}', '.corpuslintrc.json: `overrides[0].files` is required.'],
    ['override unknown key', '{"overrides": [{"files": "*.md", "rule": {}}]}', '.corpuslintrc.json: `overrides[0].rule` is not an override key. Did you mean `rules`?'],
  ];
  it.each(cases)('%s', async (_name, content, message) => {
    const dir = tmpdir({'.corpuslintrc.json': content, 'a.md': 'x\n'});
    const run = await runInProcess(['a.md'], {cwd: dir});
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`corpuslint: ${dir}/${message.replace('<dir>', dir)}\n`);
  });

  it('an extends cycle names the chain', () => {
    const dir = tmpdir({'.corpuslintrc.json': '{"extends": "./b.json"}', 'b.json': '{"extends": "./.corpuslintrc.json"}', 'a.md': 'x\n'});
    const run = cli(dir, ['a.md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`corpuslint: ${dir}/.corpuslintrc.json: \`extends\` forms a cycle: ${dir}/.corpuslintrc.json -> ${dir}/b.json -> ${dir}/.corpuslintrc.json.\n`);
  });

  it('a config with a BOM is read', () => {
    const dir = tmpdir({'.corpuslintrc.json': '\uFEFF' + allOff, 'a.md': 'x\n'});
    expect(cli(dir, ['a.md']).code).toBe(0);
  });

  it.skipIf(!canDropPrivileges)('an unreadable config (EACCES)', () => {
    const dir = tmpdir({'.corpuslintrc.json': allOff, 'a.md': 'x\n'});
    fs.chmodSync(path.join(dir, '.corpuslintrc.json'), 0o000);
    const run = cli(dir, ['a.md'], {asNobody: true});
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`corpuslint: ${dir}/.corpuslintrc.json: cannot read the configuration file (EACCES).\n`);
  });
});
