// Trains the learned residue classifier of no-boilerplate and writes rules/data/residue-model.json.
//
//   npm run train:residue -- [--study ../sets/study] [--score ../sets/score] [--sets boilerplate,boilerplate-web]
//                             [--out rules/data/residue-model.json] [--date YYYY-MM-DD] [--dry]
//
// Reads each set's `gold.jsonl` (file, line, label) and `articles/` in the layout of the shared evaluation sets,
// trains on the STUDY part of every set (files and lines in sorted order, no sampling: the same data gives the
// same weights), picks the decision threshold on the study part, and reports precision and recall per set on
// both parts. The texts are read for training only; nothing of them is written.
import fs from 'node:fs';
import path from 'node:path';
import type {Root} from 'nlcst';
import {TextLayer} from '../text/layer.js';
import {FEATURES, N_FEATURES, lineFeatures} from './residue-features.js';
import {trainGbt, compileGbt, gbtMargin, type GbtOptions} from './gbt.js';
import type {ResidueModelFile} from './residue-model.js';

export const DEFAULT_OPTIONS: GbtOptions = {trees: 100, depth: 4, learningRate: 0.1, minChild: 20, lambda: 1, bins: 32};
/** Weight of each set's lines in training, by set index (the small news set counts as much as the web set). */
export let SET_WEIGHTS: number[] = [4, 1];
export function setWeights(w: number[]): void { SET_WEIGHTS = w; }
const weightsOf = (ex: Example) => Float64Array.from(ex.set, (s) => SET_WEIGHTS[s] ?? 1);

export interface Example {
  /** Feature rows, N_FEATURES each. */
  X: Float64Array;
  y: Uint8Array;
  /** Which set each row came from (index into the sets given). */
  set: Uint8Array;
  /** Which article each row came from (running number over the sets, in sorted order). */
  group: Int32Array;
}

const HAND = FEATURES.indexOf('handKind');
const EMPTY_TREE = {type: 'RootNode', children: []} as unknown as Root;

/** The layer of a plain-text article, as the linter builds it (the retext tree is not read by the features). */
export function layerOf(text: string): TextLayer {
  return new TextLayer(text, EMPTY_TREE, 'text');
}

/** Labelled rows of one set folder (gold.jsonl + articles/): RESIDUE 1, BODY and TITLE 0, other labels left out. */
export function readSet(dir: string): {rows: number[][]; labels: number[]; files: number[]} {
  const gold = new Map<string, Map<number, string>>();
  for (const line of fs.readFileSync(path.join(dir, 'gold.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const g = JSON.parse(line) as {file: string; line: number; label: string};
    if (!gold.has(g.file)) gold.set(g.file, new Map());
    gold.get(g.file)!.set(g.line, g.label);
  }
  const rows: number[][] = [];
  const labels: number[] = [];
  const files: number[] = [];
  let fileNo = -1;
  for (const file of [...gold.keys()].sort()) {
    fileNo++;
    const p = path.join(dir, 'articles', file);
    if (!fs.existsSync(p)) continue;
    const layer = layerOf(fs.readFileSync(p, 'utf8'));
    const X = lineFeatures(layer);
    const byLine = gold.get(file)!;
    for (const n of [...byLine.keys()].sort((a, b) => a - b)) {
      const label = byLine.get(n);
      const i = n - 1;
      // TITLE (the headline, not scored by the sets) is article text: the model must learn headlines are no residue
      if ((label !== 'RESIDUE' && label !== 'BODY' && label !== 'TITLE') || i >= layer.lines.length || layer.lines[i].blank) continue;
      rows.push(Array.from(X.subarray(i * N_FEATURES, (i + 1) * N_FEATURES)));
      labels.push(label === 'RESIDUE' ? 1 : 0);
      files.push(fileNo);
    }
  }
  return {rows, labels, files};
}

export function examplesOf(parts: Array<{rows: number[][]; labels: number[]; files: number[]}>): Example {
  let n = 0;
  for (const p of parts) n += p.labels.length;
  const X = new Float64Array(n * N_FEATURES);
  const y = new Uint8Array(n);
  const set = new Uint8Array(n);
  const group = new Int32Array(n);
  let r = 0;
  let offset = 0;
  parts.forEach((p, s) => {
    let max = -1;
    for (let k = 0; k < p.labels.length; k++, r++) {
      X.set(p.rows[k], r * N_FEATURES);
      y[r] = p.labels[k];
      set[r] = s;
      group[r] = offset + p.files[k];
      max = Math.max(max, p.files[k]);
    }
    offset += max + 1;
  });
  return {X, y, set, group};
}

export interface Figures {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
}

function figures(pred: Uint8Array, y: Uint8Array, keep: (r: number) => boolean): Figures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let r = 0; r < y.length; r++) {
    if (!keep(r)) continue;
    if (pred[r] && y[r]) tp++;
    else if (pred[r]) fp++;
    else if (y[r]) fn++;
  }
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return {precision: round(tp / Math.max(1, tp + fp)), recall: round(tp / Math.max(1, tp + fn)), tp, fp, fn};
}

