// The kind of a source phrase headed by a people-group noun or a report noun. "Republicans said",
// "some experts believe", "the mayor's opponents argue", "a slew of party leaders agree", "supporters of
// the senator fear" and "reports indicated" name no one a reader could ask: vague. A definite group
// ("the protesters") points back at people the article has introduced, and a report with an author
// ("the ministry's report", "a Lakeside poll", "the report") is a document that can be checked: role.
import {FOLLOWINGS, GROUP_NOUNS, RECORD_NOUNS, RECORD_GENERIC_MODIFIERS, INCIDENT_REPORT_NOUNS, INCIDENT_REPORT_KEEPERS} from './lexicons.js';
import {type Token, W_GROUP, W_PARTITIVE, W_ALWAYS_VAGUE, W_VAGUE_SOURCE, W_NOT_NAME, W_PRONOUN, W_ROLE, W_ANONYMOUS_HEAD, W_REPORT_NOUN} from './tokens.js';

/** Capitalised group plurals not in the word list: "Palestinians", "Republicans", "Democrats", "Socialists". */
const GROUP_SUFFIX = /(?:ians|icans|crats|ists)$/;
/** The people of an organisation: with its name before them they are its unnamed staff. */
const MEMBERS = new Set(['executives', 'employees', 'staff', 'staffers', 'lawmakers', 'legislators', 'leaders', 'strategists', 'operatives', 'aides', 'advisers', 'advisors', 'members', 'negotiators', 'economists', 'analysts', 'researchers', 'scientists', 'experts', 'spokesmen']);

/** Whether a quantifier stands in the few words before j ("some former employees", "many of the staff"). */
function quantifiedBefore(tokens: Token[], j: number): boolean {
  for (let k = j - 1; k >= Math.max(0, j - 4); k--) {
    const p = tokens[k];
    if (p.punct) return false;
    if ((p.f & (W_PARTITIVE | W_ALWAYS_VAGUE)) !== 0 || p.lower === 'other') return true;
  }
  return false;
}

/** The staff of a workplace: anonymous members of a body the story names, not a crowd. */
const STAFF = new Set(['employees', 'staff', 'staffers']);
/** People told of by the place they were at: "workers at the plant", "guests at the party". */
export const AT_A_PLACE = new Set(['workers', 'customers', 'guests', 'patrons', 'students', 'teachers', 'shoppers', 'diners', 'attendees', 'spectators']);

/** Corporate words that end a firm's name: "Nomura Securities Co", "Lund Bank", "Acme Capital Partners". */
const FIRM_WORDS = new Set(['securities', 'bank', 'banks', 'company', 'co', 'corp', 'corporation', 'inc', 'ltd', 'plc', 'group', 'brothers', 'capital', 'partners', 'associates', 'holdings', 'trust', 'financial', 'investments', 'research', 'consulting', 'ag', 'sa', 'nv', 'llc']);

/** Whether the capitalised words right before a group noun at j name a firm by a corporate word ("Acme Securities Company brokers"). */
function firmBefore(tokens: Token[], j: number): boolean {
  for (let k = j - 1; k >= 1 && j - k <= 5; k--) {
    const p = tokens[k];
    if (p.punct && p.text !== '.') return false;
    if (p.punct) continue;
    if (!p.cap) return false;
    const q = tokens[k - 1];
    if (FIRM_WORDS.has(p.lower.replace(/\.$/, '')) && q.cap && !q.punct && (q.f & W_NOT_NAME) === 0) return true;
  }
  return false;
}

/** Determiners that make a group definite: "the protesters" (told of before). */
const DEFINITE = new Set(['the', 'these', 'those']);
/** Possessive determiners: "his supporters", "their critics" (an unnamed part of someone's following). */
export const OWNERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Prepositions between a group and what narrows it: "supporters of the senator", "many in the party". */
const GROUP_PREPOSITIONS = new Set(['of', 'in', 'among', 'within', 'inside', 'across', 'from', 'at']);
/** Words of a counted share: "a third of voters", "a majority of Republicans". */
const COUNTED = new Set(['percent', 'per', 'half', 'third', 'thirds', 'quarter', 'quarters', 'majority', 'minority', 'fifth', 'fifths', 'tenth', 'all']);
const NUMBER = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen)$/;

const PLURAL = /[^s]s$/;
/** A plural report noun: "reports", "polls" (not "analysis", "thesis", "census"). */
function pluralReport(w: string): boolean {
  return PLURAL.test(w) && !/(?:sis|us)$/.test(w);
}
/** An organisation's short name: "E.P.A. records", "KLM reports", "UEFA documents". */
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d-]+$/u;

