// What follows a reporting verb and what it tells of the verb's sense: a clause or a reduced phrase, an
// object (a person, a name given, an event called, a place struck, a firm's accounts), or a figure
// measured ("up 5 pct compared with 2015", "than analysts expected"). Part of the sentence scan of
// attribution-cues.ts.
import {PRONOUNS} from './lexicons.js';
import {type Token, W_NOT_NAME, W_ROLE, W_GROUP, tokenIndexAt} from './tokens.js';
import {groupAdjective} from './source-groups.js';
import {type Span, QUOTE_MARK, lowerAt} from './attribution-sources.js';

/** What opens the clause a reporting verb takes: "that", or its subject pronoun ("reports it was", "claim they saw"). */
const CLAUSE_AFTER_VERB = new Set(['that', 'it', 'he', 'she', 'they', 'there', 'we', 'i']);
/** Words that open a "reports" clause's subject after a publication ("The Indianapolis Star reports the three men are …"). */
const REPORTED_SUBJECT_OPENERS = new Set(['the', 'a', 'an']);
/** Days between "reports" and its "that": "Radio reports today that …". */
const REPORT_DAYS = /^(?:today|tonight|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * Whether a clause follows the form at i: a clause opener ("that", a subject pronoun), a day and "that" ("reports
 * today that"), or, after "reports" (a publication's verb), an article that opens the clause's subject.
 */
export function clauseAfterVerb(tokens: Token[], i: number, form: string): boolean {
  const next = lowerAt(tokens, i + 1);
  if (CLAUSE_AFTER_VERB.has(next)) return true;
  if (REPORT_DAYS.test(next) && lowerAt(tokens, i + 2) === 'that') return true;
  return form === 'reports' && REPORTED_SUBJECT_OPENERS.has(next);
}
export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'of', 'in', 'these', 'those', 'this', 'that', 'no', 'any', 'every', 'such', 'new', 'first', 'last']);
/** Prepositions that open the phrase after a reduced relative's participle: "charged in", "questioned since". */
const REDUCED_PREPOSITIONS = new Set(['in', 'with', 'after', 'at', 'on', 'over', 'since', 'during', 'near', 'inside', 'outside', 'for', 'by']);

/** Words of a time that may stand between a reduced relative's participle and its phrase: "questioned this week about". */
const REDUCED_TIME = /^(?:this|last|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|weekend|morning|afternoon|evening|night)$/;

/**
 * Whether a phrase that places a reduced relative's participle at i follows it, past a time ("five people charged
 * in the shooting", "four people questioned this week about the shootings"; "about" only after people put to questions).
 */
export function reducedPhraseAfter(tokens: Token[], i: number, lemma: string): boolean {
  let j = i + 1;
  while (j < tokens.length && j - i <= 2 && REDUCED_TIME.test(tokens[j].lower)) j++;
  const w = lowerAt(tokens, j);
  return REDUCED_PREPOSITIONS.has(w) || (w === 'about' && (lemma === 'question' || lemma === 'interview'));
}

/** Places and vehicles that are struck, not criticised: the object of "attacked" in its physical sense. */
const PHYSICAL_TARGETS = new Set(['town', 'towns', 'village', 'villages', 'city', 'cities', 'base', 'bases', 'camp', 'camps', 'convoy', 'convoys',
  'checkpoint', 'checkpoints', 'building', 'buildings', 'home', 'homes', 'house', 'houses', 'embassy', 'embassies', 'station', 'stations',
  'compound', 'compounds', 'airport', 'airports', 'port', 'ports', 'ship', 'ships', 'vessel', 'vessels', 'bridge', 'bridges', 'district',
  'districts', 'neighborhood', 'neighborhoods', 'neighbourhood', 'neighbourhoods', 'bus', 'buses', 'train', 'trains', 'vehicle', 'vehicles',
  'car', 'cars', 'truck', 'trucks', 'tank', 'tanks', 'tanker', 'tankers', 'patrol', 'patrols', 'outpost', 'outposts', 'garrison', 'garrisons',
  'plane', 'planes', 'aircraft', 'fortress']);
