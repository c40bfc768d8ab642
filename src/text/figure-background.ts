// Background tolls: figures of an event clearly in the past relative to the article, which an editor
// does not ask a source for ("the hurricane killed 10,000 people in 1998", "the 2014 crash", "last
// year's floods", "two people were killed in a previous explosion"). The article's own time is the
// latest year it names (a dateline, a full date, a copyright line); a year before it dates a sentence
// to the past whatever its form. Without such a year the sentence must say it is past: a year after
// "in", "during", "of" or "from" (not a full date: "March 3, 2015" is the news of the day), "last
// year", "years ago", "last December", "previous", "earlier". A sentence that dates itself to the
// news of the day ("on Sunday", "today") is not background; nor is a running toll ("since 2015").
import type {TextLayer} from './layer.js';
import type {Line} from './lines.js';
import {type Token, W_NOT_NAME} from './tokens.js';
import {readData} from '../package-info.js';
import {isYear, lowerAt, MONTHS} from './figure-counts.js';

/** Nouns of events a year can name: "the 2014 crash" is past, "the 2015 totals" need not be. */
const EVENT_NOUNS = new Set(readData<{eventNouns: string[]}>('casualty-senses.json').eventNouns);
/** Events long past named by one word ("the Holocaust", "Auschwitz", "Hiroshima"): a toll told with one is settled history. */
const HISTORIC = new Set(readData<{historicEvents: string[]}>('casualty-senses.json').historicEvents);

interface Figureish {
  sentence: number;
}

const DAYS = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday)$/;
const YEAR_PREPOSITIONS = new Set(['in', 'during', 'of', 'from']);
const AGO_UNITS = new Set(['years', 'year', 'decades', 'decade', 'centuries', 'century', 'months', 'month', 'weeks']);
const PREVIOUS = new Set(['previous', 'earlier', 'prior']);
/** Words after "earlier" that keep it in the news of the day: "earlier today", "earlier this week". */
const EARLIER_NOW = new Set(['today', 'tonight', 'this', 'in', 'on', 'that', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday']);
/** A toll told by a verb in the simple past: "died", "were killed", "claimed … lives". */
const PAST_TOLL = new Set(['died', 'killed', 'claimed', 'perished', 'drowned', 'murdered', 'massacred', 'slaughtered', 'executed']);
/** Words of the present or perfect, or of the news of the day: a toll told with them is current. */
const CURRENT = new Set(['is', 'are', 'has', 'have', 'remain', 'remains', 'still', 'now', 'today', 'tonight', 'yesterday']);

/** How many words may stand between a year and the event it names: "the 1985 JAL crash", "the 1973 Middle East war". */
const EVENT_MODIFIERS = 3;

/**
 * The event noun a year at k names, or -1: right after it ("the 2014 crash") or past a few words that
 * modify the noun, names or others ("the 1985 JAL crash", "the 1973 Middle East war", "the 1986
 * space shuttle explosion"); not past punctuation, a verb or a function word ("the 2015 totals were…").
 */
function eventAfterYear(tokens: Token[], k: number): number {
  for (let j = k + 1; j < tokens.length && j <= k + 1 + EVENT_MODIFIERS; j++) {
    const t = tokens[j];
    if (EVENT_NOUNS.has(t.lower)) return j;
    if (t.punct || t.lemma !== undefined || (t.f & W_NOT_NAME) !== 0 || PAST_TOLL.has(t.lower) || /^\d/.test(t.text)) return -1;
  }
  return -1;
}

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

/** Dashes that close a dateline: "JOHANNESBURG, March 3 - …". */
const DATELINE_DASH = new Set(['-', '–', '—']);
/** How many sentences may come before the dateline (a headline, a byline). */
const DATELINE_SENTENCES = 3;

/**
 * Whether the article opens with a wire dateline that gives the day without its year ("JOHANNESBURG,
 * March 3 - …"): in wire and AP style a date takes its year only when it is not the current year, so
 * there a full date with a year ("on January 28, 1986") tells of another time. Returns the dateline's day
 * (see dayAt), or -1 without one.
 */
function wireDatelineDay(layer: TextLayer): number {
  const sentences = layer.sentenceTokens;
  const text = layer.text;
  for (let i = 0; i < sentences.length && i < DATELINE_SENTENCES; i++) {
    const tokens = sentences[i];
    for (let k = 1; k < tokens.length && k < 12; k++) {
      if (!MONTHS.has(tokens[k - 1].lower) || !/^\d{1,2}$/.test(tokens[k].text)) continue;
      // (the tokens leave the dash out: it is read from the text)
      let c = tokens[k].end;
      while (c < text.length && text[c] === ' ') c++;
      if (DATELINE_DASH.has(text[c])) return dayAt(tokens, k - 1);
    }
  }
  return -1;
}

/** Whether the article opens with a wire dateline (see wireDatelineDay). */
function wireDateline(layer: TextLayer): boolean {
  return wireDatelineDay(layer) >= 0;
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
    if (DAYS.test(l) || (l === 'since' && !afterSuperlative(tokens, k) && !SPAN_BEFORE_AFTER.has(lowerAt(tokens, k - 1)))) return true;
    const n = lowerAt(tokens, k + 1);
    if (l === 'last' && (n === 'night' || n === 'week' || n === 'weekend')) return true;
    if (l === 'this' && (n === 'week' || n === 'morning' || n === 'weekend' || n === 'year' || n === 'month')) return true;
    if (l === 'so' && n === 'far') return true;
  }
  return false;
}

/** How many words before "since" a superlative may stand: "the world's worst since a liner sank last September". */
const SUPERLATIVE_REACH = 4;

/**
 * Whether "since" at k compares with an earlier event ("the worst since …", "the deadliest accident since
 * …"), which dates that event, rather than counting a running toll ("killed since 2015").
 */
function afterSuperlative(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - SUPERLATIVE_REACH; j--) {
    const l = tokens[j].lower;
    if (l === 'worst' || l === 'biggest' || l === 'deadliest' || l === 'largest' || l === 'heaviest' || l === 'bloodiest' || l === 'highest' || l === 'first') return true;
  }
  return false;
}

