// The learned residue classifier: features, the shipped model, its decisions, Markdown safety, training.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, it, expect} from 'vitest';
import {FEATURES, N_FEATURES, OWN_FEATURES, ownFeatures, lineFeatures, featureIndex} from '../../src/learn/residue-features.js';
import {residueProbabilities, learnedResidue, residueLine, prepareModel, firstStageOf, type ResidueModelFile} from '../../src/learn/residue-model.js';
import {STACK_FEATURES, STAGE2_FEATURES, N_STAGE2, stackedRows, rescueCandidate} from '../../src/learn/residue-stack.js';
import {NO_SPLIT} from '../../src/learn/gbt.js';
import {layerOf, readSet, examplesOf, train, DEFAULT_OPTIONS, STAGE2} from '../../src/learn/train-residue.js';
import rule from '../../rules/no-boilerplate.js';
import {messagesOf} from '../helpers/rule-tester.js';

const shipped = JSON.parse(fs.readFileSync(new URL('../../rules/data/residue-model.json', import.meta.url), 'utf8')) as ResidueModelFile;

function own(line: string): Record<string, number> {
  const out = new Float64Array(OWN_FEATURES.length);
  ownFeatures(line, undefined, out, 0);
  return Object.fromEntries(OWN_FEATURES.map((f, i) => [f, out[i]]));
}

describe('residue features', () => {
  it('a byline with a date and a clock time', () => {
    const f = own('By Jane Roe | March 3, 2025 10:42 AM');
    expect(f).toMatchObject({byStart: 1, year: 1, clock: 1, month: 1, pipes: 1, terminal: 0, words: 8});
    expect(f.titleShare).toBeGreaterThan(0.5);
  });
  it('handles, e-mail addresses and URLs', () => {
    expect(own('Follow @janeroe on Twitter')).toMatchObject({handle: 1, email: 0, url: 0, shareCue: 2});
    expect(own('Write to jane.roe@example.com')).toMatchObject({handle: 0, email: 1});
    expect(own('See https://example.com/story')).toMatchObject({url: 1});
  });
  it('a sentence of prose', () => {
    const f = own('The council approved the new budget on Tuesday after a long debate.');
    expect(f).toMatchObject({terminal: 1, byStart: 0, url: 0, digitShare: 0, capsShare: 0});
    expect(f.stopShare).toBeGreaterThan(0.3);
    expect(f.words).toBe(12);
  });
  it('separators and capitals', () => {
    expect(own('Home › World › Europe')).toMatchObject({separators: 2, titleShare: 1});
    expect(own('BREAKING NEWS')).toMatchObject({capsShare: 1});
  });
  it('rows per line: zeros for blank lines; neighbours and place for the others', () => {
    const layer = layerOf('Headline here\n\nThe council approved the new budget on Tuesday after a long debate.\nPage 1 of 2\n');
    const X = lineFeatures(layer);
    expect(X.length).toBe(layer.lines.length * N_FEATURES);
    expect(Array.from(X.subarray(N_FEATURES, 2 * N_FEATURES)).every((v) => v === 0)).toBe(true); // line 2 is blank
    const row = (i: number, f: string) => X[i * N_FEATURES + featureIndex(f)];
    expect(row(0, 'prev.words')).toBe(-1);
    expect(row(0, 'next.words')).toBe(12);
    expect(row(0, 'blankAfter')).toBe(1);
    expect(row(3, 'relPos')).toBe(1);
    expect(row(3, 'afterProse')).toBe(1);
    expect(row(3, 'prev.terminal')).toBe(1);
  });
  it('context: the long paragraphs that bound the body, and a window of lines either side', () => {
    const para = 'The council approved the new budget on Tuesday after a long debate about school funding, transport and the cost of housing in the city.';
    const para2 = 'Officials said the plan would take effect next year, pending a final vote by the board in March and a review of the costs by the auditors.';
    const layer = layerOf(['Home', 'News', 'Headline of the story', para, 'Subheading', para2, 'Share this', 'Next'].join('\n'));
    const X = lineFeatures(layer);
    const row = (i: number, f: string) => X[i * N_FEATURES + featureIndex(f)];
    expect(row(0, 'beforeLong')).toBe(1);
    expect(row(4, 'beforeLong')).toBe(0);
    expect(row(4, 'afterLong')).toBe(0);
    expect(row(4, 'longDist')).toBe(1);
    expect(row(7, 'afterLong')).toBe(1);
    expect(row(7, 'longDist')).toBe(2);
    expect(row(0, 'windowShort')).toBe(2 / 3); // News, the headline (short), the paragraph (not)
    expect(row(7, 'windowTerminal')).toBe(1 / 3);
    expect(row(4, 'prev2.words')).toBe(4);
    expect(row(0, 'prev2.words')).toBe(-1);
    expect(row(0, 'indented')).toBe(0);
    expect(lineFeatures(layerOf(' Indented line'))[featureIndex('indented')]).toBe(1);
  });
});

