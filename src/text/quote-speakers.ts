// Who said a quotation, read the way an editor reads the words next to it: a speech verb with its subject
// before the quotation ("He answered, “...”", "Trump leaned in and boomed: “...”", "Continued Stone: “...”"),
// after it ("“...,” the businessman replied", "“...,” continued the minister", "“...,” says a narrator"), a
// name before a colon ("Philip Bump: “...”"), a dash-signed line ("“...” — Ana Silva") or a bracketed source
// ("“...” [Quartz]"), and an agentless passive that names nobody ("was described as “...”"). The subject is
// any noun phrase that can speak: a name, a pronoun, a noun with its determiner ("the 46-year-old", "a
// bystander", "the letter", "the paper"); a vague one ("critics") is returned as vague. Every scan reads a
// bounded window of the sentence's tokens (the layer's token view), so the analysis stays linear.
import {kindSpan, type Source} from './attribution-sources.js';
import {QUOTE_VERB_FORMS, AGENTLESS_SPEECH} from './quote-kinds.js';
import {REPORTING_NOUNS} from './lexicons.js';
import {isOrdinaryRange} from './english-words.js';
import {
  type Token, W_NOT_NAME, W_VAGUE_SOURCE, W_ROLE, W_ALWAYS_VAGUE, W_ANONYMOUS_HEAD,
} from './tokens.js';

/** Subject pronouns that can stand for a speaker. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who']);
/** Words that open a noun phrase and make a common noun after them a definite speaker ("the businessman"). */
const NP_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one',
  'another', 'each', 'every']);
/** Words that are no head of a speaking noun phrase even when capitalised or after a determiner. */
const NOT_HEADS = new Set(['time', 'way', 'day', 'week', 'year', 'month', 'night', 'morning', 'evening', 'moment', 'end', 'point', 'lot',
  'number', 'kind', 'sort', 'part', 'rest', 'same', 'other', 'first', 'last', 'next', 'latest', 'new', 'most', 'least', 'such', 'more']);
