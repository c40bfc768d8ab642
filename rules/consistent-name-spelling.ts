// consistent-name-spelling: one name, one spelling, within the article and across the corpus.
// collect: per file, a count per spelling, the look-alike pairs the article contains, and for the
//   spellings that may be reported the places of their mentions (bounded) and small context (names
//   before and after them, their sentences, how many sit in foreign-language sentences).
// summarize: a mergeable index: spelling → [mentions, files, first file], given names and names after
//   each spelling, and in how many articles each look-alike pair stands side by side.
// check: per file, each spelling with strong evidence of being a look-alike's variant (side by side in
//   `minArticles` articles, or a transliteration linked by a given name; see the doc page), that the
//   guards do not keep apart and whose look-alike is more frequent, or that the config names as a
//   variant, is reported with the fix.
import type {CorpusRule, Place, Problem} from '../src/types.js';
import {LEX_ORDINARY, LEX_PROPER, lexicalFlags, sameName, blockedPairs, blockingKeyHashes, foldName, translitKey, skeletonKey, SKELETON_MIN, spellingVariantKey, isSpellingVariant} from '../src/text/name-similarity.js';
import {inForeignText} from '../src/text/foreign-mention.js';
import {readData} from '../src/package-info.js';
import type {TextLayer, NameMention} from '../src/text/layer.js';

export interface Options {
  /** Canonical spelling → its variants (known variants need no similarity). */
  names: Record<string, string[]>;
  /** Spellings never reported nor proposed. */
  ignore: string[];
  /** Whether spellings in other files count (the corpus scope). */
  corpus: boolean;
  /** How many mentions a spelling needs before it can be proposed as canonical. */
  minMentions: number;
  /** In how many articles the two spellings must stand side by side before a look-alike is reported. */
  minArticles: number;
}

/** One spelling in one file. */
export interface Spelling {
  /** Mentions. */
  n: number;
  /** Places of the first mentions, flat: offset, line, column (the end is the same line, + length). */
  at: number[];
  /** Capitalised words just before it (given names, titles), at most a few; absent when none. */
  before?: string[];
  /** Capitalised words just after it in its run (the surname after a given name), at most a few. */
  after?: string[];
  /** Sentences it occurs in, at most a few. */
  sent: number[];
  /** Mentions in sentences that are not English (a quoted title or passage in another language). */
  foreign: number;
  /** What the dictionary says of the spelling (LEX_ORDINARY, LEX_PROPER bits), absent when neither:
   * answered in `collect`, so `check` never loads the dictionary. */
  lex?: number;
}

export interface Facts {
  path: string;
  /** Mentions of every spelling of the article, packed as one string "spelling\tcount\t..." (a string per
   * article instead of an object with a key per spelling: the facts of a large corpus stay small). */
  counts: string;
  /** The spellings that may be reported (a look-alike in the article, a given name before them, or a
   * configured variant), tab-joined; the others are only counted. */
  kept: string;
  /** Their places and context, a `Record<string, Spelling>` as JSON: `check` parses it only when one of
   * them has a look-alike to compare with (a quarter of the articles), and a string is cheap to keep,
   * send from a worker and cache (half the names facts' size). */
  names: string;
  /** Their dictionary flags (`Spelling.lex`), packed "spelling\tflags\t..." (absent ones are zero). */
  lex?: string;
  /** spelling → given names before it in this article; spelling → names after it. */
  given?: Record<string, string[]>;
  family?: Record<string, string[]>;
  /** Look-alike spellings of this article, side by side: pairs of spellings (sorted, joined by a tab). */
  pairs: string[];
  /** Two-word names (neither word ordinary nor a title), as written with a space or a hyphen ("Abu Dhabi",
   * "Abu-Dhabi"), packed "form\tcount\t...". */
  compounds?: string;
  /** The places (offset, line, column, flat) of the hyphenated forms, and of the spaced forms whose
   * hyphenated form the article also has: the ones `check` may report. JSON of `Record<string, number[]>`. */
  compoundAt?: string;
}