/** The months by their names and abbreviations, January 0. */
const MONTH_INDEX = new Map<string, number>([
  ['january', 0], ['february', 1], ['march', 2], ['april', 3], ['may', 4], ['june', 5], ['july', 6], ['august', 7], ['september', 8], ['october', 9], ['november', 10], ['december', 11],
  ['jan', 0], ['feb', 1], ['mar', 2], ['apr', 3], ['jun', 5], ['jul', 6], ['aug', 7], ['sep', 8], ['sept', 8], ['oct', 9], ['nov', 10], ['dec', 11],
]);
const DAY_NUMBER = /^(\d{1,2})(?:st|nd|rd|th)?$/;

/** The day of the year (0-365, months of 31 days: only differences are used) of a month at k and the day after it, or -1. */
function dayAt(tokens: Token[], k: number): number {
  const month = MONTH_INDEX.get(tokens[k].lower);
  const m = k + 1 < tokens.length ? DAY_NUMBER.exec(tokens[k + 1].text) : null;
  if (month === undefined || m === null) return -1;
  const day = Number(m[1]);
  return day >= 1 && day <= 31 ? month * 31 + day : -1;
}

/** How many days before the dateline's a date without its year must be to tell of another event: a week. */
const DAYS_BEFORE = 7;
/** Beyond this many days before the dateline's, a date without a year is more likely ahead (a date to come). */
const DAYS_BEFORE_MAX = 200;

/**
 * Whether a sentence names a day, without its year, well before the wire dateline's day (`articleDay`, -1
 * when none): "The March 5 tremor … left 1,000 people dead" in a story dated March 23, "the May 17th
 * attack" in one of June 2.
 */
function datedWeeksBefore(tokens: Token[], articleDay: number): boolean {
  if (articleDay < 0) return false;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const d = dayAt(tokens, k);
    if (d < 0) continue;
    // (a full date with its year is judged by its year)
    let j = k + 2;
    if (lowerAt(tokens, j) === ',') j++;
    if (j < tokens.length && tokens[j].text.length === 4 && isYear(tokens, j)) continue;
    const before = (articleDay - d + 372) % 372;
    if (before > DAYS_BEFORE && before < DAYS_BEFORE_MAX) return true;
  }
  return false;
}

