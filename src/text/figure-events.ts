// Casualty figures as events: the figures of an article that tell of the same people harmed are
// linked into one event, so a source for any of them is a source for all. Links:
// - the same count of the same harm ("Four men were shot" … "police said four men were shot"; a word
//   and its digits; a vague count by its word), unless the two give different places or days;
// - a total and its parts: the figures of one sentence add up ("killed one and injured eight" is nine
//   people shot), a breakdown adds up ("two adults and two teenagers", "Ana Silva, 19, and Ben Cole,
//   20,", "another Malay and a Chinese"), a tally's part ("including 12 children");
// - a count that a source gives of the victims with no casualty word ("Police said all three were
//   taken to hospital").
// Events are the classes of a union-find over the figures and the counts of sourced sentences; a
// part picked out of a group ("two of the wounded") tells something new and is linked by a figure only.
import type {TextLayer} from './layer.js';
import type {CasualtyFigure, CasualtyKind} from './figures.js';
import {type Count, type SentenceView, breakdownOf, countsOf, partsOf, viewOf} from './figure-counts.js';
import type {Token} from './tokens.js';
import {tellsOfKind} from './figure-sources.js';

/** A count a sourced sentence gives outside its figures, or what a sentence's parts add up to. */
interface Mention {
  sentence: number;
  value: number;
  /** A breakdown's or a sentence's sum (links to figures above one only). */
  sum: boolean;
  /** The sum of a sentence's own figures (sourced by its parts, not by its sentence). */
  own: boolean;
  /** A definite count that refers back ("The five were outside …"): links to earlier figures only. */
  back?: boolean;
}

/** The largest sourced count of a harm compatible with `kind`. */
export function largestCompatible(events: Events, kind: CasualtyKind): number {
  let max = 0;
  for (const k of KINDS) if (compatible(kind, k)) max = Math.max(max, events.largest[k]);
  return max;
}

const KINDS: CasualtyKind[] = ['dead', 'hurt', 'shot', 'missing', 'victims'];

/** Whether two figures can count the same people: the dead are among the shot and the victims. */
export function compatible(a: CasualtyKind, b: CasualtyKind): boolean {
  return a === b || a === 'victims' || b === 'victims' || a === 'shot' || b === 'shot';
}

/** The last word of a vague count ("dozens"), by which two vague counts match. */
function vagueWord(f: CasualtyFigure): string {
  const c = f.count.toLowerCase();
  const space = c.lastIndexOf(' ');
  return space < 0 ? c : c.slice(space + 1);
}

/** The same count: a word for it or its digits ("four" and "4"); vague counts by their word. */
export function sameCount(a: CasualtyFigure, b: CasualtyFigure): boolean {
  if (a.value !== null && b.value !== null) return a.value === b.value;
  return a.value === null && b.value === null && vagueWord(a) === vagueWord(b);
}

/** Two figures that give different places or days tell of different incidents (a roundup). */
export function differentIncidents(a: CasualtyFigure, b: CasualtyFigure): boolean {
  return (a.where !== '' && b.where !== '' && a.where !== b.where) || (a.when !== '' && b.when !== '' && a.when !== b.when);
}

/**
 * Whether a figure between figures a and b counts more people of the same harm than either: a count of
 * one after "four people were shot near the park" tells of that incident, not of the one before.
 */
function anotherIncidentBetween(figures: CasualtyFigure[], a: number, b: number): boolean {
  const fa = figures[a];
  for (let k = a + 1; k < b; k++) {
    const f = figures[k];
    if (f.sentence !== fa.sentence && f.sentence !== figures[b].sentence && !f.part && !f.remainder && !f.partitive && f.value !== null && f.value > 1) return true;
  }
  return false;
}

/** The ages in a named figure's count: "Ana Look, 67, and Kim Barr, 62," gives 67 and 62. */
const AGES = /\d{1,3}/g;

