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
import {type SentenceView, breakdownOf, countsOf} from './figure-counts.js';
import {viewOf} from './figures.js';

/** A count a sourced sentence gives outside its figures, or what a sentence's parts add up to. */
interface Mention {
  sentence: number;
  value: number;
  /** A breakdown's or a sentence's sum (links to figures above one only). */
  sum: boolean;
  /** The sum of a sentence's own figures (sourced by its parts, not by its sentence). */
  own: boolean;
}

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
function differentIncidents(a: CasualtyFigure, b: CasualtyFigure): boolean {
  return (a.where !== '' && b.where !== '' && a.where !== b.where) || (a.when !== '' && b.when !== '' && a.when !== b.when);
}

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
  /** Values of the sourced figures and breakdowns, for the rest of a group. */
  sourcedValues: Array<{value: number; kind: CasualtyKind}>;
  /** Whether the sum of a figure's sentence is sourced ("killed one and injured eight" under "nine shot, police said"). */
  sumSourced: boolean[];
}

function countParts(figures: CasualtyFigure[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (figures[k].part) n++;
  return n;
}

/**
 * Links the figures into events. `covered[n]` says whether figures[n] has a source of its own (its
 * sentence or its neighbours); `sourceSentence[i]` whether sentence i is covered by a source, whose
 * counts and breakdowns then join the events they match.
 */
export function linkEvents(layer: TextLayer, figures: CasualtyFigure[], covered: boolean[], sourceSentence: boolean[], tellsOfHarm: (i: number) => boolean): Events {
  const uf = new UnionFind();
  for (let n = 0; n < figures.length; n++) uf.add();
  // the figures of one sentence are one event; their sum is a mention
  const mentions: Mention[] = [];
  const mentionNode: number[] = [];
  const sumNode = new Map<number, number>();
  let n = 0;
  while (n < figures.length) {
    let m = n;
    let sum = 0;
    let exact = 0;
    while (m < figures.length && figures[m].sentence === figures[n].sentence) {
      const f = figures[m];
      if (!f.part && f.value !== null) { sum += f.value; exact++; }
      m++;
    }
    const parts = m - n - countParts(figures, n, m);
    if (exact >= 2 && parts === exact) {
      // the sum stands for its parts: a source of the sum is a source of each part, not the other way round
      mentions.push({sentence: figures[n].sentence, value: sum, sum: true, own: true});
      const node = uf.add();
      mentionNode.push(node);
      sumNode.set(figures[n].sentence, node);
    }
    n = m;
  }
  // counts and breakdowns of sourced sentences about the harm, outside their figures
  const bySentence = new Map<number, number>();
  for (let k = 0; k < figures.length; k++) if (!bySentence.has(figures[k].sentence)) bySentence.set(figures[k].sentence, k);
  for (let i = 0; i < sourceSentence.length; i++) {
    if (!sourceSentence[i] || !tellsOfHarm(i)) continue;
    const view: SentenceView = viewOf(layer, i);
    const counts = countsOf(view);
    const breakdown = breakdownOf(view, counts);
    const first = bySentence.get(i);
    if (breakdown !== undefined && breakdown > 1) {
      mentions.push({sentence: i, value: breakdown, sum: true, own: false});
      const node = uf.add();
      mentionNode.push(node);
      if (first !== undefined) uf.union(node, first);
    }
    for (const c of counts) {
      if (c.value === null || c.value <= 1) continue;
      if (first !== undefined && figures.some((f) => f.sentence === i && f.start <= layer.sentenceTokens[i][c.from].start && layer.sentenceTokens[i][c.to].end <= f.end)) continue;
      mentions.push({sentence: i, value: c.value, sum: false, own: false});
      mentionNode.push(uf.add());
    }
  }
  // a tally's part is of its total's event ("killing 40 people, including 12 children")
  for (let a = 1; a < figures.length; a++) if (figures[a].part && figures[a - 1].sentence === figures[a].sentence) uf.union(a - 1, a);
  // figures with figures: the same count of the same harm
  for (let a = 0; a < figures.length; a++) {
    const fa = figures[a];
    for (let b = a + 1; b < figures.length; b++) {
      const fb = figures[b];
      if (fa.sentence === fb.sentence || fa.part || fb.part) continue;
      if (sameCount(fa, fb) && compatible(fa.kind, fb.kind) && !differentIncidents(fa, fb)) uf.union(a, b);
    }
  }
  // figures with mentions: the same value (a sum only above one; no part picked out of a group)
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    for (let a = 0; a < figures.length; a++) {
      const f = figures[a];
      if (f.value === null || f.value !== m.value || f.sentence === m.sentence || f.partitive || f.part) continue;
      if (f.value <= 1) continue;
      uf.union(a, mentionNode[k]);
    }
  }
  const event: number[] = [];
  for (let a = 0; a < figures.length; a++) event.push(uf.find(a));
  const sourced = new Set<number>();
  for (let a = 0; a < figures.length; a++) if (covered[a]) sourced.add(event[a]);
  for (let k = 0; k < mentions.length; k++) if (sourceSentence[mentions[k].sentence] && !mentions[k].own) sourced.add(uf.find(mentionNode[k]));
  // a sentence whose parts are all sourced gives its sum a source too
  for (const [sentence, node] of sumNode) {
    let all = true;
    for (let a = 0; a < figures.length && all; a++) if (figures[a].sentence === sentence && !figures[a].part && !sourced.has(event[a])) all = false;
    if (all) sourced.add(uf.find(node));
  }
  const sumSourced: boolean[] = [];
  for (let a = 0; a < figures.length; a++) {
    const node = sumNode.get(figures[a].sentence);
    sumSourced.push(node !== undefined && sourced.has(uf.find(node)));
  }
  const sourcedValues: Array<{value: number; kind: CasualtyKind}> = [];
  for (let a = 0; a < figures.length; a++) if (sourced.has(event[a]) && figures[a].value !== null) sourcedValues.push({value: figures[a].value!, kind: figures[a].kind});
  // (and sourced breakdowns; not the bare counts of a sourced sentence, which may count anything)
  for (let k = 0; k < mentions.length; k++) if (mentions[k].sum && sourced.has(uf.find(mentionNode[k]))) sourcedValues.push({value: mentions[k].value, kind: 'victims'});
  return {event, sourced, sourcedValues, sumSourced};
}
