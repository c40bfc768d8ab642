// Casualty figures need a source: "Armenia said about 50 people had been killed" gives one; "which has
// tragically seen dozens killed" does not. Each figure (src/text/figures.ts) is looked for a source
// where an editor would: its sentence, its paragraph and the sentences next to it, and the same figure
// attributed elsewhere in the article (a lede whose toll a later paragraph gives with "police said").
// Sources come from the shared attribution layer (text.attributions); residue lines are skipped.
import type {FileRule} from '../src/types.js';
import type {TextLayer} from '../src/text/layer.js';
import {findFigures, countsInSentence, type CasualtyFigure} from '../src/text/figures.js';

export interface Options {
  /** Extra casualty terms (single words, e.g. "maimed"). */
  terms: string[];
  /** Whether settled background tolls (past tense with a year: "killed 10,000 people in 1998") are exempt. */
  exemptBackground: boolean;
}

// Stopgap until the attribution layer lands (src/text/attribution.ts): reporting verbs the first version
// of the layer does not know ("police say", "told us", "confirmed"). To move into the layer.
const EXTRA_CUE = /\b(?:[Ss]ays?|[Ss]aid|[Tt]ells?|[Tt]old|[Aa]ccording to|[Cc]onfirm(?:s|ed)|[Rr]eports?|[Rr]eported|stated?|states|announced|identified|released information|revealed)\b/;
/** A sentence about the casualties: a source there covers a figure next to it. */
const ABOUT_CASUALTIES = new RegExp('\\b(?:kill\\w*|dead|deaths?|died|dies|fatal\\w*|lives|injur\\w*|wound\\w*|hurt|shot|victims?|hospital\\w*|struck|coroner|medical examiner|pronounced|casualt\\w*|missing|condition)\\b', 'i');

/** Whether each sentence is attributed, by the layer (and the stopgap cues). */
function attributedSentences(text: TextLayer): boolean[] {
  const out = text.sentences.map((s) => EXTRA_CUE.test(s.text));
  for (const a of text.attributions) if (a.attributed) out[a.sentence] = true;
  return out;
}

/** Whether a figure has a source near it: its sentence, its paragraph, or the sentence before or after. */
function sourcedLocally(text: TextLayer, attributed: boolean[], sentence: number): boolean {
  if (attributed[sentence]) return true;
  const covers = (i: number) => attributed[i] && ABOUT_CASUALTIES.test(text.sentences[i].text);
  const para = text.paragraphs[text.sentences[sentence].paragraph];
  for (let i = para.first; i <= para.last; i++) if (covers(i)) return true;
  return Boolean(covers(sentence - 1) || covers(sentence + 1));
}

/** The same count, a word for it or its digits: "four" and "4"; vague counts by their word. */
function sameCount(a: CasualtyFigure, b: CasualtyFigure): boolean {
  if (a.value !== null && b.value !== null) return a.value === b.value;
  return a.value === null && b.value === null && a.count.toLowerCase().split(' ').pop() === b.count.toLowerCase().split(' ').pop();
}

const vagueWord = (f: CasualtyFigure) => f.count.toLowerCase().split(' ').pop()!;

/** Whether two figures can count the same people: the dead are among the shot and the victims. */
function compatible(a: CasualtyFigure, b: CasualtyFigure): boolean {
  if (a.kind === b.kind || a.kind === 'victims' || b.kind === 'victims' || a.kind === 'shot' || b.kind === 'shot') return true;
  return false;
}

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
    version: 1,
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
    const attributed = attributedSentences(text);
    const local = figures.map((f) => sourcedLocally(text, attributed, f.sentence));
    let counts: Set<number | string> | undefined;
    // Counts stated in attributed sentences about the casualties ("police said all three were taken to hospital")
    const sourcedCounts = () => {
      if (!counts) {
        counts = new Set();
        for (const s of text.sentences) {
          if (!attributed[s.index] || !ABOUT_CASUALTIES.test(s.text) || residue(s.start)) continue;
          for (const c of countsInSentence(s.text)) counts.add(c);
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
      // A part of a sourced total ("three other people have been killed" under a lede's sourced toll)
      if (f.value !== null && figures.some((g, m) => local[m] && g.sentence !== f.sentence && g.value !== null &&
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
