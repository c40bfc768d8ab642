// consistent-name-spelling: one name, one spelling, within the article and across the corpus.
// collect: per file, the distinct spellings of name candidates with their counts, the places of their
//   mentions (bounded) and small context (the word before them, the sentences they are in).
// summarize: a mergeable index spelling → [mentions, files, first file], plus the file paths.
// check: per file, each spelling whose look-alike (see src/text/name-similarity.ts) is more frequent
//   in the corpus (or the file), or that the config names as a variant, is reported with the fix.
import type {CorpusRule, Place, Problem} from '../src/types.js';
import {sameName, blockingKeys, foldName} from '../src/text/name-similarity.js';
import {isOrdinaryWord, isDictionaryProperNoun} from '../src/text/english-words.js';
import {readData} from '../src/package-info.js';

export interface Options {
  /** Canonical spelling → its variants (known variants need no similarity). */
  names: Record<string, string[]>;
  /** Spellings never reported nor proposed. */
  ignore: string[];
  /** Whether spellings in other files count (the corpus scope). */
  corpus: boolean;
  /** How many mentions a spelling needs before it can be proposed as canonical. */
  minMentions: number;
}

/** One spelling in one file. */
export interface Spelling {
  /** Mentions. */
  n: number;
  /** Places of the first mentions, flat: offset, line, column (the end is the same line, + length). */
  at: number[];
  /** Capitalised words just before it (given names, titles), at most a few. */
  before: string[];
  /** Sentences it occurs in, at most a few. */
  sent: number[];
}

export interface Facts {
  path: string;
  names: Record<string, Spelling>;
}

/** The corpus index: small, plain, and a fold (summaries of shards merge into one). */
export interface Summary {
  files: string[];
  /** spelling → [mentions, files, index in `files` of one file that uses it]. */
  spellings: Record<string, [number, number, number]>;
  /** spelling → given names seen before it (a few), the evidence that links spellings across articles. */
  given: Record<string, string[]>;
}

const MAX_PLACES = 16;
const MAX_BEFORE = 4;
const MAX_SENTENCES = 16;
const MIN_LENGTH = 4;
const MAX_GIVEN = 3;
const GIVEN = /^\p{Lu}\p{Ll}+$/u;

interface TitlesData {
  provenance: string;
  titles: string[];
}

let titles: Set<string> | undefined;
/** Titles and honorifics: context words before a name that are not given names. */
function isTitle(word: string): boolean {
  titles ??= new Set(readData<TitlesData>('names-titles.json').titles);
  return titles.has(word);
}

function collect(ctx: {path: string; text: import('../src/text/layer.js').TextLayer}): Facts {
  const names: Record<string, Spelling> = Object.create(null);
  const layer = ctx.text;
  for (const m of layer.names) {
    if (m.allCaps || m.text.length < MIN_LENGTH) continue;
    let s = names[m.text];
    if (!s) s = names[m.text] = {n: 0, at: [], before: [], sent: []};
    s.n++;
    if (s.at.length < MAX_PLACES * 3) {
      const p = layer.point(m.start);
      s.at.push(m.start, p.line, p.column);
    }
    if (m.before && s.before.length < MAX_BEFORE && !s.before.includes(m.before)) s.before.push(m.before);
    if (s.sent.length < MAX_SENTENCES && s.sent[s.sent.length - 1] !== m.sentence) s.sent.push(m.sentence);
  }
  return {path: ctx.path, names: {...names}};
}

/** A word before a name that is a given name: capitalised, not a title, not an ordinary word. */
function isGivenName(word: string): boolean {
  return GIVEN.test(word) && !isTitle(word) && !isOrdinaryWord(word);
}

function isSummary(x: Facts | Summary): x is Summary {
  return (x as Summary).spellings !== undefined;
}

