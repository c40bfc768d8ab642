// Pre-commit integration, end to end: git in a temporary repository and the real built bin
// (dist/src/bin.js). The pre-commit framework's manifest (.pre-commit-hooks.yaml) is run the way
// pre-commit runs it (entry + args + the staged files matching `files`); the husky + lint-staged recipe of
// docs/pre-commit.md is run for real, through `git commit`.
import {describe, it, expect, beforeEach, afterEach} from 'vitest';
import {spawnSync, type SpawnSyncReturns} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parse as parseYaml} from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'dist/src/bin.js');

interface Hook {id: string; entry: string; args?: string[]; language: string; files: string; require_serial?: boolean}

let repo: string;
const env = {...process.env, CI: '', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', GIT_CONFIG_NOSYSTEM: '1', HOME: ''};

function git(...args: string[]): string {
  const r = spawnSync('git', args, {cwd: repo, encoding: 'utf8', env});
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

function write(rel: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(repo, rel)), {recursive: true});
  fs.writeFileSync(path.join(repo, rel), text);
}

const story = (n: number) => `Armenian Prime Minister Nikol Pashinyan spoke in Yerevan on day ${n}. Pashinyan said talks would continue.\n`;
const UNUSED = '<!-- corpuslint-disable-next-line no-boilerplate -->\n';

beforeEach(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'corpuslint-precommit-'));
  env.HOME = repo;
  git('init', '-q', '-b', 'main');
  write('.corpuslintrc.json', JSON.stringify({root: true, extends: 'corpuslint:recommended'}));
  for (let i = 0; i < 6; i++) write(`articles/story-${i}.txt`, story(i));
  write('articles/old.md', '# Old\n\nThe council met.\n');
  git('add', '.');
  git('commit', '-q', '-m', 'corpus');
});

afterEach(() => {
  fs.rmSync(repo, {recursive: true, force: true});
});

/** Run a hook of .pre-commit-hooks.yaml as pre-commit does: `entry args... files...` over the staged files matching `files`. */
function runHook(hook: Hook, args = hook.args ?? []): SpawnSyncReturns<string> & {files: string[]} {
  const staged = git('diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z').split('\0').filter(Boolean);
  const files = staged.filter((f) => new RegExp(hook.files).test(f));
  const [command, ...entryArgs] = hook.entry.split(' ');
  expect(command).toBe('corpuslint'); // the package's bin
  const r = spawnSync(process.execPath, [bin, ...entryArgs, ...args, ...files], {cwd: repo, encoding: 'utf8', env});
  return {...r, files};
}

