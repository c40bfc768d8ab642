// Teaser blurbs of a whole-page scrape: the prose line under another story's or a video's title in a run of
// teasers ("The 1930s Were Not a Good Time for the Royal Family (3:05)" / blurb / "How Fast Can Gibbons Swing?
// (3:04)", or "CBSN Originals | Speaking Frankly: Dating apps" / blurb / "Nov 7 23:05", or a gift guide's "See it
// now: Amazon" / product blurb / "Amazon"). The blurb reads as
// prose, so a line classifier keeps it; what gives it away is the furniture on both sides of it. A paragraph
// under an article's own subheading has no such mark on either side.
import type {Line} from './lines.js';

/** A video's or a clip's running time closing its title: "(3:05)", "(1:02:11)". */
const DURATION = /\(\d{1,2}(?::\d{2}){1,2}\)\s*$/;
/** A section or a show before a pipe opening a teaser's title: "CBSN Originals | Speaking Frankly". */
const SECTION_PIPE = /^[\p{Lu}][\p{L}\d&' -]{1,40} \| \S/u;
/** A line that is only a time stamp: "Nov 7 23:05", "3:04", "2019-11-19T08:57:40+01:00". */
const STAMP = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},?(?: \d{4})? )?\d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?$|^\d{4}-\d{2}-\d{2}T[\d:+.-]+$/i;

/** A line that is only a date, as a story card prints it under the author: "Tuesday November 19, 2019", "Nov. 19, 2019", "19 November 2019". */
const DATE_ONLY = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{4})$/i;

/** A shopping guide's buying line: "See it now: Amazon", "$99 at Walmart", "Buy now", or a retailer's name alone. */
const SHOP = /^(?:see it (?:now|at|on)\b.*|buy (?:it )?(?:now|at|on)\b.*|shop (?:now|it)\b.*|\$[\d,.]+ (?:at|on) \S.*|amazon|walmart|target|best buy|ebay|etsy|wayfair|nordstrom|macy['’]s|home depot|apple)$/i;

/** How many non-blank lines away the marks may stand on each side. */
const REACH = 2;

/** Whether a line is a teaser's mark: a title with a running time, a section's pipe, or a bare time stamp. */
export function teaserMark(text: string): boolean {
  const t = text.trim();
  // (one pipe: a menu's "Home | News | Sports" is no teaser's title)
  return t.length > 0 && t.length < 160 && (DURATION.test(t) || (SECTION_PIPE.test(t) && t.indexOf('|') === t.lastIndexOf('|')) || STAMP.test(t) || SHOP.test(t));
}

/** Whether the line at index i stands in a run of teasers: a teaser's mark within REACH non-blank lines before it and after it. */
export function teaserBlurb(lines: readonly Line[], i: number): boolean {
  if (lines[i].text.trim() === '' || teaserMark(lines[i].text)) return false;
  return (markNear(lines, i, -1, REACH, teaserMark) && markNear(lines, i, 1, REACH, teaserMark)) ||
    // a card of a list: a story's headline, author and date over its blurb ("Kimberly Ross" / "Tuesday November 19,
    // 2019" / "Monday's news that …"), or a product's brand, name and buying line over its blurb ("Fossil" / "Fossil
    // Hybrid HR for $195" / "See it now: Fossil" / …): the card's last line right above the blurb, and the next
    // card's after that card's first two
    (markNear(lines, i, -1, 1, cardEnd) && nextCard(lines, i));
}

/** Whether the next card's last line follows the blurb within CARD_LINES non-blank lines, over title lines only (no sentence's end). */
function nextCard(lines: readonly Line[], i: number): boolean {
  for (let k = i + 1, seen = 0; k < lines.length && seen < CARD_LINES; k++) {
    const t = lines[k].text.trim();
    if (t === '') continue;
    seen++;
    if (cardEnd(t)) return true;
    if (SENTENCE_END.test(t)) return false;
  }
  return false;
}
/** A line that ends a sentence: a paragraph of the article, not a card's headline or author. */
const SENTENCE_END = /[.!?]["”’]?$/;

/** How many non-blank lines a card holds over its blurb: a headline, an author, a date (or a brand, a name, a buying line). */
const CARD_LINES = 3;

function cardEnd(text: string): boolean {
  const t = text.trim();
  return t.length < 60 && (DATE_ONLY.test(t) || SHOP.test(t));
}

function markNear(lines: readonly Line[], i: number, step: number, reach: number, mark: (text: string) => boolean): boolean {
  for (let k = i + step, seen = 0; k >= 0 && k < lines.length && seen < reach; k += step) {
    const t = lines[k].text;
    if (t.trim() === '') continue;
    seen++;
    if (mark(t)) return true;
  }
  return false;
}
