// Whether a casualty word is used of people harmed here, and whether a sentence can hold a casualty
// figure at all. Not casualties: a TV character "killed off", a title ("Kill Bill", "Dead Man
// Walking" in quotes), a place or body named with the word ("the Dead Sea"), negated and figurative
// uses ("no one was hurt", "death threats", "shot at", "a low shot"), and sentences in another
// language (German "die", French "les morts"), where an English word list reads nonsense.
import {readData} from '../package-info.js';
import type {Token} from './tokens.js';
import {lowerAt, type SentenceView} from './figure-counts.js';

interface SenseData {
  foreignFunctionWords: string[];
  englishFunctionWords: string[];
  nounsAfter: Record<string, string[]>;
  shotNounBefore: string[];
  notPeople: string[];
  people: string[];
  naturalDeath: string[];
}

const SENSES = readData<SenseData>('casualty-senses.json');
const FOREIGN = new Set(SENSES.foreignFunctionWords);
const ENGLISH = new Set(SENSES.englishFunctionWords);
/** Nouns after a term that make it part of another noun: "death threats", "dead end", "toll road". */
const NOUNS_AFTER = new Map(Object.entries(SENSES.nounsAfter).map(([term, nouns]) => [term, new Set(nouns)]));
/** Words before "shot" that make it a noun: "a shot", "his low shot", "a penalty shot". */
const SHOT_NOUN_BEFORE = new Set(SENSES.shotNounBefore);
/** Nouns after a count that count things, not people: "two factions", "13,000 names". */
export const NOT_PEOPLE = new Set(SENSES.notPeople);
/** Words of a death by age or illness: "Lord X, 93, dies peacefully", "died of cancer". */
const NATURAL_DEATH = new Set(SENSES.naturalDeath);

/** Whether a sentence tells of a natural death (an obituary): no casualty. */
export function naturalDeath(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const l = tokens[k].lower;
    if (!NATURAL_DEATH.has(l)) continue;
    // "died of cancer", "dies peacefully", "died in his sleep", "has died aged 77", "after a long illness"
    if (l === 'heart' && lowerAt(tokens, k + 1) !== 'attack' && lowerAt(tokens, k + 1) !== 'failure') continue;
    if (l === 'natural' && lowerAt(tokens, k + 1) !== 'causes') continue;
    if ((l === 'age' || l === 'battle' || l === 'sleep') && lowerAt(tokens, k - 1) !== 'old' && lowerAt(tokens, k - 1) !== 'long' && lowerAt(tokens, k - 1) !== 'his' && lowerAt(tokens, k - 1) !== 'her') continue;
    return true;
  }
  return false;
}

/** Nouns that count people: "four men", "31 of its troops". */
export const PEOPLE = new Set(SENSES.people);

const POSSESSIVE_BEFORE = new Set(['his', 'her', 'their', 'its', 'the', 'a', 'this', 'that']);
/** Words after "shot at" that make it fired at: "shot at by", "shot at but missed". */
const FIRED_AT_AFTER = new Set(['by', 'but', 'from', 'with', 'several', 'multiple', 'repeatedly', 'twice', 'and', 'while', 'as']);
const NEGATIONS = new Set(['no', 'not', "n't", 'never', 'none', 'nobody', 'without']);
const SHOT_FIRED = new Set(['fired', 'fire', 'fires', 'firing', 'heard', 'hear', 'hears', 'let', 'squeezed', 'took', 'take', 'takes', 'taking', 'get', 'got']);
/** Verbs that take lives: "claimed the lives of", "cost the lives of", "took 30 lives". */
const LIVES_LOST = new Set(['claimed', 'claiming', 'claim', 'claims', 'took', 'taken', 'taking', 'take', 'takes', 'cost', 'costing', 'costs', 'lost', 'losing', 'ended', 'ending', 'ends']);
/** Words right before "lives" that make it a count's noun: "the lives", "their lives", the verbs that take them. */
const LIVES_BEFORE = new Set(['the', 'their', 'of', ...LIVES_LOST]);
/** Verbs that keep lives: "saves approximately 5,000 lives", "could have spared hundreds of lives". */
const SAVING = /^(?:sav(?:e|es|ed|ing)|spar(?:e|es|ed|ing)|protect(?:s|ed|ing)?|rescu(?:e|es|ed|ing))$/;
/** How many words before "lives" a saving verb may stand: "saves approximately 5,000 lives". */
const SAVING_REACH = 4;