class UnionFind {
  readonly parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) { p[x] = p[p[x]]; x = p[x]; }
    return x;
  }
  union(a: number, b: number): void {
    const x = this.find(a);
    const y = this.find(b);
    if (x !== y) this.parent[Math.max(x, y)] = Math.min(x, y);
  }
}

/** The events of an article's figures: `event[n]` is the class of figures[n]; `sourced` the classes a source reaches. */
export interface Events {
  event: number[];
  sourced: Set<number>;
  /** The largest sourced figure of each kind (sourced breakdowns count as victims), for the rest of a group. */
  largest: Record<CasualtyKind, number>;
  /** Whether the sum of a figure's sentence is sourced ("killed one and injured eight" under "nine shot, police said"). */
  sumSourced: boolean[];
}



/** At most this many earlier figures of the same count are compared with each figure: linear in long tables. */
const SAME_COUNT_WINDOW = 64;

/** What linkEvents builds: the union-find over figures and mentions, and the mentions with their nodes. */
interface Linking {
  figures: CasualtyFigure[];
  uf: UnionFind;
  mentions: Mention[];
  nodes: number[];
  /** Each sentence's first figure (index), for the sentences that have figures. */
  firstOf: Map<number, number>;
  /** The node of each sentence's sum of its figures, for sentences of two exact figures or more. */
  sumNode: Map<number, number>;
}

function addMention(l: Linking, m: Mention): number {
  const node = l.uf.add();
  l.mentions.push(m);
  l.nodes.push(node);
  return node;
}

/**
 * The least total a sentence's breakdown must give to link to a figure elsewhere: two people picked
 * out one by one ("Ana Cole, 19, was arrested in the death of a 16-year-old") too often are not two victims.
 */
const MIN_BREAKDOWN = 3;

/** The end (exclusive) of the run of figures of sentence figures[n].sentence from n. */
function runEnd(figures: CasualtyFigure[], n: number): number {
  let m = n;
  while (m < figures.length && figures[m].sentence === figures[n].sentence) m++;
  return m;
}

/**
 * The sum of each sentence's figures, a mention of its own ("killed one and injured eight" is nine): a
 * source of the sum is a source of each part, not the other way round.
 */
function sentenceSums(l: Linking, layer: TextLayer): void {
  const figures = l.figures;
  for (let n = 0; n < figures.length;) {
    const m = runEnd(figures, n);
    l.firstOf.set(figures[n].sentence, n);
    let sum = 0;
    let exact = 0;
    let parts = 0;
    for (let k = n; k < m; k++) {
      if (figures[k].part) parts++;
      else if (figures[k].value !== null) { sum += figures[k].value!; exact++; }
    }
    const sentence = figures[n].sentence;
    if (exact >= 2 && m - n - parts === exact) l.sumNode.set(sentence, addMention(l, {sentence, value: sum, sum: true, own: true}));
    else {
      // "A 60-year-old woman was killed and a 15-year-old girl, two women and a man are in serious
      // condition": the people the sentence tells of add up to a total given elsewhere (five shot)
      const view = viewOf(layer, sentence);
      const breakdown = breakdownOf(view, countsOf(view));
      if (breakdown !== undefined && breakdown >= MIN_BREAKDOWN && breakdown > sum) l.sumNode.set(sentence, addMention(l, {sentence, value: breakdown, sum: true, own: true}));
    }
    n = m;
  }
}

/** Words after a definite count that keep it a count of the people told of before: "the five victims", "all three men". */
const BACK_NOUNS = new Set(['victims', 'people', 'men', 'women', 'boys', 'girls', 'children', 'teens', 'teenagers', 'adults', 'others']);
/** Verbs that may follow a bare definite count as its own verb: "The five were outside", "all three had". */
const BACK_VERBS = new Set(['were', 'are', 'was', 'had', 'have', 'remain', 'remained', 'suffered']);

/**
 * Whether count c of a sentence refers back to people counted before: "The five were outside …", "All
 * three men were taken …" (a definite article or "all" and no noun of its own but the people's).
 */
