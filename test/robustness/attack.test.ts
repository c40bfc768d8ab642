// The defects found under attack (issue 20): each case through the real command, as the attacker ran it.
// Rules are switched off where a case is about the engine, so these tests do not move when the rules change.
import {describe, it, expect} from 'vitest';
import {ruleIds} from '../../rules/index.js';
import {tmpdir, cli, messagesOf} from './helpers.js';

const allOff = Object.fromEntries(ruleIds.map((id) => [id, 'off']));

describe('user patterns', () => {
  it('a nested alternation with nothing to repeat cannot hang a run', () => {
    // 40 groups of `(a|a)`: a backtracking engine tries 2^40 paths at each position of a 60-character line.
    const config = {root: true, rules: {...allOff, 'no-boilerplate': ['warn', {patterns: ['(a|a)'.repeat(40) + 'b']}]}};
    const dir = tmpdir({'.corpuslintrc.json': JSON.stringify(config), 'a.md': 'a'.repeat(60) + '\n\n' + 'a'.repeat(40) + 'b\n'});
    const t = performance.now();
    const run = cli(dir, ['a.md', '-f', 'json'], {timeout: 20_000});
    expect(performance.now() - t).toBeLessThan(15_000);
    expect(run.code).toBe(0);
    // The pattern still works: the line it matches is reported, the 60 `a`s are not.
    expect(messagesOf(run, 'a.md').map((m) => m.slice(0, 4) + m.split(' ')[1])).toEqual(['3:1-no-boilerplate:']);
  });
});