function subset(ex: Example, keep: (r: number) => boolean): Example {
  const rows: number[] = [];
  for (let r = 0; r < ex.y.length; r++) if (keep(r)) rows.push(r);
  const X = new Float64Array(rows.length * N_FEATURES);
  rows.forEach((r, k) => X.set(ex.X.subarray(r * N_FEATURES, (r + 1) * N_FEATURES), k * N_FEATURES));
  return {X, y: Uint8Array.from(rows, (r) => ex.y[r]), set: Uint8Array.from(rows, (r) => ex.set[r]), group: Int32Array.from(rows, (r) => ex.group[r])};
}

export const FOLDS = 5;

/** Out-of-fold margins: each article's lines scored by a model trained without that article's fold. */
export function outOfFold(ex: Example, options: GbtOptions): Float64Array {
  const margins = new Float64Array(ex.y.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const inFold = (r: number) => ex.group[r] % FOLDS === fold;
    const part = subset(ex, (r) => !inFold(r));
    const c = compileGbt(trainGbt(part.X, part.y, N_FEATURES, options, weightsOf(part)));
    for (let r = 0; r < ex.y.length; r++) if (inFold(r)) margins[r] = gbtMargin(c, ex.X, r, N_FEATURES);
  }
  return margins;
}

/**
 * The threshold (in steps of 0.01) that maximises the mean over the sets of F0.5 (precision counts twice as
 * much as recall: a warning that is wrong costs a reader more than a line left in).
 */
export function pickThreshold(margins: Float64Array, ex: Example, nSets: number): number {
  let best = 0.5;
  let bestScore = -1;
  for (let k = 30; k <= 95; k++) {
    const p = k / 100;
    let sum = 0;
    for (const f of figuresAt(margins, p, ex, nSets)) {
      const d = 0.25 * f.precision + f.recall;
      sum += d > 0 ? (1.25 * f.precision * f.recall) / d : 0;
    }
    if (sum > bestScore + 1e-9) { bestScore = sum; best = p; }
  }
  return best;
}

export function figuresAt(margins: Float64Array, threshold: number, ex: Example, nSets: number): Figures[] {
  const m = Math.log(threshold / (1 - threshold));
  const pred = Uint8Array.from(margins, (v) => (v >= m ? 1 : 0));
  const out: Figures[] = [];
  for (let s = 0; s < nSets; s++) out.push(figures(pred, ex.y, (r) => ex.set[r] === s));
  return out;
}

/**
 * Train on examples. The threshold is chosen on out-of-fold scores of the study part (5 folds by article),
 * as the one with the best mean F0.5 over the sets; the weights are then fitted on it all.
 */
export function train(ex: Example, nSets: number, options: GbtOptions = DEFAULT_OPTIONS): {file: Omit<ResidueModelFile, 'provenance'>; oof: Figures[]} {
  const oofMargins = outOfFold(ex, options);
  const threshold = pickThreshold(oofMargins, ex, nSets);
  const model = trainGbt(ex.X, ex.y, N_FEATURES, options, weightsOf(ex));
  return {file: {features: [...FEATURES], threshold, model}, oof: figuresAt(oofMargins, threshold, ex, nSets)};
}

