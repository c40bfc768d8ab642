// Attribution in one sentence: its reporting cues (verbs, "according to", reporting nouns), the source of
// each cue (a name, a role noun, a pronoun, an anonymous or a vague source), and the markers of a claim
// reported without a source (vague sources, agentless passives, impersonal stance). Reads the sentence's
// tokens (the layer's token view); the document scope (attribution.ts) decides what is attributed.
import type {Quote} from './quotes.js';
import type {Sentence} from './sentences.js';
import {
  REPORTING_NOUNS, PRONOUNS, VAGUE_PHRASE, ACCORDING_VAGUE, FACED, HELD_VIEW, STANCE, BE_FORMS, THERE_IS, VIEW_IS, OBJECT_REQUIRED, AS_REQUIRED, DELIBERATION, VAGUE_QUANTIFIERS, REPORTED_STATES,
  RANK_ABBREVIATIONS,
} from './lexicons.js';
import {
  type Token, W_NOT_NAME, W_VAGUE_SOURCE, W_ROLE, W_PRONOUN, W_ALWAYS_VAGUE, W_ANONYMOUS_HEAD, W_REPORTING_NOUN,
  W_PARTICIPLE, W_TRIGGER_VAGUE, W_TRIGGER_FACED, W_TRIGGER_STANCE, W_REPORT_NOUN, W_PARTITIVE, W_ATTITUDE, W_GROUP, W_GROUP_STANCE,
  W_THERE, W_ACCORDING, W_VIEW_HEAD,
  DASHES, tokenize,
} from './tokens.js';
import {PEOPLE} from './figure-senses.js';
import {NOT_PEOPLE, OWNERS, noCrowd, groupAdjective, groupBefore, groupKind, isGroupHead, quantifiedPlural, reportKind} from './source-groups.js';
import {courtDate, criminalCharges, figureAt, literalPassive, literalUnder, officeAt, perceptible, reportedState, stanceHolds, tokenIndexAt} from './claim-senses.js';
import {compileNow} from '../util/compile-now.js';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface VagueSpan extends Span {
  kind: 'phrase' | 'subject';
}

export type SourceKind = 'named' | 'role' | 'pronoun' | 'anonymous' | 'vague';

export interface Source extends Span {
  kind: SourceKind;
}

export interface Cue extends Span {
  /** `verb`: a reporting verb ("said"); `according`: "according to"; `noun`: "X's statement"; `passive`: "was accused by X". */
  kind: 'verb' | 'according' | 'noun' | 'passive';
  /** Lemma of the verb, or the noun. */
  lemma: string;
  /** Where the cue stands relative to the content it attributes (a quotation in the sentence, else the clause). */
  position: 'before' | 'inside' | 'after';
  source?: Source;
  /** Whether the source is real: not vague, and a pronoun only when a name stands in the sentences before. */
  resolved?: boolean;
  /**
   * The part of the sentence the cue can attribute: its clause, between coordinating breaks ("; ", ",
   * but", ", while"), or the whole sentence for a closing "…, X said." or an opening "According to X, …".
   */
  clauseStart: number;
  clauseEnd: number;
}

export interface QuoteAttribution {
  /** Index into `text.quotes`. */
  quote: number;
  speaker?: Source;
  /** How the speaker was found: a cue in the quote's sentences, the sentence next to it, the paragraph before. */
  scope?: 'sentence' | 'adjacent' | 'paragraph' | 'outer';
  /**
   * The frame says someone said the quote and names nobody: an agentless passive of speech ("was described
   * as “...”"), or a vague subject ("critics say “...”").
   */
  unnamed: 'agentless' | 'vague' | undefined;
}

export interface Attribution {
  /** Index of the sentence. */
  sentence: number;
  cues: Cue[];
  /** Sources of the cues (vague ones included; see `kind`). */
  sources: Source[];
  /** True when the sentence's content is attributed to a real (not vague) source in scope. */
  attributed: boolean;
  /**
   * What attributes it: its own cue, the speaker of the quotation it lies in, an introducing paragraph,
   * or a source opening the next sentence of the paragraph ("… is accused of fraud. According to court
   * documents, …").
   */
  scope?: 'sentence' | 'quote' | 'paragraph' | 'next';
  /**
   * The speaker of the sentence before in the same paragraph, when that sentence has a real source of
   * its own and this one does not tell of that speaker ("Acme said it would close the plant. The closure
   * is expected to cost 300 jobs."): a reader takes what follows as the speaker's still. Not `attributed`:
   * a rule decides what it carries over (agentless reports and stance, not vague sources).
   */
  previous?: Source;
  /**
   * A body's account that governs the sentence's paragraph: the real source (named, role or anonymous)
   * of another sentence of the same paragraph, before or after it, whose head names a public office or
   * its staff ("police", "the sheriff's office", "deputies"), when this sentence does not name that source
   * ("One man died, police said. Another is in critical condition. The others are expected to
   * survive."). Not `attributed`: a rule decides what it carries (agentless reports only).
   */
  account?: Source;
  /**
   * The account of the police, a sheriff, investigators, prosecutors, a coroner or fire officials
   * (`incidentOffice`) told in this sentence or at the places `account` reads, whether or not the sentence
   * has a source of its own ("Officers told him to stop, but he allegedly kept walking. He was shot, police
   * said."): a rule decides what it covers (the incident's "allegedly" and "reportedly").
   */
  incidentAccount?: Source;
  /**
   * Vague sources and weasel phrases: "by all accounts", "reportedly", "according to reports", "critics say"
   * (`kind: 'phrase'`), and reporting verbs whose subject is a vague noun phrase ("experts said",
   * "many of his supporters believe": `kind: 'subject'`).
   */
  vague: VagueSpan[];
  /** Agentless reports: "is accused of", "is expected to", "has faced ridicule". */
  agentless: Span[];
  /** Impersonal stance and evidential frames: "it seems", "it is clear". */
  stance: Span[];
  /** Named anonymous sources: "officials said", "sources familiar with the talks said". */
  anonymous: Span[];
  /** Quotations that open in this sentence, with their speaker. */
  quotes: QuoteAttribution[];
  /** Whether the sentence lies (almost) wholly inside a quotation. */
  inQuote: boolean;
}

const QUOTE_MARK = /^["“”‘’«»]$/;

const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'prof', 'president', 'minister']);
/** Titles the token lists take for no names (rules: src/text/tokens.ts) that a name follows: "Police Sgt. Ana Cole". */
const RANKS = new Set([...TITLES, 'lt', 'col', 'sgt', ...RANK_ABBREVIATIONS.map((r) => r.toLowerCase())]);
const DAYS_AND_TIME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|on|in|last|this|week|month|year|morning|afternoon|evening|night|earlier|later|also|again|once|recently|previously|then)$/;
const SUBORDINATORS = new Set(['that', 'because', 'whether', 'if', 'when', 'while', 'although', 'though']);
const POSTMOD = new Set(['familiar', 'close', 'briefed', 'involved', 'knowledgeable', 'with', 'at', 'from', 'for', 'in', 'who', 'inside', 'within']);
const ADVERB_GAP = /^(?:not|never|also|widely|long|often|once|still|now|already|further|repeatedly|generally|previously|sometimes|frequently|increasingly|reportedly|allegedly|being|been|largely|broadly|commonly|privately|publicly|openly)$|ly$/;
const NEED_AS = new Set(['seen', 'viewed', 'regarded', 'described', 'portrayed', 'characterized', 'characterised', 'perceived', 'billed']);
const NOUN_LIKE_FORMS = compileNow(/^(?:claims?|reports?|comments?|charges?|questions?|posts?|states?|calls?|estimates?|promises?|fears?|hopes?|doubts?|counters?|projects?|quotes?|views?|notes?|tweets?|statements?|warnings?|demands?|objects?|protests?|points?|rules?|shows?|finds?|reads?|feels?|thinks?|knows?|attacks?|blames?|praises?|dismiss(?:es)?|signals?|labels?|brands?|welcomes?|defends?|forecasts?|remarks?|reckons?|pledges?|vows?|replies?|responses?)$/);
/** Forms whose noun reading dominates ("the Sunshine state", "a blog post"): a verb only after an auxiliary or pronoun. */
const STRICT_NOUN_FORMS = /^(?:states?|posts?|projects?|objects?|rules?|shows?|reads?|charges?|questions?|calls?|views?|notes?|claims?|reports?)$/;
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
function clauseAfterVerb(tokens: Token[], i: number, form: string): boolean {
  const next = lowerAt(tokens, i + 1);
  if (CLAUSE_AFTER_VERB.has(next)) return true;
  if (REPORT_DAYS.test(next) && lowerAt(tokens, i + 2) === 'that') return true;
  return form === 'reports' && REPORTED_SUBJECT_OPENERS.has(next);
}
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'of', 'in', 'these', 'those', 'this', 'that', 'no', 'any', 'every', 'such', 'new', 'first', 'last']);
const ING_CUE = /ing$/;
/** Verbs by which a source puts out a report or statement: "police issued a statement". */
const ISSUE_VERBS = new Set(['issued', 'issues', 'issue', 'released', 'releases', 'published', 'publishes', 'gave', 'gives', 'made']);
const ING_OPENERS = new Set(['while', 'after', 'before', 'by', 'in', 'when', 'and', 'without', 'also', 'then', 'repeatedly', 'kept', 'keeps', 'continued', 'continues', 'began', 'started', 'even', 'as', 'since']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'to', 'did', 'does', 'do', 'also', 'not', 'never', 'who', 'which', 'and', 'later', 'then', 'often', 'repeatedly', 'publicly', 'privately']);

/**
 * The matches of a compiled global regex. (Not `String#matchAll`, which clones the regex — and with it
 * recompiles the long phrase alternations — on every call.)
 */
function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    yield m;
  }
}

// Spans, kinded spans (sources, vague spans) and cues are each built in one place, so that each has one
// object shape (map) and the code reading them stays monomorphic: a `{...span(...), kind}` copy gets
// another map than a literal with the same fields.

export function span(text: string, start: number, end: number): Span {
  return {start, end, text: text.slice(start, end)};
}

/** A span with its kind: a Source or a VagueSpan. */
export function kindSpan<K extends string>(text: string, start: number, end: number, kind: K): Span & {kind: K} {
  return {start, end, text: text.slice(start, end), kind};
}

/** A cue, with every field in place from the start (one object shape; `resolved` is set later). */
function cue(text: string, start: number, end: number, kind: Cue['kind'], lemma: string, position: Cue['position'], source: Source | undefined): Cue {
  return {start, end, text: text.slice(start, end), kind, lemma, position, source, resolved: undefined, clauseStart: 0, clauseEnd: 0};
}

/** Determiners that make a reporting noun a definite document ("the release", "its statement"). */
const DOCUMENT_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that']);

/**
 * A common noun made definite, standing for people or a body told of before: "the goalkeeper told",
 * "the bakeries said", "the jurors called it" (adjectives between allowed).
 */
function definiteNoun(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (t.punct || t.cap || t.possessive || t.lemma !== undefined || (t.f & (W_NOT_NAME | W_PARTICIPLE)) || /(?:ing|ed|ly)$/.test(t.lower)) return false;
  for (let k = j - 1; k >= Math.max(0, j - 3); k--) {
    const p = tokens[k];
    if (p.punct) return false;
    if (p.lower === 'the' || p.lower === 'these' || p.lower === 'those' || p.possessive) return true;
    // a person's family or counsel: "according to her mother", "his lawyer said" (someone the reader can place)
    if (OWNER_DETERMINERS.has(p.lower)) return KIN.has(t.lower);
    if (p.cap || (p.f & W_NOT_NAME) || p.lemma !== undefined) return false;
  }
  return false;
}

/** Words before people picked out: "the suspects charged", "two other men charged". */
const PICKED = new Set(['the', 'other', 'those', 'these']);
const NUMBER_WORDS = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|several|hundreds)$/;
/** Prepositions that open the phrase after a reduced relative's participle: "charged in", "questioned since". */
const REDUCED_PREPOSITIONS = new Set(['in', 'with', 'after', 'at', 'on', 'over', 'since', 'during', 'near', 'inside', 'outside', 'for', 'by']);

/** Prepositions of the place a demonstration is held at: "protested at", "outside", "near", "along". */
const PROTEST_PLACE = /^(?:at|outside|near|along|across|through|around|downtown|throughout|on)$/;

/** Words of a time that may stand between a reduced relative's participle and its phrase: "questioned this week about". */
const REDUCED_TIME = /^(?:this|last|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|weekend|morning|afternoon|evening|night)$/;

/**
 * Whether a phrase that places a reduced relative's participle at i follows it, past a time ("five people charged
 * in the shooting", "four people questioned this week about the shootings"; "about" only after people put to questions).
 */
function reducedPhraseAfter(tokens: Token[], i: number, lemma: string): boolean {
  let j = i + 1;
  while (j < tokens.length && j - i <= 2 && REDUCED_TIME.test(tokens[j].lower)) j++;
  const w = lowerAt(tokens, j);
  return REDUCED_PREPOSITIONS.has(w) || (w === 'about' && (lemma === 'question' || lemma === 'interview'));
}

/** Possessive determiners that make a noun someone's: "her mother", "their attorney". */
const OWNER_DETERMINERS = new Set(['his', 'her', 'their']);
/** A person's family and counsel, placed by their owner: "her mother", "his attorney" (general English). */
const KIN = new Set(['mother', 'father', 'mom', 'dad', 'parents', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'family',
  'grandmother', 'grandfather', 'aunt', 'uncle', 'cousin', 'girlfriend', 'boyfriend', 'fiancee', 'fiance', 'lawyer', 'lawyers',
  'attorney', 'attorneys', 'relatives', 'stepfather', 'stepmother', 'niece', 'nephew', 'widow', 'partner']);

/** One unnamed individual: "someone called police", "somebody asked" (anonymous, not a vague crowd). */
const SOMEONE = new Set(['someone', 'somebody']);

/** Pronouns that are also determiners: "both said" / "both parties". */
const DETERMINER_PRONOUNS = new Set(['both', 'each', 'either', 'neither', 'one', 'another', 'which']);

/** Crowds named by a party or a creed, capitalised as names are: "Senate Liberals" stays a crowd. */
const PARTY_PLURALS = new Set(['conservatives', 'liberals', 'progressives', 'independents', 'democrats', 'republicans', 'nationalists', 'greens', 'socialists', 'communists', 'evangelicals', 'libertarians', 'populists', 'centrists', 'moderates', 'leftists']);

/** A people's plural, capitalised as names are: "Latin Americans", "West Germans", "Israelis". */
const PEOPLE_PLURAL = /(?:an|ic|i)s$/;

/** A number in digits: "2001", "1,500". */
const DIGITS = /^\d[\d,.]*$/;

/** How many words a closing tag's subject may have: "…, NBC News reports.", "…, the Indianapolis Star reports." */
const TAG_SUBJECT_WORDS = 4;

/**
 * Whether the verb form at i closes its sentence (only a full stop, "!" or "?" after it) and a comma sets off its
 * subject, which ends at j, from what went before: "…, NBC News reports."
 */
function closingTag(tokens: Token[], i: number, j: number): boolean {
  if (!(i === tokens.length - 1 || (i === tokens.length - 2 && /^[.!?]$/.test(tokens[i + 1].text)))) return false;
  for (let k = j; k >= 0 && j - k < TAG_SUBJECT_WORDS; k--) {
    if (tokens[k].text === ',') return k < j;
    if (tokens[k].punct) return false;
  }
  return false;
}

/** How many words an apposition between a subject and its verb may have: "Israel Radio, the army station, reports". */
const APPOSITION_WORDS = 6;

/**
 * Whether the word at j (before a verb form that is also a noun) is a named or role subject for it, or closes an
 * apposition set off by commas after one ("Army Radio, the station of the armed forces, reports today that …").
 */
function subjectBeforeVerb(tokens: Token[], j: number): boolean {
  if (j < 0) return false;
  if (tokens[j].text === ',') {
    let k = j - 1;
    while (k >= 0 && j - k <= APPOSITION_WORDS + 1 && tokens[k].text !== ',' && !(tokens[k].punct && tokens[k].text !== '.')) k--;
    if (k < 1 || tokens[k].text !== ',' || k === j - 1) return false;
    j = k - 1;
  }
  const prev = tokens[j];
  return !prev.punct && !prev.possessive && !groupAdjective(prev) && (prev.cap || (prev.f & W_ROLE) !== 0) && /^(?:named|role)$/.test(sourceKind(tokens, j, true) ?? '');
}