function backReference(tokens: Token[], c: Count): boolean {
  const before = c.from > 0 ? tokens[c.from - 1].lower : '';
  if (c.value === null || c.first !== c.from || (before !== 'the' && before !== 'all')) return false;
  const next = c.to + 1 < tokens.length ? tokens[c.to + 1] : undefined;
  return next === undefined || next.punct || next.lemma !== undefined || BACK_NOUNS.has(next.lower) || BACK_VERBS.has(next.lower);
}

/**
 * The counts and breakdowns of the sourced sentences about the harm, outside their figures ("Police said
 * all three were taken to hospital"); in a sourced sentence with no word of harm, only the counts that
 * refer back to people counted before ("The five … were outside when gunmen opened fire, police said").
 */
function sourcedCounts(l: Linking, layer: TextLayer, sourceSentence: boolean[], harmAt: (i: number) => number): void {
  const figures = l.figures;
  for (let i = 0; i < sourceSentence.length; i++) {
    if (!sourceSentence[i]) continue;
    const harm = harmAt(i) !== 0;
    const view: SentenceView = viewOf(layer, i);
    if (!harm) {
      for (const c of countsOf(view)) if (backReference(view.tokens, c)) addMention(l, {sentence: i, value: c.value!, sum: false, own: false, back: true});
      continue;
    }
    const counts = countsOf(view);
    const breakdown = breakdownOf(view, counts);
    const first = l.firstOf.get(i);
    const end = first === undefined ? -1 : runEnd(figures, first);
    if (breakdown !== undefined && breakdown > 1) {
      const node = addMention(l, {sentence: i, value: breakdown, sum: true, own: false});
      if (first !== undefined) l.uf.union(node, first);
    }
    const tokens = view.tokens;
    for (const c of counts) {
      if (c.value === null || c.value <= 1) continue;
      let inFigure = false;
      for (let k = first ?? 0; k < end && !inFigure; k++) inFigure = figures[k].start <= tokens[c.from].start && tokens[c.to].end <= figures[k].end;
      if (!inFigure) addMention(l, {sentence: i, value: c.value, sum: false, own: false});
    }
  }
}

/** The key two figures of the same count share: the value, or a vague count's word. */
function countKey(f: CasualtyFigure): string {
  return f.value !== null ? `#${f.value}` : vagueWord(f);
}

/** Figures of the same count of a compatible harm, in different sentences and not of different incidents; a tally's part with its total. */
function linkFigures(l: Linking): void {
  const figures = l.figures;
  const groups = new Map<string, number[]>();
  for (let b = 0; b < figures.length; b++) {
    const fb = figures[b];
    if (fb.part) {
      if (b > 0 && figures[b - 1].sentence === fb.sentence) l.uf.union(b - 1, b);
      continue;
    }
    const key = countKey(fb);
    let group = groups.get(key);
    if (group === undefined) groups.set(key, group = []);
    for (let g = Math.max(0, group.length - SAME_COUNT_WINDOW); g < group.length; g++) {
      const fa = figures[group[g]];
      if (fa.sentence !== fb.sentence && compatible(fa.kind, fb.kind) && !differentIncidents(fa, fb) && !(fb.value === 1 && anotherIncidentBetween(figures, group[g], b))) l.uf.union(group[g], b);
    }
    group.push(b);
  }
}

/** Figures with the mentions of their value (above one; no part picked out of a group, no tally's part). */
function linkMentions(l: Linking): void {
  const byValue = new Map<number, number[]>();
  const figures = l.figures;
  for (let a = 0; a < figures.length; a++) {
    const f = figures[a];
    if (f.value === null || f.value <= 1 || f.partitive || f.part) continue;
    let list = byValue.get(f.value);
    if (list === undefined) byValue.set(f.value, list = []);
    list.push(a);
  }
  for (let k = 0; k < l.mentions.length; k++) {
    const m = l.mentions[k];
    for (const a of byValue.get(m.value) ?? []) if (m.back ? figures[a].sentence < m.sentence : figures[a].sentence !== m.sentence) l.uf.union(a, l.nodes[k]);
  }
}