/** The corpus index: small, plain, and a fold (summaries of shards merge into one). */
export interface Summary {
  files: string[];
  /** spelling → [mentions, files, index in `files` of one file that uses it]. */
  spellings: Record<string, [number, number, number]>;
  /** spelling → given names seen before it (a few), the evidence that links spellings across articles. */
  given: Record<string, string[]>;
  /** spelling → names seen after it (surnames after a given name), a few. */
  family: Record<string, string[]>;
  /** look-alike pair (sorted, tab-joined) → articles in which both spellings occur. */
  together: Record<string, number>;
  /** two-word name as written ("Abu Dhabi", "Abu-Dhabi") → mentions. */
  compounds?: Record<string, number>;
  /** spelling → its dictionary flags (`Spelling.lex`), for the spellings kept with details in some article
   * (every spelling `check` may propose is one of them); absent when zero. */
  lex?: Record<string, number>;
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

export function pairKey(a: string, b: string): string {
  return a < b ? a + '\t' + b : b + '\t' + a;
}

/**
 * What collect asks of a spelling, remembered per process in one record: its dictionary flags, blocking
 * keys, British/American variant key and whether it may be a given name. One map probe per spelling per
 * article, where each of these had a per-process cache of its own (each a probe of a large map, the
 * hottest lines of collect). All are functions of the spelling alone, so forgetting them is harmless.
 */
interface Known {
  lex: number;
  blocks: Int32Array | undefined;
  variant: string | undefined;
  /** Whether a given name: 0 not asked yet, 1 no, 2 yes. */
  given: number;
}
const known = new Map<string, Known>();
const KNOWN_LIMIT = 200_000;
function knownOf(word: string): Known {
  let k = known.get(word);
  if (k === undefined) {
    if (known.size >= KNOWN_LIMIT) known.clear();
    k = {lex: lexicalFlags(word), blocks: undefined, variant: undefined, given: 0};
    known.set(word, k);
  }
  return k;
}

/**
 * A spelling's details while collect reads the mentions. Every tally has every property from the start
 * (one shape: see docs/performance.md, 'Why some code is written as it is'). The facts keep the
 * sparse form (Spelling), written by spellingFacts.
 */
interface Tally {
  n: number;
  /** Offsets of the first mentions (their lines and columns are looked up only for a kept spelling). */
  at: number[];
  sent: number[];
  foreign: number;
  /** Dictionary flags, 0 for neither. */
  lex: number;
  /** What the process knows of the spelling. */
  known: Known;
  after: string[] | undefined;
  before: string[] | undefined;
  /** Per word of `before`: how often it stands before, then how often joined by a hyphen (flat pairs). */
  beforeN: number[] | undefined;
  /** Per two-word mention (bounded): the index of its first word in `before`, its offset, and the index in
   * the layer's names of the name after it in its run, or -1 (flat triples). */
  pairAt: number[] | undefined;
  /** Whether `before` was given before `after` (the order of the properties in the facts' JSON). */
  beforeFirst: boolean;
  /** Whether the facts keep its details (then `foreign` is counted). */
  keep: boolean;
}

/** The spellings of an article's mentions, split by what they may pair with. */
interface Tallies {
  names: Map<string, Tally>;
  /** Spellings that may pair with a look-alike: not ordinary English words, unless also names (March). */
  pairable: string[];
  /** What the process knows of each of `pairable`, in its order. */
  pairableKnown: Known[];
  /** Ordinary words, paired only with their other British or American spelling (Labor, and Labour which
   * the American dictionary does not have). */
  words: string[];
  /** What the process knows of each of `words`, in its order. */
  wordsKnown: Known[];
}

function newTally(tallies: Tallies, spelling: string): Tally {
  const k = knownOf(spelling);
  const lex = k.lex;
  const s: Tally = {n: 0, at: [], sent: [], foreign: 0, lex, known: k, after: undefined, before: undefined, beforeN: undefined, pairAt: undefined, beforeFirst: false, keep: false};
  tallies.names.set(spelling, s);
  if (!(lex & LEX_ORDINARY) || lex & LEX_PROPER) {
    tallies.pairable.push(spelling);
    tallies.pairableKnown.push(k);
  } else {
    tallies.words.push(spelling);
    tallies.wordsKnown.push(k);
  }
  return s;
}

/** Count mention i of its spelling, with its place, the names around it and its sentence (bounded). */
function addMention(s: Tally, mentions: NameMention[], i: number): void {
  const m = mentions[i];
  s.n++;
  if (s.at.length < MAX_PLACES) s.at.push(m.start);
  const next = i + 1 < mentions.length ? mentions[i + 1] : undefined;
  if (next && next.run === m.run) {
    const after = (s.after ??= []);
    if (after.length < MAX_BEFORE && !after.includes(next.text)) after.push(next.text);
  }
  if (m.before) {
    if (!s.before) {
      s.before = [];
      s.beforeN = [];
      s.pairAt = [];
      s.beforeFirst = !s.after;
    }
    // The two-word names it ends (Abu Dhabi, Abu-Dhabi): how often each word before it stands there,
    // how often joined by a hyphen, and where (bounded).
    let j = s.before.indexOf(m.before);
    if (j === -1 && s.before.length < MAX_BEFORE) {
      j = s.before.push(m.before) - 1;
      s.beforeN!.push(0, 0);
    }
    if (j !== -1) {
      s.beforeN![2 * j]++;
      if (m.hyphenated) s.beforeN![2 * j + 1]++;
      if (s.pairAt!.length < 3 * MAX_PLACES) s.pairAt!.push(j, mentions[i - 1].start, next && next.run === m.run ? i + 1 : -1);
    }
  }
  if (s.sent.length < MAX_SENTENCES && (s.sent.length === 0 || s.sent[s.sent.length - 1] !== m.sentence)) s.sent.push(m.sentence);
}

/**
 * A word with no vowel is an abbreviation ("Stks", "Bbls" in a market table), not a name: its letters are
 * what the table's width left, and two tables may shorten one word two ways. (Any letter outside ASCII may
 * be a vowel.)
 */
const HAS_VOWEL = /[aeiouyAEIOUY]|[^\x00-\x7f]/;
export function isAbbreviation(word: string): boolean {
  return !HAS_VOWEL.test(word);
}
/** The tally of every spelling of the article's name mentions (all-caps, short and vowelless ones left out). */
function tallyMentions(layer: TextLayer): Tallies {
  const tallies: Tallies = {names: new Map(), pairable: [], pairableKnown: [], words: [], wordsKnown: []};
  const mentions = layer.names;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.allCaps || m.text.length < MIN_LENGTH || isAbbreviation(m.text)) continue;
    const s = tallies.names.get(m.text) ?? newTally(tallies, m.text);
    addMention(s, mentions, i);
  }
  return tallies;
}

/**
 * Count the mentions of the kept spellings that stand in another language (only `check` reads it, and
 * only for them: a fifth of the spellings, so most sentences are never sampled).
 */
function countForeign(layer: TextLayer, names: Map<string, Tally>): void {
  const mentions = layer.names;
  const foreign = new Uint8Array(layer.sentences.length);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    // The tallied spellings only (tallyMentions leaves out the all-caps and short ones).
    const s = names.get(m.text);
    if (s !== undefined && s.keep && inForeignText(layer, foreign, m)) s.foreign++;
  }
}