/** Function words that may stand inside a noun phrase, between its determiner and its head ("a later press gaggle"). */
const NP_INNER = new Set(['later', 'earlier', 'new', 'first', 'second', 'last', 'next', 'other', 'former', 'few', 'several', 'many', 'more',
  'most', 'some', 'such', 'only', 'own', 'same', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", '’s', "'re", '’re']);
const LY = /ly$/;
const PAST = /ed$/;
const IRREGULAR_PAST = new Set(['said', 'told', 'wept', 'wrote', 'written', 'spoke', 'spoken', 'thought', 'felt', 'knew', 'known', 'swore', 'sworn', 'sang',
  'began', 'begun', 'found', 'shown', 'read', 'put', 'pled', 'quipped']);
/** Words that end the clause a quotation stands in, read backwards from the quotation. */
const CLAUSE_STOPS = new Set([';', '“', '”', '"', '«', '»']);
const SUBORDINATORS = new Set(['that', 'because', 'whether', 'if', 'when', 'while', 'although', 'though', 'where', 'after', 'before',
  'since', 'until', 'unless']);

/** How far the scans read: the tokens before a quotation back to its clause, after it up to its verb. */
const BEFORE_WINDOW = 24;
const AFTER_WINDOW = 14;
const SUBJECT_WINDOW = 14;

/** What the words next to a quotation say of its speaker. */
export interface SpeakerReading {
  speaker: Source | undefined;
  /** The frame names nobody: an agentless passive of speech ("was described as “...”") or a vague subject ("critics said"). */
  unnamed: 'agentless' | 'vague' | undefined;
}

export function isSpeechVerb(t: Token): boolean {
  return !t.punct && QUOTE_VERB_FORMS.has(t.lower);
}

/** A speech verb form used as a verb at v: not a noun after its determiner or possessive ("the report says"). */
function verbAt(tokens: Token[], v: number): boolean {
  const t = tokens[v];
  if (!isSpeechVerb(t)) return false;
  if (v > 0 && (NP_OPENERS.has(tokens[v - 1].lower) || tokens[v - 1].possessive || NP_INNER.has(tokens[v - 1].lower))) return false;
  // a base form after a noun and its determiner is a noun too: "a press release states", "the campaign email"
  if (NOUN_FORMS.has(t.lower) || REPORTING_NOUNS.has(t.lower)) {
    for (let i = v - 1; i >= Math.max(0, v - 3); i--) {
      const p = tokens[i];
      if (NP_OPENERS.has(p.lower) || p.possessive) return false;
      if (p.punct || (p.f & W_NOT_NAME)) break;
    }
  }
  return true;
}

function isSubjectPronoun(t: Token): boolean {
  return SUBJECT_PRONOUNS.has(t.lower);
}

/**
 * Whether token j heads a noun phrase that can speak, and where that phrase starts (else -1). `floor` is the
 * first index the phrase may reach back to.
 */
export function phraseStart(tokens: Token[], j: number, floor: number): number {
  const t = tokens[j];
  if (t.punct || NOT_HEADS.has(t.lower) || LY.test(t.lower)) return -1;
  // a verb form is a noun only after its determiner ("the report", "his statement", "a press call"), and
  // only in a base or plural form (not "said", "told", "added")
  if (isSpeechVerb(t) && !t.cap) {
    if (PAST.test(t.lower) || IRREGULAR_PAST.has(t.lower)) return -1;
    for (let i = j - 1; i >= Math.max(floor, j - 3); i--) {
      const p = tokens[i];
      if (NP_OPENERS.has(p.lower) || p.possessive) return i;
      if (p.punct || ((p.f & W_NOT_NAME) && !NP_INNER.has(p.lower)) || isSpeechVerb(p)) return -1;
    }
    return -1;
  }
  if (isSubjectPronoun(t)) return j;
  const f = t.f;
  // a name: extend left over the capitalised words and titles of the same name ("Former Clinton Senior Adviser Sidney Blumenthal")
  if (t.cap && !(f & W_NOT_NAME)) {
    let i = j;
    while (i - 1 >= floor && !tokens[i - 1].punct && (tokens[i - 1].cap || NP_OPENERS.has(tokens[i - 1].lower)) && j - i < 6) i--;
    return i;
  }
  if (f & W_NOT_NAME) return -1;
  // a bare plural of a speaking role: "police said", "protesters chanted", "officials added"
  const bare = (f & (W_ROLE | W_ANONYMOUS_HEAD | W_VAGUE_SOURCE | W_ALWAYS_VAGUE)) !== 0;
  // a common noun after its determiner or possessive: "the 46-year-old", "the ad’s narrator", "a bystander"
  // (a quoted title may stand between: "the “Pose” actor")
  let reach = Math.max(floor, j - 4);
  for (let i = j - 1; i >= reach; i--) {
    const p = tokens[i];
    if (p.punct) {
      if (!CLOSING_MARKS.has(p.text) || i - 1 < floor) break;
      let m = i - 1;
      while (m > Math.max(floor, i - 7) && !OPENING_MARKS.has(tokens[m].text)) m--;
      if (!OPENING_MARKS.has(tokens[m].text)) break;
      i = m;
      reach = Math.max(floor, m - 2);
      continue;
    }
    if (NP_OPENERS.has(p.lower) || p.possessive) return i;
    if ((p.f & W_NOT_NAME) && !NP_INNER.has(p.lower)) break;
  }
  return bare ? j : -1;
}

/**
 * Subjects that leave a quotation without a speaker: a group whose opinion is invoked, not a witness who spoke
 * ("critics said", "some argue"). A crowd that shouted or residents who spoke are people who said it.
 */
const VAGUE_SPEAKERS = new Set(['critics', 'observers', 'commentators', 'pundits', 'skeptics', 'sceptics', 'detractors', 'naysayers', 'analysts',
  'experts', 'insiders', 'some', 'many', 'others', 'most', 'few', 'several', 'rumors', 'rumours', 'speculation', 'reports']);

/** Modals and conjunctions that make speech hypothetical or generic ("people would say", "when people asked", "until someone tells me"). */
const HYPOTHETICAL = new Set(['would', 'could', 'might', 'may', 'will', 'should', 'when', 'if', 'until', 'unless', 'whenever', 'whether']);

/** The source for the phrase [i, j]: vague when its head is a vague noun with no possessor ("critics", "some experts"). */
function phraseSource(full: string, tokens: Token[], i: number, j: number): Source {
  const head = tokens[j];
  // speech imagined rather than reported has no speaker to name: not vague
  if ((i > 0 && HYPOTHETICAL.has(tokens[i - 1].lower)) || (j + 1 < tokens.length && HYPOTHETICAL.has(tokens[j + 1].lower))) {
    return kindSpan(full, tokens[i].start, head.end, 'anonymous');
  }
  // "analysts from Citigroup", "experts at the institute": a postmodifier names whose they are
  let owned = j + 2 < tokens.length && (tokens[j + 1].lower === 'from' || tokens[j + 1].lower === 'at' || tokens[j + 1].lower === 'with') &&
    (tokens[j + 2].cap || tokens[j + 2].lower === 'the');
  for (let k = i; k < j; k++) if (tokens[k].possessive || tokens[k].cap || tokens[k].lower === 'the' || tokens[k].lower === 'his' || tokens[k].lower === 'her' || tokens[k].lower === 'their') owned = true;
  let kind: Source['kind'] = 'role';
  if (VAGUE_SPEAKERS.has(head.lower) && !owned) kind = 'vague';
  else if ((head.f & (W_ALWAYS_VAGUE | W_VAGUE_SOURCE)) && !owned) kind = 'anonymous';
  else if (isSubjectPronoun(head)) kind = 'pronoun';
  else if (head.cap && !(head.f & W_NOT_NAME)) kind = 'named';
  return kindSpan(full, tokens[i].start, head.end, kind);
}

/** The nearest speaking noun phrase ending in [from, to] scanning left from `to` (stopping at a clause boundary). */
function subjectLeft(full: string, tokens: Token[], from: number, to: number): Source | undefined {
  for (let j = to; j >= from && to - j < SUBJECT_WINDOW; j--) {
    const t = tokens[j];
    if (t.punct) {
      // an aside in brackets ("Rep. Trey Gowdy (R-S.C.):") or a quoted term ("the so-called “Blair Babes”") is passed over
      if (t.text === ')') { while (j > from && tokens[j].text !== '(') j--; continue; }
      if (CLOSING_MARKS.has(t.text) && j < to) { j--; while (j > from && !OPENING_MARKS.has(tokens[j].text)) j--; continue; }
      if (t.text === ',') { j = asideOpening(tokens, j, from); continue; }
      if (t.text === '—' || t.text === '–') continue;
      return undefined;
    }
    if (SUBORDINATORS.has(t.lower) && j < to) return undefined;
    // a sentence glued to the one before without a space ("by gunfire.Hale added,"): the name after the stop
    const glued = GLUED_NAME.exec(t.text);
    if (glued && j === to) return kindSpan(full, t.end - glued[1].length, t.end, 'named');
    const i = phraseStart(tokens, j, from);
    if (i >= 0) return phraseSource(full, tokens, i, j);
  }
  return undefined;
}

/** Prepositions that open an adverbial aside between commas ("Smith, in remarks to analysts, said"). */
const ASIDE_PREPOSITIONS = new Set(['in', 'at', 'during', 'on', 'after', 'before', 'for', 'to', 'with', 'without', 'under', 'speaking', 'addressing', 'writing']);
const ASIDE_WINDOW = 12;

/**
 * Where to go on left of the comma at `comma`: past the whole aside when the comma closes one that opens with a
 * preposition after an earlier comma, so its words (the analysts the remarks were made to) are not read as the
 * speaker; else the comma itself.
 */
function asideOpening(tokens: Token[], comma: number, from: number): number {
  for (let k = comma - 1; k > from && comma - k <= ASIDE_WINDOW; k--) {
    const p = tokens[k];
    if (!p.punct) continue;
    if (p.text !== ',') return comma;
    return k + 1 < comma && ASIDE_PREPOSITIONS.has(tokens[k + 1].lower) ? k : comma;
  }
  return comma;
}

/** A word and a capitalised word joined by a sentence's stop with no space, as scraped pages glue sentences ("gunfire.Hale"). */
const GLUED_NAME = /^\p{Ll}[\p{L}\d]*[.!?]["”’]?(\p{Lu}\p{Ll}[\p{L}'’-]*)$/u;

/** The subject of the sentence: the first speaking noun phrase from its start, before index `to` ("Gordon Brown has issued a rallying cry to supporters, warning ..."). */
function subjectFirst(full: string, tokens: Token[], to: number): Source | undefined {
  for (let j = 0; j <= to && j < SUBJECT_WINDOW; j++) {
    const t = tokens[j];
    if (t.punct || (t.f & W_NOT_NAME && !isSubjectPronoun(t))) continue;
    const i = phraseStart(tokens, j, 0);
    if (i < 0) continue;
    let k = j;
    while (k + 1 <= to && !tokens[k + 1].punct && tokens[k].cap && tokens[k + 1].cap && !(tokens[k + 1].f & W_NOT_NAME)) k++;
    return phraseSource(full, tokens, i, k);
  }
  return undefined;
}

/** The first speaking noun phrase in [from, to] scanning right (an inverted subject: "said the minister"). */
function subjectRight(full: string, tokens: Token[], from: number, to: number): Source | undefined {
  for (let j = from; j <= to && j - from < 6; j++) {
    const t = tokens[j];
    if (t.punct && t.text !== ',') return undefined;
    if (t.punct) continue;
    let i = phraseStart(tokens, j, from);
    // "said dispatch.": a bare noun right after the verb, ending the clause
    if (i < 0 && j === from && !(t.f & W_NOT_NAME) && !isSpeechVerb(t) && (j + 1 > to || tokens[j + 1].punct)) i = j;
    if (i < 0) continue;
    // take the whole name or phrase: extend right over the words of the same name
    let k = j;
    while (k + 1 <= to && !tokens[k + 1].punct && tokens[k].cap && tokens[k + 1].cap && !(tokens[k + 1].f & W_NOT_NAME)) k++;
    if (!tokens[j].cap && !isSubjectPronoun(tokens[j])) {
      // "the minister": a determiner and its noun; read on to the noun
      while (k + 1 <= to && !tokens[k + 1].punct && (NP_OPENERS.has(tokens[k].lower) || !(tokens[k + 1].f & W_NOT_NAME)) && k - j < 3 && !isSpeechVerb(tokens[k + 1])) k++;
    }
    return phraseSource(full, tokens, Math.min(i, j), k);
  }
  return undefined;
}

/** A form of "be" right before the verb at v (adverbs between): a passive. */
function passiveAt(tokens: Token[], v: number): boolean {
  for (let k = v - 1; k >= Math.max(0, v - 3); k--) {
    const t = tokens[k];
    if (BE.has(t.lower)) return true;
    if (!(LY.test(t.lower) || t.lower === 'also' || t.lower === 'widely' || t.lower === 'often' || t.lower === 'not')) return false;
  }
  return false;
}

/** Whether "not", "never" or "n't" stands in the few words before the verb at v ("is not considered"). */
function negatedAt(tokens: Token[], v: number): boolean {
  for (let k = v - 1; k >= Math.max(0, v - 3); k--) {
    const lower = tokens[k].lower;
    if (lower === 'not' || lower === 'never' || lower.endsWith("n't") || lower.endsWith('n’t')) return true;
  }
  return false;
}

/** Whether "by" follows the verb at v before `end`: the passive has its agent. */
function agentFollows(tokens: Token[], v: number, end: number): boolean {
  for (let k = v + 1; k < end && k <= v + 6; k++) if (tokens[k].lower === 'by') return true;
  return false;
}

/** Words that may stand between a passive of speech and the quotation it governs ("was described as a “...”"). */
const COMPLEMENT_GAP = new Set(['as', 'to', 'be', 'being', 'a', 'an', 'the', 'it', 'them', 'him', 'her', 'this', 'that', 'his', 'their', 'its',
  'variously', 'once', 'even', 'simply', 'widely', 'merely', 'only', 'now', 'also', 'both']);

/** Where the clause before a quotation starts: after a ';' or a long quotation, reading back from `open` (short quoted terms are passed over). */
function clauseStartBefore(tokens: Token[], open: number, floor: number): number {
  for (let k = open - 1; k >= floor; k--) {
    const t = tokens[k];
    if (!CLAUSE_STOPS.has(t.text)) continue;
    if (t.text === ';' || !CLOSING_MARKS.has(t.text)) return k + 1;
    // a closing mark: pass over the quotation it closes if it is a short term ("the so-called “Blair Babes” elected in 1997")
    let m = k - 1;
    let words = 0;
    while (m >= floor && !OPENING_MARKS.has(tokens[m].text) && words <= 4) { if (!tokens[m].punct) words++; m--; }
    if (words > 4 || m < floor) return k + 1;
    k = m;
  }
  return floor;
}

/**
 * The speaker named before a quotation in its own sentence: the verb of speech nearest the opening mark
 * (at index `open` of `tokens`, or the sentence end for an introducing sentence) and its subject.
 * `agentAfter`: "by X" follows the quotation ("was called “...” by the judge").
 */
export function speakerBefore(full: string, tokens: Token[], open: number, agentAfter: boolean, reading: SpeakerReading): void {
  const floor = Math.max(0, open - BEFORE_WINDOW);
  // the clause may reach further back than the verbs are looked for: its subject may stand early
  const clauseStart = clauseStartBefore(tokens, open, Math.max(0, floor - SUBJECT_WINDOW));
  // "… overhype - HuffPollster: “...”", "Rep. Trey Gowdy (R-S.C.): “...”": a name right before the colon signs the quotation
  if (open - 2 >= clauseStart && tokens[open - 1].text === ':') {
    const signer = subjectLeft(full, tokens, Math.max(clauseStart, open - 8), open - 2);
    if (signer && signer.kind !== 'vague' && signer.kind !== 'pronoun') { reading.speaker = signer; return; }
  }
  // "From today's editorial, “...”", "According to the report, “...”", "in an email from the principal"
  const owner = ownedWords(full, tokens, clauseStart, open - 1);
  if (owner) { reading.speaker = owner; return; }
  for (let v = open - 1; v >= Math.max(clauseStart, floor); v--) {
    const t = tokens[v];
    if (!verbAt(tokens, v)) continue;
    if (passiveAt(tokens, v)) {
      if (agentFollows(tokens, v, open)) return;
      // "was described as “...”": the passive governs the quotation and names nobody
      // (a denied one is the writer's own word: "is not considered “a threat”")
      if (AGENTLESS_SPEECH.has(t.lower) && !agentAfter && governs(tokens, v, open) && !negatedAt(tokens, v)) { reading.unnamed = 'agentless'; return; }
      continue;
    }
    // an -ing form ("saying", "calling") or an infinitive ("as if to say") takes the subject of the sentence
    // ... or a verb coordinated with an earlier one ("X were on the scene ... and called the shooting “...”")
    const ing = t.lower.endsWith('ing') || (v > 0 && (tokens[v - 1].lower === 'to' || tokens[v - 1].lower === 'and'));
    let subject = ing ? subjectFirst(full, tokens, v - 1) ?? subjectLeft(full, tokens, clauseStart, v - 1) : subjectLeft(full, tokens, clauseStart, v - 1);
    // an inverted subject only after a verb that opens its clause: "Continued Stone: “...”", "Said the minister, “...”"
    if (!subject && !ing && onlyPunctuation(tokens, clauseStart, v)) subject = subjectRight(full, tokens, v + 1, open - 1);
    if (subject) { reading.speaker = subject; return; }
  }
  // "Philip Bump: “...”", "From the report: “...”", "- Newcastle boss Graeme Souness “...”": a speaking phrase
  // right before a colon, or standing alone before the quotation
  const colon = open - 1 >= clauseStart && tokens[open - 1].text === ':';
  if (colon || (open - 1 >= clauseStart && !tokens[open - 1].punct && onlyPhrase(tokens, clauseStart, open - 1))) {
    const subject = subjectLeft(full, tokens, clauseStart, colon ? open - 2 : open - 1);
    if (subject) reading.speaker = subject;
  }
}

/** Whether the passive at v governs the quotation at `open`: only complement words stand between ("described as a"). */
function governs(tokens: Token[], v: number, open: number): boolean {
  if (open - v - 1 > 4) return false;
  for (let k = v + 1; k < open; k++) if (!COMPLEMENT_GAP.has(tokens[k].lower)) return false;
  return true;
}

function onlyPunctuation(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!tokens[k].punct) return false;
  return true;
}

/** Whether [from, to] holds nothing but one name or role ("Newcastle boss Graeme Souness"), as a caption does. */
function onlyPhrase(tokens: Token[], from: number, to: number): boolean {
  let words = 0;
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    if (t.punct) { if (t.text === '—' || t.text === '–') continue; return false; }
    words++;
    if (!(t.cap || (t.f & W_ROLE))) return false;
  }
  return words > 0 && words <= 6;
}

/** The speaker named after a quotation in its own sentence: "“...,” X said", "said X", "— X", "[X]". */
export function speakerAfter(full: string, tokens: Token[], close: number, quoteEnd: number, reading: SpeakerReading): void {
  const sign = signature(full, quoteEnd);
  if (sign) { reading.speaker = sign; return; }
  let j = skipCoordinated(tokens, close);
  while (j < tokens.length && tokens[j].punct && (tokens[j].text === ',' || tokens[j].text === '—' || tokens[j].text === '–')) j++;
  const owner = ownedWords(full, tokens, j, Math.min(tokens.length - 1, j + AFTER_WINDOW));
  if (owner) { reading.speaker = owner; return; }
  // "was called “...” by the sentencing judge": the agent of the passive before the quote
  if (j < tokens.length && tokens[j].lower === 'by') {
    const agent = subjectRight(full, tokens, j + 1, Math.min(tokens.length - 1, j + 6));
    if (agent) { reading.speaker = agent; return; }
  }
  const end = Math.min(tokens.length, j + AFTER_WINDOW);
  for (let v = j; v < end; v++) {
    const t = tokens[v];
    // a short quoted title in the speaker's phrase is passed over ("the “Harbour Lights” actor said")
    if (v > j && OPENING_MARKS.has(t.text)) {
      let m = v + 1;
      while (m < end && m - v <= 6 && !CLOSING_MARKS.has(tokens[m].text)) m++;
      if (m < end && m - v <= 6 && m > v + 1) { v = m; continue; }
    }
    if (t.punct && (CLAUSE_STOPS.has(t.text) || t.text === ':')) return;
    if (!verbAt(tokens, v)) continue;
    if (v === j) {
      // inverted: "said the minister", "continued the minister", "says a narrator"
      const subject = subjectRight(full, tokens, v + 1, Math.min(tokens.length - 1, v + 6));
      if (subject) reading.speaker = subject;
      return;
    }
    const subject = subjectLeft(full, tokens, j, v - 1);
    if (subject) { reading.speaker = subject; return; }
    const inverted = subjectRight(full, tokens, v + 1, Math.min(tokens.length - 1, v + 6));
    if (inverted) reading.speaker = inverted;
    return;
  }
}

/** Words that join two quotations said by the same speaker ("“...” and “...”, he said"). */
const JOINERS = new Set(['and', 'or', 'but', 'then', ',', '—', '–', ':']);
const OPENING_MARKS = new Set(['“', '"', '«']);
const CLOSING_MARKS = new Set(['”', '"', '»']);

/** Past the quotations coordinated with the one that closed before `close` ("“A” and “B,” she said"): the index after the last. */
function skipCoordinated(tokens: Token[], close: number): number {
  let j = close;
  for (let rounds = 0; rounds < 3; rounds++) {
    let k = j;
    while (k < tokens.length && k - j < 3 && JOINERS.has(tokens[k].lower || tokens[k].text)) k++;
    if (k === j || k >= tokens.length || !OPENING_MARKS.has(tokens[k].text)) return j;
    let m = k + 1;
    while (m < tokens.length && m - k < 40 && !CLOSING_MARKS.has(tokens[m].text)) m++;
    if (m >= tokens.length || m - k >= 40) return j;
    j = m + 1;
  }
  return j;
}

/** Prepositions that give the source of quoted words: "from today's editorial", "per the report", "according to police". */
const SOURCE_PREPOSITIONS = new Set(['from', 'per', 'via']);

/**
 * Words whose owner is named in [from, to]: "according to X", a clause opening "From X," or "Per X,", a noun of
 * words with its owner ("an email from the principal", "a statement by the club", "X's statement").
 */
function ownedWords(full: string, tokens: Token[], from: number, to: number): Source | undefined {
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    if (t.punct) { if (CLAUSE_STOPS.has(t.text)) return undefined; continue; }
    const lower = t.lower;
    if (lower === 'according' && k + 1 <= to && tokens[k + 1].lower === 'to') {
      const source = subjectRight(full, tokens, k + 2, Math.min(to, k + 8));
      if (source && source.kind !== 'vague') return source;
      continue;
    }
    if (k === from && SOURCE_PREPOSITIONS.has(lower)) {
      const source = subjectRight(full, tokens, k + 1, Math.min(to, k + 7));
      if (source && source.kind !== 'vague') return source;
      continue;
    }
    if ((QUOTE_NOUNS.has(lower) || WORD_NOUNS.has(lower)) && k + 2 <= to) {
      // "an email from X", "a statement by X", "a report compiled by X"
      const by = tokens[k + 1].lower === 'from' || tokens[k + 1].lower === 'by' ? k + 1 :
        k + 3 <= to && PAST.test(tokens[k + 1].lower) && tokens[k + 2].lower === 'by' ? k + 2 : -1;
      const source = by > 0 ? subjectRight(full, tokens, by + 1, Math.min(to, by + 7)) : undefined;
      if (source && source.kind !== 'vague') return source;
    }
  }
  return undefined;
}

