// Validation of `.corpuslintrc.json` content: every problem names the file and the JSON path of the bad key.
import type {Level, OptionSchema, Rule, RuleSetting} from '../types.js';
import type {RuleRegistry} from '../engine/registry.js';
import {didYouMean} from '../util/did-you-mean.js';
import {ConfigError} from './errors.js';
import {patternProblem} from '../util/safe-pattern.js';

export interface Override {
  files: string[];
  excludedFiles?: string[];
  rules: Record<string, RuleSetting>;
}

export interface ConfigFile {
  $schema?: string;
  root?: boolean;
  extends?: string[];
  /** Plugin modules: paths relative to the config file, or package names resolved from it. */
  plugins?: string[];
  rules?: Record<string, RuleSetting>;
  overrides?: Override[];
  files?: string[];
  extensions?: string[];
  ignore?: string[];
}

const TOP_KEYS = ['$schema', 'root', 'extends', 'plugins', 'rules', 'overrides', 'files', 'extensions', 'ignore'];
const LEVELS: Record<string, Level> = {off: 'off', warn: 'warn', error: 'error', 0: 'off', 1: 'warn', 2: 'error'};

const typeName = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const key = (k: string): string => (/^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`);

function stringList(value: unknown, at: string, file: string): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.some((s) => typeof s !== 'string')) {
    throw new ConfigError(`\`${at}\` must be a string or an array of strings, got ${typeName(value)}.`, file);
  }
  return list as string[];
}

// Names are looked up as own properties only: `constructor`, `toString` or `__proto__` are found on every
// object through its prototype, and passed as levels and options before (issue 20).
const own = <T>(table: Record<string, T>, name: string): T | undefined => (Object.hasOwn(table, name) ? table[name] : undefined);

export function parseLevel(value: unknown): Level | undefined {
  return typeof value === 'string' || typeof value === 'number' ? own(LEVELS, String(value)) : undefined;
}

/** An extension as a folder walk compares it with `path.extname`: a dot, then letters, digits, `_` or `-`. */
const EXTENSION = /^\.?[\p{L}\p{N}_-]+$/u;

/** Why a glob cannot be meant (empty, or a bracket, brace or parenthesis left open), or undefined. */
export function globProblem(glob: string, at: string): string | undefined {
  if (glob === '') return `\`${at}\` is an empty glob.`;
  const open: string[] = [];
  const closer: Record<string, string> = {'[': ']', '{': '}', '(': ')'};
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') { i++; continue; }
    if (open.length && open[open.length - 1] === '[') {
      // inside a class only its own end counts (a `]` right after `[` or `[!` is a member)
      if (c === ']' && !(glob[i - 1] === '[' || (glob[i - 1] === '!' && glob[i - 2] === '['))) open.pop();
      continue;
    }
    if (c === '[' || c === '{' || c === '(') open.push(c);
    else if (c === ']' || c === '}' || c === ')') {
      if (open.length === 0 || closer[open[open.length - 1]] !== c) return `\`${at}\` is not a valid glob: \`${c}\` is not opened.`;
      open.pop();
    }
  }
  if (open.length) return `\`${at}\` is not a valid glob: \`${open[open.length - 1]}\` is not closed.`;
  return undefined;
}

/** A string or an array of strings, each a glob that can be meant. */
function globList(value: unknown, at: string, file: string): string[] {
  const list = stringList(value, at, file);
  const single = !Array.isArray(value);
  for (let i = 0; i < list.length; i++) {
    const problem = globProblem(list[i], single ? at : `${at}[${i}]`);
    if (problem) throw new ConfigError(problem, file);
  }
  return list;
}

function extensionList(value: unknown, file: string): string[] {
  if (!Array.isArray(value)) throw new ConfigError(`\`extensions\` must be an array of extensions such as [".txt", ".md"], got ${typeName(value)}.`, file);
  value.forEach((e, i) => {
    if (typeof e !== 'string' || !EXTENSION.test(e)) {
      throw new ConfigError(`\`extensions[${i}]\` must be an extension such as ".txt" (a dot and letters or digits), got ${JSON.stringify(e)}.`, file);
    }
  });
  return (value as string[]).map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase());
}

