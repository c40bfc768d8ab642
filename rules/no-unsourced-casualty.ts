// PLACEHOLDER: replaced by the rule's issue.
import type {FileRule} from '../src/types.js';

export interface Options {}

const rule: FileRule<Options> = {
  meta: {id: 'no-unsourced-casualty', description: 'Casualty figures with no source in the article', level: 'warn', defaults: {}, schema: {}},
  check: () => {},
};
export default rule;
