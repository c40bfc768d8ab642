// Rules anyone can plug in: a plugin module named in a configuration, its rules configured as `name/id`,
// run in one thread and in the pool, part of the cache key, off with --no-plugins; plugin objects through
// the API.
import {describe, it, expect, afterAll} from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import {runCli, tempTree} from './helpers/cli.js';
import {lint} from '../src/index.js';
import type {Plugin} from '../src/index.js';

// A house-style plugin: one file rule that flags a word the desk does not use, with its fix.
const plugin = (word: string, replacement: string) => `
export default {
  name: 'house',
  rules: {
    'no-word': {
      meta: {id: 'no-word', description: 'A word the desk does not use', level: 'warn', defaults: {}, schema: {}, fixable: true},
      check(ctx) {
        const text = ctx.text.text;
        for (let at = text.indexOf(${JSON.stringify(word)}); at !== -1; at = text.indexOf(${JSON.stringify(word)}, at + 1)) {
          ctx.report({reason: 'Use ${replacement}, not ${word}', place: ctx.text.place(at, at + ${word.length}), actual: ${JSON.stringify(word)}, expected: [${JSON.stringify(replacement)}]});
        }
      },
    },
    'boom': {
      meta: {id: 'boom', description: 'Throws', level: 'warn', defaults: {}, schema: {}},
      check() { throw new Error('house rule failed'); },
    },
  },
};
`;

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, {recursive: true, force: true});
});

function corpus(extra: Record<string, string> = {}, rules: Record<string, unknown> = {'house/no-word': 'warn'}): string {
  const files: Record<string, string> = {
    'rules/house.mjs': plugin('utilise', 'use'),
    '.corpuslintrc.json': JSON.stringify({root: true, plugins: ['./rules/house.mjs'], extends: 'corpuslint:recommended', rules: {'no-unattributed-claim': 'off', ...rules}}),
    ...extra,
  };
  for (let i = 0; i < 6; i++) files[`articles/story-${i}.txt`] = `The council will utilise the hall on day ${i}.\n`;
  const dir = tempTree(files);
  dirs.push(dir);
  return dir;
}

type Report = Array<{path: string; messages: Array<{ruleId: string; reason: string; fatal: boolean | null}>}>;
const lintJson = (dir: string, args: string[]) => {
  const r = runCli(['--format', 'json', '--no-progress', ...args, 'articles'], {cwd: dir});
  return {...r, report: r.stdout ? (JSON.parse(r.stdout) as Report) : []};
};
const houseMessages = (report: Report) => report.flatMap((f) => f.messages.filter((m) => m.ruleId.startsWith('house/')));

