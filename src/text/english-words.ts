// The English lexicon used by the name views: which capitalised words are ordinary English words
// ("There", "Police", "Turkey") and which are dictionary proper nouns ("Iran", "Austria").
// Source: the `dictionary-en` package (wooorm's Hunspell dictionary built from SCOWL, maintained with
// the retext tools we already use). Its .dic stems are expanded with the .aff suffix rules (plural,
// possessive, -ed, -ing, ...), so "Policies" is known as well as "policy". Loaded once per process,
// lazily (only when a question needs it: a warm cached run never does), and kept compact: each list is
// one string of its words and an open-addressing hash table of their offsets (~2 MB instead of ~18 MB
// of Set entries); a word is looked up straight from a text range, without slicing or lower-casing.
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';

/** A set of words in one string, looked up by a range of another string (ASCII case folded on demand). */
class WordTable {
  private readonly text: string;
  /** Start of each word in `text` (words are separated by '\n'); `starts[n]` is the end sentinel. */
  private readonly starts: Int32Array;
  /** Slot → word index + 1 (0: empty). */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(words: Iterable<string>) {
    const list = [...words];
    this.text = list.join('\n') + '\n';
    this.starts = new Int32Array(list.length + 1);
    let at = 0;
    for (let i = 0; i < list.length; i++) {
      this.starts[i] = at;
      at += list[i].length + 1;
    }
    this.starts[list.length] = at;
    let size = 1024;
    while (size < list.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < list.length; i++) {
      let slot = hashRange(this.text, this.starts[i], this.starts[i + 1] - 1, false) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = i + 1;
    }
  }

  /** Whether `s[start, end)` is in the table; `fold`: ASCII capitals compare as lower case. */
  has(s: string, start: number, end: number, fold: boolean): boolean {
    const text = this.text;
    const starts = this.starts;
    let slot = hashRange(s, start, end, fold) & this.mask;
    const length = end - start;
    for (;;) {
      const entry = this.slots[slot];
      if (entry === 0) return false;
      const from = starts[entry - 1];
      if (starts[entry] - 1 - from === length) {
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

function hashRange(s: string, start: number, end: number, fold: boolean): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (fold && c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return (h ^ (h >>> 15)) >>> 0;
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

function load(): Lexicon {
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
  return {words: new WordTable(words), proper: new WordTable(proper)};
}

export function englishLexicon(): Lexicon {
  lexicon ??= load();
  return lexicon;
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