/** What kind of source a token heads, if any. */
function sourceKind(tokens: Token[], j: number, sentenceInitialOk: boolean): SourceKind | undefined {
  const t = tokens[j];
  if (t.punct) return undefined;
  const next = tokens[j + 1];
  const postmod = next !== undefined && POSTMOD.has(next.lower);
  const prevCap = j > 0 && tokens[j - 1].cap && !tokens[j - 1].punct && !(tokens[j - 1].f & W_NOT_NAME) && j - 1 > 0;
  const f = t.f;
  // "how many people liked them": a count asked for, whoever the noun is
  if (((f & W_ALWAYS_VAGUE) && noCrowd(tokens, j)) || (j > 0 && (tokens[j - 1].f & W_ALWAYS_VAGUE) && noCrowd(tokens, j - 1) && lowerAt(tokens, j - 2) === 'how')) return undefined;
  if (SOMEONE.has(t.lower)) return 'anonymous';
  // a year or a count is no one: "in the 2001 attacks" (a noun after "the 2001", not a verb with a subject); "Channel 4 reported" is a name's
  if (DIGITS.test(t.text) && !(j > 0 && tokens[j - 1].cap && !tokens[j - 1].punct && (tokens[j - 1].f & W_NOT_NAME) === 0)) return undefined;
  // "Devon Resource Investors said", "<VR Business Brokers> said": a crowd's common noun capitalised after a
  // name's word ends a company's name ("Japanese Investors", a nationality, and "Senate Liberals", a party, are crowds)
  if ((f & (W_ALWAYS_VAGUE | W_VAGUE_SOURCE | W_GROUP)) && t.cap && prevCap && !groupAdjective(tokens[j - 1]) && !PARTY_PLURALS.has(t.lower) && !PEOPLE_PLURAL.test(t.lower)) return 'named';
  // "analysts familiar with the talks", "experts with Moody's": specific, unnamed; "critics who …" and
  // "critics for his delay" are as vague as "critics"
  if (f & W_ALWAYS_VAGUE) return postmod && next.lower !== 'in' && next.lower !== 'at' && next.lower !== 'who' && (next.lower !== 'for' || namedSoon(tokens, j + 2)) ? 'anonymous' : 'vague';
  if (f & W_ANONYMOUS_HEAD) {
    // one person, however unnamed, is a witness the reader can picture ("one person said", "the person
    // called police"): anonymous, as PolNeAR classes "one person tweeted"; a crowd of people stays vague
    // ("an unknown person", "an unidentified person" is no one the reader can place)
    if (t.lower === 'person') return j > 0 && VAGUE_QUANTIFIERS.has(tokens[j - 1].lower) ? 'vague' : 'anonymous';
    if (t.lower === 'people') return postmod ? 'anonymous' : 'vague';
    return prevCap ? 'role' : 'anonymous';
  }
  // a surname that is also a group's word, after a given name or an initial: "spokesman F. Wilhelm Christians said"
  if (isGroupHead(t) && t.cap && personNameBefore(tokens, j)) return 'named';
  // "News-Herald Media reported", "Acme Media said": a company named for the media it runs, not the press at large
  // (a capital opening the sentence is a name only when joined: "News-Herald")
  if (t.cap && t.lower === 'media' && j > 0 && tokens[j - 1].cap && !tokens[j - 1].punct && (j > 1 || tokens[j - 1].text.includes('-'))) return 'named';
  if (isGroupHead(t) && !(j > 0 && TITLES.has(tokens[j - 1].lower))) return groupKind(tokens, j);
  if ((f & (W_REPORT_NOUN | W_REPORTING_NOUN)) && !t.possessive) return reportKind(tokens, j);
  // "several hours of emotionally charged statements", "many times": a quantity of things, not of people
  if ((f & W_VAGUE_SOURCE) && next !== undefined && NOT_PEOPLE.has(next.lower)) return undefined;
  if (f & W_VAGUE_SOURCE) return postmod || prevCap ? 'anonymous' : 'vague';
  // "no one expected": nobody in particular
  if (t.lower === 'one' && j > 0 && tokens[j - 1].lower === 'no') return 'vague';
  // "either side", "each candidate", "one voter": a determiner, not a pronoun
  if (f & W_PRONOUN) return DETERMINER_PRONOUNS.has(t.lower) && next !== undefined && !next.punct && !(next.f & W_NOT_NAME) && next.lemma === undefined && next.lower !== 'of' ? undefined : 'pronoun';
  if (f & W_ROLE) return 'role';
  if (quantifiedPlural(tokens, j)) return 'vague';
  if (definiteNoun(tokens, j)) return 'role';
  // A capitalised word of a kicker or headline ("QUESTIONABLE MEDICAL CLAIMS —") is no name (the word
  // lists above still read an all-caps transcript: "POLICE SAY THE ROAD IS SHUT").
  if (t.text.length > 5 && t.text === t.text.toUpperCase() && /\p{Lu}{5}/u.test(t.text)) return undefined;
  if (t.cap && !(f & W_NOT_NAME) && (j > 0 || sentenceInitialOk)) return 'named';
  return undefined;
}

/** A single capital, an initial of a name ("F." in "F. Wilhelm Christians"). */
const INITIAL = /^\p{Lu}$/u;

/** Whether the capitalised words before j are a person's given names: an initial, or a name after an initial or a role ("spokesman Ana Christians"). */
function personNameBefore(tokens: Token[], j: number): boolean {
  const p = tokens[j - 1];
  if (!p || !p.cap || p.punct || (p.f & W_NOT_NAME) !== 0 || groupAdjective(p)) return false;
  if (INITIAL.test(p.text)) return true;
  const q = tokens[j - 2];
  return q !== undefined && !q.punct && (INITIAL.test(q.text) || (q.f & W_ROLE) !== 0 || TITLES.has(q.lower));
}

/** Whether a name (a capitalised word that is no function word) stands at k or k + 1. */
function namedSoon(tokens: Token[], k: number): boolean {
  for (let j = k; j < Math.min(tokens.length, k + 2); j++) if (tokens[j].cap && !tokens[j].punct && !(tokens[j].f & W_NOT_NAME)) return true;
  return false;
}

/**
 * The source a token heads, as a span with its kind; a name or role that narrows a group ("supporters
 * of the senator", "many in the party") gives the group's kind and span instead.
 */
function sourceAt(full: string, tokens: Token[], j: number, kind: SourceKind): Source {
  const src = sourceSpan(full, tokens, j, kind);
  if (kind === 'vague') return src;
  let i = j;
  while (i > 0 && tokens[i - 1].start >= src.start) i--;
  // the last of a list of names narrowing a group: "voters in Alabama, Georgia and Virginia said"
  // (the list ends with "and" or "or": "watching from the Mall, Mr. Obama said" is no list)
  for (let n = 0; n < 6 && i > 2 && (n > 0 ? tokens[i - 1].text === ',' : tokens[i - 1].lower === 'and' || tokens[i - 1].lower === 'or'); n++) {
    let k = i - 2;
    if (tokens[i - 1].lower !== ',' && tokens[k].text === ',') k--;
    if (k < 1 || !tokens[k].cap || tokens[k].punct || (tokens[k].f & W_NOT_NAME)) break;
    while (k > 1 && tokens[k - 1].cap && !tokens[k - 1].punct && !(tokens[k - 1].f & W_NOT_NAME)) k--;
    i = k;
  }
  // and its determiner and modifiers: "studies of the minimum wage" (a determiner right after the preposition)
  for (let k = i, n = 0; kind !== 'pronoun' && k >= 3 && n < 4; k--, n++) {
    const p = tokens[k - 1];
    // a determiner of both or all right after the preposition: "critics in both parties", "voters of all stripes"
    if (SPAN_DETERMINERS.has(p.lower) && GROUP_PREPOSITIONS_OF.has(tokens[k - 2].lower)) { i = k - 1; break; }
    if (p.punct || p.cap || p.lemma !== undefined || p.possessive || (p.f & W_PRONOUN) !== 0 || /(?:ed|ing)$/.test(p.lower)) break;
    if (GROUP_PREPOSITIONS_OF.has(p.lower)) { if (k < j && ARTICLES.has(tokens[k].lower)) i = k; break; }
  }
  let g = groupBefore(tokens, i);
  // "analysts in London and New York said": the narrowing phrase carries over "and"
  if (g < 0) g = groupBeforeCoordinate(tokens, i);
  if (g < 0) return src;
  const gk = isGroupHead(tokens[g]) ? groupKind(tokens, g) : 'vague';
  return gk === 'vague' ? kindSpan(full, tokens[g].start, src.end, 'vague') : src;
}

/**
 * The group a narrowing phrase narrows when the source at i is its second conjunct: "analysts in London
 * and New York", "analysts at Acme and at Lund Bank", "diplomats in Paris and Berlin" (the phrase carries
 * over "and"/"or"). Returns the index of the group word, else -1.
 */
function groupBeforeCoordinate(tokens: Token[], i: number): number {
  // only a name (a place or a body), not a person with a title or a role ("and Ms Lund", "and the mayor"): a second subject
  if (!tokens[i].cap || tokens[i].punct || RANKS.has(tokens[i].lower)) return -1;
  let k = i;
  // the rest of a name before the head: "New York"
  for (let n = 0; n < 3 && k > 0 && tokens[k - 1].cap && !tokens[k - 1].punct; n++) {
    if (RANKS.has(tokens[k - 1].lower)) return -1;
    k--;
  }
  // a preposition said again: "and at Lund Bank"
  if (k > 0 && GROUP_PREPOSITIONS_OF.has(tokens[k - 1].lower)) k--;
  if (k < 3 || !(tokens[k - 1].lower === 'and' || tokens[k - 1].lower === 'or')) return -1;
  // the first conjunct's own preposition, a few words back: "in London", "at the central bank"
  for (let p = k - 2, steps = 0; p >= 1 && steps < 5; p--, steps++) {
    const t = tokens[p];
    if (t.punct || t.lemma !== undefined || t.possessive) return -1;
    if (GROUP_PREPOSITIONS_OF.has(t.lower)) return groupBefore(tokens, p + 1);
  }
  return -1;
}

/** A named author after a report: "conducted by the National …", "from the Associated Press", "by Harvard researchers". */
const AUTHORED_BY = /^\s*(?:(?:conducted|carried out|published|released|done|commissioned|compiled|led|issued)\s+)?(?:by|from)\s+(?:the\s+)?\p{Lu}\p{L}/u;
/** A name right after a group word, in apposition: " Nielsen Media" (a day or month is no name). */
const APPOSED_NAME = /^\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}\p{L}/u;

/** Articles that open a noun phrase after a preposition: "of the minimum wage". */
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

/** Determiners of a whole set that may open a group's narrowing phrase: "in both parties", "from all sides". */
const SPAN_DETERMINERS = new Set(['both', 'all', 'either']);

/** Prepositions by which a phrase narrows a group or report before it (as in source-groups.ts). */
const GROUP_PREPOSITIONS_OF = new Set(['of', 'in', 'among', 'within', 'inside', 'across', 'from', 'at']);

/** Words a vague group phrase extends over to its left: "a number of", "his critics". */
const VAGUE_LEAD = new Set(['of', 'the', 'a', 'his', 'her', 'their', 'its', 'our', 'no']);

/** The noun phrase a source token heads: extend left over capitalised words and role nouns. */
function sourceSpan(full: string, tokens: Token[], j: number, kind: SourceKind): Source {
  let i = j;
  while (i > 0 && j - i < 5) {
    const p = tokens[i - 1];
    if (p.punct) break;
    // a vague group takes its quantity and owner with it: "some of his supporters", "the mayor's opponents"
    if (kind === 'vague' && (p.possessive || (p.f & (W_PARTITIVE | W_ALWAYS_VAGUE)) || VAGUE_LEAD.has(p.lower) ||
      (!(p.f & W_NOT_NAME) && p.lemma === undefined && !(p.f & W_PARTICIPLE)))) { i--; continue; }
    if (p.possessive) break;
    if ((p.cap && (!(p.f & W_NOT_NAME) || TITLES.has(p.lower))) || (p.f & W_ROLE) || p.lower === 'the') i--;
    else break;
  }
  // words taken only because they are no function words ("was glad farmers") stay out unless a
  // determiner or quantity opens the phrase before them ("a slew of party leaders")
  while (kind === 'vague' && i < j && !tokens[i].cap && !tokens[i].possessive && !(tokens[i].f & (W_PARTITIVE | W_ALWAYS_VAGUE)) && !VAGUE_LEAD.has(tokens[i].lower)) i++;
  // A name goes on to the right too ("said Ana Silva", "according to the Red Cross").
  let k = j;
  if (kind === 'named' || kind === 'role') {
    // (a title and a name after a place: "Detroit Deputy Police Chief Renee Hall", "Heights Police Lt. Mark Askerlund")
    // and a title on to its name: "said Police Sgt. Ana Cole"
    while (k + 1 < tokens.length && k - j < 6) {
      const n = tokens[k + 1];
      const title = n.cap && RANKS.has(n.lower) && k + 2 < tokens.length && tokens[k + 2].cap && !tokens[k + 2].punct && !(tokens[k + 2].f & W_NOT_NAME);
      // an office's word between a place and a title or a name: "Los Angeles police Det. Dave Garrido", "Acme spokesman Ana Cole"
      const office = kind === 'named' && !n.cap && (n.f & W_ROLE) !== 0 && !tokens[k].possessive && k + 2 < tokens.length && tokens[k + 2].cap &&
        !tokens[k + 2].punct && (!(tokens[k + 2].f & W_NOT_NAME) || RANKS.has(tokens[k + 2].lower));
      if (!title && !office && (n.punct || !n.cap || (n.f & W_NOT_NAME) || tokens[k].possessive)) break;
      k++;
    }
  } else if (kind === 'vague' && (tokens[j].f & (W_PARTITIVE | W_ALWAYS_VAGUE))) {
    // a quantity goes on to its people: "many critics", "some party members"
    while (k + 1 < tokens.length && k - j < 3) {
      const n = tokens[k + 1];
      // and to a capitalised group of people, or a party's or a people's word before one: "say some
      // Democrats", "many Republican voters" (a quantity before a name is still a crowd)
      if (n.cap && !n.punct && (isGroupHead(n) || (k + 2 < tokens.length && isGroupHead(tokens[k + 2]) && groupAdjective(n)))) { k++; continue; }
      if (n.punct || n.cap || (n.f & (W_NOT_NAME | W_GROUP_STANCE)) || n.lemma !== undefined) break;
      k++;
    }
  }
  return kindSpan(full, tokens[i].start, tokens[k].end, kind);
}

/**
 * A weasel phrase wins over a vague subject found on the same words. A subject overlaps a phrase when
 * one of the phrases starting before the subject ends reaches past its start: with the phrases sorted by
 * start and the largest end so far, a binary search per subject (not a walk of every phrase, quadratic in
 * a sentence of thousands of both).
 */
function phraseFirst(list: VagueSpan[]): VagueSpan[] {
  const phrases = list.filter((v) => v.kind === 'phrase').sort((a, b) => a.start - b.start);
  if (phrases.length === 0 || phrases.length === list.length) return list;
  const reach = new Float64Array(phrases.length);
  for (let k = 0; k < phrases.length; k++) reach[k] = Math.max(k > 0 ? reach[k - 1] : -Infinity, phrases[k].end);
  return list.filter((v) => {
    if (v.kind === 'phrase') return true;
    let lo = 0;
    let hi = phrases.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (phrases[mid].start < v.end) lo = mid + 1;
      else hi = mid;
    }
    return !(lo > 0 && reach[lo - 1] > v.start);
  });
}

/** Sorted by start, overlapping ones after the first dropped. */
function dedupe<T extends Span>(list: T[]): T[] {
  if (list.length < 2) return list;
  return list.sort((a, b) => a.start - b.start).filter((x, k, arr) => k === 0 || x.start >= arr[k - 1].end);
}

/** Whether a sentence names someone: a capitalised word that is no function word or vague noun. */
export function mentionsName(tokens: Token[]): boolean {
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.cap && !t.punct && !(t.f & (W_NOT_NAME | W_VAGUE_SOURCE)) && (j > 0 || !(t.f & W_ROLE))) return true;
  }
  return false;
}