/** Look-alikes within the article, found through the blocking keys: the pairs the corpus counts. */
function lookAlikePairs({pairable, pairableKnown, words, wordsKnown}: Tallies): Set<string> {
  const pairs = new Set<string>();
  const hashes: Int32Array[] = [];
  for (let i = 0; i < pairable.length; i++) {
    const k = pairableKnown[i];
    hashes.push((k.blocks ??= blockingKeyHashes(pairable[i])));
  }
  blockedPairs(pairable, (o, w) => pairs.add(pairKey(pairable[o], pairable[w])), hashes);
  if (!words.length) return pairs;
  // Ordinary words pair only with their other British or American spelling (the same variant key).
  const byVariant = new Map<string, string[]>();
  for (let i = 0; i < words.length + pairable.length; i++) {
    const w = i < words.length ? words[i] : pairable[i - words.length];
    const known = i < words.length ? wordsKnown[i] : pairableKnown[i - words.length];
    const k = (known.variant ??= spellingVariantKey(w));
    const list = byVariant.get(k);
    if (!list) {
      byVariant.set(k, [w]);
      continue;
    }
    for (const o of list) if (isSpellingVariant(foldName(o), foldName(w))) pairs.add(pairKey(o, w));
    list.push(w);
  }
  return pairs;
}

/** The spellings that stand in some pair. */
function spellingsOf(pairs: Set<string>): Set<string> {
  const inPairs = new Set<string>();
  for (const k of pairs) {
    const tab = k.indexOf('\t');
    inPairs.add(k.slice(0, tab));
    inPairs.add(k.slice(tab + 1));
  }
  return inPairs;
}

/** A tally as the facts keep it: absent properties left out, in the order they were first given. */
function spellingFacts(layer: TextLayer, s: Tally): Spelling {
  const at: number[] = [];
  for (let i = 0; i < s.at.length; i++) {
    const p = layer.point(s.at[i]);
    at.push(p.offset, p.line, p.column);
  }
  const out: Spelling = {n: s.n, at, sent: s.sent, foreign: s.foreign};
  if (s.lex) out.lex = s.lex;
  if (s.beforeFirst) {
    out.before = s.before;
    if (s.after) out.after = s.after;
  } else {
    if (s.after) out.after = s.after;
    if (s.before) out.before = s.before;
  }
  return out;
}

function collect(ctx: {path: string; text: TextLayer; options?: Options}): Facts {
  const layer = ctx.text;
  const tallies = tallyMentions(layer);
  const pairs = lookAlikePairs(tallies);
  // Keep the details only of what may be reported: the index stays small (a count per other spelling).
  // Configured variants (lower case) are kept with their details whatever their look-alikes.
  const configured = configuredNames(ctx.options ?? NO_OPTIONS).configured;
  const inPairs = spellingsOf(pairs);
  const counts: string[] = [];
  // Objects without a prototype, which V8 makes in dictionary mode: a key is one hash-table entry. (A
  // literal gets a new hidden class per spelling key, several times dearer for keys that never repeat.)
  const kept: Record<string, Spelling> = Object.create(null);
  const given: Record<string, string[]> = Object.create(null);
  const family: Record<string, string[]> = Object.create(null);
  const lexPacked: string[] = [];
  const keptNames: string[] = [];
  let hasGiven = false;
  let hasFamily = false;
  const compounds: string[] = [];
  let compoundAt: Record<string, number[]> | undefined;
  for (const [w, s] of tallies.names) {
    counts.push(w, String(s.n));
    if (s.beforeN !== undefined && !(s.lex & LEX_ORDINARY)) compoundsOf(layer, tallies.names, w, s, compounds, (compoundAt ??= {}));
    const g = s.before !== undefined ? givenNamesIn(tallies.names, s.before) : undefined;
    if (g?.length) {
      given[w] = g;
      hasGiven = true;
    }
    const f = s.after !== undefined ? givenNamesIn(tallies.names, s.after) : undefined;
    if (f?.length) {
      family[w] = f;
      hasFamily = true;
    }
    if (inPairs.has(w) || g?.length || (configured.size !== 0 && configured.has(w.toLowerCase()))) {
      s.keep = true;
      keptNames.push(w);
      if (s.lex) lexPacked.push(w, String(s.lex));
    }
  }
  if (keptNames.length) countForeign(layer, tallies.names);
  for (const w of keptNames) kept[w] = spellingFacts(layer, tallies.names.get(w)!);
  const out: Facts = {path: ctx.path, counts: counts.join('\t'), kept: keptNames.join('\t'), names: JSON.stringify(kept), pairs: [...pairs]};
  if (lexPacked.length) out.lex = lexPacked.join('\t');
  if (compounds.length) out.compounds = compounds.join('\t');
  if (compoundAt && Object.keys(compoundAt).length) out.compoundAt = JSON.stringify(compoundAt);
  if (hasGiven) out.given = given;
  if (hasFamily) out.family = family;
  return out;
}

/**
 * The two-word names a spelling ends (the words before it in its run), as written: with a space, with a
 * hyphen, counted; the places of the hyphenated ones, and of the spaced ones when the hyphenated form is
 * also in the article. Neither word may be an ordinary word or a title (Prime Minister, Secretary-General),
 * nor both dictionary names (Arab-Israeli).
 */
function compoundsOf(layer: TextLayer, names: Map<string, Tally>, w: string, s: Tally, out: string[], at: Record<string, number[]>): void {
  const before = s.before!;
  const counts = s.beforeN!;
  for (let j = 0; j < before.length; j++) {
    const b = before[j];
    const lexB = knownIn(names, b).lex;
    // Two dictionary names make a compound adjective more often than a name (Arab-Israeli talks, Greek
    // Cypriots, African-American): left out, like two dictionary names as look-alikes.
    if (b.length < 2 || isTitle(b) || lexB & LEX_ORDINARY || (lexB & LEX_PROPER && s.lex & LEX_PROPER)) continue;
    const hyphen = counts[2 * j + 1];
    const space = counts[2 * j] - hyphen;
    const spaced = b + ' ' + w;
    const joined = b + '-' + w;
    if (space) out.push(spaced, String(space));
    if (hyphen) out.push(joined, String(hyphen));
    if (!hyphen) continue;
    const pairAt = s.pairAt!;
    // Per form written here: its places, and the name after it (undefined: none after some mention;
    // '' before the first).
    const places: Record<string, number[]> = {};
    const after: Record<string, string | undefined> = {};
    for (let k = 0; k < pairAt.length; k += 3) {
      if (pairAt[k] !== j) continue;
      const p = layer.point(pairAt[k + 1]);
      // The form at this place: a hyphen right after the first word, or a space.
      const c = layer.text.charCodeAt(p.offset + b.length);
      const form = c === 32 ? spaced : c === 45 || c === 0x2010 ? joined : undefined;
      // Only a form written as such (one space or hyphen between the words, not a line break after a space).
      if (form === undefined || !layer.text.startsWith(form, p.offset)) continue;
      (places[form] ??= []).push(p.offset, p.line, p.column);
      const next = pairAt[k + 2] === -1 ? undefined : layer.names[pairAt[k + 2]].text;
      after[form] = !(form in after) || after[form] === next ? next : undefined;
    }
    for (const form in places) {
      // A two-word name the article writes only inside one longer name (Miami Dade College, twice or
      // more, the same name after every mention) is that name's own form: not reported toward the
      // two-word name's other form (Miami-Dade, the county).
      if (after[form] !== undefined && places[form].length >= 6) continue;
      (at[form] ??= []).push(...places[form]);
    }
  }
}

