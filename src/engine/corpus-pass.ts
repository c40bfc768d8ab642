// The second pass: fold every file's corpus facts into one summary per corpus rule, then let each
// file's facts meet the summary. No file is read or parsed again.
import {isCorpusRule, type CorpusRule, type LintMessage, type Problem} from '../types.js';
import type {EffectiveConfig} from '../config/load.js';
import {rules as allRules} from '../../rules/index.js';
import {toMessage, crashMessage} from './rule-plugin.js';
import {guardFixes, dropForeign, type FileResult} from './process-file.js';
import {factParts, shiftMessage} from './segments.js';
import {applyDirectives} from './directives.js';
import {ruleIds} from '../../rules/index.js';
import {markFixable} from './select-fixes.js';

export interface CorpusInput {
  result: FileResult;
  config: EffectiveConfig;
}

export type Summaries = Map<string, {summary: unknown; error?: unknown}>;

/** Report order: by place, then rule id. */
export function compareMessages(a: LintMessage, b: LintMessage): number {
  return a.place.start.offset - b.place.start.offset || a.place.end.offset - b.place.end.offset || a.ruleId.localeCompare(b.ruleId);
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
  return {...input.result, messages: markFixable(applyDirectives(all, input.result.directives, ruleIds).sort(compareMessages), input.result.guards)};
}

/** Summaries by rule id. A summary is plain data; `summarize` is a fold, so partial summaries merge. */
export function summarizeAll(inputs: Iterable<CorpusInput>): Summaries {
  const out: Summaries = new Map();
  const list = [...inputs];
  for (const rule of allRules) {
    if (!isCorpusRule(rule)) continue;
    const withRule = list.filter((i) => i.config.rules.has(rule.meta.id) && factParts(i.result, rule.meta.id).length > 0);
    if (withRule.length === 0) continue;
    const options = withRule[0].config.rules.get(rule.meta.id)!.options;
    try {
      // A file linted in segments gives one set of facts per segment.
      out.set(rule.meta.id, {summary: rule.summarize(withRule.flatMap((i) => factParts(i.result, rule.meta.id).map((p) => p.facts)), options)});
    } catch (error) {
      out.set(rule.meta.id, {summary: undefined, error});
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
    if (!setting || parts.length === 0) continue;
    const rule = allRules.find((r) => r.meta.id === id) as CorpusRule<Record<string, unknown>>;
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
  return dropForeign(guardFixes(messages, input.result.guards), input.result.foreign);
}
