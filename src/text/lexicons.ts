// The attribution lexicons (rules/data/attribution-*.json), loaded once and compiled into lookup
// tables and regexes at module load: reporting-verb forms, attribution nouns, source role nouns,
// vague sources, weasel phrases, agentless-passive verbs and impersonal stance frames.
import {readData} from '../package-info.js';
import {compileNow} from '../util/compile-now.js';

interface VerbData {
  verbs: string[];
  irregular: Record<string, string[]>;
  agentlessPassive: string[];
  factual: string[];
  objectRequired: Record<string, string[]>;
  asRequired: string[];
  deliberation: string[];
  judging: string[];
}
interface NounData {
  reportingNouns: string[];
  roles: string[];
  pronouns: string[];
}
interface VagueData {
  vagueSources: string[];
  vagueQuantifiers: string[];
  vaguePhrases: string[];
  facedNouns: string[];
  stance: string[];
  groupNouns: string[];
  groupNames: string[];
  followings: string[];
  partitives: string[];
  attitudeAdjectives: string[];
  reportNouns: string[];
  recordNouns: string[];
  recordGenericModifiers: string[];
  incidentReportNouns: string[];
  incidentReportKeepers: string[];
  literalUnder: string[];
  reportedStates: string[];
}

const verbData = readData<VerbData>('attribution-verbs.json');
const nounData = readData<NounData>('attribution-nouns.json');
const vagueData = readData<VagueData>('attribution-vague.json');
const stanceVerbData = readData<{verbs: string[]; irregular: Record<string, string[]>; exclude: string[]}>('group-stance-verbs.json');

const VOWEL = /[aeiou]/;

/** Regular English inflection: 3rd person singular, past (= past participle) and -ing forms. */
export function inflect(lemma: string): string[] {
  const out = [lemma];
  const last = lemma[lemma.length - 1];
  const beforeLast = lemma[lemma.length - 2] ?? '';
  const cvc = lemma.length <= 4 && !VOWEL.test(last) && !/[wxy]/.test(last) && VOWEL.test(beforeLast) && !VOWEL.test(lemma[lemma.length - 3] ?? 'a');
  const stem = cvc ? lemma + last : lemma;
  if (/(s|sh|ch|x|z)$/.test(lemma)) out.push(lemma + 'es');
  else if (/[^aeiou]y$/.test(lemma)) out.push(lemma.slice(0, -1) + 'ies');
  else out.push(lemma + 's');
  if (lemma.endsWith('e')) out.push(lemma + 'd');
  else if (/[^aeiou]y$/.test(lemma)) out.push(lemma.slice(0, -1) + 'ied');
  else out.push(stem + 'ed');
  if (lemma.endsWith('e') && !lemma.endsWith('ee')) out.push(lemma.slice(0, -1) + 'ing');
  else out.push(stem + 'ing');
  return out;
}

function formsOf(lemma: string): string[] {
  return verbData.irregular[lemma] ? [lemma, ...verbData.irregular[lemma]] : inflect(lemma);
}

/** Every form of every reporting verb → its lemma. */
export const VERB_FORMS = new Map<string, string>();
for (const lemma of verbData.verbs) for (const form of formsOf(lemma)) if (!VERB_FORMS.has(form)) VERB_FORMS.set(form, lemma);

/** A verb's past participles: the irregular list's "-n" form and its past, else the regular past. */
function participlesOf(lemma: string): string[] {
  const irregular = verbData.irregular[lemma];
  return irregular ? irregular.filter((f) => !f.endsWith('s') && !f.endsWith('ing')) : [inflect(lemma)[2]];
}

/** Past participles of the verbs whose agentless passive reports a claim ("is accused of", "is expected to"). */
export const PASSIVE_PARTICIPLES = new Set<string>(verbData.agentlessPassive.flatMap(participlesOf));
for (const extra of ['seen', 'known', 'thought', 'said', 'understood']) PASSIVE_PARTICIPLES.add(extra);

/**
 * Forms of the verbs of wanting, feeling and knowing that report a view only of a vague group subject
 * ("most voters favor", "Democrats want", "some of his supporters saw"), reporting verbs left out.
 */
