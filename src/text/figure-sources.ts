// Where a casualty figure finds its source, read from the shared attribution layer (text.attributions):
// a sentence is a source when it lies in an attributed quotation or an introduced paragraph, or has a
// cue of its own with a real source that vouches for a fact ("police said", "according to the
// ministry", "the agency reported", "the coroner's statement"); an agentless report ("had been
// reported killed", "it was reported") has no source, nor has a vague one ("witnesses", "reports").
// A figure is covered locally when its own sentence is a source, or another sentence of its paragraph
// is (an account the paragraph gives: "According to police, the detectives … The driver rammed them,
// injuring two detectives."), or the sentence next to it across a paragraph break is a source that
// tells of the people harmed; in each case unless that source gives a casualty figure of its own that
// is not this one (a sourced roundup total does not source the count of one incident).
import type {TextLayer} from './layer.js';
import {type Token, W_ALWAYS_VAGUE, W_NOT_NAME, W_PARTITIVE, tokenIndexAt} from './tokens.js';
import type {Cue, Source} from './attribution-sources.js';
import {FACTUAL_VERBS, ROLE_NOUNS, VAGUE_QUANTIFIERS} from './lexicons.js';
import {readData} from '../package-info.js';
import {isDictionaryProperNoun, isOrdinaryWord} from './english-words.js';

const SOURCE_DATA = readData<{functionalHeads: string[]; serviceModifiers: string[]}>('casualty-sources.json');
/** Occupations the attribution layer reads as open groups ("workers said") that a modifier anchors ("rescue workers"). */
const FUNCTIONAL_HEADS = new Set(SOURCE_DATA.functionalHeads);
/** The services that anchor them: "rescue", "hospital", "relief", "Red Cross". */
const SERVICES = new Set(SOURCE_DATA.serviceModifiers);
/** Prepositions after the head that place the group: "workers at the scene", "staff of the hospital". */
const PLACED_BY = new Set(['at', 'of', 'from', 'in', 'on', 'inside', 'near']);
/** How many modifiers before the head are read. */
const MODIFIERS = 4;

/**
 * Whether a source the attribution layer reads as a vague group is, for a casualty figure, a functional
 * group: the staff of a service or a place, who handled the dead and hurt. Its head is an occupation
 * (rules/data/casualty-sources.json: workers, employees, staff, journalists…) anchored by a modifier
 * that says whose or where (a service, "rescue workers", "hospital employees"; a name or a people's
 * adjective, "Red Cross workers", "Iranian journalists"; a place after it, "workers at the scene"), with
 * no quantifier ("some workers", "many aid workers" stay vague). A bare "workers said" names no one.
 * The layer's span may leave the modifier out ("said rescue workers"): the words right before it are read.
 */
export function functionalGroup(source: Source, tokens: Token[]): boolean {
  let head = -1;
  for (let k = 0; k < tokens.length && tokens[k].start < source.end; k++) {
    if (tokens[k].start >= source.start && FUNCTIONAL_HEADS.has(tokens[k].lower)) { head = k; break; }
  }
  if (head < 0) return false;
  let anchored = head + 2 < tokens.length && PLACED_BY.has(tokens[head + 1].lower) && !tokens[head + 2].punct;
  for (let k = head - 1; k >= 0 && head - k <= MODIFIERS; k--) {
    const t = tokens[k];
    if (t.punct && t.text !== '.' && t.text !== "'") break;
    if (t.punct) continue;
    if (VAGUE_QUANTIFIERS.has(t.lower) || (t.f & (W_PARTITIVE | W_ALWAYS_VAGUE)) !== 0) return false;
    if (t.lemma !== undefined || t.lower === 'the' || t.lower === 'a' || t.lower === 'an') break;
    // a capitalised word is a name, or a people's adjective; at the sentence's start only one that is no
    // ordinary word ("Iranian journalists", not "Angry workers")
    if (SERVICES.has(t.lower) || (t.cap && (t.f & W_NOT_NAME) === 0 && (k > 0 || !isOrdinaryWord(t.text) || isDictionaryProperNoun(t.text)))) anchored = true;
  }
  return anchored;
}

/** Words before "release" or "reports" that make them the press's: "a press release", "news reports". */
const PRESS = new Set(['press', 'news', 'media']);
const PRESS_HEADS = new Set(['release', 'releases', 'report', 'reports']);