/**
 * A toll sourced death by death: "3 killed" over "X, 20, died, police said … Y, 31, was killed, the
 * coroner said …". Each victim counts once, by the age that marks it (the lede's "a 33-year-old" is the
 * body's "33-year-old man"); the figures of that count of the dead join the sourced.
 */
function sourcedByName(figures: CasualtyFigure[], event: number[], sourced: Set<number>): void {
  const ages = new Set<string>();
  for (let a = 0; a < figures.length; a++) {
    const f = figures[a];
    if (!f.named || !sourced.has(event[a])) continue;
    for (const age of f.count.match(AGES) ?? []) ages.add(age);
  }
  if (ages.size < 2) return;
  for (let a = 0; a < figures.length; a++) {
    const f = figures[a];
    if (f.value === ages.size && !f.named && !f.partitive && compatible(f.kind, 'dead')) sourced.add(event[a]);
  }
}

/** Words after "the" that pick people out of a group told before: "the third victim", "the other two", "the victims". */
const PICKED_AFTER_THE = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'other', 'others', 'remaining', 'rest', 'victims', 'victim', 'wounded', 'injured', 'dead', 'two', 'three', 'four', 'five']);

/** People words after an ordinal or "other": "the third victim", "the other two men". */
const PICKED_PEOPLE = new Set(['victim', 'victims', 'man', 'men', 'woman', 'women', 'person', 'people', 'boy', 'boys', 'girl', 'girls', 'child', 'children',
  'teen', 'teens', 'one', 'ones', 'two', 'three', 'four', 'was', 'were', 'is', 'are', 'remains', 'remain', 'died']);

/**
 * Whether the word at k after "the" names people of a group told before: a group word itself ("the victims",
 * "the wounded") or an ordinal or "other" before people or their verb ("the third victim", "the other was
 * released"; not "In the first, he …", nor "the other 21", an age).
 */
function pickedPeople(tokens: Token[], k: number): boolean {
  const w = tokens[k].lower;
  if (w === 'victims' || w === 'victim' || w === 'wounded' || w === 'injured' || w === 'dead') return true;
  const after = k + 1 < tokens.length ? tokens[k + 1] : undefined;
  return after !== undefined && PICKED_PEOPLE.has(after.lower);
}

/** Whether a sentence picks people out of a group told before: "one of the victims", "two of them", "the third victim" (not "the other 21", an age). */
function picksOut(tokens: Token[]): boolean {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k].lower;
    const next = tokens[k + 1].lower;
    if (t === 'of' && k > 0 && (next === 'the' || next === 'them' || next === 'those' || next === 'whom') && !tokens[k - 1].punct) return true;
    if ((t === 'the' || t === 'both' || t === 'all') && PICKED_AFTER_THE.has(next) && pickedPeople(tokens, k + 1)) return true;
  }
  return false;
}

/** The most sentences after a total that its sourced parts are looked for in. */
const PARTS_REACH = 12;

/**
 * A total sourced part by part: "Five people were shot in separate shootings" over "Police say one adult
 * male and one adult female was shot. … Police say two adult males were shot. … Police also say a juvenile
 * male walked into a hospital with injuries": the people that the sourced sentences after it count, in
 * order, add up to the total (two sentences or more), with no unsourced count of the harmed between them.
 * A sentence's people are its counts and the persons it picks out one by one (partsOf); a vague count ends
 * the run. Sets the total's event sourced.
 */
