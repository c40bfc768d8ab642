// Senses of a claim marker that report no claim: the literal, physical sense ("the convoy came under
// fire", "a car reported stolen", "900 residents were questioned for the study", "the plan will be
// considered for debate") and stance verbs whose complement describes rather than asserts ("appeared on
// television", "what appears to be a bunker", "a video that appears to show", "they looked like
// tourists"). Each test reads the sentence's tokens around the marker.
import {LITERAL_UNDER, REPORTED_STATES, BE_FORMS, PRONOUNS} from './lexicons.js';
import {type Token, tokenIndexAt, W_GROUP, W_NOT_NAME} from './tokens.js';
import {PEOPLE} from './figure-senses.js';
import {isOrdinaryWord} from './english-words.js';
import {compileNow} from '../util/compile-now.js';

const STANCE_VERB = /^(?:seems?|seemed|seeming|appears?|appeared|appearing)$/;
const SEEM = /^seem/;
/** Adjectives of likelihood that make "appears" a judgement: "appears unlikely", "appears set to". */
const LIKELIHOOD = new Set(['likely', 'unlikely', 'certain', 'uncertain', 'sure', 'set', 'poised', 'ready', 'close', 'clear', 'unclear', 'possible', 'impossible', 'probable', 'inevitable', 'doomed', 'destined', 'determined', 'intent', 'bound', 'keen', 'reluctant', 'unwilling', 'willing', 'eager', 'unable', 'able']);
/** What a photograph or a recording "appears to show" is a description of it, not a claim. */
const PICTURES = new Set(['video', 'videos', 'photo', 'photos', 'photograph', 'photographs', 'image', 'images', 'picture', 'pictures', 'footage', 'clip', 'clips', 'recording', 'recordings', 'screenshot', 'screenshots', 'map', 'maps', 'chart', 'graphic', 'x-ray', 'scan', 'satellite', 'camera', 'cctv', 'film', 'still', 'stills', 'selfie']);
/** Words that open a verb phrase or a clause after "looks like": "it looks like he will", "looks like the vote is lost". */
const FINITE = new Set(['will', 'would', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'could', 'may', 'might', 'can', 'should', 'must', 'won', 'did', 'does', 'do', "isn't", "won't", "doesn't", "didn't"]);
const IMPERSONAL = new Set(['it', 'this', 'that', 'there']);

/**
 * Whether a stance frame starting at token k asserts a proposition whose source is missing: "it seems
 * (that) …", "X appears to have won", "the finish line seems further off", "appears unlikely" — not
 * "appeared on television / before the court / in 1999", "what appears to be a bunker", "a video that
 * appears to show …", "they looked like tourists". Frames that are not verbs ("it is clear") hold.
 */
export function stanceHolds(tokens: Token[], k: number): boolean {
  if (k >= tokens.length) return true;
  const t = tokens[k];
  const prev = k > 0 ? tokens[k - 1].lower : '';
  if (t.lower === 'looks' || t.lower === 'looked' || t.lower === 'look') {
    // "looks like": a proposition when something impersonal looks like it, or a clause follows
    if (lowerAt(tokens, k + 1) !== 'like') return true;
    if (IMPERSONAL.has(prev)) return true;
    for (let j = k + 2; j < Math.min(tokens.length, k + 6); j++) if (FINITE.has(tokens[j].lower)) return true;
    return false;
  }
  if (!STANCE_VERB.test(t.lower)) return true;
  // "the path of the bullet made it seem that …", "made it appear": an appearance something caused, not a judgement
  if (k >= 2 && /^(?:make|makes|made|making)$/.test(tokens[k - 2].lower) && /^(?:it|them|him|her)$/.test(prev)) return false;
  // "what appears to be a bunker", "what seemed to be a tunnel": a description of a thing
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (tokens[j].lower === 'what') return false;
  // "smears that appeared to be blood", "a girl who appeared to be a teenager": a relative clause that describes a thing or a person's looks
  if (describedThing(tokens, k)) return false;
  // the subject is a picture: a description of what it shows
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    if (tokens[j].punct) break;
    if (PICTURES.has(tokens[j].lower)) return false;
  }
  const next = k + 1 < tokens.length ? tokens[k + 1] : undefined;
  if (next === undefined || next.punct) return IMPERSONAL.has(prev) && next?.text === ',';
  const n = next.lower;
  if (n === 'that' || n === 'as' && lowerAt(tokens, k + 2) === 'if' || n === 'as' && lowerAt(tokens, k + 2) === 'though') return true;
  if (n === 'to') {
    // "appears to be", "seemed to grasp": a verb after "to"; "appeared to reporters" is a place
    const v = k + 2 < tokens.length ? tokens[k + 2] : undefined;
    if (v === undefined || v.punct || v.cap) return false;
    return !((v.f & W_NOT_NAME) !== 0 && !BE_FORMS.has(v.lower) && v.lower !== 'have' && v.lower !== 'has' && v.lower !== 'be');
  }
  if (SEEM.test(t.lower)) {
    // "seems unrealistic", "seems likely", "seemed in no hurry": a judgement; "seems like" after a noun: a description
    if (n === 'like') return IMPERSONAL.has(prev) || FINITE_WITHIN(tokens, k + 2);
    return true;
  }
  // "appears": only a judgement of likelihood or manner stands bare after it
  if (n === 'likely' || LIKELIHOOD.has(n)) return true;
  if (IMPERSONAL.has(prev) && (n === 'so' || n === 'not')) return true;
  return false;
}

