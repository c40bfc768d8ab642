// Casualty figures need a source: "Armenia said about 50 people had been killed" gives one; "which has
// tragically seen dozens killed" does not. The figures (src/text/figures.ts) are linked into events
// (src/text/figure-events.ts: the same count and harm, a total and its parts), and a figure is sourced
// when a figure of its event is: by its sentence, its paragraph, or the sentence next to it across a
// paragraph break that tells of the people harmed (src/text/figure-sources.ts, on the shared
// attribution layer). Background tolls of past events and residue lines (captions, teasers) are skipped.
import {residueLine} from '../src/learn/residue-model.js';
import {signedPost} from '../src/text/opinion.js';
import {NEWS_AGENCIES} from '../src/text/lexicons.js';
import type {FileRule} from '../src/types.js';
import type {TextLayer} from '../src/text/layer.js';
import {findFigures, type CasualtyFigure} from '../src/text/figures.js';
import {breakdownOf, countsOf, lowerAt, numberAt, viewOf} from '../src/text/figure-counts.js';
import type {Token} from '../src/text/tokens.js';
import {ROLE_NOUNS} from '../src/text/lexicons.js';
import {linkEvents, largestCompatible, sameCount, compatible, differentIncidents, type Events} from '../src/text/figure-events.js';
import {sourceSentences, closedBySource, harmOf, tellsOfDeath, tellsOfKind, tellsOfShooting} from '../src/text/figure-sources.js';
import {authorityAccounts, incidentStretches, namesVictim, victimNames} from '../src/text/figure-accounts.js';

export interface Options {
  /** Extra casualty terms (single words, e.g. "maimed"). */
  terms: string[];
  /** Whether tolls of events clearly in the past ("in 1998", "the 2014 crash", "last year's floods") are exempt. */
  exemptBackground: boolean;
}

/**
 * How far in sentences a source reaches within its paragraph: a paragraph of dozens of sentences (an
 * article without its breaks) is no paragraph an editor would read as one account; and the work stays linear.
 */
const PARAGRAPH_REACH = 8;

/** What the rule reads of an article while it decides. */
interface Article {
  text: TextLayer;
  figures: CasualtyFigure[];
  /** Whether each sentence is a source (src/text/figure-sources.ts). */
  source: boolean[];
  /** Whether each sentence is a headline that closes with its source, which sources its own figures only (closedBySource). */
  headline: boolean[];
  /** The index of each sentence's first figure (-1 when none). */
  firstFigure: number[];
  /** The harm each sentence tells of (harmOf bits), computed on first need. */
  harm: Array<number | undefined>;
}

function harmAt(a: Article, i: number): number {
  let h = a.harm[i];
  if (h === undefined) a.harm[i] = h = harmOf(a.text.sentenceTokens[i]);
  return h;
}

/**
 * Whether sentence j, a source, states casualty figures of its own none of which is f's (nor adds up to
 * it): then it tells of other casualties ("seven wounded across the city, police said" is no source
 * for "three wounded" in one incident).
 */
function givesOtherFigures(a: Article, j: number, f: CasualtyFigure): boolean {
  let k = a.firstFigure[j];
  if (k < 0) return f.value !== null && vagueCountOfPeople(a.text.sentenceTokens[j]);
  for (; k < a.figures.length && a.figures[k].sentence === j; k++) {
    const g = a.figures[k];
    if (sameCount(f, g) && compatible(f.kind, g.kind)) return false;
    // the dead or hurt among the people shot it counts: "he and three others had been shot … they found
    // three men dead"
    if ((g.kind === 'shot' || g.kind === 'victims') && (f.kind === 'dead' || f.kind === 'hurt') && f.value !== null && g.value !== null && f.value < g.value) return false;
  }
  if (f.value !== null && f.value > 1) {
    const view = viewOf(a.text, j);
    if (breakdownOf(view, countsOf(view)) === f.value) return false;
  }
  return true;
}