/** Words after a target that end its noun phrase: "the town of Khojaly", "a bus near the border". */
const TARGET_FOLLOWERS = new Set(['of', 'in', 'on', 'at', 'near', 'and', 'with', 'from', 'after', 'before', 'during', 'outside', 'inside',
  'overnight', 'early', 'late', 'last', 'that', 'where', 'which', 'while', 'when', 'killing', 'wounding', 'injuring']);
/** How many words after "attacked" its object's head may stand: "attacked the Azeri town", "attacked a small police station". */
const TARGET_REACH = 4;

/** Whether the object of "attack" at i is a place or a vehicle, in lower case ("attacked the House" is Congress). */
export function physicalTarget(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + TARGET_REACH; j++) {
    const t = tokens[j];
    if (t.punct) return false;
    // (the head of its noun phrase: "the city council", "the town's mayor" are people)
    if (PHYSICAL_TARGETS.has(t.lower) && !t.cap && !t.possessive && (j + 1 >= tokens.length || tokens[j + 1].punct || TARGET_FOLLOWERS.has(tokens[j + 1].lower))) return true;
  }
  return false;
}

/** Whether one of `objects` stands in the three tokens after i. */
export function objectFollows(tokens: Token[], i: number, objects: ReadonlySet<string>): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) if (objects.has(tokens[k].lower)) return true;
  return false;
}

export const OBJECT_PRONOUNS = /^(?:him|her|them|me|us|reporters)$/;

/** Verbs of judging by comparison: "critics compared the plan to a tax". */
export const COMPARING = new Set(['compare', 'liken']);

/** Whether a verb of comparing at i measures a figure, with no object before its "to" or "with": "up 5 pct compared with 2015" (no cue, no verb of a claim). */
export function measuresFigure(tokens: Token[], i: number): boolean {
  const lemma = tokens[i]?.lemma;
  return lemma !== undefined && COMPARING.has(lemma) && !objectBeforeTo(tokens, i);
}

/** Whether an object stands between a verb at i and its "to" or "with": "compared the plan to a tax" (not "compared with 2015"). */
export function objectBeforeTo(tokens: Token[], i: number): boolean {
  for (let k = i + 2; k < Math.min(tokens.length, i + 14); k++) {
    const t = tokens[k];
    if (t.punct && !t.possessive && t.text !== '.' && t.text !== "'" && t.text !== '’') return false;
    if (t.lower === 'to' || t.lower === 'with') return !tokens[i + 1].punct && tokens[i + 1].lower !== 'to' && tokens[i + 1].lower !== 'with';
  }
  return false;
}

/** Whether a phrase (a source, or a passive's form of "be") stands right after the "than" of a comparison: "than analysts", "than had been". */
export function afterThan(tokens: Token[], src: Span | undefined): boolean {
  if (!src) return false;
  let k = tokenIndexAt(tokens, src.start) - 1;
  // "than most had been": auxiliaries of the passive before the form of "be"
  while (k > 0 && /^(?:had|has|have|was|were|is|been)$/.test(tokens[k].lower)) k--;
  return k >= 0 && tokens[k].lower === 'than';
}

/** Whether a group's expectation is the figure an outcome is measured against: "well above the $1.11 a share that analysts expected". */
export function expectedFigure(tokens: Token[], src: Span | undefined): boolean {
  if (!src) return false;
  const k = tokenIndexAt(tokens, src.start) - 1;
  if (k < 1 || tokens[k].lower !== 'that') return false;
  // a figure in the three words before "that" ("$1.11 a share", "5 pct", "1.2 billion dlrs")
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (/\d/.test(tokens[j].text)) return true;
  return false;
}

/** Events a body calls (convenes, orders): "called a meeting / strike / vote / snap election". */
const CALLED_EVENTS = new Set(['meeting', 'meetings', 'strike', 'strikes', 'vote', 'votes', 'election', 'elections', 'referendum', 'referendums', 'session', 'sessions',
  'conference', 'conferences', 'summit', 'hearing', 'hearings', 'halt', 'truce', 'ceasefire', 'cease-fire', 'walkout', 'stoppage', 'boycott', 'recess', 'rally',
  'protest', 'protests', 'demonstration', 'demonstrations', 'poll', 'ballot', 'caucus', 'congress', 'convention', 'assembly', 'inquiry', 'review', 'timeout', 'time-out']);