function sourcedByParts(layer: TextLayer, figures: CasualtyFigure[], event: number[], sourced: Set<number>, sourceSentence: boolean[], harmAt: (i: number) => number): void {
  let people: Array<number | undefined> | undefined;
  for (let a = 0; a < figures.length; a++) {
    const f = figures[a];
    if (f.value === null || f.value < 3 || f.part || f.partitive || f.remainder || sourced.has(event[a])) continue;
    people ??= new Array<number | undefined>(sourceSentence.length).fill(-1);
    let sum = 0;
    let runs = 0;
    const last = Math.min(sourceSentence.length - 1, f.sentence + PARTS_REACH);
    for (let j = f.sentence + 1; j <= last && sum < f.value; j++) {
      // (only sentences of the total's harm are its parts: the wounded are no part of "killed three")
      const harm = harmAt(j);
      if (harm === 0 || !tellsOfKind(harm, f.kind)) continue;
      // a sentence that picks people out of a group told before ("One of the victims is critical, the third
      // was released") counts them again: the run ends
      if (picksOut(layer.sentenceTokens[j])) break;
      let n = people[j];
      if (n === -1) {
        const view = viewOf(layer, j);
        n = people[j] = partsOf(view, countsOf(view))?.sum;
      }
      if (n === undefined) break;
      if (n === 0) continue;
      if (!sourceSentence[j]) break;
      sum += n;
      runs++;
    }
    if (sum === f.value && runs >= 2) sourced.add(event[a]);
  }
}

/**
 * Links the figures into events. `covered[n]` says whether figures[n] has a source of its own (its
 * sentence or its neighbours); `sourceSentence[i]` whether sentence i is covered by a source, whose
 * counts and breakdowns then join the events they match. `harmAt(i)` is the harm sentence i tells of (harmOf's
 * bits, 0 for none), as the rule caches it.
 */
export function linkEvents(layer: TextLayer, figures: CasualtyFigure[], covered: boolean[], sourceSentence: boolean[], harmAt: (i: number) => number): Events {
  const l: Linking = {figures, uf: new UnionFind(), mentions: [], nodes: [], firstOf: new Map(), sumNode: new Map()};
  for (let n = 0; n < figures.length; n++) l.uf.add();
  sentenceSums(l, layer);
  sourcedCounts(l, layer, sourceSentence, harmAt);
  linkFigures(l);
  linkMentions(l);
  const {uf, mentions, nodes} = l;
  const event: number[] = [];
  for (let a = 0; a < figures.length; a++) event.push(uf.find(a));
  const sourced = new Set<number>();
  // (a tally's part covered on its own does not source its total: a source for 'including one at the
  // children's hospital' tells nothing of 'three more victims')
  for (let a = 0; a < figures.length; a++) if (covered[a] && !figures[a].part) sourced.add(event[a]);
  for (let k = 0; k < mentions.length; k++) if (sourceSentence[mentions[k].sentence] && !mentions[k].own) sourced.add(uf.find(nodes[k]));
  sourcedByName(figures, event, sourced);
  sourcedByParts(layer, figures, event, sourced, sourceSentence, harmAt);
  // a sentence whose parts are all sourced gives its sum a source too
  for (const [sentence, node] of l.sumNode) {
    const first = l.firstOf.get(sentence)!;
    let all = true;
    for (let a = first; a < figures.length && figures[a].sentence === sentence && all; a++) if (!figures[a].part && !sourced.has(event[a])) all = false;
    if (all) sourced.add(uf.find(node));
  }
  const sumSourced: boolean[] = [];
  for (let a = 0; a < figures.length; a++) {
    const node = l.sumNode.get(figures[a].sentence);
    sumSourced.push(node !== undefined && sourced.has(uf.find(node)));
  }
  const largest: Record<CasualtyKind, number> = {dead: 0, hurt: 0, shot: 0, missing: 0, victims: 0};
  for (let a = 0; a < figures.length; a++) {
    const f = figures[a];
    if (sourced.has(event[a]) && f.value !== null) largest[f.kind] = Math.max(largest[f.kind], f.value);
  }
  // (and sourced breakdowns; not the bare counts of a sourced sentence, which may count anything)
  for (let k = 0; k < mentions.length; k++) if (mentions[k].sum && sourced.has(uf.find(nodes[k]))) largest.victims = Math.max(largest.victims, mentions[k].value);
  return {event, sourced, largest, sumSourced};
}