/** Validate an options value against a rule's schema; returns the problem (with JSON path) or undefined. */
export function checkOption(schema: OptionSchema, value: unknown, at: string): string | undefined {
  switch (schema.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `\`${at}\` must be a boolean, got ${typeName(value)}.`;
    case 'number':
      if (typeof value !== 'number' || Number.isNaN(value)) return `\`${at}\` must be a number, got ${typeName(value)}.`;
      if (schema.integer && !Number.isInteger(value)) return `\`${at}\` must be a whole number, got ${value}.`;
      if (schema.minimum !== undefined && value < schema.minimum) return `\`${at}\` must be at least ${schema.minimum}, got ${value}.`;
      if (schema.maximum !== undefined && value > schema.maximum) return `\`${at}\` must be at most ${schema.maximum}, got ${value}.`;
      return undefined;
    case 'string':
      if (typeof value !== 'string') return `\`${at}\` must be a string, got ${typeName(value)}.`;
      if (schema.format === 'regex') return patternProblem(value, at, 'iu');
      if (schema.enum && !schema.enum.includes(value)) {
        return `\`${at}\` must be one of ${schema.enum.map((e) => `\`${e}\``).join(', ')}, got \`${value}\`.${didYouMean(value, schema.enum)}`;
      }
      return undefined;
    case 'array': {
      if (!Array.isArray(value)) return `\`${at}\` must be an array, got ${typeName(value)}.`;
      for (let i = 0; i < value.length; i++) {
        const problem = checkOption(schema.items, value[i], `${at}[${i}]`);
        if (problem) return problem;
      }
      return undefined;
    }
    case 'object': {
      if (typeName(value) !== 'object') return `\`${at}\` must be an object, got ${typeName(value)}.`;
      return checkProperties(schema.properties, value as Record<string, unknown>, at);
    }
    case 'map': {
      if (typeName(value) !== 'object') return `\`${at}\` must be an object, got ${typeName(value)}.`;
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        const problem = checkOption(schema.values, v, at + key(k));
        if (problem) return problem;
      }
      return undefined;
    }
  }
}

function checkProperties(properties: Record<string, OptionSchema>, value: Record<string, unknown>, at: string): string | undefined {
  const names = Object.keys(properties);
  for (const [k, v] of Object.entries(value)) {
    const schema = own(properties, k);
    if (!schema) {
      return `\`${at}${key(k)}\` is not an option of this rule.${didYouMean(k, names)}` +
        (names.length ? ` Options: ${names.map((n) => `\`${n}\``).join(', ')}.` : ' It takes no options.');
    }
    const problem = checkOption(schema, v, at + key(k));
    if (problem) return problem;
  }
  return undefined;
}

/** Validate one `rules` object; returns it normalised (levels as words). */
/** The rules a configuration may name: a list, or a run's registry (built-in and plugin rules). */
export type KnownRules = readonly Rule[] | RuleRegistry;

function lookup(known: KnownRules): {get(id: string): Rule | undefined; ids: string[]} {
  if (!Array.isArray(known)) return known as RuleRegistry;
  const list = known as readonly Rule[];
  return {get: (id) => list.find((r) => r.meta.id === id), ids: list.map((r) => r.meta.id)};
}

/** A plugin rule's id (`plugin/rule`). */
export const isPluginRuleId = (id: string): boolean => id.indexOf('/') > 0;

/**
 * Validate one `rules` object; returns it normalised (levels as words). A plugin rule (`name/id`) whose
 * plugin is not loaded yet (named by a configuration further up the cascade) is checked for its shape
 * here and for its options when the configuration is resolved (ConfigResolver), once every plugin is in.
 */
export function validateRules(value: unknown, at: string, file: string, knownRules: KnownRules): Record<string, RuleSetting> {
  if (typeName(value) !== 'object') throw new ConfigError(`\`${at}\` must be an object of rule settings, got ${typeName(value)}.`, file);
  const out: Record<string, RuleSetting> = {};
  const known = lookup(knownRules);
  for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
    const here = at + key(id);
    const rule = known.get(id);
    if (!rule && !isPluginRuleId(id)) throw new ConfigError(`\`${here}\`: unknown rule \`${id}\`.${didYouMean(id, known.ids)}`, file);
    const [levelValue, options, ...rest] = Array.isArray(setting) ? setting : [setting];
    const level = parseLevel(levelValue);
    if (!level) {
      throw new ConfigError(`\`${Array.isArray(setting) ? here + '[0]' : here}\` must be "off", "warn" or "error" (or 0, 1, 2), got ${JSON.stringify(levelValue)}.`, file);
    }
    if (rest.length) throw new ConfigError(`\`${here}\` must be a level or [level, options], got an array of ${(setting as unknown[]).length}.`, file);
    if (options !== undefined) {
      if (typeName(options) !== 'object') throw new ConfigError(`\`${here}[1]\` must be an options object, got ${typeName(options)}.`, file);
      const problem = rule ? checkProperties(rule.meta.schema, options as Record<string, unknown>, `${here}[1]`) : undefined;
      if (problem) throw new ConfigError(problem, file);
      out[id] = [level, options as Record<string, unknown>];
    } else {
      out[id] = level;
    }
  }
  return out;
}