/** Whether a sentence tells of a role or a body ("police", "the sheriff", "officers"), capitalised or not. */
export function mentionsRole(tokens: Token[]): boolean {
  for (const t of tokens) if (!t.punct && (t.f & W_ROLE) !== 0) return true;
  return false;
}

/** A sentence being read: its tokens, the top-level quotations in it, and what has been found so far. */
interface SentenceScan {
  /** The file's text (spans are sliced from it) and the sentence's, which starts at `base`. */
  full: string;
  text: string;
  base: number;
  tokens: Token[];
  own: Quote[];
  cues: Cue[];
  vague: VagueSpan[];
  agentless: Span[];
  stance: Span[];
  anonymous: Span[];
}

export function analyseSentence(full: string, s: Sentence, tokens: Token[], own: Quote[]): Attribution {
  const scan: SentenceScan = {full, text: s.text, base: s.start, tokens, own, cues: [], vague: [], agentless: [], stance: [], anonymous: []};
  findCues(scan);
  pronounsOfVagueGroups(scan);
  setClauses(scan, s.start, s.end);
  findMarkerPhrases(scan);
  groupFrame(scan);
  const sources: Source[] = [];
  for (const c of scan.cues) if (c.source) sources.push(c.source);
  const vague = scan.vague;
  return {
    sentence: s.index, cues: scan.cues, sources, attributed: false, scope: undefined,
    // set by later passes on some sentences: present from the start, so every result has one shape
    previous: undefined, account: undefined, incidentAccount: undefined,
    vague: vague.length ? dedupe(phraseFirst(vague)) : vague, agentless: dedupe(scan.agentless), stance: dedupe(scan.stance),
    anonymous: dedupe(scan.anonymous), quotes: [], inQuote: false,
  };
}

/** Verbs of saying or holding a view, by lemma: what the unnamed people of "there are some who …" do (not "voters who could read them"). */
const VIEW_LEMMAS = new Set(['think', 'believe', 'say', 'argue', 'claim', 'contend', 'insist', 'maintain', 'fear', 'suspect', 'feel', 'warn', 'worry',
  'doubt', 'question', 'suggest', 'agree', 'predict', 'expect', 'allege', 'assert', 'charge', 'accuse', 'criticize', 'criticise', 'complain']);

/** Pronouns that take up a group just named: "Some farmers said they feared", "critics, who argue". */
const GROUP_PRONOUNS = new Set(['they', 'who', 'them', 'themselves']);

/** A plural pronoun after a vague source in the same sentence stands for it: vague too. */
function pronounsOfVagueGroups(scan: SentenceScan): void {
  let vagueAt = -1;
  for (const c of scan.cues) {
    const src = c.source;
    if (!src) continue;
    if (src.kind === 'vague') vagueAt = src.start;
    else if (src.kind === 'named' || src.kind === 'role') vagueAt = -1;
    else if (src.kind === 'pronoun' && vagueAt >= 0 && src.start > vagueAt && GROUP_PRONOUNS.has(src.text.toLowerCase())) {
      c.source = kindSpan(scan.full, src.start, src.end, 'vague');
    } else if (src.kind === 'pronoun' && src.text.toLowerCase() === 'who') {
      // "there are some experts who think …": the relative stands for the vague group a "there are" brings in
      // (a restrictive "who" only picks out a set: "voters who said they were angry" in a poll's count, "critics who say")
      const k = tokenIndexAt(scan.tokens, src.start);
      const g = k - 1;
      const group = g >= 0 && c.kind === 'verb' && sourceKind(scan.tokens, g, false) === 'vague' ? sourceAt(scan.full, scan.tokens, g, 'vague') : undefined;
      const at = group ? tokenIndexAt(scan.tokens, group.start) : -1;
      if (group && at >= 2 && BE_FORMS.has(scan.tokens[at - 1].lower) && scan.tokens[at - 2].lower === 'there' && VIEW_LEMMAS.has(c.lemma ?? '')) {
        c.source = group;
        scan.vague.push(kindSpan(scan.full, group.start, c.end, 'subject'));
      }
    }
  }
}

/** Words after a comma that open a coordinate clause with its own subject: ", but critics say". */
const COORDINATORS = new Set(['but', 'while', 'whereas', 'although', 'though', 'yet', 'and']);

/** Coordinators after a comma that go on with what a named speaker reports: "…, while output was expected to rise". */
const CONTINUING = new Set(['while', 'whereas', 'and']);

/** Finite verbs that open a coordinate clause without a subject of its own: ", but are expected to survive", ", and is known to …". */
const SUBJECTLESS_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should',
  'must', 'remains', 'remain', 'remained']);
/** Adverbs that may stand between the coordinator and that verb: ", but also was …", ", and later was …". */
const SUBJECTLESS_ADVERBS = new Set(['also', 'still', 'later', 'then', 'now', 'not', 'reportedly', 'allegedly']);

/** Whether the coordinate clause whose coordinator is at k opens with a finite verb: it has no subject of its own. */
function subjectless(tokens: Token[], k: number): boolean {
  if (!COORDINATORS.has(lowerAt(tokens, k))) return false;
  let j = k + 1;
  while (j < tokens.length && j <= k + 2 && SUBJECTLESS_ADVERBS.has(tokens[j].lower)) j++;
  return SUBJECTLESS_VERBS.has(lowerAt(tokens, j));
}

/** Subordinators that open a fronted adverbial clause. */
const FRONTED = new Set(['when', 'while', 'although', 'though', 'because', 'after', 'before', 'since', 'if', 'once', 'whereas', 'unless', 'until', 'whenever']);

/** Where the comma that closes a fronted adverbial clause stands (-1: none). */
function frontedClauseEnd(scan: SentenceScan): number {
  const tokens = scan.tokens;
  let k = 0;
  while (k < tokens.length && (tokens[k].punct || CONNECTIVE_OPENERS.has(tokens[k].lower))) k++;
  if (k >= tokens.length || !FRONTED.has(tokens[k].lower)) return -1;
  for (let j = k + 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.text === ';' || t.text === ':') return -1;
    if (t.text === ',' && !quoted(scan.own, t)) return j + 1 < tokens.length ? t.start : -1;
  }
  return -1;
}
const CONNECTIVE_OPENERS = new Set(['but', 'and', 'yet', 'so', 'still', 'even']);

/** Each cue's clause (see `Cue.clauseStart`). */
function setClauses(scan: SentenceScan, sentenceStart: number, sentenceEnd: number): void {
  if (scan.cues.length === 0) return;
  const tokens = scan.tokens;
  // the breaks between coordinate clauses, as offsets
  const breaks: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.punct || quoted(scan.own, t)) continue;
    if (t.text === ';' || (t.text === ',' && k + 1 < tokens.length && COORDINATORS.has(tokens[k + 1].lower) && !(tokens[k + 1].lower === 'and' && k + 2 < tokens.length && tokens[k + 2].punct))) breaks.push(t.start);
  }
  // a fronted adverbial clause ends at its comma: "When Trump attacked the judge, Hispanic voters were
  // outraged" ("As X said, …" attributes what follows, and is left whole)
  const opener = frontedClauseEnd(scan);
  if (opener >= 0 && !breaks.includes(opener)) { breaks.push(opener); breaks.sort((a, b) => a - b); }
  const lastWord = tokens.length > 0 ? tokens[tokens.length - 1].end : sentenceEnd;
  const asides = asidesOf(scan);
  for (const c of scan.cues) {
    // a cue in an aside set off by dashes or brackets speaks for the aside only: "From her failures – as
    // described by FBI Director James Comey – many believe …"
    const aside = asides.find((x) => x[0] < c.start && c.end <= x[1]);
    if (aside) { c.clauseStart = aside[0]; c.clauseEnd = aside[1]; continue; }
    let from = sentenceStart, to = sentenceEnd;
    for (const b of breaks) {
      if (b < c.start) from = b;
      else { to = b; break; }
    }
    // "…, the minister said (on Monday)." and "According to X, …" speak for the whole sentence
    // "He told reporters the company planned X, while productivity was expected to rise": a named speaker's
    // report runs on through a coordinate clause ("while", "whereas", "and") that has no cue of its own
    // "Police say two others were shot, but are expected to survive": a coordinate clause with no subject of
    // its own (a verb right after the coordinator) goes on with the reported clause, whatever the coordinator
    if (c.kind === 'verb' && c.position === 'before' && c.source && c.source.kind !== 'vague' && c.source.end <= c.start) {
      let bi = breaks.indexOf(to);
      while (bi >= 0 && ((c.source.kind !== 'anonymous' && CONTINUING.has(lowerAt(tokens, tokenIndexAt(tokens, to) + 1))) || subjectless(tokens, tokenIndexAt(tokens, to) + 1))) {
        const next = bi + 1 < breaks.length ? breaks[bi + 1] : sentenceEnd;
        const from2 = to;
        if (scan.cues.some(o => o !== c && o.start > from2 && o.start < next)) break;
        to = next;
        bi = bi + 1 < breaks.length ? bi + 1 : -1;
      }
    }
    const closing = c.position === 'after' && to === sentenceEnd && lastWord - c.end < 40;
    const opening = c.kind === 'according' && from === sentenceStart;
    if (closing || opening) { from = sentenceStart; to = sentenceEnd; }
    c.clauseStart = from;
    c.clauseEnd = to;
  }
}

/** The asides of a sentence set off by a pair of dashes or by brackets, as [open, close] offsets (outside its quotations). */
function asidesOf(scan: SentenceScan): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let dash = -1;
  let bracket = -1;
  for (const t of scan.tokens) {
    if (!t.punct || quoted(scan.own, t)) continue;
    if (DASHES.has(t.text) && /\s/.test(scan.full[t.start - 1] ?? '')) {
      if (dash < 0) dash = t.start;
      else { out.push([dash, t.end]); dash = -1; }
    } else if (t.text === '(') bracket = t.start;
    else if (t.text === ')' && bracket >= 0) { out.push([bracket, t.end]); bracket = -1; }
  }
  return out;
}

/**
 * The lower-cased token at k, or '' past either end of the sentence. (`tokens[k]?.lower` reads out of
 * bounds there, and an optimised function deoptimises on the first such read.)
 */
function lowerAt(tokens: Token[], k: number): string {
  return k >= 0 && k < tokens.length ? tokens[k].lower : '';
}

/** Whether a token lies inside one of the sentence's top-level quotations. */
function quoted(own: Quote[], t: Token): boolean {
  const k = lastOwnBefore(own, t.start);
  return k >= 0 && t.end <= own[k].end;
}

/**
 * The last of the sentence's top-level quotations that opens before `start` (-1: none). Top-level quotes
 * do not overlap and come sorted by start, so only this one can contain a span starting at `start`: a
 * binary search, not a walk of every quote for every token (a sentence of thousands of quotes made
 * that quadratic).
 */
function lastOwnBefore(own: Quote[], start: number): number {
  let lo = 0;
  let hi = own.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (own[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Where a cue at [start, end) stands relative to what it attributes (see `Cue.position`). */
function positionOf(scan: SentenceScan, start: number, end: number): Cue['position'] {
  const own = scan.own;
  if (own.length > 0) {
    const k = lastOwnBefore(own, start);
    if (k >= 0 && end <= own[k].end) return 'inside';
    // the quotes' ends are sorted as their starts are: one ends before the cue iff the first does
    return own[0].end <= start ? 'after' : 'before';
  }
  // No quotation: a cue with more than three words after it opens the clause it attributes.
  const tokens = scan.tokens;
  let tail = 0;
  for (let k = tokens.length - 1; k >= 0 && tail <= 3; k--) if (tokens[k].start > end && !tokens[k].punct) tail++;
  if (tail > 3 && !closingAdjunct(tokens, end)) return 'before';
  for (const t of tokens) if (t.end <= start && t.text === ',') return 'after';
  return 'before';
}

/** The most tokens (punctuation included) an adjunct closing a sentence may have: "at a news conference Sunday afternoon ." */
const ADJUNCT_WORDS = 12;
/** Words besides those of a day or time (DAYS_AND_TIME) that open an adjunct of place or occasion: "at a news conference", "late Monday". */
const ADJUNCT_OPENERS = new Set(['at', 'during', 'after', 'before', 'from', 'via', 'while', 'when', 'late', 'early']);

/**
 * Whether what follows a cue to the sentence's end is only an adjunct of when, where or how it was said
 * ("…, Capt. Brian Fitzgerald said at a news conference Sunday afternoon."), no clause it opens: no "that",
 * no second verb of saying, no comma or colon that sets off a report.
 */
function closingAdjunct(tokens: Token[], end: number): boolean {
  const k = tokenIndexAt(tokens, end);
  // (an adjunct is short: a long tail is a clause, and a bound keeps a sentence of many cues linear)
  if (k >= tokens.length || tokens.length - k > ADJUNCT_WORDS || !(ADJUNCT_OPENERS.has(tokens[k].lower) || DAYS_AND_TIME.test(tokens[k].lower))) return false;
  for (let j = k; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.lower === 'that' || t.text === ':' || t.text === ',' || QUOTE_MARK.test(t.text) || t.lemma !== undefined) return false;
  }
  return true;
}

/** The reporting cues of a sentence, token by token, outside its quotations. */
function findCues(scan: SentenceScan): void {
  const tokens = scan.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.punct || quoted(scan.own, t)) continue;
    if (t.lower === 'according' && lowerAt(tokens, i + 1) === 'to') {
      i = accordingToCue(scan, i);
      continue;
    }
    if ((t.f & W_REPORTING_NOUN) && !t.possessive) reportingNounCue(scan, i);
    if (t.f & W_ATTITUDE) attitudeOfGroup(scan, i);
    // A capitalised stance verb past the sentence's first word is a name's word ("Bankers Trust"), not a verb.
    // (the position is tested first: it then has type feedback from the first stance verb, capitalised or not)
    if (t.f & W_GROUP_STANCE && (i === 0 || !t.cap)) groupStance(scan, i);
    if (t.lemma || (t.f & W_PARTICIPLE) !== 0) verbCue(scan, i);
    if ((t.lower === 'from' || t.lower === 'among' || t.lower === 'with') && i > 0) viewOfGroup(scan, i);
  }
}

/**
 * Nouns of a view or a reaction that a group can hold or voice: "drew criticism from Republicans",
 * "amid warnings from medical experts", "growing unease among many Jewish leaders".
 */
const VIEW_NOUNS = new Set(['criticism', 'criticisms', 'concern', 'concerns', 'warnings', 'praise', 'opposition', 'backlash', 'complaints',
  'pressure', 'scrutiny', 'skepticism', 'scepticism', 'outrage', 'condemnation', 'ridicule', 'anger', 'alarm', 'fears', 'doubts', 'accusations',
  'allegations', 'objections', 'resistance', 'unease', 'frustration', 'pushback', 'derision', 'mockery', 'chagrin', 'dismay', 'disapproval', 'scorn',
  'resentment', 'distrust', 'mistrust', 'suspicion', 'hostility', 'anxiety', 'acclaim', 'applause', 'disdain', 'contempt', 'fury', 'ire', 'rebuke',
  'fire', 'protests', 'censure', 'blame', 'attacks', 'claims', 'charges']);
/** Adjectives and nouns of standing with a group: "popular with many Republicans", "his popularity among voters". */
const STANDING_WITH = new Set(['popular', 'unpopular', 'popularity', 'unpopularity']);
/** Words between a view noun and its "from": "criticism, especially from", "questions even from". */
const VIEW_GAP = new Set(['especially', 'particularly', 'even', 'mostly', 'mainly', 'largely', 'chiefly', 'also', 'both', 'including', 'in', 'part', ',']);

/**
 * A view held or voiced by a vague group, told as a noun: a view noun (or a standing) and "from",
 * "among" or "with" the group ("drew criticism from Republicans", "the chagrin of fellow Democrats" is
 * not read). The preposition at i; the group must be a vague source.
 */
