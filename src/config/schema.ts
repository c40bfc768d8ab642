// The JSON schema of .corpuslintrc.json, generated from the rules' metadata (shipped as
// schema/corpuslintrc.schema.json, so editors complete and check the file).
import type {OptionSchema, Rule} from '../types.js';
import {presets} from './presets.js';

function optionSchema(s: OptionSchema): Record<string, unknown> {
  const d = s.description ? {description: s.description} : {};
  switch (s.type) {
    case 'boolean': return {type: 'boolean', ...d};
    case 'number': return {type: s.integer ? 'integer' : 'number', ...(s.minimum !== undefined ? {minimum: s.minimum} : {}), ...(s.maximum !== undefined ? {maximum: s.maximum} : {}), ...d};
    case 'string': return {type: 'string', ...(s.enum ? {enum: s.enum} : {}), ...(s.format ? {format: s.format} : {}), ...d};
    case 'array': return {type: 'array', items: optionSchema(s.items), ...d};
    case 'object': return {type: 'object', additionalProperties: false, properties: Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, optionSchema(v)])), ...d};
    case 'map': return {type: 'object', additionalProperties: optionSchema(s.values), ...d};
  }
}

export function configSchema(rules: readonly Rule[]): Record<string, unknown> {
  const level = {description: 'off, warn or error (or 0, 1, 2)', enum: ['off', 'warn', 'error', 0, 1, 2]};
  const ruleProps: Record<string, unknown> = {};
  for (const r of rules) {
    const options = {type: 'object', additionalProperties: false, properties: Object.fromEntries(Object.entries(r.meta.schema).map(([k, v]) => [k, optionSchema(v)]))};
    ruleProps[r.meta.id] = {
      description: r.meta.description,
      oneOf: [level, {type: 'array', prefixItems: [level, options], items: false, minItems: 1}],
    };
  }
  // A plugin's rules (`name/id`) are known only once the plugin is loaded: any setting is accepted here
  // (the loader validates it against the rule's own meta.schema).
  const pluginRule = {description: 'A rule of a plugin named in `plugins`', oneOf: [level, {type: 'array', prefixItems: [level, {type: 'object'}], items: false, minItems: 1}]};
  const rulesObject = {type: 'object', additionalProperties: false, properties: ruleProps, patternProperties: {'^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$': pluginRule}};
  const globs = {oneOf: [{type: 'string'}, {type: 'array', items: {type: 'string'}}]};
  // A preset by name (an unknown `corpuslint:` name is an error, as the loader says), or a config's path.
  const base = {anyOf: [{enum: Object.keys(presets(rules))}, {type: 'string', pattern: '^(?!corpuslint:)'}]};
  const bases = {oneOf: [base, {type: 'array', items: base}]};
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'corpuslint configuration (.corpuslintrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: {type: 'string'},
      root: {type: 'boolean', description: 'Stop looking for configuration files in parent folders'},
      extends: {...bases, description: 'Presets (corpuslint:recommended, corpuslint:strict) or paths of configs to build on'},
      plugins: {oneOf: [{type: 'string', minLength: 1}, {type: 'array', items: {type: 'string', minLength: 1}}], description: 'Rule plugins: paths relative to this file, or package names (they run code: docs/security.md; --no-plugins skips them)'},
      rules: rulesObject,
      overrides: {type: 'array', items: {type: 'object', additionalProperties: false, required: ['files'], properties: {files: globs, excludedFiles: globs, rules: rulesObject}}},
      files: {...globs, description: 'What to lint when no paths are given'},
      extensions: {type: 'array', items: {type: 'string'}, description: 'Extensions linted when walking folders (default .txt, .md)'},
      ignore: {...globs, description: 'Globs of files not to lint (gitignore syntax, relative to this file)'},
    },
  };
}
