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
      // Across a paragraph break the source must tell of the people harmed: "the victims were taken to
      // hospital, police said" under a lede covers its toll; "Witnesses said the shooting took place…" does not
      // (save for a count of people shot: the shooting is their harm)
      const samePara = text.sentences[i].paragraph === text.sentences[f.sentence].paragraph;
      if (!own) return samePara || HARMED.test(text.sentences[i].text) || (f.kind === 'shot' && /\bshootings?\b/i.test(text.sentences[i].text));
      if (own.some((g) => sameCount(f, g) && compatible(f, g))) return true;
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
      // (of the same harm: "injured two" is not "two people died")
      if (figures.some((g, m) => local[m] && g.sentence !== f.sentence && !residue(g.start) && sameCount(f, g) && compatible(f, g))) return;
      // A bare number in a sourced sentence; not for a part picked out of a group ("four of the people
      // shot made it to a hospital"), which tells something the number alone does not
      if (f.value !== 1 && !f.partitive && sourcedCounts().has(f.value ?? vagueWord(f))) return;
      // A single death the article has a source for ("the boy had been shot, police said … ruled his death a homicide")
      // (or a count of one dead: "a shooting that left one woman dead" under "EMS confirmed the person killed")
      if ((f.single || (f.value === 1 && f.kind === 'dead')) && (sourcedCounts(), deathSourced)) return;
      // The rest of a group whose sourced total is larger: "two other relatives were killed" under "their
      // four bodies were found, the sheriff revealed"
      if (f.remainder && f.value !== null && [...sourcedCounts()].some((c) => typeof c === 'number' && c > f.value!)) return;
      // The sentence's figures add up to a sourced count ("killed one and injured eight" under "nine shot, police said")
      const total = sumOf(bySentence.get(f.sentence)!);
      if (total !== undefined && total > 1 && total !== f.value && sourcedCounts().has(total)) return;
      // A remainder of a sourced total ("three other people have been killed" under a lede's sourced toll);
      // not a part picked out of a group ("two of the wounded remained in hospital"), which tells something
      // new, nor a count without "other" (in a roundup, "three people were wounded in South Shore" is one
      // incident of the sourced total and needs its own source)
      if (f.value !== null && f.value > 1 && !f.partitive && f.remainder && figures.some((g, m) => local[m] && g.sentence !== f.sentence && g.value !== null &&
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
