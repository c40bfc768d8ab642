// The English lexicon used by the name views: which capitalised words are ordinary English words
// ("There", "Police", "Turkey") and which are dictionary proper nouns ("Iran", "Austria").
// Source: the `dictionary-en` package (wooorm's Hunspell dictionary built from SCOWL, maintained with
// the retext tools we already use). Its .dic stems are expanded with the .aff suffix rules (plural,
// possessive, -ed, -ing, ...), so "Policies" is known as well as "policy". The expansion is shipped
// in rules/data/names-english-words.json (`expandDictionary()`; a test checks it against the installed
// dictionary), so a process reads two strings instead of expanding ~50k stems (~250 ms, ~40 MB of
// transient heap). Loaded once per process, lazily (only when a question needs it: a warm cached run
// never does), and kept compact: each list is one string of its words and an open-addressing hash
// table of their offsets; a word is looked up straight from a text range, without slicing or lower-casing.
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {packageRoot, readData} from '../package-info.js';
import {hashRange} from './ascii-words.js';

/** A set of words in one string, looked up by a range of another string (ASCII case folded on demand). */
class WordTable {
  private readonly text: string;
  /** Start of each word in `text` (words are separated by '\n'); `starts[n]` is the end sentinel. */
  private readonly starts: Int32Array;
  /** Per slot, two entries: word index + 1 (0: empty), then the word's hash. A probe compares the hash
   * beside the index before it reads the word (a lookup touches one place in memory for each slot it
   * passes, not three: the table is large and most of it is out of the processor's caches). */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `text`: the words, each followed by '\n'. */
  constructor(text: string) {
    this.text = text;
    let n = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
    this.starts = new Int32Array(n + 1);
    let at = 0;
    for (let i = 0; i < n; i++) {
      this.starts[i] = at;
      at = text.indexOf('\n', at) + 1;
    }
    this.starts[n] = at;
    let size = 1024;
    while (size < n * 2) size *= 2;
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
    for (let i = 0; i < n; i++) {
      const h = hashRange(this.text, this.starts[i], this.starts[i + 1] - 1, false);
      let slot = h & this.mask;
      while (this.slots[2 * slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = i + 1;
      this.slots[2 * slot + 1] = h | 0;
    }
  }

  /** Whether `s[start, end)` is in the table; `fold`: ASCII capitals compare as lower case. */
  has(s: string, start: number, end: number, fold: boolean): boolean {
    const text = this.text;
    const starts = this.starts;
    const slots = this.slots;
    const h = hashRange(s, start, end, fold);
    const hash = h | 0;
    let slot = h & this.mask;
    const length = end - start;
    for (;;) {
      const entry = slots[2 * slot];
      if (entry === 0) return false;
      const from = slots[2 * slot + 1] === hash ? starts[entry - 1] : -1;
      if (from !== -1 && starts[entry] - 1 - from === length) {
        let i = 0;
        for (; i < length; i++) {
          let c = s.charCodeAt(start + i);
          if (fold && c >= 65 && c <= 90) c += 32;
          if (c !== text.charCodeAt(from + i)) break;
        }
        if (i === length) return true;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

export interface Lexicon {
  /** Lower-case forms of ordinary words (entries written in lower case). */
  words: WordTable;
  /** Proper nouns as written in the dictionary (entries that start with a capital), with their suffixed forms. */
  proper: WordTable;
}

let lexicon: Lexicon | undefined;

interface SuffixRule {
  strip: string;
  add: string;
  condition: RegExp;
}

function dictionaryFiles(): {aff: string; dic: string} {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('dictionary-en'));
  return {aff: fs.readFileSync(path.join(dir, 'index.aff'), 'utf8'), dic: fs.readFileSync(path.join(dir, 'index.dic'), 'utf8')};
}

function parseAffixes(aff: string, kind: 'SFX' | 'PFX'): Map<string, SuffixRule[]> {
  const rules = new Map<string, SuffixRule[]>();
  for (const line of aff.split('\n')) {
    const parts = line.trim().split(/\s+/);
    // "SFX flag strip add condition" (the header line "SFX flag Y count" has four fields); PFX alike.
    if (parts[0] !== kind || parts.length < 5) continue;
    const [, flag, strip, add, condition] = parts;
    const list = rules.get(flag) ?? [];
    const cond = condition === '.' ? '' : condition;
    list.push({strip: strip === '0' ? '' : strip, add: add === '0' ? '' : add.split('/')[0], condition: new RegExp(kind === 'SFX' ? `${cond}$` : `^${cond}`)});
    rules.set(flag, list);
  }
  return rules;
}

interface LexiconData {
  provenance: string;
  /** The dictionary-en version it was expanded from. */
  dictionary: string;
  /** Sorted, each word followed by '\n'. */
  words: string;
  proper: string;
}

function load(): Lexicon {
  const data = readData<LexiconData>('names-english-words.json');
  return {words: new WordTable(data.words), proper: new WordTable(data.proper)};
}

/** Rewrites rules/data/names-english-words.json from the installed dictionary-en (after an update). */
export function writeLexiconData(): void {
  const file = path.join(packageRoot, 'rules', 'data', 'names-english-words.json');
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as LexiconData;
  const {words, proper} = expandDictionary();
  fs.writeFileSync(file, JSON.stringify({provenance: data.provenance, dictionary: dictionaryVersion(), words, proper}, null, 1) + '\n');
}

/** The version of the installed dictionary-en. */
export function dictionaryVersion(): string {
  const dir = path.dirname(createRequire(import.meta.url).resolve('dictionary-en'));
  return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {version: string}).version;
}

/** The expansion of the installed dictionary-en (how rules/data/names-english-words.json is made). */
export function expandDictionary(): {words: string; proper: string} {
  const {aff, dic} = dictionaryFiles();
  const suffixes = parseAffixes(aff, 'SFX');
  // Prefixes (re-, un-, in-, ...): "return" is "turn" with the prefix re-, and takes its suffixes too.
  const prefixes = parseAffixes(aff, 'PFX');
  const words = new Set<string>();
  const proper = new Set<string>();
  const lines = dic.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const slash = line.indexOf('/');
    const stem = slash === -1 ? line : line.slice(0, slash);
    if (!/^\p{L}/u.test(stem)) continue;
    const target = /^\p{Lu}/u.test(stem) ? proper : words;
    const add = (w: string) => target.add(target === words ? w.toLowerCase() : w);
    add(stem);
    if (slash === -1) continue;
    const flags = line.slice(slash + 1);
    const forms = [stem];
    for (const flag of flags) {
      const rules = suffixes.get(flag);
      if (!rules) continue;
      for (const r of rules) {
        if (!r.condition.test(stem)) continue;
        if (r.strip && !stem.endsWith(r.strip)) continue;
        const form = stem.slice(0, stem.length - r.strip.length) + r.add;
        add(form);
        forms.push(form);
      }
    }
    for (const flag of flags) {
      const rules = prefixes.get(flag);
      if (!rules) continue;
      for (const r of rules) {
        if (!r.condition.test(stem)) continue;
        for (const form of forms) add(r.add + form.slice(r.strip.length));
      }
    }
  }
  const joined = (set: Set<string>) => [...set].sort().map((w) => w + '\n').join('');
  return {words: joined(words), proper: joined(proper)};
}

export function englishLexicon(): Lexicon {
  if (lexicon === undefined) {
    lexicon = load();
    warmOrdinaryRange();
  }
  return lexicon;
}

/** isOrdinaryRange's non-ASCII path runs once the dictionary is loaded, so that it and its callers are optimised with it
 * (docs/performance.md, 'Why some code is written as it is'). */
function warmOrdinaryRange(): void {
  for (let k = 0; k < 64; k++) isOrdinaryRange('police', 0, 6);
  for (const w of ['café', 'Zoë’s', 'Ärger']) isOrdinaryRange(w, 0, w.length);
}

/** Whether `s[start, end)` has a character outside ASCII (lower-casing it may then change its length). */
function hasNonAscii(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (s.charCodeAt(i) > 127) return true;
  return false;
}

/** Whether a word, in any case, is an ordinary English word ("There", "POLICE", "policies"). */
export function isOrdinaryWord(word: string): boolean {
  return isOrdinaryRange(word, 0, word.length);
}

/** `isOrdinaryWord(s.slice(start, end))`, without the slice. */
export function isOrdinaryRange(s: string, start: number, end: number): boolean {
  const {words} = englishLexicon();
  if (hasNonAscii(s, start, end)) {
    // Unicode lower-casing (the dictionary is ASCII, but a few letters lower-case to ASCII).
    const lower = s.slice(start, end).toLowerCase();
    if (words.has(lower, 0, lower.length, false)) return true;
    if (lower.endsWith("'s") || lower.endsWith('’s')) return words.has(lower, 0, lower.length - 2, false);
    return false;
  }
  if (words.has(s, start, end, true)) return true;
  // Possessive and plural forms the affix file does not produce for every stem.
  const last = s.charCodeAt(end - 1);
  if (end - start >= 2 && (last === 115 || last === 83) && s.charCodeAt(end - 2) === 39) return words.has(s, start, end - 2, true);
  return false;
}

/** Whether a capitalised word is a proper noun of the dictionary ("Iran", "Australia's"). */
export function isDictionaryProperNoun(word: string): boolean {
  return englishLexicon().proper.has(word, 0, word.length, false);
}