/** Nouns of quoted words whose owner follows ("That quote from Thomas Krebs", "The words of the minister"). */
/** Speech-verb forms that are also nouns of words ("a press release states", "the campaign's call"). */
const NOUN_FORMS = new Set(['call', 'release', 'post', 'note', 'report', 'comment', 'claim', 'tweet', 'email', 'text', 'message', 'sign', 'word',
  'headline', 'caption', 'order', 'command', 'address', 'answer', 'reply', 'response', 'quote', 'cry', 'shout', 'laugh', 'sigh', 'plea', 'warning',
  'statement', 'remark', 'chant', 'cheer', 'boast', 'joke', 'promise', 'pledge', 'vow', 'threat', 'request', 'demand', 'question', 'charge']);
const WORD_NOUNS = new Set(['email', 'e-mail', 'letter', 'release', 'note', 'memo', 'speech', 'interview', 'report', 'editorial', 'column', 'op-ed',
  'filing', 'complaint', 'lawsuit', 'affidavit', 'transcript', 'video', 'post', 'text', 'voicemail', 'announcement', 'briefing', 'testimony']);
const QUOTE_NOUNS = new Set(['quote', 'quotes', 'quotation', 'words', 'line', 'lines', 'remark', 'remarks', 'comment', 'comments', 'statement', 'message', 'post', 'tweet']);

