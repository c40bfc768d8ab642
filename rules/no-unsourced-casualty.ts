// Casualty figures need a source: "Armenia said about 50 people had been killed" gives one; "which has
// tragically seen dozens killed" does not. Each figure (src/text/figures.ts) is looked for a source
// where an editor would: its sentence, its paragraph and the sentences next to it, and the same figure
// attributed elsewhere in the article (a lede whose toll a later paragraph gives with "police said").
// Sources come from the shared attribution layer (text.attributions); residue lines are skipped.
import type {FileRule} from '../src/types.js';
import type {TextLayer} from '../src/text/layer.js';
import {findFigures, countsInSentence, peopleInSentence, type CasualtyFigure} from '../src/text/figures.js';
import {FACTUAL_VERBS} from '../src/text/lexicons.js';

export interface Options {
  /** Extra casualty terms (single words, e.g. "maimed"). */
  terms: string[];
  /** Whether settled background tolls (past tense with a year: "killed 10,000 people in 1998") are exempt. */
  exemptBackground: boolean;
}

/** A sentence about the casualties: a source there covers a figure next to it. */
const ABOUT_CASUALTIES = /\b(?:kill\w*|dead|deaths?|died|dies?|fatal\w*|lives|injur\w*|wound\w*|hurt|shot|shooting|victims?|hospital\w*|struck|hit|coroner|medical examiner|pronounced|casualt\w*|missing|condition)\b/i;

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

/** A sentence that tells of a death (not the attacker's own: "before killing himself"). */
const DEATH = /\b(?:died|dead|deaths?|killed|killing|slain|homicide|fatal(?:ly)?|murder(?:ed)?)\b(?!\s+(?:himself|herself|themselves))/i;

/** What a sentence's counts add up to, people picked out by an age included: "four women and one man", "an 18-year-old and a 17-year-old". */
function breakdown(sentence: string): number | undefined {
  const stated = countsInSentence(sentence);
  const people = peopleInSentence(sentence);
  const parts = people ? [...stated, ...Array<number>(people).fill(1)] : stated;
  return sumOf(parts);
}

/** Whether two figures can count the same people: the dead are among the shot and the victims. */
function compatible(a: CasualtyFigure, b: CasualtyFigure): boolean {
  return a.kind === b.kind || a.kind === 'victims' || b.kind === 'victims' || a.kind === 'shot' || b.kind === 'shot';
}

const vagueWord = (f: CasualtyFigure) => f.count.toLowerCase().split(' ').pop()!;

function quote(f: CasualtyFigure): string {
  const flat = f.text.replace(/\s+/g, ' ');
  if (flat.length <= 60) return flat;
  return f.start + f.count.length <= f.end && flat.toLowerCase().startsWith(f.count.toLowerCase()) ? `${f.count} … ${f.term}` : `${f.term} … ${f.count}`;
}

const rule: FileRule<Options> = {
  meta: {
    id: 'no-unsourced-casualty',
    description: 'Casualty figures with no source in the article',
    level: 'warn',
    version: 2,
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
    const bySentence = new Map<number, CasualtyFigure[]>();
    for (const f of figures) bySentence.set(f.sentence, [...(bySentence.get(f.sentence) ?? []), f]);
    /**
     * Whether the source of sentence i covers figure f of a sentence next to it: i is sourced and about
     * the casualties, and states no casualty figure of its own unless one is f's count (a sourced
     * roundup total "seven wounded, police said" does not source the "three wounded" of one incident).
     */
    const covers = (i: number, f: CasualtyFigure) => {
      if (!sourced[i] || !ABOUT_CASUALTIES.test(text.sentences[i].text)) return false;
      const own = bySentence.get(i);
      if (!own || own.some((g) => sameCount(f, g))) return true;
      // a breakdown that adds up to the figure: "four women and one man were shot, police said"
      return f.value !== null && f.value > 1 && breakdown(text.sentences[i].text) === f.value;
    };
    const sourcedLocally = (f: CasualtyFigure): boolean => {
      if (sourced[f.sentence]) return true;
      const para = text.paragraphs[text.sentences[f.sentence].paragraph];
      for (let i = para.first; i <= para.last; i++) if (i !== f.sentence && covers(i, f)) return true;
      return (f.sentence > 0 && covers(f.sentence - 1, f)) || (f.sentence + 1 < sourced.length && covers(f.sentence + 1, f));
    };
    const local = figures.map(sourcedLocally);
    let counts: Set<number | string> | undefined;
    let deathSourced = false;
    // Counts stated in sourced sentences about the casualties ("police said all three were taken to hospital")
    const sourcedCounts = () => {
      if (!counts) {
        counts = new Set();
        for (const s of text.sentences) {
          if (!sourced[s.index] || !ABOUT_CASUALTIES.test(s.text) || residue(s.start)) continue;
          const stated = countsInSentence(s.text);
          for (const c of stated) counts.add(c);
          // and their sum: "two adults and two teenagers were shot, the coroner said" gives four
          const sum = breakdown(s.text);
          if (sum !== undefined) counts.add(sum);
          if (DEATH.test(s.text)) deathSourced = true;
        }
      }
      return counts;
    };
    figures.forEach((f, n) => {
      if (local[n] || residue(f.start)) return;
      if (options.exemptBackground && f.background) return;
      // The same figure given with a source elsewhere in the article
      if (figures.some((g, m) => local[m] && g.sentence !== f.sentence && !residue(g.start) && sameCount(f, g))) return;
      if (f.value !== 1 && sourcedCounts().has(f.value ?? vagueWord(f))) return;
      // A single death the article has a source for ("the boy had been shot, police said … ruled his death a homicide")
      if (f.single && (sourcedCounts(), deathSourced)) return;
      // The sentence's figures add up to a sourced count ("killed one and injured eight" under "nine shot, police said")
      const total = sumOf(bySentence.get(f.sentence)!);
      if (total !== undefined && total > 1 && total !== f.value && sourcedCounts().has(total)) return;
      // A part of a sourced total ("three other people have been killed" under a lede's sourced toll); not
      // a part picked out of a group ("two of the wounded remained in hospital"), which tells something new
      if (f.value !== null && f.value > 1 && !f.partitive && figures.some((g, m) => local[m] && g.sentence !== f.sentence && g.value !== null &&
        g.value >= f.value! && compatible(f, g))) return;
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
