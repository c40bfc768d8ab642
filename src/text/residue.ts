// Line classification for scraping residue, shared by the boilerplate rule and by every rule that
// must skip residue (captions, teasers). (First version: the boilerplate issue builds it here.)
import type {TextLayer} from './layer.js';

export type ResidueKind =
  | 'navigation' | 'advertisement' | 'share' | 'comments' | 'caption' | 'byline'
  | 'placeholder' | 'embed' | 'cookie' | 'related' | 'repeated';

export interface LineClass {
  /** 1-based line number. */
  line: number;
  /** The residue kind, or null for article text (or a blank line). */
  kind: ResidueKind | null;
  /** Why: the evidence that decided. */
  evidence?: string;
  /** Whether deleting the line is certain enough for --fix. */
  fixable: boolean;
}

export function classifyLines(layer: TextLayer): LineClass[] {
  return layer.lines.map((l) => ({line: l.number, kind: null, fixable: false}));
}