/**
 * What a relative clause with "appear" or "seem" describes, not judges (general English of scene and
 * crime reports): substances and traces ("blood", "a white powder"), weapons and objects ("a handgun", "a
 * bullet hole"), and a person's apparent age ("a teenager"). "a plan that appears to be a ploy", "a
 * claim which seemed to be false" stay judgements.
 */
const DESCRIBED_THINGS = new Set(['blood', 'drugs', 'cocaine', 'heroin', 'marijuana', 'methamphetamine', 'meth', 'fentanyl', 'crack', 'powder',
  'residue', 'ash', 'ashes', 'smoke', 'paint', 'oil', 'fuel', 'gasoline', 'petrol', 'water', 'urine', 'vomit', 'debris', 'glass', 'bone', 'bones',
  'remains', 'hair', 'mud', 'substance', 'liquid', 'gun', 'guns', 'handgun', 'rifle', 'shotgun', 'pistol', 'revolver', 'weapon', 'weapons', 'knife',
  'bomb', 'explosive', 'explosives', 'grenade', 'bullet', 'bullets', 'casing', 'casings', 'shell', 'shells', 'needle', 'syringe', 'body', 'bodies',
  'vehicle', 'car', 'truck', 'van', 'bag', 'package', 'box', 'pipe', 'wound', 'hole', 'holes', 'stain', 'stains', 'mark', 'marks', 'camera',
  'drone', 'building', 'bunker', 'tunnel', 'teenager', 'teen', 'child', 'toddler', 'infant', 'baby', 'juvenile', 'adult']);
/** Words that may open the description: "a", "some", "human", colours and sizes ("a small white bag"). */
const DESCRIPTION_OPENERS = new Set(['a', 'an', 'some', 'human', 'small', 'large', 'white', 'black', 'red', 'brown', 'dark', 'green', 'blue', 'dried', 'fresh', 'bullet', 'gunshot', 'spent', 'young', 'older']);

/** Whether the stance verb at k opens "that / which / who appeared to be" and a described thing: "smears that appeared to be blood". */
function describedThing(tokens: Token[], k: number): boolean {
  const rel = lowerAt(tokens, k - 1);
  if ((rel !== 'that' && rel !== 'which' && rel !== 'who') || lowerAt(tokens, k + 1) !== 'to' || lowerAt(tokens, k + 2) !== 'be') return false;
  for (let j = k + 3; j < Math.min(tokens.length, k + 7); j++) {
    const w = tokens[j].lower;
    if (DESCRIBED_THINGS.has(w) && !(DESCRIPTION_OPENERS.has(w) && DESCRIBED_THINGS.has(lowerAt(tokens, j + 1)))) return true;
    if (!DESCRIPTION_OPENERS.has(w)) return false;
  }
  return false;
}

function FINITE_WITHIN(tokens: Token[], from: number): boolean {
  for (let j = from; j < Math.min(tokens.length, from + 4); j++) if (FINITE.has(tokens[j].lower)) return true;
  return false;
}

function lowerAt(tokens: Token[], k: number): string {
  return k >= 0 && k < tokens.length ? tokens[k].lower : '';
}

/**
 * Whether "came under fire / attack" (or "drew fire") starting at token k is literal: a physical target
 * or a word of combat stands in the sentence ("the convoy came under fire near the border", "the town
 * came under attack from rockets").
 */
export function literalUnder(tokens: Token[], noun: string): boolean {
  if (!/^(?:fire|attacks?|shelling|bombardment)$/.test(noun)) return false;
  for (const t of tokens) if (LITERAL_UNDER.has(t.lower)) return true;
  return false;
}

/** "face charges", "faces charges of murder": criminal charges are a fact of a court case, not a claim ("faced charges that he lied" is). */
export function criminalCharges(tokens: Token[], noun: string, endOffset: number): boolean {
  if (noun !== 'charges') return false;
  const k = tokenIndexAt(tokens, endOffset);
  return lowerAt(tokens, k) !== 'that';
}

