import {describe, it, expect} from 'vitest';
import {buildLines} from '../../src/text/lines.js';
import {teaserBlurb, teaserMark} from '../../src/text/teasers.js';

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}
function blurbs(text: string): number[] {
  const lines = buildLines(text, lineStarts(text));
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) if (teaserBlurb(lines, i)) out.push(i + 1);
  return out;
}

describe('teaserMark', () => {
  it.each(['How Fast Can Gibbons Swing? (3:04)', 'CBSN Originals | Speaking Frankly: Dating apps', 'Nov 7 23:05', '3:04', '2019-11-19T08:57:40+01:00', 'See it now: Amazon', '$99 at Walmart', 'Amazon'])('%j is a mark', (line) => {
    expect(teaserMark(line)).toBe(true);
  });
  it.each(['Council approves budget', 'The vote was 5 to 2 at 7:30 p.m. on Monday.', 'Home | News | Sports', ''])('%j is not', (line) => {
    expect(teaserMark(line)).toBe(false);
  });
});

describe('teaserBlurb', () => {
  it('finds the blurb between a video title and the next teaser', () => {
    const text = 'Royal Family in the 1930s (3:05)\n\nBritain was racked by hardship and people turned on what was seen as a symbol.\nGibbons swing fast, thanks to their long arms.\n\nHow Fast Can Gibbons Swing? (3:04)\n';
    expect(blurbs(text)).toEqual([3, 4]);
  });
  it('finds the blurb between a section pipe and a time stamp', () => {
    expect(blurbs('CBSN Originals | Dating apps\n\nSome experts question whether the apps help anyone.\n\nNov 7 23:05\n')).toEqual([3]);
  });
  it('finds a product blurb between buying lines', () => {
    expect(blurbs('See it now: Amazon\n\nThe speakers have long been considered some of the best available.\n\nAmazon\n')).toEqual([3]);
  });
  it('finds the blurbs of story cards: headline, author, date, blurb', () => {
    const text = 'More from the Tribune\n\nWhy the bridge closed\n\nAna Silva\nTuesday November 19, 2019\nCritics say the council waited too long.\n\nThe mayor\'s last year\n\nBo Tran\nNov. 18, 2019\nIt was expected that she would run again.\n\nSchool board votes\n\nLi Park\n18 November 2019\nParents are worried about the cuts.\n';
    expect(blurbs(text)).toEqual([7, 13]);
  });
  it('finds the blurb of a product card: brand, name, buying line, blurb', () => {
    const text = 'Fossil\nFossil Hybrid HR for $195\nSee it now: Fossil\nThe watch is billed as a smartwatch.\n\nSonos\nSonos Move for $400\nSee it now: Amazon\n';
    expect(blurbs(text)).toContain(4);
  });
  it('leaves an article\'s lede under its byline and date', () => {
    const text = 'Why the bridge closed\n\nAna Silva\nTuesday November 19, 2019\nCritics say the council waited too long.\n\nThe council met on Monday.\n\nThe vote was close.\n\nTuesday November 19, 2019\n';
    expect(blurbs(text)).toEqual([]);
  });
  it('leaves a paragraph under a video title with prose after it', () => {
    expect(blurbs('Police chase ends in crash (2:31)\n\nA man was arrested on Monday after a chase, police said.\n\nThe chase began at 9 p.m. in the north of the city.\n')).toEqual([]);
  });
  it('leaves paragraphs under an article\'s subheadings', () => {
    expect(blurbs('The vote\n\nCritics say the plan will fail.\n\nWhat comes next\n\nThe council meets again in May.\n')).toEqual([]);
  });
});