/** Whether a verb of saving stands shortly before "lives" at i. */
function savedBefore(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - SAVING_REACH; j--) if (SAVING.test(tokens[j].lower)) return true;
  return false;
}

/** Marks after which a capitalised word opens a clause (and says nothing of a name). */
const OPENERS = new Set([':', '"', '“', '‘', '(', '—', '–', ';']);
/** Words that keep a person in a state: "are missing", "remain missing", "went missing". */
const MISSING_BEFORE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'remain', 'remains', 'remained', 'still', 'go', 'goes', 'went', 'gone', 'reported', 'listed', 'declared', 'and', 'or', 'presumed', 'considered']);
const AFTER_MISSING_OK = new Set(['in', 'at', 'after', 'since', 'from', 'and', 'or', 'following', 'on', 'off', 'near', 'inside', 'as', 'when', 'presumed', 'feared']);

/**
 * Whether a sentence is in another language: two or more function words of other languages (der,
 * und, les, los…) and more of them than of English ones.
 */
export function isForeign(tokens: Token[]): boolean {
  let foreign = 0;
  let english = 0;
  for (const t of tokens) {
    if (t.punct) continue;
    if (FOREIGN.has(t.lower)) foreign++;
    else if (ENGLISH.has(t.lower)) english++;
  }
  return foreign >= 2 && foreign > english;
}

/**
 * Whether token i (a casualty word) is a word of a title or a name: capitalised inside a sentence that
 * is no headline ("Kill Bill", "the Dead Sea"), or inside a short quotation in title case ("Dead Man
 * Walking").
 */
function inTitle(v: SentenceView, i: number): boolean {
  const tokens = v.tokens;
  const t = tokens[i];
  if (v.headline) return false;
  if (t.cap && i > 0 && !OPENERS.has(tokens[i - 1].text) && t.text !== t.text.toUpperCase()) return true;
  // a short quotation around it with most words capitalised
  let open = -1;
  for (let k = i - 1; k >= 0 && i - k <= 6; k--) {
    const x = tokens[k].text;
    if (x === '"' || x === '“' || x === '‘') { open = k; break; }
    if (x === '”' || x === ',' || x === ';') break;
  }
  if (open < 0) return false;
  let close = -1;
  for (let k = i + 1; k < tokens.length && k - open <= 8; k++) {
    const x = tokens[k].text;
    if (x === '"' || x === '”' || x === '’') { close = k; break; }
    if (x === '“' || x === ';') break;
  }
  if (close < 0) return false;
  let words = 0;
  let caps = 0;
  for (let k = open + 1; k < close; k++) {
    if (tokens[k].punct) continue;
    words++;
    if (tokens[k].cap) caps++;
  }
  return words <= 6 && caps * 2 > words && tokens[open + 1].cap;
}

/** Whether "shot" at i is the noun (a shot at goal, the shot put) or shots fired ("fired two shots", "was shot at"). */
function shotIsNoun(tokens: Token[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) if (SHOT_FIRED.has(tokens[k].lower)) return true;
  const prev = lowerAt(tokens, i - 1);
  if (SHOT_NOUN_BEFORE.has(prev)) return true;
  // "a Roddick shot", "a McGeady shot": a name between a determiner and the noun
  if (i >= 2 && tokens[i - 1].cap && SHOT_NOUN_BEFORE.has(tokens[i - 2].lower) && tokens[i - 2].lower !== 'his' && tokens[i - 2].lower !== 'her') return true;
  const next = lowerAt(tokens, i + 1);
  // "was shot at" (fired at: no one hit), "shot put", "shot-stopper"
  if (next === 'put' || next === 'glass' || next === 'gun' || next === 'clock') return true;
  // "There was one shot — pop —", "there were two shots": a shot that there was is a shot fired (the
  // count right before it; "there were two people shot" counts people)
  if (i >= 3 && tokens[i - 3].lower === 'there' && THERE_BE.has(tokens[i - 2].lower) && !tokens[i - 1].punct) return true;
  // "one shot is fired", "a shot rang out": the shot is the subject of the firing
  if (SHOT_RANG.has(next) || (SHOT_BE.has(next) && SHOT_RANG.has(lowerAt(tokens, i + 2)))) return true;
  // "was shot at." / "shot at by a gunman": fired at (not "shot at the bar", a place)
  if (next === 'at') {
    const after = lowerAt(tokens, i + 2);
    if (after === '' || tokens[i + 2].punct || FIRED_AT_AFTER.has(after)) return true;
  }
  return false;
}

