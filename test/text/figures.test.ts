import {describe, it, expect} from 'vitest';
import {VFile} from 'vfile';
import {figuresInSentence, findFigures} from '../../src/text/figures.js';
import {breakdownOf, countsOf, isHeadline} from '../../src/text/figure-counts.js';
import {isForeign} from '../../src/text/figure-senses.js';
import {isCaptionOrTeaser} from '../../src/text/captions.js';
import {tokenize} from '../../src/text/tokens.js';
import {TextLayer} from '../../src/text/layer.js';
import {parse} from '../../src/engine/parse.js';

function layerOf(text: string): TextLayer {
  return new TextLayer(text, parse(new VFile({path: 'a.txt', value: text}), 'text'), 'text');
}

const viewOf = (s: string) => {
  const tokens = tokenize(s, 0);
  return {tokens, text: s, base: 0, headline: isHeadline(tokens)};
};
const fig = (s: string) => figuresInSentence(s, 0, 0).map((f) => f.text);
const one = (s: string) => figuresInSentence(s, 0, 0)[0];

describe('figuresInSentence: figure forms', () => {
  it('numeral before the term, across a short phrase', () => {
    expect(fig('The ministry said about 50 people had been killed on the border.')).toEqual(['about 50 people had been killed']);
  });
  it('approximators belong to the count', () => {
    expect(one('At least 31 of its soldiers were killed.').count).toBe('At least 31');
    expect(one('The storm claimed more than 6,500 lives.')).toMatchObject({count: 'more than 6,500', value: 6500, term: 'lives', approximate: true});
  });
  it('number words and vague counts', () => {
    expect(fig('Four people were wounded overnight.')).toEqual(['Four people were wounded']);
    expect(one('The raid saw dozens killed.')).toMatchObject({text: 'dozens killed', value: null});
    expect(one('Twenty-five miners are missing.')).toMatchObject({value: 25, kind: 'missing'});
  });
  it('term before the count: "the death toll rose to 12", "killed one and injured two"', () => {
    expect(fig('The death toll rose to 12 on Monday.')).toEqual(['toll rose to 12']);
    expect(fig('The blast killed one man and injured two others.')).toEqual(['killed one', 'injured two']);
    expect(fig('The death toll in the northern town rose to 23.')).toEqual(['toll in the northern town rose to 23']);
  });
  it('a headline in title case', () => {
    expect(fig('3 Shot, 1 Killed In Parking Lot Fight')).toEqual(['3 Shot', '1 Killed']);
  });
  it('victims, and nouns that take their count just before them', () => {
    expect(fig('Two of the victims were taken to hospital.')).toEqual(['Two of the victims']);
    expect(fig('Inquiries into five other deaths were refused.')).toEqual(['five other deaths']);
  });
  it('a single death of a victim marked by an age, with no numeral', () => {
    expect(one('Maria Lopez, 52, died at the scene.')).toMatchObject({text: 'Maria Lopez, 52, died', value: 1, single: true});
    expect(fig('The 3-year-old was later pronounced dead at the hospital.')).toEqual(['3-year-old was later pronounced dead']);
    expect(fig('A fire killed 21-year-old Ann Lee and injured eight other people.')).toEqual(['injured eight', 'killed 21-year-old Ann Lee']);
    expect(fig('Police arrested a man in the shooting death of a 17-year-old boy.')).toEqual(['death of a 17-year-old']);
  });
  it('a part picked out of a group is partitive', () => {
    expect(one('Two of the wounded remained in hospital.')).toMatchObject({value: 2, partitive: true});
    expect(one('Two people were wounded.').partitive).toBe(false);
  });
  it('offsets are file offsets', () => {
    expect(figuresInSentence('Nine people died.', 100, 3)[0]).toMatchObject({start: 100, end: 116, sentence: 3});
  });
});

