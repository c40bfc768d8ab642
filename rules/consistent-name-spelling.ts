// PLACEHOLDER: replaced by the rule's issue.
import type {CorpusRule} from '../src/types.js';

export interface Options {}

const rule: CorpusRule<Options, null, null> = {
  meta: {id: 'consistent-name-spelling', description: 'One name, one spelling, within the article and across the corpus', level: 'warn', defaults: {}, schema: {}, corpus: true},
  collect: () => null,
  summarize: () => null,
  check: () => {},
};
export default rule;