/** Words that open the name a thing is called: "called the vote a sham". */
const NAMED_AS = new Set(['a', 'an', 'the', 'one', 'his', 'her', 'their', 'its', 'our', 'nothing', 'illegal', 'unfair', 'rigged', 'fraudulent']);

/**
 * Whether "call" at i convenes or orders an event ("called a meeting", "call a snap election", "called
 * off the strike", "called the vote for May"): the verb's other sense, not a reporting one.
 */
export function calledEvent(tokens: Token[], i: number): boolean {
  let k = i + 1;
  // "called off" (a phrasal verb: cancelling)
  if (lowerAt(tokens, k) === 'off') return true;
  // "Someone called 911", "neighbors called police", "called for help": phoning, an act
  // (nothing but a mark or a linking word after them: "called police incompetent" is a view)
  const phoned = PHONED.has(lowerAt(tokens, k)) ? k : PHONED_DETERMINERS.has(lowerAt(tokens, k)) && PHONED.has(lowerAt(tokens, k + 1)) ? k + 1 : -1;
  if (phoned >= 0 && (phoned + 1 >= tokens.length || tokens[phoned + 1].punct || AFTER_PHONED.has(tokens[phoned + 1].lower))) return true;
  if (lowerAt(tokens, k) === 'for' && lowerAt(tokens, k + 1) === 'help') return true;
  // a telephone number: "parents may call 928-523-0007", "call (555) 123-4567", "call 1-800-555-0100"
  if (PHONE_NUMBER.test(lowerAt(tokens, k)) || (lowerAt(tokens, k) === '(' && /^\d{3}$/.test(lowerAt(tokens, k + 1)))) return true;
  // a place's number or office: "called Gallatin County 911", "called Dayton police"
  let place = k;
  while (place < tokens.length && place - k < 3 && tokens[place].cap && !tokens[place].punct && !PHONED.has(tokens[place].lower)) place++;
  if (place > k && PHONED.has(lowerAt(tokens, place)) && (place + 1 >= tokens.length || tokens[place + 1].punct || AFTER_PHONED.has(tokens[place + 1].lower))) return true;
  // "People called and no one came": calling with no object is phoning or visiting, no claim
  if (k >= tokens.length || (tokens[k].punct && tokens[k].text !== ':' && !QUOTE_MARK.test(tokens[k].text)) || tokens[k].lower === 'and') return true;
  for (let n = 0; k < tokens.length && n < 4; k++, n++) {
    const t = tokens[k];
    if (t.punct) return false;
    // "called the vote a sham", "called the election “rigged”": naming it, a view
    if (CALLED_EVENTS.has(t.lower)) return !(k + 1 < tokens.length && (NAMED_AS.has(tokens[k + 1].lower) || QUOTE_MARK.test(tokens[k + 1].text)));
    // articles and modifiers: "a snap general election", "an emergency meeting"
    if (t.lemma !== undefined || t.lower === 'that' || t.lower === 'for' || t.lower === 'on' || t.lower === 'it' || t.lower === 'him' || t.lower === 'her' || t.lower === 'them') return false;
  }
  return false;
}

/** Words after "called" that make it a demand or an act, not a name given: "called for a boycott", "called on Japan". */
const CALLED_PARTICLES = new Set(['for', 'on', 'upon', 'out', 'in', 'off', 'to', 'at', 'back', 'up', 'into', 'by']);

/** Whether a name or a term follows "called" at k: no particle, determiner or pronoun ("called ILC2s", "called sleep apnea"). */
export function nameAfterCalled(tokens: Token[], k: number): boolean {
  const n = k < tokens.length ? tokens[k] : undefined;
  return n !== undefined && (!n.punct || QUOTE_MARK.test(n.text)) && !CALLED_PARTICLES.has(n.lower) && !DETERMINERS.has(n.lower) &&
    !PRONOUNS.has(n.lower) && !OBJECT_PRONOUNS.test(n.lower);
}

