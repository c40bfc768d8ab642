// Background tolls: figures of an event clearly in the past relative to the article, which an editor
// does not ask a source for ("the hurricane killed 10,000 people in 1998", "the 2014 crash", "last
// year's floods", "two people were killed in a previous explosion"). The article's own time is the
// latest year it names (a dateline, a full date, a copyright line); a year before it dates a sentence
// to the past whatever its form. Without such a year the sentence must say it is past: a year after
// "in", "during", "of" or "from" (not a full date: "March 3, 2015" is the news of the day), "last
// year", "years ago", "last December", "previous", "earlier". A sentence that dates itself to the
// news of the day ("on Sunday", "today") is not background; nor is a running toll ("since 2015").
import type {TextLayer} from './layer.js';
import type {Token} from './tokens.js';
import {readData} from '../package-info.js';
import {isYear, lowerAt, MONTHS} from './figure-counts.js';

/** Nouns of events a year can name: "the 2014 crash" is past, "the 2015 totals" need not be. */
const EVENT_NOUNS = new Set(readData<{eventNouns: string[]}>('casualty-senses.json').eventNouns);

interface Figureish {
  sentence: number;
}

const DAYS = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday)$/;
const YEAR_PREPOSITIONS = new Set(['in', 'during', 'of', 'from']);
const AGO_UNITS = new Set(['years', 'year', 'decades', 'decade', 'centuries', 'century']);
const PREVIOUS = new Set(['previous', 'earlier', 'prior']);
/** Words after "earlier" that keep it in the news of the day: "earlier today", "earlier this week". */
const EARLIER_NOW = new Set(['today', 'tonight', 'this', 'in', 'on', 'that', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday']);
/** A toll told by a verb in the simple past: "died", "were killed", "claimed … lives". */
const PAST_TOLL = new Set(['died', 'killed', 'claimed', 'perished', 'drowned']);
/** Words of the present or perfect, or of the news of the day: a toll told with them is current. */
const CURRENT = new Set(['is', 'are', 'has', 'have', 'remain', 'remains', 'still', 'now', 'today', 'tonight', 'yesterday']);

/** The latest year the article names (0 when none). */
function latestYear(layer: TextLayer): number {
  let max = 0;
  for (const tokens of layer.sentenceTokens) {
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (t.text.length === 4 && isYear(tokens, k)) max = Math.max(max, Number(t.text));
    }
  }
  return max;
}

/** Whether the year at k is part of a full date: "March 3, 2015", "3 March 2015" (not "June 2014"). */
function inFullDate(tokens: Token[], k: number): boolean {
  let j = k - 1;
  if (lowerAt(tokens, j) === ',') j--;
  if (j >= 1 && /^\d{1,2}$/.test(tokens[j].text) && MONTHS.has(tokens[j - 1].lower)) return true;
  return j >= 1 && MONTHS.has(tokens[j].lower) && /^\d{1,2}$/.test(tokens[j - 1].text);
}

/**
 * Whether a sentence dates itself to the news of the day ("today", "on Sunday", "last night") or counts
 * a running toll ("so far this year", "since 2015"): then its figures are news, not background.
 */
function current(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const l = tokens[k].lower;
    if (DAYS.test(l) || l === 'since') return true;
    const n = lowerAt(tokens, k + 1);
    if (l === 'last' && (n === 'night' || n === 'week' || n === 'weekend')) return true;
    if (l === 'this' && (n === 'week' || n === 'morning' || n === 'weekend' || n === 'year' || n === 'month')) return true;
    if (l === 'so' && n === 'far') return true;
  }
  return false;
}

/** Whether a sentence tells of a time in the past: a year before the article's, or a past marker. */
function pastMarked(tokens: Token[], articleYear: number): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const l = t.lower;
    if (t.text.length === 4 && isYear(tokens, k)) {
      const y = Number(t.text);
      // a full date is the news of the day unless years before the article ("on March 3, 2015" in a 2017 story)
      if (inFullDate(tokens, k)) {
        if (articleYear > 0 && y < articleYear - 1) return true;
        continue;
      }
      if (articleYear > 0 && y < articleYear) return true;
      // "in 1998", "the floods of 1998", "the 2014 crash", "1986's disaster", "in January 2015"
      if (YEAR_PREPOSITIONS.has(lowerAt(tokens, k - 1)) || t.possessive) return true;
      if (MONTHS.has(lowerAt(tokens, k - 1)) && YEAR_PREPOSITIONS.has(lowerAt(tokens, k - 2))) return true;
      if (k + 1 < tokens.length && EVENT_NOUNS.has(tokens[k + 1].lower)) return true;
      continue;
    }
    if (l === 'last') {
      const n = lowerAt(tokens, k + 1);
      if (n === 'year' || n === 'decade' || n === 'century' || (MONTHS.has(n) && n !== 'may')) return true;
    }
    if (l === 'ago' && k > 0 && AGO_UNITS.has(tokens[k - 1].lower)) return true;
    if (PREVIOUS.has(l) && k + 1 < tokens.length && !tokens[k + 1].punct && !EARLIER_NOW.has(tokens[k + 1].lower) && (k === 0 || tokens[k - 1].lower === 'a' || tokens[k - 1].lower === 'an' || tokens[k - 1].lower === 'the')) return true;
    // "in the 1990s"
    if (/^1[6-9]\d0s$|^20\d0s$/.test(l)) return true;
  }
  return false;
}

