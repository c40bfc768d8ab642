// Name mentions: capitalised words and sequences that behave as proper nouns.
// (First version; the name-spelling issue builds the full detection here.)
import type {TextLayer} from './layer.js';

export interface NameMention {
  start: number;
  end: number;
  /** The word as written, possessive stripped. */
  text: string;
  /** Whether it opens a sentence (so its capital says little). */
  sentenceInitial: boolean;
}

export function findNameMentions(layer: TextLayer): NameMention[] {
  const out: NameMention[] = [];
  for (const s of layer.sentences) {
    for (const m of s.text.matchAll(/\p{Lu}[\p{L}\-]+/gu)) {
      const start = s.start + m.index!;
      out.push({start, end: start + m[0].length, text: m[0], sentenceInitial: m.index === 0});
    }
  }
  return out;
}