export const GROUP_STANCE_FORMS = new Set<string>();
{
  const exclude = new Set(stanceVerbData.exclude);
  for (const lemma of stanceVerbData.verbs) {
    for (const form of stanceVerbData.irregular[lemma] ? [lemma, ...stanceVerbData.irregular[lemma]] : inflect(lemma)) {
      if (!VERB_FORMS.has(form) && !exclude.has(form)) GROUP_STANCE_FORMS.add(form);
    }
  }
}

/** Participles of the verbs whose agentless passive judges or classes a thing ("is considered", "is known to", "can be
 * seen as") rather than passing on what someone said: the writer's own judgement in an opinion piece or a post. */
export const JUDGING_PARTICIPLES = new Set<string>(verbData.judging.flatMap(participlesOf));

/** Lemmas by which a source vouches for a stated fact (a figure, an identity): "said", "confirmed", "identified". */
export const FACTUAL_VERBS = new Set(verbData.factual);

/** Verbs that are a reporting cue only with one of these objects close after ("released information"). */
export const OBJECT_REQUIRED = new Map(Object.entries(verbData.objectRequired).map(([lemma, objects]) => [lemma, new Set(objects)]));

/** Verbs of belief that report a view only with an "as" complement: "critics view the plan as a tax grab". */
export const AS_REQUIRED = new Set(verbData.asRequired);

/** Verbs of weighing that report a view only with a clause or an "as" complement: "traders assessed that …", not "assessed the implications". */
export const DELIBERATION = new Set(verbData.deliberation);

export const REPORTING_NOUNS = new Set(nounData.reportingNouns);
export const ROLE_NOUNS = new Set(nounData.roles);
export const PRONOUNS = new Set(nounData.pronouns);
export const VAGUE_SOURCES = new Set(vagueData.vagueSources);
export const VAGUE_QUANTIFIERS = new Set(vagueData.vagueQuantifiers);

/** Plural nouns naming a set of people, not one identifiable body ("supporters", "analysts"), and capitalised group plurals ("Republicans"). */
export const GROUP_NOUNS = new Set([...vagueData.groupNouns, ...vagueData.groupNames]);
/** The capitalised group plurals alone: peoples, faiths and parties ("Kurds", "Muslims", "Republicans"). */
export const GROUP_NAMES: readonly string[] = vagueData.groupNames;
/** Groups that stay open with an owner: "his supporters" (vague), unlike "the boy's parents" (identifiable). */
export const FOLLOWINGS = new Set(vagueData.followings);
/** Words of a quantity phrase before a group: "some", "many", "a number of", "40 percent of". */
export const PARTITIVES = new Set(vagueData.partitives);
/** Predicative adjectives of belief and feeling: "Democrats are worried". */
export const ATTITUDE_ADJECTIVES = new Set(vagueData.attitudeAdjectives);
/** Nouns of a report or inquiry that can report without their author: "reports indicated", "investigations have found". */
export const REPORT_NOUNS = new Set(vagueData.reportNouns);
/** Report nouns of the records an office keeps: "jail records", "arrest documents" name their keeper by their kind. */
export const RECORD_NOUNS = new Set(vagueData.recordNouns);
/** Plural report nouns that the kind of an office's report before them makes a document: "incident reports", "court filings". */
export const INCIDENT_REPORT_NOUNS = new Set(vagueData.incidentReportNouns);
/** The kinds of an office's report before those nouns: "police", "incident", "arrest", "court". */
export const INCIDENT_REPORT_KEEPERS = new Set(vagueData.incidentReportKeepers);
/** Modifiers that leave records nobody's in particular: "public records", "newly released documents". */
export const RECORD_GENERIC_MODIFIERS = new Set(vagueData.recordGenericModifiers);
/** Physical targets and combat words: "the convoy came under fire" is literal. */
export const LITERAL_UNDER = new Set(vagueData.literalUnder);
/** States of a police report: "reported stolen", "reported missing". */
export const REPORTED_STATES = new Set(vagueData.reportedStates);

