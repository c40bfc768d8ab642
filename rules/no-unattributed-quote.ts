// Flags a direct quotation of at least `minWords` words with no speaker in scope: no reporting cue
// with a source in its sentences or next to it, no "X said:" introducing it, no speaker named in the
// paragraph before a paragraph of quoted speech (text.attributions).
import type {FileRule} from '../src/types.js';

export interface Options {
  /** Shortest quotation (in words) that needs a speaker; shorter ones are scare quotes and titles. */
  minWords: number;
}

const rule: FileRule<Options> = {
  meta: {
    id: 'no-unattributed-quote',
    description: 'Direct quotations with no speaker in scope',
    level: 'warn',
    defaults: {minWords: 4},
    schema: {
      minWords: {type: 'number', integer: true, minimum: 1, description: 'Shortest quotation (in words) that needs a speaker: shorter ones ("illegal blockade") are read as scare quotes.'},
    },
    version: 1,
    language: 'eng',
  },
  check(ctx) {
    const {text, options} = ctx;
    const quotes = text.quotes;
    for (const a of text.attributions) {
      for (const qa of a.quotes) {
        const q = quotes[qa.quote];
        if (q.depth > 0 || qa.speaker || q.words < options.minWords) continue;
        ctx.report({reason: `Unexpected quotation of ${q.words} words with no speaker, expected who said it`, place: text.place(q.start, q.end)});
      }
    }
  },
};
export default rule;