export function evaluate(file: Omit<ResidueModelFile, 'provenance'>, ex: Example, nSets: number): Figures[] {
  const c = compileGbt(file.model);
  const m = Math.log(file.threshold / (1 - file.threshold));
  const pred = new Uint8Array(ex.y.length);
  for (let r = 0; r < ex.y.length; r++) pred[r] = gbtMargin(c, ex.X, r, N_FEATURES) >= m ? 1 : 0;
  const out: Figures[] = [];
  for (let s = 0; s < nSets; s++) out.push(figures(pred, ex.y, (r) => ex.set[r] === s));
  return out;
}

function main(argv: string[]): void {
  const opt = (name: string, fallback: string) => {
    const i = argv.indexOf(name);
    return i === -1 ? fallback : argv[i + 1];
  };
  const studyDir = path.resolve(opt('--study', '../sets/study'));
  const scoreDir = path.resolve(opt('--score', '../sets/score'));
  const sets = opt('--sets', 'boilerplate,boilerplate-web').split(',');
  const out = path.resolve(opt('--out', 'rules/data/residue-model.json'));
  const date = opt('--date', new Date().toISOString().slice(0, 10));
  const options: GbtOptions = {...DEFAULT_OPTIONS};
  for (const k of Object.keys(options) as Array<keyof GbtOptions>) options[k] = Number(opt(`--${k}`, String(options[k])));
  const study = examplesOf(sets.map((s) => readSet(path.join(studyDir, s))));
  const score = examplesOf(sets.map((s) => readSet(path.join(scoreDir, s))));
  const {file, oof} = train(study, sets.length, options);
  const hand = (ex: Example) => figuresAt(Float64Array.from({length: ex.y.length}, (_, r) => (ex.X[r * N_FEATURES + HAND] > 0 ? 1 : -1)), 0.5, ex, sets.length);
  const hStudy = hand(study);
  const hScore = hand(score);
  sets.forEach((s, i) => console.log(`${s.padEnd(16)} hand rules: study P ${hStudy[i].precision.toFixed(3)} R ${hStudy[i].recall.toFixed(3)}   score P ${hScore[i].precision.toFixed(3)} R ${hScore[i].recall.toFixed(3)}`));
  const fStudy = evaluate(file, study, sets.length);
  const fScore = evaluate(file, score, sets.length);
  const report: Record<string, {study: Figures; studyCrossValidated: Figures; score: Figures}> = {};
  sets.forEach((s, i) => { report[s] = {study: fStudy[i], studyCrossValidated: oof[i], score: fScore[i]}; });
  const pr = (f: Figures) => `P ${f.precision.toFixed(3)} R ${f.recall.toFixed(3)}`;
  for (const [s, r] of Object.entries(report)) console.log(`${s.padEnd(16)} study ${pr(r.study)}   study (${FOLDS}-fold) ${pr(r.studyCrossValidated)}   score ${pr(r.score)}`);
  console.log(`threshold ${file.threshold}, ${file.model.feature.length / ((1 << file.model.depth) - 1)} trees of depth ${file.model.depth}, ${study.y.length} study lines`);
  if (argv.includes('--dry')) return;
  const full: ResidueModelFile = {
    provenance: {
      about: 'Weights of the learned line classifier of no-boilerplate (src/learn/). Trained by `npm run train:residue` on the study part of the labelled sets (lines labelled RESIDUE or BODY); the texts are not in the project, only these weights.',
      data: sets.map((s) => `${s} (study part: ${path.relative(process.cwd(), path.join(studyDir, s))})`),
      date,
      model: 'gradient-boosted trees, logistic loss',
      options,
      setWeights: Object.fromEntries(sets.map((s, i) => [s, SET_WEIGHTS[i] ?? 1])),
      threshold: 'chosen on 5-fold cross-validated scores of the study part (folds by article): best mean F0.5 over the sets',
      lines: study.y.length,
      figures: 'line-level precision/recall of the model alone (without the corpus repetition test) on the study and score parts',
      report,
    },
    ...file,
  };
  fs.writeFileSync(out, JSON.stringify(full) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) main(process.argv.slice(2));