function viewOfGroup(scan: SentenceScan, i: number): void {
  const tokens = scan.tokens;
  const prep = tokens[i].lower;
  let k = i - 1;
  while (k > 0 && i - k <= 3 && VIEW_GAP.has(tokens[k].lower)) k--;
  const w = tokens[k];
  if (w.possessive || quoted(scan.own, w)) return;
  if (prep === 'with' ? !STANDING_WITH.has(w.lower) : !(VIEW_NOUNS.has(w.lower) || (prep === 'among' && STANDING_WITH.has(w.lower)))) return;
  for (let j = i + 1; j < Math.min(tokens.length, i + 6); j++) {
    const t = tokens[j];
    if (t.punct) return;
    const kind = sourceKind(tokens, j, true);
    if (!kind) continue;
    if (kind !== 'vague') return;
    const src = sourceAt(scan.full, tokens, j, kind);
    if (namedMember(scan, src)) return;
    scan.vague.push(kindSpan(scan.full, w.start, src.end, 'subject'));
    return;
  }
}

/** Auxiliaries that a plural noun subject may have right after it: "suspects have fled". */
const AUXILIARIES_BEFORE_VERB = new Set(['have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'do']);

/** Degree words before an adjective: "most hopeful", "deeply concerned". */
const DEGREE = new Set(['most', 'more', 'less', 'least', 'very', 'so', 'too', 'quite', 'rather', 'somewhat', 'fairly', 'ever', 'even', 'all', 'much', 'far']);

/** Words that open a verb's object: "concerned the storage". */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'this']);

/** Verbs that link a group to how it feels: "are worried", "remain skeptical", "grew nervous". */
const LINKING = /^(?:is|are|was|were|be|been|remain|remains|remained|grow|grows|grew|grown|become|becomes|became|feel|feels|felt|seem|seems|seemed)$/;

/**
 * An adjective of belief or feeling at i whose subject is a vague group: "some Democrats are hopeful",
 * "party leaders, increasingly worried", "many voters remain skeptical". A vague marker, not a cue.
 */
function attitudeOfGroup(scan: SentenceScan, i: number): void {
  const tokens = scan.tokens;
  let k = i - 1;
  while (k >= 0 && !tokens[k].punct && (ADVERB_GAP.test(tokens[k].lower) || DEGREE.has(tokens[k].lower)) && !BE_FORMS.has(tokens[k].lower)) k--;
  if (k < 0) return;
  // predicative only: after a linking verb, or right after the group ("party leaders, increasingly
  // worried"); not attributive ("some anxious hours")
  const linked = LINKING.test(tokens[k].lower);
  if (!linked && !(isGroupHead(tokens[k]) || (tokens[k].f & W_VAGUE_SOURCE) !== 0) || tokens[k].lower === 'most' || tokens[k].lower === 'some') return;
  // "Others concerned the storage of a gas can": "concern" with its object is "be about", not a feeling
  // ("Parents also alarmed a child that young was out" leaves out its "that": a feeling)
  if (!linked && /^concern(?:s|ed)?$/.test(tokens[i].lower) && OBJECT_OPENERS.has(lowerAt(tokens, i + 1))) return;
  const verb = linked ? k : k + 1;
  const source = subjectBefore(scan, verb, false);
  if (!source || source.kind !== 'vague') return;
  if (!vagueSubjectHolds(tokens, verb < i ? verb : i, source, false)) return;
  scan.vague.push(kindSpan(scan.full, source.start, tokens[i].end, 'subject'));
}

/** Words that open what is known: "few realise that", "voters know how". */
const KNOWN_CLAUSE = new Set(['that', 'how', 'what', 'whether', 'why', 'who', 'which', 'where', 'when', 'about']);

/** What follows "wanted" in its police sense: "wanted in connection with", "wanted for questioning", "wanted on warrants", "wanted by police". */
const WANTED_BY_POLICE = new Map<string, ReadonlySet<string>>([
  ['in', new Set(['connection'])],
  ['for', new Set(['questioning', 'murder', 'robbery', 'burglary', 'assault', 'homicide', 'theft', 'fraud', 'rape', 'kidnapping', 'arson', 'shooting', 'allegedly'])],
  ['on', new Set(['warrants', 'warrant', 'charges', 'felony', 'outstanding'])],
  ['by', new Set(['police', 'authorities', 'the', 'federal', 'state', 'local', 'deputies', 'investigators'])],
]);

/** Whether "wanted" at i is the police's: sought for a crime, not a wish ("what voters wanted in a president"). */
function wantedByPolice(tokens: Token[], i: number): boolean {
  return WANTED_BY_POLICE.get(lowerAt(tokens, i + 1))?.has(lowerAt(tokens, i + 2)) ?? false;
}

/** Endings of a participle that a form of "be" before makes passive: "are known for", "were heard". */
const STANCE_PARTICIPLE = /(?:ed|wn|rd|ood)$/;

/**
 * A verb of wanting, feeling or knowing at i whose subject is a vague group: "most voters favor", "some
 * of his supporters saw a culprit", "Democrats want", "no one expected". A vague marker, not a cue: a
 * named subject ("Ms Lund wants") is the writer's report of a person, and a group is no source to check.
 */
function groupStance(scan: SentenceScan, i: number): void {
  const tokens = scan.tokens;
  const t = tokens[i];
  // a gerund or a participle tells of its subject elsewhere ("hoping to", "favoring the rich"); a
  // determiner or an owner before it makes a noun ("their support", "the wants of")
  if (ING_CUE.test(t.lower)) return;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  if (prev === undefined || prev.possessive || DETERMINERS.has(prev.lower)) return;
  // (a plural's possessive apostrophe is no part of its token: "customers' credit reports")
  if (/['’]/.test(scan.full[prev.end] ?? '') && /s$/i.test(prev.text)) return;
  if (thinksAbout(tokens, i)) return;
  // "Four people wanted in connection with the shooting", "a man wanted for murder": sought by the police, not a wish
  if (t.lower === 'wanted' && wantedByPolice(tokens, i)) return;
  // "some of the most wanted men": a superlative, an adjective
  if ((prev.lower === 'most' || prev.lower === 'least') && lowerAt(tokens, i - 2) === 'the') return;
  // a noun after all: "a tale of illicit love.", "their sense of"
  const after = i + 1 < tokens.length ? tokens[i + 1] : undefined;
  // (at the end of a relative clause the object went before: "the war, which most voters opposed,")
  const closing = after === undefined || (after.punct && after.text !== '“' && after.text !== '"');
  if (after?.lower === 'of') return;
  // "several suspects were arrested": a plural noun before its own verb
  if (/s$/.test(t.lower) && after !== undefined && (BE_FORMS.has(after.lower) || AUXILIARIES_BEFORE_VERB.has(after.lower))) return;
  // knowing a person or a thing is no view ("Everyone knew David"); knowing that or how something is, is
  if (/^kn[eo]w/.test(t.lower) && (closing || !KNOWN_CLAUSE.has(after.lower))) return;
  // "are known for", "were heard": a passive, not the group's own stance
  if (STANCE_PARTICIPLE.test(t.lower) && beFormBefore(tokens, i) >= 0) return;
  const source = subjectBefore(scan, i, false);
  if (!source || source.kind !== 'vague') return;
  // "No one knew what it was", "No one understands why": that nobody knows is no view anyone holds
  if (/^(?:kn[eo]w|understand|understood)/.test(t.lower) && NOBODY.test(source.text)) return;
  // a bare quantity makes the word a noun or an adjective ("some sense of pacing", "the most loathed",
  // "most recently known") unless it opens its clause ("Some fear the worst", "…, but many want")
  if (source.end > t.start) return;
  if (closing) {
    const first = tokenIndexAt(tokens, source.start);
    if (first === 0 || !OBJECT_RELATIVES.has(tokens[first - 1].lower)) return;
  }
  // people, not things a quantity counts ("some much-needed local support", "a few tweets")
  let people = false;
  for (let h = tokenIndexAt(tokens, source.start); h < i && tokens[h].end <= source.end; h++) {
    const w = tokens[h];
    // the head of the group comes before what narrows it ("Others in the African-American community")
    if (NARROWING.has(w.lower) && people) break;
    people = isGroupHead(w) || (w.f & (W_ALWAYS_VAGUE | W_VAGUE_SOURCE | W_ANONYMOUS_HEAD)) !== 0 || w.lower === 'one';
  }
  if (!people) return;
  // a bare quantity, determiners before it allowed ("the most trusted stations"), must open its clause
  const q = tokenIndexAt(tokens, source.end) - 1;
  if (q >= 0 && (tokens[q].f & W_ALWAYS_VAGUE) !== 0) {
    let k = q - 1;
    while (k >= 0 && DETERMINERS.has(tokens[k].lower) && tokens[k].lower !== 'of') k--;
    const before = k >= 0 ? tokens[k] : undefined;
    if (before !== undefined && !before.punct && !COORDINATORS.has(before.lower) && !SUBORDINATORS.has(before.lower)) return;
  }
  // a plural group and a verb in the third person singular do not agree ("a guide for cyclists wants")
  if (/[^s]s$/.test(t.lower) && /s$/i.test(source.text)) return;
  if (!vagueSubjectHolds(tokens, i, source, false) || objectOfPreposition(tokens, source)) return;
  scan.vague.push(kindSpan(scan.full, source.start, t.end, 'subject'));
}

/** Possessive determiners after which a verb form is an adjective of the noun they own ("its promised features"; not "her", also an object). */
const ADJECTIVE_OWNERS = new Set(['its', 'their', 'his', 'our', 'my', 'your']);

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
function physicalTarget(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + TARGET_REACH; j++) {
    const t = tokens[j];
    if (t.punct) return false;
    // (the head of its noun phrase: "the city council", "the town's mayor" are people)
    if (PHYSICAL_TARGETS.has(t.lower) && !t.cap && !t.possessive && (j + 1 >= tokens.length || tokens[j + 1].punct || TARGET_FOLLOWERS.has(tokens[j + 1].lower))) return true;
  }
  return false;
}

/** "according to X" at token i (followed by "to"); returns the last token it takes. */
function accordingToCue(scan: SentenceScan, i: number): number {
  const tokens = scan.tokens;
  const t = tokens[i];
  let source: Source | undefined;
  let end = i + 1;
  for (let j = i + 2; j < Math.min(tokens.length, i + 10); j++) {
    if (tokens[j].punct && tokens[j].text !== '“' && tokens[j].text !== '"') break;
    // one document with a word of its kind: "according to the media release", "according to a police report"
    // (the kind word is no source of its own: "media" is no vague source there)
    if (DOCUMENT_DETERMINERS.has(tokens[j - 1].lower) && j + 1 < tokens.length && !tokens[j].possessive && !tokens[j].cap && !tokens[j].punct &&
      REPORTING_NOUNS.has(tokens[j + 1].lower) && !/s$/.test(tokens[j + 1].lower)) {
      source = kindSpan(scan.full, tokens[j - 1].start, tokens[j + 1].end, 'role');
      end = j + 1;
      break;
    }
    const kind = sourceKind(tokens, j, true);
    if (kind) { source = sourceAt(scan.full, tokens, j, kind); end = j; break; }
    // a document told of before: "according to the release", "according to its statement" (not
    // "according to reports", a weasel phrase without a determiner)
    if (REPORTING_NOUNS.has(tokens[j].lower) && DOCUMENT_DETERMINERS.has(tokens[j - 1].lower)) {
      source = kindSpan(scan.full, tokens[j - 1].start, tokens[j].end, 'role');
      end = j;
      break;
    }
  }
  const to = tokens[i + 1];
  scan.cues.push(cue(scan.full, t.start, to.end, 'according', 'according to', positionOf(scan, t.start, to.end), source));
  return Math.max(i + 1, end);
}

/** A reporting noun at i with its owner: "the ministry's statement", "a statement from the ministry". */
function reportingNounCue(scan: SentenceScan, i: number): void {
  const tokens = scan.tokens;
  const t = tokens[i];
  let source: Source | undefined;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const p = tokens[j];
    if (p.punct) break;
    if (p.possessive) {
      const kind = sourceKind(tokens, j, true);
      if (kind && kind !== 'vague') source = sourceSpan(scan.full, tokens, j, kind);
      break;
    }
  }
  const next = lowerAt(tokens, i + 1);
  if (!source && (next === 'from' || next === 'by')) {
    for (let j = i + 2; j < Math.min(tokens.length, i + 6); j++) {
      const kind = sourceKind(tokens, j, true);
      if (kind) { source = sourceSpan(scan.full, tokens, j, kind); break; }
    }
  }
  // "State Police issued a report": the subject of a verb of issuing owns the noun
  if (!source && ISSUE_VERBS.has(lowerAt(tokens, i - 2)) && DETERMINERS.has(lowerAt(tokens, i - 1))) {
    for (let j = i - 3; j >= Math.max(0, i - 8); j--) {
      if (tokens[j].punct) break;
      const kind = sourceKind(tokens, j, true);
      if (kind && kind !== 'vague') { source = sourceSpan(scan.full, tokens, j, kind); break; }
    }
  }
  if (source) scan.cues.push(cue(scan.full, t.start, t.end, 'noun', t.lower, positionOf(scan, t.start, t.end), source));
}

const PASSIVE_ENDING = /(?:ed|en|wn|id|ld|ht|ood|nd)$/;
const CONTRACTED_BE = /['’](?:s|re)$/i;

/** A reporting verb or participle at i: a passive ("was accused by X"), an agentless report, or a verb with its subject. */
function verbCue(scan: SentenceScan, i: number): void {
  const tokens = scan.tokens;
  const t = tokens[i];
  const lemma = t.lemma;
  const participle = (t.f & W_PARTICIPLE) !== 0;
  // "released information", not "treated and released"
  const objects = lemma ? OBJECT_REQUIRED.get(lemma) : undefined;
  if (objects && !objectFollows(tokens, i, objects)) return;
  const be = beFormBefore(tokens, i);
  if (be >= 0 && PASSIVE_ENDING.test(t.lower)) {
    passiveCue(scan, i, be, participle);
    return;
  }
  if (!lemma) return;
  // Reduced passive with its agent: "an island claimed by both states", "a claim denied by the club".
  if (lowerAt(tokens, i + 1) === 'by' && PASSIVE_ENDING.test(t.lower) && !/ing$/.test(t.lower)) {
    const agent = agentAfter(scan, i);
    if (agent) {
      scan.cues.push(cue(scan.full, t.start, t.end, 'passive', lemma, positionOf(scan, t.start, t.end), agent));
      return;
    }
  }
  // Reduced passive: "Obama, expected to visit", "a man said to be".
  if (participle && isReducedPassive(tokens, i)) {
    // "a plant estimated to cost 350 mln dlrs": a figure, like "estimated at"
    if (figureAt(tokens, i) || courtDate(tokens, i, -1)) return;
    scan.agentless.push(span(scan.full, t.start, tokens[i + 1].end));
    return;
  }
  activeCue(scan, i, lemma);
}

/** Whether one of `objects` stands in the three tokens after i. */
function objectFollows(tokens: Token[], i: number, objects: ReadonlySet<string>): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) if (objects.has(tokens[k].lower)) return true;
  return false;
}

/** A form of "be" shortly before i (adverbs between): its index, else -1. */
function beFormBefore(tokens: Token[], i: number): number {
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const p = tokens[j];
    // a capitalised form after a capitalised word is part of a name, not the auxiliary: "Pan Am said" (a line in
    // capitals keeps its auxiliaries: "HE IS BELIEVED")
    if (BE_FORMS.has(p.lower) && p.cap && p.text !== p.text.toUpperCase() && j > 0 && tokens[j - 1].cap && !tokens[j - 1].punct) break;
    // "on September 29 at 12:16 am said:": the hour, not the auxiliary (a comment's header)
    if (p.lower === 'am' && j > 0 && /\d$/.test(tokens[j - 1].text)) break;
    if (BE_FORMS.has(p.lower) || CONTRACTED_BE.test(p.text) && PRONOUNS.has(p.text.toLowerCase().replace(CONTRACTED_BE, ''))) return j;
    if (!ADVERB_GAP.test(p.lower)) break;
  }
  return -1;
}

