// Whether two spellings are one name: transliteration folding, phonetic keys, a bounded edit distance,
// and the guards that keep apart what only looks alike (derivations, different entities, English words).
// Pure functions over strings; the rule adds the evidence of context (see rules/consistent-name-spelling.ts).
import {doubleMetaphone} from 'double-metaphone';
import {isDictionaryProperNoun, isOrdinaryWord} from './english-words.js';

const SPECIAL: Record<string, string> = {ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h'};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL).join('')}]`, 'g');
const MARKS = /\p{M}/gu;
const NON_LETTER = /[^\p{L}]/gu;

/** Lower case, diacritics folded, apostrophes and hyphens dropped: "Schröder" → "schroder". */
export function foldName(word: string): string {
  let out = folded.get(word);
  if (out === undefined) {
    out = fold(word);
    remember(folded, word, out);
  }
  return out;
}

// Per-process caches of the keys of a spelling: a corpus repeats its names many times.
const CACHE_LIMIT = 200_000;
const folded = new Map<string, string>();
const keys = new Map<string, string>();
const sounds = new Map<string, [string, string]>();
const blocks = new Map<string, Int32Array>();
const variantKeys = new Map<string, string>();
const lexical = new Map<string, number>();
function remember<T>(cache: Map<string, T>, word: string, value: T): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, value);
}

function fold(word: string): string {
  return word.toLowerCase().replace(SPECIAL_RE, (c) => SPECIAL[c]).normalize('NFD').replace(MARKS, '').replace(NON_LETTER, '');
}

// Letter correspondences between romanisations of the same name, applied in order to a folded word.
// Each is a general pattern of transliteration (Russian, Arabic, Persian, Turkic, German), not a name.
const TRANSLIT: Array<[RegExp, string]> = [
  [/([^aeiou])ah$/g, '$1a'], // Arabic ta marbuta written -ah or -a: Ramallah / Ramalla, Aqabah / Aqaba (before kh, gh)
  [/dzh|dj|zh/g, 'j'], // Dzhokhar / Djokhar / Jokhar
  [/tch|tsch/g, 'ch'],
  [/sch/g, 'sh'],
  [/kh/g, 'h'], // Karabakh / Karabah, Khan / Han
  [/gh/g, 'h'], // Karabagh / Karabakh
  [/ph/g, 'f'],
  [/dh/g, 'd'], // Qadhafi / Qaddafi
  [/ck|q/g, 'k'],
  [/w/g, 'v'], // Wladimir / Vladimir
  [/our$/g, 'or'], // Labour / Labor (British and American spelling)
  [/ou/g, 'u'], // Abdoul / Abdul
  [/([aou])e/g, '$1'], // Schroeder / Schroder (ä ö ü written ae oe ue)
  [/ij|iy|yy|y/g, 'i'], // Zelenskiy / Zelenskyy / Zelensky, Aliyev / Aliev
  [/ff$/g, 'v'], // Smirnoff / Smirnov
  [/(.)\1+/g, '$1'], // doubled letters: Gaddafi / Gadafi
];

/** The transliteration key: spellings with one key are one name written in two romanisations. */
export function translitKey(word: string): string {
  let key = keys.get(word);
  if (key !== undefined) return key;
  key = foldName(word);
  for (const [re, to] of TRANSLIT) key = key.replace(re, to);
  remember(keys, word, key);
  return key;
}

const VOWELS = /[aeiou]/g;
const skeletons = new Map<string, string>();
/**
 * The consonant skeleton of a name: its transliteration key with the vowels between the first and the last
 * letter left out ("hovanesian", "hovanisian" → "hvnsn"; Yassen, Yassin → "ysn"). Romanisations of Arabic, Hebrew and
 * Slavic names differ most in their vowels; the skeleton alone is loose, so the rule uses it only with the
 * evidence of context (a given name or title shared), for long names (`SKELETON_MIN` letters of key).
 */
