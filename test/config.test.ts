// Validation of configuration content against rules' option schemas, with JSON paths.
import {describe, it, expect} from 'vitest';
import {validateConfig, checkOption} from '../src/config/validate.js';
import {ConfigError} from '../src/config/errors.js';
import type {FileRule} from '../src/types.js';
import {configSchema} from '../src/config/schema.js';
import {rules} from '../rules/index.js';
import fs from 'node:fs';
import {root} from './helpers/cli.js';

const fake: FileRule<{threshold: number; kinds: string[]; names: Record<string, string[]>; mode: string}> = {
  meta: {
    id: 'fake-rule', description: 'A rule for tests', level: 'warn',
    defaults: {threshold: 3, kinds: [], names: {}, mode: 'a'},
    schema: {
      threshold: {type: 'number', minimum: 1, integer: true},
      kinds: {type: 'array', items: {type: 'string', enum: ['x', 'y']}},
      names: {type: 'map', values: {type: 'array', items: {type: 'string'}}},
      mode: {type: 'string', enum: ['a', 'b']},
    },
  },
  check: () => {},
};

const problem = (value: unknown): string => {
  try {
    validateConfig(value, 'cfg.json', [fake]);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  return 'valid';
};

describe('validateConfig', () => {
  it('accepts levels as words or numbers, and [level, options]', () => {
    expect(problem({rules: {'fake-rule': 2}})).toBe('valid');
    expect(problem({rules: {'fake-rule': ['warn', {threshold: 2, kinds: ['x'], names: {A: ['B']}, mode: 'b'}]}})).toBe('valid');
  });

  it('names the JSON path of a wrong option type', () => {
    expect(problem({rules: {'fake-rule': ['warn', {threshold: 'many'}]}})).toBe('cfg.json: `rules["fake-rule"][1].threshold` must be a number, got string.');
    expect(problem({rules: {'fake-rule': ['warn', {threshold: 1.5}]}})).toMatch(/must be a whole number/);
    expect(problem({rules: {'fake-rule': ['warn', {threshold: 0}]}})).toMatch(/must be at least 1/);
    expect(problem({rules: {'fake-rule': ['warn', {kinds: ['x', 'z']}]}})).toMatch(/`rules\["fake-rule"\]\[1\]\.kinds\[1\]` must be one of `x`, `y`, got `z`/);
    expect(problem({rules: {'fake-rule': ['warn', {names: {A: 'B'}}]}})).toMatch(/`rules\["fake-rule"\]\[1\]\.names\.A` must be an array, got string/);
    expect(problem({overrides: [{files: '*.md', rules: {'fake-rule': ['warn', {mode: 'c'}]}}]})).toMatch(/`overrides\[0\]\.rules\["fake-rule"\]\[1\]\.mode` must be one of/);
  });

  it('suggests the nearest option name', () => {
    expect(problem({rules: {'fake-rule': ['warn', {treshold: 2}]}})).toMatch(/is not an option of this rule\. Did you mean `threshold`\?/);
  });

  it('rejects an array setting that is too long', () => {
    expect(problem({rules: {'fake-rule': ['warn', {}, 3]}})).toMatch(/must be a level or \[level, options\]/);
  });

  it('checkOption passes what the schema allows', () => {
    expect(checkOption({type: 'boolean'}, true, 'x')).toBeUndefined();
    expect(checkOption({type: 'boolean'}, 'yes', 'x')).toBe('`x` must be a boolean, got string.');
  });
});

describe('the shipped JSON schema', () => {
  it('is generated from the rules\' metadata and lists every rule and option', () => {
    const shipped = JSON.parse(fs.readFileSync(`${root}/schema/corpuslintrc.schema.json`, 'utf8'));
    expect(shipped).toEqual(configSchema(rules));
    const ruleProps = shipped.properties.rules.properties;
    for (const rule of rules) {
      expect(ruleProps[rule.meta.id]).toBeDefined();
      const options = ruleProps[rule.meta.id].oneOf[1].prefixItems[1].properties;
      expect(Object.keys(options).sort()).toEqual(Object.keys(rule.meta.schema).sort());
    }
  });

  it('validates configs as the loader does: a preset by its name only, any path (ajv, draft 2020-12)', async () => {
    const {default: Ajv2020} = await import('ajv/dist/2020.js');
    const ajv = new (Ajv2020 as unknown as typeof import('ajv').default)({strict: false, allErrors: true});
    const validate = ajv.compile(JSON.parse(fs.readFileSync(`${root}/schema/corpuslintrc.schema.json`, 'utf8')));
    for (const ok of [{extends: 'corpuslint:recommended'}, {extends: ['corpuslint:strict', './base.json']}, {extends: '../shared/.corpuslintrc.json'}, {rules: {'no-boilerplate': ['warn', {minFiles: 4}]}}]) {
      expect(validate(ok), `${JSON.stringify(ok)}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    for (const bad of [{extends: 'corpuslint:recomended'}, {extends: ['corpuslint:recommended', 'corpuslint:lax']}, {rules: {'no-such-rule': 'warn'}}]) {
      expect(validate(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('every rule documents each of its default options in its schema', () => {
    for (const rule of rules) expect(Object.keys(rule.meta.schema).sort()).toEqual(Object.keys(rule.meta.defaults as object).sort());
  });
});

describe('user regular expressions in options', () => {
  const withPattern: FileRule<{patterns: string[]}> = {
    meta: {id: 'pattern-rule', description: 'x', level: 'warn', defaults: {patterns: []}, schema: {patterns: {type: 'array', items: {type: 'string', format: 'regex'}}}},
    check: () => {},
  };
  const check = (p: string) => {
    try {
      validateConfig({rules: {'pattern-rule': ['warn', {patterns: [p]}]}}, 'cfg.json', [withPattern]);
      return 'valid';
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('accepts a pattern that can repeat (it runs on the linear-time engine)', () => {
    expect(check('(a+)+$')).toBe('valid');
    expect(check('^share (this|on) \\w+$')).toBe('valid');
  });

  it('rejects what cannot run in linear time or is not a regex, by JSON path', () => {
    expect(check('(a)\\1')).toMatch(/`rules\["pattern-rule"\]\[1\]\.patterns\[0\]` uses a feature that cannot be matched in linear time/);
    expect(check('(unclosed')).toMatch(/is not a valid regular expression/);
  });
});