/** Whether a sentence tells of a time in the past: a year before the article's, or a past marker. */
function pastMarked(tokens: Token[], articleYear: number, wire = false): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const l = t.lower;
    if (t.text.length === 4 && isYear(tokens, k)) {
      const y = Number(t.text);
      // a full date is the news of the day unless years before the article ("on March 3, 2015" in a 2017 story)
      if (inFullDate(tokens, k)) {
        if ((articleYear > 0 && y < articleYear - 1) || wire || datedEvent(tokens, k)) return true;
        continue;
      }
      if (articleYear > 0 && y < articleYear) return true;
      // "in 1998", "the floods of 1998", "the 2014 crash", "1986's disaster", "in January 2015"
      if (YEAR_PREPOSITIONS.has(lowerAt(tokens, k - 1)) || t.possessive) return true;
      if (MONTHS.has(lowerAt(tokens, k - 1)) && YEAR_PREPOSITIONS.has(lowerAt(tokens, k - 2))) return true;
      if (eventAfterYear(tokens, k) >= 0) return true;
      continue;
    }
    if (l === 'last') {
      const n = lowerAt(tokens, k + 1);
      // (a season too: "Last summer, one man was killed …" is months before the news)
      if (n === 'year' || n === 'month' || n === 'decade' || n === 'century' || SEASONS.has(n) || (MONTHS.has(n) && n !== 'may')) return true;
    }
    // "were killed back on March 9", "back in 2015": a time the story looks back to
    if (l === 'back' && (lowerAt(tokens, k + 1) === 'on' || lowerAt(tokens, k + 1) === 'in') && (MONTHS.has(lowerAt(tokens, k + 2)) || /^(?:1[89]|20)\d\d$/.test(lowerAt(tokens, k + 2)))) return true;
    if (l === 'ago' && k > 0 && AGO_UNITS.has(tokens[k - 1].lower)) return true;
    // "a little over a month after Adam Lanza killed 20 children", "two years after the crash that killed 40"
    // "It's been two months since 11-year-old David McIntyre was shot and killed"
    if ((l === 'after' || l === 'since') && k > 0 && SPAN_BEFORE_AFTER.has(tokens[k - 1].lower)) return true;
    if (PREVIOUS.has(l) && k + 1 < tokens.length && !tokens[k + 1].punct && !EARLIER_NOW.has(tokens[k + 1].lower) && (k === 0 || tokens[k - 1].lower === 'a' || tokens[k - 1].lower === 'an' || tokens[k - 1].lower === 'the')) return true;
    // "in the 1990s"
    if (/^1[6-9]\d0s$|^20\d0s$/.test(l)) return true;
    // "perished in the Holocaust", "died in Auschwitz", "World War II", "the Second World War"
    if (HISTORIC.has(l)) return true;
    if (l === 'world' && lowerAt(tokens, k + 1) === 'war' && (/^(?:i|ii|one|two|1|2)$/.test(lowerAt(tokens, k + 2)) || /^(?:first|second)$/.test(lowerAt(tokens, k - 1)))) return true;
  }
  return false;
}

/** Units of a span that put the clause after "after" well before the news: "a month after", "two years after" (not "days", "hours", "weeks"). */
const SPAN_BEFORE_AFTER = new Set(['month', 'months', 'year', 'years', 'decade', 'decades']);
/** How many tokens after a full date's year its event noun may stand: "the July 19, 2012, Aurora, Colorado, theater shooting". */
const DATED_EVENT_REACH = 8;

/**
 * Whether the full date whose year is at k names an event as its modifier ("the July 19, 2012, Aurora,
 * Colorado, theater shooting", "the Sept. 11, 2001 attacks"): "the" before the date and an event noun after
 * it, past commas and names only. Such a date is the name of another event, not the day of the news ("on
 * March 3, 2015, three men were shot").
 */
function datedEvent(tokens: Token[], k: number): boolean {
  let m = k - 1;
  if (lowerAt(tokens, m) === ',') m--;
  // the month before the day ("July 19") or after it ("19 July")
  const month = MONTHS.has(lowerAt(tokens, m - 1)) ? m - 1 : m;
  if (lowerAt(tokens, month - 1) === '.') return false;
  const before = lowerAt(tokens, month - 1);
  if (before !== 'the' && !(before === '.' && lowerAt(tokens, month - 2) === 'the')) return false;
  for (let j = k + 1; j < tokens.length && j <= k + DATED_EVENT_REACH; j++) {
    const t = tokens[j];
    if (EVENT_NOUNS.has(t.lower)) return true;
    if (t.text === ',') continue;
    if (t.punct || t.lemma !== undefined || ((t.f & W_NOT_NAME) !== 0 && !t.cap) || PAST_TOLL.has(t.lower) || /^\d/.test(t.text)) return false;
  }
  return false;
}

