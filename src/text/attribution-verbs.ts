// The reporting cues a sentence's words make: "according to X", a reporting noun with its owner ("the
// ministry's statement"), and a reporting verb: a passive with its agent ("was accused by X"), an
// agentless report, or an active verb with its subject. Part of the sentence scan of attribution-cues.ts.
import {REPORTING_NOUNS, PRONOUNS, BE_FORMS, OBJECT_REQUIRED, AS_REQUIRED, DELIBERATION, REPORTED_STATES} from './lexicons.js';
import {type Token, W_NOT_NAME, W_VAGUE_SOURCE, W_ROLE, W_PRONOUN, W_ALWAYS_VAGUE, W_ANONYMOUS_HEAD, W_PARTICIPLE, W_PARTITIVE, tokenIndexAt} from './tokens.js';
import {PEOPLE} from './figure-senses.js';
import {isGroupHead} from './source-groups.js';
import {courtDate, figureAt, literalPassive, officeAt, perceptible, reportedState} from './claim-senses.js';
import {
  type Source, type SentenceScan, QUOTE_MARK, SUBORDINATORS, ADVERB_GAP, NOUN_LIKE_FORMS, STRICT_NOUN_FORMS, ING_CUE, AUXILIARIES, span,
  kindSpan, cue, closingTag, subjectBeforeVerb, sourceKind, sourceAt, sourceSpan, lowerAt, namedMember, whatSubject, rightAfter,
  endsSentence, closesClause, vagueReportSubject, withGroupStart, withSubject, GOES_ON, crowdOrReport, objectOfPreposition,
  vagueSubjectHolds, subjectBefore, subjectAfter,
} from './attribution-sources.js';
import {positionOf} from './attribution-clauses.js';
import {
  clauseAfterVerb, DETERMINERS, reducedPhraseAfter, physicalTarget, objectFollows, OBJECT_PRONOUNS, COMPARING, objectBeforeTo, afterThan,
  expectedFigure, calledEvent, nameAfterCalled, thatClauseFollows, standingFollows, clauseFollows, finiteClauseFollows, reportsAccounts,
  thinksAbout, personObject, relativeObject, nameClosesClause, nameAt, asFollows, thingKept,
} from './attribution-objects.js';

const NEED_AS = new Set(['seen', 'viewed', 'regarded', 'described', 'portrayed', 'characterized', 'characterised', 'perceived', 'billed']);
/** Verbs by which a source puts out a report or statement: "police issued a statement". */
const ISSUE_VERBS = new Set(['issued', 'issues', 'issue', 'released', 'releases', 'published', 'publishes', 'gave', 'gives', 'made']);
const ING_OPENERS = new Set(['while', 'after', 'before', 'by', 'in', 'when', 'and', 'without', 'also', 'then', 'repeatedly', 'kept', 'keeps', 'continued', 'continues', 'began', 'started', 'even', 'as', 'since']);

/** Determiners that make a reporting noun a definite document ("the release", "its statement"). */
const DOCUMENT_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that']);

/** Words before people picked out: "the suspects charged", "two other men charged". */
const PICKED = new Set(['the', 'other', 'those', 'these']);
const NUMBER_WORDS = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|several|hundreds)$/;

/** Prepositions of the place a demonstration is held at: "protested at", "outside", "near", "along". */
const PROTEST_PLACE = /^(?:at|outside|near|along|across|through|around|downtown|throughout|on)$/;

/** Possessive determiners after which a verb form is an adjective of the noun they own ("its promised features"; not "her", also an object). */
const ADJECTIVE_OWNERS = new Set(['its', 'their', 'his', 'our', 'my', 'your']);

/** "according to X" at token i (followed by "to"); returns the last token it takes. */
export function accordingToCue(scan: SentenceScan, i: number): number {
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
export function reportingNounCue(scan: SentenceScan, i: number): void {
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
export function verbCue(scan: SentenceScan, i: number): void {
  const tokens = scan.tokens;
  const t = tokens[i];
  const lemma = t.lemma;
  const participle = (t.f & W_PARTICIPLE) !== 0;
  // "released information", not "treated and released"
  const objects = lemma ? OBJECT_REQUIRED.get(lemma) : undefined;
  if (objects && !objectFollows(tokens, i, objects)) return;
  // "point" reports only as "point out" before a clause or closing one: "analysts pointed out that …", "…, analysts
  // pointed out." (not "markers pointed out evidence", "pointed weapons out of the window")
  if (lemma === 'point' && !(lowerAt(tokens, i + 1) === 'out' && (i + 2 >= tokens.length || tokens[i + 2].lower === 'that' || tokens[i + 2].text === ','))) return;
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

/** A form of "be" shortly before i (adverbs between): its index, else -1. */
export function beFormBefore(tokens: Token[], i: number): number {
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

/**
 * "he's said he will", "she's thought about it": a contracted "'s" before a participle is "has" unless
 * the passive's "to", "by" or "as" follows ("he's said to be furious").
 */
function perfectNotPassive(tokens: Token[], i: number, be: number): boolean {
  if (!CONTRACTED_BE.test(tokens[be].text) || !/['’]s$/i.test(tokens[be].text)) return false;
  const next = lowerAt(tokens, i + 1);
  return next !== 'to' && next !== 'by' && next !== 'as';
}
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
export const NOBODY = /^(?:no[\s-]one|nobody|none)\b/i;

/** Verbs of expecting, against which a writer measures an outcome: "better than analysts expected". */
const EXPECTING = new Set(['expect', 'forecast', 'predict', 'anticipate', 'estimate', 'project', 'think', 'believe', 'fear', 'hope', 'assume', 'reckon', 'suggest', 'say']);

/** Quantifiers standing alone as a crowd: "some view the plan as …", "many see it as …". */
const CROWD_PRONOUNS = new Set(['some', 'many', 'most', 'others', 'few']);

/** Marks that set off an inverted cue: "…, said several observers". */
const SET_OFF = new Set([',', '—', '–']);

/**
 * Reporting verbs whose act is no claim: "someone asked for the board back", "people read the post", "retailers
 * accepted the cards"; what a crowd shouted is an event told ("men shouted, at first heard faintly", "everyone was
 * shouting “Ka-ra-bagh”"; usenet-politics blind reading, seed 98), its words a quotation's.
 */
const NO_CLAIM = new Set(['ask', 'read', 'release', 'quote', 'cite', 'brief', 'notify', 'inform', 'accept', 'shout']);