/**
 * What the process knows of a word the article also tallies (most words before and after a name are
 * names of the article themselves), from its tally: a probe of the article's small map, which the
 * processor's cache holds, rather than of the process's large one.
 */
function knownIn(names: Map<string, Tally>, word: string): Known {
  const t = names.get(word);
  return t !== undefined ? t.known : knownOf(word);
}

/** The words of `words` that are given names. */
function givenNamesIn(names: Map<string, Tally>, words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) if (isGiven(w, knownIn(names, w))) out.push(w);
  return out;
}

/** A word before a name that is a given name: capitalised, not a title, not an ordinary word. */
function isGiven(word: string, k: Known): boolean {
  // Remembered per process (a corpus repeats its given names; one map lookup instead of a Unicode regex,
  // the titles and the dictionary flags per word before or after every name of every article).
  if (k.given === 0) k.given = GIVEN.test(word) && !isTitle(word) && !(k.lex & LEX_ORDINARY) ? 2 : 1;
  return k.given === 2;
}

function isSummary(x: Facts | Summary): x is Summary {
  return (x as Summary).spellings !== undefined;
}

function summarize(items: Iterable<Facts | Summary>): Summary {
  const files: string[] = [];
  const spellings = new Map<string, [number, number, number]>();
  const given = new Map<string, string[]>();
  const family = new Map<string, string[]>();
  const together = new Map<string, number>();
  const lex = new Map<string, number>();
  const compounds = new Map<string, number>();
  const addCompound = (k: string, n: number) => compounds.set(k, (compounds.get(k) ?? 0) + n);
  const addTo = (map: Map<string, string[]>, w: string, names: string[]) => {
    let list = map.get(w);
    for (const g of names) {
      if (list && (list.length >= MAX_GIVEN || list.includes(g))) continue;
      if (!list) map.set(w, (list = []));
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
      for (const [w, names] of Object.entries(item.given)) addTo(given, w, names);
      for (const [w, names] of Object.entries(item.family ?? {})) addTo(family, w, names);
      for (const [k, n] of Object.entries(item.together ?? {})) together.set(k, (together.get(k) ?? 0) + n);
      for (const [w, flags] of Object.entries(item.lex ?? {})) lex.set(w, flags);
      for (const [k, n] of Object.entries(item.compounds ?? {})) addCompound(k, n);
      continue;
    }
    const index = files.length;
    files.push(item.path);
    // The packed counts are read in place: no array of fields, no string per count.
    const packed = item.counts;
    for (let at = 0, tab = packed ? packed.indexOf('\t') : -1; tab !== -1; ) {
      const w = packed.slice(at, tab);
      let n = 0;
      let i = tab + 1;
      for (let c = packed.charCodeAt(i); c >= 48 && c <= 57; c = packed.charCodeAt(++i)) n = n * 10 + c - 48;
      at = i + 1;
      tab = i < packed.length ? packed.indexOf('\t', at) : -1;
      const cur = spellings.get(w);
      if (cur) {
        cur[0] += n;
        cur[1]++;
      } else spellings.set(w, [n, 1, index]);
    }
    for (const w in item.given) addTo(given, w, item.given[w]);
    for (const w in item.family) addTo(family, w, item.family[w]);
    for (const k of item.pairs ?? []) together.set(k, (together.get(k) ?? 0) + 1);
    if (item.compounds) {
      const packedCompounds = item.compounds.split('\t');
      for (let i = 0; i + 1 < packedCompounds.length; i += 2) addCompound(packedCompounds[i], Number(packedCompounds[i + 1]));
    }
    if (item.lex) {
      const packedLex = item.lex.split('\t');
      for (let i = 0; i + 1 < packedLex.length; i += 2) lex.set(packedLex[i], Number(packedLex[i + 1]));
    }
  }
  return {files, spellings: Object.fromEntries(spellings), given: Object.fromEntries(given), family: Object.fromEntries(family), together: Object.fromEntries(together), lex: Object.fromEntries(lex), compounds: Object.fromEntries(compounds)};
}

/**
 * The candidates of each spelling, built once per summary: the look-alikes it stands beside in at least
 * `needed` articles, and the spellings that share its transliteration key (used at least `minMentions`
 * times), which a given name may link across articles. Only these are compared: no search of the corpus.
 */