/**
 * Whether account j (an authority's, in f's incident) counts other people of f's harm: a figure of a
 * harm compatible with f's that is another count ("seven wounded" for "three wounded"), or a vague
 * count of people ("multiple victims"); a count of another harm ("the man who died" for "three others
 * were injured") is the same incident told in part.
 */
function countsOthers(a: Article, j: number, f: CasualtyFigure): boolean {
  let k = a.firstFigure[j];
  if (k < 0) {
    if (f.value === null) return false;
    if (vagueCountOfPeople(a.text.sentenceTokens[j])) return true;
    // a bare count of other people ("Police said 20 officers guarded the hospital")
    // (not a group told before, picked out whole: "All four men were struck"; "the two men" may be others, the suspects)
    const tokens = a.text.sentenceTokens[j];
    for (const c of countsOf(viewOf(a.text, j))) if (c.value !== null && c.value > 1 && c.value !== f.value && lowerAt(tokens, c.first - 1) !== 'all') return true;
    return false;
  }
  let other = false;
  for (; k < a.figures.length && a.figures[k].sentence === j; k++) {
    const g = a.figures[k];
    if (!compatible(f.kind, g.kind)) continue;
    if (sameCount(f, g) || inParts(f, g)) return false;
    other = true;
  }
  return other && givesOtherFigures(a, j, f);
}

/**
 * Whether figure f and a figure g of an account of its incident tell of one group in parts: f is picked
 * out of a group ("two of the victims") or its rest, or g is the rest of f's ("three others", not a part
 * of a total f), so the account tells of f's people ("one person hospitalized and three others winged" …
 * "The three other victims' wounds were not life-threatening, said Sgt. Ana Cole"), not of other people.
 */
function inParts(f: CasualtyFigure, g: CasualtyFigure): boolean {
  // (a total is not sourced by its part: "Four people were shot" by "the three others were hurt, police said")
  const rest = g.remainder && f.value !== null && g.value !== null && f.value <= g.value;
  return (f.remainder || rest) && !differentIncidents(f, g);
}

/**
 * Whether source sentence j covers sentence i of its paragraph: a source before it opens an account the
 * paragraph goes on with ("Police say the boy was home alone. … His friend was fatally shot."); a source
 * after it must tell of the people harmed.
 */
function coversInParagraph(a: Article, j: number, i: number, kind: string): boolean {
  return a.source[j] && (j < i || tellsOfKind(harmAt(a, j), kind) || (j === i + 1 && carriesOn(a, j)));
}

/** Pronouns of an institution that carry an attribution on: "…, it said." after "the news agency said". */
const INSTITUTION_PRONOUNS = new Set(['it', 'they']);

/** Whether a source names an office or an institution ("police", "the health ministry", "Sheriff Ana Cole"), not a relative or a witness. */
function namesARole(source: string): boolean {
  for (const word of source.toLowerCase().split(/[^\p{L}]+/u)) if (ROLE_NOUNS.has(word) && !WITNESSES.has(word)) return true;
  return false;
}
const WITNESSES = new Set(['witness', 'witnesses', 'neighbor', 'neighbour', 'neighbors', 'neighbours', 'resident', 'residents', 'friend', 'friends']);

/**
 * Whether sentence j closes with a source that is the pronoun of an institution ("Some 800 houses were
 * flattened, it said."): the wire's way to keep the paragraph in the account of the source named
 * before, so it covers the sentence before it too, whatever that tells of.
 */
function carriesOn(a: Article, j: number): boolean {
  for (const c of a.text.attributions[j].cues) {
    if (c.resolved !== true || c.kind !== 'verb' || c.position !== 'after' || c.source === undefined) continue;
    if (c.source.kind === 'pronoun' ? INSTITUTION_PRONOUNS.has(c.source.text.toLowerCase()) : namesARole(c.source.text)) return true;
  }
  return false;
}

