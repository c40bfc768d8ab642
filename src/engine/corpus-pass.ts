// The second pass: fold every file's corpus facts into one summary per corpus rule, then let each
// file's facts meet the summary. No file is read or parsed again.
import {isCorpusRule, type CorpusRule, type LintMessage, type Problem} from '../types.js';
import type {EffectiveConfig} from '../config/load.js';
import {toMessage, crashMessage} from './rule-plugin.js';
import {guardFixes, dropForeign, type FileResult} from './process-file.js';
import {factParts, shiftMessage} from './segments.js';
import {applyDirectives, DIRECTIVE_RULE} from './directives.js';
import {markFixable} from './select-fixes.js';
import {compareIds} from '../util/compare-ids.js';

export interface CorpusInput {
  result: FileResult;
  config: EffectiveConfig;
}

export type Summaries = Map<string, {summary: unknown; error?: unknown}>;

/** Report order: by place, then rule id. */
export function compareMessages(a: LintMessage, b: LintMessage): number {
  return a.place.start.offset - b.place.start.offset || a.place.end.offset - b.place.end.offset || compareIds(a.ruleId, b.ruleId);
}

/**
 * Pass 2 for one file: its file rules' messages and the corpus rules' messages from its facts and the
 * summaries, then inline directives, in report order. The one place this is done (a run, --fix, the
 * language server).
 */
export function secondPass(input: CorpusInput, summaries: Summaries): FileResult {
  return withCorpusMessages(input, corpusMessages(input, summaries));
}

/**
 * A file's result with the corpus rules' messages added, inline directives applied, in report order, and
 * `fixable` only on the fixes one round of --fix applies (src/engine/select-fixes.ts).
 */
export function withCorpusMessages(input: CorpusInput, corpus: LintMessage[]): FileResult {
  const all = corpus.length ? [...input.result.messages, ...corpus] : [...input.result.messages];
  return {...input.result, messages: markFixable(applyDirectives(all, input.result.directives, input.config.known).sort(compareMessages), input.result.guards)};
}

/**
 * A file already through pass 2, judged again against new summaries (after --fix changed other files):
 * its file rules' messages stay as they are (directives applied already), its corpus rules' messages are
 * made again and meet the same directives (an unused-directive message is not repeated).
 */
export function rejudgeCorpus(input: CorpusInput, summaries: Summaries): FileResult {
  const own = input.result.messages.filter((m) => !isCorpusRuleOf(input.config, m.ruleId));
  const fresh = applyDirectives(corpusMessages(input, summaries), input.result.directives, input.config.known).filter((m) => m.ruleId !== DIRECTIVE_RULE);
  return {...input.result, messages: markFixable([...own, ...fresh].sort(compareMessages), input.result.guards)};
}

function isCorpusRuleOf(config: EffectiveConfig, id: string): boolean {
  const setting = config.rules.get(id);
  return setting !== undefined && isCorpusRule(setting.rule);
}

/** The corpus rules the inputs' configurations turn on, by id (the first configuration's options). */
function corpusRules(inputs: readonly CorpusInput[]): Map<string, {rule: CorpusRule<Record<string, unknown>>; options: Record<string, unknown>}> {
  const out = new Map<string, {rule: CorpusRule<Record<string, unknown>>; options: Record<string, unknown>}>();
  for (const input of inputs) {
    for (const [id, setting] of input.config.rules) {
      if (!out.has(id) && isCorpusRule(setting.rule) && factParts(input.result, id).length > 0) out.set(id, {rule: setting.rule, options: setting.options});
    }
  }
  return out;
}

/** Every facts of rule `id` in `inputs` that turn it on (a file linted in segments gives one per segment). */
function factsOf(inputs: readonly CorpusInput[], id: string): unknown[] {
  return inputs.flatMap((i) => (i.config.rules.has(id) ? factParts(i.result, id).map((p) => p.facts) : []));
}

/** Summaries by rule id. A summary is plain data; `summarize` is a fold over every file's facts. */
export function summarizeAll(inputs: Iterable<CorpusInput>): Summaries {
  const out: Summaries = new Map();
  const list = [...inputs];
  const rules = [...corpusRules(list)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [id, {rule, options}] of rules) {
    try {
      out.set(id, {summary: rule.summarize(factsOf(list, id), options)});
    } catch (error) {
      out.set(id, {summary: undefined, error});
    }
  }
  return out;
}

/**
 * Summaries of `base` (the other files' summaries) with one more file's facts merged in: what the language
 * server does per keystroke instead of folding the whole corpus again. A rule without `merge` (a plugin's)
 * is folded again from `others`.
 */
export function summariesPlus(base: Summaries, others: readonly CorpusInput[], self: CorpusInput): Summaries {
  const out: Summaries = new Map(base);
  for (const [id, {rule, options}] of corpusRules([self])) {
    const known = base.get(id);
    if (known?.error) continue;
    try {
      const parts = factParts(self.result, id).map((p) => p.facts);
      if (!known) out.set(id, {summary: rule.summarize(parts, options)});
      else if (rule.merge) out.set(id, {summary: parts.reduce((s, f) => rule.merge!(s, f, options), known.summary)});
      else out.set(id, {summary: rule.summarize(factsOf([...others, self], id), options)});
    } catch (error) {
      out.set(id, {summary: undefined, error});
    }
  }
  return out;
}

/** The corpus rules' messages for one file. */
export function corpusMessages(input: CorpusInput, summaries: Summaries): LintMessage[] {
  const messages: LintMessage[] = [];
  for (const [id, {summary, error}] of summaries) {
    const setting = input.config.rules.get(id);
    const parts = factParts(input.result, id);
    if (!setting || parts.length === 0 || !isCorpusRule(setting.rule)) continue;
    const rule = setting.rule;
    if (error) {
      messages.push(crashMessage(id, error));
      continue;
    }
    for (const part of parts) {
      try {
        rule.check(part.facts, summary, (p: Problem) => {
          const m = toMessage(rule, setting.level, p);
          messages.push(part.at ? shiftMessage(m, part.at) : m);
        }, setting.options, input.result.path);
      } catch (e) {
        messages.push(crashMessage(id, e));
        break;
      }
    }
  }
  return dropForeign(guardFixes(messages, input.result.guards, input.config), input.result.foreign, input.config);
}
