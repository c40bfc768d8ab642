// The attribution layer's reading of claims: vague group and report sources, the next-sentence scope,
// a cue's clause, and the senses of claim markers (src/text/source-groups.ts, claim-senses.ts).
import {describe, it, expect} from 'vitest';
import {VFile} from 'vfile';
import {TextLayer} from '../../src/text/layer.js';
import {parse} from '../../src/engine/parse.js';

function layerOf(text: string): TextLayer {
  return new TextLayer(text, parse(new VFile({path: 'a.txt', value: text}), 'text'), 'text');
}

function cueOf(text: string, cue: string) {
  const layer = layerOf(text);
  for (const a of layer.attributions) for (const c of a.cues) if (c.text === cue) return c;
  return undefined;
}

describe('group and report sources', () => {
  it.each([
    ['Republicans said the bill would fail.', 'said', 'vague', 'Republicans'],
    ['Some of his supporters believe the vote was stolen.', 'believe', 'vague', 'Some of his supporters'],
    ['Supporters of the mayor argue the budget is fair.', 'argue', 'vague', 'Supporters of the mayor'],
    ['Several leading bakers criticized the tax.', 'criticized', 'vague', 'Several leading bakers'],
    ['Reports indicated the dam had broken.', 'indicated', 'vague', 'Reports'],
    ['The protesters said the police fired first.', 'said', 'role', 'The protesters'],
    ['Only 40 percent of voters said they liked the plan.', 'said', 'role', 'voters'],
    ['The ministry\'s report found the files were lost.', 'found', 'role', 'report'],
    ['A Lakeside poll showed the governor was ahead.', 'showed', 'role', 'Lakeside poll'],
    ['Police said two people were hurt.', 'said', 'role', 'Police'],
  ])('%s → %s from a %s source', (text, cue, kind, source) => {
    const c = cueOf(text, cue);
    expect(c?.source?.kind).toBe(kind);
    expect(c?.source?.text).toBe(source);
  });

  it('reads a plural pronoun after a vague group as that group', () => {
    expect(cueOf('Some farmers said they feared a drought.', 'feared')?.source?.kind).toBe('vague');
    expect(cueOf('Ana Silva runs the clinic. She said they feared a drought.', 'feared')?.source?.kind).toBe('pronoun');
  });
});

describe('scope of a claim', () => {
  it('gives a cue its coordinate clause, and the whole sentence to a closing "X said"', () => {
    const text = 'The mayor called the count fair, but some voters say the vote was rigged.';
    const c = cueOf(text, 'called')!;
    expect(text.slice(c.clauseStart, c.clauseEnd)).toBe('The mayor called the count fair');
    const closing = 'The count was rigged, but the vote was fair, the governor said.';
    const d = cueOf(closing, 'said')!;
    expect([d.clauseStart, d.clauseEnd]).toEqual([0, closing.length]);
  });

  it('attributes a sentence by a source opening the next sentence of its paragraph', () => {
    const same = layerOf('The mayor is accused of taking bribes. According to court documents, he took cash.');
    expect(same.attributions[0]).toMatchObject({attributed: true, scope: 'next'});
    const apart = layerOf('The mayor is accused of taking bribes.\n\nAccording to court documents, he took cash.');
    expect(apart.attributions[0].attributed).toBe(false);
  });
});

describe('senses of claim markers', () => {
  const markers = (text: string) => {
    const a = layerOf(text).attributions[0];
    return {agentless: a.agentless.map((m) => m.text), stance: a.stance.map((m) => m.text)};
  };
  it.each([
    ['The convoy came under fire near the border.', []],
    ['The minister came under fire over his remarks.', ['came under fire']],
    ['A car was reported stolen.', []],
    ['The fire was reported to have started in the kitchen.', ['was reported']],
    ['The bill will be considered for debate.', []],
    ['The bill is considered a test of his authority.', ['is considered']],
  ])('%s → agentless %j', (text, agentless) => {
    expect(markers(text).agentless).toEqual(agentless);
  });
  it.each([
    ['The plan appears to have failed.', ['appears']],
    ['It seems the vote will be close.', ['It seems']],
    ['She appeared on television.', []],
    ['The image shows what appears to be a tunnel.', []],
    ['A video that appears to show the crash was shared.', []],
    ['They looked like tourists.', []],
    ['It looks like the vote will fail.', ['looks like']],
  ])('%s → stance %j', (text, stance) => {
    expect(markers(text).stance).toEqual(stance);
  });
});
