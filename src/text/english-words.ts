// The English lexicon used by the name views: which capitalised words are ordinary English words
// ("There", "Police", "Turkey") and which are dictionary proper nouns ("Iran", "Austria").
// Source: the `dictionary-en` package (wooorm's Hunspell dictionary built from SCOWL, maintained with
// the retext tools we already use). Its .dic stems are expanded with the .aff suffix rules (plural,
// possessive, -ed, -ing, ...), so "Policies" is known as well as "policy". Loaded once per process, lazily.
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';

export interface Lexicon {
  /** Lower-case forms of ordinary words (entries written in lower case). */
  words: Set<string>;
  /** Proper nouns as written in the dictionary (entries that start with a capital), with their suffixed forms. */
  proper: Set<string>;
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
  return {words, proper};
}

export function englishLexicon(): Lexicon {
  lexicon ??= load();
  return lexicon;
}

/** Whether a word, in any case, is an ordinary English word ("There", "POLICE", "policies"). */
export function isOrdinaryWord(word: string): boolean {
  const lower = word.toLowerCase();
  const {words} = englishLexicon();
  if (words.has(lower)) return true;
  // Possessive and plural forms the affix file does not produce for every stem.
  if (lower.endsWith("'s") || lower.endsWith('’s')) return words.has(lower.slice(0, -2));
  return false;
}

/** Whether a capitalised word is a proper noun of the dictionary ("Iran", "Australia's"). */
export function isDictionaryProperNoun(word: string): boolean {
  return englishLexicon().proper.has(word);
}