interface Candidates {
  partners: Map<string, string[]>;
  translit: Map<string, string[]>;
}
const candidateCache = new WeakMap<Summary, Map<string, Candidates>>();
function corpusCandidates(summary: Summary, needed: number, minMentions: number): Candidates {
  let bySettings = candidateCache.get(summary);
  if (!bySettings) candidateCache.set(summary, (bySettings = new Map()));
  const id = `${needed}/${minMentions}`;
  let out = bySettings.get(id);
  if (out) return out;
  const partners = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = partners.get(a);
    if (list) list.push(b);
    else partners.set(a, [b]);
  };
  const lex = summary.lex ?? {};
  for (const k in summary.together) {
    if (summary.together[k] < needed) continue;
    const tab = k.indexOf('\t');
    const a = k.slice(0, tab);
    const b = k.slice(tab + 1);
    // A pair the spellings alone keep apart whatever the context (Colombia/Colombian, Iran/Iraq) is no
    // candidate: it is judged once here, not again in every article that has both.
    if (mayBeOneName(a, b, lex[a] ?? 0, lex[b] ?? 0)) link(a, b);
    if (mayBeOneName(b, a, lex[b] ?? 0, lex[a] ?? 0)) link(b, a);
  }
  const translit = new Map<string, string[]>();
  for (const w in summary.given) {
    // Only spellings with a given name before them can be linked across articles.
    if (summary.spellings[w]?.[0] < minMentions) continue;
    const k = translitKey(w);
    const list = translit.get(k);
    if (list) list.push(w);
    else translit.set(k, [w]);
    // Long names also under their skeleton (vowels transliterated differently: the given name confirms).
    if (k.length >= SKELETON_MIN) {
      const sk = '\u0001' + skeletonKey(w);
      const same = translit.get(sk);
      if (same) same.push(w);
      else translit.set(sk, [w]);
    }
  }
  out = {partners, translit};
  bySettings.set(id, out);
  return out;
}

/** Whether `variant` may be a spelling of `canonical` in some context (with or without the evidence
 * `check` weighs: a shared word before both, one name). */
function mayBeOneName(variant: string, canonical: string, lexV: number, lexC: number): boolean {
  for (const related of [false, true]) for (const named of [false, true]) if (sameName(variant, canonical, related, named, lexV, lexC).same) return true;
  return false;
}

/**
 * The kept spellings' details (`Facts.names`, the JSON of a `Record<string, Spelling>`), read one spelling
 * at a time: `get(w)` is `JSON.parse(names)[w]`. `check` reads the details of one or a few spellings of an
 * article that keeps dozens, and parsing them all (objects, arrays, and each key made a property name)
 * was the larger part of its own time.
 */
class KeptDetails {
  private readonly read = new Map<string, Spelling | undefined>();
  constructor(private readonly json: string) {}
  get(w: string): Spelling | undefined {
    let s = this.read.get(w);
    if (s === undefined && !this.read.has(w)) {
      s = spellingIn(this.json, w);
      this.read.set(w, s);
    }
    return s;
  }
}

/**
 * The value of key `w` in the JSON of a `Record<string, Spelling>` as JSON.stringify writes it: the key,
 * quoted as JSON quotes it, then an object that opens with "n" (every Spelling does); a property of a
 * Spelling holds no object, and a quote inside a string is escaped, so the text "key":{"n": stands only
 * where the entry does. The object ends at the first closing brace outside a string.
 */
export function spellingIn(json: string, w: string): Spelling | undefined {
  const key = JSON.stringify(w) + ':{"n":';
  let at = json.indexOf(key);
  while (at > 0 && json.charCodeAt(at - 1) !== 123 && json.charCodeAt(at - 1) !== 44) at = json.indexOf(key, at + 1);
  if (at <= 0) return undefined;
  const from = at + key.length - 5;
  let inString = false;
  for (let i = from + 1; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 125) return JSON.parse(json.slice(from, i + 1)) as Spelling;
  }
  throw new SyntaxError('unterminated spelling details');
}

function localCandidates(facts: Facts): Candidates {
  const partners = new Map<string, string[]>();
  for (const k of facts.pairs ?? []) {
    const tab = k.indexOf('\t');
    const a = k.slice(0, tab);
    const b = k.slice(tab + 1);
    partners.set(a, [...(partners.get(a) ?? []), b]);
    partners.set(b, [...(partners.get(b) ?? []), a]);
  }
  return {partners, translit: new Map()};
}


/**
 * Whether the corpus names two different people: each spelling has given names before it (or names after
 * it) and none is shared (Ronald Reagan, Donald Regan; Kiichi Miyazawa, Koichi Kato).
 */
/** Two lists of names around two spellings, both known and none in common. */
function apart(x: string[] | undefined, y: string[] | undefined): boolean {
  return Boolean(x?.length && y?.length && !x.some((w) => y.includes(w)));
}

function differentPeople(summary: Summary, a: string, b: string): boolean {
  if (apart(summary.given[a], summary.given[b]) || apart(summary.family[a], summary.family[b])) return true;
  // A given name and a surname: one is only ever followed by a name, the other only preceded by one.
  const given = (x: string) => Boolean(summary.family[x]?.length) && !summary.given[x]?.length;
  const surname = (x: string) => Boolean(summary.given[x]?.length) && !summary.family[x]?.length;
  return (given(a) && surname(b)) || (surname(a) && given(b));
}

/** A people's name in the plural (Arabs, Armenians): after a word, it makes an adjective, not a given name. */
function isPeople(word: string): boolean {
  return word.endsWith('s') && (lexicalFlags(word) & LEX_PROPER) !== 0;
}

