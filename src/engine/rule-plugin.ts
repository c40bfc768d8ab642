// One small wrapper turns a rule module into a unified plugin, as remark-lint's does: it stamps
// ruleId, doc url and severity on every message, so rules never do. A crash inside a rule becomes an
// error message on that file; the other rules still run.
import type {Plugin} from 'unified';
import type {Root as NlcstRoot} from 'nlcst';
import {isCorpusRule, type Level, type LintMessage, type Problem, type Rule} from '../types.js';
import type {TextLayer} from '../text/layer.js';
import {docsUrl} from '../package-info.js';

export const SOURCE = 'corpuslint';

/** What the engine's rule plugins read and fill on `file.data`. */
export interface FileData {
  layer: TextLayer;
  path: string;
  messages: LintMessage[];
  facts: Record<string, unknown>;
}

/** Turn a rule problem into the engine's plain message. */
export function toMessage(rule: Rule, level: Exclude<Level, 'off'>, p: Problem): LintMessage {
  const m: LintMessage = {
    ruleId: rule.meta.id,
    severity: level === 'error' ? 2 : 1,
    reason: p.reason,
    place: p.place,
  };
  const url = rule.meta.url ?? (rule.meta.id.includes('/') ? undefined : docsUrl(rule.meta.id));
  if (url !== undefined) m.url = url;
  if (p.actual !== undefined) m.actual = p.actual;
  if (p.expected !== undefined) m.expected = p.expected;
  if (p.note !== undefined) m.note = p.note;
  if (p.cause !== undefined) m.cause = p.cause;
  if (p.group !== undefined) m.group = p.group;
  const fixable = p.fixable ?? rule.meta.fixable ?? false;
  if (fixable && p.expected && p.expected.length > 0 && p.actual !== undefined) m.fixable = true;
  return m;
}

/** The message for a rule that threw while checking a file. */
export function crashMessage(ruleId: string, error: unknown, at = {line: 1, column: 1, offset: 0}): LintMessage {
  const why = error instanceof Error ? error.message : String(error);
  return {
    ruleId,
    severity: 2,
    reason: `Rule \`${ruleId}\` crashed on this file: ${why}`,
    place: {start: at, end: at},
    note: error instanceof Error && error.stack ? error.stack : undefined,
  };
}

/** Whether a message is a rule's crash (crashMessage). */
export function isCrash(m: LintMessage): boolean {
  return m.severity === 2 && m.reason.startsWith(`Rule \`${m.ruleId}\` crashed on this file: `);
}

type RulePlugin = Plugin<[Exclude<Level, 'off'>, Record<string, unknown>], NlcstRoot>;
const plugins = new WeakMap<Rule, RulePlugin>();

/**
 * The engine's unified plugin of one rule (one per rule: unified merges repeated uses of one plugin),
 * attached with its level and options. It reads the file's text layer and path from `file.data` and
 * leaves plain data there: a file rule's messages (LintMessage, stamped by `toMessage`), a corpus rule's
 * facts. No VFileMessage is made: the messages go to the cache, the workers and pass 2 as they are. (The
 * plugins for anyone's retext pipeline are in src/retext.ts.)
 */
export function rulePlugin(rule: Rule): RulePlugin {
  let plugin = plugins.get(rule);
  if (!plugin) {
    plugin = function (level, options) {
      return (_tree, file) => {
        const data = file.data as unknown as FileData;
        runRule(rule, level, options, data.layer, data.path, data.messages, data.facts);
      };
    };
    Object.defineProperty(plugin, 'name', {value: rule.meta.id});
    plugins.set(rule, plugin);
  }
  return plugin;
}

/**
 * Run one rule on a file's text layer: a file rule's messages go to `messages`, a corpus rule's facts to
 * `facts[id]`. A crash is an error message on the file; the other rules still run.
 */
export function runRule(rule: Rule, level: Exclude<Level, 'off'>, options: Record<string, unknown>, layer: TextLayer, path: string, messages: LintMessage[], facts: Record<string, unknown>): void {
  try {
    if (isCorpusRule(rule)) facts[rule.meta.id] = rule.collect({path, text: layer, options});
    else rule.check({path, text: layer, options, report: (p) => messages.push(toMessage(rule, level, p))});
  } catch (error) {
    messages.push(crashMessage(rule.meta.id, error));
  }
}
