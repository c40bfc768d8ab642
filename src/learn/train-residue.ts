// Trains the learned residue classifier of no-boilerplate and writes rules/data/residue-model.json.
//
//   npm run train:residue -- [--study ../sets/study] [--score ../sets/score] [--sets boilerplate,boilerplate-web]
//                             [--out rules/data/residue-model.json] [--date YYYY-MM-DD] [--stages 1|2] [--judges either|both|all] [--dry]
//
// Reads each set's `gold.jsonl` (file, line, label) and `articles/` in the layout of the shared evaluation sets,
// trains on the STUDY part of every set (files and lines in sorted order, no sampling: the same data gives the
// same weights), picks the decision threshold on the study part, and reports precision and recall per set on
// both parts. The texts are read for training only; nothing of them is written.
import fs from 'node:fs';
import path from 'node:path';
import type {Root} from 'nlcst';
import {TextLayer} from '../text/layer.js';
import {FEATURES, N_FEATURES, lineFeatures, handCodeStands} from './residue-features.js';
import {trainGbt, compileGbt, gbtMargin, type CompiledGbt, type GbtOptions} from './gbt.js';
import type {ResidueModelFile} from './residue-model.js';
import {STAGE2_FEATURES, N_STAGE2, stackedRows, rescueCandidate} from './residue-stack.js';

export const DEFAULT_OPTIONS: GbtOptions = {trees: 100, depth: 4, learningRate: 0.1, minChild: 20, lambda: 1, bins: 32};
/** Weight of each set's lines in training, by set index (the small news set counts as much as the web set). */
export let SET_WEIGHTS: number[] = [4, 1];
export function setWeights(w: number[]): void { SET_WEIGHTS = w; }

/** One article of a set: its feature rows (every line) and its labelled lines. */
export interface Article {
  /** Feature rows, N_FEATURES per line (blank lines: zeros). */
  X: Float64Array;
  n: number;
  blank: Uint8Array;
  /** Labelled lines (0-based) and their labels (1 residue, 0 article text). */
  at: Int32Array;
  y: Uint8Array;
  /** The set it came from (index into the sets given) and its running number over the sets (for the folds). */
  set: number;
  group: number;
  /** The article's file name in its set. */
  file: string;
}

export interface Example {
  articles: Article[];
  nSets: number;
}

const HAND = FEATURES.indexOf('handKind');
const CHARS = FEATURES.indexOf('chars');
const EMPTY_TREE = {type: 'RootNode', children: []} as unknown as Root;

/** The layer of a plain-text article, as the linter builds it (the retext tree is not read by the features). */
export function layerOf(text: string): TextLayer {
  return new TextLayer(text, EMPTY_TREE, 'text');
}