/** Whether one name follows both spellings somewhere in the corpus (one full name). */
function shareFamily(summary: Summary, a: string, b: string): boolean {
  const x = summary.family[a];
  const y = summary.family[b];
  return Boolean(x && y && x.some((w) => y.includes(w)));
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
  checkCompounds(facts, summary, report, options, options.corpus !== false && summary !== undefined);
  // The details of the kept spellings, read on first need, one spelling at a time.
  let details: KeptDetails | undefined;
  const kept = facts.kept ? facts.kept.split('\t') : [];
  const {ignore, configured, canonicals} = configuredNames(options);
  const useCorpus = options.corpus !== false && summary !== undefined;
  const minMentions = options.minMentions ?? 2;
  // Both spellings side by side in this many articles (never more than the corpus has).
  const needed = useCorpus ? Math.max(1, Math.min(options.minArticles ?? 2, summary!.files.length)) : 1;
  // This article's counts, read from the packed string only when asked (a warm run asks for few).
  const counts = {get: (w: string): number | undefined => countIn(facts.counts, w)};
  const count = (w: string): number => (useCorpus ? summary!.spellings[w]?.[0] : undefined) ?? counts.get(w) ?? 0;
  const found = useCorpus ? corpusCandidates(summary!, needed, minMentions) : localCandidates(facts);
  const givenHere = facts.given;
  // The dictionary's answers, from the facts (a warm cached run never loads the dictionary): every
  // spelling proposed is kept with details in some article, so its flags are in the summary.
  const lexicon = useCorpus ? summary!.lex : undefined;
  // Asked only once the details are read: a spelling kept here answers from them.
  const flagsOf = (w: string): number => {
    const here = details?.get(w);
    if (here) return here.lex ?? 0;
    if (lexicon) return lexicon[w] ?? 0;
    return lexicalFlags(w);
  };

  // A spelling used in this article as a given name: a name after it, never a given name before it.
  // A people's name after it (a dictionary name in the plural: Palestinean Arabs) makes it an adjective.
  const givenUseHere = (w: string): boolean => {
    const after = facts.family?.[w];
    return after !== undefined && givenHere?.[w] === undefined && !after.some(isPeople);
  };
  // Whether a spelling stands before a name (not a people's name in the plural), here or in the corpus.
  const namesAfter = (w: string): boolean => Boolean(facts.family?.[w]?.some((n) => !isPeople(n)) || (useCorpus && summary!.family[w]?.some((n) => !isPeople(n))));
  for (const variant of kept) {
    const myGiven = givenHere?.[variant];
    // Something to compare with: a look-alike beside it, or a transliteration a given name may link.
    let sameKey = useCorpus && myGiven ? found.translit.get(translitKey(variant)) : undefined;
    if (useCorpus && myGiven && translitKey(variant).length >= SKELETON_MIN) {
      const bySkeleton = found.translit.get('\u0001' + skeletonKey(variant));
      if (bySkeleton) sameKey = sameKey ? [...sameKey, ...bySkeleton] : bySkeleton;
    }
    const comparable = found.partners.has(variant) || (sameKey !== undefined && sameKey.some((w) => w !== variant));
    // Most kept spellings have none, and without configured names that settles it (the cheapest test first).
    if (!comparable && configured.size === 0) continue;
    const lower = variant.toLowerCase();
    if (ignore.has(lower) || canonicals.has(lower)) continue;
    let canonical = configured.get(lower);
    let why = 'configured';
    // Nothing to compare with and no configured canonical: the details are not even read.
    if (canonical === undefined && !comparable) continue;
    const local = (details ??= new KeptDetails(facts.names));
    const mineHere = local.get(variant)!;
    // A spelling met mostly in another language's sentences (a quoted title, a foreign passage) is that
    // language's word, not a variant.
    if (canonical === undefined && mineHere.foreign * 2 <= mineHere.n) {
      const mineCorpus = count(variant);
      const candidates = new Set<string>();
      for (const w of found.partners.get(variant) ?? []) candidates.add(w);
      for (const w of sameKey ?? []) if (w !== variant) candidates.add(w);
      let best: string | undefined;
      let bestCount = 0;
      let bestPlural = false;
      for (const c of candidates) {
        const there = local.get(c);
        // A surname alone refers to the article's full name: a look-alike written here in full first (Khamoi
        // Petersen), at least as often, is its spelling, whatever the corpus counts (other Petersons).
        // (the counts compared are this article's where the corpus's would not propose it)
        const corpusN = count(c);
        const resumes = (corpusN < minMentions || corpusN <= mineCorpus) && there !== undefined && givenHere?.[c] !== undefined &&
          !mineHere.before && !mineHere.after && there.n >= mineHere.n && there.sent[0] < mineHere.sent[0];
        const n = resumes ? there.n : corpusN;
        const mine = resumes ? mineHere.n : mineCorpus;
        if (!resumes && (n < minMentions || n <= mine)) continue;
        if ((n < bestCount && bestPlural) || ignore.has(c.toLowerCase())) continue;
        // The canonical may stand in another language's sentences only as a transliteration (Salafi, Salafy).
        if (there && there.foreign * 2 > there.n && translitKey(c) !== translitKey(variant)) continue;
        // The evidence that the two are one name: they stand side by side in articles (the same writer or
        // desk using both), or a given name links them across articles (Nikol Pashinian, Nikol Pashinyan).
        const together = useCorpus ? (summary!.together[pairKey(variant, c)] ?? 0) : there ? 1 : 0;
        let linked = false;
        if (!there && useCorpus) {
          const theirs = summary!.given[c];
          linked = Boolean(theirs && myGiven?.some((b) => theirs.includes(b)));
        }
        if (together < needed && !linked && !resumes) continue;
        // A given name links namesakes as well as one person: a spelling an article keeps three times or more,
        // never writing the other, is that article's person when the other surname stands after other given
        // names too in the corpus (a family name of several people: Joe Schafer here, Joe and Dave Shaffer
        // elsewhere), not a slip toward them.
        if (linked && together < needed && !there && mineHere.n >= 3 && (summary!.given[c] ?? []).some((g) => !myGiven!.includes(g))) continue;
        let related = linked;
        // The two stand in one name: the same word (not a title) before both (Los Angeles, Los Angles;
        // Nancy Gonzales, Nancy Gonzalez), or a full name resumed by the surname alone (Luis Gonzales, then
        // Gonzalez). That outweighs the dictionary (two dictionary names, an ordinary word as variant).
        let named = false;
        let resumed = false;
        let sameSentence = false;
        if (there) {
          const mineBefore = mineHere.before ?? [];
          const theirBefore = there.before ?? [];
          const shared = mineBefore.some((b) => theirBefore.includes(b));
          const sharedAfter = (mineHere.after ?? []).some((a) => there.after?.includes(a));
          // Both spellings in one sentence: two names, not one name spelled twice (Iran and Iraq), unless
          // the same name follows both (Santa Fe, Sante Fe), or one is a lone slip beside a name used ten
          // times as often (a table of dates: Marcxh 30 ... March 31).
          sameSentence = there.sent.some((s) => mineHere.sent.includes(s)) && !sharedAfter;
          // Different given names before them: different people (Ronald Reagan, Donald Regan).
          const theirGiven = givenHere?.[c];
          // A surname alone refers to the article's full name: a spelling written here in full (Khamoi
          // Petersen) at least as often as the look-alike, which stands only alone (Peterson), is the
          // article's name of that person, however many other Petersons the corpus has.
          if (myGiven && !there.before && !there.after && there.n <= mineHere.n && !theirGiven) continue;
          if (!shared && myGiven && theirGiven) continue;
          // A given name alone is not an identity: a spelling used here as a given name (a name after it,
          // none before) is one name with a look-alike only when the same surname follows both (Mohamed
          // Salimeh, Mohammed Salimeh): Mohamed Ali and Mohammed Hassan are two people, and neither is
          // the Mohammed named alone, nor Anwar Mohammed. A name alone may still resume the one full name
          // of the article that starts with its look-alike (Serdar Argic, then "Sedar,").
          if (!sharedAfter && (givenUseHere(variant) || (givenUseHere(c) && (mineHere.after !== undefined || myGiven !== undefined || facts.family![c].length > 1)))) continue;
          related ||= shared || sharedAfter;
          named = mineBefore.some((b) => theirBefore.includes(b) && !isTitle(b));
          // The full name comes first, the surname alone after it (news style).
          resumed = (myGiven !== undefined && !there.before && !there.after && mineHere.sent[0] < there.sent[0]) || (theirGiven !== undefined && !mineHere.before && !mineHere.after && there.sent[0] < mineHere.sent[0]);
          named ||= resumed;
        }
        if (useCorpus && !resumed && differentPeople(summary!, variant, c)) continue;
        // A full name here whose given name never stands before the other spelling in the corpus is another
        // person (Robert Schultz here, George Shultz elsewhere), even where a namesake (a George Schultz)
        // links the two spellings corpus-wide. "Never" is known only while the summary's list of given
        // names before it is not full (MAX_GIVEN): a place after many words (Nagorno, Mountainous) is not.
        const theirsCorpus = useCorpus ? summary!.given[c] : undefined;
        if (!there && myGiven && theirsCorpus && theirsCorpus.length < MAX_GIVEN && apart(myGiven, theirsCorpus)) continue;
        // Across articles: a spelling used here as a given name and a surname used with a given name
        // elsewhere are two names (Mohamed Salimeh here, Anwar Mohammed there).
        if (!there && useCorpus && givenUseHere(variant) && !shareFamily(summary!, variant, c) && summary!.given[c]?.length) continue;
        const myLex = flagsOf(variant);
        const theirLex = flagsOf(c);
        // Both spellings in the same articles, in two or more of the corpus: evidence enough that vowels
        // alone differ in one name (Ereven, Erevan), without a given name before them.
        const sideBySide = useCorpus && together >= Math.max(2, needed);
        const sim = sameName(variant, c, related, named, myLex, theirLex, sideBySide);
        if (!sim.same) continue;
        // A Latin -us and an English -ia on one stem name one region, not two people: neither may stand
        // before a name (a given name: Marcus Aurelius), in the article or the corpus.
        if (sim.regionEnding && (namesAfter(variant) || namesAfter(c))) continue;
        if (sameSentence && !(sim.kind === 'slip' && n >= 10 * mine)) continue;
        // Across articles, without the two side by side, only a systematic transliteration links them.
        if (together < needed && sim.kind !== 'transliteration' && !resumes) continue;
        // An ordinary word is proposed only as its other spelling (Labour/Labor) or when it is also a
        // name (March): "Mayor" is not the canonical of "Mayer", nor an ordinary word ("Aimed") a variant.
        const cOrdinary = (theirLex & LEX_ORDINARY) !== 0;
        const variantOrdinary = (myLex & LEX_ORDINARY) !== 0;
        const words = cOrdinary && variantOrdinary;
        if (!words && ((cOrdinary && !(theirLex & LEX_PROPER)) || (variantOrdinary && !named && !isSpellingVariant(foldName(variant), foldName(c))))) continue;
        // Two spellings each used more than once in one article, and not transliterations of one another:
        // two names the writer means (Freedman and Friedman).
        if (sim.kind !== 'transliteration' && there && there.n >= 2 && mineHere.n >= 2) continue;
        // A slip is rare beside the name it misspells.
        if (sim.kind === 'slip' && n < 2 * mine) continue;
        // A slip in a five-letter word only as a one-off (never twice in an article) beside a name used
        // four times as often (Marcxh beside March); otherwise it is as likely another name.
        if (sim.short && (n < 4 * mine || (useCorpus ? mine > (summary!.spellings[variant]?.[1] ?? 0) : mineHere.n > 1))) continue;
        // A canonical with the variant's number first (Iraelis → Israelis, not Israeli: the fix must not
        // change the grammar), then the most used.
        const plural = c.endsWith('s') === variant.endsWith('s');
        if (best === undefined || (plural && !bestPlural) || (plural === bestPlural && (n > bestCount || (n === bestCount && c < best)))) {
          best = c;
          bestCount = n;
          bestPlural = plural;
          why = sim.why;
        }
      }
      canonical = best;
    }
    if (canonical === undefined || foldName(canonical) === foldName(variant) && canonical === variant) continue;
    const note = usage(canonical, counts, summary, useCorpus);
    const s = details!.get(variant)!;
    for (let i = 0; i < s.at.length; i += 3) {
      const problem: Problem = {
        reason: `Unexpected \`${variant}\`, expected \`${canonical}\``,
        place: placeOf(variant, s.at, i),
        actual: variant,
        expected: [canonical],
        note: `${note} (${why})`,
      };
      if (useCorpus && !counts.get(canonical)) {
        const entry = summary!.spellings[canonical];
        if (entry) problem.cause = {file: summary!.files[entry[2]], message: note};
      }
      report(problem);
    }
  }
}

