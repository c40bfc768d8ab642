// The learned residue classifier at run time: the shipped model (rules/data/residue-model.json, written by
// `npm run train:residue`), loaded once on first use, scoring a layer's lines from their features.
import {readData} from '../package-info.js';
import type {LineClass, TextLayer} from '../text/layer.js';
import {compileGbt, gbtMargin, type CompiledGbt, type GbtModel, type GbtOptions} from './gbt.js';
import {FEATURES, N_FEATURES, lineFeatures, featureIndex, handStands} from './residue-features.js';
import {STAGE2_FEATURES, N_STAGE2, stackedRows, stackedRow, stageOne, candidateAt} from './residue-stack.js';
import type {ResidueKind} from '../text/residue-lines.js';
import {unspacedSentence} from '../text/chars.js';

export interface ResidueModelFile {
  /** Where the weights come from: data, date, settings, figures. */
  provenance: Record<string, unknown>;
  /** Feature names in the extractor's order (src/learn/residue-features.ts). */
  features: string[];
  /**
   * The first stage: a line is residue by it when its probability is at least this (without a second stage,
   * that is the verdict; with one, it counts the neighbours the first stage calls residue).
   */
  threshold: number;
  model: GbtModel;
  /**
   * The second stage (src/learn/residue-stack.ts): trained on the first stage's features plus its
   * out-of-fold margins around each line; a line is residue when its probability is at least `threshold`.
   */
  stage2?: {
    features: string[];
    threshold: number;
    /**
     * Which lines it judges: every line, or only lines the first stage does not call residue next to lines it
     * (or the hand rules) does, on 'either' side or on 'both' (src/learn/residue-stack.ts, rescueCandidate);
     * the other lines keep the first stage's verdict.
     */
    judges: 'all' | 'either' | 'both';
    /** Its training settings. */
    options?: GbtOptions;
    model: GbtModel;
  };
}

export const MODEL_FILE = 'residue-model.json';

interface Loaded {
  gbt: CompiledGbt;
  /** The decision threshold as log-odds (no exp per line). */
  margin: number;
  stage2?: {gbt: CompiledGbt; margin: number; judges: 'all' | 'either' | 'both'};
}
let loaded: Loaded | undefined;

export function prepareModel(file: ResidueModelFile): Loaded {
  if (file.features.length !== N_FEATURES || file.features.some((f, i) => f !== FEATURES[i])) {
    throw new Error(`corpuslint: rules/data/${MODEL_FILE} was trained on other features than the extractor gives; run npm run train:residue`);
  }
  const s2 = file.stage2;
  if (s2 && (s2.features.length !== N_STAGE2 || s2.features.some((f, i) => f !== STAGE2_FEATURES[i]))) {
    throw new Error(`corpuslint: the second stage of rules/data/${MODEL_FILE} was trained on other features than the extractor gives; run npm run train:residue`);
  }
  const logit = (p: number) => Math.log(p / (1 - p));
  return {gbt: compileGbt(file.model), margin: logit(file.threshold), stage2: s2 && {gbt: compileGbt(s2.model), margin: logit(s2.threshold), judges: s2.judges}};
}

/** The model of a file with its first stage only (for the tests: what the second stage adds). */
export function firstStageOf(file: ResidueModelFile): ResidueModelFile {
  const {stage2: _, ...rest} = file;
  return rest;
}

function shipped(): Loaded {
  return (loaded ??= prepareModel(readData<ResidueModelFile>(MODEL_FILE)));
}

/**
 * The learned verdict per line: true where the model calls a line residue whose hand verdict does not stand on
 * its own (no hand kind, or one the model reviews: handStands). Blank lines (and Markdown that is not prose, which the layer's lines show as blank)
 * are never residue.
 */
export function learnedResidue(layer: TextLayer, classes?: LineClass[], model?: Loaded): {flags: Uint8Array; features: Float64Array} {
  // the shipped model on the layer's own classes is asked by no-boilerplate and by the rules that skip residue: once per file
  if (classes !== undefined || model !== undefined) return judge(layer, classes ?? layer.lineClasses, model ?? shipped());
  let out = judged.get(layer);
  if (out === undefined) judged.set(layer, out = judge(layer, layer.lineClasses, shipped()));
  return out;
}

const judged = new WeakMap<TextLayer, {flags: Uint8Array; features: Float64Array}>();

/**
 * Whether the line at a 0-based index is residue by the first pass: the hand rules' verdict or the learned
 * classifier's (not the corpus repetition test). Rules that judge prose skip such lines: a teaser headline or a
 * widget title is page furniture, not the article's claim.
 */
export function residueLine(layer: TextLayer, index: number): boolean {
  return layer.lineClasses[index]?.kind != null || learnedResidue(layer).flags[index] === 1;
}

