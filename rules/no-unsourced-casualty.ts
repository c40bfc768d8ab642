// Casualty figures need a source: "Armenia said about 50 people had been killed" gives one; "which has
// tragically seen dozens killed" does not. Each figure (src/text/figures.ts) is looked for a source
// where an editor would: its sentence, its paragraph and the sentences next to it, and the same figure
// attributed elsewhere in the article (a lede whose toll a later paragraph gives with "police said").
// Sources come from the shared attribution layer (text.attributions); residue lines are skipped.
import type {FileRule} from '../src/types.js';
import type {TextLayer, Paragraph, Sentence} from '../src/text/layer.js';
import {findFigures, countsInSentence, peopleInSentence, type CasualtyFigure} from '../src/text/figures.js';
import {FACTUAL_VERBS} from '../src/text/lexicons.js';

export interface Options {
  /** Extra casualty terms (single words, e.g. "maimed"). */
  terms: string[];
  /** Whether settled background tolls (past tense with a year: "killed 10,000 people in 1998") are exempt. */
  exemptBackground: boolean;
}

/** A sentence about the casualties: a source there covers a figure next to it. */
const ABOUT_CASUALTIES = /\b(?:kill\w*|dead|deceased|deaths?|died|dies?|fatal\w*|lives|injur\w*|wound\w*|hurt|shot|shooting|opened fire|gunfire|gunshots?|bod(?:y|ies)|victims?|hospital\w*|struck|hit|coroner|medical examiner|pronounced|casualt\w*|missing|condition)\b/i;

/**
 * Whether each sentence is sourced for a figure, by the attribution layer: it lies in an attributed
 * quotation or introduced paragraph, or has its own cue with a real source that vouches for a fact
 * ("police said", "according to", "the coroner's statement"; not "police found a man", "believes").
 */
function sourcedSentences(text: TextLayer): boolean[] {
  return text.attributions.map((a) => a.scope === 'quote' || a.scope === 'paragraph' ||
    a.cues.some((c) => c.resolved && (c.kind === 'according' || c.kind === 'noun' || FACTUAL_VERBS.has(c.lemma))));
}

/** The same count, a word for it or its digits: "four" and "4"; vague counts by their word. */
function sameCount(a: CasualtyFigure, b: CasualtyFigure): boolean {
  if (a.value !== null && b.value !== null) return a.value === b.value;
  return a.value === null && b.value === null && a.count.toLowerCase().split(' ').pop() === b.count.toLowerCase().split(' ').pop();
}

/** The sum of several exact counts (figures, or counts of a sentence); undefined for fewer than two or a vague one. */
function sumOf(list: Array<CasualtyFigure | number | string>): number | undefined {
  if (list.length < 2) return undefined;
  let sum = 0;
  for (const x of list) {
    const v = typeof x === 'object' ? x.value : x;
    if (typeof v !== 'number') return undefined;
    sum += v;
  }
  return sum;
}

/**
 * Words that tell of people harmed (not of the event alone: "the shooting took place in the parking lot"):
 * across a paragraph break a source covers a figure only when it tells of the people harmed.
 */
const HARMED = /\b(?:kill\w*|dead|deceased|deaths?|died|dies?|fatal\w*|lives|injur\w*|wound\w*|hurt|shot|gunshot|victims?|hospital\w*|struck|hit|grazed|coroner|medical examiner|pronounced|casualt\w*|missing|bod(?:y|ies)|condition)\b/i;

/** A sentence that tells of a death (not the attacker's own: "before killing himself"). */
const DEATH = /\b(?:died|dead|deceased|deaths?|killed|killing|slain|homicide|fatal(?:ly)?|murder(?:ed)?)\b(?!\s+(?:himself|herself|themselves))/i;

/** What a sentence's counts add up to, people picked out by an age included: "four women and one man", "an 18-year-old and a 17-year-old". */
function breakdown(sentence: string): number | undefined {
  const stated = countsInSentence(sentence);
  const people = peopleInSentence(sentence);
  const parts = people ? [...stated, ...Array<number>(people).fill(1)] : stated;
  return sumOf(parts);
}


const vagueWord = (f: CasualtyFigure) => f.count.toLowerCase().split(' ').pop()!;