/** Whether the year at k dates a time before the article's: a full date only years before it or in wire copy, else any year after a preposition or a month, or before the article's. */
function pastYear(tokens: Token[], k: number, articleYear: number, wire: boolean): boolean {
  const y = Number(tokens[k].text);
  if (inFullDate(tokens, k)) return (articleYear > 0 && y < articleYear - 1) || wire;
  return (articleYear > 0 && y < articleYear) || YEAR_PREPOSITIONS.has(lowerAt(tokens, k - 1)) || MONTHS.has(lowerAt(tokens, k - 1));
}

/**
 * Whether a sentence tells a toll as the participle of a clause dated to the past: "… since the Challenger
 * exploded on January 28, 1986, killing all seven astronauts" (whatever "since" says of the rest).
 */
function tollOfDatedClause(tokens: Token[], articleYear: number, wire: boolean): boolean {
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (tokens[k].text.length !== 4 || tokens[k + 1].text !== ',' || tokens[k + 2].lower !== 'killing' || !isYear(tokens, k)) continue;
    if (pastYear(tokens, k, articleYear, wire)) return true;
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
    const e = eventAfterYear(tokens, k);
    if (e >= 0) (out ??= new Set()).add(tokens[e].lower);
  }
  return out;
}

/**
 * Whether a sentence tells the toll of a dated event, in a relative clause ("the blasts, which killed 250
 * people", "the 1985 JAL crash that killed 520") or as the event's own verb, past its date ("the
 * Challenger explosion in 1986 killed seven astronauts", "the 1973 war killed …").
 */
function tollOfDatedEvent(tokens: Token[], events: Set<string> | undefined): boolean {
  if (events === undefined) return false;
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!events.has(tokens[k].lower)) continue;
    let j = k + 1;
    // the event's date after it: "in 1986", "of 1973", "in January 1986"
    if (YEAR_PREPOSITIONS.has(lowerAt(tokens, j))) {
      let y = j + 1;
      if (MONTHS.has(lowerAt(tokens, y))) y++;
      if (y < tokens.length && tokens[y].text.length === 4 && isYear(tokens, y)) j = y + 1;
    }
    if (lowerAt(tokens, j) === ',') j++;
    if (lowerAt(tokens, j) !== 'which' && lowerAt(tokens, j) !== 'that') {
      if (PAST_TOLL.has(lowerAt(tokens, j))) return true;
      continue;
    }
    for (let n = j + 1; n < tokens.length && n <= j + 3; n++) if (PAST_TOLL.has(tokens[n].lower)) return true;
  }
  return false;
}

/** Nouns of time that "that" points back with: "that day", "that night". */
const THAT_TIMES = new Set(['day', 'night', 'morning', 'evening', 'afternoon', 'year', 'time']);

/**
 * Whether a sentence points back to the time or event of the sentence before: "that day", "that night",
 * "in that incident", "that shooting", "at the time".
 */
function pointsBack(tokens: Token[]): boolean {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const l = tokens[k].lower;
    const n = tokens[k + 1].lower;
    if (l === 'that' && (THAT_TIMES.has(n) || n === 'incident' || EVENT_NOUNS.has(n))) return true;
    if (l === 'at' && n === 'the' && lowerAt(tokens, k + 2) === 'time') return true;
  }
  return false;
}

/** How many sentences a chain of pointing back may run: "… in 2009. That day, gunmen opened fire. Two men died." */
const POINT_BACK_CHAIN = 2;

/**
 * Whether sentence i tells of a time in the past and not of the news of the day: past-marked itself, or
 * pointing back (pointsBack) to such a sentence right before it, up to a short chain.
 */
function pastSentence(tokensOf: Token[][], i: number, articleYear: number, wire: boolean, chain = POINT_BACK_CHAIN): boolean {
  const tokens = tokensOf[i];
  if (current(tokens)) return false;
  if (pastMarked(tokens, articleYear, wire) || datesEventByYear(tokens)) return true;
  return chain > 0 && i > 0 && pointsBack(tokens) && !hasOwnDate(tokens) && pastSentence(tokensOf, i - 1, articleYear, wire, chain - 1);
}