/** `plugins`: module specifiers (a string or an array of non-empty strings). */
export function pluginList(value: unknown, file: string): string[] {
  const list = stringList(value, 'plugins', file);
  list.forEach((p, i) => {
    if (p.trim() === '') throw new ConfigError(`\`plugins[${i}]\` must name a module (a path relative to this file, or a package name), got an empty string.`, file);
  });
  return list;
}

/** Validate a whole config file's content. */
export function validateConfig(value: unknown, file: string, known: KnownRules): ConfigFile {
  if (typeName(value) !== 'object') throw new ConfigError(`the configuration must be a JSON object, got ${typeName(value)}.`, file);
  const raw = value as Record<string, unknown>;
  const out: ConfigFile = {};
  for (const k of Object.keys(raw)) {
    if (!TOP_KEYS.includes(k)) throw new ConfigError(`\`${key(k).replace(/^\./, '')}\` is not a configuration key.${didYouMean(k, TOP_KEYS)} Keys: ${TOP_KEYS.join(', ')}.`, file);
  }
  if (raw.$schema !== undefined) {
    if (typeof raw.$schema !== 'string') throw new ConfigError(`\`$schema\` must be a string.`, file);
    out.$schema = raw.$schema;
  }
  if (raw.root !== undefined) {
    if (typeof raw.root !== 'boolean') throw new ConfigError(`\`root\` must be true or false, got ${typeName(raw.root)}.`, file);
    out.root = raw.root;
  }
  if (raw.extends !== undefined) out.extends = stringList(raw.extends, 'extends', file);
  if (raw.plugins !== undefined) out.plugins = pluginList(raw.plugins, file);
  if (raw.rules !== undefined) out.rules = validateRules(raw.rules, 'rules', file, known);
  for (const k of ['files', 'ignore'] as const) {
    if (raw[k] !== undefined) out[k] = globList(raw[k], k, file);
  }
  if (raw.extensions !== undefined) out.extensions = extensionList(raw.extensions, file);
  if (raw.overrides !== undefined) {
    if (!Array.isArray(raw.overrides)) throw new ConfigError(`\`overrides\` must be an array, got ${typeName(raw.overrides)}.`, file);
    out.overrides = raw.overrides.map((o, i) => {
      const at = `overrides[${i}]`;
      if (typeName(o) !== 'object') throw new ConfigError(`\`${at}\` must be an object, got ${typeName(o)}.`, file);
      const entry = o as Record<string, unknown>;
      for (const k of Object.keys(entry)) {
        if (!['files', 'excludedFiles', 'rules'].includes(k)) {
          throw new ConfigError(`\`${at}${key(k)}\` is not an override key.${didYouMean(k, ['files', 'excludedFiles', 'rules'])}`, file);
        }
      }
      if (entry.files === undefined) throw new ConfigError(`\`${at}.files\` is required.`, file);
      return {
        files: globList(entry.files, `${at}.files`, file),
        excludedFiles: entry.excludedFiles === undefined ? undefined : globList(entry.excludedFiles, `${at}.excludedFiles`, file),
        rules: validateRules(entry.rules ?? {}, `${at}.rules`, file, known),
      };
    });
  }
  return out;
}
