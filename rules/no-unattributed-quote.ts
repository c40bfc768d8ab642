// PLACEHOLDER: replaced by the rule's issue.
import type {FileRule} from '../src/types.js';

export interface Options {}

const rule: FileRule<Options> = {
  meta: {id: 'no-unattributed-quote', description: 'Direct quotations with no speaker in scope', level: 'warn', defaults: {}, schema: {}},
  check: () => {},
};
export default rule;
