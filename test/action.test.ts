// The composite action (action.yml): its bash steps run as a runner would run them (GITHUB_OUTPUT,
// GITHUB_ENV, the event's variables), in a temporary git repository, with the real built bin. The `uses:`
// steps (setup-node, cache, upload-sarif) are GitHub's own and are not run here.
import {describe, it, expect, beforeAll, afterAll} from 'vitest';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parse as parseYaml} from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Step {name: string; id?: string; shell?: string; run?: string; uses?: string; env?: Record<string, string>}
const action = parseYaml(fs.readFileSync(path.join(root, 'action.yml'), 'utf8')) as {inputs: Record<string, {default: string}>; runs: {using: string; steps: Step[]}};
const workflow = parseYaml(fs.readFileSync(path.join(root, '.github/workflows/corpuslint.yml'), 'utf8')) as {
  on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, {steps: Array<{uses?: string; with?: Record<string, unknown>}>}>;
};

let repo: string;
let base: string;
const gitEnv = {GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', GIT_CONFIG_NOSYSTEM: '1'};

function git(...args: string[]): string {
  const r = spawnSync('git', args, {cwd: repo, encoding: 'utf8', env: {...process.env, ...gitEnv, HOME: repo}});
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** Run the action's bash steps in order, with the inputs' defaults overridden by `inputs`. */
function runAction(inputs: Record<string, string>, event: Record<string, string>) {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(action.inputs)) values[k] = v.default;
  Object.assign(values, inputs);
  const outputFile = path.join(repo, '..', `${path.basename(repo)}-output`);
  const envFile = path.join(repo, '..', `${path.basename(repo)}-env`);
  fs.writeFileSync(envFile, '');
  const outputs: Record<string, Record<string, string>> = {};
  let env: Record<string, string> = {};
  let log = '';
  let code = 0;
  const expr = (s: string) => s.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, e: string) => {
    if (e.startsWith('inputs.')) return values[e.slice(7)] ?? '';
    if (e === 'github.action_path') return root;
    if (e === 'github.event_name') return event.name ?? 'push';
    if (e === 'github.event.pull_request.base.sha') return event.base ?? '';
    if (e === 'github.event.before') return event.before ?? '';
    const step = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(e);
    if (step) return outputs[step[1]]?.[step[2]] ?? '';
    throw new Error(`unknown expression ${e}`);
  });
  for (const step of action.runs.steps) {
    if (!step.run) continue;
    if (step.name === 'Fail on findings') continue; // `if:` on the outputs: checked by the test
    fs.writeFileSync(outputFile, '');
    const stepEnv: Record<string, string> = {};
    for (const [k, v] of Object.entries(step.env ?? {})) stepEnv[k] = expr(String(v));
    const r = spawnSync('bash', ['-e', '-c', step.run], {
      cwd: repo, encoding: 'utf8',
      env: {...process.env, ...gitEnv, HOME: repo, CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_OUTPUT: outputFile, GITHUB_ENV: envFile, ...env, ...stepEnv},
    });
    log += r.stdout + r.stderr;
    if (r.status !== 0) {
      code = r.status ?? 1;
      break;
    }
    const parsed = Object.fromEntries(fs.readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    if (step.id) outputs[step.id] = parsed;
    env = Object.fromEntries(fs.readFileSync(envFile, 'utf8').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  }
  return {outputs, env, log, code};
}

const story = (n: number) => `Armenian Prime Minister Nikol Pashinyan spoke in Yerevan on day ${n}. Pashinyan said talks would continue.\n`;

beforeAll(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'corpuslint-action-'));
  git('init', '-q', '-b', 'main');
  fs.writeFileSync(path.join(repo, '.corpuslintrc.json'), JSON.stringify({root: true, files: ['articles']}));
  fs.mkdirSync(path.join(repo, 'articles'));
  for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(repo, 'articles', `story-${i}.txt`), story(i));
  fs.writeFileSync(path.join(repo, 'articles', 'old.md'), '# Old\n\n<!-- corpuslint-disable -->\nAn old finding.\n');
  fs.writeFileSync(path.join(repo, '.gitignore'), '.corpuslintcache\n');
  git('add', '.');
  git('commit', '-q', '-m', 'corpus');
  base = git('rev-parse', 'HEAD');
  fs.writeFileSync(path.join(repo, 'articles', 'new.md'), '# New\n\n<!-- corpuslint-disable-next-line -->\nThe mayor spoke.\n');
  git('add', '.');
  git('commit', '-q', '-m', 'a new article');
});

afterAll(() => {
  for (const suffix of ['', '-output', '-env']) fs.rmSync(repo + suffix, {recursive: true, force: true});
});

describe('action.yml (composite)', () => {
  it('is a composite action that uploads SARIF to code scanning and caches', () => {
    expect(action.runs.using).toBe('composite');
    const uses = action.runs.steps.map((s) => s.uses).filter(Boolean);
    expect(uses).toEqual(expect.arrayContaining([expect.stringMatching(/^github\/codeql-action\/upload-sarif@/), expect.stringMatching(/^actions\/cache@/)]));
  });

  it('on a pull request, annotates and reports only the articles it changes', () => {
    const {outputs, env, log, code} = runAction({}, {name: 'pull_request', base});
    expect(code, log).toBe(0);
    expect(env.CORPUSLINT_BIN).toBe(path.join(root, 'dist/src/bin.js'));
    expect(outputs.scope.since).toBe(base);
    expect(outputs.lint['exit-code']).toBe('0'); // warnings only
    expect(log).toMatch(/::warning file=articles\/new\.md,line=3,col=1,[^\n]*title=corpuslint%3A unused-directive::/);
    expect(log).not.toContain('old.md');
    const sarif = JSON.parse(fs.readFileSync(path.join(repo, outputs.lint['sarif-file']), 'utf8')) as {runs: Array<{results: Array<{locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}>}>};
    const uris = new Set(sarif.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri));
    expect([...uris]).toEqual(['articles/new.md']);
    expect(fs.existsSync(path.join(repo, '.corpuslintcache'))).toBe(true);
  });

  it('on the first push of a branch (before = 000…0), reports the whole corpus; --max-warnings fails it', () => {
    const {outputs, log, code} = runAction({args: '--max-warnings 0'}, {name: 'push', before: '0'.repeat(40)});
    expect(code, log).toBe(0);
    expect(outputs.scope.since).toBe('');
    expect(log).toContain('file=articles/new.md');
    expect(log).toContain('file=articles/old.md');
    expect(outputs.lint['exit-code']).toBe('1'); // the "Fail on findings" step then fails the job
  });

  it('falls back to the whole corpus with a warning when the base commit cannot be found', () => {
    const {outputs, log} = runAction({sarif: 'false'}, {name: 'pull_request', base: 'f'.repeat(40)});
    expect(log).toContain('::warning title=corpuslint::cannot fetch');
    expect(outputs.scope.since).toBe('');
    expect(outputs.lint['sarif-file']).toBeUndefined();
  });
});

describe('.github/workflows/corpuslint.yml', () => {
  it('runs the action on pushes and pull requests with the permissions SARIF upload needs', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect(workflow.permissions).toMatchObject({'security-events': 'write', contents: 'read'});
    const steps = Object.values(workflow.jobs)[0].steps;
    expect(steps.some((s) => s.uses?.startsWith('actions/checkout@'))).toBe(true);
    expect(steps.some((s) => s.uses === './')).toBe(true);
  });
});
