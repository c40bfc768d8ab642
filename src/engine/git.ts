// `--changed-since REF`: the files added, copied, modified or renamed since REF (committed, staged or
// in the working tree), plus untracked files that are not git-ignored. Absolute paths.
import {createRequire} from 'node:module';
import path from 'node:path';
import {UsageError} from '../config/errors.js';

// Required on first use: child_process and the modules it loads (net, dgram, streams; two dozen million
// instructions) are for --changed-since alone.
const require = createRequire(import.meta.url);
const childProcess = (): typeof import('node:child_process') => require('node:child_process') as typeof import('node:child_process');

function git(cwd: string, args: string[]): string {
  try {
    return childProcess().execFileSync('git', args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024});
  } catch (error) {
    const e = error as NodeJS.ErrnoException & {stderr?: string};
    if (e.code === 'ENOENT') throw new UsageError('--changed-since needs git, which was not found on PATH.');
    const why = (e.stderr ?? e.message).toString().trim().split('\n')[0];
    throw new UsageError(`--changed-since: git ${args[0]} failed: ${why}`);
  }
}

/** That `ref` names a commit, or a usage error with git's own reason (`--verify --quiet` gives none). */
function verifyCommit(cwd: string, ref: string): void {
  try {
    childProcess().execFileSync('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {cwd, stdio: 'ignore'});
    return;
  } catch {
    // Ask git why: what the name is, if anything.
  }
  const r = childProcess().spawnSync('git', ['cat-file', '-t', '--end-of-options', ref], {cwd, encoding: 'utf8'});
  const why = r.status === 0 ? `it names a ${r.stdout.trim()}, not a commit` : (r.stderr || 'git does not know it').trim().split('\n')[0].replace(/^fatal: /, '');
  throw new UsageError(`--changed-since: "${ref}" is not a commit in this repository (git: ${why}). Name a branch, tag or commit; in a shallow clone, fetch it first.`);
}

export function changedSince(cwd: string, ref: string): Set<string> {
  if (ref.startsWith('-')) throw new UsageError(`--changed-since: "${ref}" is not a git revision.`);
  const top = git(cwd, ['rev-parse', '--show-toplevel']).trim();
  verifyCommit(cwd, ref);
  const changed = git(cwd, ['diff', '--name-only', '-z', '--no-renames', '--diff-filter=ACMRT', ref, '--'])
    .split('\0').filter(Boolean);
  const untracked = git(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--full-name', ':/'])
    .split('\0').filter(Boolean);
  return new Set([...changed, ...untracked].map((p) => path.resolve(top, p)));
}