describe('figuresInSentence: counts from the tokens', () => {
  it.each([
    ['an approximator at the start of a sentence', 'About 50 people were killed.', 'About 50', 50],
    ['"some" at the start of a sentence', 'Some 200 people were killed in the floods.', 'Some 200', 200],
    ['a number and its multiplier', 'Two hundred people died in the quake.', 'Two hundred', 200],
    ['a decimal and a multiplier', 'Nearly 1.5 million people died in the famine.', 'Nearly 1.5 million', 1500000],
    ['a dozen', 'A dozen people were hurt.', 'A dozen', 12],
    ['a number after "March" that is no date', 'Police said 5 people were hurt in March.', '5', 5],
  ])('%s', (_name, sentence, count, value) => {
    expect(one(sentence)).toMatchObject({count, value});
  });
  it('vague counts with "of": "tens of thousands"', () => {
    expect(one('Tens of thousands of people died in the war.')).toMatchObject({value: null, count: 'Tens of thousands'});
  });
  it('"he and eight others" counts nine', () => {
    expect(one('He and eight others were killed when the bus overturned.')).toMatchObject({count: 'He and eight', value: 9, remainder: false});
    expect(one('The gunman shot him and two others in the street.')).toMatchObject({value: 3});
  });
  it('a tally and its part: "killing at least 40 people, including 12 children"', () => {
    const found = figuresInSentence('A bomb exploded in the market, killing at least 40 people, including 12 children.', 0, 0);
    expect(found.map((f) => [f.value, f.part])).toEqual([[40, false], [12, true]]);
  });
  it('a second object of the term joins the count: "killed three soldiers and two civilians"', () => {
    expect(one('The attack killed three soldiers and two civilians.')).toMatchObject({count: 'three soldiers and two', value: 5});
    expect(fig('The blast killed two men and injured four.')).toEqual(['killed two', 'injured four']);
  });
  it('a partitive count, not the group it is picked from: "32 of the 543 passengers"', () => {
    expect(fig('Officials said 32 of the 543 passengers were confirmed dead.')).toEqual(['32 of the 543 passengers were confirmed dead']);
    expect(one('Officials said 32 of the 543 passengers were confirmed dead.')).toMatchObject({value: 32, partitive: true});
  });
  it('named victims with ages, one or a list', () => {
    expect(one('Omani Lee, 18, and Tara Cruz, 20, were killed in the crash.')).toMatchObject({value: 2, single: false, kind: 'dead'});
    expect(one('The agency said Ana Look, 67, and Kim Barr, 62, died at the bank.')).toMatchObject({value: 2});
  });
  it('the noun of the victims, the day and the place', () => {
    expect(one('Four men were shot in Logan Square on Friday.')).toMatchObject({victims: 'men', when: 'friday', where: 'Logan Square'});
    expect(one('At least 31 of its troops were killed.')).toMatchObject({victims: 'troops'});
    expect(one('The attack killed 37 Americans.')).toMatchObject({victims: 'americans'});
  });
  it('a count of victims takes the harm its sentence tells of', () => {
    expect(one('The three victims were in serious condition.').kind).toBe('hurt');
    expect(one('Two victims died at the scene.').kind).toBe('dead');
    expect(one('Two victims were taken away.').kind).toBe('victims');
  });
  it('one term, one count: the nearer', () => {
    expect(fig('The quake, measuring six on the scale, killed at least six people.')).toEqual(['killed at least six']);
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
    ['a time with leading zero', 'Shares had shot up by 0900 GMT.'],
    ['durations', 'Ten hours later, she was dead.'],
    ['addresses', 'A man was shot in the 300 block of Elm Street.'],
    ['street numbers', 'A woman was shot at 4120 Maple Grove Avenue.'],
    ['money', 'The attack that killed him cost $40 million.'],
    ['scores', 'The injured striker watched the 2-1 win.'],
    ['shots fired', 'The gunman fired two shots, injuring nobody.'],
    ['"fired one shot"', 'He fired one shot at the car.'],
    ['"shot two times"', 'The man was shot two times in the leg.'],
    ['"was shot at": fired at, no one hit', 'Then two cars came by and one was shot at.'],
    ['no one', 'No one was injured in the blast.'],
    ['negated term', 'The four passengers were not hurt.'],
    ['a contracted negation', "There were three customers who weren't injured."],
    ['channel numbers', 'A man was shot, WXYZ 7 reported.'],
    ['"lives" as a verb', 'Her aunt, who lives two doors down, was shot.'],
    ['partitive one', 'One of the victims was a teacher who was shot.'],
    ['age with a spaced hyphen', 'The victim, a 2 year-old child, died.'],
    ['hyphenated ages', 'The 6- and 12-year-old children were injured.'],
    ['perpetrators', 'Two suspects fled after the man was shot.'],
    ['an ordinal is no count', 'There has been no third death in the outbreak.'],
    ['a character killed off', 'More than 14 million people saw the character killed off.'],
    ['a title in quotes', 'The band\'s album "Dead Man Walking" sold 40,000 copies.'],
    ['a title in title case', 'Critics praised Kill Bill, which two sequels followed.'],
    ['a sentence in German', 'Die Polizei sagte, dass zwei Menschen getötet wurden und die anderen verletzt sind.'],
    ['a date named by a number word', 'The March five earthquake was felt in the capital.'],
    ['the count is of someone else', 'In 2003, 24 million saw him apparently shot by a man.'],
    ['a count of things', 'The two factions compete to recover pieces of a missing crystal.'],
    ['the shot put', 'She threw 13 metres in the women\'s shot put.'],
    ['shares shot up', 'Two firms saw their shares shot up on Monday.'],
    ['a named person who killed', 'Ana Silva, 26, shot and killed the family dog before fleeing.'],
    ['an obituary', 'Lord Smith, 93, dies peacefully at home.'],
    ['a caption with a gallery counter', 'Photo: Ana Silva Image 1 of 9 Two men were shot outside the bar.'],
    ['a teaser cut off', 'Three people were shot at a parade in ...'],
    ['an event noun', 'Police arrested three people in his killing.'],
    ['a citation mark', 'The gunman shot at cars.[4] Along the way, Zawahri shot at a bus.'],
  ];
  for (const [name, sentence] of none) it(name, () => expect(fig(sentence)).toEqual([]));
  it('ages in a list are no count, the count of the people is', () => {
    expect(figuresInSentence('The two others, 33 and 28, were each shot in the leg.', 0, 0).map((f) => f.value)).toEqual([2]);
  });
  it('no casualty term: no work', () => {
    expect(fig('Four hundred people attended the meeting.')).toEqual([]);
  });
});

describe('sentence senses', () => {
  it('tells a foreign sentence from an English one', () => {
    expect(isForeign(tokenize('Die Polizei sagte, dass zwei Menschen getötet wurden und die anderen verletzt sind.', 0))).toBe(true);
    expect(isForeign(tokenize('Three people die in crashes on the road every day, the police said.', 0))).toBe(false);
  });
  it('knows captions and teasers, and leaves prose alone', () => {
    for (const s of ['FILE - Three people were killed in a crash.', 'RELATED: Two dead after a shooting', 'PREVIOUS: Two dead in a crash', 'Image 4 of 9 A man was shot.', 'Two were shot at a parade in ...']) {
      expect(isCaptionOrTeaser(viewOf(s))).toBe(true);
    }
    for (const s of ['Three people were killed in a crash, the file shows.', 'Related charges were filed on Monday.']) {
      expect(isCaptionOrTeaser(viewOf(s))).toBe(false);
    }
  });
});

describe('findFigures: background', () => {
  const background = (text: string) => findFigures(layerOf(text)).map((f) => f.background);
  it.each([
    ['a year after "in"', 'The hurricane killed about 10,000 people in 1998.\n'],
    ['a year naming an event', 'The 2014 crash killed 45 people.\n'],
    ['last year\'s', 'Last year\'s floods killed 30 people.\n'],
    ['years ago', 'A raid killed 12 villagers three years ago.\n'],
    ['a previous event', 'Two people were killed in a previous explosion at the plant.\n'],
    ['a year before the article\'s', 'The report came out in March 2017.\n\nIn June 2015, four workers were killed at the plant.\n'],
    ['a full date years before the article', 'The trial opened in 2017.\n\nOn March 3, 2014, two people were killed at the plant.\n'],
    ['a toll right after the sentence that dates its event', 'The managers go on trial over the rail crash in 2000.\n\nFour people died when a rail broke.\n'],
    ['a year naming an event past a name', 'It was the worst since the 1985 Delta crash that killed 520 people.\n'],
    ['a year naming an event past two words', 'More than 2,500 soldiers were killed in the 1973 Middle East war.\n'],
    ['an event dated after it, the toll its verb', 'Flights stopped after the Orbiter explosion in 1986 killed seven astronauts.\n'],
    ['an event dated by month and year, the toll its verb', 'The rules changed after the mine fire in May 1992 killed 26 miners.\n'],
    ['a full date with its year in wire copy (a dateline without one)', 'WASHINGTON, March 3 - Flights resume.\n\nAll seven astronauts died in the Orbiter explosion on January 28, 1986.\n'],
    ['a toll as the participle of a clause dated to the past, after "since"', 'WASHINGTON, March 3 - Flights resume.\n\nNo shuttle has flown since the Orbiter exploded on January 28, 1986, killing all seven astronauts.\n'],
    ['a tally of the year so far (version 48)', 'More than 750 people have been killed so far this year, the deadliest since the 1990s.\n'],
  ])('background: %s', (_name, text) => {
    expect(background(text).at(-1)).toBe(true);
  });
  it.each([
    ['a full date', 'Two people were killed on March 3, 2015.\n'],
    ['a full date of the year before the article', 'The trial opened in 2017.\n\nTwo people were killed on Dec. 3, 2016, at the bar.\n'],
    ['a toll since a year', 'Since 2015, at least 15 children have been killed in the city.\n'],
    ['the news of the day', 'The tower was built in 2010.\n\nSeven people died on Sunday when it collapsed.\n'],
    ['a year that names no event', 'The 2015 totals were passed as 629 people died this week.\n'],
    ['a running toll since a dated event', 'Since the 2015 uprising, 40 people have been killed in the town.\n'],
    ['a dated event that is not the toll\'s verb', 'Since the 1985 crash, the airline has flown safely, but two people were killed on Sunday.\n'],
    ['a year past a verb is no event\'s', 'The 1990 law was passed as 12 people were killed in a raid this week.\n'],
    ['a wire dateline and a toll of the day', 'WASHINGTON, March 3 - Two people were killed on Monday in a crash.\n'],
    ['a full date of the article\'s year outside wire copy, after "since"', 'No shuttle has flown since the Orbiter exploded on January 28, 2016, killing all seven astronauts.\n'],
  ])('not background: %s', (_name, text) => {
    expect(background(text).at(-1)).toBe(false);
  });
});

describe('breakdownOf', () => {
  const breakdown = (s: string) => {
    const view = viewOf(s);
    return breakdownOf(view, countsOf(view));
  };
  it('adds up counts and people picked out one by one', () => {
    expect(breakdown('An 18-year-old girl and a 17-year-old boy were each hit in the arm.')).toBe(2);
    expect(breakdown('Police said two adults and two teenagers were hurt at 2 a.m. in 2015.')).toBe(4);
    expect(breakdown('The man killed one Malay and injured another Malay and a Chinese.')).toBe(3);
    // one of a group told by its age: neither "one" nor the age is a part ("two men, one 17 and the other 21,")
    expect(breakdown('Two men, one 17 and the other 21, were shot and a woman was hit.')).toBe(3);
    // one adjective between the article and the person: "a teenage boy"
    expect(breakdown('A bullet hit a man, 40, in the arm, and a teenage boy was grazed.')).toBe(2);
    // the ages set off by dashes, their list closed by a serial comma, are no parts
    expect(breakdown('They found three men - aged 21, 22, and 24 - and one woman, 33, had been shot.')).toBe(4);
    expect(breakdown('The agency said Ana Look, 67, and Kim Barr, 62, died.')).toBe(2);
  });
  it('needs two parts, each exact', () => {
    expect(breakdown('The 18-year-old was hit.')).toBeUndefined();
    expect(breakdown('Dozens of people and two officers were hurt.')).toBeUndefined();
  });
});

describe('figuresInSentence: issue 17, second pass', () => {
  it('ages in a list or a range after an age label are no counts; the count before them is', () => {
    expect(one('Three men, ages 19, 21 and 22, were shot in the hand.')).toMatchObject({value: 3, kind: 'shot'});
    expect(one('Four women, ranging in age from 31 to 40, were shot on Sunday.')).toMatchObject({value: 4, kind: 'shot'});
    // a serial comma before the list's last age: "ages 24, 25, and 41"
    expect(fig('Three other victims, ages 24, 25, and 41, were wounded.')).toEqual(['Three other victims']);
    expect(fig('Ana Cole and Ben Lee, both 16, were killed in the crash.')).toEqual([]);
    expect(fig('A boy younger than 12 was shot in the complex.')).toEqual([]);
    expect(fig('All of the wounded are between the ages of 38 and 44.')).toEqual([]);
  });
  it('the emergency number and a shot fired are no counts of people shot', () => {
    expect(fig('About 8:30 p.m. a 911 caller reported that someone had been shot.')).toEqual([]);
    expect(fig('Then one shot is fired through the door.')).toEqual([]);
    expect(fig('A single shot rang out.')).toEqual([]);
  });
  it('counts in a whole including-phrase are parts of the tally', () => {
    const figures = figuresInSentence('Six other people, including a 17-year-old boy and four women, were wounded in the gunfire.', 0, 0);
    expect(figures.map((f) => [f.value, f.part])).toEqual([[6, false], [4, true]]);
  });
  it('a tens word and a unit word written apart are one number', () => {
    expect(one('Thirty four workers died in a gas explosion.')).toMatchObject({value: 34, kind: 'dead'});
  });
  it('a year after "in" is a year whatever follows', () => {
    expect(one('The plane crash in 1973 killed 40 people.')).toMatchObject({value: 40, kind: 'dead'});
  });
  it('"to death" and "shot dead" are deaths; attackers harmed are counted', () => {
    expect(one('Two men were stabbed to death in a bar fight.')).toMatchObject({value: 2, kind: 'dead'});
    expect(one('Troops shot dead two men at a checkpoint.')).toMatchObject({value: 2, kind: 'dead'});
    expect(one('Soldiers killed three gunmen in a raid.')).toMatchObject({value: 3, kind: 'dead'});
    expect(fig('Two gunmen opened fire on the crowd.')).toEqual([]);
  });
});

describe('findFigures: list items', () => {
  // (was a table case of no-unsourced-casualty on a reply's '>>' lines, which the rule no longer judges: the
  // quoted poster's figures are theirs)
  it('a list item: the count is the one on its line, not the next item\'s number', () => {
    const text = '>>  26. Police protect worshipers\n>>      against a mob, 18 rioters killed\n>>  27. Soldiers attack a village, 1990\n';
    expect(findFigures(layerOf(text), {}).map((f) => f.text)).toEqual(['18 rioters killed']);
  });
});