/**
 * Heads of named anonymous sourcing: "officials said", "sources familiar with the talks said"; the
 * spokespeople of a body without their names ("spokesmen for the ministry said") as well.
 */
export const ANONYMOUS_HEADS = new Set(['official', 'officials', 'source', 'sources', 'aide', 'aides', 'diplomat', 'diplomats', 'insider', 'insiders', 'person', 'people', 'spokesman', 'spokeswoman', 'spokesperson',
  'spokesmen', 'spokeswomen', 'spokespersons', 'spokespeople', 'investigators', 'authorities',
  // one unnamed person the story places, as "one person" ("One man told the dispatcher …", "a caller reported")
  'man', 'woman', 'caller',
  // one witness at the scene: "One onlooker told NBC 4 that the event seemed peaceful", "a neighbor told police"
  'onlooker', 'bystander', 'witness', 'neighbor', 'neighbour', 'passerby']);

function alternation(phrases: string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/ /g, '\\s+'))
    .join('|');
}

/** Weasel phrases: "by all accounts", "reportedly", "it is understood", "critics say". */
export const VAGUE_PHRASE = compileNow(new RegExp(`\\b(?:${alternation(vagueData.vaguePhrases)})\\b`, 'gi'));

/** "according to" + a vague source ("according to local reports", "according to some experts"). */
export const ACCORDING_VAGUE = compileNow(new RegExp(
  `\\baccording\\s+to\\s+(?:(?:the\\s+)?(?:${alternation(vagueData.vagueQuantifiers)})\\s+)*(?:${alternation(['reports', 'report', 'accounts', 'sources', 'rumors', 'rumours', 'critics', 'observers', 'experts', 'analysts', 'some', 'many', 'others', 'media', 'speculation', 'estimates', 'polls', 'surveys', 'studies', 'research'])})\\b(?!\\s+(?:by|from|of|in|at)\\s+(?:the\\s+)?\\p{Lu})`,
  'giu',
));

/** A quantity of a response before its noun: "faced a barrage of questions", "drew her own share of criticism". */
const AMOUNT_OF = '(?:(?:a|an|his|her|their|its)\\s+(?:own\\s+)?(?:barrage|litany|wave|storm|flurry|chorus|torrent|string|spate|raft|share|host)\\s+of\\s+)?';

/** "has faced ridicule", "came under criticism", "drew fire", "dogged by charges" — unless "from"/"by" a source follows. */
export const FACED = compileNow(new RegExp(
  `\\b(?:(?<!\\b(?:the|in)\\s+)fac(?:e|es|ed|ing)|dr(?:ew|aw|aws|awn|awing)|attract(?:s|ed|ing)?|c(?:a|o)mes?\\s+under|came\\s+under|dogged\\s+by|plagued\\s+by|met\\s+with|amid)\\s+${AMOUNT_OF}(?:(?!this\\b|that\\b|the\\b|a\\b|an\\b|his\\b|her\\b|its\\b|their\\b)[\\w-]+\\s+){0,2}?(?:${alternation(vagueData.facedNouns)})\\b`,
  'gi',
));

/** Views a crowd holds, nobody in particular (general English of news): the heads of HELD_VIEW. */
const HELD_VIEW_NOUNS = ['concerns', 'fears', 'worries', 'doubts', 'questions', 'suspicion', 'suspicions', 'speculation', 'criticism', 'skepticism', 'scepticism', 'rumors', 'rumours', 'outrage'];
const HELD_VIEWS = alternation(HELD_VIEW_NOUNS);
/**
 * A view that grows or lingers with nobody holding it: "mounting questions about", "growing concerns that",
 * "suspicions persist that", "doubts remain about" (an owner or a source after it is asked for by the caller).
 */
export const HELD_VIEW = compileNow(new RegExp(
  `\\b(?:(?:mounting|growing|lingering|persistent|increasing|rising|widespread)\\s+(?:${HELD_VIEWS})\\b|(?:${HELD_VIEWS})\\s+(?:persist|persisted|remain|remained|linger|lingered|mount|mounted|grew|grow|swirl|swirled)\\b)`,
  'gi',
));

