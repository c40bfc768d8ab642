// Spawn the real built bin (dist/src/bin.js) in a temporary folder: what a CI job sees.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/src/bin.js');

export function tmpdir(files: Record<string, string | Uint8Array> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpuslint-robust-'));
  fs.chmodSync(dir, 0o755);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), {recursive: true});
    fs.writeFileSync(file, content);
  }
  return dir;
}

const NOBODY = ['--reuid=nobody', '--regid=nogroup', '--clear-groups'];
/**
 * `setpriv` lets a root test run the bin as `nobody`, for whom chmod 000 does deny reads. Only where
 * `nobody` can reach the checkout at all: a clone inside a private folder (mktemp -d is mode 700) is
 * out of its reach, and every run would fail for that reason instead of the one under test.
 */
export const canDropPrivileges =
  process.getuid?.() === 0 &&
  spawnSync('setpriv', ['--version']).status === 0 &&
  spawnSync('setpriv', [...NOBODY, process.execPath, '-e', 'require("fs").accessSync(process.argv[1], require("fs").constants.R_OK)', BIN]).status === 0;

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  json?: Array<{path: string; messages: Array<{ruleId: string; reason: string; line: number; column: number; fatal?: boolean; place: {start: {line: number; column: number; offset: number}; end: {line: number; column: number; offset: number}}}>}>;
}

export function cli(cwd: string, args: string[], options: {asNobody?: boolean; timeout?: number} = {}): Run {
  const command = options.asNobody ? 'setpriv' : process.execPath;
  const argv = options.asNobody ? [...NOBODY, process.execPath, BIN, ...args] : [BIN, ...args];
  const r = spawnSync(command, argv, {cwd, encoding: 'utf8', timeout: options.timeout ?? 60_000, env: {...process.env, NO_COLOR: '1'}});
  const out: Run = {code: r.status, stdout: r.stdout, stderr: r.stderr};
  if (args.includes('json')) {
    try {
      out.json = JSON.parse(r.stdout);
    } catch {
      // not JSON: the test will say so
    }
  }
  return out;
}

export function messagesOf(run: Run, file: string): string[] {
  const f = run.json?.find((x) => x.path === file);
  return f ? f.messages.map((m) => `${m.place.start.line}:${m.place.start.column}-${m.place.end.line}:${m.place.end.column} ${m.ruleId}: ${m.reason}`) : ['<no such file in the report>'];
}