const VAGUE_QUANTIFIERS = new Set(['multiple', 'several', 'numerous', 'many', 'some', 'number']);

/** "found multiple victims", "several people were hurt": a count of the harmed that gives no number. */
function vagueCountOfPeople(tokens: Token[]): boolean {
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!VAGUE_QUANTIFIERS.has(tokens[k].lower)) continue;
    const next = tokens[k + 1].lower === 'of' ? lowerAt(tokens, k + 2) : tokens[k + 1].lower;
    if (next === 'victims' || next === 'people' || next === 'persons' || next === 'injuries' || next === 'casualties') return true;
  }
  return false;
}

/**
 * How figure f has a source of its own: its sentence ('sentence'), its paragraph ('paragraph'), or its
 * neighbour across a paragraph break ('neighbour'); undefined when it has none.
 */
function coveredLocally(a: Article, f: CasualtyFigure): string | undefined {
  const i = f.sentence;
  if (a.source[i] || a.headline[i]) return 'sentence';
  const sentences = a.text.sentences;
  const para = a.text.paragraphs[sentences[i].paragraph];
  const last = Math.min(para.last, i + PARAGRAPH_REACH);
  for (let j = Math.max(para.first, i - PARAGRAPH_REACH); j <= last; j++) if (j !== i && coversInParagraph(a, j, i, f.kind) && !givesOtherFigures(a, j, f)) return 'paragraph';
  // "According to the Sheriff's Department, deputies were sent to … ¶ Upon their arrival, authorities located four
  // victims": what the responders found goes on with the sourced account of their call, in the sentence before
  // (a sentence about the responders: "Police say they responded to …", not a neighbour's quotation)
  if (i > 0 && a.source[i - 1] && foundOnArrival(a.text.sentenceTokens[i], f.start) && tellsOfResponders(a.text.sentenceTokens[i - 1])) return 'account';
  for (const j of [i - 1, i + 1]) {
    if (j < 0 || j >= sentences.length || !a.source[j] || sentences[j].paragraph === sentences[i].paragraph) continue;
    const tokens = a.text.sentenceTokens[j];
    if ((tellsOfKind(harmAt(a, j), f.kind) || (f.kind === 'shot' && tellsOfShooting(tokens))) && !givesOtherFigures(a, j, f)) return 'neighbour';
  }
  return undefined;
}

/** Responders, and the pronoun that stands for them after a sentence about them. */
const RESPONDERS = new Set(['police', 'officers', 'deputies', 'authorities', 'troopers', 'investigators', 'firefighters', 'they']);
const FINDING = new Set(['found', 'located', 'discovered']);

/** Whether a sentence names responders: "deputies were sent", "Police say they responded", "the Sheriff's Department". */
function tellsOfResponders(tokens: Token[]): boolean {
  for (const t of tokens) if ((RESPONDERS.has(t.lower) && t.lower !== 'they') || t.lower.startsWith('sheriff')) return true;
  return false;
}

/**
 * Whether a sentence tells, before the figure at `start`, what responders found: "Upon their arrival, authorities
 * located four victims", "When police arrived, they found …" (a responder word within two words before a verb of
 * finding).
 */
function foundOnArrival(tokens: Token[], start: number): boolean {
  for (let k = 1; k < tokens.length && tokens[k].start < start; k++) {
    if (!FINDING.has(tokens[k].lower)) continue;
    for (let j = k - 1; j >= 0 && j >= k - 2; j--) if (RESPONDERS.has(tokens[j].lower)) return true;
  }
  return false;
}

/**
 * Whether each sentence is covered by a source of its own or of its paragraph (that gives no figures of
 * its own): its counts join the events they match. `narrative` leaves out sources after the sentence.
 */
