import {describe, it, expect} from 'vitest';
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {shouldShowProgress, isCI, renderLine, createProgress, type ProgressStream} from '../src/progress.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function fakeStream(isTTY = true, columns = 100): ProgressStream & {chunks: string[]} {
  const chunks: string[] = [];
  return {isTTY, columns, chunks, write: (s: string) => chunks.push(s)};
}

describe('shouldShowProgress', () => {
  const tty = fakeStream(true);
  it('shows on a TTY outside CI', () => {
    expect(shouldShowProgress({stream: tty, env: {}})).toBe(true);
    expect(shouldShowProgress({stream: tty, env: {}, flag: true})).toBe(true);
  });
  it('never when stderr is not a TTY, even with --progress', () => {
    expect(shouldShowProgress({stream: fakeStream(false), env: {}})).toBe(false);
    expect(shouldShowProgress({stream: fakeStream(false), env: {}, flag: true})).toBe(false);
  });
  it('never in CI', () => {
    expect(shouldShowProgress({stream: tty, env: {CI: 'true'}})).toBe(false);
    expect(shouldShowProgress({stream: tty, env: {CI: '1'}})).toBe(false);
    expect(shouldShowProgress({stream: tty, env: {GITHUB_ACTIONS: 'true'}})).toBe(false);
    expect(isCI({CI: 'false'})).toBe(false);
    expect(isCI({CI: ''})).toBe(false);
  });
  it('never with --no-progress, or on a dumb terminal', () => {
    expect(shouldShowProgress({stream: tty, env: {}, flag: false})).toBe(false);
    expect(shouldShowProgress({stream: tty, env: {TERM: 'dumb'}})).toBe(false);
  });
});

describe('renderLine', () => {
  it('gives files done of total, articles per second and the stage', () => {
    expect(renderLine({stage: 'files', done: 150, total: 2225}, 3000)).toBe(
      'corpuslint:  150/2225 files (6%) · 50 articles/s · file rules',
    );
    expect(renderLine({stage: 'corpus', done: 2225, total: 2225}, 5000)).toContain('corpus rules');
  });
  it('fits the terminal width', () => {
    const line = renderLine({stage: 'files', done: 1, total: 40000}, 2000, 30);
    expect(line.length).toBeLessThanOrEqual(29);
    expect(line.endsWith('…')).toBe(true);
  });
});

describe('createProgress', () => {
  it('prints nothing for a run shorter than the delay', () => {
    const stream = fakeStream();
    let t = 0;
    const p = createProgress({stream, now: () => t});
    for (let i = 0; i < 10; i++) {
      t += 100;
      p.onProgress({stage: 'files', done: i, total: 10});
    }
    p.onProgress({stage: 'corpus', done: 10, total: 10});
    p.onProgress({stage: 'done', done: 10, total: 10});
    p.stop();
    expect(stream.chunks).toEqual([]);
    expect(p.shown).toBe(false);
  });

  it('draws one updating line after the delay, throttled, and erases it at the end', () => {
    const stream = fakeStream();
    let t = 0;
    const p = createProgress({stream, now: () => t, delay: 1500, interval: 100});
    for (let i = 0; i < 100; i++) {
      t += 40; // 25 files/s: 4 s in all
      p.onProgress({stage: 'files', done: i, total: 100});
    }
    p.onProgress({stage: 'corpus', done: 100, total: 100});
    p.onProgress({stage: 'done', done: 100, total: 100});
    p.stop();
    const out = stream.chunks.join('');
    expect(out).not.toContain('\n'); // one line, rewritten in place
    const draws = stream.chunks.filter((c) => c.includes('corpuslint:'));
    // 2.5 s of drawing at most every 100 ms, plus the corpus stage
    expect(draws.length).toBeGreaterThan(10);
    expect(draws.length).toBeLessThanOrEqual(27);
    expect(draws.every((c) => c.startsWith('\r\x1b[2K'))).toBe(true);
    expect(draws[0]).toMatch(/corpuslint: +\d+\/100 files \(\d+%\) · 2\d articles\/s · file rules/);
    expect(draws.at(-1)).toContain('corpus rules');
    expect(stream.chunks.at(-1)).toBe('\r\x1b[2K'); // erased: the report starts on a clean line
    expect(stream.chunks.filter((c) => c === '\r\x1b[2K')).toHaveLength(1);
  });
});

describe('the CLI', () => {
  it('writes no progress when stderr is not a terminal (and never on stdout)', () => {
    const bin = path.join(root, 'dist/src/bin.js');
    const r = spawnSync(process.execPath, [bin, 'seeds', '--format', 'json'], {cwd: root, encoding: 'utf8', env: {...process.env, CI: ''}});
    expect(r.stderr).not.toContain('corpuslint:  ');
    expect(r.stderr).not.toContain('\x1b[2K');
    expect(r.stdout).not.toContain('\x1b[2K');
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });
  const hasScript = spawnSync('script', ['--version'], {encoding: 'utf8'}).status === 0;
  it.skipIf(!hasScript)('draws the line on a real terminal (script(1) gives stderr a pty), and not with --no-progress or CI', () => {
    const bin = path.join(root, 'dist/src/bin.js');
    const run = (extra: string, env: Record<string, string>) => {
      const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} seeds --no-config -f json -o /dev/null ${extra}`;
      const r = spawnSync('script', ['-qec', cmd, '/dev/null'], {cwd: root, encoding: 'utf8', env: {...process.env, CI: '', GITHUB_ACTIONS: '', CORPUSLINT_PROGRESS_DELAY: '0', ...env}});
      return r.stdout;
    };
    const shown = run('', {});
    expect(shown).toMatch(/\r\x1b\[2Kcorpuslint: +\d+\/5 files \(\d+%\) · \d+ articles\/s · file rules/);
    expect(shown).toContain('corpus rules');
    expect(run('--no-progress', {})).not.toContain('corpuslint:');
    expect(run('', {CI: 'true'})).not.toContain('corpuslint:');
  });
  it('accepts --no-progress and --progress', () => {
    const bin = path.join(root, 'dist/src/bin.js');
    for (const flag of ['--no-progress', '--progress']) {
      const r = spawnSync(process.execPath, [bin, 'seeds', flag, '--format', 'json'], {cwd: root, encoding: 'utf8'});
      expect(r.stderr).not.toMatch(/Unknown argument/);
      expect([0, 1]).toContain(r.status);
    }
  });
});