describe('the shipped model', () => {
  it('was trained on the extractor’s features, in order, and is small', () => {
    expect(shipped.features).toEqual([...FEATURES]);
    const inner = (1 << shipped.model.depth) - 1;
    expect(shipped.model.depth).toBeLessThanOrEqual(4);
    expect(shipped.model.feature.length / inner).toBeLessThanOrEqual(100);
    expect(shipped.threshold).toBeGreaterThan(0);
    expect(shipped.threshold).toBeLessThan(1);
    expect(shipped.provenance).toMatchObject({date: expect.any(String), data: expect.any(Array), report: expect.any(Object)});
    // the second stage: the same features, then the first stage's margins around the line, in this order
    expect(shipped.stage2!.features).toEqual([...STAGE2_FEATURES]);
    expect(STAGE2_FEATURES).toEqual([...FEATURES, ...STACK_FEATURES]);
    expect(STACK_FEATURES).toEqual(['s1.self', 's1.prev', 's1.next', 's1.prev2', 's1.next2', 's1.windowMax', 's1.windowMean', 's1.windowShare', 's1.runBefore', 's1.runAfter']);
    expect(shipped.stage2!.judges).toBe('either');
    expect(shipped.stage2!.model.depth).toBeLessThanOrEqual(4);
    expect(shipped.stage2!.model.feature.length / inner).toBeLessThanOrEqual(100);
    expect(shipped.stage2!.threshold).toBeGreaterThan(0);
    expect(shipped.stage2!.threshold).toBeLessThan(1);
  });

  const PAGE_WITH_TEASERS = 'Council passes new budget\n\nBy Jane Roe, City Desk\n\nThe council approved the new budget on Tuesday after a long debate about school funding and transport.\n\n' +
    'Officials said the plan would take effect next year, pending a final vote by the board in March.\n\nThe mayor said the vote was a good day for the city and thanked the members for their work.\n\n' +
    'Tags: budget, council\n\nLeave a reply\n\n11 dead in strike on border town - reports\n';
  const article = [
    'Council passes new budget', '', 'By Jane Roe, City Desk', '',
    'The council approved the new budget on Tuesday after a long debate about school funding and transport.', '',
    'Officials said the plan would take effect next year, pending a final vote by the board in March.', '',
    'The mayor said the vote was a good day for the city and thanked the members for their work.', '',
    'Photos courtesy of the City Council press office', '', 'Next ›', '', 'Page 1 of 2', '', 'Loading gallery', '',
    'This story originally appeared on The Daily Example', '',
  ].join('\n');
  it('calls page furniture after the article residue, and the article’s sentences not', () => {
    const layer = layerOf(article);
    const {p, threshold} = residueProbabilities(layer);
    const at = (text: string) => p[layer.lines.findIndex((l) => l.text === text)];
    // (the credit line 'Photos courtesy of …' scores about 0.59 with the shipped model: below its threshold)
    for (const line of ['Next ›', 'Page 1 of 2', 'Loading gallery', 'This story originally appeared on The Daily Example']) {
      expect(at(line), line).toBeGreaterThanOrEqual(threshold);
    }
    for (const line of ['Council passes new budget', layer.lines[4].text, layer.lines[6].text, layer.lines[8].text]) {
      expect(at(line), line).toBeLessThan(threshold);
    }
  });
  it('residueLine: the hand rules\' residue and the model\'s, judged once per file for every rule that asks', () => {
    const layer = layerOf(PAGE_WITH_TEASERS);
    expect(learnedResidue(layer)).toBe(learnedResidue(layer));
    const index = (text: string) => layer.lines.findIndex((l) => l.text === text);
    const teaser = index('11 dead in strike on border town - reports');
    // (a teaser the hand rules do not know, which the model calls residue)
    expect(layer.lineClasses[teaser].kind).toBeNull();
    expect(residueLine(layer, teaser)).toBe(true);
    expect(residueLine(layer, index('Leave a reply'))).toBe(true);
    for (const i of [0, 4, 6, 8]) expect(residueLine(layer, i), layer.lines[i].text).toBe(false);
  });
  it('adds nothing to an article where the hand rules found no residue (a ranking at the end stays)', () => {
    const text = 'Seeds named for the open\n\nThe organisers named the seeds for the open on Friday, with the champion first again this year.\n\n1 Ann Lee (Canada)\n\n2 Bea Moss (Chile)\n\n3 Cy Dunn (Kenya)\n\n4 Di Hart (Japan)\n';
    expect(messagesOf(rule, {text})).toEqual([]);
  });
  it('learned: false leaves the hand rules alone', () => {
    const text = 'Council passes new budget\n\nBy Jane Roe\n\nThe council approved the new budget on Tuesday after a long debate about school funding and transport.\n';
    expect(messagesOf(rule, {text, options: {learned: false}})).toEqual(messagesOf(rule, {text}).filter((m) => !m.includes('learned')));
  });
});