export function skeletonKey(word: string): string {
  let key = skeletons.get(word);
  if (key !== undefined) return key;
  const t = translitKey(word);
  // The last letter stays, vowel or not: an ending makes a derivation (Azerbaijani, Azerbaijan).
  key = t.length > 1 ? t[0] + t.slice(1, -1).replace(VOWELS, '') + t[t.length - 1] : t;
  remember(skeletons, word, key);
  return key;
}
/**
 * Whether two keys have their vowels in the same places (each run of vowels one slot): vowels written for
 * vowels (Ereven, Erevan; Moslems, Muslims), not a vowel where the other has none (Terakki, Turkey).
 */
export function sameShape(a: string, b: string): boolean {
  const shape = (w: string) => w.replace(/[aeiou]+/g, 'V').replace(/[^V]/g, 'C');
  return shape(a) === shape(b);
}
/** How long a transliteration key must be for its skeleton to count. */
export const SKELETON_MIN = 6;
/** How long a key must be for one changed letter to be a slip rather than another name. */
const SLIP_CHANGE_MIN = 8;

/** Double Metaphone codes (primary, secondary). */
export function phoneticKeys(word: string): [string, string] {
  let codes = sounds.get(word);
  if (!codes) {
    codes = doubleMetaphone(foldName(word)) as [string, string];
    remember(sounds, word, codes);
  }
  return codes;
}

/** Damerau-Levenshtein (optimal string alignment) distance, or `max + 1` once it exceeds `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({length: n + 1}, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}

/** How many edits a key of this length may take and still be the same name. */
export function editBound(length: number): number {
  if (length < 5) return 0;
  if (length < 9) return 1;
  return 2;
}

// Endings that make a derivation or an inflection of a name: Canada/Canadian, Turks/Turkish,
// Israel/Israeli, Serbia/Serbs, Marx/Marxist, Japan/Japanese, Kurd/Kurdistan, and the pet form of a
// given name (Steve/Stevie).
const DERIVATIONAL = new Set(['', 'a', 'i', 'n', 's', 'y', 'an', 'ia', 'ian', 'ians', 'ans', 'ns', 'es', 'is', 'ese', 'ish', 'ic', 'ics', 'ism', 'ist', 'ists', 'ite', 'ites', 'ni', 'ns', 'stan', 'istan', 'land', 'ers', 'er', 'ern', 'ie']);

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** How long the stem before -us/-ia must be (Marcus/Marcia, stem "marc", are two given names). */
const REGION_STEM_MIN = 5;
/**
 * Whether two folded spellings are one region's name with the Latin ending -us and the English -ia on
 * one stem (Caucasus, Caucasia). Not -ius against -ia (Claudius, Claudia; Cornelius, Cornelia: a man's and
 * a woman's name), which leaves a different stem; not a derivation (Caucasian ends in -ian).
 */
export function isRegionEnding(a: string, b: string): boolean {
  const [us, ia] = a.endsWith('us') ? [a, b] : [b, a];
  if (!us.endsWith('us') || !ia.endsWith('ia')) return false;
  const stem = us.slice(0, -2);
  return stem.length >= REGION_STEM_MIN && stem === ia.slice(0, -2) && !stem.endsWith('i');
}

/** How long a name must be for an initial y before a vowel to be a romanisation's (Yerevan, Erevan). */
const DROPPED_Y_MIN = 7;
/**
 * Whether `withY` is `other` with a y before its first vowel (Russian е, ю, я romanised ye, yu, ya or e,
 * u, a: Yerevan/Erevan, Yevgeny/Evgeny), in a name of seven letters or more: a shorter one makes other
 * names too often (Yates, Ates).
 */
export function isDroppedY(withY: string, other: string): boolean {
  const f = foldName(withY);
  const o = foldName(other);
  if (f.length < DROPPED_Y_MIN || f[0] !== 'y' || !/[aeiou]/.test(f[1]) || o[0] !== f[1]) return false;
  return translitKey(withY.slice(1)) === translitKey(other);
}