/** A passive at i after the form of "be" at `be`: a cue when an agent ("by X") follows, else maybe an agentless report. */
function passiveCue(scan: SentenceScan, i: number, be: number, participle: boolean): void {
  const {tokens, full} = scan;
  const t = tokens[i];
  const source = agentAfter(scan, i);
  if (source) {
    scan.cues.push(cue(full, t.start, t.end, 'passive', t.lemma ?? t.lower, positionOf(scan, t.start, t.end), source));
    // ("won't be seen by other users": what can be seen by anyone is no one's claim)
    if (source.kind === 'vague' && !deliberatedThing(tokens, i, source) && !perceptible(tokens, i, be) && !assaultedBy(tokens, i, source)) scan.vague.push(kindSpan(full, source.start - t.end < 12 ? tokens[be].start : agentBy(tokens, i, source.start), source.end, 'subject'));
  } else if (participle && !(EXPECTING.has(t.lemma ?? '') && afterThan(tokens, tokens[be])) && !(lowerAt(tokens, be - 1) === 'as' || lowerAt(tokens, be - 2) === 'as') && !(NEED_AS.has(t.lower) && lowerAt(tokens, i + 1) !== 'as') && !(t.lower === 'known' && lowerAt(tokens, i + 1) !== 'to') &&
    !literalPassive(tokens, i, be) && !reportedState(tokens, i) && !perfectNotPassive(tokens, i, be) && !thoughtOfAlone(tokens, i)) {
    scan.agentless.push(span(full, tokens[be].start, t.end));
  }
}

/** "long before any of us were thought of": "thought of" closing its clause is being conceived, not a view held. */
function thoughtOfAlone(tokens: Token[], i: number): boolean {
  return tokens[i].lower === 'thought' && lowerAt(tokens, i + 1) === 'of' && (i + 2 >= tokens.length || tokens[i + 2].punct);
}

/** People who strike with hands or weapons: "attacked by several people", "assaulted by two men" (not "attacked by critics"). */
const ASSAILANTS = new Set(['people', 'men', 'women', 'youths', 'teens', 'teenagers', 'persons', 'suspects', 'assailants', 'attackers', 'gunmen', 'males', 'females', 'boys', 'girls', 'inmates']);

/** Whether "attacked" or "assaulted" by a crowd of people is a blow, not a criticism: "Miller was attacked by several people June 5 at Marine Park". */
function assaultedBy(tokens: Token[], i: number, source: Source): boolean {
  if (!/^(?:attacked|assaulted)$/.test(tokens[i].lower)) return false;
  const head = tokens[tokenIndexAt(tokens, source.end) - 1];
  return head !== undefined && ASSAILANTS.has(head.lower);
}

/**
 * "a bill being considered by several committees", "was debated by lawmakers": a thing under deliberation,
 * no view, when "by" comes right after the participle and no "as" or "to" complement follows the agent
 * ("was considered by many to be a failure", "regarded by critics as …" stay views).
 */
function deliberatedThing(tokens: Token[], i: number, source: Source): boolean {
  const w = tokens[i].lower;
  if (!(DELIBERATION.has(tokens[i].lemma ?? w) || DELIBERATION.has(w.replace(/ed$/, '')) || DELIBERATION.has(w.replace(/d$/, ''))) || lowerAt(tokens, i + 1) !== 'by') return false;
  const after = lowerAt(tokens, tokenIndexAt(tokens, source.end));
  return after !== 'as' && after !== 'to' && after !== 'that';
}

/** Words that end an agent's noun phrase: a mark, a preposition, a clause word or a verb of speaking. */
const AGENT_PHRASE_ENDS = new Set(['of', 'in', 'at', 'on', 'for', 'with', 'from', 'to', 'after', 'before', 'during', 'as', 'that',
  'which', 'who', 'whom', 'whose', 'when', 'while', 'because', 'since', 'than', 'but', 'or', 'said', 'says']);

/** Whether a word can stand inside an agent's noun phrase between "by" and its head (lower-case words, "and"). */
function agentPhraseWord(t: Token): boolean {
  return !t.punct && !t.cap && !AGENT_PHRASE_ENDS.has(t.lower) && !/\d/.test(t.text);
}

/** Whether a part of a group opens at k: "most of", "some of", "many of". */
function partOfGroupAt(tokens: Token[], k: number): boolean {
  return k + 1 < tokens.length && tokens[k + 1].lower === 'of' && (tokens[k].f & (W_PARTITIVE | W_ALWAYS_VAGUE)) !== 0;
}

/** The agent of a passive at i: "by X" shortly after. */
function agentAfter(scan: SentenceScan, i: number): Source | undefined {
  const tokens = scan.tokens;
  // "was hailed as the album of the year by many critics": the agent may follow a complement
  for (let j = i + 1; j < Math.min(tokens.length, i + 10); j++) {
    const t = tokens[j];
    // ("was described as a “consummate professional” by X": a quoted complement does not end the clause)
    if ((t.punct && t.text !== ',' && !QUOTE_MARK.test(t.text)) || SUBORDINATORS.has(t.lower)) return undefined;
    // "is expected to rule on a case brought by X": the "by" of another verb
    if (t.lower === 'to' || (j > i + 1 && (t.f & W_PARTICIPLE) !== 0 && t.lower !== 'known') || (j > i + 1 && /[a-z]ed$/.test(t.lower) && !t.cap)) return undefined;
    if (t.lower !== 'by') continue;
    // "responded by closing the depot", "by abruptly blocking his access": a means, not an agent
    const means = j + 1 < tokens.length && /ly$/.test(tokens[j + 1].lower) ? j + 2 : j + 1;
    if (means < tokens.length && ING_CUE.test(tokens[means].lower)) return undefined;
    let phrase = true;
    for (let k = j + 1; k < Math.min(tokens.length, j + 9); k++) {
      // "attacked by an epidemic and most of its people died": a part of a group after "and" opens a clause of its own
      if (k > j + 1 && (tokens[k].lower === 'and' || tokens[k].lower === 'or') && partOfGroupAt(tokens, k + 1)) return undefined;
      // past four words the agent is still one noun phrase: "by his friend and fellow broadcaster Michael Pointon"
      if (k > j + 1 && !agentPhraseWord(tokens[k - 1])) phrase = false;
      if (k > j + 4 && !phrase) break;
      const kind = sourceKind(tokens, k, true);
      if (!kind) continue;
      const src = sourceAt(scan.full, tokens, k, kind);
      return kind === 'vague' ? namedMember(scan, src) ?? src : src;
    }
    return undefined;
  }
  return undefined;
}

/** The start of the "by" before an agent that starts at `agentStart` (a vague span reads "by many critics"). */
function agentBy(tokens: Token[], i: number, agentStart: number): number {
  let at = tokens[i].start;
  for (let k = i + 1; k < tokens.length && tokens[k].start < agentStart; k++) if (tokens[k].lower === 'by') at = tokens[k].start;
  return at;
}

/** A named member after a vague group: "by cycling groups, including the Riverside Cycle Club". */
function namedMember(scan: SentenceScan, group: Source): Source | undefined {
  const tokens = scan.tokens;
  let k = 0;
  while (k < tokens.length && tokens[k].start < group.end) k++;
  if (k < tokens.length && tokens[k].text === ',') k++;
  if (k >= tokens.length || !(tokens[k].lower === 'including' || tokens[k].lower === 'notably' || (tokens[k].lower === 'such' && lowerAt(tokens, k + 1) === 'as'))) return undefined;
  for (let j = k + 1; j < Math.min(tokens.length, k + 6); j++) {
    const kind = sourceKind(tokens, j, true);
    if (kind === 'named' || kind === 'role') return sourceAt(scan.full, tokens, j, kind);
  }
  return undefined;
}

/**
 * "he's said he will", "she's thought about it": a contracted "'s" before a participle is "has" unless
 * the passive's "to", "by" or "as" follows ("he's said to be furious").
 */