function coveredSentences(a: Article, narrative: boolean): boolean[] {
  const out: boolean[] = [];
  const sentences = a.text.sentences;
  for (let i = 0; i < sentences.length; i++) {
    let yes = a.source[i] || a.headline[i];
    if (!yes) {
      const para = a.text.paragraphs[sentences[i].paragraph];
      const last = Math.min(para.last, i + PARAGRAPH_REACH);
      for (let j = Math.max(para.first, i - PARAGRAPH_REACH); j <= last && !yes; j++) {
        if (j === i || a.firstFigure[j] >= 0 || (narrative && j > i)) continue;
        yes = coversInParagraph(a, j, i, 'victims');
      }
    }
    out.push(yes);
  }
  return out;
}

/** What the rule knows when it decides on each figure. */
interface Decision {
  a: Article;
  live: boolean[];
  /** How each figure is covered locally (coveredLocally), if it is. */
  covered: Array<string | undefined>;
  events: Events;
  /** The first sentence covered by a source that tells of a death, -1 for none (computed on first need). */
  deathSourced: number | undefined;
  exemptBackground: boolean;
  /** The victims the article's charges count (chargeCounts), computed on first need. */
  charges?: Set<string>;
}

/** Why figure n needs no warning, or undefined when it needs one. */
function verdict(d: Decision, f: CasualtyFigure, n: number): string | undefined {
  const {events} = d;
  if (!d.live[n]) return 'residue';
  if (d.covered[n] !== undefined) return d.covered[n];
  if (events.sourced.has(events.event[n])) return 'event';
  if (events.sumSourced[n]) return 'sum';
  if (d.exemptBackground && f.background) return 'background';
  if (chargedWith(d.a, f)) return 'charge';
  d.charges ??= chargeCounts(d.a.text);
  if (countedByCharges(d.charges, f)) return 'charge';
  if (civilClaim(d.a.text.sentenceTokens[f.sentence])) return 'claim';
  if (cited(d.a.text, f.sentence)) return 'citation';
  // The rest of a group whose sourced total is larger: "two other relatives were killed" under "their
  // four bodies were found, the sheriff said"
  if (f.remainder && f.value !== null && largestCompatible(events, f.kind) > f.value) return 'remainder';
  if (partOfSourcedTotal(d, f)) return 'part';
  // A single death the article has a source for ("the boy had been shot, police said … ruled his death a homicide")
  if (f.single || (f.value === 1 && f.kind === 'dead')) {
    if (d.deathSourced === undefined) {
      const told = coveredSentences(d.a, true);
      const text = d.a.text;
      d.deathSourced = text.sentences.findIndex((s) => told[s.index] && tellsOfDeath(text.sentenceTokens[s.index]));
    }
    if (d.deathSourced >= 0) return 'death';
  }
  return undefined;
}

/** The least sourced total whose parts share its source: a toll that large is one event told in parts. */
const PART_TOTAL = 10;

/** Words that make a count a part of a group told elsewhere: "among the dead", "the dead included", "12 of them". */
const PART_WORDS = new Set(['among', 'amongst', 'including', 'included', 'include', 'includes']);

/** Whether figure f is told as a part of a group: picked out of it ("twelve of the dead"), its rest ("three others"), or with a word of parts. */
function toldAsPart(a: Article, f: CasualtyFigure): boolean {
  if (f.partitive || f.remainder) return true;
  for (const t of a.text.sentenceTokens[f.sentence]) if (PART_WORDS.has(t.lower)) return true;
  return false;
}

/**
 * Whether figure f is a part of a sourced total of ten or more of a compatible harm, told elsewhere
 * ("At least 31 people were killed, police said." … "Twelve children were among the dead.", "Eight of
 * the soldiers killed were officers"): the breakdown of a large toll is the toll's own detail, and shares
 * its source. Only a count told as a part: a bare smaller count may be another incident. Not a total of another day
 * or place, and not a small total (three shot and one of them dead may be two incidents of a roundup).
 */
