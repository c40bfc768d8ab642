// `--changed-since REF`: the files added, copied, modified or renamed since REF (committed, staged or
// in the working tree), plus untracked files that are not git-ignored. Absolute paths.
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {UsageError} from '../config/errors.js';

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024});
  } catch (error) {
    const e = error as NodeJS.ErrnoException & {stderr?: string};
    if (e.code === 'ENOENT') throw new UsageError('--changed-since needs git, which was not found on PATH.');
    const why = (e.stderr ?? e.message).toString().trim().split('\n')[0];
    throw new UsageError(`--changed-since: git ${args[0]} failed: ${why}`);
  }
}

export function changedSince(cwd: string, ref: string): Set<string> {
  if (ref.startsWith('-')) throw new UsageError(`--changed-since: "${ref}" is not a git revision.`);
  const top = git(cwd, ['rev-parse', '--show-toplevel']).trim();
  git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  const changed = git(cwd, ['diff', '--name-only', '-z', '--no-renames', '--diff-filter=ACMRT', ref, '--'])
    .split('\0').filter(Boolean);
  const untracked = git(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--full-name', ':/'])
    .split('\0').filter(Boolean);
  return new Set([...changed, ...untracked].map((p) => path.resolve(top, p)));
}