/**
 * Whether the quantifier at k counts no crowd: "the other candidates" (a definite set), "how many people
 * liked them" (a count asked for), "the most anticipated witness", "what it most fears" (a degree).
 */
export function noCrowd(tokens: Token[], k: number): boolean {
  if (k === 0) return false;
  const q = tokens[k].lower;
  const p = tokens[k - 1];
  if (q === 'other') return DEFINITE.has(p.lower) || OWNERS.has(p.lower) || p.possessive || NUMBER.test(p.lower);
  if (q === 'many' || q === 'much' || q === 'few') return p.lower === 'how';
  if (q === 'most') return DEFINITE.has(p.lower) || OWNERS.has(p.lower) || p.possessive || DEGREE_SUBJECTS.has(p.lower);
  return false;
}

/** Subjects before which "most" is an adverb of degree: "which it most fears", "what we most want". */
const DEGREE_SUBJECTS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you']);

/** A party's or a people's adjective ("Republican", "Democratic", "Arab", "British"): an open group, not a body. */
export function groupAdjective(t: Token): boolean {
  return GROUP_NOUNS.has(t.lower + 's') || GROUP_ADJECTIVE.test(t.lower) || PARTY_WORDS.has(t.lower);
}
/** Party names used as adjectives that the suffix test misses: "GOP leaders", "Labour MPs". */
const PARTY_WORDS = new Set(['gop', 'dem', 'dems', 'tory', 'labour', 'labor', 'green', 'liberal', 'conservative', 'democrat', 'ukip', 'snp', 'likud']);
const GROUP_ADJECTIVE = /(?:ic|an|ian|ese|ish|i)$/;

/** Whether a token heads a group of people: a word of the group list, or a capitalised group plural. */
export function isGroupHead(t: Token): boolean {
  if (t.punct || t.possessive) return false;
  if ((t.f & W_GROUP) !== 0) return true;
  return t.cap && t.lower.length > 6 && GROUP_SUFFIX.test(t.lower);
}

/**
 * The kind of the phrase a group noun at j heads: vague, unless a definite determiner stands before it
 * with nothing quantifying it ("the protesters" → role; "some of the protesters" → vague).
 */
export function groupKind(tokens: Token[], j: number): 'vague' | 'role' | 'anonymous' {
  // a workplace's staff speak for it, unnamed, as its officials do: "Employees said the men were regulars",
  // "hospital staff said" (a reader can call the store or the ward)
  // ("some former employees", "other employees": a crowd picked out of them stays vague)
  if (STAFF.has(tokens[j].lower) && !quantifiedBefore(tokens, j)) return 'anonymous';
  // the people of a place: "workers at two barbershops in Oak Cliff", "customers at the mall", "students at the school"
  if (AT_A_PLACE.has(tokens[j].lower) && tokens[j + 1]?.lower === 'at' && tokens[j + 2] !== undefined && !tokens[j + 2].punct) return 'anonymous';
  // the staff of a named body speak for it, unnamed: "Acme executives", "Treasury economists" (as
  // "Treasury officials")
  if (j > 0 && MEMBERS.has(tokens[j].lower)) {
    const p = tokens[j - 1];
    // (at the sentence's start only an organisation's initials are surely a name: "UAW leaders said")
    if (p.cap && !p.punct && (p.f & W_NOT_NAME) === 0 && !isGroupHead(p) && !groupAdjective(p) && (j - 1 > 0 || ACRONYM.test(p.text))) return 'anonymous';
  }
  // a firm named by its corporate word before any group of its people: "Acme Securities Co brokers", "Lund Bank dealers"
  if (j > 1 && firmBefore(tokens, j)) return 'anonymous';
  // the staff of a body named after them: "analysts at Acme", "economists with the Bank of England" (not "analysts
  // at major banks", "analysts in London", "analysts at Wall Street firms")
  if (MEMBERS.has(tokens[j].lower) && (tokens[j + 1]?.lower === 'at' || tokens[j + 1]?.lower === 'with')) {
    let k = j + 2;
    if (tokens[k]?.lower === 'the') k++;
    const n = tokens[k];
    if (n && n.cap && !n.punct && (n.f & W_NOT_NAME) === 0 && !isGroupHead(n)) {
      while (k + 1 < tokens.length && tokens[k + 1].cap && !tokens[k + 1].punct) k++;
      const after = tokens[k + 1];
      if (!(after && !after.punct && !after.cap && PLURAL.test(after.lower) && after.lemma === undefined && (after.f & W_NOT_NAME) === 0)) return 'anonymous';
    }
  }
  let definite = false;
  // past an owner ("the mayor's opponents") a determiner is the owner's, not the group's
  let owned = false;
  for (let k = j - 1, steps = 0; k >= 0 && steps < 6; k--, steps++) {
    const p = tokens[k];
    if (p.punct) break;
    const f = p.f;
    // a counted group is a poll's or a register's figure ("52 percent of voters say", "a third of
    // Republicans"), told with its count: not a vague source
    if (NUMBER.test(p.lower) || COUNTED.has(p.lower)) return 'role';
    if ((f & (W_PARTITIVE | W_ALWAYS_VAGUE)) !== 0 && !noCrowd(tokens, k)) return 'vague';
    if (DEFINITE.has(p.lower)) { if (!owned) definite = true; continue; }
    // "both men" are two already told of; "both Democrats and Republicans" pairs two crowds
    if (p.lower === 'both' && !/^(?:and|or)$/.test(tokens[j + 1]?.lower ?? '')) { if (!owned) definite = true; continue; }
    if (OWNERS.has(p.lower) || p.possessive) { owned = true; continue; }
    if (p.lower === 'of') { owned = false; continue; }
    // a modifier: a name ("Lund supporters", "UEFA leaders") or an adjective ("ardent fans")
    if ((f & W_NOT_NAME) !== 0 || (f & W_PRONOUN) !== 0) break;
  }
  if (owned && !FOLLOWINGS.has(tokens[j].lower)) return 'role';
  return definite ? 'role' : 'vague';
}