function quote(f: CasualtyFigure): string {
  const flat = f.text.replace(/\s+/g, ' ');
  if (flat.length <= 60) return flat;
  return f.start + f.count.length <= f.end && flat.toLowerCase().startsWith(f.count.toLowerCase()) ? `${f.count} … ${f.term}` : `${f.term} … ${f.count}`;
}

/** Whether two figures can count the same people: the dead are among the shot and the victims. */
function compatible(a: CasualtyFigure, b: CasualtyFigure): boolean {
  return compatibleKinds(a.kind, b.kind);
}

function compatibleKinds(a: string, b: string): boolean {
  return a === b || a === 'victims' || b === 'victims' || a === 'shot' || b === 'shot';
}

/** What `sameCount` compares: the value, or a vague count's word. */
const countKey = (f: CasualtyFigure): string => (f.value !== null ? `#${f.value}` : `~${vagueWord(f)}`);

/**
 * Up to two different sentences: enough to answer "is there one other than sentence s?". (A table of
 * every sentence would answer the same and grow with them.)
 */
function addSentence(list: number[], sentence: number): void {
  if (list.length < 2 && !list.includes(sentence)) list.push(sentence);
}

/** Figures by count and kind: is there a figure of the same count, of a compatible kind, outside sentence s? */
class CountIndex {
  private readonly byCount = new Map<string, Map<string, number[]>>();

  add(g: CasualtyFigure): void {
    const key = countKey(g);
    let kinds = this.byCount.get(key);
    if (!kinds) this.byCount.set(key, kinds = new Map());
    let list = kinds.get(g.kind);
    if (!list) kinds.set(g.kind, list = []);
    addSentence(list, g.sentence);
  }

  /** Whether a figure g with sameCount(f, g) and compatible(f, g) stands outside sentence `outside` (-1: anywhere). */
  has(f: CasualtyFigure, outside: number): boolean {
    const kinds = this.byCount.get(countKey(f));
    if (!kinds) return false;
    for (const [kind, list] of kinds) {
      if (compatibleKinds(f.kind, kind) && list.some((i) => i !== outside)) return true;
    }
    return false;
  }
}

/** The two largest values from different sentences. */
class Top2 {
  first = {value: -Infinity, sentence: -1};
  second = {value: -Infinity, sentence: -1};

  add(value: number, sentence: number): void {
    if (value > this.first.value) {
      if (sentence !== this.first.sentence) this.second = this.first;
      this.first = {value, sentence};
    } else if (sentence !== this.first.sentence && value > this.second.value) this.second = {value, sentence};
  }

  /** The largest value outside sentence s. */
  outside(s: number): number {
    return this.first.sentence !== s ? this.first.value : this.second.value;
  }
}

/** Whether a figure sourced where it stands, in another sentence, of a compatible kind, is at least f's value. */
function largerElsewhere(largest: Map<string, Top2>, f: CasualtyFigure): boolean {
  for (const [kind, top] of largest) if (compatibleKinds(f.kind, kind) && top.outside(f.sentence) >= f.value!) return true;
  return false;
}

/** Per sentence, what `covers` asks of it, each computed once. */
function sentenceMemo(sentences: Sentence[], sourced: boolean[], bySentence: Map<number, CasualtyFigure[]>) {
  const about = new Map<number, boolean>();
  const harmed = new Map<number, boolean>();
  const shooting = new Map<number, boolean>();
  const breakdowns = new Map<number, number | undefined>();
  const totals = new Map<number, number | undefined>();
  const owns = new Map<number, CountIndex>();
  const once = <T>(cache: Map<number, T>, i: number, compute: () => T): T => {
    if (cache.has(i)) return cache.get(i) as T;
    const value = compute();
    cache.set(i, value);
    return value;
  };
  return {
    /** Sourced and about the casualties. */
    aboutCasualties: (i: number) => sourced[i] && once(about, i, () => ABOUT_CASUALTIES.test(sentences[i].text)),
    harmed: (i: number) => once(harmed, i, () => HARMED.test(sentences[i].text)),
    shooting: (i: number) => once(shooting, i, () => /\bshootings?\b/i.test(sentences[i].text)),
    breakdown: (i: number) => once(breakdowns, i, () => breakdown(sentences[i].text)),
    /** The sum of the sentence's figures (sumOf). */
    total: (i: number) => once(totals, i, () => sumOf(bySentence.get(i) ?? [])),
    figures: (i: number): CasualtyFigure[] => bySentence.get(i) ?? [],
    /** The sentence's own figures, by count and kind (undefined: none). */
    own: (i: number): CountIndex | undefined => {
      const list = bySentence.get(i);
      if (!list) return undefined;
      return once(owns, i, () => {
        const index = new CountIndex();
        for (const g of list) index.add(g);
        return index;
      });
    },
  };
}