function perfectNotPassive(tokens: Token[], i: number, be: number): boolean {
  if (!CONTRACTED_BE.test(tokens[be].text) || !/['’]s$/i.test(tokens[be].text)) return false;
  const next = lowerAt(tokens, i + 1);
  return next !== 'to' && next !== 'by' && next !== 'as';
}

const OBJECT_PRONOUNS = /^(?:him|her|them|me|us|reporters)$/;
const REDUCED_PASSIVE_ENDING = /(?:ed|wn|id|ht|ood)$/;

/** "expected to visit", "said to be": a participle at i, then "to" and a verb. */
function isReducedPassive(tokens: Token[], i: number): boolean {
  if (i + 2 >= tokens.length || tokens[i + 1].lower !== 'to') return false;
  const n = tokens[i + 2];
  // "Ms Lund said to applause": a named subject right before makes the verb active
  const p = i > 0 ? tokens[i - 1] : undefined;
  // "A caller reported to 911 operators that …": an office after "to", not a verb, so the report is active
  if (/^\d/.test(n.text) || officeAt(tokens, i + 2)) return false;
  // "two friends, ages 16 and 17, claimed to have found a gun": "claimed to" tells what its subject claims (a
  // reduced passive, "a land claimed to be sacred", is rare; "a man said to be armed" is not)
  if (tokens[i].lower === 'claimed') return false;
  return !n.cap && !DETERMINERS.has(n.lower) && !PRONOUNS.has(n.lower) && !OBJECT_PRONOUNS.test(n.lower) &&
    REDUCED_PASSIVE_ENDING.test(tokens[i].lower) && !(p && (PRONOUNS.has(p.lower) || (p.cap && !(p.f & W_NOT_NAME) && !p.punct)));
}

/** Quantities that count a plural: "a few comments", "several reports", "many calls". */
const PLURAL_QUANTITIES = new Set(['few', 'several', 'many', 'both', 'various', 'numerous']);

/** An active reporting verb at i: a cue with its subject, unless the form is a noun here. */
function activeCue(scan: SentenceScan, i: number, lemma: string): void {
  const {tokens, full} = scan;
  const t = tokens[i];
  // "Everyone please say a prayer": a request, no one's words
  if (i > 0 && tokens[i - 1].lower === 'please') return;
  // "Many of its promised features", "his alleged victims": after a possessive determiner the form modifies a noun
  if (i > 0 && ADJECTIVE_OWNERS.has(tokens[i - 1].lower)) return;
  // A noun, not a verb ("the claims", "local reports", "court ruling"): a verb form that is also a
  // noun needs a subject or an auxiliary right before it.
  let prevIndex = i - 1;
  while (prevIndex >= 0 && !tokens[prevIndex].punct && ADVERB_GAP.test(tokens[prevIndex].lower) && !BE_FORMS.has(tokens[prevIndex].lower)) prevIndex--;
  const prev = prevIndex >= 0 ? tokens[prevIndex] : undefined;
  let ing = ING_CUE.test(t.lower);
  if (ing && prev && BE_FORMS.has(prev.lower)) ing = false;
  else if (ing && !(prev === undefined || prev.punct || ING_OPENERS.has(prev.lower)) && withGroupStart(tokens, i) < 0) return;
  if (!ing && STRICT_NOUN_FORMS.test(t.lower) && !(prev && (AUXILIARIES.has(prev.lower) || PRONOUNS.has(prev.lower) || crowdOrReport(prev) ||
    // "what police call minor injuries", "what the mayor calls a hoax": a subject after "what" makes a verb
    whatSubject(tokens, prevIndex) ||
    // "The DNR states that …", "D'Auria reports it was likely …", "investigators claim they …": a named or role
    // source and a clause after make a verb ("Smith's claims that" has an owner, "local reports that" no source,
    // "American claims that" an adjective); before "that" only an -s form, since "a newspaper report that …" is a noun
    (clauseAfterVerb(tokens, i, t.lower) && (/s$/.test(t.lower) || lowerAt(tokens, i + 1) !== 'that') && subjectBeforeVerb(tokens, prevIndex)) ||
    // "…, and most have left the hospital, NBC News reports.": a named subject set off by a comma
    // and its -s form closing the sentence tag what went before
    (/s$/.test(t.lower) && closingTag(tokens, i, prevIndex) && subjectBeforeVerb(tokens, prevIndex)) ||
    // "some view the plan as a tax grab" (the "as" is asked for below)
    (AS_REQUIRED.has(lemma) && CROWD_PRONOUNS.has(prev.lower))))) return;
  if (!ing && NOUN_LIKE_FORMS.test(t.lower) && prev && !AUXILIARIES.has(prev.lower) && !(sourceKind(tokens, prevIndex, true) && !prev.possessive && !DETERMINERS.has(prev.lower)) &&
    !(prev.text === ',' && clauseAfterVerb(tokens, i, t.lower) && subjectBeforeVerb(tokens, prevIndex))) return;
  // "A few comments:", "several reports": a plural quantity does not take a verb in -s, so the form is its noun
  if (!ing && NOUN_LIKE_FORMS.test(t.lower) && /[^s]s$/.test(t.lower) && prev && prevIndex === i - 1 && PLURAL_QUANTITIES.has(prev.lower)) return;
  // "customers' credit reports were stolen", "police reports are public": a form of "be" or an auxiliary right
  // after makes the form the subject's noun
  if (!ing && NOUN_LIKE_FORMS.test(t.lower) && /s$/.test(t.lower) && (BE_FORMS.has(lowerAt(tokens, i + 1)) || /^(?:have|had|will|would|can|could|may|might|must|should)$/.test(lowerAt(tokens, i + 1)))) return;
  // "many banks have written off their loans", "wrote down the value": an entry in the books, no claim
  if (lemma === 'write' && /^(?:off|down|up|back|in)$/.test(lowerAt(tokens, i + 1))) return;
  // "charged with murder": a charge laid in court, no claim of the subject's
  if (lemma === 'charge' && lowerAt(tokens, i + 1) === 'with') return;
  // "most of the companies reported in-line or better than expected results": a firm's accounts, filed, not a claim
  if (lemma === 'report' && reportsAccounts(tokens, i)) return;
  // "other items reported missing", "a car reported stolen": a state reported to the police, not a claim
  if (lemma === 'report' && REPORTED_STATES.has(lowerAt(tokens, i + 1))) return;
  // "Dozens of people protested at 6 Mile and I-75", "protested outside City Hall": a demonstration held at a place, an
  // act ("protested the ruling", "protested that …" object to something)
  if (lemma === 'protest' && PROTEST_PLACE.test(lowerAt(tokens, i + 1))) return;
  // "Armenians attacked the Azeri town of Khojaly", "gunmen attacked a police station": a blow at a place or a
  // vehicle, not criticism ("critics attacked the plan")
  if (lemma === 'attack' && physicalTarget(tokens, i)) return;
  // "Some posted pictures of him", "videos posted by others": posting things is an act ("posted that …" reports)
  if (lemma === 'post' && lowerAt(tokens, i + 1) !== 'that' && !QUOTE_MARK.test(tokens[i + 1]?.text ?? '') && tokens[i + 1]?.text !== ':') return;
  // "Republicans also questioned Morrison about his testimony": putting questions to a person, an act ("questioned
  // whether", "questioned the plan" doubt)
  if (lemma === 'question' && personObject(tokens, i + 1)) return;
  if (thinksAbout(tokens, i)) return;
  // "compared the plan to a tax", "likened him to Nixon": a judgment, with its object before "to" or "with"
  // ("up 5 pct compared with last year", "compared to 2015" measure a figure)
  if (COMPARING.has(lemma) && !objectBeforeTo(tokens, i)) return;
  // "called a strike", "called off a demonstration": an act, not a claim
  if (lemma === 'call' && calledEvent(tokens, i)) return;
  // "a group of cells called ILC2s", "a drug called Keflex": a thing's name, given right after it (people and
  // groups "called" something hold a view: "analysts called it a false breakout")
  if (t.lower === 'called' && prev !== undefined && prevIndex === i - 1 && !prev.punct && !prev.cap && !AUXILIARIES.has(prev.lower) &&
    !PRONOUNS.has(prev.lower) && !isGroupHead(prev) && (prev.f & (W_ALWAYS_VAGUE | W_VAGUE_SOURCE | W_ROLE | W_ANONYMOUS_HEAD | W_PRONOUN)) === 0 &&
    nameAfterCalled(tokens, i + 1)) return;
  // "Everyone called him Mike": the name someone goes by ("called him a liar" is a view)
  if (lemma === 'call' && /^(?:him|her|them|me|us)$/.test(lowerAt(tokens, i + 1)) && nameAt(tokens, i + 2)) return;
  // "the Azeris, which Georgians called Tartars,": a name given to what "which" or "whom" stands for, the name
  // alone closing the clause ("what critics called a hoax" is a view)
  if (lemma === 'call' && relativeObject(tokens, i) && nameAt(tokens, i + 1) && nameClosesClause(tokens, i + 1)) return;
  // "five people charged in the shooting", "people questioned in the weeks since": a participle after people
  // counted or picked out, with a preposition after it, is a reduced relative clause, not their words
  // (the people counted or picked out: "five people", "two other men", "the suspects"; not "Both men claimed at the time")
  if (/ed$/.test(t.lower) && prev !== undefined && prevIndex === i - 1 && i >= 2 && PEOPLE.has(prev.lower) && reducedPhraseAfter(tokens, i, lemma) &&
    (PICKED.has(tokens[i - 2].lower) || /^\d+$/.test(tokens[i - 2].text) || NUMBER_WORDS.test(tokens[i - 2].lower))) return;
  // "agreed to speak with officers", "agreed to pay": consent to an act, not a view ("agreed that …" is one)
  if (lemma === 'agree' && lowerAt(tokens, i + 1) === 'to' && (i + 2 >= tokens.length || (!tokens[i + 2].cap && !DETERMINERS.has(tokens[i + 2].lower) && !PRONOUNS.has(tokens[i + 2].lower)))) return;
  // "view the plan as a tax grab", not "view the site"; "found that …", not "found a new home"
  if (AS_REQUIRED.has(lemma) && !asFollows(tokens, i) && !(lemma === 'see' && thatClauseFollows(tokens, i))) return;
  // (polls "show the senator ahead"; "reports have found widespread fraud": what a vague report finds is its claim)
  if ((lemma === 'find' || lemma === 'show') && !clauseFollows(tokens, i) && !(lemma === 'show' && standingFollows(tokens, i)) && !vagueReportSubject(scan, i)) return;
  // "some were maintaining contact with head office": keeping a thing up, not holding a view ("maintained that …" is one)
  if (lemma === 'maintain' && thingKept(tokens, i)) return;
  // An infinitive has its subject only after a verb of going on ("went on to say"): "it is difficult to
  // assess", "is expected to rule" report nobody's words.
  if (!ing && prev !== undefined && prev.lower === 'to' && !GOES_ON.has(lowerAt(tokens, prevIndex - 1))) {
    scan.cues.push(cue(full, t.start, t.end, 'verb', lemma, positionOf(scan, t.start, t.end), undefined));
    return;
  }
  // The subject: nearest source to the left within the clause, else an inverted one to the right.
  let source = ing ? withSubject(scan, i) ?? subjectBefore(scan, i, ing) : subjectBefore(scan, i, ing);
  let inverted = false;
  if (!source && !ing) { source = subjectAfter(scan, i); inverted = source !== undefined; }
  // "The move may be popular, said several observers.": a verb set off by a comma or a dash with a source
  // closing the clause after it is inverted, whatever stands before the comma
  else if (!ing && i > 0 && SET_OFF.has(tokens[i - 1].text)) {
    const after = subjectAfter(scan, i);
    if (after && closesClause(tokens, after)) { source = after; inverted = true; }
  }
  // "… none could give a motive for the shooting said police.": the comma left out, "said" and a source that
  // ends the sentence right after it are still its tag ("say" takes no person as its object)
  if (!inverted && !ing && lemma === 'say' && (t.lower === 'said' || t.lower === 'says') && i > 0 && !tokens[i - 1].punct) {
    const after = subjectAfter(scan, i, true);
    if (after && after.kind !== 'vague' && rightAfter(tokens, i, after) && endsSentence(tokens, i, after)) { source = after; inverted = true; }
  }
  scan.cues.push(cue(full, t.start, t.end, 'verb', lemma, positionOf(scan, t.start, t.end), source));
  // "traders reported light trading", "several people reported a shooting": what a group saw happen, told
  // as a noun phrase, is an event or market data, not a claim (a clause after "reported" is one)
  const observed = lemma === 'report' && !inverted && !finiteClauseFollows(tokens, i);
  // "traders assessed the implications", "weighed the offer": weighing a thing is no view (a clause, "that",
  // "whether" or "as" after the verb makes it one)
  const weighed = DELIBERATION.has(lemma) && !inverted && !finiteClauseFollows(tokens, i) && !asFollows(tokens, i);
  // "larger than analysts expected", "worse than most economists had forecast": the writer measures a
  // figure against an expectation, a fact told in the writer's voice, not the group's claim
  const measured = EXPECTING.has(lemma) && !inverted && (afterThan(tokens, source) || expectedFigure(tokens, source));
  // "No one suggests the law is perfect", "nobody argues that …": that nobody says a thing is the writer's denial, no one's claim
  const denied = NOBODY.test(source?.text ?? '') && SAYING.has(lemma);
  if (source?.kind === 'vague' && !NO_CLAIM.has(lemma) && !observed && !weighed && !measured && !denied && vagueSubjectHolds(tokens, i, source, inverted) && (inverted || !objectOfPreposition(tokens, source))) scan.vague.push(kindSpan(full, Math.min(source.start, t.start), Math.max(source.end, t.end), 'subject'));
  if (source?.kind === 'anonymous') scan.anonymous.push(span(full, Math.min(source.start, t.start), Math.max(source.end, t.end)));
}

/**
 * Verbs of saying, or of showing, that a "no one" subject turns into the writer's denial: "No one suggests …",
 * "nobody argues …", "no one has shown that they had any plans" (no evidence, the writer says).
 */
const SAYING = new Set(['say', 'suggest', 'argue', 'claim', 'contend', 'assert', 'insist', 'propose', 'allege', 'dispute', 'deny', 'question', 'maintain',
  'show', 'prove', 'demonstrate']);

/** Subjects that deny anyone holds the view: "no one", "nobody", "none of them". */
const NOBODY = /^(?:no[\s-]one|nobody|none)\b/i;

/** How many words may stand between "what" and the head of the subject after it: "what the city's mayor calls". */
const WHAT_SUBJECT_GAP = 3;

/**
 * Whether the token at j heads a source that is the subject of a free relative opened by "what": "what
 * police call", "what the mayor calls", "what Acme Corp calls" (general English: "what X call(s) Y" names
 * X as the one who calls it so). The words between are no verbs and no marks.
 */
function whatSubject(tokens: Token[], j: number): boolean {
  if (j < 1 || tokens[j].punct || !sourceKind(tokens, j, true)) return false;
  for (let k = j - 1, n = 0; k >= 0 && n <= WHAT_SUBJECT_GAP; k--, n++) {
    const t = tokens[k];
    if (t.lower === 'what') return true;
    if (t.punct || t.lemma !== undefined || AUXILIARIES.has(t.lower)) return false;
  }
  return false;
}

/** Verbs of judging by comparison: "critics compared the plan to a tax". */
const COMPARING = new Set(['compare', 'liken']);

/** Whether a verb of comparing at i measures a figure, with no object before its "to" or "with": "up 5 pct compared with 2015" (no cue, no verb of a claim). */
export function measuresFigure(tokens: Token[], i: number): boolean {
  const lemma = tokens[i]?.lemma;
  return lemma !== undefined && COMPARING.has(lemma) && !objectBeforeTo(tokens, i);
}

/** Whether an object stands between a verb at i and its "to" or "with": "compared the plan to a tax" (not "compared with 2015"). */
function objectBeforeTo(tokens: Token[], i: number): boolean {
  for (let k = i + 2; k < Math.min(tokens.length, i + 14); k++) {
    const t = tokens[k];
    if (t.punct && !t.possessive && t.text !== '.' && t.text !== "'" && t.text !== '’') return false;
    if (t.lower === 'to' || t.lower === 'with') return !tokens[i + 1].punct && tokens[i + 1].lower !== 'to' && tokens[i + 1].lower !== 'with';
  }
  return false;
}

/** Verbs of expecting, against which a writer measures an outcome: "better than analysts expected". */
const EXPECTING = new Set(['expect', 'forecast', 'predict', 'anticipate', 'estimate', 'project', 'think', 'believe', 'fear', 'hope', 'assume', 'reckon', 'suggest', 'say']);

/** Whether a phrase (a source, or a passive's form of "be") stands right after the "than" of a comparison: "than analysts", "than had been". */
function afterThan(tokens: Token[], src: Span | undefined): boolean {
  if (!src) return false;
  let k = tokenIndexAt(tokens, src.start) - 1;
  // "than most had been": auxiliaries of the passive before the form of "be"
  while (k > 0 && /^(?:had|has|have|was|were|is|been)$/.test(tokens[k].lower)) k--;
  return k >= 0 && tokens[k].lower === 'than';
}

/** Whether a group's expectation is the figure an outcome is measured against: "well above the $1.11 a share that analysts expected". */
function expectedFigure(tokens: Token[], src: Span | undefined): boolean {
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
function calledEvent(tokens: Token[], i: number): boolean {
  let k = i + 1;
  // "called off" (a phrasal verb: cancelling)
  if (lowerAt(tokens, k) === 'off') return true;
  // "Someone called 911", "neighbors called police", "called for help": phoning, an act
  // (nothing but a mark or a linking word after them: "called police incompetent" is a view)
  const phoned = PHONED.has(lowerAt(tokens, k)) ? k : PHONED_DETERMINERS.has(lowerAt(tokens, k)) && PHONED.has(lowerAt(tokens, k + 1)) ? k + 1 : -1;
  if (phoned >= 0 && (phoned + 1 >= tokens.length || tokens[phoned + 1].punct || AFTER_PHONED.has(tokens[phoned + 1].lower))) return true;
  if (lowerAt(tokens, k) === 'for' && lowerAt(tokens, k + 1) === 'help') return true;
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
function nameAfterCalled(tokens: Token[], k: number): boolean {
  const n = k < tokens.length ? tokens[k] : undefined;
  return n !== undefined && (!n.punct || QUOTE_MARK.test(n.text)) && !CALLED_PARTICLES.has(n.lower) && !DETERMINERS.has(n.lower) &&
    !PRONOUNS.has(n.lower) && !OBJECT_PRONOUNS.test(n.lower);
}

/** Whom one phones in an emergency: "called 911", "called police", "called the sheriff's office". */
const PHONED = new Set(['911', '999', '112', '9-1-1', 'police', 'cops', 'dispatch', 'dispatchers', 'authorities', 'deputies', 'paramedics', 'firefighters', 'sheriff', "sheriff's", 'ambulance', 'emergency']);
const PHONED_DETERMINERS = new Set(['the', 'an', 'local']);
/** Words that may follow whom one phoned: "called 911 after hearing shots", "called police to report". */
const AFTER_PHONED = new Set(['and', 'to', 'after', 'about', 'for', 'when', 'at', 'around', 'from', 'on', 'but', 'because', 'as', 'shortly', 'immediately', 'just', 'before', 'while', 'once', 'twice', 'again', 'who', 'which', 'that']);

/** Quantifiers standing alone as a crowd: "some view the plan as …", "many see it as …". */
const CROWD_PRONOUNS = new Set(['some', 'many', 'most', 'others', 'few']);

/** "saw that the race was over" (not "saw that film"): "that" and then a subject. */
function thatClauseFollows(tokens: Token[], i: number): boolean {
  if (lowerAt(tokens, i + 1) !== 'that' || i + 2 >= tokens.length) return false;
  const n = tokens[i + 2];
  return !n.punct && (n.lower === 'the' || n.lower === 'a' || PRONOUNS.has(n.lower) || (n.cap && !(n.f & W_NOT_NAME)));
}

/** Relative pronouns that leave the object of their clause's verb before it: "the war, which most voters opposed". */
const OBJECT_RELATIVES = new Set(['which', 'who', 'whom', 'that']);

/** Words that make a frame's phrase something other than a crowd: "For these assignments and others". */
const FRAME_BREAKERS = new Set(['the', 'these', 'those', 'this', 'that', 'and', 'or']);

/** Prepositions of a frame that gives a group's view: "For most voters, …", "To many readers, …". */
const VIEW_FRAME = new Set(['for', 'to']);

/**
 * A sentence (or its clause after "but"/"and") opened by "for" or "to" and a vague group of people set off
 * by a comma: "For many activists, talk of surrender is infuriating.", "To some, the delay was a relief."
 * What follows is the group's view, told without anyone to ask. Not times or amounts ("For many years,",
 * "For most of the day,", "To some degree,"): the phrase's last word must head a group of people, and a
 * quantity must pick some of them.
 */
function groupFrame(scan: SentenceScan): void {
  const tokens = scan.tokens;
  let k = 0;
  if (k < tokens.length && COORDINATORS.has(tokens[k].lower)) k++;
  if (k >= tokens.length || !VIEW_FRAME.has(tokens[k].lower)) return;
  let comma = -1;
  for (let j = k + 1; j < Math.min(tokens.length, k + 8); j++) {
    if (tokens[j].punct) { if (tokens[j].text === ',') comma = j; break; }
  }
  if (comma < k + 2) return;
  const h = comma - 1;
  const head = tokens[h];
  const people = isGroupHead(head) || (head.f & (W_ALWAYS_VAGUE | W_VAGUE_SOURCE)) !== 0;
  if (!people || sourceKind(tokens, h, true) !== 'vague') return;
  // a quantity makes it a share of the group's members ("For many Democrats"); a bare group is more
  // often the author's analysis of its interests ("For Republicans, the stakes are high")
  let counted = false;
  for (let j = k + 1; j <= h; j++) {
    // things told of before ("For these assignments and others,"), not a crowd
    if (FRAME_BREAKERS.has(tokens[j].lower)) return;
    if ((tokens[j].f & (W_PARTITIVE | W_ALWAYS_VAGUE)) !== 0) counted = true;
  }
  if (!counted) return;
  scan.vague.push(kindSpan(scan.full, tokens[k].start, head.end, 'subject'));
}

/** Marks that set off an inverted cue: "…, said several observers". */
const SET_OFF = new Set([',', '—', '–']);

/** Whether a source stands right after the verb at i, past an article at most ("said police", "said the sheriff"). */
function rightAfter(tokens: Token[], i: number, src: Source): boolean {
  let k = i + 1;
  if (k < tokens.length && (tokens[k].lower === 'the' || tokens[k].lower === 'a')) k++;
  return k < tokens.length && tokens[k].start === src.start;
}

/** Whether a source found after the verb at i ends its sentence: only a full stop, "!" or "?" after it. */
function endsSentence(tokens: Token[], i: number, src: Source): boolean {
  let k = i + 1;
  while (k < tokens.length && tokens[k].start < src.end) k++;
  return k === tokens.length || (k === tokens.length - 1 && /^[.!?]$/.test(tokens[k].text));
}

/** Whether a source found after a verb ends its clause ("…, said several observers." / "…, said Ana Silva on Monday"). */
function closesClause(tokens: Token[], src: Source): boolean {
  let k = 0;
  while (k < tokens.length && tokens[k].start < src.end) k++;
  // a named speaker's office after it: "…, said Sgt. Ana Cole of the Los Angeles Police Department's Harbor station."
  if (src.kind === 'named') k = affiliationEnd(tokens, k);
  for (; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.punct) return !t.possessive;
    if (!DAYS_AND_TIME.test(t.lower)) return false;
  }
  return true;
}

/** How many words an office after a name may have: "of the Los Angeles Police Department's Harbor station". */
const AFFILIATION_WORDS = 10;

/**
 * The end of an office phrase at k after a named speaker ("of the Harbor Police", "with the sheriff's
 * office"): "of" or "with", then words up to the clause's end, the first after any "the" capitalised,
 * with no verb of a clause ("of the men who fled"). k itself when there is none.
 */
function affiliationEnd(tokens: Token[], k: number): number {
  if (k >= tokens.length || (tokens[k].lower !== 'of' && tokens[k].lower !== 'with')) return k;
  let j = k + 1;
  if (j < tokens.length && tokens[j].lower === 'the') j++;
  if (j >= tokens.length || !tokens[j].cap) return k;
  for (let n = 0; j < tokens.length && n < AFFILIATION_WORDS; j++, n++) {
    const t = tokens[j];
    if (t.punct && !t.possessive && t.text !== '.' && t.text !== "'" && t.text !== '’') return j;
    if (t.punct && t.text === '.' && j === tokens.length - 1) return j;
    if (!t.punct && !t.cap && t.lemma !== undefined) return k;
  }
  return j >= tokens.length ? j : k;
}

/** Predicates of a standing that polls show: "polls show the senator ahead", "… within two points", "… tied". */
const STANDING = new Set(['ahead', 'tied', 'within', 'trailing', 'leading', 'neck-and-neck', 'deadlocked']);

/** Whether "show" at i reports a standing ("polls show the senator ahead"): a standing word within a few words. */
function standingFollows(tokens: Token[], i: number): boolean {
  for (let k = i + 2; k < Math.min(tokens.length, i + 7); k++) {
    if (tokens[k].punct && !tokens[k].possessive) return false;
    if (STANDING.has(tokens[k].lower)) return true;
  }
  return false;
}

/** Whether the subject of a verb at i is a vague report noun ("reports have found", "investigations found"). */
function vagueReportSubject(scan: SentenceScan, i: number): boolean {
  const tokens = scan.tokens;
  let j = i - 1;
  while (j >= 0 && j >= i - 3 && !tokens[j].punct && (AUXILIARIES.has(tokens[j].lower) || ADVERB_GAP.test(tokens[j].lower))) j--;
  if (j < 0 || tokens[j].punct || tokens[j].possessive) return false;
  // "many recent studies of the minimum wage have found": a narrowing phrase between the report and its verb
  if ((tokens[j].f & W_REPORT_NOUN) === 0) {
    let k = j;
    while (k > 0 && j - k < 6 && !tokens[k].punct && tokens[k].lemma === undefined && !NARROWING.has(tokens[k].lower)) k--;
    if (k < 1 || !NARROWING.has(tokens[k].lower) || (tokens[k - 1].f & W_REPORT_NOUN) === 0) return false;
    j = k - 1;
  }
  if (tokens[j].possessive || (tokens[j].f & W_REPORT_NOUN) === 0) return false;
  return sourceKind(tokens, j, true) === 'vague';
}

/**
 * "with polls showing her lead has gone", "with analysts predicting a fall": the start of the noun
 * phrase between "with" and an -ing cue at i (at most four words, its head a group or report noun
 * right before the verb), else -1.
 */
function withGroupStart(tokens: Token[], i: number): number {
  if (i < 2 || !crowdOrReport(tokens[i - 1])) return -1;
  for (let k = i - 2; k >= 0 && k >= i - 5; k--) {
    const t = tokens[k];
    if (t.punct) return -1;
    if (t.lower === 'with') return k + 1;
  }
  return -1;
}

/** The subject of an -ing cue after "with": "with polls showing" (the vague ones included). */
function withSubject(scan: SentenceScan, i: number): Source | undefined {
  const tokens = scan.tokens;
  if (withGroupStart(tokens, i) < 0) return undefined;
  const kind = sourceKind(tokens, i - 1, true);
  return kind ? sourceAt(scan.full, tokens, i - 1, kind) : undefined;
}

/** Verbs after which an infinitive reporting verb has their subject: "went on to say", "seemed to confirm". */
const GOES_ON = new Set(['on', 'continued', 'continues', 'continue', 'proceeded', 'proceeds', 'began', 'begins', 'started', 'starts', 'came', 'comes', 'took', 'used',
  // "seemed to confirm", "appears to blame": the subject's words, as the writer reads them
  'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

/** A plural group or report noun, which a verb form that is also a noun can follow as its verb: "critics call", "records show". */
function crowdOrReport(t: Token): boolean {
  return !t.possessive && ((t.f & (W_GROUP | W_ALWAYS_VAGUE | W_REPORT_NOUN)) !== 0 || isGroupHead(t)) && /s$/.test(t.lower);
}

/** Finite verbs and auxiliaries that open a clause: "found (that) the fire was set", "polls show the mayor is ahead". */
const FINITE_WORDS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do', "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't", "won't", "didn't", "doesn't"]);

/** Prepositions that end the object of "found"/"showed" before any clause: "found a buyer in Lisbon". */
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'on', 'near', 'inside', 'outside', 'behind', 'under', 'into', 'from', 'across', 'along', 'during']);

/** Predicates of a small clause after "found": "found him dead", "found the man shot". */
const SMALL_CLAUSE = new Set(['shot', 'dead', 'alive', 'unresponsive', 'guilty', 'responsible', 'hurt', 'stabbed', 'beaten', 'wounded', 'injured', 'missing', 'unconscious', 'liable', 'innocent']);

/** Whether a clause follows a verb at i ("that", or a finite verb within its clause): its content is a claim. */
function clauseFollows(tokens: Token[], i: number): boolean {
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
function finiteClauseFollows(tokens: Token[], i: number): boolean {
  const next = lowerAt(tokens, i + 1);
  if (next === 'that' || next === 'how' || next === 'whether' || i + 1 >= tokens.length || (tokens[i + 1].punct && tokens[i + 1].text !== '(')) return true;
  for (let k = i + 1; k < Math.min(tokens.length, i + 10); k++) {
    const t = tokens[k];
    if (t.punct && t.text !== ',') return false;
    if (FINITE_WORDS.has(t.lower) || (t.lemma !== undefined && k > i + 1 && /s$|ed$/.test(t.lower))) return true;
  }
  return false;
}

/**
 * Reporting verbs whose act is no claim: "someone asked for the board back", "people read the post", "retailers
 * accepted the cards"; what a crowd shouted is an event told ("men shouted, at first heard faintly", "everyone was
 * shouting “Ka-ra-bagh”"; usenet-politics blind reading, seed 98), its words a quotation's.
 */
const NO_CLAIM = new Set(['ask', 'read', 'release', 'quote', 'cite', 'brief', 'notify', 'inform', 'accept', 'shout']);

/** What a firm reports as its accounts: "reported results", "reported a loss", "reported higher sales". */
const ACCOUNTS = new Set(['results', 'earnings', 'profit', 'profits', 'loss', 'losses', 'sales', 'revenue', 'revenues', 'income', 'turnover', 'dividend', 'dividends']);

/** Whether "report" at i has a firm's accounts as its object, within its clause. */
function reportsAccounts(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 8); k++) {
    if (tokens[k].punct || tokens[k].lower === 'that') return false;
    if (ACCOUNTS.has(tokens[k].lower)) return true;
  }
  return false;
}

/** "others think about it": turning it over in mind, no view held. */
function thinksAbout(tokens: Token[], i: number): boolean {
  return /^think/.test(tokens[i].lower) && lowerAt(tokens, i + 1) === 'about';
}

/** Whether a token is a person's name: capitalised, and no function word, role, group or a people's adjective. */
function nameWord(t: Token | undefined): boolean {
  return t !== undefined && !t.punct && t.cap && (t.f & (W_NOT_NAME | W_ROLE | W_GROUP)) === 0 && !groupAdjective(t);
}

/** Whether a person stands at k as a verb's object: a name ("Morrison", "Ana Cole") or a personal pronoun. */
function personObject(tokens: Token[], k: number): boolean {
  return /^(?:him|her|them|me|us)$/.test(lowerAt(tokens, k)) || nameWord(tokens[k]);
}

/** Whether "which" or "whom" stands a few words before the verb at i, its fronted object ("which Georgians called"). */
function relativeObject(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
    if (tokens[k].punct) return false;
    if (tokens[k].lower === 'which' || tokens[k].lower === 'whom') return true;
  }
  return false;
}

/** Whether the capitalised words from k close their clause: a mark or the end after them ("called Tartars, for"). */
function nameClosesClause(tokens: Token[], k: number): boolean {
  let j = k;
  while (j < tokens.length && tokens[j].cap && !tokens[j].punct) j++;
  return j > k && (j >= tokens.length || tokens[j].punct);
}

/** Whether a given name or nickname stands at k, maybe in quotation marks: "Mike", "“Smiley”". */
function nameAt(tokens: Token[], k: number): boolean {
  return nameWord(QUOTE_MARK.test(tokens[k]?.text ?? '') ? tokens[k + 1] : tokens[k]);
}

/** Whether "as" follows a verb at i within its clause. */
function asFollows(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 9); k++) {
    if (tokens[k].punct) return false;
    if (tokens[k].lower === 'as') return true;
  }
  return false;
}