function partOfSourcedTotal(d: Decision, f: CasualtyFigure): boolean {
  if (f.value === null || !toldAsPart(d.a, f)) return false;
  const {figures} = d.a;
  for (let g = 0; g < figures.length; g++) {
    const t = figures[g];
    if (t.value === null || t.value < PART_TOTAL || t.value <= f.value || t.sentence === f.sentence) continue;
    if (d.live[g] && d.events.sourced.has(d.events.event[g]) && compatible(f.kind, t.kind) && !differentIncidents(f, t)) return true;
  }
  return false;
}

/** Verdicts that give a figure a source (not those that exempt it: residue, background, a charge, a claim, a citation). */
const SOURCING = new Set(['sentence', 'paragraph', 'neighbour', 'account', 'event', 'sum', 'remainder', 'part', 'death']);

/**
 * A figure the article repeats (the same count of the same harm, in another sentence, not of another
 * place or day) shares the source of its sourced occurrence, whatever sourced it: "Twelve of the dead were
 * children" (a part of a sourced toll) … "the families of the 12 children killed". Events link only the
 * figures a source reaches directly; this carries the verdicts that come after them (a part, a sum, the
 * rest of a group) to the figure's repeats. A count of one is no figure to recognise again (a roundup's
 * victims): events link those, an incident's larger count between them apart. Sets `whys[n]` to 'repeat'.
 */
function repeatedSources(figures: CasualtyFigure[], whys: Array<string | undefined>): void {
  const sourced = new Map<string, number[]>();
  figures.forEach((f, n) => {
    if (f.value === null || f.value < 2 || !SOURCING.has(whys[n] ?? '')) return;
    const key = `${f.value}\u0000${f.kind}`;
    const list = sourced.get(key);
    if (list === undefined) sourced.set(key, [n]);
    else list.push(n);
  });
  figures.forEach((f, n) => {
    if (whys[n] !== undefined || f.value === null) return;
    const list = sourced.get(`${f.value}\u0000${f.kind}`);
    if (list?.some((g) => figures[g].sentence !== f.sentence && !differentIncidents(f, figures[g]))) whys[n] = 'repeat';
  });
}

/**
 * Words of a charge, a trial or a sentence: a toll a court case is about ("charged with murder in the
 * shooting death of a 6-year-old", "accused of killing one person and wounding four") is a matter of the
 * court's record, which the sentence names.
 */
const CHARGE_WORDS = new Set(['charged', 'charges', 'charging', 'accused', 'convicted', 'sentenced', 'pleaded', 'pleads', 'plea', 'pleas', 'indicted', 'indictment', 'arraigned', 'arraignment', 'trial', 'acquitted', 'guilty', 'jurors', 'jury']);