/** Whether two folded spellings differ only by a derivational or inflectional ending. */
export function isDerivation(a: string, b: string): boolean {
  const p = commonPrefix(a, b);
  if (p < 3) return false;
  return DERIVATIONAL.has(a.slice(p)) && DERIVATIONAL.has(b.slice(p));
}

const APOSTROPHES = /[’‘ʼ`]/g;

/** What the dictionary says of a spelling: an ordinary English word (bit 1), a dictionary proper noun (bit 2). */
export const LEX_ORDINARY = 1;
export const LEX_PROPER = 2;
export function lexicalFlags(word: string): number {
  // Cached: two lookups in the large dictionary tables cost more than one in a map of the names seen.
  let flags = lexical.get(word);
  if (flags === undefined) {
    flags = (isOrdinaryWord(word) ? LEX_ORDINARY : 0) | (isDictionaryProperNoun(word) ? LEX_PROPER : 0);
    remember(lexical, word, flags);
  }
  return flags;
}

/**
 * Why two spellings are not compared at all, if so (the guards the doc page lists). `named`: the two
 * stand in one name (the same word before both, as in "Los Angeles", "Los Angles"; or a full name and the
 * surname alone resuming it), which outweighs the dictionary: two dictionary words there are one name.
 * `lexA`, `lexB`: the spellings' dictionary flags when the caller has them (see `lexicalFlags`).
 */
export function guard(a: string, b: string, named = false, lexA = lexicalFlags(a), lexB = lexicalFlags(b)): string | undefined {
  const fa = foldName(a);
  const fb = foldName(b);
  if (a.toLowerCase() === b.toLowerCase()) return 'case only';
  if (a.replace(APOSTROPHES, "'") === b.replace(APOSTROPHES, "'")) return 'apostrophe style';
  if (fa.length < 4 || fb.length < 4) return 'too short';
  if (lexA & LEX_ORDINARY && lexB & LEX_ORDINARY && !isSpellingVariant(fa, fb)) return 'English words';
  if (!named && lexA & LEX_PROPER && lexB & LEX_PROPER) return 'two dictionary names';
  // Hyphenated names that differ in a short part: Kim Jong-un / Kim Jong-il.
  const pa = a.split(/[-‐]/);
  const pb = b.split(/[-‐]/);
  if (pa.length > 1 && pa.length === pb.length) {
    for (let i = 0; i < pa.length; i++) if (foldName(pa[i]) !== foldName(pb[i]) && Math.min(pa[i].length, pb[i].length) <= 3) return 'short part differs';
  }
  return undefined;
}

export interface Similarity {
  same: boolean;
  /** How strong the match is: one transliteration key, spellings that sound alike, or a slip of one letter. */
  kind?: 'transliteration' | 'sound' | 'slip';
  /** A slip in a short word (five letters): the rule asks for more evidence (a one-off beside a frequent name). */
  short?: boolean;
  /** How the spellings were matched, or why they were kept apart. */
  why: string;
  /** A region's Latin -us and English -ia on one stem (Caucasus, Caucasia): the rule asks more of it. */
  regionEnding?: boolean;
}

/**
 * Whether two spellings are one name, from the spellings alone. `related` is the evidence of context
 * (same given name before both): it allows one more edit. `sideBySide`: the corpus has both spellings in
 * the same articles, in two articles or more (one referent written two ways in the same contexts), which
 * lets vowels alone differ in a long name without a given name.
 */
export function sameName(a: string, b: string, related = false, named = false, lexA = lexicalFlags(a), lexB = lexicalFlags(b), sideBySide = false): Similarity {
  const kept = guard(a, b, named, lexA, lexB);
  if (kept) return {same: false, why: kept};
  const ka = translitKey(a);
  const kb = translitKey(b);
  if (lexA & LEX_ORDINARY && lexB & LEX_ORDINARY) return {same: true, kind: 'transliteration', why: 'British and American spelling'};
  if (ka === kb) return {same: true, kind: 'transliteration', why: 'transliteration'};
  const fa = foldName(a);
  const fb = foldName(b);
  if (isRegionEnding(fa, fb)) return {same: true, kind: 'transliteration', why: 'region ending -us/-ia', regionEnding: true};
  if (isDroppedY(a, b) || isDroppedY(b, a)) return {same: true, kind: 'transliteration', why: 'initial y dropped'};
  if (fa.startsWith(fb) || fb.startsWith(fa) || isDerivation(fa, fb) || isDerivation(ka, kb)) return {same: false, why: 'derivation'};
  const shorter = Math.min(ka.length, kb.length);
  const bound = editBound(shorter) + (related ? 1 : 0);
  if (bound === 0) return {same: false, why: 'too short to differ'};
  // The distance of the transliteration keys, or of the folded spellings when the folding took letters
  // the spellings do not share (Israeli folds to "israli", Isareli does not).
  const fa2 = foldName(a);
  const fb2 = foldName(b);
  const distance = Math.min(boundedDistance(ka, kb, bound), boundedDistance(fa2, fb2, bound));
  // Vowels written differently (one or two more or less, "ee" for "i") in a long name, where the context
  // says it is one name (a given name or title before both, or both spellings side by side in several
  // articles): a transliteration.
  if (distance > bound && (related || named || (sideBySide && sameShape(ka, kb))) && shorter >= SKELETON_MIN && ka[0] === kb[0] && ka[ka.length - 1] === kb[kb.length - 1] && skeletonKey(a) === skeletonKey(b) && skeletonKey(a).length >= 4) return {same: true, kind: 'transliteration', why: 'vowels transliterated'};
  // A letter typed in the wrong place, further than next door (Instabul): two edits, one slip of the hand.
  if (distance > bound) return shorter >= 6 && isMovedLetter(fa2, fb2) ? {same: true, kind: 'slip', why: 'one letter moved'} : {same: false, why: 'too different'};
  // An edit of the first letter is a different name (Regan/Megan) unless they sound alike (Gaddafi/Qaddafi).
  const [pa, sa] = phoneticKeys(a);
  const [pb, sb] = phoneticKeys(b);
  const soundAlike = pa === pb || pa === sb || sa === pb || (sa !== '' && sa === sb);
  // Names that differ in their first letter alone are different names (Gates, Kates), unless long
  // and alike in sound (Gaddafi, Qaddafi); an added or lost first letter makes another name (Elena, Jelena).
  if (ka[0] !== kb[0]) {
    if (!soundAlike || ka.length !== kb.length || shorter < 6) return {same: false, why: 'different first letter'};
  }
  if (soundAlike) return {same: true, kind: 'sound', why: 'sounds alike'};
  // A slip of the pen: one letter left out, added or swapped (Washinton, Hilter). A changed letter makes
  // another name (Carrey, Casey), so it does not count. Five-letter words are marked short: a slip there
  // makes other names too often (Maria, Marina) for the spelling alone to tell.
  if (distance === 1 && shorter >= 5 && (isSlip(ka, kb) || isSlip(fa2, fb2))) return {same: true, kind: 'slip', why: 'one letter slipped', ...(shorter < 6 ? {short: true} : {})};
  // In a long name (eight letters or more) a changed letter is a slip too: few other names lie one letter away.
  if (distance === 1 && shorter >= SLIP_CHANGE_MIN) return {same: true, kind: 'slip', why: 'one letter changed'};
  return {same: false, why: 'sounds different'};
}

// British and American spellings of one word: Labour/Labor, Centre/Center, Organise/Organize.
const SPELLING_VARIANTS: Array<[RegExp, string]> = [[/our(s?)$/, 'or$1'], [/re(s?)$/, 'er$1'], [/is(e|es|ed|ing|ation|ations)$/, 'iz$1']];

/** Whether two folded words are British and American spellings of one word. */
export function isSpellingVariant(a: string, b: string): boolean {
  if (a === b) return false;
  const norm = (w: string) => SPELLING_VARIANTS.reduce((x, [re, to]) => x.replace(re, to), w);
  return norm(a) === norm(b);
}

/** Whether one letter of `a` stands elsewhere in `b`, the rest unchanged (Instabul/Istanbul); not the first. */
export function isMovedLetter(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  let j = a.length - 1;
  while (a[j] === b[j]) j--;
  if (i === 0 || j - i < 2) return false;
  const x = a.slice(i, j + 1);
  const y = b.slice(i, j + 1);
  return (x.slice(1) === y.slice(0, -1) && x[0] === y[y.length - 1]) || (y.slice(1) === x.slice(0, -1) && y[0] === x[x.length - 1]);
}

/**
 * The key of an ordinary word under which its British and American spellings meet (Labour and Labor
 * both give "labor"): ordinary words are paired only through it.
 */
export function spellingVariantKey(word: string): string {
  let key = variantKeys.get(word);
  if (key === undefined) {
    key = SPELLING_VARIANTS.reduce((x, [re, to]) => x.replace(re, to), foldName(word));
    remember(variantKeys, word, key);
  }
  return key;
}

/** Whether two strings at distance one differ by a letter left out, added, or two letters swapped. */
export function isSlip(a: string, b: string): boolean {
  if (a.length !== b.length) return true;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Keys under which a spelling is indexed to find its look-alikes: its key and the key less one letter. */
export function blockingKeys(word: string): string[] {
  const set = new Set<string>();
  for (const key of new Set([translitKey(word), foldName(word)])) {
    set.add(key);
    for (let i = 0; i < key.length; i++) set.add(key.slice(0, i) + key.slice(i + 1));
  }
  return [...set];
}

/** FNV-1a of `key` without its character at `skip` (-1: the whole key). */
function hashKey(key: string, skip: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) if (i !== skip) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** The blocking keys in their order of generation, repeats kept: `rawKey(word, i)` ↔ `blockingKeyHashes(word)[i]`. */
function rawKeys(word: string): string[] {
  const t = translitKey(word);
  const f = foldName(word);
  return t === f ? [t] : [t, f];
}
/** The skeleton as one more blocking key (whole, no letter left out), for long names only. */
function skeletonBlock(word: string): string | undefined {
  return translitKey(word).length >= SKELETON_MIN ? '\u0001' + skeletonKey(word) : undefined;
}
/** The stem of a name ending in -us or -ia as one more blocking key (Caucasus, Caucasia meet there). */
function regionBlock(word: string): string | undefined {
  const f = foldName(word);
  return f.length >= REGION_STEM_MIN + 2 && (f.endsWith('us') || f.endsWith('ia')) ? '\u0002' + f.slice(0, -2) : undefined;
}
/** The whole keys after the bases and their one-letter-less forms: the skeleton, the region stem. */
function extraBlocks(word: string): string[] {
  const out: string[] = [];
  const sk = skeletonBlock(word);
  if (sk !== undefined) out.push(sk);
  const region = regionBlock(word);
  if (region !== undefined) out.push(region);
  return out;
}
function rawKey(bases: string[], index: number, word?: string): string {
  for (const key of bases) {
    if (index <= key.length) return index === 0 ? key : key.slice(0, index - 1) + key.slice(index);
    index -= key.length + 1;
  }
  if (word !== undefined) {
    const extra = extraBlocks(word);
    if (index < extra.length) return extra[index];
  }
  throw new RangeError('no such blocking key');
}

/**
 * 32-bit hashes of the blocking keys of a word (its keys, then each less one letter; a repeated key
 * only repeats a pair already found), computed without building the keys: what the per-process cache
 * keeps (a few bytes a key instead of a string each). Equal hashes are confirmed on the keys themselves.
 */
export function blockingKeyHashes(word: string): Int32Array {
  let out = blocks.get(word);
  if (out) return out;
  const bases = rawKeys(word);
  const extra = extraBlocks(word);
  let n = extra.length;
  for (const key of bases) n += key.length + 1;
  out = new Int32Array(n);
  let k = 0;
  for (const key of bases) for (let skip = -1; skip < key.length; skip++) out[k++] = hashKey(key, skip);
  for (const key of extra) out[k++] = hashKey(key, -1);
  remember(blocks, word, out);
  return out;
}

/**
 * The pairs of `words` that share a blocking key, each as [earlier, later] indices, in the order a
 * multimap key → words (filled word by word, key by key) would find them. The multimap is a hash table of
 * typed arrays reused from call to call; a pair is confirmed on the key strings. `known`: the words'
 * `blockingKeyHashes` when the caller has them.
 */
export function blockedPairs(words: readonly string[], found: (earlier: number, later: number) => void, known?: readonly Int32Array[]): void {
  let total = 0;
  const hashes: Int32Array[] = [];
  for (let i = 0; i < words.length; i++) {
    const h = known !== undefined ? known[i] : blockingKeyHashes(words[i]);
    hashes.push(h);
    total += h.length;
  }
  if (total === 0) return;
  let size = table.slots.length;
  if (size < total * 2) {
    while (size < total * 2) size *= 2;
    table = newTable(size, size);
  } else if (table.occWord.length < total) table = newTable(size, total);
  const {slots, slotHash, slotHead, slotTail, occWord, occKey, occNext} = table;
  const mask = size - 1;
  // A slot is in use when it holds this call's stamp (no clearing between calls).
  if (++stamp === 0x7fffffff) {
    slots.fill(0);
    stamp = 1;
  }
  const keyOf = (word: number, index: number): string => rawKey(rawKeys(words[word]), index, words[word]);
  let occ = 0;
  for (let wi = 0; wi < words.length; wi++) {
    const hs = hashes[wi];
    for (let j = 0; j < hs.length; j++) {
      const h = hs[j];
      let slot = (h ^ (h >>> 15)) & mask;
      while (slots[slot] === stamp && slotHash[slot] !== h) slot = (slot + 1) & mask;
      occWord[occ] = wi;
      occKey[occ] = j;
      occNext[occ] = -1;
      if (slots[slot] !== stamp) {
        slots[slot] = stamp;
        slotHash[slot] = h;
        slotHead[slot] = occ;
      } else {
        // The key string is built only against another word's key (a word repeats its own keys when it
        // has a doubled letter, or when its transliteration key and folding differ by a letter).
        let key: string | undefined;
        for (let o = slotHead[slot]; o !== -1; o = occNext[o]) if (occWord[o] !== wi && keyOf(occWord[o], occKey[o]) === (key ??= keyOf(wi, j))) found(occWord[o], wi);
        occNext[slotTail[slot]] = occ;
      }
      slotTail[slot] = occ;
      occ++;
    }
  }
}

interface BlockTable {
  slots: Int32Array;
  slotHash: Int32Array;
  slotHead: Int32Array;
  slotTail: Int32Array;
  occWord: Int32Array;
  occKey: Int32Array;
  occNext: Int32Array;
}
function newTable(size: number, occurrences: number): BlockTable {
  return {
    slots: new Int32Array(size),
    slotHash: new Int32Array(size),
    slotHead: new Int32Array(size),
    slotTail: new Int32Array(size),
    occWord: new Int32Array(occurrences),
    occKey: new Int32Array(occurrences),
    occNext: new Int32Array(occurrences),
  };
}
let table = newTable(4096, 4096);
let stamp = 0;
