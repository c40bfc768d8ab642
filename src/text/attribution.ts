// Attribution analysis: for each sentence, the reporting cues, the sources, and whether its content
// is attributed. (First version; the attribution issue builds the full analysis here.)
import type {TextLayer} from './layer.js';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Attribution {
  /** Index of the sentence. */
  sentence: number;
  cues: Span[];
  sources: Span[];
  /** True when the sentence's content is attributed to a source in scope. */
  attributed: boolean;
}

const CUE = /\b(said|says|told|according to|stated|announced|reported|added)\b/gi;

export function analyseAttribution(layer: TextLayer): Attribution[] {
  return layer.sentences.map((s) => {
    const cues: Span[] = [];
    for (const m of s.text.matchAll(CUE)) cues.push({start: s.start + m.index!, end: s.start + m.index! + m[0].length, text: m[0]});
    return {sentence: s.index, cues, sources: [], attributed: cues.length > 0};
  });
}
