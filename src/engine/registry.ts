// The rules of a run: the built-in ones, passed in by the entry point (the CLI, the API, the language
// server, a worker), and those of the plugins a configuration names. The engine never imports a rule
// list of its own; it asks the registry its resolver carries.
//
// A plugin is a module whose default export is `{name, rules: {id: Rule}}`; its rules are known as
// `name/id`, as ESLint's and textlint's plugin rules are. It runs code: docs/security.md says so, and
// `--no-plugins` lints with the built-in rules only.
import {sha1} from '../util/sha1.js';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import type {Rule} from '../types.js';

/** What a plugin module exports by default. */
export interface Plugin {
  name: string;
  rules: Record<string, Rule>;
}

const PLUGIN_NAME = /^[a-z0-9][a-z0-9._-]*$/i;
const RULE_NAME = /^[a-z0-9][a-z0-9._-]*$/i;

export class RuleRegistry {
  private readonly byId = new Map<string, Rule>();
  /** Plugin name → what identifies its code (a content hash, or the object's own name for API plugins). */
  private readonly plugins = new Map<string, {origin: string; hash: string}>();

  constructor(builtins: readonly Rule[], plugins: readonly Plugin[] = []) {
    for (const rule of builtins) this.byId.set(rule.meta.id, rule);
    for (const plugin of plugins) this.addPlugin(plugin, `the plugin object \`${plugin?.name}\``, `api:${plugin?.name}`);
  }

  get(id: string): Rule | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Every rule, sorted by id (built-in and plugin rules alike). */
  get rules(): Rule[] {
    return [...this.byId.values()].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
  }

  get ids(): string[] {
    return this.rules.map((r) => r.meta.id);
  }

  /** The plugins loaded so far, by name. */
  get pluginNames(): string[] {
    return [...this.plugins.keys()].sort();
  }

  /**
   * What identifies the code of the plugins whose rules `ids` names, and those rules' versions (for the
   * cache key: the built-in rules' versions are in the cache-wide key); '' for none.
   */
  codeKey(ids: Iterable<string>): string {
    const used = new Set<string>();
    const versions: string[] = [];
    for (const id of ids) {
      const slash = id.indexOf('/');
      if (slash <= 0) continue;
      used.add(id.slice(0, slash));
      versions.push(`${id}@${this.byId.get(id)?.meta.version ?? 0}`);
    }
    return [...[...used].sort().map((name) => `${name}@${this.plugins.get(name)?.hash ?? '?'}`), ...versions.sort()].join(',');
  }

  /**
   * Register a plugin's rules as `name/id`. Throws a message naming `origin` when the module is not a
   * plugin or its name is taken by another module.
   */
  addPlugin(value: unknown, origin: string, hash: string): void {
    const plugin = (value as {default?: unknown})?.default !== undefined && (value as {name?: unknown}).name === undefined
      ? (value as {default: unknown}).default
      : value;
    const problem = pluginProblem(plugin);
    if (problem) throw new Error(`${origin} is not a corpuslint plugin: ${problem}`);
    const {name, rules} = plugin as Plugin;
    const known = this.plugins.get(name);
    if (known) {
      if (known.hash === hash) return; // the same module named by two configs
      throw new Error(`${origin} is named \`${name}\`, like ${known.origin}: plugin names must be unique.`);
    }
    this.plugins.set(name, {origin, hash});
    for (const [key, rule] of Object.entries(rules)) {
      const id = `${name}/${key}`;
      // The rule's own object stays untouched: the registered one reads its methods through the prototype.
      const given = rule.meta as Partial<Rule['meta']>;
      const meta = {...given, id, level: given.level ?? 'warn', defaults: given.defaults ?? {}, schema: given.schema ?? {}};
      this.byId.set(id, Object.assign(Object.create(rule) as Rule, {meta}));
    }
  }
}

/** Why a value is not a plugin (undefined when it is one). */
function pluginProblem(plugin: unknown): string | undefined {
  if (!plugin || typeof plugin !== 'object') return 'its default export must be an object `{name, rules}`';
  const {name, rules} = plugin as Partial<Plugin>;
  if (typeof name !== 'string' || !PLUGIN_NAME.test(name)) return '`name` must be a word of letters, digits, `.`, `_` or `-`';
  if (!rules || typeof rules !== 'object') return '`rules` must be an object of rules by id';
  for (const [key, rule] of Object.entries(rules)) {
    if (!RULE_NAME.test(key)) return `rule id \`${key}\` must be a word of letters, digits, \`.\`, \`_\` or \`-\``;
    const r = rule as Partial<Rule> & {collect?: unknown; summarize?: unknown; check?: unknown};
    if (!r || typeof r !== 'object' || !r.meta || typeof r.meta !== 'object') return `rule \`${key}\` has no \`meta\``;
    if (typeof r.check !== 'function') return `rule \`${key}\` has no \`check\` function`;
    if (r.meta.corpus && (typeof r.collect !== 'function' || typeof r.summarize !== 'function')) {
      return `corpus rule \`${key}\` needs \`collect\` and \`summarize\` functions`;
    }
    if (r.meta.level !== undefined && r.meta.level !== 'warn' && r.meta.level !== 'error') return `rule \`${key}\`: \`meta.level\` must be "warn" or "error"`;
  }
  return undefined;
}

/**
 * Load a plugin named in a configuration file: a path relative to that file, or a package name resolved
 * from its folder (as Node resolves it). Synchronous, as configuration is: ES modules load through
 * require(), which Node 20.19 and later support. Returns the module and a hash of its file's content.
 */
export function loadPlugin(specifier: string, configFile: string): {module: unknown; file: string; hash: string} {
  const require = createRequire(configFile);
  let file: string;
  try {
    file = require.resolve(specifier);
  } catch {
    throw new Error(`cannot find plugin \`${specifier}\` from ${configFile}`);
  }
  let module: unknown;
  try {
    module = require(file);
  } catch (error) {
    throw new Error(`plugin \`${specifier}\` failed to load: ${error instanceof Error ? error.message : String(error)}`);
  }
  const hash = sha1().update(fs.readFileSync(file)).digest('hex').slice(0, 16);
  return {module, file, hash};
}
