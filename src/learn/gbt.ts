// A small gradient-boosted tree ensemble for binary labels (logistic loss), written for corpuslint: no
// dependency, deterministic (no sampling; ties broken by feature then bin order), and flat in memory.
// Each tree is complete and of a fixed depth: internal node k has children 2k+1 and 2k+2; a node that
// does not split sends every row left (threshold +∞ written as a large number) so the layout stays fixed.
//
// Training bins each feature on at most `bins` thresholds (distinct values, or quantiles of them), then
// grows each tree level by level on gradient/hessian histograms (as LightGBM and XGBoost's hist do).

export interface GbtModel {
  depth: number;
  /** Base score (log-odds). */
  base: number;
  /** Per tree, (2^depth - 1) feature indices. */
  feature: number[];
  /** Per tree, (2^depth - 1) thresholds: a row goes right when its value is > threshold. */
  threshold: number[];
  /** Per tree, 2^depth leaf values (already scaled by the learning rate). */
  leaf: number[];
}

export interface GbtOptions {
  trees: number;
  depth: number;
  learningRate: number;
  /** Minimum hessian sum (≈ rows) in a child. */
  minChild: number;
  /** L2 penalty on leaf values. */
  lambda: number;
  bins: number;
}

export const NO_SPLIT = 1e300;

/** Candidate thresholds per feature: midpoints between adjacent distinct values (at most bins - 1 of them). */
function thresholdsOf(values: Float64Array, bins: number): number[] {
  const sorted = Float64Array.from(values).sort();
  const distinct: number[] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]);
  if (distinct.length <= 1) return [];
  let cuts: number[] = [];
  if (distinct.length <= bins) {
    for (let i = 0; i + 1 < distinct.length; i++) cuts.push((distinct[i] + distinct[i + 1]) / 2);
  } else {
    for (let b = 1; b < bins; b++) {
      const v = sorted[Math.floor((b * sorted.length) / bins)];
      // the cut just below v: between v and the next smaller distinct value
      let lo = 0;
      let hi = distinct.length - 1;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (distinct[mid] < v) lo = mid + 1; else hi = mid; }
      if (lo > 0) cuts.push((distinct[lo - 1] + distinct[lo]) / 2);
    }
    cuts = [...new Set(cuts)].sort((a, b) => a - b);
  }
  return cuts.map((c) => Number(c.toPrecision(6)));
}