/** Whether a sentence dates an event by a year ("… over the rail crash in 2000"). */
function datesEventByYear(tokens: Token[]): boolean {
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k].text.length === 4 && isYear(tokens, k) && YEAR_PREPOSITIONS.has(tokens[k - 1].lower) && !inFullDate(tokens, k)) return true;
  }
  return false;
}

/** Whether a sentence gives a date of its own: a year, or a month and day. */
function hasOwnDate(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].text.length === 4 && isYear(tokens, k)) return true;
    if (MONTHS.has(tokens[k].lower) && k + 1 < tokens.length && /^\d{1,2}$/.test(tokens[k + 1].text)) return true;
  }
  return false;
}

function hasAny(tokens: Token[], words: Set<string>): boolean {
  for (const t of tokens) if (words.has(t.lower)) return true;
  return false;
}

/**
 * The event nouns a sentence dates to the past: "the blasts in 1993", "the floods of 1998", "the 2014 crash"
 * (a year after "in"/"of" or before the noun, not in a full date).
 */
function datedEvents(tokens: Token[]): Set<string> | undefined {
  let out: Set<string> | undefined;
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k].text.length !== 4 || !isYear(tokens, k) || inFullDate(tokens, k)) continue;
    if (YEAR_PREPOSITIONS.has(tokens[k - 1].lower) && k >= 2 && EVENT_NOUNS.has(tokens[k - 2].lower)) (out ??= new Set()).add(tokens[k - 2].lower);
    if (k + 1 < tokens.length && EVENT_NOUNS.has(tokens[k + 1].lower)) (out ??= new Set()).add(tokens[k + 1].lower);
  }
  return out;
}

/** Whether a sentence tells a toll in a relative clause of a dated event: "the blasts, which killed 250 people". */
function tollOfDatedEvent(tokens: Token[], events: Set<string> | undefined): boolean {
  if (events === undefined) return false;
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (!events.has(tokens[k].lower)) continue;
    let j = k + 1;
    if (tokens[j].text === ',') j++;
    if (lowerAt(tokens, j) !== 'which' && lowerAt(tokens, j) !== 'that') continue;
    for (let n = j + 1; n < tokens.length && n <= j + 3; n++) if (PAST_TOLL.has(tokens[n].lower)) return true;
  }
  return false;
}

/**
 * The sentences whose figures are background: past-marked and not dated to the news of the day; and a
 * toll in the simple past right after a sentence that dates its event by a year ("Five managers go on
 * trial over the rail crash in 2000. Four people died when a rail broke.").
 */
export function backgroundSentences(layer: TextLayer, figures: Figureish[]): Set<number> {
  const out = new Set<number>();
  const articleYear = latestYear(layer);
  const tokensOf = layer.sentenceTokens;
  // each sentence is judged once, whatever its number of figures (judging it per figure was quadratic in a
  // sentence of thousands of them)
  const judged = new Set<number>();
  for (const f of figures) {
    const i = f.sentence;
    if (judged.has(i)) continue;
    judged.add(i);
    const tokens = tokensOf[i];
    // "the blasts in 1993 … the blasts which killed 250 people": a toll told of an event dated to the past,
    // whatever the day of the rest of the sentence ("… opens on Friday")
    if (tollOfDatedEvent(tokens, datedEvents(tokens)) || (i > 0 && tollOfDatedEvent(tokens, datedEvents(tokensOf[i - 1])))) { out.add(i); continue; }
    if (current(tokens)) continue;
    if (pastMarked(tokens, articleYear)) { out.add(i); continue; }
    if (i > 0 && hasAny(tokens, PAST_TOLL) && !hasAny(tokens, CURRENT) && !hasOwnDate(tokens) &&
      (datesEventByYear(tokensOf[i - 1]) || (pastMarked(tokensOf[i - 1], articleYear) && !current(tokensOf[i - 1])))) out.add(i);
  }
  return out;
}
