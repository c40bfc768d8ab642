// Every built-in rule as a plain retext plugin (`import {noBoilerplate} from 'corpuslint/retext'`), usable
// in anyone's pipeline as retext-equality is: `retext().use(retextEnglish).use(noBoilerplate, options)`.
// The text layer is built lazily from the tree and the file, once per tree for every rule of the pipeline;
// messages carry ruleId, source, url, severity and the fix (`actual`/`expected`) as remark-lint's do. A
// corpus rule used alone treats the one file as its corpus (collect, summarize over it, check).
import type {Root as NlcstRoot} from 'nlcst';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {TextLayer} from './text/layer.js';
import {isCorpusRule, type Level, type LintMessage, type Problem, type Rule} from './types.js';
import {checkOption, parseLevel} from './config/validate.js';
import {toMessage, crashMessage} from './engine/rule-plugin.js';
import consistentNameSpellingRule from '../rules/consistent-name-spelling.js';
import noBoilerplateRule from '../rules/no-boilerplate.js';
import noUnattributedClaimRule from '../rules/no-unattributed-claim.js';
import noUnattributedQuoteRule from '../rules/no-unattributed-quote.js';
import noUnsourcedCasualtyRule from '../rules/no-unsourced-casualty.js';

/** What `.use(plugin, setting)` takes: options, a level, or `[level, options]` (remark-lint's forms). */
export type RetextSetting = Record<string, unknown> | Level | 0 | 1 | 2 | boolean | [Level | 0 | 1 | 2 | boolean, Record<string, unknown>?];

/** One text layer per tree, shared by every corpuslint plugin of the pipeline. */
const layers = new WeakMap<NlcstRoot, TextLayer>();

function layerOf(tree: NlcstRoot, file: VFile): TextLayer {
  let layer = layers.get(tree);
  if (!layer) {
    layer = new TextLayer(String(file.value ?? ''), tree, 'text');
    layers.set(tree, layer);
  }
  return layer;
}

/** The level and options of a setting; throws on a setting the rule does not take. */
export function readSetting(rule: Rule, setting: RetextSetting | undefined): {level: Level; options: Record<string, unknown>} {
  let level: Level = rule.meta.level;
  let given: unknown = setting;
  if (Array.isArray(setting)) [level, given] = [levelOf(rule, setting[0]), setting[1]];
  else if (setting !== undefined && (typeof setting !== 'object' || setting === null)) [level, given] = [levelOf(rule, setting), undefined];
  const options = {...(rule.meta.defaults as Record<string, unknown>)};
  if (given !== undefined) {
    const problem = checkOption({type: 'object', properties: rule.meta.schema}, given, rule.meta.id);
    if (problem) throw new Error(`corpuslint: ${problem}`);
    Object.assign(options, given);
  }
  return {level, options};
}

function levelOf(rule: Rule, value: unknown): Level {
  if (value === true) return rule.meta.level;
  if (value === false) return 'off';
  const level = parseLevel(value);
  if (!level) throw new Error(`corpuslint: \`${rule.meta.id}\` takes "off", "warn" or "error" (or 0, 1, 2) as its level, got ${JSON.stringify(value)}.`);
  return level;
}

/** A plain message on the file, as a VFileMessage with the rule's stamps. */
function emit(file: VFile, m: LintMessage): void {
  const message = file.message(m.reason, {place: m.place, ruleId: m.ruleId, source: 'corpuslint'});
  message.fatal = m.severity === 2;
  if (m.url !== undefined) message.url = m.url;
  if (m.actual !== undefined) message.actual = m.actual;
  if (m.expected !== undefined) message.expected = m.expected;
  if (m.note !== undefined) message.note = m.note;
}

/** A rule as a retext plugin. */
export function retextPlugin(rule: Rule): Plugin<[RetextSetting?], NlcstRoot> {
  const plugin: Plugin<[RetextSetting?], NlcstRoot> = function (setting) {
    const {level, options} = readSetting(rule, setting);
    return (tree, file) => {
      if (level === 'off') return;
      const layer = layerOf(tree, file);
      const path = file.path ?? '';
      const report = (p: Problem) => emit(file, toMessage(rule, level, p));
      try {
        if (isCorpusRule(rule)) {
          const facts = rule.collect({path, text: layer, options});
          rule.check(facts, rule.summarize([facts], options), report, options, path);
        } else {
          rule.check({path, text: layer, options, report});
        }
      } catch (error) {
        emit(file, crashMessage(rule.meta.id, error));
      }
    };
  };
  Object.defineProperty(plugin, 'name', {value: rule.meta.id});
  return plugin;
}

export const consistentNameSpelling = retextPlugin(consistentNameSpellingRule);
export const noBoilerplate = retextPlugin(noBoilerplateRule);
export const noUnattributedClaim = retextPlugin(noUnattributedClaimRule);
export const noUnattributedQuote = retextPlugin(noUnattributedQuoteRule);
export const noUnsourcedCasualty = retextPlugin(noUnsourcedCasualtyRule);