/** Train on rows X (n × d, flat) and labels y (0/1). */
export function trainGbt(X: Float64Array, y: Uint8Array, d: number, opt: GbtOptions, weight?: Float64Array): GbtModel {
  const n = y.length;
  const {depth} = opt;
  const inner = (1 << depth) - 1;
  // binning
  const cuts: number[][] = [];
  const binned = new Uint8Array(n * d);
  const col = new Float64Array(n);
  for (let f = 0; f < d; f++) {
    for (let r = 0; r < n; r++) col[r] = X[r * d + f];
    const c = thresholdsOf(col, opt.bins);
    cuts.push(c);
    for (let r = 0; r < n; r++) {
      const v = col[r];
      let lo = 0;
      let hi = c.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (v > c[mid]) lo = mid + 1; else hi = mid; }
      binned[r * d + f] = lo; // number of cuts below v: bin index
    }
  }
  let pos = 0;
  let all = 0;
  for (let r = 0; r < n; r++) { const w = weight ? weight[r] : 1; pos += y[r] * w; all += w; }
  const p0 = Math.min(Math.max(pos / all, 1e-6), 1 - 1e-6);
  const base = Math.log(p0 / (1 - p0));
  const score = new Float64Array(n).fill(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const node = new Int32Array(n);
  const model: GbtModel = {depth, base, feature: [], threshold: [], leaf: []};
  const maxBins = opt.bins + 1;
  for (let t = 0; t < opt.trees; t++) {
    for (let r = 0; r < n; r++) {
      const p = 1 / (1 + Math.exp(-score[r]));
      const w = weight ? weight[r] : 1;
      g[r] = (p - y[r]) * w;
      h[r] = Math.max(p * (1 - p), 1e-12) * w;
      node[r] = 0;
    }
    const feat = new Array<number>(inner).fill(0);
    const thr = new Array<number>(inner).fill(NO_SPLIT);
    for (let level = 0; level < depth; level++) {
      const first = (1 << level) - 1;
      const width = 1 << level;
      // histograms: [node][feature][bin] of g and h
      const G = new Float64Array(width * d * maxBins);
      const H = new Float64Array(width * d * maxBins);
      for (let r = 0; r < n; r++) {
        const k = node[r] - first;
        const base2 = k * d * maxBins;
        const gr = g[r];
        const hr = h[r];
        for (let f = 0; f < d; f++) {
          const at = base2 + f * maxBins + binned[r * d + f];
          G[at] += gr;
          H[at] += hr;
        }
      }
      for (let k = 0; k < width; k++) {
        let best = 0;
        let bestF = -1;
        let bestB = -1;
        let gTot = 0;
        let hTot = 0;
        for (let b = 0; b < maxBins; b++) { gTot += G[k * d * maxBins + b]; hTot += H[k * d * maxBins + b]; }
        const parent = (gTot * gTot) / (hTot + opt.lambda);
        for (let f = 0; f < d; f++) {
          const nb = cuts[f].length;
          let gl = 0;
          let hl = 0;
          for (let b = 0; b < nb; b++) {
            gl += G[(k * d + f) * maxBins + b];
            hl += H[(k * d + f) * maxBins + b];
            const gr = gTot - gl;
            const hr = hTot - hl;
            if (hl < opt.minChild || hr < opt.minChild) continue;
            const gain = (gl * gl) / (hl + opt.lambda) + (gr * gr) / (hr + opt.lambda) - parent;
            if (gain > best + 1e-12) { best = gain; bestF = f; bestB = b; }
          }
        }
        if (bestF >= 0) {
          feat[first + k] = bestF;
          thr[first + k] = cuts[bestF][bestB];
        }
      }
      // route rows
      for (let r = 0; r < n; r++) {
        const k = node[r];
        node[r] = 2 * k + 1 + (X[r * d + feat[k]] > thr[k] ? 1 : 0);
      }
    }
    // leaves
    const leaves = 1 << depth;
    const gs = new Float64Array(leaves);
    const hs = new Float64Array(leaves);
    for (let r = 0; r < n; r++) { gs[node[r] - inner] += g[r]; hs[node[r] - inner] += h[r]; }
    const leaf = new Array<number>(leaves);
    for (let l = 0; l < leaves; l++) leaf[l] = Number(((-gs[l] / (hs[l] + opt.lambda)) * opt.learningRate).toPrecision(7));
    for (let r = 0; r < n; r++) score[r] += leaf[node[r] - inner];
    model.feature.push(...feat);
    model.threshold.push(...thr);
    model.leaf.push(...leaf);
  }
  return model;
}

/** A model ready to score: flat typed arrays. */
export interface CompiledGbt {
  depth: number;
  trees: number;
  base: number;
  feature: Int32Array;
  threshold: Float64Array;
  leaf: Float64Array;
}

export function compileGbt(m: GbtModel): CompiledGbt {
  const inner = (1 << m.depth) - 1;
  return {
    depth: m.depth,
    trees: m.feature.length / inner,
    base: m.base,
    feature: Int32Array.from(m.feature),
    threshold: Float64Array.from(m.threshold),
    leaf: Float64Array.from(m.leaf),
  };
}

/** Log-odds of row `row` of the flat matrix X (d columns). */
export function gbtMargin(m: CompiledGbt, X: Float64Array, row: number, d: number): number {
  const inner = (1 << m.depth) - 1;
  const leaves = inner + 1;
  const off = row * d;
  let s = m.base;
  for (let t = 0; t < m.trees; t++) {
    const ni = t * inner;
    let k = 0;
    for (let l = 0; l < m.depth; l++) k = 2 * k + 1 + (X[off + m.feature[ni + k]] > m.threshold[ni + k] ? 1 : 0);
    s += m.leaf[t * leaves + k - inner];
  }
  return s;
}