function summarize(items: Iterable<Facts | Summary>): Summary {
  const files: string[] = [];
  const spellings = new Map<string, [number, number, number]>();
  const given = new Map<string, string[]>();
  const addGiven = (w: string, names: string[]) => {
    let list = given.get(w);
    for (const g of names) {
      if (list && (list.length >= MAX_GIVEN || list.includes(g))) continue;
      if (!list) given.set(w, (list = []));
      list.push(g);
    }
  };
  for (const item of items) {
    if (!item) continue;
    if (isSummary(item)) {
      const base = files.length;
      files.push(...item.files);
      for (const [w, [n, f, first]] of Object.entries(item.spellings)) {
        const cur = spellings.get(w);
        if (cur) {
          cur[0] += n;
          cur[1] += f;
        } else spellings.set(w, [n, f, base + first]);
      }
      for (const [w, names] of Object.entries(item.given)) addGiven(w, names);
      continue;
    }
    const index = files.length;
    files.push(item.path);
    for (const w in item.names) {
      const cur = spellings.get(w);
      if (cur) {
        cur[0] += item.names[w].n;
        cur[1]++;
      } else spellings.set(w, [item.names[w].n, 1, index]);
      const names = item.names[w].before.filter(isGivenName);
      if (names.length) addGiven(w, names);
    }
  }
  return {files, spellings: Object.fromEntries(spellings), given: Object.fromEntries(given)};
}

/** Look-alike lookup over the corpus's possible canonicals, built once per summary. */
const indexes = new WeakMap<Summary, Map<string, string[]>>();
function corpusIndex(summary: Summary, minMentions: number): Map<string, string[]> {
  let index = indexes.get(summary);
  if (index) return index;
  index = new Map();
  for (const w in summary.spellings) {
    if (summary.spellings[w][0] < minMentions) continue;
    for (const k of blockingKeys(w)) {
      const list = index.get(k);
      if (list) list.push(w);
      else index.set(k, [w]);
    }
  }
  indexes.set(summary, index);
  return index;
}

function localIndex(local: Record<string, Spelling>, minMentions: number): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const w in local) {
    if (local[w].n < minMentions) continue;
    for (const k of blockingKeys(w)) {
      const list = index.get(k);
      if (list) list.push(w);
      else index.set(k, [w]);
    }
  }
  return index;
}

function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

function placeOf(word: string, at: number[], i: number): Place {
  const [offset, line, column] = [at[i], at[i + 1], at[i + 2]];
  return {start: {line, column, offset}, end: {line, column: column + word.length, offset: offset + word.length}};
}