/** Verbs of which a shot is the subject: "a shot rang out", "one shot was fired". */
const SHOT_RANG = new Set(['rang', 'rings', 'ring', 'fired', 'echoed', 'hit', 'struck', 'missed', 'went']);
const SHOT_BE = new Set(['is', 'was', 'were', 'are', 'been', 'being', 'then', 'also']);
const THERE_BE = new Set(['was', 'were', 'is', 'are', "'s", '’s']);

/** A negation: "no", "not", "never", "weren't", "wasn’t". */
function negated(word: string): boolean {
  return NEGATIONS.has(word) || word.endsWith("n't") || word.endsWith('n’t');
}

/** Whether a casualty word at i tells of people harmed, by its neighbours in the sentence. */
/** Words before "toll" that make it a count of people. */
const TOLL_OF_PEOPLE = new Set(['death', 'casualty', 'casualties', 'human', 'injury', 'fatality', 'fatalities', 'body', 'victim']);
/** Words of people harmed: a toll beside one counts them. */
const HARM_WORDS = new Set(['dead', 'died', 'die', 'dies', 'killed', 'killing', 'deaths', 'death', 'victims', 'bodies', 'injured', 'wounded', 'casualties', 'fatalities', 'lives', 'missing', 'people', 'survivors']);
/** Events whose toll is one of people (the usual subjects of "the toll from ... rose to"). */
const DISASTERS = new Set(['quake', 'earthquake', 'tremor', 'crash', 'fire', 'blaze', 'flood', 'floods', 'flooding', 'storm', 'blast', 'explosion', 'attack', 'attacks', 'bombing', 'war', 'fighting', 'clashes', 'violence', 'disaster', 'accident', 'epidemic', 'hurricane', 'typhoon', 'cyclone', 'eruption', 'famine', 'riots', 'rioting', 'shooting', 'massacre', 'sinking', 'collapse', 'avalanche', 'landslide', 'tornado', 'outbreak', 'derailment']);

/** Modals before a base form that make its act one that may happen: "could kill", "will die". */
const MODALS = new Set(['would', 'could', 'will', 'may', 'might', 'can', 'should', 'must', 'shall', "'ll", '’ll', "'d", '’d']);
/**
 * Words before "to" that make the act one threatened, planned, tried or supposed ("threatened to kill",
 * "plotted to kill", "impossible to kill", "expected to die"); other heads leave it done ("the knives used to
 * kill the three men", "one of the four officers to die that night", "went on to kill").
 */
const UNREAL_BEFORE_TO = new Set(['threatened', 'threatening', 'threatens', 'threaten', 'plan', 'plans', 'planned', 'planning', 'plot', 'plotted',
  'plotting', 'conspired', 'conspiracy', 'vowed', 'vow', 'vows', 'intend', 'intends', 'intended', 'intending', 'tried', 'try', 'tries', 'trying',
  'attempted', 'attempt', 'attempting', 'attempts', 'want', 'wants', 'wanted', 'wanting', 'hope', 'hoped', 'hopes', 'aim', 'aimed', 'aims',
  'sought', 'seek', 'seeking', 'impossible', 'possible', 'ready', 'prepared', 'going', 'about', 'likely', 'unlikely', 'expected', 'ordered',
  'order', 'urged', 'enough', 'willing', 'set', 'poised']);

/** Whether a base form at i tells of an act that did not happen: after a modal, or after "to" of a threat, plan or supposition. */
function unrealBase(tokens: Token[], i: number): boolean {
  const prev = lowerAt(tokens, i - 1);
  if (MODALS.has(prev)) return true;
  return prev === 'to' && UNREAL_BEFORE_TO.has(lowerAt(tokens, i - 2));
}

/** Verbs of a charge or an arrest: the people they count are the accused ("Two were indicted with killing …"). */
const CHARGE_VERBS = new Set(['charged', 'indicted', 'arrested', 'convicted', 'accused', 'sentenced', 'jailed', 'booked', 'detained', 'wanted', 'suspected', 'questioned', 'sought', 'held', 'arraigned', 'tried', 'acquitted']);
/** How many words may stand between the charge verb and its "with" or "for": "indicted Friday with", "charged Tuesday in connection with". */
const CHARGE_REACH = 4;

/** Whether a charge verb stands shortly before the preposition at p: "indicted Friday with", "arrested for". */
function chargedBefore(tokens: Token[], p: number): boolean {
  for (let k = p - 1; k >= 0 && p - k <= CHARGE_REACH; k--) {
    if (CHARGE_VERBS.has(tokens[k].lower)) return true;
    if (tokens[k].punct) return false;
  }
  return false;
}