/** Plurals of time and quantity that a quantifier counts without making them anyone: "the past few days", "a few hints". */
export const NOT_PEOPLE = new Set(['days', 'weeks', 'months', 'years', 'hours', 'minutes', 'seconds', 'decades', 'times', 'points', 'dollars', 'cases', 'things', 'ways', 'hints', 'steps', 'questions', 'issues', 'votes', 'seats',
  // harm and events counted: "no other injuries reported" is a count, nobody reporting
  'injuries', 'deaths', 'casualties', 'fatalities', 'arrests', 'incidents', 'problems', 'details']);

/**
 * Whether a plural noun at j is quantified like a crowd: "several leading candidates", "a number of
 * studies", "many in the party" (not "52 percent of voters", "the three candidates").
 */
export function quantifiedPlural(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (t.punct || t.cap || t.lemma !== undefined || !PLURAL.test(t.lower) || (t.f & W_NOT_NAME) !== 0 || NOT_PEOPLE.has(t.lower)) return false;
  for (let k = j - 1, steps = 0; k >= 0 && steps < 5; k--, steps++) {
    const p = tokens[k];
    if (p.punct || p.possessive) return false;
    if (NUMBER.test(p.lower) || COUNTED.has(p.lower) || DEFINITE.has(p.lower)) return false;
    if ((p.f & (W_PARTITIVE | W_ALWAYS_VAGUE)) !== 0) return !noCrowd(tokens, k);
    // "many of his endorsers": an owner inside the quantity phrase
    if (OWNERS.has(p.lower) && k > 0 && tokens[k - 1].lower === 'of') continue;
    if (p.lower !== 'of' && (p.f & W_NOT_NAME) !== 0) return false;
  }
  return false;
}

/**
 * The kind of a report noun at j as the subject of a reporting verb: a role (a document that can be
 * checked) when it has an owner or a name or is definite ("the ministry's report", "a Lakeside poll",
 * "the study"), else vague ("reports indicated", "a new study found", "investigations have found").
 * An author after it ("a report by the auditor") makes it a role too.
 */