/** Whether figure f stands after a word of a charge or trial in its sentence (the charge frames it). */
function chargedWith(a: Article, f: CasualtyFigure): boolean {
  for (const t of a.text.sentenceTokens[f.sentence]) {
    if (t.start >= f.start) return false;
    if (CHARGE_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** Crimes of a charge that count the dead, and those that count the hurt ("attempted murder", "aggravated assault"). */
const KILLING_CRIMES = new Set(['murder', 'murders', 'homicide', 'homicides', 'manslaughter']);
const HARMING_CRIMES = new Set(['assault', 'battery']);
/** How many words may stand between "counts of" and the crime: "first-degree", "attempted capital". */
const CRIME_MODIFIERS = 3;

/**
 * The victims the charges of an article count, by kind: "charged with two counts of murder" (two dead),
 * "five counts of attempted homicide" (five hurt), "one count of murder and four counts of attempted
 * murder". A court's charges count one for each victim, and the court's record is a source a reader can
 * go back to: a figure of the same count and harm is backed by it ("the killing of two men in May" …
 * "charged with two counts of murder"). Keys are `kind:value`.
 */
function chargeCounts(text: TextLayer): Set<string> {
  const out = new Set<string>();
  text.sentenceTokens.forEach((tokens) => {
    for (let k = 0; k + 2 < tokens.length; k++) {
      const l = tokens[k].lower;
      if ((l !== 'counts' && l !== 'count') || tokens[k + 1].lower !== 'of') continue;
      let from = k - 1;
      while (from > 0 && numberAt(tokens, from - 1)?.to === k - 1) from--;
      const n = from >= 0 ? numberAt(tokens, from) : undefined;
      if (n === undefined || n.value === null || n.to !== k - 1) continue;
      let attempted = false;
      for (let j = k + 2; j < tokens.length && j <= k + 2 + CRIME_MODIFIERS; j++) {
        const w = tokens[j].lower;
        if (w === 'attempted' || w === 'attempt') attempted = true;
        if (KILLING_CRIMES.has(w)) { out.add(`${attempted ? 'hurt' : 'dead'}:${n.value}`); break; }
        if (HARMING_CRIMES.has(w)) { out.add(`hurt:${n.value}`); break; }
        if (tokens[j].punct && tokens[j].text !== '-') break;
      }
    }
  });
  return out;
}

/** Whether the article's charges count figure f's victims (chargeCounts). */
function countedByCharges(charges: Set<string>, f: CasualtyFigure): boolean {
  if (f.value === null || !charges.size) return false;
  if (f.kind === 'dead' || f.kind === 'hurt') return charges.has(`${f.kind}:${f.value}`);
  return charges.has(`dead:${f.value}`) || charges.has(`hurt:${f.value}`);
}

/** Words of a civil claim: "N people sued", "the plaintiffs", "lawsuits in which survivors of 77 of the victims seek damages". */
const CLAIM_WORDS = new Set(['sue', 'sues', 'sued', 'suing', 'lawsuit', 'lawsuits', 'plaintiff', 'plaintiffs', "plaintiffs'", 'litigants']);
/** Words before or after "suit(s)" that make it a claim in court: "a civil suit", "suits against the airline". */
const SUIT_BEFORE = new Set(['civil', 'damage', 'damages', 'class-action', 'injury', 'liability']);
const SUIT_AFTER = new Set(['against', 'filed', 'seeking', 'seeks', 'claiming', 'claims', 'alleging', 'alleges']);
/** Verbs of filing that make "on behalf of" a claim's: "filed on behalf of 12 victims". */
const FILING = new Set(['file', 'files', 'filed', 'filing']);

/**
 * Whether a sentence tells of a civil claim (a lawsuit, its plaintiffs, "N people sued", "filed on behalf
 * of N victims"): the people it counts are the claim's parties, which the court's record names, not a
 * casualty toll the article reports.
 */
function civilClaim(tokens: Token[]): boolean {
  let filing = false;
  let behalf = false;
  for (let k = 0; k < tokens.length; k++) {
    const l = tokens[k].lower;
    if (CLAIM_WORDS.has(l)) return true;
    if ((l === 'suit' || l === 'suits') && (SUIT_BEFORE.has(lowerAt(tokens, k - 1)) || SUIT_AFTER.has(lowerAt(tokens, k + 1)))) return true;
    if (l === 'action' && lowerAt(tokens, k - 1) === 'class') return true;
    if (FILING.has(l)) filing = true;
    if (l === 'behalf' && lowerAt(tokens, k + 1) === 'of') behalf = true;
  }
  return filing && behalf;
}

/** A reference mark of a cited source: "… were injured.[1]", "[12][13]". */
const CITATION = /\[\d{1,3}\]/;
/** How far after a sentence its reference mark may stand (it often opens the next sentence as split). */
const CITATION_AFTER = 8;

/** Whether sentence i carries a reference mark to a cited source, as an encyclopaedia article does. */
function cited(text: TextLayer, i: number): boolean {
  const s = text.sentences[i];
  return CITATION.test(s.text) || CITATION.test(text.text.slice(s.end, s.end + CITATION_AFTER));
}

function quote(f: CasualtyFigure): string {
  const flat = f.text.replace(/\s+/g, ' ');
  if (flat.length <= 60) return flat;
  return flat.toLowerCase().startsWith(f.count.toLowerCase()) ? `${f.count} … ${f.term}` : `${f.term} … ${f.count}`;
}

const rule: FileRule<Options> = {
  meta: {
    id: 'no-unsourced-casualty',
    description: 'Casualty figures with no source in the article',
    level: 'warn',
    version: 49,
    language: 'eng',
    defaults: {terms: [], exemptBackground: true},
    schema: {
      terms: {type: 'array', items: {type: 'string'}, description: 'Extra casualty terms (single words) besides the built-in list'},
      exemptBackground: {type: 'boolean', description: 'Exempt tolls of events clearly in the past: a year before the article\'s, "in 1998", "the 2014 crash", "last year\'s", "a previous explosion"'},
    },
  },
  check(ctx) {
    const {text, options} = ctx;
    const figures = findFigures(text, {extraTerms: options.terms});
    if (!figures.length) return;
    // (the residue first pass: the hand rules and the learned line classifier, as no-boilerplate and the claims rule read it)
    const residue = (offset: number) => residueLine(text, text.lineOf(offset) - 1);
    const firstFigure = new Array<number>(text.sentences.length).fill(-1);
    for (let n = figures.length - 1; n >= 0; n--) firstFigure[figures[n].sentence] = n;
    const headline = text.sentenceTokens.map(closedBySource);
    const a: Article = {text, figures, source: sourceSentences(text), headline, firstFigure, harm: new Array<number | undefined>(text.sentences.length).fill(undefined)};
    // residue lines (captions, teasers) neither need a source nor give one; nor do the lines a reply quotes from
    // another message ('>' lines) or a signature: their figures are the quoted poster's, shown as theirs (as in
    // no-unattributed-claim)
    // in a mail or news post, the header's subject line restates a post's (often another's) headline, and a wire
    // story the post relays under the agency's dateline ("MOSCOW (UPI) --", "BAKU (MAY 22) TURAN:") is the
    // agency's report, the source of its figures for the poster; so is a text the post relays under a line that
    // cites it ("Source: 'The Daily Star,' 1 March 1992", "Source: Documents: Volume II (1921).")
    const {settings} = text;
    const relayed = signedPost(text) ? relayStart(text.text, Math.max(0, settings.header)) : -1;
    const live = figures.map((f) => !residue(f.start) && !settings.quotedFrom(f.start) && f.start >= settings.header && (relayed < 0 || f.start < relayed));
    const coverage = figures.map((f, n) => live[n] ? coveredLocally(a, f) : undefined);
    // an authority's account of the people harmed covers the figures of its incident, however far away
    if (coverage.includes(undefined)) {
      const victims = victimNames(figures);
      const accounts = authorityAccounts(text, a.source, victims);
      const stretches = incidentStretches(text, figures);
      const told = new Map<number, number[]>();
      accounts.forEach((yes, i) => {
        if (!yes || residue(text.sentences[i].start)) return;
        const list = told.get(stretches[i]);
        if (list === undefined) told.set(stretches[i], [i]);
        else list.push(i);
      });
      figures.forEach((f, n) => {
        if (!live[n] || coverage[n] !== undefined) return;
        // (unless the account counts other people: a roundup's total, "multiple victims")
        // (an account of injuries alone is no source for deaths: "the fire chief said others were injured")
        // (or names the victim: "According to police, Ruiz was standing …" for "Ana Ruiz, 25, was killed")
        const own = f.named ? victimNames([f]) : undefined;
        const of = (j: number) => f.kind !== 'dead' || tellsOfKind(harmAt(a, j), 'dead') || (own !== undefined && namesVictim(text.sentenceTokens[j], own));
        // (an account that counts no one still sources its incident's figures: a blind reader of local news
        // counted "Police said the victims were standing on the corner" as the source of "Four people were
        // wounded", and requiring a count (countsPeople) made 1 of 8 of its added warnings right)
        if (told.get(stretches[f.sentence])?.some((j) => j !== f.sentence && of(j) && !countsOthers(a, j, f))) coverage[n] = 'account';
      });
    }
    const covered = coverage.map((c) => c !== undefined);
    const coveredSentence = coveredSentences(a, false);
    const events = linkEvents(text, figures, covered, coveredSentence, (i) => harmAt(a, i));
    const decide: Decision = {a, live, covered: coverage, events, deathSourced: undefined, exemptBackground: options.exemptBackground};
    const whys = figures.map((f, n) => verdict(decide, f, n));
    repeatedSources(figures, whys);
    let total = -1;
    const reported = new Set<string>();
    figures.forEach((f, n) => {
      const why = whys[n];
      // one verdict for a tally: its part goes with its total ("killing 40 people, including 12 children"),
      // reported with it or sourced with it
      if (!f.part) total = n;
      if (why !== undefined || (f.part && total >= 0 && figures[total].sentence === f.sentence)) return;
      // a sentence the page repeats (a headline again as a caption, a teaser printed twice) is reported once
      const said = `${f.start - text.sentences[f.sentence].start}\u0000${text.sentences[f.sentence].text.replace(/\s+/g, ' ')}`;
      if (reported.has(said)) return;
      reported.add(said);
      ctx.report({
        reason: `\`${quote(f)}\` has no source in this article`,
        place: text.place(f.start, f.end),
        actual: f.text,
        note: 'Say who gives the figure (police, officials, a hospital), in the sentence or its paragraph',
      });
    });
  },
};
export default rule;

/**
 * A news agency's dateline opening a line, as posts relay wire stories: a place in capitals, then the agency in
 * brackets ("MOSCOW (UPI) --", "PROVIDENCE, R.I. (AP)"), after a bracketed date ("BAKU (MAY 22) TURAN:") or after a
 * date ("ABU DHABI, Dec 23, Reuter").
 */
const AGENCY_DATELINE = new RegExp(String.raw`^[ \t>|]*[A-Z][A-Z .'-]{1,30}(?:,[ \t]*[A-Z][A-Za-z.]+(?:[ \t][A-Z][A-Za-z.]+)?)?[ \t]*` +
  String.raw`(?:\((?:${NEWS_AGENCIES.join('|')})\)|\([A-Z]{3,9}[ \t]+\d{1,2}\)[ \t]+(?:${NEWS_AGENCIES.map((a) => a.toUpperCase()).join('|')})\b|` +
  String.raw`,[ \t]*[A-Z][a-z]+\.?[ \t]+\d{1,2},[ \t]*(?:${NEWS_AGENCIES.join('|')})\b)`, 'gm');

/** The offset of the first agency dateline at or after `from`, or -1. */
function agencyDatelineAt(text: string, from: number): number {
  AGENCY_DATELINE.lastIndex = from;
  return AGENCY_DATELINE.exec(text)?.index ?? -1;
}

/**
 * A line that cites the text it opens: "Source:" and a title, quoted or capitalised ("Source: 'The Daily Star,' 1 March
 * 1992 (…)", "Source: Documents: Volume II (1921).", "Sources: Lee, Ann: A History of the Region").
 */
const SOURCE_LINE = /^[ 	>|]*Sources?[ 	]*:[ 	]*["'“‘]?[A-Z0-9]/gm;

/** Where a post starts to relay a text: its first agency dateline or source line at or after `from`, or -1. */
function relayStart(text: string, from: number): number {
  const dateline = agencyDatelineAt(text, from);
  SOURCE_LINE.lastIndex = from;
  const cited = SOURCE_LINE.exec(text)?.index ?? -1;
  return dateline < 0 ? cited : cited < 0 ? dateline : Math.min(dateline, cited);
}