/** Whom one phones in an emergency: "called 911", "called police", "called the sheriff's office". */
/** A telephone number's first token: "928-523-0007", "555-1234", "1-800-555-0100". */
const PHONE_NUMBER = /^(?:1-)?\d{3}-\d{3,4}(?:-\d{4})?$/;
const PHONED = new Set(['911', '999', '112', '9-1-1', 'police', 'cops', 'dispatch', 'dispatchers', 'authorities', 'deputies', 'paramedics', 'firefighters', 'sheriff', "sheriff's", 'ambulance', 'emergency']);
const PHONED_DETERMINERS = new Set(['the', 'an', 'local']);
/** Words that may follow whom one phoned: "called 911 after hearing shots", "called police to report". */
const AFTER_PHONED = new Set(['and', 'to', 'after', 'about', 'for', 'when', 'at', 'around', 'from', 'on', 'but', 'because', 'as', 'shortly', 'immediately', 'just', 'before', 'while', 'once', 'twice', 'again', 'who', 'which', 'that']);

/** "saw that the race was over" (not "saw that film"): "that" and then a subject. */
export function thatClauseFollows(tokens: Token[], i: number): boolean {
  if (lowerAt(tokens, i + 1) !== 'that' || i + 2 >= tokens.length) return false;
  const n = tokens[i + 2];
  return !n.punct && (n.lower === 'the' || n.lower === 'a' || PRONOUNS.has(n.lower) || (n.cap && !(n.f & W_NOT_NAME)));
}

/** Predicates of a standing that polls show: "polls show the senator ahead", "… within two points", "… tied". */
const STANDING = new Set(['ahead', 'tied', 'within', 'trailing', 'leading', 'neck-and-neck', 'deadlocked']);

/** Whether "show" at i reports a standing ("polls show the senator ahead"): a standing word within a few words. */
export function standingFollows(tokens: Token[], i: number): boolean {
  for (let k = i + 2; k < Math.min(tokens.length, i + 7); k++) {
    if (tokens[k].punct && !tokens[k].possessive) return false;
    if (STANDING.has(tokens[k].lower)) return true;
  }
  return false;
}

/** Finite verbs and auxiliaries that open a clause: "found (that) the fire was set", "polls show the mayor is ahead". */
const FINITE_WORDS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do', "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't", "won't", "didn't", "doesn't"]);

/** Prepositions that end the object of "found"/"showed" before any clause: "found a buyer in Lisbon". */
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'on', 'near', 'inside', 'outside', 'behind', 'under', 'into', 'from', 'across', 'along', 'during']);

/** Predicates of a small clause after "found": "found him dead", "found the man shot". */
const SMALL_CLAUSE = new Set(['shot', 'dead', 'alive', 'unresponsive', 'guilty', 'responsible', 'hurt', 'stabbed', 'beaten', 'wounded', 'injured', 'missing', 'unconscious', 'liable', 'innocent']);

/** Whether a clause follows a verb at i ("that", or a finite verb within its clause): its content is a claim. */
export function clauseFollows(tokens: Token[], i: number): boolean {
  if (lowerAt(tokens, i + 1) === 'that' || lowerAt(tokens, i + 1) === 'how' || lowerAt(tokens, i + 1) === 'whether') return true;
  // "…, records show.": the clause went before
  if (i + 1 >= tokens.length || (tokens[i + 1].punct && tokens[i + 1].text !== '(')) return true;
  // "showed up at the hospital", "found off the coast"
  if (lowerAt(tokens, i + 1) === 'up' || lowerAt(tokens, i + 1) === 'off') return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 10); k++) {
    const t = tokens[k];
    if (t.punct && t.text !== ',') return false;
    if (PLACE_PREPOSITIONS.has(t.lower)) return false;
    if (FINITE_WORDS.has(t.lower) || (t.lemma !== undefined && k > i + 1 && /s$|ed$/.test(t.lower))) return true;
    // "showed the mayor leading", "found him guilty", "found the driver shot": a small clause
    if (k > i + 1 && (/(?:ing|ed)$/.test(t.lower) || SMALL_CLAUSE.has(t.lower))) return true;
  }
  return false;
}