describe('the second stage reads the first stage\'s verdicts around a line', () => {
  /** One tree of depth 1 (a line goes right when feature > threshold). */
  const stump = (feature: number, threshold: number, left: number, right: number) => ({depth: 1, base: 0, feature: [feature], threshold: [threshold], leaf: [left, right]});
  // Stage 1 (written for the test): a line of at most 3 words is residue. Stage 2: a line is residue when the
  // first stage calls both its neighbours residue (depth 2: s1.prev > 0, then s1.next > 0).
  const prev = N_FEATURES + STACK_FEATURES.indexOf('s1.prev');
  const next = N_FEATURES + STACK_FEATURES.indexOf('s1.next');
  const model: ResidueModelFile = {
    provenance: {},
    features: [...FEATURES],
    threshold: 0.5,
    model: stump(featureIndex('words'), 3.5, 3, -3),
    stage2: {
      features: [...STAGE2_FEATURES],
      threshold: 0.5,
      judges: 'either',
      model: {depth: 2, base: 0, feature: [prev, 0, next], threshold: [0, NO_SPLIT, 0], leaf: [-3, -3, -3, 3]},
    },
  };
  const page = [
    'Council passes new budget', '',
    'The council approved the new budget on Tuesday after a long debate about school funding and transport.', '',
    'Officials said the plan would take effect next year, pending a final vote by the board in March.', '',
    'Share this story', '', 'Most read', 'Top stories',
    'New bakery expected to open in February at the riverside mall …',
    'Local news', 'Sports', 'Weather', '',
  ].join('\n');
  it('a teaser sandwiched between residue lines is residue by stage 2, not by stage 1 alone', () => {
    const layer = layerOf(page);
    const teaser = layer.lines.findIndex((l) => l.text.startsWith('New bakery'));
    expect(layer.lineClasses[teaser].kind).toBeNull();
    const one = learnedResidue(layer, undefined, prepareModel(firstStageOf(model))).flags;
    const two = learnedResidue(layer, undefined, prepareModel(model)).flags;
    expect(one[teaser]).toBe(0);
    expect(two[teaser]).toBe(1);
    // the article's own lines stay (the paragraphs stand next to the headline and the share line, not between
    // residue), and stage 1's verdicts on the short lines stand
    for (const i of [0, 2, 4]) expect(two[i], layer.lines[i].text).toBe(0);
    for (const text of ['Most read', 'Top stories', 'Local news', 'Sports', 'Weather']) {
      const i = layer.lines.findIndex((l) => l.text === text);
      expect(two[i] === 1 || layer.lineClasses[i].kind != null, text).toBe(true);
    }
  });
  it('stacked rows: the margins of the neighbours, the window and the runs', () => {
    // five non-blank lines, a blank one between the 2nd and 3rd; margins +2, -1, +3, -4, +1; the 4th is flagged by the hand rules
    const blank = [0, 0, 1, 0, 0, 0];
    const margins = Float64Array.from([2, -1, 0, 3, -4, 1]);
    const X = new Float64Array(6 * N_FEATURES);
    X[4 * N_FEATURES + featureIndex('handKind')] = 3;
    const rows = stackedRows(X, 6, blank, margins, (i) => i === 4, 0);
    const v = (i: number, f: string) => rows[i * N_STAGE2 + N_FEATURES + STACK_FEATURES.indexOf(f as (typeof STACK_FEATURES)[number])];
    expect(rows.length).toBe(6 * N_STAGE2);
    expect(Array.from(rows.subarray(2 * N_STAGE2, 3 * N_STAGE2)).every((x) => x === 0)).toBe(true);
    expect([v(3, 's1.self'), v(3, 's1.prev'), v(3, 's1.next'), v(3, 's1.prev2'), v(3, 's1.next2')]).toEqual([3, -1, -4, 2, 1]);
    expect(v(0, 's1.prev')).toBe(-9); // none: below any margin
    expect(v(3, 's1.windowMax')).toBe(2);
    expect(v(3, 's1.windowMean')).toBe((2 - 1 - 4 + 1) / 4);
    // called residue around line 4 (index 3): +2 yes, -1 no, -4 yes (the hand rules), +1 yes
    expect(v(3, 's1.windowShare')).toBe(3 / 4);
    expect([v(3, 's1.runBefore'), v(3, 's1.runAfter')]).toEqual([0, 2]);
    expect([v(1, 's1.runBefore'), v(1, 's1.runAfter')]).toEqual([1, 3]);
    // judged again: a line stage 1 does not call residue beside one it does, not a line it calls or the hand rules flag
    expect(rescueCandidate(rows, 1, 0, true)).toBe(true);
    expect(rescueCandidate(rows, 3, 0, false)).toBe(false);
    expect(rescueCandidate(rows, 4, 0, false)).toBe(false);
  });
});