/**
 * Whether a vague source is a press release or the news reports ("according to a press release",
 * "according to news reports", "media reports said"): a release is the document of an office the article
 * names, and news reports credit the press; a reader can go back to either, as a second reader of local
 * news judged. A bare "reports" or "a report" names no one and stays vague. The layer's span may stop
 * before the head ("a press") or start after the modifier ("reports"): the words either side are read.
 */
function pressSource(source: Source, tokens: Token[]): boolean {
  // (the layer's span may also leave the modifier out: "according to news reports" gives "reports")
  for (let k = Math.max(0, tokenIndexAt(tokens, source.start) - 1); k + 1 < tokens.length && tokens[k].start < source.end; k++) {
    if (PRESS.has(tokens[k].lower) && PRESS_HEADS.has(tokens[k + 1].lower)) return true;
  }
  return false;
}

/** Whether a cue has a source a casualty figure can rest on: a real one, a functional group, or the press. */
export function casualtySourced(c: Cue, tokens: Token[]): boolean {
  if (c.resolved === true) return true;
  return c.source !== undefined && c.source.kind === 'vague' && (functionalGroup(c.source, tokens) || pressSource(c.source, tokens));
}

/**
 * Verbs of a contested account that still say who gives the figure: "A Springfield police report alleges … killing
 * Edwards and injuring three others" (a vague or agentless one, "it is alleged", stays no source). Not "claim",
 * whose toll sense ("the tremor which claimed at least 300 lives") the attribution layer reads as a claim.
 */
const ALLEGING = new Set(['allege']);

/** Determiners before a participle that make it an adjective: "the alleged gunman", "an alleged drive-by shooting". */
const ADJECTIVE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that']);

/** Whether a cue is a participle used as an adjective after a determiner ("the alleged gunman"), no verb of saying. */
function adjectiveUse(c: Cue, tokens: Token[]): boolean {
  const k = tokenIndexAt(tokens, c.start);
  return k > 0 && ADJECTIVE_DETERMINERS.has(tokens[k - 1].lower);
}

/** Reporting verbs that are acts before these words: "officers responded to the scene", "victims showed up at a hospital". */
const ACT_AFTER: Record<string, Set<string>> = {respond: new Set(['to', 'at', 'around', 'about', 'quickly', 'immediately']), show: new Set(['up'])};

/** The lower-case word after a cue, or ''. */
function wordAfter(tokens: Token[], end: number): string {
  for (const t of tokens) if (t.start >= end && !t.punct) return t.lower;
  return '';
}

/**
 * Whether each sentence is a source: in an attributed quotation or introduced paragraph, or with its own
 * factual cue with a real source ("police said", "according to the ministry", "the coroner's report";
 * not "officers responded to the scene", an act).
 */
export function sourceSentences(layer: TextLayer): boolean[] {
  const out: boolean[] = [];
  const attributions = layer.attributions;
  for (let i = 0; i < attributions.length; i++) {
    const a = attributions[i];
    let yes = a.scope === 'quote' || a.scope === 'paragraph';
    for (let k = 0; k < a.cues.length && !yes; k++) {
      const c = a.cues[k];
      if (!(c.kind === 'according' || c.kind === 'noun' || FACTUAL_VERBS.has(c.lemma) || (ALLEGING.has(c.lemma) && !adjectiveUse(c, layer.sentenceTokens[i]))) ||
        !casualtySourced(c, layer.sentenceTokens[i])) continue;
      const act = ACT_AFTER[c.lemma];
      yes = act === undefined || c.kind !== 'verb' || !act.has(wordAfter(layer.sentenceTokens[i], c.end));
    }
    out.push(yes || labelledBySource(layer.sentenceTokens[i]) || pronouncedBy(layer.sentenceTokens[i]) || putsTollAt(layer.sentenceTokens[i]));
  }
  return out;
}

/** Who pronounces a death: "by the coroner", "by the Acadia Parish Coroner's Office", "by paramedics". */
const PRONOUNCERS = new Set(['coroner', "coroner's", 'coroners', 'examiner', "examiner's", 'doctors', 'doctor', 'physicians', 'paramedics', 'medics', 'ems', 'staff', 'office', 'officials', 'personnel']);
/** How many tokens after "pronounced dead" its agent may stand: "at the scene by the Acadia Parish Coroner's Office". */
const PRONOUNCED_REACH = 10;

/**
 * Whether a sentence gives a death as pronounced by an office ("was pronounced dead at the scene by the
 * Acadia Parish Coroner's Office", "were pronounced deceased by the coroner"): the pronouncement is the
 * office's record, a source the reader can go back to.
 */