/**
 * Two-word names written with a hyphen and with a space ("Abu-Dhabi", "Abu Dhabi"): the form used less
 * (in the corpus, or the article) is reported, with the other as the fix. Only forms whose places the
 * facts keep can be reported (see `compoundsOf`).
 */
function checkCompounds(facts: Facts, summary: Summary | undefined, report: (p: Problem) => void, options: Options, useCorpus: boolean): void {
  if (!facts.compoundAt) return;
  const {ignore} = configuredNames(options);
  const minMentions = options.minMentions ?? 2;
  const here = {get: (w: string): number | undefined => (facts.compounds ? countIn(facts.compounds, w) : undefined)};
  const count = (w: string): number => (useCorpus ? summary!.compounds?.[w] : undefined) ?? here.get(w) ?? 0;
  const places = JSON.parse(facts.compoundAt) as Record<string, number[]>;
  for (const form in places) {
    if (ignore.has(form.toLowerCase())) continue;
    const space = form.indexOf(' ');
    const other = space === -1 ? form.replace(/[-‐]/, ' ') : form.slice(0, space) + '-' + form.slice(space + 1);
    const mine = count(form);
    const theirs = count(other);
    if (theirs < minMentions || theirs <= mine || ignore.has(other.toLowerCase())) continue;
    const note = `\`${other}\` is used ${plural(theirs, 'time')}${useCorpus && summary!.files.length > 1 ? ' in the corpus' : ' in this article'} (hyphen and space)`;
    const at = places[form];
    for (let i = 0; i < at.length; i += 3) report({reason: `Unexpected \`${form}\`, expected \`${other}\``, place: placeOf(form, at, i), actual: form, expected: [other], note});
  }
}