/** Modals: "voters can report", "tenants must declare" state an ability or a duty, not what anyone claims. */
const MODALS = new Set(['can', 'cannot', 'could', 'must', 'should', 'shall', 'may', 'might', 'will', 'would', 'ca', 'wo']);
/** Prepositions of a phrase that narrows a group before its verb: "critics of the plan say". */
const NARROWING = new Set(['of', 'in', 'among', 'within', 'inside', 'across', 'from', 'at', 'on', 'around', 'outside']);
/** Words that may stand between a subject and its verb: "Republicans have long argued", "experts still say". */
const SUBJECT_GAP = new Set(['who', 'have', 'has', 'had', 'do', 'does', 'did', 'all', 'both', 'themselves', 'too', 'privately', 'publicly', 'are', 'were', 'is', 'was', 'been', 'being']);

/**
 * Whether a vague group is the object of a preposition, so no subject of the verb after it: "an outpouring on
 * social media of condolences and support", "higher on some follow-through buying … and hopes for sales" (its
 * noun after "and" read as a verb). Not a relative clause after the preposition ("in which Democrats argued",
 * "of what many expect", "in a game many are calling"), and not a phrase opening the sentence, which may lack
 * its comma ("In many cases analysts say").
 */
function objectOfPreposition(tokens: Token[], source: Source): boolean {
  const first = tokenIndexAt(tokens, source.start);
  if (RELATIVE_OR_DETERMINER.has(lowerAt(tokens, first))) return false;
  let lead = first - 1;
  // past one lower-case modifier the group phrase left out ("on social media"), when the group is lower-case too
  // (a capital after a lower-case word may open a sentence the text did not end: "still in jail Analysts believe")
  const t = tokens[lead];
  if (lead > 0 && !tokens[first].cap && !OBJECT_PREPOSITIONS.has(t.lower) && !t.punct && !t.cap && t.lemma === undefined &&
    !(t.f & (W_PARTITIVE | W_ALWAYS_VAGUE)) && !RELATIVE_OR_DETERMINER.has(t.lower) && !COORDINATORS.has(t.lower) && t.lower !== 'or') lead--;
  return lead > 0 && OBJECT_PREPOSITIONS.has(tokens[lead].lower);
}

/**
 * Whether a vague source found for the verb at i is its subject, which the sentence then reports
 * without a source: the group stands right before the verb (auxiliaries, adverbs and a narrowing phrase
 * between), or right after a verb that opens the sentence or follows a comma or a quotation ("...,"
 * say some Democrats). Not an infinitive ("pressed farmers to reject"), not under a modal ("voters can
 * report posts"), not an object after the verb ("urged voters").
 */
function vagueSubjectHolds(tokens: Token[], i: number, source: Source, inverted: boolean): boolean {
  // a plural group and a verb in the third person singular ("a guide for cyclists says") do not agree
  const v = tokens[i];
  if (v.lemma !== undefined && v.lower !== v.lemma && /[^s]s$/.test(v.lower) && /s$/i.test(source.text) && !inverted) return false;
  if (inverted) {
    const before = i > 0 ? tokens[i - 1] : undefined;
    if (before && !(before.text === ',' || QUOTE_MARK.test(before.text))) return false;
    let k = i + 1;
    while (k < tokens.length && tokens[k].start < source.start) k++;
    return k - i <= 3;
  }
  let k = 0;
  while (k < i && tokens[k].start < source.end) k++;
  // a group narrowed inside its own span ("Others in the African-American community"): the phrase's head may follow
  if (k < i && / (?:of|in|among|within|from|at) /.test(source.text)) {
    const from = k;
    while (k < i && k - from < 3 && !tokens[k].punct && !tokens[k].lemma && !(tokens[k].f & (W_NOT_NAME | W_GROUP_STANCE | W_PARTICIPLE)) && !ADVERB_GAP.test(tokens[k].lower) && !/ed$/.test(tokens[k].lower)) k++;
  }
  if (k < i && NARROWING.has(tokens[k].lower)) {
    const from = k++;
    while (k < i && k - from < 7 && !tokens[k].punct && !tokens[k].lemma && !BE_FORMS.has(tokens[k].lower) && !MODALS.has(tokens[k].lower) && !SUBJECT_GAP.has(tokens[k].lower)) k++;
  }
  const gapStart = k;
  // a closing mark alone in the gap ends an aside only when the group is one added by "and"
  // ("Democrats — and some Republicans — say"), not an apposition ("the AfroSpear, a group of bloggers, said")
  let asideWord = false;
  for (let j = gapStart; j < i; j++) if (PARENTHETICAL.has(tokens[j].lower)) asideWord = true;
  const first = tokenIndexAt(tokens, source.start);
  const coordinated = first > 0 && (tokens[first - 1].lower === 'and' || tokens[first - 1].lower === 'or');
  // the aside is set off on both sides ("Others, however, say"), or closes one the group opened ("— and some Republicans —")
  const mark = (x: Token | undefined) => x !== undefined && x.punct && (x.text === ',' || x.text === '—' || x.text === '–');
  // (auxiliaries may stand between an adverbial aside and the verb: "Others, however, have said"; not after a
  // group added by "and", which may be a list's last item: "campaigners for fair trade, and many other causes, have")
  let vi = i;
  while (asideWord && vi - 1 > gapStart && AUXILIARIES_BEFORE_VERB.has(tokens[vi - 1].lower)) vi--;
  const enclosed = mark(tokens[vi - 1]) && (mark(tokens[gapStart]) ? vi - 1 > gapStart || coordinated : false);
  for (; k < i; k++) {
    const t = tokens[k];
    const g = t.lower;
    // "Others, however, say", "Democrats — and some Republicans — say": a parenthetical aside
    if (t.punct && (t.text === ',' || t.text === '—' || t.text === '–') && i - gapStart <= ASIDE_GAP && enclosed && (asideWord || coordinated)) continue;
    if (PARENTHETICAL.has(g) && i - gapStart <= ASIDE_GAP) continue;
    // "polls continue to show"
    if (g === 'to' && k === i - 1 && k > gapStart && GOES_ON.has(tokens[k - 1].lower)) continue;
    // "many would argue", "some may say": a hedged view is still the group's (not "some may find this video disturbing")
    if (EPISTEMIC.has(g) && (v.lemma !== undefined ? HEDGED_VIEWS.has(v.lemma) : (v.f & W_GROUP_STANCE) !== 0)) continue;
    if (MODALS.has(g) || g === 'to') return false;
    if (!(SUBJECT_GAP.has(g) || ADVERB_GAP.test(g) || GOES_ON.has(g))) return false;
  }
  if (i > 0 && tokens[i - 1].lower === 'to' && !(i > 1 && GOES_ON.has(tokens[i - 2].lower))) return false;
  // "voters polled by the paper": a participle after its noun
  if (/ed$/.test(v.lower) && lowerAt(tokens, i + 1) === 'by') return false;
  // the group is an object or a complement: "stirring some unease", "a poster and a few leaflets"
  let s = 0;
  while (s < tokens.length && tokens[s].start < source.start) s++;
  const before = s > 0 ? tokens[s - 1] : undefined;
  // "Ms Okafor and others", "she and other engineers": a named speaker leads the group
  if (before && (before.lower === 'and' || before.lower === 'or') && s > 1 && !tokens[s - 2].punct &&
    ((tokens[s - 2].cap && !(tokens[s - 2].f & W_NOT_NAME) && !isGroupHead(tokens[s - 2])) || (tokens[s - 2].f & W_PRONOUN))) return false;
  if (before && !before.punct && ((before.lemma !== undefined && !NOUN_LIKE_FORMS.test(before.lower) && !STRICT_NOUN_FORMS.test(before.lower)) || /ing$/.test(before.lower) || OBJECT_MARKERS.has(before.lower))) return false;
  return true;
}

/** Asides between a group and its verb: "Others, however, say". */
const PARENTHETICAL = new Set(['however', 'meanwhile', 'though', 'too', 'even', 'instead', 'in', 'turn', 'for', 'their', 'part', 'particular', 'example', 'instance']);
/** The most tokens between a group and its verb that an aside may fill: "Voters, in particular, have said" (a comma, two words, a comma, an auxiliary). */
const ASIDE_GAP = 5;
/** Modals of possibility: "many would argue", "some may say" hedge the group's view, not its ability. */
const EPISTEMIC = new Set(['may', 'might', 'would']);
/** Verbs of holding or voicing a view that a hedging modal leaves the group's own. */
const HEDGED_VIEWS = new Set(['say', 'argue', 'claim', 'believe', 'think', 'contend', 'suggest', 'feel', 'wonder', 'question', 'object', 'insist', 'counter', 'complain', 'criticize', 'criticise', 'doubt', 'fear', 'worry', 'agree', 'disagree', 'call', 'describe', 'dismiss', 'blame', 'see', 'view', 'consider', 'regard', 'expect', 'predict', 'hope', 'recall']);

