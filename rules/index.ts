// The registry of built-in rules, sorted by id. Adding a rule: write rules/<id>.ts (+ <id>.md and
// test/rules/<id>.test.ts) and list it here.
import type {Rule} from '../src/types.js';
import consistentNameSpelling from './consistent-name-spelling.js';
import noBoilerplate from './no-boilerplate.js';
import noUnattributedClaim from './no-unattributed-claim.js';
import noUnattributedQuote from './no-unattributed-quote.js';
import noUnsourcedCasualty from './no-unsourced-casualty.js';

export const rules: readonly Rule[] = [
  consistentNameSpelling,
  noBoilerplate,
  noUnattributedClaim,
  noUnattributedQuote,
  noUnsourcedCasualty,
];

export const ruleIds: readonly string[] = rules.map((r) => r.meta.id);

export function getRule(id: string): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}