interface ConfiguredNames {
  /** Spellings never reported nor proposed (lower case). */
  ignore: Set<string>;
  /** Configured variant (lower case) → its canonical. */
  configured: Map<string, string>;
  /** The configured canonicals (lower case): never variants. */
  canonicals: Set<string>;
}
const NO_OPTIONS = {} as Options;
const configuredCache = new WeakMap<Options, ConfiguredNames>();
/** The options' names, built once per options object (collect and check run once per file with the same options). */
function configuredNames(options: Options): ConfiguredNames {
  let out = configuredCache.get(options);
  if (out) return out;
  out = {ignore: new Set((options.ignore ?? []).map((w) => w.toLowerCase())), configured: new Map(), canonicals: new Set()};
  for (const [canonical, variants] of Object.entries(options.names ?? {})) {
    out.canonicals.add(canonical.toLowerCase());
    for (const v of variants) out.configured.set(v.toLowerCase(), canonical);
  }
  configuredCache.set(options, out);
  return out;
}

/**
 * The count of a spelling in a packed "spelling\tcount\t..." string, if there. Spellings hold no tab and
 * never read as a count (counts are digits, spellings start with a letter), so the first field equal
 * to the spelling is its own.
 */
function countIn(packed: string, w: string): number | undefined {
  if (!packed) return undefined;
  let at: number;
  if (packed.startsWith(w + '\t')) at = 0;
  else {
    const i = packed.indexOf('\t' + w + '\t');
    if (i === -1) return undefined;
    at = i + 1;
  }
  const from = at + w.length + 1;
  const to = packed.indexOf('\t', from);
  return Number(to === -1 ? packed.slice(from) : packed.slice(from, to));
}

function usage(canonical: string, counts: {get(w: string): number | undefined}, summary: Summary | undefined, useCorpus: boolean): string {
  const here = counts.get(canonical) ?? 0;
  if (!useCorpus || !summary?.spellings[canonical]) return `\`${canonical}\` is used ${plural(here, 'time')} in this article`;
  const [total, files] = summary.spellings[canonical];
  const elsewhere = total - here;
  const otherFiles = files - (here > 0 ? 1 : 0);
  if (otherFiles === 0) return `\`${canonical}\` is used ${plural(here, 'time')} in this article`;
  const inHere = here > 0 ? ` and ${plural(here, 'time')} in this article` : '';
  return `\`${canonical}\` is used ${plural(elsewhere, 'time')} in ${plural(otherFiles, 'other article')}${inHere}`;
}

const rule: CorpusRule<Options, Facts, Summary> = {
  meta: {
    id: 'consistent-name-spelling',
    description: 'One name, one spelling, within the article and across the corpus',
    level: 'warn',
    fixable: true,
    corpus: true,
    version: 11,
    language: 'eng',
    defaults: {names: {}, ignore: [], corpus: true, minMentions: 2, minArticles: 2},
    schema: {
      names: {type: 'map', values: {type: 'array', items: {type: 'string'}}, description: 'Canonical spelling → its known variants, e.g. {"Pashinyan": ["Pashinian"]}. Variants listed here are reported without any similarity test; canonicals are never reported.'},
      ignore: {type: 'array', items: {type: 'string'}, description: 'Spellings never reported nor proposed.'},
      corpus: {type: 'boolean', description: 'Compare with the spellings of the whole corpus, not only of the article.'},
      minMentions: {type: 'number', minimum: 1, integer: true, description: 'Mentions a spelling needs (in the corpus, or the article) before it is proposed as canonical.'},
      minArticles: {type: 'number', minimum: 1, integer: true, description: 'Articles in which both spellings must stand side by side before a look-alike is reported (at most the number of articles linted; a given name shared across articles also counts). 1 reports a variant seen once beside its canonical.'},
    },
  },
  collect,
  summarize: (facts) => summarize(facts),
  // The fold reads a summary as a file of many: merging is folding the summary and the one file's facts.
  merge: (summary, facts) => summarize([summary, facts]),
  check: (facts, summary, report, options) => check(facts, summary, report, options),
};
export default rule;