/** "He said." / "The minister added that ..." / "That quote from X ...": a sentence that opens by naming who said what came before. */
export function speakerOpening(full: string, tokens: Token[]): Source | undefined {
  const end = Math.min(tokens.length, 8);
  for (let v = 0; v < end; v++) {
    const t = tokens[v];
    if (t.punct && t.text !== ',') return undefined;
    if (v < 4 && QUOTE_NOUNS.has(t.lower) && v + 1 < tokens.length && (tokens[v + 1].lower === 'from' || tokens[v + 1].lower === 'of' || tokens[v + 1].lower === 'by')) {
      const owner = subjectRight(full, tokens, v + 2, Math.min(tokens.length - 1, v + 7));
      if (owner) return owner;
    }
    if (!verbAt(tokens, v) || (v > 0 && passiveAt(tokens, v))) continue;
    return v === 0 ? subjectRight(full, tokens, 1, Math.min(tokens.length - 1, 6)) : subjectLeft(full, tokens, 0, v - 1);
  }
  return undefined;
}

/** The subject a sentence opens with when it is a name, a role or a pronoun ("Mr Dean is optimistic."). */
export function sentenceSubject(full: string, tokens: Token[]): Source | undefined {
  // (a wire story's dateline is no subject: "WASHINGTON, March 3 - Trade talks ...")
  const from = datelineEnd(full, tokens);
  for (let j = from; j < Math.min(tokens.length, from + 8); j++) {
    const t = tokens[j];
    if (t.punct || !(t.cap || isSubjectPronoun(t) || (t.f & (W_ROLE | W_ANONYMOUS_HEAD)))) continue;
    // the first word after a dateline is capitalised by its place: an ordinary word there is no name ("- Trade talks")
    if (j === from && from > 0 && !(t.f & (W_ROLE | W_ANONYMOUS_HEAD)) && !(j + 1 < tokens.length && tokens[j + 1].cap) &&
      isOrdinaryRange(full, t.start, t.end)) continue;
    const i = phraseStart(tokens, j, from);
    if (i < 0) continue;
    let k = j;
    while (k + 1 < tokens.length && !tokens[k + 1].punct && tokens[k + 1].cap && !(tokens[k + 1].f & W_NOT_NAME) && k - j < 4) k++;
    const source = phraseSource(full, tokens, i, k);
    return source.kind === 'vague' || (t.lower === 'it' || t.lower === 'you') ? undefined : source;
  }
  return undefined;
}

