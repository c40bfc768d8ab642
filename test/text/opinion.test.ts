import {describe, it, expect} from 'vitest';
import {VFile} from 'vfile';
import {TextLayer} from '../../src/text/layer.js';
import {parse} from '../../src/engine/parse.js';
import {articleVoice} from '../../src/text/opinion.js';

function voiceOf(text: string) {
  return articleVoice(new TextLayer(text, parse(new VFile({path: 'a.txt', value: text}), 'text'), 'text'));
}

describe('articleVoice', () => {
  it.each([
    ['Opinion\n\nThe council should rebuild the bridge.', 'label'],
    ['ANALYSIS: No quick fix\n\nThe plan has failed.', 'label'],
    ['Comment | The river\n\nThe plan has failed.', 'label'],
    ['Bridge plan\nBy A. Writer\nEditorial\n\nThe plan has failed.', 'label'],
    ['Running the marathon\n\nI trained all winter. My knees hurt. The course was flat. I finished in four hours.', 'first-person'],
    // a review or column in the editorial "we"
    ['New laptop tested\n\nWe ran it under load for a week. In our use the keyboard stayed cool. The fans are quieter. We will test the battery next.', 'first-person'],
    // the editorial "we" contracted ("we're", "we’ll")
    ['New laptop tested\n\nWe\'re running it under load. The keyboard stayed cool. We\u2019ll test the battery next. The fans are quiet. We\'ve seen no throttling.', 'first-person'],
    // a contributor's bio line at the foot signs a column
    ['Why the web is broken\n\nThe web seems to be drifting. Sites track everyone.\n\nBill Ward is a regular commentator on the Tech Hour programme.', 'bio'],
    ['Schiff against the clock\n\nThe inquiry seems rushed.\n\nNRO contributor Ana Hart is a fellow at the Stone Institute.', 'bio'],
  ])('%j is an opinion piece (%s)', (text, why) => {
    expect(voiceOf(text)).toEqual({opinion: true, why});
  });

  it.each([
    'Bridge to close\n\nThe council said the bridge will close in May. Repairs will take a year.',
    // first person inside quotations is the speakers', not the author's
    '"We will rebuild," said Ana Silva. "Our town is strong," she added. "We are ready," she said. The river rose overnight.',
    'Flood\n\n"I lost my house," said Ana Silva. "My children are safe," she added. "I will rebuild," she said. The river rose overnight.',
    // one first-person aside in a long report
    'Talks\n\nThe talks ended. I was there. The ministers left. The deal failed. The unions walked out. The vote is next week.',
    // the label must stand at the head, not in the body
    'Bridge to close\n\nThe council met.\n\nThe plan had been called a failure.\n\nThe mayor left.\n\nAnalysis: the cost doubled.',
    // a news story telling of a columnist is no column
    'Columnist quits\n\nThe paper said its columnist Ana Hart had resigned. Hart, who is a columnist for the paper, declined to comment.',
    // "US" in capitals is the country, no first person
    'US trade gap\n\nThe US deficit grew. US exports fell. Imports to the US rose. The US dollar slid. Officials in the US said more.',
  ])('%j is not', (text) => {
    expect(voiceOf(text).opinion).toBe(false);
  });
});
