// Flags quoted speech with no speaker: a quotation the text layer reads as speech or writing (not a title,
// name, term, scare quote, slogan or code: src/text/quote-kinds.ts) whose speaker the attribution layer
// cannot find next to it, in its paragraph or in the one before (src/text/quote-speakers.ts and
// attribution.ts), or that an agentless passive of speech governs ("was described as “reckless”").
import type {FileRule} from '../src/types.js';
import {QUOTE_KINDS} from '../src/text/quote-kinds.js';

export interface Options {
  /** Shortest quotation of speech (in words) that needs a speaker, unless an agentless passive governs it. */
  minWords: number;
}

const rule: FileRule<Options> = {
  meta: {
    id: 'no-unattributed-quote',
    description: 'Direct quotations of speech with no speaker in scope',
    level: 'warn',
    defaults: {minWords: 4},
    schema: {
      minWords: {type: 'number', integer: true, minimum: 1, description: 'Shortest quotation of speech (in words) that needs a speaker; a shorter one is flagged only when an agentless passive of speech governs it ("was described as “reckless”"). Titles, names, terms, scare quotes, slogans and code never need one.'},
    },
    version: 3,
    language: 'eng',
  },
  check(ctx) {
    const {text, options} = ctx;
    const quotes = text.quotes;
    for (const a of text.attributions) {
      for (const qa of a.quotes) {
        const q = quotes[qa.quote];
        // a quotation in a quoted message, a reply's echo of one, a signature or a header is not the writer's to attribute
        if (q.depth > 0 || qa.speaker || q.setting !== 'prose') continue;
        // Only speech needs a speaker; a short quotation that an agentless passive of speech governs is
        // someone's words all the same.
        const speech = QUOTE_KINDS[q.kind].speech;
        const agentless = qa.unnamed === 'agentless' && (speech || q.kind === 'scare' || q.kind === 'term');
        if (!(speech && q.words >= options.minWords) && !agentless) continue;
        const reason = agentless
          ? `Unexpected quotation of ${q.words} words said by nobody named, expected who said it`
          : qa.unnamed === 'vague'
            ? `Unexpected quotation of ${q.words} words with a vague speaker, expected who said it`
            : `Unexpected quotation of ${q.words} words with no speaker, expected who said it`;
        ctx.report({reason, place: text.place(q.start, q.end)});
      }
    }
  },
};
export default rule;