/** A dateline is read up to its dash at most this many tokens in. */
const DATELINE_TOKENS = 12;
const UPPER_WORD = /^[A-Z][A-Z.'-]+$/;

/**
 * Where a sentence starts after its dateline ("WASHINGTON, March 3 - ", "LONDON (Reuters) - "): a place in
 * capitals, then a dash within DATELINE_TOKENS tokens; 0 when the sentence has none.
 */
export function datelineEnd(full: string, tokens: Token[]): number {
  if (tokens.length === 0 || !UPPER_WORD.test(tokens[0].text)) return 0;
  // (a spaced dash is no token: it is read in the gap between two tokens)
  for (let k = 1; k < tokens.length && k < DATELINE_TOKENS; k++) {
    if (DASH.test(tokens[k].text) || DASH.test(full.slice(tokens[k - 1].end, tokens[k].start))) return DASH.test(tokens[k].text) ? k + 1 : k;
  }
  return 0;
}
const DASH = /^-{1,2}$|[–—]|\s-{1,2}\s/;

/** The speaker of a sentence without a quotation of its own: its first speech verb with a subject. */
export function sentenceSpeaker(full: string, tokens: Token[]): Source | undefined {
  const end = Math.min(tokens.length, 60);
  for (let v = 0; v < end; v++) {
    const t = tokens[v];
    if (!verbAt(tokens, v) || t.cap || (v > 0 && passiveAt(tokens, v))) continue;
    const subject = subjectLeft(full, tokens, Math.max(0, v - SUBJECT_WINDOW), v - 1) ?? subjectRight(full, tokens, v + 1, Math.min(tokens.length - 1, v + 6));
    if (subject && subject.kind !== 'vague') return subject;
  }
  return undefined;
}

/** "— Ana Silva", "–@handle", "[Quartz]", "(Reuters)" right after the closing mark. */
const SIGNATURE = /^[\s,.]*(?:(?:[—–―]|--?)\s*(?:@\w|\p{Lu})|[[(]\s*(?:@\w|\p{Lu})[^\])\n]{0,60}[\])])/u;

