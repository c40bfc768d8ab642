// The contract between the engine and the rules. A rule is one small module that exports a
// FileRule or a CorpusRule; the engine (src/engine/rule-plugin.ts) stamps ruleId, source, url and
// severity on what it reports, so rules never repeat that.
import type {TextLayer} from './text/layer.js';

export type Level = 'off' | 'warn' | 'error';

/** A point in the original file: 1-based line and column, 0-based offset (UTF-16 units, BOM excluded). */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Place {
  start: Point;
  end: Point;
}

/** What a rule reports. `actual`/`expected` carry the fix as data: `place` is replaced by `expected[0]`. */
export interface Problem {
  reason: string;
  place: Place;
  actual?: string;
  expected?: string[];
  note?: string;
  /** A related place, e.g. where the canonical spelling is used (for the note and SARIF related locations). */
  cause?: {file?: string; place?: Place; message: string};
  /** Whether `expected` may be applied by `--fix` (a safe fix). Defaults to the rule's meta.fixable. */
  fixable?: boolean;
  /**
   * A label shared by messages of one kind ("navigation residue"): the stylish report shows a run of them on
   * consecutive lines as one range. Machine formats keep one message each.
   */
  group?: string;
}

/** A JSON-ish schema for options: used to validate config with JSON paths, and for the shipped JSON schema. */
export type OptionSchema =
  | {type: 'boolean'; description?: string}
  | {type: 'number'; minimum?: number; maximum?: number; integer?: boolean; description?: string}
  | {type: 'string'; enum?: string[]; description?: string; /** `regex`: a user regular expression, checked by the ReDoS guard. */ format?: 'regex'}
  | {type: 'array'; items: OptionSchema; description?: string}
  | {type: 'object'; properties: Record<string, OptionSchema>; description?: string}
  | {type: 'map'; values: OptionSchema; description?: string};

export interface RuleMeta<O> {
  id: string;
  description: string;
  /** Default severity in the recommended preset. */
  level: Exclude<Level, 'off'>;
  defaults: O;
  /** Schema of the options object: every key of `defaults` is described here. */
  schema: Record<string, OptionSchema>;
  fixable?: boolean;
  /** Whether the rule needs the whole corpus (a CorpusRule). */
  corpus?: boolean;
  /** Bump when the rule's behaviour changes: part of the cache key. */
  version?: number;
  /**
   * The one language (ISO 639-3) the rule reads, if it reads only one: the engine skips it on a file in
   * another language and drops what it reports inside a long paragraph in another (src/text/language.ts).
   */
  language?: string;
  /** The rule's documentation page (a plugin's own; a built-in rule's page is rules/<id>.md of this repository). */
  url?: string;
}

export interface Context<O> {
  /** Path of the file, relative to the working directory. */
  path: string;
  text: TextLayer;
  options: O;
  report(problem: Problem): void;
}

export interface FileRule<O = Record<string, unknown>> {
  meta: RuleMeta<O>;
  check(ctx: Context<O>): void;
}

export interface CorpusRule<O = Record<string, unknown>, Facts = unknown, Summary = unknown> {
  meta: RuleMeta<O> & {corpus: true};
  /** Per file, during its one parse. Pure; the result must be JSON-serialisable and carry the places it may report at. */
  collect(ctx: Omit<Context<O>, 'report'>): Facts;
  /** A fold over every file's facts (in any order): the corpus's summary. Pure. */
  summarize(facts: Iterable<Facts>, options: O): Summary;
  /**
   * One more file's facts added to a summary, as if `summarize` had seen them too: a new summary, the
   * given one untouched. The language server merges the edited buffer into the other files' summary
   * with it instead of folding the corpus again. Optional (without it, the corpus is folded again).
   */
  merge?(summary: Summary, facts: Facts, options: O): Summary;
  /** Per file, from its facts and the summary: no second parse. */
  check(facts: Facts, summary: Summary, report: (p: Problem) => void, options: O, path: string): void;
}

export type Rule = FileRule<any> | CorpusRule<any, any, any>;

export function isCorpusRule(rule: Rule): rule is CorpusRule<any, any, any> {
  return rule.meta.corpus === true;
}

/** A rule setting as written in config: a level, or [level, options]. */
export type RuleSetting = Level | 0 | 1 | 2 | [Level | 0 | 1 | 2] | [Level | 0 | 1 | 2, Record<string, unknown>];

/** A message as the engine keeps it between passes: plain data (cache, workers, shards). */
export interface LintMessage {
  ruleId: string;
  /** 2 error, 1 warning, 0 information (counts toward nothing: the exit code, --max-warnings). */
  severity: 0 | 1 | 2;
  reason: string;
  place: Place;
  actual?: string;
  expected?: string[];
  note?: string;
  url?: string;
  fixable?: boolean;
  cause?: Problem['cause'];
  group?: string;
}
