// One small wrapper turns a rule module into a unified plugin, as remark-lint's does: it stamps
// ruleId, source, doc url, severity (and fatal for errors) on every message, so rules never do.
// A crash inside a rule becomes an error message on that file; the other rules still run.
import type {VFile} from 'vfile';
import type {Plugin} from 'unified';
import type {Root as NlcstRoot} from 'nlcst';
import {isCorpusRule, type Level, type LintMessage, type Problem, type Rule} from '../types.js';
import type {TextLayer} from '../text/layer.js';
import {docsUrl} from '../package-info.js';
import {quickMessage} from '../util/quick-message.js';

export const SOURCE = 'corpuslint';

export interface FileData {
  layer: TextLayer;
  path: string;
  facts: Record<string, unknown>;
}

/** Turn a rule problem into the engine's plain message. */
export function toMessage(rule: Rule, level: Exclude<Level, 'off'>, p: Problem): LintMessage {
  const m: LintMessage = {
    ruleId: rule.meta.id,
    severity: level === 'error' ? 2 : 1,
    reason: p.reason,
    place: p.place,
    url: docsUrl(rule.meta.id),
  };
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

function push(file: VFile, m: LintMessage): void {
  const message = quickMessage(file, m.reason, {place: m.place, ruleId: m.ruleId, source: SOURCE});
  message.fatal = m.severity === 2 ? true : m.severity === 1 ? false : undefined;
  message.url = m.url;
  if (m.actual !== undefined) message.actual = m.actual;
  if (m.expected !== undefined) message.expected = m.expected;
  if (m.note !== undefined) message.note = m.note;
  (message as unknown as {fixable?: boolean}).fixable = m.fixable;
  (message as unknown as {related?: unknown}).related = m.cause;
  if (m.group !== undefined) (message as unknown as {group?: string}).group = m.group;
}

type RulePlugin = Plugin<[Exclude<Level, 'off'>, Record<string, unknown>], NlcstRoot>;
const plugins = new WeakMap<Rule, RulePlugin>();

/**
 * The unified plugin of one rule (one per rule: unified merges repeated uses of one plugin), attached
 * with its level and options. File rules report through `file.message`; corpus rules store their facts
 * on `file.data` for the second pass.
 */
export function rulePlugin(rule: Rule): RulePlugin {
  let plugin = plugins.get(rule);
  if (!plugin) {
    plugin = function (level, options) {
      return (_tree, file) => {
        const data = file.data as unknown as FileData;
        try {
          if (isCorpusRule(rule)) {
            data.facts[rule.meta.id] = rule.collect({path: data.path, text: data.layer, options});
          } else {
            rule.check({path: data.path, text: data.layer, options, report: (p) => push(file, toMessage(rule, level, p))});
          }
        } catch (error) {
          push(file, crashMessage(rule.meta.id, error));
        }
      };
    };
    Object.defineProperty(plugin, 'name', {value: rule.meta.id});
    plugins.set(rule, plugin);
  }
  return plugin;
}

export {push as pushMessage};