function pronouncedBy(tokens: Token[]): boolean {
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokens[k].lower !== 'pronounced' || (tokens[k + 1].lower !== 'dead' && tokens[k + 1].lower !== 'deceased')) continue;
    for (let j = k + 2; j < tokens.length && j <= k + 2 + PRONOUNCED_REACH; j++) {
      if (tokens[j].lower !== 'by') continue;
      for (let h = j + 1; h < tokens.length && h <= j + 6 && !(tokens[h].punct && tokens[h].text !== "'" && tokens[h].text !== '’'); h++) {
        if (PRONOUNCERS.has(tokens[h].lower)) return true;
      }
      return false;
    }
  }
  return false;
}

/** Nouns of a count that a source "puts at" a number: "put the death toll at 50", "puts the number of victims at 3,145". */
const COUNT_NOUNS = new Set(['toll', 'number', 'figure', 'count', 'tally', 'total']);
const PUT = new Set(['put', 'puts', 'putting']);
/** How many tokens the count's noun phrase and its "at" may take after "put": "the number of Khojali victims at". */
const PUT_REACH = 8;
/** How many tokens before "put" its subject may stand: "The Paris-based Association for Democracy puts". */
const PUT_SUBJECT_REACH = 6;

/**
 * Whether a sentence gives a count as a source's estimate: a name or a role noun before "put(s) the … toll|number|
 * figure at N" ("The health ministry puts the death toll at 50", "The Paris-based Association for Democracy puts the
 * number of Khojali victims at 3,145"), the wire's way to say who counts. A vague subject ("Some put the toll at")
 * is no source.
 */
function putsTollAt(tokens: Token[]): boolean {
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (!PUT.has(tokens[k].lower) || tokens[k + 1].lower !== 'the') continue;
    let noun = false;
    let at = false;
    for (let j = k + 2; j < tokens.length && j <= k + 1 + PUT_REACH && !at; j++) {
      if (COUNT_NOUNS.has(tokens[j].lower)) noun = true;
      else if (tokens[j].lower === 'at') at = noun;
      else if (tokens[j].punct) break;
    }
    if (!at) continue;
    for (let j = k - 1; j >= 0 && k - j <= PUT_SUBJECT_REACH; j--) {
      const t = tokens[j];
      if (t.punct && t.text !== '-') break;
      if (ROLE_NOUNS.has(t.lower) || (t.cap && (t.f & W_NOT_NAME) === 0 && j > 0)) return true;
    }
  }
  return false;
}

/** An acronym of a police or sheriff's department ("KCSO", "BRPD"). */
export const DEPARTMENT_ACRONYM = /\b[A-Z]{1,5}(?:PD|SO)\b/;

/** How many words a source label before a colon may have: "Baton Rouge Police:", "Sheriff's Office:". */
const LABEL_WORDS = 5;

/**
 * Whether a sentence opens with a source and a colon, the headline's way of attribution ("Baton Rouge
 * Police: 4 People Shot", "Coroner: Two died of gunshot wounds", "KCSO: Five found dead"): the word
 * before the colon is a role noun of the attribution layer (police, sheriff, coroner, officials, ministry)
 * or a department's acronym.
 */
function labelledBySource(tokens: Token[]): boolean {
  for (let k = 1, words = 0; k < tokens.length && words <= LABEL_WORDS; k++) {
    const t = tokens[k];
    if (t.text === ':') return (ROLE_NOUNS.has(tokens[k - 1].lower) || DEPARTMENT_ACRONYM.test(tokens[k - 1].text)) && k + 1 < tokens.length;
    if (t.punct && t.text !== "'" && t.text !== '’') return false;
    words++;
  }
  return false;
}

/** How many capitalised words a headline's closing source may have: "Deputies", "Fire Officials". */
const CLOSING_LABEL_WORDS = 3;

/**
 * Whether a sentence is a headline that closes with its source after a colon or a dash ("1 Dead, 3
 * Injured in Robbery Attempt: Deputies", "Teen Shoots Self While Taking Selfie – Police"): the source is a
 * role noun of the attribution layer, in capitals, and nothing follows it (a headline has no full stop).
 * Such a line sources its own figures only: pages set other stories' headlines between paragraphs, so it
 * says nothing of its neighbours.
 */
