// The built-in rules as plain retext plugins, outside the engine: retext().use(retextEnglish).use(rule).
import {describe, it, expect} from 'vitest';
import {retext} from 'retext';
import retextEnglish from 'retext-english';
import {VFile} from 'vfile';
import {consistentNameSpelling, noBoilerplate, noUnattributedClaim, noUnsourcedCasualty} from '../src/retext.js';

async function run(text: string, ...plugins: Array<[unknown, unknown?]>) {
  let p = retext().use(retextEnglish);
  for (const [plugin, setting] of plugins) p = p.use(plugin as never, setting as never);
  return (await p.process(new VFile({path: 'story.txt', value: text}))).messages;
}

describe('corpuslint/retext', () => {
  it('no-boilerplate works in a plain retext pipeline, with the stamps remark-lint puts on messages', async () => {
    const [m, ...rest] = await run('Skip to content\n\nThe council met on Monday to discuss the budget.\n', [noBoilerplate]);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ruleId: 'no-boilerplate', source: 'corpuslint', fatal: false, actual: 'Skip to content\n', expected: ['']});
    expect(m.place).toMatchObject({start: {line: 1, column: 1}});
    expect(m.url).toMatch(/rules\/no-boilerplate\.md$/);
  });

  it('takes a level and options in the forms remark-lint plugins take', async () => {
    const text = 'By all accounts the mayor is unpopular.\n';
    expect((await run(text, [noUnattributedClaim]))[0]).toMatchObject({ruleId: 'no-unattributed-claim', fatal: false});
    expect((await run(text, [noUnattributedClaim, 'error']))[0]).toMatchObject({fatal: true});
    expect((await run(text, [noUnattributedClaim, ['error', {vague: false}]]))).toEqual([]);
    expect(await run(text, [noUnattributedClaim, 'off'])).toEqual([]);
    expect(await run(text, [noUnattributedClaim, {vague: false}])).toEqual([]);
  });

  it('rejects options the rule does not have, naming the rule and the key', async () => {
    await expect(run('Text.\n', [noUnattributedClaim, {vagu: true}])).rejects.toThrow(/no-unattributed-claim\.vagu.*not an option/);
    await expect(run('Text.\n', [noUnattributedClaim, 'loud'])).rejects.toThrow(/no-unattributed-claim.*level/);
  });

  it('a corpus rule used alone treats the one file as its corpus', async () => {
    const text = 'Nikol Pashinyan met the envoy. Later Pashinyan spoke, and Pashinyan left. Pashinian said nothing more.\n';
    const [m] = await run(text, [consistentNameSpelling]);
    expect(m).toMatchObject({ruleId: 'consistent-name-spelling', actual: 'Pashinian', expected: ['Pashinyan']});
  });

  it('several corpuslint plugins share one pipeline (one text layer per tree)', async () => {
    const text = 'Skip to content\n\nIn the fighting, about 50 people had been killed.\n';
    const messages = await run(text, [noBoilerplate], [noUnsourcedCasualty]);
    expect(messages.map((m) => m.ruleId).sort()).toEqual(['no-boilerplate', 'no-unsourced-casualty']);
  });
});

describe('the package export', () => {
  it('`corpuslint/retext` resolves to the built plugins (package.json exports)', async () => {
    const mod = await import('corpuslint/retext');
    expect(Object.keys(mod)).toEqual(expect.arrayContaining(['noBoilerplate', 'noUnattributedClaim', 'noUnattributedQuote', 'noUnsourcedCasualty', 'consistentNameSpelling', 'retextPlugin']));
    expect(mod.noBoilerplate.name).toBe('no-boilerplate');
  });
});
