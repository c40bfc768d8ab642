// PLACEHOLDER: replaced by the rule's issue.
import type {CorpusRule} from '../src/types.js';

export interface Options {}

const rule: CorpusRule<Options, null, null> = {
  meta: {id: 'no-boilerplate', description: 'Scraping residue: navigation, ads, share and comment widgets, captions, bylines, placeholders, repeated lines', level: 'warn', defaults: {}, schema: {}, corpus: true},
  collect: () => null,
  summarize: () => null,
  check: () => {},
};
export default rule;
