// Spawn the real built bin in a temporary folder of fixtures.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const bin = path.join(root, 'dist/src/bin.js');

export interface Spawned {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: {cwd: string; input?: string; env?: Record<string, string>}): Spawned {
  const env: Record<string, string | undefined> = {...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, CI: 'true', ...options.env};
  const r = spawnSync(process.execPath, [bin, ...args], {cwd: options.cwd, input: options.input ?? '', encoding: 'utf8', env: env as NodeJS.ProcessEnv, timeout: 60_000});
  return {code: r.status, stdout: r.stdout, stderr: r.stderr};
}

/** A temporary folder holding the given files (path → text). */
export function tempTree(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpuslint-'));
  for (const [name, value] of Object.entries(files)) {
    const target = path.join(dir, name);
    fs.mkdirSync(path.dirname(target), {recursive: true});
    fs.writeFileSync(target, value);
  }
  return dir;
}

/**
 * The command run in this process (vitest's forks pool lets a test change folder): for checks that need no
 * process of their own (configuration errors), at a fraction of a spawn's cost. Output is captured.
 */
export async function runInProcess(args: string[], options: {cwd: string}): Promise<Spawned> {
  const {main} = await import('../../src/cli.js');
  const before = process.cwd();
  const out: string[] = [];
  const err: string[] = [];
  const write = {out: process.stdout.write, err: process.stderr.write};
  process.stdout.write = ((chunk: string | Uint8Array) => (out.push(String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => (err.push(String(chunk)), true)) as typeof process.stderr.write;
  try {
    process.chdir(options.cwd);
    const code = await main(['--no-progress', ...args]);
    return {code, stdout: out.join(''), stderr: err.join('')};
  } finally {
    process.chdir(before);
    process.stdout.write = write.out;
    process.stderr.write = write.err;
  }
}