type SentenceMemo = ReturnType<typeof sentenceMemo>;

/**
 * What the sentences of a paragraph that are sourced and about the casualties give a figure in it
 * (`covers` with the same paragraph): those with no figure of their own cover any figure (`bare`);
 * those with figures cover the same count of a compatible kind (`counts`), or a value their
 * breakdown adds up to (`totals`). Each lists sentences, so the figure's own can be left out.
 */
interface ParagraphCover {
  bare: number[];
  counts: CountIndex;
  totals: Map<number, number[]>;
}

function coverOfParagraph(p: Paragraph, memo: SentenceMemo): ParagraphCover {
  const cover: ParagraphCover = {bare: [], counts: new CountIndex(), totals: new Map()};
  for (let i = p.first; i <= p.last; i++) {
    if (!memo.aboutCasualties(i)) continue;
    const own = memo.own(i);
    if (!own) {
      addSentence(cover.bare, i);
      continue;
    }
    for (const g of memo.figures(i)) cover.counts.add(g);
    const total = memo.breakdown(i);
    if (total !== undefined) {
      let list = cover.totals.get(total);
      if (!list) cover.totals.set(total, list = []);
      addSentence(list, i);
    }
  }
  return cover;
}

const rule: FileRule<Options> = {
  meta: {
    id: 'no-unsourced-casualty',
    description: 'Casualty figures with no source in the article',
    level: 'warn',
    version: 3,
    language: 'eng',
    defaults: {terms: [], exemptBackground: true},
    schema: {
      terms: {type: 'array', items: {type: 'string'}, description: 'Extra casualty terms (single words) besides the built-in list'},
      exemptBackground: {type: 'boolean', description: 'Exempt settled background tolls: past tense with a year ("killed 10,000 people in 1998")'},
    },
  },
  check(ctx) {
    const {text, options} = ctx;
    const figures = findFigures(text, {extraTerms: options.terms});
    if (!figures.length) return;
    const classes = text.lineClasses;
    const residue = (offset: number) => classes[text.lineOf(offset) - 1]?.kind != null;
    const sourced = sourcedSentences(text);
    const sentences = text.sentences;
    const bySentence = new Map<number, CasualtyFigure[]>();
    for (const f of figures) {
      const list = bySentence.get(f.sentence);
      if (list) list.push(f);
      else bySentence.set(f.sentence, [f]);
    }
    // Every question below asked of each figure is a lookup in a table made once (per sentence, per
    // paragraph or per article), not a walk of the other figures or sentences: a sentence of thousands of
    // figures made the walks quadratic (issue 20). The answers are those of the walks.
    const memo = sentenceMemo(sentences, sourced, bySentence);
    /**
     * Whether the source of sentence i covers figure f of a sentence next to it: i is sourced and about
     * the casualties, and states no casualty figure of its own unless one is f's count (a sourced
     * roundup total "seven wounded, police said" does not source the "three wounded" of one incident).
     */
    const covers = (i: number, f: CasualtyFigure) => {
      if (!memo.aboutCasualties(i)) return false;
      const own = memo.own(i);
      // Across a paragraph break the source must tell of the people harmed: "the victims were taken to
      // hospital, police said" under a lede covers its toll; "Witnesses said the shooting took place…" does not
      // (save for a count of people shot: the shooting is their harm)
      const samePara = sentences[i].paragraph === sentences[f.sentence].paragraph;
      if (!own) return samePara || memo.harmed(i) || (f.kind === 'shot' && memo.shooting(i));
      if (own.has(f, -1)) return true;
      // a breakdown that adds up to the figure: "four women and one man were shot, police said"
      return f.value !== null && f.value > 1 && memo.breakdown(i) === f.value;
    };
    const paragraphCover = new Map<number, ParagraphCover>();
    const sourcedLocally = (f: CasualtyFigure): boolean => {
      if (sourced[f.sentence]) return true;
      const p = sentences[f.sentence].paragraph;
      let cover = paragraphCover.get(p);
      if (!cover) paragraphCover.set(p, cover = coverOfParagraph(text.paragraphs[p], memo));
      // covers(i, f) for the other sentences i of the paragraph
      if (cover.bare.some((i) => i !== f.sentence) || cover.counts.has(f, f.sentence)) return true;
      if (f.value !== null && f.value > 1 && cover.totals.get(f.value)?.some((i) => i !== f.sentence)) return true;
      return (f.sentence > 0 && covers(f.sentence - 1, f)) || (f.sentence + 1 < sourced.length && covers(f.sentence + 1, f));
    };
    const local = figures.map(sourcedLocally);
    // The figures sourced where they stand, by count and kind (and by kind, the largest values).
    const localCounts = new CountIndex();
    const localLargest = new Map<string, Top2>();
    figures.forEach((g, m) => {
      if (!local[m]) return;
      if (!residue(g.start)) localCounts.add(g);
      if (g.value !== null) {
        let top = localLargest.get(g.kind);
        if (!top) localLargest.set(g.kind, top = new Top2());
        top.add(g.value, g.sentence);
      }
    });
    let counts: Set<number | string> | undefined;
    let largestCount = -Infinity;
    let deathSourced = false;
    // Counts stated in sourced sentences about the casualties ("police said all three were taken to hospital")
    const sourcedCounts = () => {
      if (!counts) {
        counts = new Set();
        for (const s of sentences) {
          if (!sourced[s.index] || !ABOUT_CASUALTIES.test(s.text) || residue(s.start)) continue;
          const stated = countsInSentence(s.text);
          for (const c of stated) counts.add(c);
          // and their sum: "two adults and two teenagers were shot, the coroner said" gives four
          const sum = memo.breakdown(s.index);
          if (sum !== undefined) counts.add(sum);
          if (DEATH.test(s.text)) deathSourced = true;
        }
        for (const c of counts) if (typeof c === 'number' && c > largestCount) largestCount = c;
      }
      return counts;
    };
    figures.forEach((f, n) => {
      if (local[n] || residue(f.start)) return;
      if (options.exemptBackground && f.background) return;
      // The same figure given with a source elsewhere in the article
      // (of the same harm: "injured two" is not "two people died")
      if (localCounts.has(f, f.sentence)) return;
      // A bare number in a sourced sentence; not for a part picked out of a group ("four of the people
      // shot made it to a hospital"), which tells something the number alone does not
      if (f.value !== 1 && !f.partitive && sourcedCounts().has(f.value ?? vagueWord(f))) return;
      // A single death the article has a source for ("the boy had been shot, police said … ruled his death a homicide")
      // (or a count of one dead: "a shooting that left one woman dead" under "EMS confirmed the person killed")
      if ((f.single || (f.value === 1 && f.kind === 'dead')) && (sourcedCounts(), deathSourced)) return;
      // The rest of a group whose sourced total is larger: "two other relatives were killed" under "their
      // four bodies were found, the sheriff revealed"
      if (f.remainder && f.value !== null && (sourcedCounts(), largestCount > f.value)) return;
      // The sentence's figures add up to a sourced count ("killed one and injured eight" under "nine shot, police said")
      const total = memo.total(f.sentence);
      if (total !== undefined && total > 1 && total !== f.value && sourcedCounts().has(total)) return;
      // A remainder of a sourced total ("three other people have been killed" under a lede's sourced toll);
      // not a part picked out of a group ("two of the wounded remained in hospital"), which tells something
      // new, nor a count without "other" (in a roundup, "three people were wounded in South Shore" is one
      // incident of the sourced total and needs its own source)
      if (f.value !== null && f.value > 1 && !f.partitive && f.remainder && largerElsewhere(localLargest, f)) return;
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
