import {describe, it, expect} from 'vitest';
import {VFile} from 'vfile';
import {figuresInSentence, findFigures} from '../../src/text/figures.js';
import {breakdownOf, countsOf} from '../../src/text/figure-counts.js';
import {tokenize} from '../../src/text/tokens.js';
import {TextLayer} from '../../src/text/layer.js';
import {parse} from '../../src/engine/parse.js';

function layerOf(text: string): TextLayer {
  return new TextLayer(text, parse(new VFile({path: 'a.txt', value: text}), 'text'), 'text');
}

const fig = (s: string) => figuresInSentence(s, 0, 0).map((f) => f.text);

describe('figuresInSentence: figure forms', () => {
  it('numeral before the term, across a short phrase', () => {
    expect(fig('The ministry said about 50 people had been killed on the border.')).toEqual(['about 50 people had been killed']);
  });
  it('approximators belong to the count', () => {
    expect(figuresInSentence('At least 31 of its soldiers were killed.', 0, 0)[0].count).toBe('At least 31');
    expect(figuresInSentence('The storm claimed more than 6,500 lives.', 0, 0)[0]).toMatchObject({count: 'more than 6,500', value: 6500, term: 'lives'});
  });
  it('number words and vague counts', () => {
    expect(fig('Four people were wounded overnight.')).toEqual(['Four people were wounded']);
    expect(figuresInSentence('The raid saw dozens killed.', 0, 0)[0]).toMatchObject({text: 'dozens killed', value: null});
    expect(figuresInSentence('Twenty-five miners are missing.', 0, 0)[0]).toMatchObject({value: 25, kind: 'missing'});
  });
  it('term before the count: "the death toll rose to 12", "killed one and injured two"', () => {
    expect(fig('The death toll rose to 12 on Monday.')).toEqual(['toll rose to 12']);
    expect(fig('The blast killed one man and injured two others.')).toEqual(['killed one', 'injured two']);
  });
  it('a headline in title case', () => {
    expect(fig('3 Shot, 1 Killed In Parking Lot Fight')).toEqual(['3 Shot', '1 Killed']);
  });
  it('victims, and nouns that take their count just before them', () => {
    expect(fig('Two of the victims were taken to hospital.')).toEqual(['Two of the victims']);
    expect(fig('Inquiries into five other deaths were refused.')).toEqual(['five other deaths']);
  });
  it('a single death of a victim marked by an age, with no numeral', () => {
    expect(figuresInSentence('Maria Lopez, 52, died at the scene.', 0, 0)[0]).toMatchObject({text: 'Maria Lopez, 52, died', value: 1, single: true});
    expect(fig('The 3-year-old was later pronounced dead at the hospital.')).toEqual(['3-year-old was later pronounced dead']);
    expect(fig('A fire killed 21-year-old Ann Lee and injured eight other people.')).toEqual(['injured eight', 'killed 21-year-old Ann Lee']);
    expect(fig('Police arrested a man in the shooting death of a 17-year-old boy.')).toEqual(['death of a 17-year-old']);
  });
  it('a part picked out of a group is partitive', () => {
    expect(figuresInSentence('Two of the wounded remained in hospital.', 0, 0)[0]).toMatchObject({value: 2, partitive: true});
    expect(figuresInSentence('Two people were wounded.', 0, 0)[0].partitive).toBe(false);
  });
  it('offsets are file offsets', () => {
    const [f] = figuresInSentence('Nine people died.', 100, 3);
    expect(f).toMatchObject({start: 100, end: 116, sentence: 3});
  });
});

describe('figuresInSentence: not casualty figures', () => {
  const none = [
    ['ages', 'A 19-year-old was hurt and his friend, 23, was shot.'],
    ['age in apposition', 'Maria Lopez, 52, was hurt at the scene.'],
    ['a place on the body', 'He was shot twice in one arm.'],
    ['an age with no death', 'A 17-year-old boy was listed in critical condition.'],
    ['ages after "ages"', 'Two boys, ages 15 and 16, ... were'],
    ['dates', 'He was killed on Nov. 15 near the school.'],
    ['years', 'The singer died in 2004.'],
    ['times', 'The man was shot at 3:30 p.m. near the park.'],
    ['durations', 'Ten hours later, she was dead.'],
    ['addresses', 'A man was shot in the 300 block of Elm Street.'],
    ['street numbers', 'A woman was shot at 4120 Maple Grove Avenue.'],
    ['money', 'The attack that killed him cost $40 million.'],
    ['scores', 'The injured striker watched the 2-1 win.'],
    ['shots fired', 'The gunman fired two shots, injuring nobody.'],
    ['"fired one shot"', 'He fired one shot at the car.'],
    ['"shot two times"', 'The man was shot two times in the leg.'],
    ['no one', 'No one was injured in the blast.'],
    ['negated term', 'The four passengers were not hurt.'],
    ['channel numbers', 'A man was shot, WXYZ 7 reported.'],
    ['"lives" as a verb', 'Her aunt, who lives two doors down, was shot.'],
    ['partitive one', 'One of the victims was a teacher who was shot.'],
    ['age with a spaced hyphen', 'The victim, a 2 year-old child, died.'],
    ['hyphenated ages', 'The 6- and 12-year-old children were injured.'],
    ['perpetrators', 'Two suspects fled after the man was shot.'],
  ];
  for (const [name, sentence] of none) it(name, () => expect(fig(sentence)).toEqual([]));
  it('no casualty term: no work', () => {
    expect(fig('Four hundred people attended the meeting.')).toEqual([]);
  });
});

describe('findFigures: background', () => {
  it('a past year is background; a full date is not', () => {
    expect(findFigures(layerOf('The hurricane killed about 10,000 people in 1998.\n'))[0].background).toBe(true);
    expect(findFigures(layerOf('Two people were killed on March 3, 2015.\n'))[0].background).toBe(false);
  });
});

describe('breakdownOf', () => {
  const breakdown = (s: string) => {
    const tokens = tokenize(s, 0);
    const view = {tokens, text: s, base: 0, headline: false};
    return breakdownOf(view, countsOf(view));
  };
  it('counts people picked out by an age, and counts', () => {
    expect(breakdown('An 18-year-old girl and a 17-year-old boy were each hit in the arm.')).toBe(2);
    expect(breakdown('The 18-year-old was hit.')).toBeUndefined();
    expect(breakdown('Police said two adults and two teenagers were hurt at 2 a.m. in 2015.')).toBe(4);
  });
});