function loadHook(): Hook {
  const hooks = parseYaml(fs.readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
  const hook = hooks.find((h) => h.id === 'corpuslint')!;
  expect(hook).toMatchObject({language: 'node', require_serial: true});
  return hook;
}

describe('.pre-commit-hooks.yaml', () => {
  it('matches the default article extensions only', () => {
    const re = new RegExp(loadHook().files);
    expect(['a.txt', 'news/b.md', 'C.md']).toEqual(['a.txt', 'news/b.md', 'C.md'].filter((f) => re.test(f)));
    expect(['a.ts', 'package.json', 'notes.txt.bak'].filter((f) => re.test(f))).toEqual([]);
  });

  it('reports only the staged articles', () => {
    const hook = loadHook();
    write('articles/new.md', `# New\n\n${UNUSED}The mayor spoke.\n`);
    write('articles/draft.md', `# Draft\n\n${UNUSED}Not staged.\n`); // untracked
    write('articles/old.md', `# Old\n\n${UNUSED}The council met.\n`); // modified, not staged
    write('tool.js', 'console.log(1)\n');
    git('add', 'articles/new.md', 'tool.js');
    const r = runHook(hook);
    expect(r.files).toEqual(['articles/new.md']);
    expect(r.stdout, r.stderr).toContain('articles/new.md');
    expect(r.stdout).toMatch(/unused-directive/);
    expect(r.stdout).not.toContain('draft.md');
    expect(r.stdout).not.toContain('old.md');
    expect(r.stdout).not.toContain('story-');
    expect(r.status).toBe(0); // warnings only
    // With --max-warnings 0 (as docs/pre-commit.md suggests for a strict hook) the commit is blocked.
    expect(runHook(hook, [...(hook.args ?? []), '--max-warnings', '0']).status).toBe(1);
  });

  it('judges the staged article against the corpus through --context', () => {
    const hook = loadHook();
    write('articles/new.txt', 'Prime Minister Nikol Pashinian met officials in Yerevan on Monday.\n');
    git('add', 'articles/new.txt');
    const withContext = runHook(hook, [...(hook.args ?? []), '--format', 'json']);
    const files = JSON.parse(withContext.stdout) as Array<{path: string; messages: Array<{ruleId: string; actual?: string; expected?: string[]}>}>;
    expect(files.map((f) => f.path)).toEqual(['articles/new.txt']);
    const names = files[0].messages.filter((m) => m.ruleId === 'consistent-name-spelling');
    expect(names.length).toBeGreaterThan(0);
    expect(names[0]).toMatchObject({actual: 'Pashinian', expected: expect.arrayContaining(['Pashinyan'])});
    // Without the corpus context the one article has nothing to disagree with.
    const alone = runHook(hook, ['--format', 'json']);
    const aloneFiles = JSON.parse(alone.stdout) as typeof files;
    expect(aloneFiles[0].messages.filter((m) => m.ruleId === 'consistent-name-spelling')).toEqual([]);
  });
});

describe('husky + lint-staged (docs/pre-commit.md), through git commit', () => {
  function install(lintStaged: Record<string, string>): void {
    write('package.json', JSON.stringify({name: 'newsroom', private: true, 'lint-staged': lintStaged}, null, 2));
    // What `npm install -D corpuslint husky lint-staged` leaves: the bins in node_modules/.bin.
    fs.mkdirSync(path.join(repo, 'node_modules/.bin'), {recursive: true});
    fs.symlinkSync(bin, path.join(repo, 'node_modules/.bin/corpuslint'));
    fs.symlinkSync(path.join(root, 'node_modules/lint-staged/bin/lint-staged.js'), path.join(repo, 'node_modules/.bin/lint-staged'));
    write('.gitignore', 'node_modules/\n');
    // `npx husky init` minus its npm calls: husky sets core.hooksPath, the recipe writes .husky/pre-commit.
    const h = spawnSync(process.execPath, [path.join(root, 'node_modules/husky/bin.js')], {cwd: repo, encoding: 'utf8', env});
    expect(h.status, h.stderr + h.stdout).toBe(0);
    write('.husky/pre-commit', 'npx lint-staged\n');
    fs.chmodSync(path.join(repo, '.husky/pre-commit'), 0o755);
    git('add', 'package.json', '.gitignore', '.husky/pre-commit');
    git('commit', '-q', '--no-verify', '-m', 'tooling');
  }

  function commit(message: string): SpawnSyncReturns<string> {
    return spawnSync('git', ['commit', '-m', message], {cwd: repo, encoding: 'utf8', env: {...env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`}});
  }

  it('blocks a commit whose staged article has a finding, reports only that article, and lets the fixed one through', () => {
    install({'*.{txt,md}': 'corpuslint --context . --max-warnings 0'});
    write('articles/new.md', `# New\n\n${UNUSED}The mayor spoke.\n`);
    write('articles/old.md', `# Old\n\n${UNUSED}The council met.\n`); // unstaged change with a finding
    git('add', 'articles/new.md');
    const blocked = commit('add new');
    const out = blocked.stdout + blocked.stderr;
    expect(blocked.status, out).not.toBe(0);
    expect(out).toContain('articles/new.md');
    expect(out).toMatch(/unused-directive/);
    expect(out).not.toContain('old.md:');
    expect(git('log', '--format=%s')).not.toContain('add new');
    // lint-staged kept the unstaged change to old.md
    expect(fs.readFileSync(path.join(repo, 'articles/old.md'), 'utf8')).toContain('corpuslint-disable');

    write('articles/new.md', '# New\n\nThe mayor spoke.\n');
    git('add', 'articles/new.md');
    const ok = commit('add new');
    expect(ok.status, ok.stdout + ok.stderr).toBe(0);
    expect(git('log', '--format=%s')).toContain('add new');
  });
});
