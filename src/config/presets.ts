// Built-in presets: `corpuslint:recommended` (every rule at its default level) and
// `corpuslint:strict` (every rule an error).
import type {Rule, RuleSetting} from '../types.js';
import type {ConfigFile} from './validate.js';

export function presets(rules: readonly Rule[]): Record<string, ConfigFile> {
  const recommended: Record<string, RuleSetting> = {};
  const strict: Record<string, RuleSetting> = {};
  for (const rule of rules) {
    recommended[rule.meta.id] = rule.meta.level;
    strict[rule.meta.id] = 'error';
  }
  return {
    'corpuslint:recommended': {rules: recommended},
    'corpuslint:strict': {rules: strict},
  };
}