export function closedBySource(tokens: Token[]): boolean {
  const n = tokens.length;
  if (n < 4) return false;
  const last = tokens[n - 1];
  if (last.punct || !last.cap || !ROLE_NOUNS.has(last.lower)) return false;
  let k = n - 2;
  while (k > 0 && n - 1 - k < CLOSING_LABEL_WORDS && !tokens[k].punct && tokens[k].cap) k--;
  return k >= 2 && (tokens[k].text === ':' || tokens[k].text === '–' || tokens[k].text === '—');
}

/** Words that tell of people harmed (not of the event alone: "the shooting took place…", "shots were fired"), by the harm they tell of. */
const DEATH_HARM = /^(?:kill(?:s|ed|ing)?|dead|deceased|deaths?|died|dies?|dying|fatal(?:ly|ity|ities)?|lives|coroner|examiner|pronounced|bodies|perished|slain|homicide)$/;
const INJURY_HARM = /^(?:injur(?:y|ies|ed|ing)|wound(?:s|ed|ing)?|hurt|hospitali[sz]ed|hospitals?|grazed|condition|treated|stabbed)$/;
const ANY_HARM = /^(?:shot|gunshot|victims?|struck|striking|hit|hitting|casualt(?:y|ies)|missing)$/;
/** Words of the shooting itself: a source of the shooting covers a count of people shot. */
const SHOOTING = /^shootings?$/;

/** The harm a sentence tells of: 1 deaths, 2 injuries, 4 harm of either kind (bits). */
export function harmOf(tokens: Token[]): number {
  let bits = 0;
  for (const t of tokens) {
    if (t.punct) continue;
    const l = t.lower;
    if (DEATH_HARM.test(l)) bits |= 1;
    else if (INJURY_HARM.test(l)) bits |= 2;
    else if (ANY_HARM.test(l)) bits |= 4;
  }
  return bits;
}

/** Whether a sentence whose harm is `bits` tells of the harm of a figure of this kind (deaths for the dead, injuries for the hurt). */
export function tellsOfKind(bits: number, kind: string): boolean {
  if (kind === 'dead') return (bits & 5) !== 0;
  if (kind === 'hurt') return (bits & 6) !== 0;
  return bits !== 0;
}

/** Whether a sentence tells of people harmed. */
export function tellsOfHarm(tokens: Token[]): boolean {
  return harmOf(tokens) !== 0;
}

function hasWord(tokens: Token[], re: RegExp): boolean {
  for (const t of tokens) if (!t.punct && re.test(t.lower)) return true;
  return false;
}

/** Whether a sentence tells of a shooting. */
export function tellsOfShooting(tokens: Token[]): boolean {
  return hasWord(tokens, SHOOTING);
}

/** Words that tell of a death that happened (not "homicide detectives", "murder charges"). */
const DEATH_WORDS = new Set(['died', 'dies', 'dead', 'deceased', 'killed', 'slain', 'fatally', 'perished', 'bodies']);
const SELF = new Set(['himself', 'herself', 'themselves']);
/** Words that make a death one that may happen: "before another teen is killed", "could have died". */
const UNREAL = new Set(['before', 'if', 'could', 'would', 'might', 'may', 'unless', 'lest', 'nearly', 'almost']);
/** Determiners that make "death" a death of someone: "his death", "the boy's death", "the death of". */
const DEATH_OF = new Set(['his', 'her', 'their', 'the']);

/** "lost his life", "lost their lives": a death told by the life lost. */
const LIFE_OWNERS = new Set(['his', 'her', 'their']);
const LOST = new Set(['lost', 'loses', 'lose', 'losing']);

/** Whether a sentence tells of a death that happened, not the attacker's own ("before killing himself") nor one that may. */
export function tellsOfDeath(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const l = tokens[k].lower;
    const death = DEATH_WORDS.has(l) || (l === 'death' && k > 0 && (DEATH_OF.has(tokens[k - 1].lower) || tokens[k - 1].possessive)) ||
      // "a 36-year-old man lost his life"
      ((l === 'life' || l === 'lives') && k > 1 && LIFE_OWNERS.has(tokens[k - 1].lower) && LOST.has(tokens[k - 2].lower));
    if (!death || (k + 1 < tokens.length && SELF.has(tokens[k + 1].lower))) continue;
    let unreal = false;
    for (let j = Math.max(0, k - 4); j < k && !unreal; j++) unreal = UNREAL.has(tokens[j].lower);
    if (!unreal) return true;
  }
  return false;
}