describe('plugins named in a configuration', () => {
  it('report under `name/id` in one thread and in the pool, with the same report', () => {
    const dir = corpus();
    const one = lintJson(dir, ['--workers', '1']);
    expect(one.stderr).toBe('');
    const house = houseMessages(one.report);
    expect(house).toHaveLength(6);
    expect(house[0]).toMatchObject({ruleId: 'house/no-word', reason: 'Use use, not utilise', fatal: false});
    const pool = lintJson(dir, ['--workers', '2']);
    expect(pool.stderr).toBe('');
    expect(pool.report).toEqual(one.report);
  });

  it('--list-rules lists the plugin\'s rules beside the built-in ones, with their levels', () => {
    const dir = corpus();
    const r = runCli(['--list-rules'], {cwd: dir});
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^house\/no-word +warn +A word the desk does not use$/m);
    expect(r.stdout).toMatch(/^house\/boom +off /m);
    expect(r.stdout).toMatch(/^no-boilerplate +warn /m);
    const off = runCli(['--list-rules', '--no-plugins'], {cwd: dir});
    expect(off.stdout).not.toMatch(/house\//);
  });

  it('--no-plugins lints with the built-in rules only', () => {
    const dir = corpus();
    const r = lintJson(dir, ['--no-plugins', '--workers', '1']);
    expect(r.code).toBe(0);
    expect(houseMessages(r.report)).toEqual([]);
  });

  it('--fix applies a plugin rule\'s fix', () => {
    const dir = corpus();
    const r = runCli(['--fix', '--no-progress', '--workers', '1', 'articles'], {cwd: dir});
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'articles/story-0.txt'), 'utf8')).toBe('The council will use the hall on day 0.\n');
  });

  it('the cache knows when the plugin file changed', () => {
    const dir = corpus();
    const first = lintJson(dir, ['--cache', '--workers', '1']);
    expect(houseMessages(first.report)[0].reason).toBe('Use use, not utilise');
    fs.writeFileSync(path.join(dir, 'rules/house.mjs'), plugin('utilise', 'employ'));
    const second = lintJson(dir, ['--cache', '--workers', '1']);
    expect(houseMessages(second.report)).toHaveLength(6);
    expect(houseMessages(second.report)[0].reason).toBe('Use employ, not utilise');
  });

  it('a plugin rule that throws is an error message on each file; the other rules still run', () => {
    const dir = corpus({'articles/story-6.txt': 'Skip to content\n\nThe council will utilise the hall.\n'}, {'house/no-word': 'warn', 'house/boom': 'warn', 'no-boilerplate': 'warn'});
    const r = lintJson(dir, ['--workers', '1']);
    expect(r.code).toBe(1);
    const crashes = r.report.flatMap((f) => f.messages.filter((m) => m.ruleId === 'house/boom'));
    expect(crashes).toHaveLength(7);
    expect(crashes[0]).toMatchObject({fatal: true});
    expect(crashes[0].reason).toMatch(/house rule failed/);
    expect(houseMessages(r.report).filter((m) => m.ruleId === 'house/no-word')).toHaveLength(7);
    expect(r.report.flatMap((f) => f.messages).some((m) => m.ruleId === 'no-boilerplate')).toBe(true);
  });

  it('an unknown plugin rule, or a module that is not a plugin, is a configuration error naming the file', () => {
    const unknown = corpus({}, {'house/no-wrod': 'warn'});
    const r = lintJson(unknown, ['--workers', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.corpuslintrc\.json.*unknown rule `house\/no-wrod`: plugin `house` has no rule `no-wrod`/);
    const notPlugin = corpus({'rules/house.mjs': 'export default {rules: 3};\n'});
    const bad = lintJson(notPlugin, ['--workers', '1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/\.corpuslintrc\.json.*plugins.*is not a corpuslint plugin/);
    const missing = corpus({'.corpuslintrc.json': JSON.stringify({root: true, plugins: ['./nowhere.mjs']})});
    const gone = lintJson(missing, ['--workers', '1']);
    expect(gone.code).toBe(2);
    expect(gone.stderr).toMatch(/cannot find plugin `\.\/nowhere\.mjs`/);
  });
});

describe('plugin objects through the API', () => {
  it('lint(texts, {plugins}) runs their rules as `name/id`', async () => {
    const api: Plugin = {
      name: 'desk',
      rules: {
        'no-tbd': {
          meta: {id: 'no-tbd', description: 'Placeholders left in copy', level: 'error', defaults: {}, schema: {}},
          check(ctx) {
            const at = ctx.text.text.indexOf('TBD');
            if (at !== -1) ctx.report({reason: 'A placeholder is left in the copy', place: ctx.text.place(at, at + 3)});
          },
        },
      },
    };
    const [file] = await lint([{path: 'a.txt', value: 'The mayor said the date is TBD.\n'}], {cwd: '/nonexistent-corpuslint-api', configFile: false, plugins: [api], rules: {'desk/no-tbd': 'error'}});
    const m = file.messages.find((x) => x.ruleId === 'desk/no-tbd');
    expect(m).toMatchObject({fatal: true, column: 28, source: 'corpuslint'});
  });
});
