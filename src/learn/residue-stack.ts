// The second stage of the learned residue classifier (src/learn/residue-model.ts): the line's features plus
// the first stage's verdicts on its neighbourhood. The first stage sees the neighbours' shape but not what it
// makes of them, so a teaser headline or a cookie notice in the middle of a run of lines it calls residue can
// stay below its threshold; the second stage reads the run.
//
// The margins are the first stage's log-odds. In training they are out of fold (each article scored by a
// model that did not see it), at run time they come from the full first-stage model.
import {FEATURES, N_FEATURES, featureIndex, handCodeStands} from './residue-features.js';

/** Features the second stage adds to each line's row: the first stage's margins around the line. */
export const STACK_FEATURES = [
  /** The line's own first-stage margin. */
  's1.self',
  /** The previous and next non-blank line's margins, and the 2nd previous and next. */
  's1.prev', 's1.next', 's1.prev2', 's1.next2',
  /** Over the 3 non-blank lines either side (the line itself left out): the highest and the mean margin. */
  's1.windowMax', 's1.windowMean',
  /** The share of those lines the first stage calls residue (the hand rules' or its margin over its threshold). */
  's1.windowShare',
  /** How many non-blank lines in a row just before and just after the line the first stage calls residue (at most 5). */
  's1.runBefore', 's1.runAfter',
] as const;

/** The second stage's features, in order: the first stage's, then the stacked ones. */
export const STAGE2_FEATURES: readonly string[] = [...FEATURES, ...STACK_FEATURES];
export const N_STAGE2 = STAGE2_FEATURES.length;

/** Margins are clipped to ±CLIP; a neighbour that is not there reads as ABSENT (below any margin). */
const CLIP = 8;
const ABSENT = -9;
const WINDOW = 3;
const RUN = 5;

/** The first stage's verdicts on an article's non-blank lines, in order, as the stacked features read them. */
export interface StageOne {
  /** The non-blank lines' indices. */
  idx: Int32Array;
  /** Per non-blank line: its margin, clipped. */
  margin: Float64Array;
  /** Per non-blank line: 1 when the hand rules flag it or its margin reaches the first stage's threshold. */
  called: Uint8Array;
}

/**
 * The first stage's verdicts, from the margins of every non-blank line (blank lines' entries are not read),
 * whether the hand rules flag a line, and the first stage's decision margin.
 */
export function stageOne(n: number, blank: ArrayLike<number | boolean>, margins: Float64Array, hand: (i: number) => boolean, cut: number): StageOne {
  let m = 0;
  for (let i = 0; i < n; i++) if (!blank[i]) m++;
  const idx = new Int32Array(m);
  for (let i = 0, k = 0; i < n; i++) if (!blank[i]) idx[k++] = i;
  const margin = new Float64Array(m);
  const called = new Uint8Array(m);
  for (let k = 0; k < m; k++) {
    const i = idx[k];
    margin[k] = Math.max(-CLIP, Math.min(CLIP, margins[i]));
    called[k] = hand(i) || margins[i] >= cut ? 1 : 0;
  }
  return {idx, margin, called};
}

/**
 * The second stage's row of the k-th non-blank line into out[at..at+N_STAGE2): its first-stage row (X,
 * N_FEATURES per line) followed by the stacked features.
 */
export function stackedRow(X: Float64Array, s: StageOne, k: number, out: Float64Array, at: number): void {
  const {idx, margin: mk, called} = s;
  const m = idx.length;
  const i = idx[k];
  out.set(X.subarray(i * N_FEATURES, (i + 1) * N_FEATURES), at);
  const c = at + N_FEATURES;
  const near = (j: number) => (j >= 0 && j < m ? mk[j] : ABSENT);
  out[c] = mk[k];
  out[c + 1] = near(k - 1);
  out[c + 2] = near(k + 1);
  out[c + 3] = near(k - 2);
  out[c + 4] = near(k + 2);
  let max = ABSENT;
  let sum = 0;
  let count = 0;
  let share = 0;
  for (let j = Math.max(0, k - WINDOW); j <= Math.min(m - 1, k + WINDOW); j++) {
    if (j === k) continue;
    if (mk[j] > max) max = mk[j];
    sum += mk[j];
    share += called[j];
    count++;
  }
  out[c + 5] = max;
  out[c + 6] = count > 0 ? sum / count : ABSENT;
  out[c + 7] = count > 0 ? share / count : -1;
  let before = 0;
  while (before < RUN && k - before - 1 >= 0 && called[k - before - 1]) before++;
  let after = 0;
  while (after < RUN && k + after + 1 < m && called[k + after + 1]) after++;
  out[c + 8] = before;
  out[c + 9] = after;
}

/**
 * The second stage's rows for n lines (N_STAGE2 per line, blank lines a row of zeros): each non-blank line's
 * first-stage row followed by the stacked features, from the first-stage margins of every non-blank line,
 * whether the hand rules flag a line, and the first stage's decision margin.
 */
export function stackedRows(X: Float64Array, n: number, blank: ArrayLike<number | boolean>, margins: Float64Array, hand: (i: number) => boolean, cut: number): Float64Array {
  const out = new Float64Array(n * N_STAGE2);
  const s = stageOne(n, blank, margins, hand, cut);
  for (let k = 0; k < s.idx.length; k++) stackedRow(X, s, k, out, s.idx[k] * N_STAGE2);
  return out;
}

const HAND = featureIndex('handKind');
const SELF = N_FEATURES;
const RUN_BEFORE = N_FEATURES + STACK_FEATURES.indexOf('s1.runBefore');
const RUN_AFTER = N_FEATURES + STACK_FEATURES.indexOf('s1.runAfter');

/**
 * Whether the second stage judges a line (a row of stackedRows): one whose hand verdict does not stand and the first
 * stage does not call residue (margin below `cut`), standing next to lines either stage calls residue: with
 * `both`, on both sides (sandwiched), else on either. The other lines keep the first stage's verdict.
 */
export function rescueCandidate(rows: Float64Array, i: number, cut: number, both: boolean): boolean {
  const r = i * N_STAGE2;
  if (handCodeStands(rows[r + HAND]) || rows[r + SELF] >= cut) return false;
  return both ? rows[r + RUN_BEFORE] > 0 && rows[r + RUN_AFTER] > 0 : rows[r + RUN_BEFORE] > 0 || rows[r + RUN_AFTER] > 0;
}

/**
 * rescueCandidate on the first stage's verdicts, before any row is built: the k-th non-blank line, not flagged
 * by the hand rules (`hand`), not called residue, next to a line that is.
 */
export function candidateAt(s: StageOne, k: number, hand: boolean, both: boolean): boolean {
  if (hand || s.called[k]) return false;
  const before = k > 0 && s.called[k - 1] === 1;
  const after = k + 1 < s.idx.length && s.called[k + 1] === 1;
  return both ? before && after : before || after;
}