function check(facts: Facts, summary: Summary | undefined, report: (p: Problem) => void, options: Options): void {
  if (!facts) return;
  const local = facts.names;
  const ignore = new Set((options.ignore ?? []).map((w) => w.toLowerCase()));
  // Configured names: variant → canonical, and the canonicals themselves (never variants).
  const configured = new Map<string, string>();
  const canonicals = new Set<string>();
  for (const [canonical, variants] of Object.entries(options.names ?? {})) {
    canonicals.add(canonical.toLowerCase());
    for (const v of variants) configured.set(v.toLowerCase(), canonical);
  }
  const useCorpus = options.corpus !== false && summary !== undefined;
  const minMentions = options.minMentions ?? 2;
  const count = (w: string): number => (useCorpus ? summary!.spellings[w]?.[0] : undefined) ?? local[w]?.n ?? 0;
  const index = useCorpus ? corpusIndex(summary!, minMentions) : localIndex(local, minMentions);

  for (const variant of Object.keys(local)) {
    const lower = variant.toLowerCase();
    if (ignore.has(lower) || canonicals.has(lower)) continue;
    let canonical = configured.get(lower);
    let why = 'configured';
    if (canonical === undefined) {
      const mine = count(variant);
      const candidates = new Set<string>();
      for (const k of blockingKeys(variant)) for (const w of index.get(k) ?? []) if (w !== variant) candidates.add(w);
      let best: string | undefined;
      let bestCount = 0;
      for (const c of candidates) {
        const n = count(c);
        if (n < minMentions || n <= mine || n < bestCount || ignore.has(c.toLowerCase())) continue;
        let related = false;
        const there = local[c];
        if (!there) {
          // Only in other articles: the same name only with the evidence of context, a given name
          // used before both (Nikol Pashinian here, Nikol Pashinyan there); else a namesake.
          const theirs = summary!.given[c];
          if (!theirs || !local[variant].before.some((b) => theirs.includes(b) && isGivenName(b))) continue;
          related = true;
        } else {
          // Both spellings in one sentence: two names, not one name spelled twice (Iran and Iraq).
          if (there.sent.some((s) => local[variant].sent.includes(s))) continue;
          const mineBefore = local[variant].before;
          const shared = mineBefore.some((b) => there.before.includes(b));
          // Different given names before them: different people (Ronald Reagan, Donald Regan).
          if (!shared && mineBefore.length > 0 && there.before.length > 0) {
            if (mineBefore.some(isGivenName) && there.before.some(isGivenName)) continue;
          }
          related = shared;
        }
        const sim = sameName(variant, c, related);
        if (!sim.same) continue;
        // An ordinary word is proposed only as its other spelling (Labour/Labor) or when it is also a
        // name (March): "Mayor" is not the canonical of "Mayer", nor an ordinary word ("Aimed") a variant.
        const words = isOrdinaryWord(c) && isOrdinaryWord(variant);
        if (!words && ((isOrdinaryWord(c) && !isDictionaryProperNoun(c)) || isOrdinaryWord(variant))) continue;
        // Two spellings each used more than once in one article, and not transliterations of one another:
        // two names the writer means (Freedman and Friedman).
        if (sim.kind !== 'transliteration' && there && there.n >= 2 && local[variant].n >= 2) continue;
        // A slip is rare beside the name it misspells.
        if (sim.kind === 'slip' && n < 2 * mine) continue;
        if (n > bestCount || (n === bestCount && best !== undefined && c < best)) {
          best = c;
          bestCount = n;
          why = sim.why;
        }
      }
      canonical = best;
    }
    if (canonical === undefined || foldName(canonical) === foldName(variant) && canonical === variant) continue;
    const note = usage(canonical, local, summary, useCorpus, facts.path);
    const s = local[variant];
    for (let i = 0; i < s.at.length; i += 3) {
      const problem: Problem = {
        reason: `Unexpected \`${variant}\`, expected \`${canonical}\``,
        place: placeOf(variant, s.at, i),
        actual: variant,
        expected: [canonical],
        note: `${note} (${why})`,
      };
      if (useCorpus && !local[canonical]) {
        const entry = summary!.spellings[canonical];
        if (entry) problem.cause = {file: summary!.files[entry[2]], message: note};
      }
      report(problem);
    }
  }
}

function usage(canonical: string, local: Record<string, Spelling>, summary: Summary | undefined, useCorpus: boolean, path: string): string {
  const here = local[canonical]?.n ?? 0;
  if (!useCorpus || !summary?.spellings[canonical]) return `\`${canonical}\` is used ${plural(here, 'time')} in this article`;
  const [total, files] = summary.spellings[canonical];
  const elsewhere = total - here;
  const otherFiles = files - (here > 0 ? 1 : 0);
  if (otherFiles === 0) return `\`${canonical}\` is used ${plural(here, 'time')} in this article`;
  const inHere = here > 0 ? ` and ${plural(here, 'time')} in this article` : '';
  void path;
  return `\`${canonical}\` is used ${plural(elsewhere, 'time')} in ${plural(otherFiles, 'other article')}${inHere}`;
}

const rule: CorpusRule<Options, Facts, Summary> = {
  meta: {
    id: 'consistent-name-spelling',
    description: 'One name, one spelling, within the article and across the corpus',
    level: 'warn',
    fixable: true,
    corpus: true,
    version: 1,
    defaults: {names: {}, ignore: [], corpus: true, minMentions: 2},
    schema: {
      names: {type: 'map', values: {type: 'array', items: {type: 'string'}}, description: 'Canonical spelling → its known variants, e.g. {"Pashinyan": ["Pashinian"]}. Variants listed here are reported without any similarity test; canonicals are never reported.'},
      ignore: {type: 'array', items: {type: 'string'}, description: 'Spellings never reported nor proposed.'},
      corpus: {type: 'boolean', description: 'Compare with the spellings of the whole corpus, not only of the article.'},
      minMentions: {type: 'number', minimum: 1, integer: true, description: 'Mentions a spelling needs (in the corpus, or the article) before it is proposed as canonical.'},
    },
  },
  collect,
  summarize: (facts) => summarize(facts as Iterable<Facts | Summary>),
  check: (facts, summary, report, options) => check(facts, summary, report, options),
};
export default rule;