/**
 * The sentences whose figures are background: past-marked and not dated to the news of the day; and a
 * toll in the simple past right after a sentence that dates its event by a year ("Five managers go on
 * trial over the rail crash in 2000. Four people died when a rail broke.").
 */
export function backgroundSentences(layer: TextLayer, figures: Figureish[]): Set<number> {
  const out = new Set<number>();
  const articleYear = latestYear(layer);
  const articleDay = wireDatelineDay(layer);
  const wire = articleDay >= 0;
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
    if (tollOfDatedClause(tokens, articleYear, wire) || yearTally(tokens)) { out.add(i); continue; }
    if (current(tokens)) continue;
    // (a date weeks before with a present or perfect verb starts a toll still running: "The fires which began on May 6 have killed 191 people")
    if (pastMarked(tokens, articleYear, wire) || (datedWeeksBefore(tokens, articleDay) && !hasAny(tokens, CURRENT))) { out.add(i); continue; }
    if (i > 0 && hasAny(tokens, PAST_TOLL) && !hasAny(tokens, CURRENT) && !hasOwnDate(tokens) &&
      (datesEventByYear(tokensOf[i - 1]) || (pastMarked(tokensOf[i - 1], articleYear, wire) && !current(tokensOf[i - 1])))) { out.add(i); continue; }
    // a story told on in the past from a dated sentence, in its paragraph: "In June 1915, an uprising took place in
    // the town. The districts were burnt down. Hundreds of soldiers were killed."
    if (hasAny(tokens, PAST_TOLL) && !hasAny(tokens, CURRENT) && !hasOwnDate(tokens) && narrativeFromDated(layer, i, articleYear, wire)) { out.add(i); continue; }
    // "… outside the bar in November of 2012. Two people were shot in that incident.", "… a January 2009 double
    // murder. That day, gunmen opened fire. Two men died.": a toll that points back, or follows a sentence that
    // does, to a time in the past
    if (i === 0 || hasAny(tokens, CURRENT) || hasOwnDate(tokens)) continue;
    const back = pointsBack(tokens);
    if ((back || (hasAny(tokens, PAST_TOLL) && pointsBack(tokensOf[i - 1]))) && pastSentence(tokensOf, i - 1, articleYear, wire)) out.add(i);
  }
  return out;
}

/**
 * Whether a sentence tallies the year so far ("More than 750 people have been killed so far this year", "this year
 * alone"): the count of the year's separate incidents, not a figure of the news (whatever its "this year" says of now).
 */
function yearTally(tokens: Token[]): boolean {
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k].lower !== 'year' || tokens[k - 1].lower !== 'this') continue;
    if (lowerAt(tokens, k - 2) === 'far' || lowerAt(tokens, k + 1) === 'alone') return true;
  }
  return false;
}

/** How many sentences back, in its paragraph, a past narrative may run from the sentence that dates it. */
const NARRATIVE_REACH = 3;

/**
 * Whether sentence i goes on, in its paragraph, with a story dated to the past a few sentences before: the
 * sentences between have no date of their own and are not of the news of the day.
 */
function narrativeFromDated(layer: TextLayer, i: number, articleYear: number, wire: boolean): boolean {
  const tokensOf = layer.sentenceTokens;
  const paragraph = layer.sentences[i].paragraph;
  for (let j = i - 1; j >= 0 && i - j <= NARRATIVE_REACH && layer.sentences[j].paragraph === paragraph; j--) {
    const tokens = tokensOf[j];
    if (current(tokens) || hasAny(tokens, CURRENT)) return false;
    if (datesEventByYear(tokens) || pastMarked(tokens, articleYear, wire)) return true;
    if (hasOwnDate(tokens)) return false;
  }
  return false;
}

/** The seasons: "last summer" is months before the news. */
const SEASONS = new Set(['summer', 'spring', 'fall', 'autumn', 'winter']);

/** Seasons and months after "last" that date a time before the article's: "since last summer, when …". */
const LAST_TIMES = new Set(['year', 'summer', 'spring', 'fall', 'autumn', 'winter']);

/**
 * The offset where a when-clause dated to the past opens in a sentence, or -1: "when" right after a comma
 * that closes a past time ("the deadliest since 1982, when a jet crashed, killing 78", "down from last year,
 * when 344 were killed", "since last summer, when two men were killed"). Its figures are that time's,
 * whatever the day of the rest of the sentence ("Three people were shot Sunday, the most since 2009, when
 * six died": the three are news).
 */