export function reportKind(tokens: Token[], j: number): 'vague' | 'role' {
  const next = j + 1 < tokens.length ? tokens[j + 1].lower : '';
  if (next === 'by' || next === 'from') return 'role';
  if (j > 0 && RECORD_NOUNS.has(tokens[j].lower) && recordKind(tokens[j - 1])) return 'role';
  // "incident reports say", "police reports show", "court filings state": an office's reports by their kind
  if (j > 0 && INCIDENT_REPORT_NOUNS.has(tokens[j].lower) && INCIDENT_REPORT_KEEPERS.has(tokens[j - 1].lower.replace(/[’']s$/, ''))) return 'role';
  for (let k = j - 1, steps = 0; k >= 0 && steps < 4; k--, steps++) {
    const p = tokens[k];
    // (a hyphen inside a name goes on with it: "a Chicago Sun-Times analysis")
    if (p.punct && !(p.text === '-' && k > 0 && tokens[k - 1].cap)) break;
    if (p.punct) continue;
    if (p.possessive || OWNERS.has(p.lower) || DEFINITE.has(p.lower)) return 'role';
    // "a Lakeside poll", "the Treasury report" name their author; "Lancashire polls" do not say whose
    if (p.cap && (p.f & W_NOT_NAME) === 0 && k > 0 && (!pluralReport(tokens[j].lower) || ACRONYM.test(p.text))) return 'role';
    if ((p.f & W_ROLE) !== 0) return 'role';
    // one report, even "a report", is a document the article goes on to tell of; reports in the plural
    // ("reports indicated", "some studies suggest") are nobody's in particular
    if (p.lower === 'a' || p.lower === 'an' || p.lower === 'one') return pluralReport(tokens[j].lower) ? 'vague' : 'role';
    if ((p.f & W_PARTITIVE) !== 0) return 'vague';
  }
  return pluralReport(tokens[j].lower) || tokens[j].lower === 'research' || tokens[j].lower === 'evidence' || tokens[j].lower === 'speculation' ? 'vague' : 'role';
}

/** A word before a record noun: letters or digits ("911 logs"), not a verb form, count or quantifier. */
const RECORD_MODIFIER = /^[\p{L}\d][\p{L}\d.'’&-]*$/u;

/**
 * Whether a word before "records", "documents" or "logs" names their kind or keeper: "court records",
 * "jail records show", "arrest documents", "Minnesota criminal records", "online property records" (an
 * office's records, which a reader can ask for), not "public records", "newly released documents", "two
 * documents" (nobody's in particular, as PolNeAR labels them).
 */
function recordKind(p: Token): boolean {
  if (p.punct || p.lemma !== undefined || !RECORD_MODIFIER.test(p.text) || RECORD_GENERIC_MODIFIERS.has(p.lower)) return false;
  if ((p.f & (W_PARTITIVE | W_ALWAYS_VAGUE | W_PRONOUN)) !== 0 || NUMBER.test(p.lower) || COUNTED.has(p.lower)) return false;
  // function words ("of", "and", "in") are no modifier; an -ly word is an adverb ("publicly available")
  return !NOT_MODIFIERS.has(p.lower) && !/ly$/.test(p.lower);
}
/** Function words, which never name a record's kind (language.ts's FUNCTION_WORDS is a sample for language detection, not this). */
const NOT_MODIFIERS = new Set(['of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'that', 'which', 'than', 'but', 'if', 'so', 'no', 'not', 'any', 'every', 'each', 'what', 'whose', 'where', 'when', 'why', 'how', 'who']);

/**
 * The group a phrase starting at i narrows, if any: "supporters of [the senator]", "many in [the
 * party]", "members of [Congress]". Returns the index of the group word, else -1.
 */
export function groupBefore(tokens: Token[], i: number): number {
  if (i < 2 || !(GROUP_PREPOSITIONS.has(tokens[i - 1].lower) || tokens[i - 1].lower === 'on')) return -1;
  // a chain of places and bodies: "delegates at the convention in [Philadelphia]", "experts on [North Korea]"
  const g0 = groupBeforeOne(tokens, i);
  if (g0 >= 0) return g0;
  for (let k = i - 2, steps = 0; k >= 2 && steps < 6; k--, steps++) {
    const t = tokens[k];
    if (t.punct || t.lemma !== undefined || t.possessive) return -1;
    if (GROUP_PREPOSITIONS.has(t.lower) || t.lower === 'on') {
      const g = groupBeforeOne(tokens, k + 1, true);
      if (g >= 0) return g;
    }
  }
  return -1;
}

function groupBeforeOne(tokens: Token[], i: number, chained = false): number {
  if (i < 2) return -1;
  const g = tokens[i - 2];
  // "experts on North Korea", "analysts on Wall Street": a crowd word narrowed by its field
  const on = tokens[i - 1].lower === 'on' && (chained || (g.f & (W_ALWAYS_VAGUE | W_VAGUE_SOURCE)) !== 0);
  if (!(GROUP_PREPOSITIONS.has(tokens[i - 1].lower) || on)) return -1;
  if ((g.f & W_ANONYMOUS_HEAD) !== 0 && (g.f & W_ALWAYS_VAGUE) === 0) return -1;
  if (COUNTED.has(g.lower) || NUMBER.test(g.lower)) return -1;
  if (isGroupHead(g) || (g.f & (W_PARTITIVE | W_ALWAYS_VAGUE)) !== 0) return i - 2;
  // "polls in Lancashire", "reports from the region"
  if ((g.f & W_REPORT_NOUN) !== 0 && reportKind(tokens, i - 2) === 'vague') return i - 2;
  return -1;
}
