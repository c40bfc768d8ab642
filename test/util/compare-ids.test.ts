// compareIds orders rule ids as localeCompare does: by code units for ids of [a-z0-9-], by localeCompare otherwise.
import {describe, it, expect} from 'vitest';
import {compareIds} from '../../src/util/compare-ids.js';

const sign = (n: number) => Math.sign(n);

describe('compareIds', () => {
  it('sorts every id of up to three characters of [a-z0-9-] as localeCompare does', () => {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789-';
    const ids = [''];
    for (let n = 1; n <= 3; n++) for (const p of ids.filter((s) => s.length === n - 1)) for (const c of alphabet) ids.push(p + c);
    expect([...ids].sort(compareIds)).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });

  it('agrees with localeCompare on the built-in rule ids, longer ids and ids it leaves to localeCompare', () => {
    const ids = ['no-boilerplate', 'no-unattributed-claim', 'no-unattributed-quote', 'no-unsourced-casualty', 'consistent-name-spelling',
      'no-unattributed', 'no-unattributed-claim-2', 'no-un-attributed', 'a-b', 'ab', 'a_b', 'A-b', 'plugin/rule', 'plugin-x/rule', 'Zeta', 'éclair', 'e'];
    for (const a of ids) for (const b of ids) expect(sign(compareIds(a, b))).toBe(sign(a.localeCompare(b)));
  });
});