function signature(full: string, at: number): Source | undefined {
  const m = SIGNATURE.exec(full.slice(at, at + 80));
  if (!m) return undefined;
  return kindSpan(full, at, at + m[0].length, 'named');
}


/**
 * A block quotation (a quotation that makes up its paragraph) is signed by the citation next to it, as a
 * book, a paper or a post sets one off: a reference right after it in its paragraph or on the line after
 * ("(Anton Weber - 1920)", "— A. J. Maren", "[12] Weber, p. 56", a name alone on its line), or the line
 * before it: a page or source reference ("p. 184 (second paragraph)", "Source: ..."), a work or message it
 * names ("an interview with ...", "an article about ..."), a date, or an introduction ending in a colon ("The
 * following are quotes of his speech:"). (A footnote mark closing any quotation is read by `citedAtEnd`.) `rest` is the text after the closing mark to the end of the paragraph, `before` and `after`
 * the paragraphs around it (their text, read up to CITATION_CHARS from the near end).
 */
export function blockCitation(full: string, restStart: number, restEnd: number,
  before: {start: number; end: number} | undefined, after: {start: number; end: number} | undefined): Source | undefined {
  const rest = full.slice(restStart, Math.min(restEnd, restStart + CITATION_CHARS));
  if (rest.trim()) {
    // the paragraph goes on after the quotation: only a citation may follow it (read on its first line), or
    // a bracketed note ("[later in the article ...]") after which the lines around are read as for any block
    const line = rest.trim().split('\n', 1)[0].trim();
    if (line.length < CITATION_CHARS && isCitation(line)) return kindSpan(full, restStart, restEnd, 'named');
    if (!NOTE.test(line)) return undefined;
  }
  if (after) {
    const head = full.slice(after.start, Math.min(after.end, after.start + CITATION_CHARS));
    const line = head.split('\n', 1)[0].trim();
    // (a wire story's sign-off, "Reuter", signs the story, not the quotation above it)
    if (line && !WIRE_SIGN_OFF.test(line) && isCitation(line)) return kindSpan(full, after.start, after.start + head.length, 'named');
  }
  if (before) {
    // (a bracketed note between them is passed over: "... an article about it.\n[used without permission]")
    const from = Math.max(0, before.end - CITATION_CHARS);
    const tail = full.slice(from, before.end).trimEnd();
    if (tail.endsWith(':') || REFERENCE.test(tail) || SOURCE_LINE.test(tail) || SOURCE_NOUN.test(tail) || DATE.test(tail)) {
      return kindSpan(full, from, before.end, 'named');
    }
  }
  return undefined;
}