/** Whether "that" or a finite verb follows a verb at i within its clause (no small clause: "reported light trading"). */
export function finiteClauseFollows(tokens: Token[], i: number): boolean {
  const next = lowerAt(tokens, i + 1);
  if (next === 'that' || next === 'how' || next === 'whether' || i + 1 >= tokens.length || (tokens[i + 1].punct && tokens[i + 1].text !== '(')) return true;
  for (let k = i + 1; k < Math.min(tokens.length, i + 10); k++) {
    const t = tokens[k];
    if (t.punct && t.text !== ',') return false;
    if (FINITE_WORDS.has(t.lower) || (t.lemma !== undefined && k > i + 1 && /s$|ed$/.test(t.lower))) return true;
  }
  return false;
}

/** What a firm reports as its accounts: "reported results", "reported a loss", "reported higher sales". */
const ACCOUNTS = new Set(['results', 'earnings', 'profit', 'profits', 'loss', 'losses', 'sales', 'revenue', 'revenues', 'income', 'turnover', 'dividend', 'dividends']);

/** Whether "report" at i has a firm's accounts as its object, within its clause. */
export function reportsAccounts(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 8); k++) {
    if (tokens[k].punct || tokens[k].lower === 'that') return false;
    if (ACCOUNTS.has(tokens[k].lower)) return true;
  }
  return false;
}

/** "others think about it": turning it over in mind, no view held. */
export function thinksAbout(tokens: Token[], i: number): boolean {
  return /^think/.test(tokens[i].lower) && lowerAt(tokens, i + 1) === 'about';
}

/** Whether a token is a person's name: capitalised, and no function word, role, group or a people's adjective. */
function nameWord(t: Token | undefined): boolean {
  return t !== undefined && !t.punct && t.cap && (t.f & (W_NOT_NAME | W_ROLE | W_GROUP)) === 0 && !groupAdjective(t);
}

/** Whether a person stands at k as a verb's object: a name ("Morrison", "Ana Cole") or a personal pronoun. */
export function personObject(tokens: Token[], k: number): boolean {
  return /^(?:him|her|them|me|us)$/.test(lowerAt(tokens, k)) || nameWord(tokens[k]);
}

/** Whether "which" or "whom" stands a few words before the verb at i, its fronted object ("which Georgians called"). */
export function relativeObject(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
    if (tokens[k].punct) return false;
    if (tokens[k].lower === 'which' || tokens[k].lower === 'whom') return true;
  }
  return false;
}

/** Whether the capitalised words from k close their clause: a mark or the end after them ("called Tartars, for"). */
export function nameClosesClause(tokens: Token[], k: number): boolean {
  let j = k;
  while (j < tokens.length && tokens[j].cap && !tokens[j].punct) j++;
  return j > k && (j >= tokens.length || tokens[j].punct);
}

/** Whether a given name or nickname stands at k, maybe in quotation marks: "Mike", "“Smiley”". */
export function nameAt(tokens: Token[], k: number): boolean {
  return nameWord(QUOTE_MARK.test(tokens[k]?.text ?? '') ? tokens[k + 1] : tokens[k]);
}

/** Whether "as" follows a verb at i within its clause. */
export function asFollows(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 9); k++) {
    if (tokens[k].punct) return false;
    if (tokens[k].lower === 'as') return true;
  }
  return false;
}
/** Prepositions that close the noun phrase of a thing kept: "maintaining contact with", "maintain confidence of investors". */
const KEPT_CLOSERS = new Set(['with', 'of', 'in', 'on', 'at', 'for', 'between', 'across', 'among', 'to', 'through', 'over', 'during']);

/**
 * Whether "maintain" at i keeps a thing up: a short noun phrase closed by a preposition or a mark ("maintaining
 * contact with", "maintain order."), with no word after its first that could be a clause's verb ("maintain the
 * practice provides an opening" is a view; "maintain that …" too).
 */
export function thingKept(tokens: Token[], i: number): boolean {
  for (let k = i + 1, n = 0; k < tokens.length && n < 5; k++, n++) {
    const t = tokens[k];
    if (t.punct || KEPT_CLOSERS.has(t.lower)) return n > 0;
    if (t.lower === 'that' || t.lemma !== undefined || FINITE_WORDS.has(t.lower) || (n > 0 && /(?:s|ed)$/.test(t.lower))) return false;
  }
  return false;
}
