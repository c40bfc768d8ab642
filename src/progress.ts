// The terminal progress line: one line on stderr, rewritten in place, for runs that take a while.
// Shown only when stderr is a terminal, not in CI, and not with --no-progress; never on stdout (which may
// carry a machine report). It appears once a run has lasted `delay` ms, so short runs print nothing.
// The engine's first pass is synchronous, so the line is drawn from the progress events themselves
// (throttled), not from a timer.
import type {RunOptions} from './engine/run.js';

export type ProgressEvent = Parameters<NonNullable<RunOptions['onProgress']>>[0];

/** The part of a stream the progress line needs (process.stderr, or a fake in tests). */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

export interface ProgressDecision {
  /** `--progress` / `--no-progress` (undefined when not given). */
  flag?: boolean;
  stream: ProgressStream;
  env?: NodeJS.ProcessEnv;
}

/** Whether to show the progress line: a TTY on stderr, not CI, and not turned off. */
export function shouldShowProgress({flag, stream, env = process.env}: ProgressDecision): boolean {
  if (flag === false) return false;
  if (!stream.isTTY) return false;
  if (isCI(env)) return false;
  if (env.TERM === 'dumb') return false;
  return true;
}

/** CI services set CI (GitHub Actions, GitLab, CircleCI, Travis, Buildkite...); a few only set their own. */
export function isCI(env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI;
  if (ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false') return true;
  return ['CONTINUOUS_INTEGRATION', 'BUILD_NUMBER', 'RUN_ID', 'GITHUB_ACTIONS', 'TF_BUILD'].some((k) => Boolean(env[k]));
}

const STAGES: Record<ProgressEvent['stage'], string> = {
  files: 'file rules',
  corpus: 'corpus rules',
  done: 'done',
};

/** The text of the line (without control codes), cut to the terminal's width. */
export function renderLine(event: ProgressEvent, elapsedMs: number, columns = 80): string {
  const rate = elapsedMs > 0 ? (event.done / elapsedMs) * 1000 : 0;
  const width = String(event.total).length;
  const pct = event.total ? Math.floor((event.done / event.total) * 100) : 100;
  const line = `corpuslint: ${String(event.done).padStart(width)}/${event.total} files (${pct}%) · ${Math.round(rate)} articles/s · ${STAGES[event.stage]}`;
  const max = Math.max(10, columns - 1);
  return line.length > max ? line.slice(0, max - 1) + '…' : line;
}

export interface ProgressOptions {
  stream: ProgressStream;
  /** How long a run must last before the line appears (ms). */
  delay?: number;
  /** Least time between two redraws (ms). */
  interval?: number;
  now?: () => number;
}

export interface Progress {
  onProgress: NonNullable<RunOptions['onProgress']>;
  /** Erase the line (if drawn). Safe to call more than once. */
  stop(): void;
  /** Whether anything was drawn. */
  readonly shown: boolean;
}

const CLEAR = '\r\x1b[2K';

/** The delay before the line appears: 1.5 s, or CORPUSLINT_PROGRESS_DELAY ms (for tests and the impatient). */
export function defaultDelay(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.CORPUSLINT_PROGRESS_DELAY);
  return env.CORPUSLINT_PROGRESS_DELAY !== undefined && Number.isFinite(value) && value >= 0 ? value : 1500;
}

export function createProgress({stream, delay = defaultDelay(), interval = 100, now = Date.now}: ProgressOptions): Progress {
  const start = now();
  let last = -Infinity;
  let shown = false;
  let stopped = false;
  const stop = () => {
    if (shown && !stopped) stream.write(CLEAR);
    stopped = true;
  };
  return {
    onProgress(event) {
      if (stopped) return;
      if (event.stage === 'done') return stop();
      const t = now();
      const elapsed = t - start;
      if (elapsed < delay) return;
      // Always draw a change of stage; otherwise at most every `interval` ms.
      if (t - last < interval && event.stage === 'files') return;
      last = t;
      shown = true;
      stream.write(CLEAR + renderLine(event, elapsed, stream.columns || 80));
    },
    stop,
    get shown() {
      return shown;
    },
  };
}
