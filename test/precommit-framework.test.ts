// The documented pre-commit hook, installed and run by the real pre-commit framework (not an imitation):
// pre-commit clones this repository at a commit, runs `npm install` there, takes `npm pack`'s standard
// output as the tarball's name, installs it globally into its own environment and runs `corpuslint` on the
// staged files. The repository cloned is a snapshot of this checkout's files (tracked and new, as they are
// now) committed in a temporary folder, so the test judges the working tree, not the last commit.
// Skipped, saying so, where `pre-commit` is not installed (.ci/run installs it: apt-get install pre-commit).
// Slow (an npm install from the registry, about a minute with a warm npm cache): one test does it all.
import {describe, it, expect} from 'vitest';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const version = spawnSync('pre-commit', ['--version'], {encoding: 'utf8'});
const available = version.status === 0;
const title = available
  ? `installs from a commit of this repository and blocks, then lets through, a commit (${version.stdout.trim()})`
  : 'SKIPPED: the pre-commit framework is not installed (apt-get install pre-commit; .ci/run does it in CI)';

const env: NodeJS.ProcessEnv = {
  ...process.env,
  CI: '',
  GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org',
  GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null',
};

function run(cwd: string, command: string, ...args: string[]) {
  const r = spawnSync(command, args, {cwd, encoding: 'utf8', env, timeout: 600_000});
  return {code: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}`};
}
function must(cwd: string, command: string, ...args: string[]): string {
  const r = run(cwd, command, ...args);
  if (r.code !== 0) throw new Error(`${command} ${args.join(' ')} (exit ${r.code}):\n${r.out}`);
  return r.out;
}

/** This checkout's files (tracked and untracked, not ignored, as they are now) committed in a new repository. */
function snapshot(): {repo: string; sha: string} {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'corpuslint-hook-src-'));
  const list = must(root, 'git', 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
  for (const rel of list) {
    const from = path.join(root, rel);
    if (!fs.existsSync(from)) continue; // deleted in the working tree
    fs.mkdirSync(path.dirname(path.join(repo, rel)), {recursive: true});
    fs.copyFileSync(from, path.join(repo, rel));
  }
  must(repo, 'git', 'init', '-q', '-b', 'main');
  must(repo, 'git', 'add', '-A');
  must(repo, 'git', 'commit', '-q', '-m', 'snapshot');
  return {repo, sha: must(repo, 'git', 'rev-parse', 'HEAD').trim()};
}

describe('the pre-commit framework (docs/pre-commit.md)', () => {
  it.skipIf(!available)(title, () => {
    const {repo: hookRepo, sha} = snapshot();
    const user = fs.mkdtempSync(path.join(os.tmpdir(), 'corpuslint-hook-user-'));
    env.PRE_COMMIT_HOME = fs.mkdtempSync(path.join(os.tmpdir(), 'corpuslint-hook-home-'));
    try {
      must(user, 'git', 'init', '-q', '-b', 'main');
      // The recipe of docs/pre-commit.md, pinned to a commit SHA as it says, strict (--max-warnings 0).
      fs.writeFileSync(path.join(user, '.pre-commit-config.yaml'), [
        'repos:',
        `  - repo: ${hookRepo}`,
        `    rev: ${sha}`,
        '    hooks:',
        '      - id: corpuslint',
        "        args: [--context, articles, --max-warnings, '0']",
        '',
      ].join('\n'));
      fs.mkdirSync(path.join(user, 'articles'));
      for (let i = 0; i < 3; i++) {
        fs.writeFileSync(path.join(user, `articles/story-${i}.txt`), `Council meets on day ${i}\n\nThe city council met on Tuesday to discuss the budget, the mayor said in a statement on day ${i}.\n`);
      }
      must(user, 'git', 'add', '.');
      must(user, 'git', 'commit', '-q', '--no-verify', '-m', 'corpus');
      must(user, 'pre-commit', 'install');

      fs.writeFileSync(path.join(user, 'articles/new.txt'), 'Skip to content\n\nBridge reopens\n\nThe old bridge reopened on Monday after six months of repairs, the transport department said.\n');
      must(user, 'git', 'add', 'articles/new.txt');
      const blocked = run(user, 'git', 'commit', '-m', 'add new');
      expect(blocked.out).not.toMatch(/An unexpected error has occurred|CalledProcessError/);
      expect(blocked.code, blocked.out).not.toBe(0);
      expect(blocked.out).toContain('articles/new.txt');
      expect(blocked.out).toMatch(/navigation residue `Skip to content`/);
      expect(blocked.out).not.toContain('story-'); // only the staged article is reported

      fs.writeFileSync(path.join(user, 'articles/new.txt'), 'Bridge reopens\n\nThe old bridge reopened on Monday after six months of repairs, the transport department said.\n');
      must(user, 'git', 'add', 'articles/new.txt');
      const ok = run(user, 'git', 'commit', '-m', 'add new');
      expect(ok.code, ok.out).toBe(0);
      expect(ok.out).toMatch(/corpuslint\.*Passed/);
    } finally {
      for (const dir of [hookRepo, user, env.PRE_COMMIT_HOME!]) fs.rmSync(dir, {recursive: true, force: true});
    }
  }, 900_000);
});