/** Words before a group that make it an object or a complement: "urged … to", "for some critics", "a few leaflets". */
const OBJECT_MARKERS = new Set(['of', 'to', 'for', 'from', 'about', 'by', 'against', 'among', 'like', 'a', 'an', 'the',
  // verbs that take the group as their object before its own verb: "to let other sites know", "helps voters understand"
  'let', 'lets', 'letting', 'make', 'makes', 'made', 'making', 'help', 'helps', 'helped', 'helping', 'allow', 'allows', 'allowed', 'have', 'has', 'had',
  'get', 'gets', 'got', 'keep', 'keeps', 'kept', 'leave', 'leaves', 'left', 'see', 'saw', 'watch', 'watched', 'hear', 'heard']);

const RELATIVES = new Set(['who', 'which', 'whose', 'whom']);
/** Words that open an aside adding members to the subject: "Democrats — and some Republicans — say". */
const ADDED_BY = new Set(['and', 'or', 'including', 'plus', 'as', 'along', 'together', 'not', 'but']);

/** Where the comma opening a relative aside that closes right before a verb at i stands (its token index; -1: none). */
function relativeAsideStart(tokens: Token[], i: number): number {
  // "Mr Yushchenko - keen to reassure potential investors - had said": an aside between dashes, its
  // auxiliaries after it (not a group added by "and": "Democrats — and some Republicans — say")
  let v = i;
  while (v > 0 && v > i - 2 && AUXILIARIES_BEFORE_VERB.has(tokens[v - 1].lower)) v--;
  if (v >= 3 && DASHES.has(tokens[v - 1].text)) {
    for (let k = v - 2; k >= Math.max(1, v - 25); k--) {
      const t = tokens[k];
      if (DASHES.has(t.text)) return k + 1 < v - 1 && !ADDED_BY.has(tokens[k + 1].lower) && !tokens[k - 1].punct ? k : -1;
      if (t.punct && t.text !== ',') return -1;
    }
    return -1;
  }
  if (i < 3 || tokens[i - 1].text !== ',') return -1;
  for (let k = i - 2; k >= Math.max(1, i - 25); k--) {
    const t = tokens[k];
    if (t.punct && t.text !== ',') return -1;
    if (t.text === ',') return k + 1 < i - 1 && RELATIVES.has(tokens[k + 1].lower) ? k : -1;
  }
  return -1;
}

/** The subject of a verb at i: the nearest source to its left within the clause (the whole sentence before an -ing form). */
function subjectBefore(scan: SentenceScan, i: number, ing: boolean): Source | undefined {
  const tokens = scan.tokens;
  let fallback: Source | undefined;
  // "The DNC, which is seen as aligned with Clinton, responded": the subject stands before the relative aside
  const aside = !ing ? relativeAsideStart(tokens, i) : -1;
  for (let j = aside >= 0 ? aside - 1 : i - 1; j >= Math.max(0, ing ? 0 : (aside >= 0 ? aside : i) - 12); j--) {
    const p = tokens[j];
    if (!ing && (QUOTE_MARK.test(p.text) || p.text === ';' || p.text === ':' || SUBORDINATORS.has(p.lower))) break;
    if (quoted(scan.own, p)) continue;
    const kind = sourceKind(tokens, j, true);
    if (ing && (kind === 'vague' || kind === 'anonymous')) continue;
    if (!kind) continue;
    const src = sourceAt(scan.full, tokens, j, kind);
    // a group that is not the verb's subject ("who runs the effort for military veterans, said") may
    // stand inside the subject phrase: look on for its head
    if (kind === 'vague' && !ing && !vagueSubjectHolds(tokens, i, src, false)) {
      fallback ??= src;
      continue;
    }
    return src;
  }
  return fallback;
}

const INVERSION_BEFORE = new Set([',', '"', '“', '”', '‘', '’', '«', '»', '—', '–', ':']);
/** Prepositions that close the noun phrase of a thing kept: "maintaining contact with", "maintain confidence of investors". */
const KEPT_CLOSERS = new Set(['with', 'of', 'in', 'on', 'at', 'for', 'between', 'across', 'among', 'to', 'through', 'over', 'during']);

/**
 * Whether "maintain" at i keeps a thing up: a short noun phrase closed by a preposition or a mark ("maintaining
 * contact with", "maintain order."), with no word after its first that could be a clause's verb ("maintain the
 * practice provides an opening" is a view; "maintain that …" too).
 */
function thingKept(tokens: Token[], i: number): boolean {
  for (let k = i + 1, n = 0; k < tokens.length && n < 5; k++, n++) {
    const t = tokens[k];
    if (t.punct || KEPT_CLOSERS.has(t.lower)) return n > 0;
    if (t.lower === 'that' || t.lemma !== undefined || FINITE_WORDS.has(t.lower) || (n > 0 && /(?:s|ed)$/.test(t.lower))) return false;
  }
  return false;
}

/** Words that open a relative clause or a noun phrase of its own: a group after them may be its subject. */
const RELATIVE_OR_DETERMINER = new Set(['what', 'which', 'whom', 'whose', 'who', 'that', 'a', 'an', 'the', 'this', 'these', 'those']);
/** Prepositions whose object is never the subject of the verb after it ("with" is: "with analysts saying …"). */
const OBJECT_PREPOSITIONS = new Set(['on', 'in', 'at', 'into', 'onto', 'from', 'for', 'about', 'against', 'among', 'over', 'under', 'of', 'during']);
/** Prepositions that open a verb's complement, never its inverted subject: "…, warned against social media". */
const COMPLEMENT_PREPOSITIONS = new Set(['against', 'about', 'of', 'for', 'with', 'into', 'upon', 'to', 'toward', 'towards', 'over', 'from']);

/** An inverted subject after a verb at i: "said Ana Silva", "said police on Monday". */
function subjectAfter(scan: SentenceScan, i: number, unmarked = false): Source | undefined {
  const tokens = scan.tokens;
  // inversion follows a quotation, a comma or a dash, or opens the sentence ("…," said Ana Silva);
  // elsewhere a name after the verb is its object ("neighbours see it as an abuse of council power")
  if (i > 0 && !unmarked && !INVERSION_BEFORE.has(tokens[i - 1].text)) return undefined;
  // ("Sarah Teather, the most recent MP to be elected, told researchers: …": who is told is the hearer; "told" never
  // inverts)
  if (tokens[i].lemma === 'tell') return undefined;
  // ("That statement, which did not name him, warned against social media …": the subject stood before the aside)
  if (i + 1 < tokens.length && COMPLEMENT_PREPOSITIONS.has(tokens[i + 1].lower)) return undefined;
  // ("liquidity, estimated at some 500 mln rupees": a figure's measure; "…, said at least two analysts" is a crowd counted)
  if (lowerAt(tokens, i + 1) === 'at' && lowerAt(tokens, i + 2) !== 'least' && lowerAt(tokens, i + 2) !== 'most') return undefined;
  for (let j = i + 1; j < Math.min(tokens.length, i + 7); j++) {
    const p = tokens[j];
    if (p.punct && p.text !== ',') break;
    if (SUBORDINATORS.has(p.lower)) break;
    if (DAYS_AND_TIME.test(p.lower) && !p.cap) continue;
    if (DAYS_AND_TIME.test(p.lower) || quoted(scan.own, p)) continue;
    // ("The DNC, which is seen as aligned with her, responded by abruptly blocking Sanders' access": a name
    // after a participle is its object; the subject stood before the aside)
    if (ING_CUE.test(p.lower) && !p.cap) break;
    const kind = sourceKind(tokens, j, true);
    if (kind) return sourceAt(scan.full, tokens, j, kind);
  }
  return undefined;
}

/** Stance frames of not knowing: "it is unclear", "it remains to be seen". */
const UNKNOWN_FRAME = /\bunclear\b|\bremains to be seen\b/i;
/** An open question after a frame of not knowing: "… whether", "… how many", "…, though, who", "… Sunday where". */
const OPEN_QUESTION = /^[\s,]*(?:(?:though|however|yet|still|exactly|immediately|now|right now|so far|as of \w+|at this (?:time|point)|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun|to|yester)day(?: (?:morning|afternoon|evening|night))?|tonight)[\s,]+)*(?:whether|if|how|why|who|whom|whose|what|when|where|which)\b/i;

/**
 * Weasel phrases, agentless "faced" reports, "there is" frames and impersonal stance. Each phrase list
 * is a long regex, run only when a token of the sentence is one of its trigger words.
 */
function findMarkerPhrases(scan: SentenceScan): void {
  let gateVague = false, gateFaced = false, gateStance = false, gateThere = false, gateAccording = false, gateView = false;
  for (const t of scan.tokens) {
    const f = t.f;
    if (f & W_TRIGGER_VAGUE) gateVague = true;
    if (f & W_TRIGGER_FACED) gateFaced = true;
    if (f & W_TRIGGER_STANCE) gateStance = true;
    if (f & W_THERE) gateThere = true;
    if (f & W_VIEW_HEAD) gateView = true;
    if (f & W_ACCORDING) gateAccording = true;
  }
  const {text, base, full} = scan;
  if (gateVague) for (const m of matches(VAGUE_PHRASE, text)) {
    // "was widely expected to fly to Washington tomorrow": a trip on a schedule, as for a bare "expected"
    if (/expected$/i.test(m[0]) && courtDate(scan.tokens, tokenIndexAt(scan.tokens, base + m.index + m[0].length - 'expected'.length), -1)) continue;
    if (WORD_IS.test(m[0]) && !rumourWordIs(text, m.index, m.index + m[0].length)) continue;
    scan.vague.push(kindSpan(full, base + m.index, base + m.index + m[0].length, 'phrase'));
  }
  // a name set in apposition names them: "according to analysts Nielsen Media" (not "according to reports Monday")
  // and so does a named author after "by" or "from": "according to research conducted by the National Highway Traffic
  // Safety Administration", "according to reports from the Associated Press"
  if (gateAccording) for (const m of matches(ACCORDING_VAGUE, text)) if (/^(?:some|many|others)$/i.test(lastWord(m[0])) || !(APPOSED_NAME.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)) || AUTHORED_BY.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)))) scan.vague.push(kindSpan(full, base + m.index, base + m.index + m[0].length, 'phrase'));
  if (gateFaced) for (const m of matches(FACED, text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (FACED_WITH_AGENT.test(after) || agentOfNoun(scan, base + m.index + m[0].length)) continue;
    const noun = lastWord(m[0]);
    if (literalUnder(scan.tokens, noun) || criminalCharges(scan.tokens, noun, base + m.index + m[0].length)) continue;
    scan.agentless.push(span(full, base + m.index, base + m.index + m[0].length));
  }
  if (gateFaced) for (const m of matches(HELD_VIEW, text)) {
    const end = base + m.index + m[0].length;
    // "his growing doubts", "the party's lingering fears": the owner holds the view
    if (ownedBefore(scan.tokens, base + m.index) || agentOfNoun(scan, end)) continue;
    scan.agentless.push(span(full, base + m.index, end));
  }
  if (gateThere) for (const m of matches(THERE_IS, text)) scan.vague.push(kindSpan(full, base + m.index, base + m.index + m[0].length, 'phrase'));
  if (gateView) for (const m of matches(VIEW_IS, text)) scan.vague.push(kindSpan(full, base + m.index, base + m.index + m[0].length, 'phrase'));
  if (gateStance) for (const m of matches(STANCE, text)) {
    if (!stanceHolds(scan.tokens, stanceVerbAt(scan.tokens, base + m.index, base + m.index + m[0].length))) continue;
    // "it is unclear whether / how / who …": the writer's note of what is not known, which asserts nothing
    if (UNKNOWN_FRAME.test(m[0]) && OPEN_QUESTION.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    scan.stance.push(span(full, base + m.index, base + m.index + m[0].length));
  }
}

/** The rumour idiom "(the) word is". */
const WORD_IS = /^(?:the\s+)?word\s+is$/i;
/** What follows the idiom's "is": a clause ("Word is he's paring it down", "the word is that …"). */
const CLAUSE_AFTER_IS = /^\s+(?:that\b|(?:he|she|they|it|we)(?:['’]\p{Ll}+)?\s|(?:the|a|an|his|her|their)\s|\p{Lu}\p{Ll}+\s+(?:\p{Ll}+s|is|was|has|will|would|had)\b)/u;

/**
 * Whether "(the) word is" at [start, end) of a sentence's text is the rumour idiom: it opens the sentence or its
 * clause, "word" in lower case after "the" (not Microsoft's "Word is not available", not "the key word is", "the
 * last word is"), and a clause follows ("Word is he's paring it down"), not a word talked of ("The word is
 * 'terrorism'", "the word is already included in the dictionary").
 */
function rumourWordIs(text: string, start: number, end: number): boolean {
  // (at the sentence's or a clause's opening, or after a conjunction: "But word is …")
  const pre = text.slice(0, start).trimEnd();
  if (start > 0 && pre !== '' && !/[,;:—–-]$/.test(pre) && !/(?:^|[\s,;:])(?:and|but|so)$/i.test(pre)) return false;
  if (/^the\s+Word/.test(text.slice(start, end))) return false;
  return CLAUSE_AFTER_IS.test(text.slice(end, end + 40));
}

/** Whether the word before `start` owns what follows: a possessive ("the party's") or an owner ("his", "their"). */
function ownedBefore(tokens: Token[], start: number): boolean {
  let k = tokenIndexAt(tokens, start) - 1;
  if (k < 0) return false;
  const p = tokens[k];
  return p.possessive || OWNERS.has(p.lower);
}

/**
 * Whether a "from"/"by" phrase right after a noun ending at `end` has a source ("drew criticism from the
 * mayor", "… from unions, including the Teamsters"); a vague one is read by `viewOfGroup`.
 */
function agentOfNoun(scan: SentenceScan, end: number): boolean {
  const tokens = scan.tokens;
  let k = 0;
  while (k < tokens.length && tokens[k].start < end) k++;
  for (let n = 0; k < tokens.length && n < 3; k++, n++) {
    if (tokens[k].lower === 'from' || tokens[k].lower === 'by') {
      for (let j = k + 1; j < Math.min(tokens.length, k + 6); j++) {
        if (tokens[j].punct) return false;
        if (sourceKind(tokens, j, true)) return true;
      }
      return false;
    }
    if (tokens[k].punct && tokens[k].text !== ',') return false;
  }
  return false;
}

/** The last word of a phrase match, lower-cased. */
function lastWord(phrase: string): string {
  const k = phrase.search(/[\w-]+$/);
  return k < 0 ? '' : phrase.slice(k).toLowerCase();
}

/** The token of a stance frame [start, end) that carries its verb ("it seems": "seems"), else its first. */
function stanceVerbAt(tokens: Token[], start: number, end: number): number {
  const first = tokenIndexAt(tokens, start);
  for (let k = first; k < tokens.length && tokens[k].end <= end; k++) {
    if (/^(?:seem|appear|look)/.test(tokens[k].lower)) return k;
  }
  return first;
}

/** "faced criticism from the Democrats": the agent follows. */
const FACED_WITH_AGENT = /^\s+(?:\S+\s+){0,2}?(?:from|by)\s+(?:the\s+|his\s+|her\s+|its\s+)?(?:\p{Lu}|officials|lawmakers|members)/u;

// verbCue's rare paths (a verb that needs an object, a reduced passive with its agent or before a figure, "am" after
// an hour, a reduced passive without a figure) run here, once V8 keeps type feedback for it: verbCue is inlined into findCues, and a path first taken by
// an article after findCues is optimised deoptimises it, and it is compiled again (see chars.ts). The scans are
// dropped.
{
  const texts = [
    'Police released the names of the victims on Monday, officials said.',
    'An island claimed by both states was seized, the minister is believed to have said.',
    'A plant estimated to cost 350 mln dlrs was opened, the company said.',
    'On September 29 at 12:16 am said: the plan was said to be late.',
    'A man said to be armed was held.',
    // two of each in one sentence: a second push meets the array as the first left it
    'An island claimed by both states, a town claimed by rebels, a man said to be armed and a boy said to be hurt.',
  ];
  for (let k = 0; k < 8; k++) {
    for (const text of texts) {
      const scan: SentenceScan = {full: text, text, base: 0, tokens: tokenize(text, 0), own: [], cues: [], vague: [], agentless: [], stance: [], anonymous: []};
      findCues(scan);
    }
  }
}