/** The sign-off line of a news agency's story ("Reuter", "AP"): the agency that filed the story, not a quotation's source. */
const WIRE_SIGN_OFF = /^(?:Reuters?|AP|AFP|UPI|dpa|Xinhua|Bloomberg|Kyodo|Tass|TASS)\.?$/;

/** A bracketed note of the writer's after a block quotation. */
const NOTE = /^\[[^\]\n]*(?:\]|$)/;
/** How much of a neighbouring line a citation may take. */
const CITATION_CHARS = 160;
/**
 * A citation closing a quotation: a footnote mark ("...alike.[163]", "...illness.(24)") or an author and page
 * in brackets ("... injured (Weber, 124)").
 */
const CITED_END = /(?:[[(]\d{1,3}[\])]|\(\p{Lu}[\p{L}.'’ -]{1,40},?\s*(?:pp?\.\s*)?\d{1,4}\))[.,;]?\s*$/u;
/** A work or a message named in the line before a block quotation ("an interview with ...", "an article about ..."). */
const SOURCE_NOUN = /\b(?:article|book|diary|diaries|memoirs?|document|letter|interview|speech|editorial|column|statement|essay|transcript|testimony|excerpts?|passage|memo|e-?mail|press release|posting|message)s?\b/i;
/** A date in the line before a block quotation ("3/12/93", "June 18, 1991", "18 June 1991"): the dateline of a cited source. */
const DATE = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b/i;

/** Whether a quotation ends with a citation of its source (CITED_END, read in its last characters). */
export function citedAtEnd(inner: string): boolean {
  return CITED_END.test(inner.slice(-64));
}
/** A page, volume or chapter reference: "p. 184", "pp. 12-14", "pg. 234", "vol. II", "page 56". */
const REFERENCE = /\b(?:pp?|pg|pages?|vol|chap|ch)\.?\s*(?:\d|[IVX]+\b)/i;
/** A line naming the source of what follows or comes before: "Source: ...", "From: ...". */
const SOURCE_LINE = /(?:^|\n)\s*(?:sources?|from|excerpts? from|quoted from|reference|ref)\s*:/i;
/** A reference opening its line: a bracket or a dash before a capital or a digit ("(Anton Weber - 1920)", "[12] ...", "- Ana Silva"). */
const CITATION_OPENING = /^(?:[([]\s*[\p{Lu}\d]|[—–―-]{1,2}\s*[\p{Lu}@])/u;
/**
 * A name or title alone on its line: up to eight capitalised words, initials or numbers, with the small words
 * of names and titles between ("A. J. Maren", "Ana Silva 6 April 93", "Charter of the Free Towns").
 */
const NAME_LINE = /^(?:(?:[\p{Lu}\d][\p{L}\d.'’-]*|of|the|and|for|de|van|von|da|del|la|le),?\s+){0,7}[\p{Lu}\d][\p{L}\d.'’-]*$/u;

function isCitation(line: string): boolean {
  return CITATION_OPENING.test(line) || REFERENCE.test(line) || SOURCE_LINE.test(line) || (line.length <= 70 && NAME_LINE.test(line) && /\p{Ll}|\p{Lu}\./u.test(line));
}