/** Words that open a condition: "If five people were killed, …", "unless", "suppose". */
const CONDITIONS = new Set(['if', 'unless', 'suppose', 'supposing', 'imagine']);
/** Words after which "if" still opens a condition ("and if", "even if"), not a question ("asked if", "wonder if"). */
const BEFORE_CONDITION = new Set(['and', 'but', 'or', 'so', 'even', 'only', 'then']);

/**
 * Whether the word at i stands in a clause of condition opened before it in the sentence, with no comma or
 * semicolon between: "If a place had 10 deaths a year, it would be news", "If five people were killed, …". The
 * condition opens the sentence or follows a comma or a conjunction; "Police asked if anyone saw the crash that
 * killed two" asks about a real death.
 */
function inCondition(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.punct) {
      if (t.text === ',' || t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–') return false;
      continue;
    }
    if (CONDITIONS.has(t.lower)) return k === 0 || tokens[k - 1].punct || BEFORE_CONDITION.has(tokens[k - 1].lower);
  }
  return false;
}

export function termApplies(v: SentenceView, i: number): boolean {
  const tokens = v.tokens;
  const t = tokens[i];
  const lower = t.lower;
  const prev = lowerAt(tokens, i - 1);
  const next = lowerAt(tokens, i + 1);
  if (negated(prev) || lowerAt(tokens, i - 2) === 'not' || negated(lowerAt(tokens, i - 2)) && !(i >= 2 && tokens[i - 2].punct)) return false;
  if (inTitle(v, i)) return false;
  // a harm supposed, not told: "If a place had 10 deaths a year, …"
  if (inCondition(tokens, i)) return false;
  const nouns = NOUNS_AFTER.get(lower);
  if (nouns !== undefined && nouns.has(next)) return false;
  switch (lower) {
    case 'kill': case 'die':
      // a killing threatened, planned or supposed ("threatened to kill 20 hostages", "the bomb could kill 20
      // people", "impossible to kill all 2,000,000"): no one was harmed; not one done ("went on to kill 20")
      if (unrealBase(tokens, i)) return false;
      return next !== 'off';
    case 'killed': case 'kills':
      // a character killed off is no casualty
      return next !== 'off';
    case 'killing': case 'killings':
      // the noun, the event ("arrested in his killing"), unless it takes its count ("the killing of four")
      // the crime people are charged with ("Two were indicted Friday with killing the baby"): the count before it
      // is of the accused, and the victims after it are the court's
      if ((prev === 'with' || prev === 'for' || prev === 'in') && chargedBefore(tokens, i - 1)) return false;
      return next !== 'off' && (!POSSESSIVE_BEFORE.has(prev) || next === 'of');
    case 'lives':
      // "the lives of seven million", "the lives of the two are at stake": lives, not a toll, unless lost ("claimed
      // the lives of 30 people"); "saves 5,000 lives" counts the living
      if (prev === 'the' && next === 'of' && !LIVES_LOST.has(lowerAt(tokens, i - 2))) return false;
      if (savedBefore(tokens, i)) return false;
      return LIVES_BEFORE.has(prev) || (i > 0 && tokens[i - 1].text.charCodeAt(0) >= 48 && tokens[i - 1].text.charCodeAt(0) <= 57) || /^(?:one|two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands|millions|dozens)$/.test(prev);
    case 'shot':
      return !shotIsNoun(tokens, i);
    case 'toll':
      // a toll of people: "death toll", or a toll told beside people harmed or a disaster; not a count of
      // bank failures or a pipeline tariff ("RAISE U.S. 1987 TOLL TO 10")
      return TOLL_OF_PEOPLE.has(prev) || tokens.some((u, k) => k !== i && (HARM_WORDS.has(u.lower) || DISASTERS.has(u.lower)));
    case 'death':
      // "saved from death", "escaped death"
      return prev !== 'from' && prev !== 'escaped' && prev !== 'cheated';
    case 'missing':
      // of people: "12 are missing", "remain missing", "17 missing miners"; not "a missing crystal", "missing out"
      if (MISSING_BEFORE.has(prev) || next === '' || AFTER_MISSING_OK.has(next) || PEOPLE.has(next) || (i > 0 && tokens[i - 1].text.charCodeAt(0) <= 57 && tokens[i - 1].text.charCodeAt(0) >= 48)) return next !== 'out';
      return i + 1 < tokens.length && tokens[i + 1].punct;
    default:
      return true;
  }
}