function judge(layer: TextLayer, classes: LineClass[], model: Loaded): {flags: Uint8Array; features: Float64Array} {
  const lines = layer.lines;
  const flags = new Uint8Array(lines.length);
  // Evidence first: in an article where no hand verdict stands, the model adds no residue (clean text, such
  // as a newsroom's own copy with line-ups and rankings, stays clean, and so does an article whose only
  // evidence is a passage repeated in it), so most articles cost no features and no trees.
  let evidence = false;
  for (let i = 0; i < lines.length; i++) if (!lines[i].blank && handStands(classes[i])) { evidence = true; break; }
  if (!evidence) return {flags, features: new Float64Array(0)};
  const X = lineFeatures(layer, classes);
  // The article keeps its body: its longest line without hand evidence is never residue.
  let longest = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].blank || handStands(classes[i])) continue;
    if (longest < 0 || X[i * N_FEATURES + CHARS] > X[longest * N_FEATURES + CHARS]) longest = i;
  }
  // ...and its headline: the first line without hand evidence, and the lines that repeat it.
  let headline = '';
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].blank || handStands(classes[i])) continue;
    headline = layer.normalizedLine(i);
    break;
  }
  const {score, margin} = scorer(layer, classes, X, model);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].blank || i === longest || handStands(classes[i])) continue;
    if (headline !== '' && classes[i]?.role === 'heading' && layer.normalizedLine(i) === headline) continue;
    // (the model learned from lines with spaces between words: on a sentence of Chinese, Japanese or Thai its word
    // counts and stop words say nothing, and it took a Japanese article's every sentence for a menu; a short item in
    // such a script, "日本" in a menu of languages, is still read in its context; hand evidence still stands)
    if (unspacedSentence(lines[i].text)) continue;
    if (score(i) >= margin) flags[i] = 1;
  }
  return {flags, features: X};
}

/**
 * The last stage's margin of a line and the margin it must reach. With one stage, the model on the line's
 * features; with two, the first stage scores every non-blank line and the second reads the line's features
 * plus those margins around it (src/learn/residue-stack.ts), boosting from the line's own when trained so.
 */
function scorer(layer: TextLayer, classes: LineClass[], X: Float64Array, model: Loaded): {score: (i: number) => number; margin: number} {
  const s2 = model.stage2;
  if (s2 === undefined) return {score: (i) => gbtMargin(model.gbt, X, i, N_FEATURES), margin: model.margin};
  const lines = layer.lines;
  const n = lines.length;
  const m1 = new Float64Array(n);
  const blank = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (lines[i].blank) blank[i] = 1;
    else m1[i] = gbtMargin(model.gbt, X, i, N_FEATURES);
  }
  const hand = (i: number) => handStands(classes[i]);
  const s1 = stageOne(n, blank, m1, hand, model.margin);
  if (s2.judges === 'all') {
    const rows = stackedRows(X, n, blank, m1, hand, model.margin);
    return {score: (i) => gbtMargin(s2.gbt, rows, i, N_STAGE2), margin: s2.margin};
  }
  // only the lines stage 2 judges get a stacked row (one buffer, filled per line)
  const row = new Float64Array(N_STAGE2);
  const nonBlank = new Int32Array(n).fill(-1);
  s1.idx.forEach((i, k) => { nonBlank[i] = k; });
  const both = s2.judges === 'both';
  return {
    score: (i) => {
      const k = nonBlank[i];
      if (k < 0) return -Infinity;
      if (!candidateAt(s1, k, hand(i), both)) return m1[i] >= model.margin ? Infinity : -Infinity;
      stackedRow(X, s1, k, row, 0);
      return gbtMargin(s2.gbt, row, 0, N_STAGE2);
    },
    margin: s2.margin,
  };
}

const CHARS = featureIndex('chars');
const F = {
  words: featureIndex('words'), byStart: featureIndex('byStart'), year: featureIndex('year'), clock: featureIndex('clock'),
  month: featureIndex('month'), weekday: featureIndex('weekday'), caption: featureIndex('captionCue'), share: featureIndex('shareCue'),
  url: featureIndex('url'), handle: featureIndex('handle'), email: featureIndex('email'), nav: featureIndex('navCue'),
  contact: featureIndex('contactCue'), title: featureIndex('titleShare'), terminal: featureIndex('terminal'),
};

/**
 * The kind of a line the model calls residue and the hand rules did not: a rule on the line's features
 * (the model predicts residue or not; the kind only picks the message).
 */
export function learnedKind(X: Float64Array, i: number): ResidueKind {
  const at = i * N_FEATURES;
  const v = (f: number) => X[at + f];
  const words = v(F.words);
  if (v(F.caption) > 0) return 'caption';
  if (words <= 14 && (v(F.byStart) > 0 || v(F.contact) > 0 || ((v(F.clock) > 0 || v(F.month) > 0 || v(F.weekday) > 0) && (v(F.year) > 0 || v(F.clock) > 0)))) return 'byline';
  if (v(F.url) > 0 || v(F.handle) > 0 || v(F.email) > 0 || v(F.share) > 0) return 'share';
  if (words >= 4 && v(F.terminal) === 0 && v(F.title) >= 0.6) return 'related';
  return 'navigation';
}

/**
 * Probabilities per line by the model's last stage, before the guards (for the tests), with the threshold
 * they are compared with.
 */
export function residueProbabilities(layer: TextLayer, classes: LineClass[] = layer.lineClasses, model: Loaded = shipped()): {p: Float64Array; threshold: number} {
  const lines = layer.lines;
  const out = new Float64Array(lines.length);
  const {score, margin} = scorer(layer, classes, lineFeatures(layer, classes), model);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].blank) continue;
    out[i] = 1 / (1 + Math.exp(-score(i)));
  }
  return {p: out, threshold: 1 / (1 + Math.exp(-margin))};
}