/**
 * "was reported stolen / missing", "the fire was reported at midnight", "no injuries were
 * reported", "was reported in good condition": an event or a state reported to the police or a
 * hospital, with no claim to attribute. A claim is "was reported to have …", "was reported as …", "it
 * was reported that …". "presumed innocent" is the law's presumption, not anyone's claim.
 */
export function reportedState(tokens: Token[], i: number): boolean {
  const w = tokens[i].lower;
  const next = lowerAt(tokens, i + 1);
  if (w === 'presumed') return next === 'innocent';
  if (w !== 'reported') return false;
  if (REPORTED_STATES.has(next)) return true;
  return !(next === 'to' || next === 'as' || next === 'that' || (i > 0 && tokens[i - 1].lower === 'widely'));
}

const PARTICLES = new Set(['out', 'up', 'through', 'off']);

/** The start of a description of someone's looks: "described as a Hispanic man", "… as white, about 6 feet tall". */
const PERSON_DESCRIPTION = compileNow(/^(?:(?:a|an) )?(?:unknown|unidentified|white|black|hispanic|latino|asian|african|caucasian|native|middle-aged|young|older|heavyset|medium|dark|light|male|female|man|woman|boy|girl|tall|short|thin|heavy|slender|stocky|light-skinned|dark-skinned|bald|wearing|having|standing|about|approximately|\d)/);

/** Nouns of a person sought, a few words after "described as": "a large man wearing a skull cap", "a skinny teen". */
const PERSON_NOUNS = new Set(['man', 'men', 'woman', 'women', 'male', 'males', 'female', 'females', 'boy', 'girl', 'teen', 'teenager', 'juvenile', 'person', 'individual']);

/** Whether an article and up to two words before a person noun follow from k: "a large man", "a skinny black male". */
function personNounAfter(tokens: Token[], k: number): boolean {
  if (!/^(?:a|an)$/.test(lowerAt(tokens, k))) return false;
  for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) {
    if (tokens[j].punct) return false;
    if (PERSON_NOUNS.has(tokens[j].lower)) return true;
  }
  return false;
}

/** Words of an amount after "at": a number, a currency sign or a word for one ("about", "around"). */
const AMOUNT = /^(?:[$£€¥]?\d[\d,.]*%?|[$£€¥]|about|around|roughly|nearly|almost|some|between|least|up|one|two|three|four|five|six|seven|eight|nine|ten|a|an)$/;

/**
 * "could be seen as it was carried away", "can be heard on the video", "won't be seen by other users": what is
 * visible or audible ("can be seen as a sign" is a view; "as it was …" is a clause of time). Any modal, negated or not.
 */
export function perceptible(tokens: Token[], i: number, be: number): boolean {
  const w = tokens[i].lower;
  const next = lowerAt(tokens, i + 1);
  if ((w === 'seen' || w === 'heard') && next === 'as' && asClauseOfTime(tokens, i + 1)) return true;
  return (w === 'seen' || w === 'heard') && (next !== 'as' || /^(?:it|he|she|they|we|i|you)$/.test(lowerAt(tokens, i + 2))) && tokens[be].lower === 'be' && modalBefore(tokens, be);
}

/**
 * Whether the "as" at k opens a clause of time with its own subject and verb: "flashes are seen as the shooter
 * fires", "he is heard as they drive off" (not "seen as a sign of weakness", "seen as the front-runner").
 */
function asClauseOfTime(tokens: Token[], k: number): boolean {
  if (/^(?:it|he|she|they|we|i|you)$/.test(lowerAt(tokens, k + 1))) return true;
  if (!/^(?:the|a|an|his|her|their|its|two|three|several)$/.test(lowerAt(tokens, k + 1))) return false;
  // a determiner, a noun (and one modifier) and then a verb in -s or -ed before an object or a particle
  for (let j = k + 3; j <= k + 4 && j < tokens.length; j++) {
    const v = tokens[j];
    if (v.punct) return false;
    if (/[^s]s$|ed$/.test(v.lower) && !/^(?:of|for|and|or)$/.test(lowerAt(tokens, j + 1)) && /^(?:into|at|on|off|away|out|up|down|in|toward|towards|the|a|his|her|their)$/.test(lowerAt(tokens, j + 1))) return true;
  }
  return false;
}

/** Participles of judging: what a writer says something "should be", "can only be" or "could be". */
const JUDGED = /^(?:blamed|condemned|considered|regarded|viewed|faulted|excused|forgiven|praised|criticized|criticised|believed|thought|said|characterized|characterised|argued|described)$/;

/**
 * Whether a modal stands right before the "be" at `be`, past a negation ("can be seen", "won't be seen", "could not
 * be heard") and, when `adverb`, one adverb ("can only be condemned", "could easily be considered").
 */