describe('Markdown: only prose lines are judged', () => {
  it('front matter, code, HTML blocks and link definitions are never residue', () => {
    const text = [
      '---', 'title: Next ›', 'share: Share this', '---', '', '# Council passes budget', '',
      'The council approved the new budget on Tuesday after a long debate about school funding and transport.', '',
      '```', 'Page 1 of 2', 'Share this', 'Loading gallery', '```', '', '    Next ›', '',
      '<div>', 'Loading gallery', '</div>', '', '[Share this]: https://example.com/share', '',
      'Officials said the plan would take effect next year, pending a final vote by the board in March.', '',
      'Page 1 of 2', '', 'Loading gallery', '',
    ].join('\n');
    const lines = messagesOf(rule, {text, path: 'a.md'}).map((m) => Number(m.split(':')[0]));
    for (const n of lines) expect(n, `line ${n}`).toBeGreaterThan(24);
  });
});

/** A small labelled corpus in the layout of the evaluation sets, written by the test. */
function fixtureSet(dir: string): void {
  fs.mkdirSync(path.join(dir, 'articles'), {recursive: true});
  const gold: string[] = [];
  const residue = ['Share this story', 'Next ›', 'Page 1 of 2', 'Loading gallery', 'Follow @citydesk', 'Photo: City Council'];
  for (let a = 0; a < 12; a++) {
    const lines = [`Story number ${a} headline`, `By Writer ${a}`, `The council met on day ${a} and approved the plan after a long debate about money.`,
      `Officials said the vote number ${a} would be final, and the board agreed with them.`, residue[a % residue.length], residue[(a + 1) % residue.length]];
    fs.writeFileSync(path.join(dir, 'articles', `a${a}.txt`), lines.join('\n\n') + '\n');
    const labels = ['TITLE', 'RESIDUE', 'BODY', 'BODY', 'RESIDUE', 'RESIDUE'];
    labels.forEach((label, k) => gold.push(JSON.stringify({file: `a${a}.txt`, line: 2 * k + 1, label, text: lines[k]})));
  }
  fs.writeFileSync(path.join(dir, 'gold.jsonl'), gold.join('\n') + '\n');
}

describe('training', () => {
  it('is deterministic: the same data gives the same weights and threshold', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'residue-train-'));
    try {
      fixtureSet(dir);
      const options = {...DEFAULT_OPTIONS, trees: 5, minChild: 2};
      const stage2 = {...STAGE2, gbt: options};
      const a = train(examplesOf([readSet(dir)]), options, 2, stage2);
      const b = train(examplesOf([readSet(dir)]), options, 2, stage2);
      expect(a.file.model.feature.length).toBe(5 * 15);
      expect(a.file.stage2!.model.feature.length).toBe(5 * 15);
      expect(JSON.stringify(a.file)).toBe(JSON.stringify(b.file));
      expect(a.file.features).toEqual([...FEATURES]);
      expect(a.file.stage2!.features).toEqual([...STAGE2_FEATURES]);
      // stage 1 alone is what the first stage of two is
      const one = train(examplesOf([readSet(dir)]), options, 1);
      expect(one.file.model).toEqual(a.file.model);
      expect(one.file.stage2).toBeUndefined();
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });

  // The shared evaluation sets sit beside the project on development machines, not in CI.
  const study = path.resolve('../sets/study');
  const sets = ['boilerplate', 'boilerplate-web'];
  const present = sets.every((s) => fs.existsSync(path.join(study, s, 'gold.jsonl')));
  it.skipIf(!present)('the shipped weights are what the trainer makes of the study sets', () => {
    const ex = examplesOf(sets.map((s) => readSet(path.join(study, s))));
    const {file} = train(ex, shipped.provenance.options as typeof DEFAULT_OPTIONS, 2, {judges: shipped.stage2!.judges, gbt: shipped.stage2!.options!});
    expect(file.threshold).toBe(shipped.threshold);
    expect(file.model).toEqual(shipped.model);
    expect(file.stage2).toEqual(shipped.stage2);
  }, 240_000);
});