/** "there has been (much) speculation", "there are concerns", "there's a sense that": a view with nobody holding it. */
export const THERE_IS = compileNow(/\bthere(?:\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)|['’]s)\s+(?:(?:much|some|growing|widespread|increasing|little|no|renewed|persistent|also|still|a|an|general|strong)\s+){0,2}(?:speculation|concerns?|fears|questions|rumou?rs|suggestions|allegations|doubts|accusations|criticism|claims|sense|belief|perception|expectations?|feeling|consensus|talk)\b(?!\s+of\b)/gi);

/**
 * "One view is that …", "the conventional wisdom is that …", "A second view, which I share, is that …": a view
 * told as a noun with nobody holding it (an owner, "his view", "the view of the mayor", is a source, and is not matched).
 */
export const VIEW_IS = compileNow(/\b(?:one|another|a|an|the)\s+(?:(?:common|popular|widespread|prevailing|conventional|general|second|third|other|opposing|dominant|growing|emerging|standard|received)\s+)?(?:view|belief|theory|thinking|assumption|consensus|wisdom|perception)\s*(?:,[^,.;:]{1,60},\s*)?(?:is|was|has\s+been|remains)\s+that\b/gi);

/** The head words of VIEW_IS, which gate it. */
export const VIEW_IS_HEADS = new Set(['view', 'belief', 'theory', 'thinking', 'assumption', 'consensus', 'wisdom', 'perception']);

/**
 * A victim's expected recovery after "expected to" (general English of crime and accident reports): "survive",
 * "recover", "be OK", "make a full recovery", "pull through". One alternation for the layer's prognosis test
 * and the claims rule's.
 */
export const RECOVERY = String.raw`survive|recover|live|be\s+(?:ok|okay|all\s+right|fine|released)|make\s+a\s+(?:full\s+)?recovery|pull\s+through`;

/** Impersonal stance and evidential frames: "it seems", "it is clear", "looks unlikely". */
export const STANCE = compileNow(new RegExp(`\\b(?:${alternation(vagueData.stance)})(?![\\w])`, 'gi'));

/** Forms of "to be" (and contractions) that make a following participle passive. */
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am']);

/** The longest word of each phrase: a sentence without any of them cannot match the phrase regex. */
function triggersOf(phrases: string[]): Set<string> {
  const out = new Set<string>();
  for (const p of phrases) {
    const words = p.toLowerCase().replace(/[^a-z'’ ]/g, ' ').split(/\s+/).filter(Boolean).map((w) => w.replace(/['’]s$/, ''));
    out.add(words.reduce((a, b) => (b.length > a.length ? b : a), ''));
  }
  return out;
}

/** Cheap gates (token lookups) before the phrase regexes run on a sentence. */
export const TRIGGERS = {
  vague: triggersOf(vagueData.vaguePhrases),
  faced: new Set([...vagueData.facedNouns, ...HELD_VIEW_NOUNS]),
  stance: triggersOf(vagueData.stance),
};

/**
 * Ranks and titles as news copy abbreviates them before a name (AP style) that parse-english does not take for
 * abbreviations ("Det.", "Gen.", "Cpl."): a sentence does not end at their full stop (src/text/sentences.ts) and a
 * source goes on through them to its name (src/text/attribution-sources.ts).
 */
export const RANK_ABBREVIATIONS = ['Det', 'Gen', 'Brig', 'Capt', 'Maj', 'Ofc', 'Cpl', 'Pvt', 'Pfc', 'Spc', 'Adm', 'Cmdr', 'Cdr', 'Insp', 'Tpr', 'Dep', 'Sens', 'Reps', 'Msgr'];

/** News agencies a story credits by name ("According to Reuters", "MOSCOW (UPI) --"). */
export const NEWS_AGENCIES = ['Reuters', 'Reuter', 'Bloomberg', 'AFP', 'AP', 'UPI', 'Xinhua', 'TASS', 'Interfax', 'Kyodo', 'Yonhap', 'ANSA', 'EFE', 'DPA', 'Turan'];
