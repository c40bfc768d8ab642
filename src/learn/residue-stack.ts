// The second stage of the learned residue classifier (src/learn/residue-model.ts): the line's features plus
// the first stage's verdicts on its neighbourhood. The first stage sees the neighbours' shape but not what it
// makes of them, so a teaser headline or a cookie notice in the middle of a run of lines it calls residue can
// stay below its threshold; the second stage reads the run.
//
// The margins are the first stage's log-odds. In training they are out of fold (each article scored by a
// model that did not see it), at run time they come from the full first-stage model.
import {FEATURES, N_FEATURES, featureIndex} from './residue-features.js';

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

/**
 * The second stage's rows for n lines: each non-blank line's first-stage row (X, N_FEATURES per line) followed
 * by the stacked features, from the first-stage margins of every non-blank line, whether the hand rules flag a
 * line, and the first stage's decision margin. Blank lines keep a row of zeros.
 */
export function stackedRows(X: Float64Array, n: number, blank: ArrayLike<number | boolean>, margins: Float64Array, hand: (i: number) => boolean, cut: number): Float64Array {
  const out = new Float64Array(n * N_STAGE2);
  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (!blank[i]) idx.push(i);
  const m = idx.length;
  const mk = new Float64Array(m);
  const called = new Uint8Array(m);
  for (let k = 0; k < m; k++) {
    const i = idx[k];
    mk[k] = Math.max(-CLIP, Math.min(CLIP, margins[i]));
    called[k] = hand(i) || margins[i] >= cut ? 1 : 0;
  }
  const at = (k: number) => (k >= 0 && k < m ? mk[k] : ABSENT);
  for (let k = 0; k < m; k++) {
    const i = idx[k];
    const row = i * N_STAGE2;
    out.set(X.subarray(i * N_FEATURES, (i + 1) * N_FEATURES), row);
    const c = row + N_FEATURES;
    out[c] = mk[k];
    out[c + 1] = at(k - 1);
    out[c + 2] = at(k + 1);
    out[c + 3] = at(k - 2);
    out[c + 4] = at(k + 2);
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
  return out;
}

const HAND = featureIndex('handKind');
const SELF = N_FEATURES;
const RUN_BEFORE = N_FEATURES + STACK_FEATURES.indexOf('s1.runBefore');
const RUN_AFTER = N_FEATURES + STACK_FEATURES.indexOf('s1.runAfter');

/**
 * Whether the second stage judges a line (a row of stackedRows): one the hand rules did not flag and the first
 * stage does not call residue (margin below `cut`), standing next to lines either stage calls residue: with
 * `both`, on both sides (sandwiched), else on either. The other lines keep the first stage's verdict.
 */
export function rescueCandidate(rows: Float64Array, i: number, cut: number, both: boolean): boolean {
  const r = i * N_STAGE2;
  if (rows[r + HAND] > 0 || rows[r + SELF] >= cut) return false;
  return both ? rows[r + RUN_BEFORE] > 0 && rows[r + RUN_AFTER] > 0 : rows[r + RUN_BEFORE] > 0 || rows[r + RUN_AFTER] > 0;
}
