// Direct quotations. (First version: paired straight and curly double quotes within a paragraph;
// the attribution issue extends it to nesting and quotes that span paragraphs.)
import type {TextLayer} from './layer.js';

export interface Quote {
  /** Offsets of the opening mark and just past the closing mark. */
  start: number;
  end: number;
  /** The quoted words, without the marks. */
  inner: string;
  words: number;
  paragraph: number;
}

export function findQuotes(layer: TextLayer): Quote[] {
  const quotes: Quote[] = [];
  for (const p of layer.paragraphs) {
    const slice = layer.text.slice(p.start, p.end);
    const re = /["“]([^"“”]+)["”]/g;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const inner = m[1];
      quotes.push({start: p.start + m.index, end: p.start + m.index + m[0].length, inner,
        words: inner.split(/\s+/).filter(Boolean).length, paragraph: p.index});
    }
  }
  return quotes;
}