function pastWhenClause(tokens: Token[], articleYear: number, wire: boolean): number {
  for (let k = 2; k + 1 < tokens.length; k++) {
    if (tokens[k].lower !== 'when' || tokens[k - 1].text !== ',') continue;
    const j = k - 2;
    const t = tokens[j];
    if (t.text.length === 4 && isYear(tokens, j)) {
      const y = Number(t.text);
      const before = lowerAt(tokens, j - 1);
      if (pastYear(tokens, j, articleYear, wire) || (articleYear === 0 && (before === 'since' || before === 'in')) || (articleYear > 0 && y < articleYear)) return tokens[k].start;
      continue;
    }
    const prev = lowerAt(tokens, j - 1);
    if (prev === 'last' && (LAST_TIMES.has(t.lower) || (MONTHS.has(t.lower) && t.lower !== 'may'))) return tokens[k].start;
    if (t.lower === 'ago' && AGO_UNITS.has(prev)) return tokens[k].start;
  }
  return -1;
}

/**
 * The figures (by index) told in a when-clause dated to the past (see pastWhenClause): background, though
 * the rest of their sentence may be news.
 */
export function pastWhenFigures(layer: TextLayer, figures: Array<{sentence: number; start: number}>): Set<number> {
  const out = new Set<number>();
  let articleYear = -1;
  let wire = false;
  const opens = new Map<number, number>();
  figures.forEach((f, n) => {
    let open = opens.get(f.sentence);
    if (open === undefined) {
      const tokens = layer.sentenceTokens[f.sentence];
      open = -1;
      // (most sentences hold no ", when": the article's year is read only for one that does)
      if (tokens.some((t, k) => t.lower === 'when' && k > 0 && tokens[k - 1].text === ',')) {
        if (articleYear < 0) { articleYear = latestYear(layer); wire = wireDateline(layer); }
        open = pastWhenClause(tokens, articleYear, wire);
      }
      opens.set(f.sentence, open);
    }
    if (open >= 0 && f.start > open) out.add(n);
  });
  return out;
}

/** A list item's mark at the head of a line: "8. ", "14) ", "- ", "* ", "• ". */
const ITEM_MARK = /^\s*(?:\d{1,3}[.)]|[-*•·])\s+\S/;

/**
 * Figures in an item of a list that the parse has joined with its neighbours into one sentence (a post's
 * list of past incidents: "8. 87 Moslems killed in Egypt, 1981 … 15. Lebanon: over 150,000 dead since
 * 1975"): each item is judged on its own words, as a sentence would be. An item is past when it is
 * past-marked (above) or dated by a year of its own ("…, 1981"), and not of the news of the day; one item's
 * "since 1975" says nothing of the next. Only sentences over three lines or more are read.
 */
export function pastListItems(layer: TextLayer, figures: Array<{sentence: number; start: number}>): Set<number> {
  const out = new Set<number>();
  let articleYear = -1;
  let lines: Line[] | undefined;
  figures.forEach((f, n) => {
    const s = layer.sentences[f.sentence];
    const first = layer.lineOf(s.start) - 1;
    const last = layer.lineOf(Math.max(s.start, s.end - 1)) - 1;
    if (last - first < 2) return;
    lines ??= layer.lines;
    const at = layer.lineOf(f.start) - 1;
    let from = at;
    while (from >= first && !ITEM_MARK.test(lines[from].text)) from--;
    if (from < first) return;
    let to = at;
    while (to + 1 <= last && !ITEM_MARK.test(lines[to + 1].text)) to++;
    const a = lines[from].start;
    const b = lines[to].end;
    const tokens = layer.sentenceTokens[f.sentence].filter((t) => t.start >= a && t.end <= b);
    if (articleYear < 0) articleYear = latestYear(layer);
    if (!current(tokens) && (pastMarked(tokens, articleYear) || ownYear(tokens))) out.add(n);
  });
  return out;
}

/** Whether words hold a year of their own (not in a full date of the news: "March 3, 2015"). */
function ownYear(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) if (tokens[k].text.length === 4 && isYear(tokens, k) && !inFullDate(tokens, k)) return true;
  return false;
}