/** The articles of one set folder (gold.jsonl + articles/): RESIDUE 1, BODY and TITLE 0, other labels left out. */
export function readSet(dir: string): Article[] {
  const gold = new Map<string, Map<number, string>>();
  for (const line of fs.readFileSync(path.join(dir, 'gold.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const g = JSON.parse(line) as {file: string; line: number; label: string};
    if (!gold.has(g.file)) gold.set(g.file, new Map());
    gold.get(g.file)!.set(g.line, g.label);
  }
  const out: Article[] = [];
  let fileNo = -1;
  for (const file of [...gold.keys()].sort()) {
    fileNo++;
    const p = path.join(dir, 'articles', file);
    if (!fs.existsSync(p)) continue;
    const layer = layerOf(fs.readFileSync(p, 'utf8'));
    const X = lineFeatures(layer);
    const byLine = gold.get(file)!;
    const at: number[] = [];
    const y: number[] = [];
    for (const n of [...byLine.keys()].sort((a, b) => a - b)) {
      const label = byLine.get(n);
      const i = n - 1;
      // TITLE (the headline, not scored by the sets) is article text: the model must learn headlines are no residue
      if ((label !== 'RESIDUE' && label !== 'BODY' && label !== 'TITLE') || i >= layer.lines.length || layer.lines[i].blank) continue;
      at.push(i);
      y.push(label === 'RESIDUE' ? 1 : 0);
    }
    const n = layer.lines.length;
    out.push({X, n, blank: Uint8Array.from(layer.lines, (l) => (l.blank ? 1 : 0)), at: Int32Array.from(at), y: Uint8Array.from(y), set: 0, group: fileNo, file});
  }
  return out;
}

/** The articles of several sets, numbered for the folds. */
export function examplesOf(parts: Article[][]): Example {
  const articles: Article[] = [];
  let offset = 0;
  parts.forEach((p, s) => {
    let max = -1;
    for (const a of p) {
      articles.push({...a, set: s, group: offset + a.group});
      max = Math.max(max, a.group);
    }
    offset += max + 1;
  });
  return {articles, nSets: parts.length};
}

/** The labelled rows of some articles (those `keep` keeps), d columns taken from rows(article). */
function matrixOf(articles: Article[], rows: (a: Article) => Float64Array, d: number, keep?: (a: Article, i: number) => boolean): {X: Float64Array; y: Uint8Array; w: Float64Array} {
  let n = 0;
  for (const a of articles) for (const i of a.at) if (!keep || keep(a, i)) n++;
  const X = new Float64Array(n * d);
  const y = new Uint8Array(n);
  const w = new Float64Array(n);
  let r = 0;
  for (const a of articles) {
    const R = rows(a);
    for (let k = 0; k < a.at.length; k++) {
      if (keep && !keep(a, a.at[k])) continue;
      X.set(R.subarray(a.at[k] * d, (a.at[k] + 1) * d), r * d);
      y[r] = a.y[k];
      w[r] = SET_WEIGHTS[a.set] ?? 1;
      r++;
    }
  }
  return {X, y, w};
}

export interface Figures {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
}

export const FOLDS = 5;

/** Margins of every non-blank line of an article. */
function marginsOf(c: CompiledGbt, X: Float64Array, a: Article, d: number): Float64Array {
  const m = new Float64Array(a.n);
  for (let i = 0; i < a.n; i++) if (!a.blank[i]) m[i] = gbtMargin(c, X, i, d);
  return m;
}

/** A model fitted on rows X (d columns); with no rows (no line for stage 2 to judge), one that calls nothing residue. */
function fit(X: Float64Array, y: Uint8Array, d: number, options: GbtOptions, w: Float64Array) {
  return y.length > 0 ? trainGbt(X, y, d, options, w) : {depth: options.depth, base: -50, feature: [], threshold: [], leaf: []};
}

/** Out-of-fold margins: each article scored by a model trained (on the labelled lines `keep` keeps) without its fold. */
function outOfFold(ex: Example, rows: (a: Article) => Float64Array, d: number, options: GbtOptions, keep?: (a: Article, i: number) => boolean): Float64Array[] {
  const out: Float64Array[] = new Array(ex.articles.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = ex.articles.filter((a) => a.group % FOLDS !== fold);
    const {X, y, w} = matrixOf(train, rows, d, keep);
    const c = compileGbt(fit(X, y, d, options, w));
    ex.articles.forEach((a, k) => { if (a.group % FOLDS === fold) out[k] = marginsOf(c, rows(a), a, d); });
  }
  return out;
}

/** A labelled line as the rule decides it: its margin, whether the hand rules flag it, whether the model may flag it. */
interface Decidable {
  margin: Float64Array;
  hand: Uint8Array;
  eligible: Uint8Array;
  y: Uint8Array;
  set: Uint8Array;
}

/**
 * The labelled lines as the rule decides them, given the margins: the hand rules' verdicts stand (but for the
 * kinds the model reviews: handCodeStands), the model adds lines; in an article where no hand verdict stands it
 * adds nothing, and the longest line without one (the body) is never residue (src/learn/residue-model.ts).
 */
function decidable(margins: Float64Array[], ex: Example): Decidable {
  const n = ex.articles.reduce((s, a) => s + a.at.length, 0);
  const out: Decidable = {margin: new Float64Array(n), hand: new Uint8Array(n), eligible: new Uint8Array(n), y: new Uint8Array(n), set: new Uint8Array(n)};
  let r = 0;
  ex.articles.forEach((a, k) => {
    const hand = (i: number) => handCodeStands(a.X[i * N_FEATURES + HAND]);
    let evidence = false;
    let longest = -1;
    for (let i = 0; i < a.n; i++) {
      if (a.blank[i]) continue;
      if (hand(i)) { evidence = true; continue; }
      if (longest < 0 || a.X[i * N_FEATURES + CHARS] > a.X[longest * N_FEATURES + CHARS]) longest = i;
    }
    a.at.forEach((i, q) => {
      out.margin[r] = margins[k][i];
      out.hand[r] = hand(i) ? 1 : 0;
      out.eligible[r] = evidence && i !== longest ? 1 : 0;
      out.y[r] = a.y[q];
      out.set[r] = a.set;
      r++;
    });
  });
  return out;
}

function figuresOf(d: Decidable, threshold: number, nSets: number): Figures[] {
  const logit = (p: number) => Math.log(p / (1 - p));
  const cut = logit(threshold);
  const f = Array.from({length: nSets}, () => ({tp: 0, fp: 0, fn: 0}));
  for (let r = 0; r < d.y.length; r++) {
    const pred = d.hand[r] === 1 || (d.eligible[r] === 1 && d.margin[r] >= cut);
    const s = f[d.set[r]];
    if (pred && d.y[r]) s.tp++;
    else if (pred) s.fp++;
    else if (d.y[r]) s.fn++;
  }
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return f.map(({tp, fp, fn}) => ({precision: round(tp / Math.max(1, tp + fp)), recall: round(tp / Math.max(1, tp + fn)), tp, fp, fn}));
}

export function figuresAt(margins: Float64Array[], threshold: number, ex: Example): Figures[] {
  return figuresOf(decidable(margins, ex), threshold, ex.nSets);
}

/** The mean over the sets of F0.5 (precision counts twice as much as recall). */
function objective(figures: Figures[]): number {
  let sum = 0;
  for (const f of figures) {
    const d = BETA2 * f.precision + f.recall;
    sum += d > 0 ? ((1 + BETA2) * f.precision * f.recall) / d : 0;
  }
  return sum / figures.length;
}

/**
 * The threshold (in steps of 0.01, from 0.50 to 0.95) that maximises the mean over the sets of F0.5 (precision
 * counts twice as much as recall: a warning that is wrong costs a reader more than a line left in).
 */
export function pickThreshold(margins: Float64Array[], ex: Example): number {
  const d = decidable(margins, ex);
  let best = 0.5;
  let bestScore = -1;
  for (let k = 50; k <= 95; k++) {
    const v = objective(figuresOf(d, k / 100, ex.nSets));
    if (v > bestScore + 1e-9) { bestScore = v; best = k / 100; }
  }
  return best;
}
const BETA2 = 0.25;

export type TrainedModel = Omit<ResidueModelFile, 'provenance'>;

const logit = (p: number) => Math.log(p / (1 - p));

/** An article's second-stage rows, given the first stage's margins of its lines and its decision threshold. */
function stackedOf(a: Article, margins: Float64Array, threshold: number): Float64Array {
  return stackedRows(a.X, a.n, a.blank, margins, (i) => handCodeStands(a.X[i * N_FEATURES + HAND]), logit(threshold));
}

export interface Stage2Options {
  /**
   * Which lines stage 2 judges: every line ('all'), or only the lines stage 1 does not call residue that
   * stand next to lines it or the hand rules do, on 'either' side or on 'both' (rescueCandidate); the other
   * lines keep stage 1's verdict.
   */
  judges: 'all' | 'either' | 'both';
  gbt: GbtOptions;
}
/**
 * Stage 2 judges the lines next to stage-1 residue, with the same tree settings. Judging every line did not
 * help (out-of-fold and on the score part, stage 1 and 2 ranked the lines equally well, and stage 2's threshold
 * came out high: web recall fell from 0.59 to 0.48 on the score part), and neither did boosting stage 2 from
 * stage 1's margin.
 */
export const STAGE2: Stage2Options = {judges: 'either', gbt: DEFAULT_OPTIONS};

/**
 * Train on examples. The first stage's threshold is chosen on out-of-fold scores of the study part (5 folds
 * by article), as the one with the best mean F0.5 over the sets; its weights are then fitted on it all. With
 * two stages (the default), the second stage is trained on each line's features plus the first stage's
 * OUT-OF-FOLD margins around it (so it learns how far to trust the margins stage 1 gives text it has not seen,
 * as at run time, not margins it fitted), on the lines it judges; its threshold is chosen the same way, on
 * its own out-of-fold scores with stage 1's verdicts on the other lines.
 */
export function train(ex: Example, options: GbtOptions = DEFAULT_OPTIONS, stages: 1 | 2 = 2, stage2: Stage2Options = STAGE2): {file: TrainedModel; oof: Figures[]; oof1: Figures[]} {
  const oofMargins = outOfFold(ex, (a) => a.X, N_FEATURES, options);
  const threshold = pickThreshold(oofMargins, ex);
  const {X, y, w} = matrixOf(ex.articles, (a) => a.X, N_FEATURES);
  const model = trainGbt(X, y, N_FEATURES, options, w);
  const oof1 = figuresAt(oofMargins, threshold, ex);
  if (stages === 1) return {file: {features: [...FEATURES], threshold, model}, oof: oof1, oof1};
  const rows = new Map<Article, Float64Array>();
  ex.articles.forEach((a, k) => rows.set(a, stackedOf(a, oofMargins[k], threshold)));
  const cut = logit(threshold);
  const {judges} = stage2;
  const keep = judges === 'all' ? undefined : (a: Article, i: number) => rescueCandidate(rows.get(a)!, i, cut, judges === 'both');
  const oof2 = outOfFold(ex, (a) => rows.get(a)!, N_STAGE2, stage2.gbt, keep);
  const oof2Margins = ex.articles.map((a, k) => decided(a, rows.get(a)!, oofMargins[k], oof2[k], cut, judges));
  const threshold2 = pickThreshold(oof2Margins, ex);
  const m2 = matrixOf(ex.articles, (a) => rows.get(a)!, N_STAGE2, keep);
  const model2 = fit(m2.X, m2.y, N_STAGE2, stage2.gbt, m2.w);
  return {
    file: {features: [...FEATURES], threshold, model, stage2: {features: [...STAGE2_FEATURES], threshold: threshold2, judges, options: stage2.gbt, model: model2}},
    oof: figuresAt(oof2Margins, threshold2, ex),
    oof1,
  };
}

/** The margins of each article's lines under a trained model's last stage (the first stage's feeding the second). */
export function marginsUnder(file: TrainedModel, ex: Example): Float64Array[] {
  const c = compileGbt(file.model);
  const m1 = ex.articles.map((a) => marginsOf(c, a.X, a, N_FEATURES));
  if (!file.stage2) return m1;
  const c2 = compileGbt(file.stage2.model);
  const {judges} = file.stage2;
  const cut = logit(file.threshold);
  return ex.articles.map((a, k) => {
    const rows = stackedOf(a, m1[k], file.threshold);
    return decided(a, rows, m1[k], marginsOf(c2, rows, a, N_STAGE2), cut, judges);
  });
}

/** The last stage's margins: stage 2's where it judges the line, else stage 1's verdict as a margin far from any threshold. */
function decided(a: Article, rows: Float64Array, m1: Float64Array, m2: Float64Array, cut: number, judges: Stage2Options['judges']): Float64Array {
  if (judges === 'all') return m2;
  return Float64Array.from({length: a.n}, (_, i) => (rescueCandidate(rows, i, cut, judges === 'both') ? m2[i] : m1[i] >= cut ? 50 : -50));
}

export function evaluate(file: TrainedModel, ex: Example): Figures[] {
  return figuresAt(marginsUnder(file, ex), file.stage2?.threshold ?? file.threshold, ex);
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
  const stages = Number(opt('--stages', '2')) === 1 ? 1 : 2;
  const judges = opt('--judges', STAGE2.judges) as Stage2Options['judges'];
  const {file, oof, oof1} = train(study, options, stages, {...STAGE2, judges});
  const hand = (ex: Example) => figuresAt(ex.articles.map((a) => Float64Array.from({length: a.n}, (_, i) => (a.X[i * N_FEATURES + HAND] > 0 ? 1 : -1))), 0.5, ex);
  const hStudy = hand(study);
  const hScore = hand(score);
  sets.forEach((s, i) => console.log(`${s.padEnd(16)} hand rules: study P ${hStudy[i].precision.toFixed(3)} R ${hStudy[i].recall.toFixed(3)}   score P ${hScore[i].precision.toFixed(3)} R ${hScore[i].recall.toFixed(3)}`));
  const fStudy = evaluate(file, study);
  const fScore = evaluate(file, score);
  const report: Record<string, {study: Figures; studyCrossValidated: Figures; score: Figures; firstStage?: {study: Figures; studyCrossValidated: Figures; score: Figures}}> = {};
  const pr = (f: Figures) => `P ${f.precision.toFixed(3)} R ${f.recall.toFixed(3)}`;
  const first = file.stage2 ? {features: file.features, threshold: file.threshold, model: file.model} : undefined;
  const f1Study = first && evaluate(first, study);
  const f1Score = first && evaluate(first, score);
  sets.forEach((s, i) => {
    report[s] = {study: fStudy[i], studyCrossValidated: oof[i], score: fScore[i]};
    if (f1Study && f1Score) {
      report[s].firstStage = {study: f1Study[i], studyCrossValidated: oof1[i], score: f1Score[i]};
      console.log(`${s.padEnd(16)} stage 1 alone: study ${pr(f1Study[i])}   study (${FOLDS}-fold) ${pr(oof1[i])}   score ${pr(f1Score[i])}`);
    }
  });
  for (const [s, r] of Object.entries(report)) console.log(`${s.padEnd(16)} study ${pr(r.study)}   study (${FOLDS}-fold) ${pr(r.studyCrossValidated)}   score ${pr(r.score)}`);
  const lines = study.articles.reduce((n, a) => n + a.at.length, 0);
  console.log(`threshold ${file.threshold}${file.stage2 ? `, stage 2 threshold ${file.stage2.threshold}` : ''}, ${file.model.feature.length / ((1 << file.model.depth) - 1)} trees of depth ${file.model.depth} per stage, ${lines} study lines`);
  if (argv.includes('--dry')) return;
  const full: ResidueModelFile = {
    provenance: {
      about: 'Weights of the learned line classifier of no-boilerplate (src/learn/). Trained by `npm run train:residue` on the study part of the labelled sets (lines labelled RESIDUE or BODY); the texts are not in the project, only these weights.',
      data: sets.map((s) => `${s} (study part: ${path.relative(process.cwd(), path.join(studyDir, s))})`),
      date,
      model: stages === 2
        ? `two stages of gradient-boosted trees, logistic loss: stage 1 on the line features; stage 2 (stage2) on the same features plus stage 1's margins around the line (src/learn/residue-stack.ts), trained on out-of-fold stage-1 margins (5 folds by article); at run time stage 1 is the full model. Stage 2 judges ${judges === 'all' ? 'every line' : `the lines stage 1 does not call residue next to lines it or the hand rules do (on ${judges} side${judges === 'both' ? 's' : ''})`}; the other lines keep stage 1's verdict`
        : 'gradient-boosted trees, logistic loss',
      options,
      setWeights: Object.fromEntries(sets.map((s, i) => [s, SET_WEIGHTS[i] ?? 1])),
      threshold: 'each stage\'s chosen on its 5-fold cross-validated scores of the study part (folds by article): best mean F0.5 over the sets',
      lines,
      figures: 'line-level precision/recall of what the rule reports without the corpus repetition test (the hand verdicts, plus the lines the model adds under its guards) on the study and score parts',
      report,
    },
    ...file,
  };
  fs.writeFileSync(out, JSON.stringify(full) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) main(process.argv.slice(2));
