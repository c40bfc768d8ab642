// User-supplied patterns (phrases and regular expressions in rule options) must never hang a run.
// JavaScript's RegExp backtracks: `(a+)+$` on 30 `a`s and a `b` takes seconds, on 40 it takes hours; and
// a pattern need not repeat anything to explode: 40 groups of `(a|a)` then `b` try 2^40 paths on a
// 60-character line (issue 20). So every user pattern runs on re2js, a JavaScript port of RE2 whose matching
// is linear in the input, always. RE2 has no backreferences and no lookaround; a pattern that uses them is
// rejected with a message. Patterns are also bounded in length (MAX_PATTERN_LENGTH), and only the flags
// i, m, s, u are accepted.
//
// Rules call `compileUserPattern(source, {at, flags})` once per option value (at config time, e.g. in
// `collect`/`check` through a small cache keyed by the source) and then `pattern.test(text)` or
// `pattern.matches(text)`; `phrasePattern(words)` turns a literal phrase into a pattern (escaped,
// case-insensitive). `patternProblem(source, at)` is the validation form: it returns the message
// (for config validation, exit 2) instead of throwing.
import {createRequire} from 'node:module';
import type {RE2JS as RE2JSClass} from 're2js';

// Loaded on the first user pattern (re2js's own build for require): most runs have none, and loading it
// costs ~75 M instructions of every run's start.
let re2js: typeof RE2JSClass | undefined;
function RE2(): typeof RE2JSClass {
  return (re2js ??= (createRequire(import.meta.url)('re2js') as typeof import('re2js')).RE2JS);
}

export const MAX_PATTERN_LENGTH = 1000;
const FLAGS = new Set(['i', 'm', 's', 'u']);

export interface Match {
  /** UTF-16 offset of the match in the text. */
  index: number;
  end: number;
  text: string;
}

export interface SafePattern {
  readonly source: string;
  readonly flags: string;
  /** The engine that matches it: always re2 (linear time); kept so a test can say so. */
  readonly engine: 're2';
  test(text: string): boolean;
  /** Every non-overlapping match, left to right (an empty match advances one character). */
  matches(text: string): Match[];
}

export class PatternError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PatternError';
  }
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Why a user pattern is refused, or undefined if it is fine. `at` names the option (a JSON path). */
export function patternProblem(source: unknown, at: string, flags = ''): string | undefined {
  if (typeof source !== 'string') return `\`${at}\` must be a string (a regular expression), got ${source === null ? 'null' : typeof source}.`;
  if (source.length === 0) return `\`${at}\` is an empty regular expression: it would match everywhere.`;
  if (source.length > MAX_PATTERN_LENGTH) return `\`${at}\` is too long (${source.length} characters; at most ${MAX_PATTERN_LENGTH}).`;
  for (const f of flags) if (!FLAGS.has(f)) return `\`${at}\`: unsupported flag \`${f}\` (use i, m, s or u).`;
  try {
    new RegExp(source, flags.includes('u') ? flags : flags + 'u');
  } catch (error) {
    try {
      new RegExp(source, flags.replace('u', ''));
    } catch {
      return `\`${at}\` is not a valid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}.`;
    }
  }
  const RE2JS = RE2();
  try {
    RE2JS.compile(RE2JS.translateRegExp(source), re2Flags(flags));
  } catch (error) {
    return `\`${at}\` uses a feature that cannot be matched in linear time (backreferences and lookaround are not supported): ${(error as Error).message}.`;
  }
  return undefined;
}

function re2Flags(flags: string): number {
  const RE2JS = RE2();
  let out = 0;
  if (flags.includes('i')) out |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('m')) out |= RE2JS.MULTILINE;
  if (flags.includes('s')) out |= RE2JS.DOTALL;
  return out;
}

/** Compile a user regular expression so that matching it cannot hang. Throws PatternError with a clear message. */
export function compileUserPattern(source: string, options: {at: string; flags?: string}): SafePattern {
  const flags = options.flags ?? '';
  const problem = patternProblem(source, options.at, flags);
  if (problem) throw new PatternError(problem);
  const RE2JS = RE2();
  const re2 = RE2JS.compile(RE2JS.translateRegExp(source), re2Flags(flags));
  return {
    source, flags, engine: 're2',
    test: (text) => re2.matcher(text).find(),
    matches: (text) => {
      const out: Match[] = [];
      const m = re2.matcher(text);
      let from = 0;
      while (from <= text.length && m.find(from)) {
        const index = m.start();
        const end = m.end();
        out.push({index, end, text: text.slice(index, end)});
        from = end > index ? end : end + 1;
      }
      return out;
    },
  };
}

/** A literal phrase (words as written) as a safe, case-insensitive pattern matching whole words. */
export function phrasePattern(phrase: string, at = 'phrase'): SafePattern {
  const words = phrase.trim().split(/\s+/).filter(Boolean).map(escape);
  if (words.length === 0) throw new PatternError(`\`${at}\` is an empty phrase.`);
  // Word boundaries only where the phrase starts or ends with a word character.
  const body = words.join('\\s+');
  const start = /^\w/.test(phrase.trim()) ? '\\b' : '';
  const end = /\w$/.test(phrase.trim()) ? '\\b' : '';
  return compileUserPattern(`${start}${body}${end}`, {at, flags: 'i'});
}
