// The learned residue classifier at run time: the shipped model (rules/data/residue-model.json, written by
// `npm run train:residue`), loaded once on first use, scoring a layer's lines from their features.
import {readData} from '../package-info.js';
import type {LineClass, TextLayer} from '../text/layer.js';
import {compileGbt, gbtMargin, type CompiledGbt, type GbtModel} from './gbt.js';
import {FEATURES, N_FEATURES, lineFeatures} from './residue-features.js';

export interface ResidueModelFile {
  /** Where the weights come from: data, date, settings, figures. */
  provenance: Record<string, unknown>;
  /** Feature names in the extractor's order (src/learn/residue-features.ts). */
  features: string[];
  /** A line is residue when its probability is at least this. */
  threshold: number;
  model: GbtModel;
}

export const MODEL_FILE = 'residue-model.json';

interface Loaded {
  gbt: CompiledGbt;
  /** The decision threshold as log-odds (no exp per line). */
  margin: number;
  threshold: number;
}
let loaded: Loaded | undefined;

export function prepareModel(file: ResidueModelFile): Loaded {
  if (file.features.length !== N_FEATURES || file.features.some((f, i) => f !== FEATURES[i])) {
    throw new Error(`corpuslint: rules/data/${MODEL_FILE} was trained on other features than the extractor gives; run npm run train:residue`);
  }
  const p = file.threshold;
  return {gbt: compileGbt(file.model), margin: Math.log(p / (1 - p)), threshold: p};
}

function shipped(): Loaded {
  return (loaded ??= prepareModel(readData<ResidueModelFile>(MODEL_FILE)));
}

/**
 * The learned verdict per line: true where the model calls the line residue. Blank lines (and Markdown that
 * is not prose, which the layer's lines show as blank) are never residue.
 */
export function learnedResidue(layer: TextLayer, classes: LineClass[] = layer.lineClasses, model: Loaded = shipped()): Uint8Array {
  const lines = layer.lines;
  const out = new Uint8Array(lines.length);
  let any = false;
  for (const l of lines) if (!l.blank) { any = true; break; }
  if (!any) return out;
  const X = lineFeatures(layer, classes);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].blank) continue;
    if (gbtMargin(model.gbt, X, i, N_FEATURES) >= model.margin) out[i] = 1;
  }
  return out;
}

/** Probabilities per line (for the trainer's reports and the tests). */
export function residueProbabilities(layer: TextLayer, classes: LineClass[] = layer.lineClasses, model: Loaded = shipped()): Float64Array {
  const lines = layer.lines;
  const out = new Float64Array(lines.length);
  const X = lineFeatures(layer, classes);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].blank) continue;
    out[i] = 1 / (1 + Math.exp(-gbtMargin(model.gbt, X, i, N_FEATURES)));
  }
  return out;
}