function modalBefore(tokens: Token[], be: number, adverb = false): boolean {
  let k = be - 1;
  if (adverb && /ly$|^(?:only|also|hardly|never|still|even|rightly|well)$/.test(lowerAt(tokens, k))) k--;
  // "nor should they be blamed": the subject between an inverted modal and "be"
  if (adverb && /^(?:they|he|she|it|we|you|i)$/.test(lowerAt(tokens, k))) k--;
  if (/^(?:not|n't|n’t)$/.test(lowerAt(tokens, k))) k--;
  // "needs to be said", "has to be condemned": a modal of need
  if (lowerAt(tokens, k) === 'to' && /^(?:need|needs|needed|has|have|had|ought)$/.test(lowerAt(tokens, k - 1))) return true;
  return /^(?:can|could|will|would|may|might|must|should|cannot|wo|won't|won’t|can't|can’t|couldn't|couldn’t|wouldn't|wouldn’t|ca)$/.test(lowerAt(tokens, k));
}

/**
 * "the crop was estimated at 5.2 mln tonnes", "was put at 300", "valued at $5 billion", "was seen at
 * 1.82 marks": a figure told as an estimate or a quote, market data rather than a claim to attribute.
 * Only "at" and an amount right after the participle.
 */
export function figureAt(tokens: Token[], i: number): boolean {
  if (figureTo(tokens, i)) return true;
  if (lowerAt(tokens, i + 1) !== 'at') return false;
  const a = lowerAt(tokens, i + 2);
  if (!AMOUNT.test(a)) return false;
  // "at about 300", "at least 300", "at a record 5 mln": a number within the next few words
  for (let k = i + 2; k < Math.min(tokens.length, i + 6); k++) if (/\d/.test(tokens[k].text)) return true;
  return /^[$£€¥]?\d/.test(a);
}

/** Verbs of an amount after an estimate's "to": "estimated to cost 350 mln dlrs", "to total", "to be worth". */
const AMOUNT_VERBS = new Set(['cost', 'costs', 'total', 'reach', 'exceed', 'number', 'amount', 'top', 'be']);

/**
 * "estimated to cost 350 mln dlrs", "is estimated to total 5 mln tonnes", "estimated to be worth $5 billion":
 * like "estimated at", a figure rather than a claim. Only estimate participles, a verb of amount and a
 * number within the next few words ("estimated to be wrong" stays a claim).
 */
function figureTo(tokens: Token[], i: number): boolean {
  if (!/^(?:estimated|projected|forecast|valued)$/.test(tokens[i].lower) || lowerAt(tokens, i + 1) !== 'to' || !AMOUNT_VERBS.has(lowerAt(tokens, i + 2))) return false;
  let k = i + 3;
  if (lowerAt(tokens, i + 2) === 'be') {
    // "to be worth", "to be about 300", "to be 5 mln": a figure, not "to be wrong"
    if (lowerAt(tokens, k) === 'worth') k++;
    else if (!AMOUNT.test(lowerAt(tokens, k)) && !/^(?:more|less|over|under|fewer)$/.test(lowerAt(tokens, k))) return false;
  }
  if (lowerAt(tokens, i + 2) === 'amount' && lowerAt(tokens, k) === 'to') k++;
  for (let j = k; j < Math.min(tokens.length, k + 4); j++) if (/\d/.test(tokens[j].text)) return true;
  return false;
}

/** Forms of "be" and "have" between a subject and a passive: "were being", "have been". */
const BE_AUXILIARIES = /^(?:is|are|was|were|be|been|being|has|have|had|will|would|could)$/;

/** Prepositions after "considered" that make it literal: "will be considered for debate / at the meeting". */
const CONSIDERED_LITERAL = new Set(['for', 'at', 'in', 'on', 'during', 'by', 'before', 'after', 'when', 'and', 'or', 'but', 'later', 'next', 'further', 'separately', 'together']);

/** Whom an incident is reported to: "to us", "to police", "to the sheriff's office", "to 911", "to authorities". */
const REPORTED_TO = /^(?:us (?!by)|police|authorities|deputies|dispatch(?:ers)?|911|9-1-1|investigators|the (?:police|sheriff|sheriff's|authorities|department|fire|dispatch))/;

/** Whether the words from k name an office an incident is reported to ("police", "911", "the sheriff's office"). */
export function officeAt(tokens: Token[], k: number): boolean {
  return REPORTED_TO.test(lowerAt(tokens, k) + ' ' + lowerAt(tokens, k + 1));
}

/** Ships as a subject (general English of shipping news): what they are "expected" to do is a port's schedule. */
const VESSELS = new Set(['ship', 'ships', 'vessel', 'vessels', 'tanker', 'tankers', 'freighter', 'freighters', 'cargo', 'cargoes', 'barge', 'barges', 'steamer', 'bulker']);

/** Prepositions of a phrase that places people: "people inside the home", "witnesses at the scene". */
const PLACING = new Set(['in', 'inside', 'at', 'near', 'from', 'outside', 'on']);

/**
 * Literal passives of judging and asking verbs: "the bill will be considered for debate", "options being
 * considered", "900 residents were questioned for the study", "the suspects were questioned".
 */
export function literalPassive(tokens: Token[], i: number, be: number): boolean {
  const w = tokens[i].lower;
  const next = lowerAt(tokens, i + 1);
  if (courtDate(tokens, i, be)) return true;
  if (w === 'expected' && (expectedDuty(tokens, i, be) || expectedArrival(tokens, i) || expectedWhen(tokens, be) || expectedNews(tokens, i, be) || expectedService(tokens, i))) return true;
  // "A ship is expected later this week to load 12,000 tonnes": a vessel's call at a port is its shipping schedule
  if (w === 'expected' && be > 0 && VESSELS.has(tokens[be - 1].lower)) return true;
  // a phrasal verb: "has to be thought through", "was seen off", "were rated up"
  if (PARTICLES.has(next)) return true;
  if (figureAt(tokens, i)) return true;
  // "he is described as a white man, 5 feet 9 inches tall": a description of a person sought
  if (w === 'described' && next === 'as' && (PERSON_DESCRIPTION.test(lowerAt(tokens, i + 2) + ' ' + lowerAt(tokens, i + 3)) || personNounAfter(tokens, i + 2))) return true;
  // "the radio traffic and what was said during the messages": the words spoken, a free relative (not "what is
  // said to be the oldest", hearsay)
  if (w === 'said' && be > 0 && tokens[be - 1].lower === 'what' && next !== 'to') return true;
  // "lives were claimed by gunfire": taken, not asserted
  if (w === 'claimed' && be > 0 && /^lives$/.test(lowerAt(tokens, be - 1))) return true;
  if (w === 'considered') {
    if (tokens[be].lower === 'being') return next !== 'as' && next !== 'to';
    // (else on to the modal's test below: "must be considered as dangerous" is the writer's judgement)
    if (next === '' || CONSIDERED_LITERAL.has(next) || (i + 1 < tokens.length && tokens[i + 1].punct)) return true;
  }
  if (perceptible(tokens, i, be)) return true;
  // "nor should they be blamed", "can only be condemned", "could be considered protected speech", "what could only be described as": a judgement the
  // writer makes or weighs, under a modal, not one reported of anyone
  if (JUDGED.test(w) && tokens[be].lower === 'be' && modalBefore(tokens, be, true)) return true;
  // "is known to friends as 'Three'", "was known as Big Mike": a name someone goes by, not a claim
  if (w === 'known' && knownAsName(tokens, i)) return true;
  // "the shooter was known to the victims", "is known to police": acquainted with them ("known to have fled" is hearsay)
  if (w === 'known' && next === 'to' && /^(?:the|his|her|their|its|police|officers|investigators|him|them|me|us|each|both|many|neighbors|neighbours|family)$/.test(lowerAt(tokens, i + 2))) return true;
  // "a shooting which was reported to us", "was reported to police at 8 p.m.": an incident called in to an office, no claim
  if (w === 'reported' && next === 'to' && officeAt(tokens, i + 2)) return true;
  // "has been dubbed “feather duvet lung”", "was nicknamed Big Mike": the name a thing or a person goes by
  if ((w === 'dubbed' || w === 'nicknamed') && (i + 1 >= tokens.length || /^["“‘']$/.test(tokens[i + 1].text) || (tokens[i + 1].cap && !tokens[i + 1].punct))) return true;
  // "before being questioned further", "after being interviewed": a person put to questions, told of in a
  // phrase whose subject is the clause's (people questioned, as below)
  if ((w === 'questioned' || w === 'interviewed') && tokens[be].lower === 'being' && be > 0 && /^(?:before|after|while|without|for|from|upon|on)$/.test(tokens[be - 1].lower)) return true;
  if (w === 'questioned' || w === 'interviewed' || w === 'asked' || w === 'polled' || w === 'surveyed') {
    // people questioned (a count, a group, a pronoun), not a plan or a record "questioned"
    // (past the auxiliaries and a coordinated verb phrase: "the parents were taken into custody and were being questioned")
    let k = be - 1;
    while (k > 0 && (BE_AUXILIARIES.test(tokens[k].lower) || tokens[k].lower === 'and')) k--;
    if (tokens[k + 1]?.lower === 'and') for (let j = k, n = 0; j > 0 && n < 8 && !tokens[j].punct; j--, n++) if (BE_AUXILIARIES.test(tokens[j].lower)) { k = j - 1; break; }
    const s = k >= 0 ? tokens[k] : undefined;
    if (!s) return false;
    const questioned = (h: Token) => /^\d/.test(h.text) || (h.f & W_GROUP) !== 0 || PRONOUNS.has(h.lower) || PEOPLE.has(h.lower);
    if (questioned(s)) return true;
    // a person or a body by name, put to questions: "Cheron Shelton, 29, of Homewood North has been questioned about
    // the shooting", "When Trump was questioned about the dispute"
    if (namedSubject(tokens, k)) return true;
    // the people before a phrase that places them: "people inside the home were questioned", "witnesses at the scene"
    for (let j = k - 1; j > 0 && k - j <= 4 && !tokens[j].punct; j--) if (PLACING.has(tokens[j].lower)) return questioned(tokens[j - 1]);
    return false;
  }
  return false;
}

/** Words that open a clause before its subject: "When Trump was questioned", "after Ana Cole was interviewed". */
const CLAUSE_OPENERS = new Set(['when', 'after', 'before', 'while', 'as', 'since', 'until', 'because', 'if', 'although', 'though', 'once', 'and', 'but', 'where']);

/** The first token of the words before k back to a comma, a clause opener or the sentence's start. */
function segmentStart(tokens: Token[], k: number): number {
  let j = k;
  while (j > 0 && !tokens[j - 1].punct && !CLAUSE_OPENERS.has(tokens[j - 1].lower)) j--;
  return j;
}

/**
 * Whether the subject ending at k is a name alone: capitalised words only, past an appositive of age or place
 * ("Cheron Shelton, 29, of Homewood North"); not a phrase with a common noun ("the view that Russia … Central
 * Asia"), a possessive ("Smith's account") or an ordinary word opening the sentence ("Reports").
 */
function namedSubject(tokens: Token[], k: number): boolean {
  let j = segmentStart(tokens, k);
  // (step back over the appositive's parts: ", 29,", ", of Homewood North")
  while (j > 1 && tokens[j - 1].text === ',' && (/^\d/.test(tokens[j].text) || tokens[j].lower === 'of' || tokens[j].lower === 'from')) j = segmentStart(tokens, j - 2);
  const end = j <= k ? k : j;
  let n = j;
  while (n <= end && n < tokens.length && tokens[n].cap && !tokens[n].punct && !tokens[n].possessive && (tokens[n].f & W_NOT_NAME) === 0) n++;
  // the name's words reach the comma of the appositive, or the subject's end
  const nameEnd = n - 1;
  if (nameEnd < j) return false;
  if (j === 0 && isOrdinaryWord(tokens[0].text)) return false;
  return nameEnd === k || tokens[n]?.text === ',';
}

/** Whether "known" at i goes on, within a few words, to "as" and a name: a capitalised or quoted word. */
function knownAsName(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length - 1, i + 6); k++) {
    if (tokens[k].lower !== 'as') continue;
    const n = tokens[k + 1];
    return (n.cap && !n.punct) || /^["“'‘]$/.test(n.text);
  }
  return false;
}

/** Modals of what will be required: "will be expected to", "must be expected to" (not the hedged "would"). */
const DUTY_MODAL = /^(?:will|must|shall|['’]ll)$/;

/**
 * "Collins will be expected to make changes": a modal of the future or of need before "be expected to" tells
 * what the post or the task requires of someone, a duty, not anyone's forecast ("sales would be expected to
 * fall" and "is expected to make changes" stay forecasts).
 */
function expectedDuty(tokens: Token[], i: number, be: number): boolean {
  if (be < 1 || tokens[be].lower !== 'be' || lowerAt(tokens, i + 1) !== 'to') return false;
  const m = tokens[be - 1];
  return DUTY_MODAL.test(m.lower) || /['’]ll$/i.test(m.text);
}

/**
 * "to pass when he was expected to dribble": a past expectation in a "when" clause about one person, the
 * moment a narration sets a surprise against, not a forecast anyone voiced ("when are the results expected"
 * has no pronoun before "be").
 */
function expectedWhen(tokens: Token[], be: number): boolean {
  if (be < 2 || !/^(?:was|were)$/.test(tokens[be].lower)) return false;
  return lowerAt(tokens, be - 2) === 'when' && /^(?:he|she|they|it|i|we|you)$/.test(lowerAt(tokens, be - 1));
}

/** Words of a date after "expected in": "in March", "in the spring" are when, not where. */
const WHEN_WORD = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|spring|summer|autumn|fall|winter|\d.*)$/;

/**
 * "is expected in San Sebastian later this week", "is expected at the White House on Monday": "expected" and a
 * named place is an arrival on a schedule (a travel plan), not a forecast ("is expected in March" and "growth
 * is expected in the second half" are when, not where).
 */
function expectedArrival(tokens: Token[], i: number): boolean {
  const p = lowerAt(tokens, i + 1);
  if (p !== 'in' && p !== 'at') return false;
  let k = i + 2;
  if (lowerAt(tokens, k) === 'the') k++;
  const n = tokens[k];
  return n !== undefined && n.cap && !n.punct && (n.f & W_NOT_NAME) === 0 && !WHEN_WORD.test(n.lower);
}

/** People whom a service is laid on for: "available to students", "on hand for families". */
const SERVED = /^(?:students|staff|faculty|families|parents|residents|members|employees|anyone|those|victims|survivors|the|all|any)$/;

/**
 * "Counselors are expected to be available to students throughout the day", "Grief counselors are expected to be on
 * hand for families": a service a school or an office lays on, told as its plan, not anyone's forecast ("The drug is
 * expected to be available next year" has no one it is laid on for, and stays a forecast).
 */
function expectedService(tokens: Token[], i: number): boolean {
  if (lowerAt(tokens, i + 1) !== 'to' || lowerAt(tokens, i + 2) !== 'be') return false;
  let k = i + 3;
  if (lowerAt(tokens, k) === 'available') k++;
  else if (lowerAt(tokens, k) === 'on' && lowerAt(tokens, k + 1) === 'hand') k += 2;
  else return false;
  return /^(?:to|for)$/.test(lowerAt(tokens, k)) && SERVED.test(lowerAt(tokens, k + 1));
}

/** News a story promises its readers: "more details", "additional updates", "further information". */
const NEWS_ITEM = /^(?:updates?|details|information|info)$/;
/** Prepositions of what a news item is about: "details on the accident", "information about the victims". */
const ABOUT = /^(?:on|about|of|in|regarding|concerning)$/;
/** Verbs of giving out news: "is expected to release more information", "to provide an update". */
const NEWS_VERB = /^(?:release|provide|give|issue|post|share)$/;
/** What makes news items the story's next instalment: "more information", "additional details", "an update". */
const MORE = /^(?:more|additional|further|an|any)$/;

/**
 * Whether an expectation is news the story promises to follow ("Additional updates are expected from the
 * Sheriff's Office", "More details are expected to be released Monday", "The department is expected to release
 * more information"): a note to the reader on what comes next, not anyone's forecast. "is expected to announce
 * his running mate" and "to give fuller details of its plan" foretell what will be said, and stay forecasts.
 */
function expectedNews(tokens: Token[], i: number, be: number): boolean {
  // (past a phrase of what the news is about: "More details on the accident are expected")
  for (let k = be - 1; k >= Math.max(0, be - 6); k--) {
    if (tokens[k].punct) break;
    if (NEWS_ITEM.test(tokens[k].lower)) return k === be - 1 || k === be - 2 || ABOUT.test(lowerAt(tokens, k + 1));
  }
  if (lowerAt(tokens, i + 1) !== 'to' || !NEWS_VERB.test(lowerAt(tokens, i + 2))) return false;
  // ("to give fuller details of its plan", "to announce details of the new console" foretell what will be said)
  return MORE.test(lowerAt(tokens, i + 3)) && NEWS_ITEM.test(lowerAt(tokens, i + 4));
}

/** Steps of a court case that its calendar sets: "arraigned", "sentenced", "appear in court", "stand trial". */
const COURT_STEP = /^(?:arraigned|arraignment|sentenced|sentencing|plead|pleads|pleading|testify|extradited|tried|indicted)$/;
/** Words that make "appear", "be", "go" or "have" a court step: "appear before a judge", "be in court", "have a preliminary hearing". */
const COURT_PLACE = /^(?:court|courts|judge|magistrate|bond|bail|hearing|trial|arraignment|courtroom|jury|grand)$/;
/** What a court's calendar schedules, as a subject: "the trial is expected to begin March 13". */
const COURT_EVENT = /^(?:trial|hearing|arraignment|sentencing|retrial|inquest)$/;
/** Events other than a court's that a calendar sets, as a subject: "an autopsy is expected Wednesday", "the funeral is expected Saturday", "a news briefing is expected on Wednesday". */
const SCHEDULED_EVENT = /^(?:autopsy|autopsies|funeral|vigil|memorial|inquest|burial|briefing|meeting|talks|summit)$/;
/** Verbs of holding a briefing: "hold a news conference", "address the media", "brief reporters". */
const BRIEFING_VERB = /^(?:hold|give|address|brief|meet)$/;
/** What a briefing is held for or called: "a news conference", "a press availability", "the media", "reporters"; talks and meetings held ("to hold talks on Tuesday"). */
const BRIEFING = /^(?:conference|briefing|availability|media|reporters|press|talks|meeting|summit)$/;
/**
 * A trip that a calendar sets, right after "expected to" ("to fly to Washington tomorrow", "to arrive on
 * Monday", "to reopen Wednesday"; "to find out on Wednesday" is read with it): with a word of a day in the clause it is a schedule.
 * Other announced acts ("is expected to announce his line-up on Monday", "to vote next week") stay
 * expectations: the PolNeAR readers label them unattributed (see the rule's doc page).
 */
const SCHEDULED_ACT = /^(?:fly|travel|arrive|leave|depart|return|reopen|resume|reconvene)$/;
/**
 * "More than 153,000 people are expected to travel": a count just before "expected" makes the trip a
 * forecast of a crowd, not one actor's schedule.
 */
function countedSubject(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    if (tokens[k].punct && !/^[,.]$/.test(tokens[k].text)) return false;
    if (/\d/.test(tokens[k].text) || /^(?:thousands|hundreds|millions|dozens|tens)$/.test(tokens[k].lower)) return true;
  }
  return false;
}
/** How far past the verb a court's word may stand: "appear before Hamilton County General Sessions Court". */
const COURT_REACH = 8;
/** Words of a day or an hour: "Tuesday", "today", "next week", "later in the day", "Jan. 9", "at 2:30 p.m.". */
const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|day|week|month|morning|afternoon|evening|noon|jan|january|feb|february|march|april|may|june|july|aug|august|sept|september|oct|october|nov|november|dec|december|\d{1,2}:\d\d|[ap]\.?m\.?)$/;

/**
 * "is expected to be arraigned Tuesday", "was expected to appear before a judge at 2:30 p.m.", "the trial
 * is expected to begin March 13": a step of a court case on a day or at an hour, which the court's
 * calendar sets, told as a fact of the schedule (not anyone's forecast); so too an autopsy, a funeral or
 * a vigil ("an autopsy is expected Wednesday") and a briefing ("is expected to address the media Friday"). The step must follow "expected
 * to" within four words and a word of a day or an hour must stand in the clause (within 14 words).
 */
export function courtDate(tokens: Token[], i: number, be: number): boolean {
  if (tokens[i].lower !== 'expected') return false;
  // "an autopsy is expected Wednesday", "the funeral is expected to be held Saturday": an event a calendar sets, as subject
  const event = be > 0 && (COURT_EVENT.test(lowerAt(tokens, be - 1)) || SCHEDULED_EVENT.test(lowerAt(tokens, be - 1)));
  // "is expected in family court in June", "is expected back in court Friday": a court date without "to"
  const inCourt = (lowerAt(tokens, i + 1) === 'in' || (lowerAt(tokens, i + 1) === 'back' && lowerAt(tokens, i + 2) === 'in')) &&
    tokens.slice(i + 2, i + 6).some((t) => COURT_PLACE.test(t.lower));
  if (lowerAt(tokens, i + 1) !== 'to' && !event && !inCourt) return false;
  let step = event || inCourt;
  let j = i + 2;
  for (; !step && j < Math.min(tokens.length, i + 6); j++) {
    const w = tokens[j].lower;
    if (tokens[j].punct) break;
    if (COURT_STEP.test(w)) step = true;
    // "is expected to announce his line-up on Monday": an act on the actor's own calendar, right after "to"
    else if (j === i + 2 && (SCHEDULED_ACT.test(w) || (w === 'find' && lowerAt(tokens, j + 1) === 'out')) && !countedSubject(tokens, i)) step = true;
    // "is expected to hold a news conference Friday", "to address the media Friday": a briefing set for a day
    else if (BRIEFING_VERB.test(w)) {
      for (let k = j + 1; k < Math.min(tokens.length, j + 5); k++) {
        if (tokens[k].punct) break;
        if (BRIEFING.test(tokens[k].lower)) { step = true; break; }
      }
    }
    else if (/^(?:appear|be|go|have|face|stand|take|make|return)$/.test(w)) {
      // (a court's name may take five words before its "Court": "before Hamilton County General Sessions Court Judge …")
      for (let k = j + 1; k < Math.min(tokens.length, j + COURT_REACH); k++) {
        if (tokens[k].punct) break;
        if (COURT_PLACE.test(tokens[k].lower) || tokens[k].lower === 'stand') { step = true; break; }
      }
    }
  }
  if (!step) return false;
  for (let k = i + 2; k < Math.min(tokens.length, i + 16); k++) {
    const t = tokens[k];
    if (t.text === ';') break;
    if (CALENDAR.test(t.lower.replace(/\.$/, ''))) return true;
  }
  return false;
}
