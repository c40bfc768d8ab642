// The sources of a sentence's reporting cues: the shapes the sentence scan shares (spans, sources, cues,
// the scan of one sentence), which token heads a source and of what kind (a name, a role noun, a pronoun,
// an anonymous or a vague source), the noun phrase it spans, and the subject a reporting verb has before
// or after it. Part of the sentence scan of attribution-cues.ts.
import type {Quote} from './quotes.js';
import {BE_FORMS, VAGUE_QUANTIFIERS, RANK_ABBREVIATIONS} from './lexicons.js';
import {
  type Token, W_NOT_NAME, W_VAGUE_SOURCE, W_ROLE, W_PRONOUN, W_ALWAYS_VAGUE, W_ANONYMOUS_HEAD, W_REPORTING_NOUN, W_PARTICIPLE,
  W_REPORT_NOUN, W_PARTITIVE, W_GROUP, W_GROUP_STANCE, DASHES, tokenIndexAt,
} from './tokens.js';
import {NOT_PEOPLE, noCrowd, groupAdjective, groupBefore, groupKind, isGroupHead, quantifiedPlural, reportKind} from './source-groups.js';
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

export const QUOTE_MARK = /^["“”‘’«»]$/;

const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'prof', 'president', 'minister']);
/** Titles the token lists take for no names (rules: src/text/tokens.ts) that a name follows: "Police Sgt. Ana Cole". */
const RANKS = new Set([...TITLES, 'lt', 'col', 'sgt', ...RANK_ABBREVIATIONS.map((r) => r.toLowerCase())]);
export const DAYS_AND_TIME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|on|in|last|this|week|month|year|morning|afternoon|evening|night|earlier|later|also|again|once|recently|previously|then)$/;
export const SUBORDINATORS = new Set(['that', 'because', 'whether', 'if', 'when', 'while', 'although', 'though']);
const POSTMOD = new Set(['familiar', 'close', 'briefed', 'involved', 'knowledgeable', 'with', 'at', 'from', 'for', 'in', 'who', 'inside', 'within']);
export const ADVERB_GAP = /^(?:not|never|also|widely|long|often|once|still|now|already|further|repeatedly|generally|previously|sometimes|frequently|increasingly|reportedly|allegedly|being|been|largely|broadly|commonly|privately|publicly|openly)$|ly$/;
export const NOUN_LIKE_FORMS = compileNow(/^(?:claims?|reports?|comments?|charges?|questions?|posts?|states?|calls?|estimates?|promises?|fears?|hopes?|doubts?|counters?|projects?|quotes?|views?|notes?|tweets?|statements?|warnings?|demands?|objects?|protests?|points?|rules?|shows?|finds?|reads?|feels?|thinks?|knows?|attacks?|blames?|praises?|dismiss(?:es)?|signals?|labels?|brands?|welcomes?|defends?|forecasts?|remarks?|reckons?|pledges?|vows?|replies?|responses?)$/);
/** Forms whose noun reading dominates ("the Sunshine state", "a blog post"): a verb only after an auxiliary or pronoun. */
export const STRICT_NOUN_FORMS = /^(?:states?|posts?|projects?|objects?|rules?|shows?|reads?|charges?|questions?|calls?|views?|notes?|claims?|reports?)$/;
export const ING_CUE = /ing$/;
export const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'to', 'did', 'does', 'do', 'also', 'not', 'never', 'who', 'which', 'and', 'later', 'then', 'often', 'repeatedly', 'publicly', 'privately']);

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
export function cue(text: string, start: number, end: number, kind: Cue['kind'], lemma: string, position: Cue['position'], source: Source | undefined): Cue {
  return {start, end, text: text.slice(start, end), kind, lemma, position, source, resolved: undefined, clauseStart: 0, clauseEnd: 0};
}

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
export function closingTag(tokens: Token[], i: number, j: number): boolean {
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
export function subjectBeforeVerb(tokens: Token[], j: number): boolean {
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
export function sourceKind(tokens: Token[], j: number, sentenceInitialOk: boolean): SourceKind | undefined {
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
export function sourceAt(full: string, tokens: Token[], j: number, kind: SourceKind): Source {
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

/** Articles that open a noun phrase after a preposition: "of the minimum wage". */
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

/** Determiners of a whole set that may open a group's narrowing phrase: "in both parties", "from all sides". */
const SPAN_DETERMINERS = new Set(['both', 'all', 'either']);

/** Prepositions by which a phrase narrows a group or report before it (as in source-groups.ts). */
const GROUP_PREPOSITIONS_OF = new Set(['of', 'in', 'among', 'within', 'inside', 'across', 'from', 'at']);

/** Words a vague group phrase extends over to its left: "a number of", "his critics". */
const VAGUE_LEAD = new Set(['of', 'the', 'a', 'his', 'her', 'their', 'its', 'our', 'no']);

/** The noun phrase a source token heads: extend left over capitalised words and role nouns. */
export function sourceSpan(full: string, tokens: Token[], j: number, kind: SourceKind): Source {
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
export interface SentenceScan {
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

/** Words after a comma that open a coordinate clause with its own subject: ", but critics say". */
export const COORDINATORS = new Set(['but', 'while', 'whereas', 'although', 'though', 'yet', 'and']);

/**
 * The lower-cased token at k, or '' past either end of the sentence. (`tokens[k]?.lower` reads out of
 * bounds there, and an optimised function deoptimises on the first such read.)
 */
export function lowerAt(tokens: Token[], k: number): string {
  return k >= 0 && k < tokens.length ? tokens[k].lower : '';
}

/** Whether a token lies inside one of the sentence's top-level quotations. */
export function quoted(own: Quote[], t: Token): boolean {
  const k = lastOwnBefore(own, t.start);
  return k >= 0 && t.end <= own[k].end;
}

/**
 * The last of the sentence's top-level quotations that opens before `start` (-1: none). Top-level quotes
 * do not overlap and come sorted by start, so only this one can contain a span starting at `start`: a
 * binary search, not a walk of every quote for every token (a sentence of thousands of quotes made
 * that quadratic).
 */
export function lastOwnBefore(own: Quote[], start: number): number {
  return tokenIndexAt(own, start) - 1;
}

/** Auxiliaries that a plural noun subject may have right after it: "suspects have fled". */
export const AUXILIARIES_BEFORE_VERB = new Set(['have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'do']);

/** A named member after a vague group: "by cycling groups, including the Riverside Cycle Club". */
export function namedMember(scan: SentenceScan, group: Source): Source | undefined {
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

/** How many words may stand between "what" and the head of the subject after it: "what the city's mayor calls". */
const WHAT_SUBJECT_GAP = 3;

/**
 * Whether the token at j heads a source that is the subject of a free relative opened by "what": "what
 * police call", "what the mayor calls", "what Acme Corp calls" (general English: "what X call(s) Y" names
 * X as the one who calls it so). The words between are no verbs and no marks.
 */
export function whatSubject(tokens: Token[], j: number): boolean {
  if (j < 1 || tokens[j].punct || !sourceKind(tokens, j, true)) return false;
  for (let k = j - 1, n = 0; k >= 0 && n <= WHAT_SUBJECT_GAP; k--, n++) {
    const t = tokens[k];
    if (t.lower === 'what') return true;
    if (t.punct || t.lemma !== undefined || AUXILIARIES.has(t.lower)) return false;
  }
  return false;
}

/** Whether a source stands right after the verb at i, past an article at most ("said police", "said the sheriff"). */
export function rightAfter(tokens: Token[], i: number, src: Source): boolean {
  let k = i + 1;
  if (k < tokens.length && (tokens[k].lower === 'the' || tokens[k].lower === 'a')) k++;
  return k < tokens.length && tokens[k].start === src.start;
}

/** Whether a source found after the verb at i ends its sentence: only a full stop, "!" or "?" after it. */
export function endsSentence(tokens: Token[], i: number, src: Source): boolean {
  let k = i + 1;
  while (k < tokens.length && tokens[k].start < src.end) k++;
  return k === tokens.length || (k === tokens.length - 1 && /^[.!?]$/.test(tokens[k].text));
}

/** Whether a source found after a verb ends its clause ("…, said several observers." / "…, said Ana Silva on Monday"). */
export function closesClause(tokens: Token[], src: Source): boolean {
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

/** Whether the subject of a verb at i is a vague report noun ("reports have found", "investigations found"). */
export function vagueReportSubject(scan: SentenceScan, i: number): boolean {
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
export function withGroupStart(tokens: Token[], i: number): number {
  if (i < 2 || !crowdOrReport(tokens[i - 1])) return -1;
  for (let k = i - 2; k >= 0 && k >= i - 5; k--) {
    const t = tokens[k];
    if (t.punct) return -1;
    if (t.lower === 'with') return k + 1;
  }
  return -1;
}

/** The subject of an -ing cue after "with": "with polls showing" (the vague ones included). */
export function withSubject(scan: SentenceScan, i: number): Source | undefined {
  const tokens = scan.tokens;
  if (withGroupStart(tokens, i) < 0) return undefined;
  const kind = sourceKind(tokens, i - 1, true);
  return kind ? sourceAt(scan.full, tokens, i - 1, kind) : undefined;
}

/** Verbs after which an infinitive reporting verb has their subject: "went on to say", "seemed to confirm". */
export const GOES_ON = new Set(['on', 'continued', 'continues', 'continue', 'proceeded', 'proceeds', 'began', 'begins', 'started', 'starts', 'came', 'comes', 'took', 'used',
  // "seemed to confirm", "appears to blame": the subject's words, as the writer reads them
  'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

/** A plural group or report noun, which a verb form that is also a noun can follow as its verb: "critics call", "records show". */
export function crowdOrReport(t: Token): boolean {
  return !t.possessive && ((t.f & (W_GROUP | W_ALWAYS_VAGUE | W_REPORT_NOUN)) !== 0 || isGroupHead(t)) && /s$/.test(t.lower);
}

/** Modals: "voters can report", "tenants must declare" state an ability or a duty, not what anyone claims. */
const MODALS = new Set(['can', 'cannot', 'could', 'must', 'should', 'shall', 'may', 'might', 'will', 'would', 'ca', 'wo']);
/** Prepositions of a phrase that narrows a group before its verb: "critics of the plan say". */
export const NARROWING = new Set(['of', 'in', 'among', 'within', 'inside', 'across', 'from', 'at', 'on', 'around', 'outside']);
/** Words that may stand between a subject and its verb: "Republicans have long argued", "experts still say". */
const SUBJECT_GAP = new Set(['who', 'have', 'has', 'had', 'do', 'does', 'did', 'all', 'both', 'themselves', 'too', 'privately', 'publicly', 'are', 'were', 'is', 'was', 'been', 'being']);

/**
 * Whether a vague group is the object of a preposition, so no subject of the verb after it: "an outpouring on
 * social media of condolences and support", "higher on some follow-through buying … and hopes for sales" (its
 * noun after "and" read as a verb). Not a relative clause after the preposition ("in which Democrats argued",
 * "of what many expect", "in a game many are calling"), and not a phrase opening the sentence, which may lack
 * its comma ("In many cases analysts say").
 */
export function objectOfPreposition(tokens: Token[], source: Source): boolean {
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
export function vagueSubjectHolds(tokens: Token[], i: number, source: Source, inverted: boolean): boolean {
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
export function subjectBefore(scan: SentenceScan, i: number, ing: boolean): Source | undefined {
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

/** Words that open a relative clause or a noun phrase of its own: a group after them may be its subject. */
const RELATIVE_OR_DETERMINER = new Set(['what', 'which', 'whom', 'whose', 'who', 'that', 'a', 'an', 'the', 'this', 'these', 'those']);
/** Prepositions whose object is never the subject of the verb after it ("with" is: "with analysts saying …"). */
const OBJECT_PREPOSITIONS = new Set(['on', 'in', 'at', 'into', 'onto', 'from', 'for', 'about', 'against', 'among', 'over', 'under', 'of', 'during']);
/** Prepositions that open a verb's complement, never its inverted subject: "…, warned against social media". */
const COMPLEMENT_PREPOSITIONS = new Set(['against', 'about', 'of', 'for', 'with', 'into', 'upon', 'to', 'toward', 'towards', 'over', 'from']);

/** An inverted subject after a verb at i: "said Ana Silva", "said police on Monday". */
export function subjectAfter(scan: SentenceScan, i: number, unmarked = false): Source | undefined {
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
