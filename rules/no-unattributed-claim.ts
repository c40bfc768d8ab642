// PLACEHOLDER: replaced by the rule's issue.
import type {FileRule} from '../src/types.js';

export interface Options {}

const rule: FileRule<Options> = {
  meta: {id: 'no-unattributed-claim', description: 'Claims, views, accusations and expectations reported without their source', level: 'warn', defaults: {}, schema: {}},
  check: () => {},
};
export default rule;
