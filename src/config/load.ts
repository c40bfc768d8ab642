// Configuration: `.corpuslintrc.json` found upward from each linted file (nearer files override farther
// ones; `"root": true` stops the search), `extends` (presets or paths), `overrides` by glob.
// With no configuration anywhere, the recommended preset applies.
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {Level, Rule, RuleSetting} from '../types.js';
import {ConfigError} from './errors.js';
import {isPluginRuleId, parseLevel, pluginList, validateConfig, validateRules, type ConfigFile} from './validate.js';
import {RuleRegistry, loadPlugin} from '../engine/registry.js';
import {presets} from './presets.js';
import {readJson} from './read-json.js';
import {compareIds} from '../util/compare-ids.js';

// Required, not imported: an import of a CommonJS module first scans its source for the names it exports.
// On first use: only a configuration's overrides need it.
const require = createRequire(import.meta.url);
const picomatch = (): typeof import('picomatch') => require('picomatch') as typeof import('picomatch');

export const CONFIG_NAME = '.corpuslintrc.json';
export const DEFAULT_EXTENSIONS = ['.txt', '.md'];
/** How deep `extends` may nest, and how many configurations one file may bring in with it. */
export const MAX_EXTENDS_DEPTH = 32;
export const MAX_LAYERS = 1000;

export interface ResolvedRule {
  level: Exclude<Level, 'off'>;
  options: Record<string, unknown>;
  /** The rule itself, from the resolver's registry. */
  rule: Rule;
}

/** One config file with its extends expanded, and the folder its globs are relative to. */
interface Layer {
  dir: string;
  file: string;
  config: ConfigFile;
}

export interface EffectiveConfig {
  /** Enabled rules only, by id. */
  rules: Map<string, ResolvedRule>;
  /** A stable key: equal keys mean equal rule settings (for processor reuse and the cache). */
  key: string;
  /** Whether a rule id names a rule (on or off; a plugin's rule with plugins off too): for inline directives. */
  known(id: string): boolean;
}

export interface ConfigOptions {
  cwd: string;
  /** An explicit config file (replaces the upward search), or false for none (`--no-config`). */
  configFile?: string | false;
  /** `--rule id=level` settings, applied last. */
  ruleOverrides?: Record<string, RuleSetting>;
  /** The built-in rules (and any plugin objects given through the API), to which configured plugins are added. */
  registry: RuleRegistry;
  /** False (`--no-plugins`): configured plugins are not loaded, and settings of their rules are ignored. */
  plugins?: boolean;
}

export {readJson};

export class ConfigResolver {
  private readonly options: ConfigOptions;
  private readonly chains = new Map<string, Layer[]>();
  private readonly files = new Map<string, Layer[]>();
  private readonly effective = new Map<string, EffectiveConfig>();
  private readonly byFolder = new Map<string, EffectiveConfig>();
  private readonly cliRules: Record<string, RuleSetting>;

  constructor(options: ConfigOptions) {
    this.options = options;
    this.cliRules = options.ruleOverrides
      ? validateRules(options.ruleOverrides, 'rules', '--rule', options.registry)
      : {};
  }

  /** The rules this resolver knows: the built-in ones and those of every plugin loaded so far. */
  get registry(): RuleRegistry {
    return this.options.registry;
  }

  /** The built-in rules (the presets' rules). */
  private builtins(): Rule[] {
    return this.options.registry.rules.filter((r) => !isPluginRuleId(r.meta.id));
  }

  /** Load the plugins a config file names into the registry (unless plugins are off). */
  private loadPlugins(raw: unknown, file: string): void {
    if (this.options.plugins === false || !raw || typeof raw !== 'object' || Array.isArray(raw)) return;
    const given = (raw as {plugins?: unknown}).plugins;
    if (given === undefined) return;
    for (const specifier of pluginList(given, file)) {
      try {
        const {module, file: at, hash} = loadPlugin(specifier, file);
        this.options.registry.addPlugin(module, `\`${specifier}\` (${at})`, hash);
      } catch (error) {
        throw new ConfigError(`\`plugins\`: ${error instanceof Error ? error.message : String(error)}`, file);
      }
    }
  }

  /**
   * A config file with its `extends` expanded, farthest first. Bounded: a chain of 20,000 files
   * overflowed the stack, and files that each extend the next twice bring in 2^depth layers.
   */
  private loadFile(file: string, seen: string[] = []): Layer[] {
    const cached = this.files.get(file);
    if (cached) return cached;
    if (seen.includes(file)) throw new ConfigError(`\`extends\` forms a cycle: ${[...seen, file].join(' -> ')}.`, file);
    if (seen.length > MAX_EXTENDS_DEPTH) {
      throw new ConfigError(`\`extends\` is nested more than ${MAX_EXTENDS_DEPTH} deep (${seen[0]} -> ${seen[1]} -> … -> ${file}).`, file);
    }
    const raw = readJson(file);
    this.loadPlugins(raw, file);
    const config = validateConfig(raw, file, this.options.registry);
    const layers: Layer[] = [];
    for (const name of config.extends ?? []) {
      if (name.startsWith('corpuslint:')) {
        const preset = presets(this.builtins())[name];
        if (!preset) throw new ConfigError(`\`extends\`: unknown preset \`${name}\`. Presets: ${Object.keys(presets(this.builtins())).join(', ')}.`, file);
        layers.push({dir: path.dirname(file), file: name, config: preset});
      } else {
        const target = path.resolve(path.dirname(file), name);
        if (!fs.existsSync(target)) throw new ConfigError(`\`extends\`: cannot find \`${name}\` (looked for ${target}).`, file);
        for (const layer of this.loadFile(target, [...seen, file])) layers.push(layer);
      }
      if (layers.length > MAX_LAYERS) throw new ConfigError(`\`extends\` brings in more than ${MAX_LAYERS} configurations.`, file);
    }
    layers.push({dir: path.dirname(file), file, config});
    this.files.set(file, layers);
    return layers;
  }

  /** The layers that apply in a folder, farthest first. */
  chainFor(dir: string): Layer[] {
    const cached = this.chains.get(dir);
    if (cached) return cached;
    let chain: Layer[];
    const {configFile} = this.options;
    if (configFile === false) chain = [];
    else if (typeof configFile === 'string') chain = this.loadFile(path.resolve(this.options.cwd, configFile));
    else {
      const candidate = path.join(dir, CONFIG_NAME);
      const own = fs.existsSync(candidate) ? this.loadFile(candidate) : [];
      const parent = path.dirname(dir);
      const isRoot = own.length > 0 && own[own.length - 1].config.root === true;
      chain = isRoot || parent === dir ? own : [...this.chainFor(parent), ...own];
    }
    this.chains.set(dir, chain);
    return chain;
  }

  /** The effective rule settings for one file. */
  forFile(filePath: string): EffectiveConfig {
    const abs = path.resolve(this.options.cwd, filePath);
    const dir = path.dirname(abs);
    // Without overrides every file of a folder has the same settings: resolve them once per folder.
    const byFolder = this.byFolder.get(dir);
    if (byFolder) return byFolder;
    const chain = this.chainFor(dir);
    const effective = this.resolve(abs, chain);
    if (!chain.some((layer) => layer.config.overrides?.length)) this.byFolder.set(dir, effective);
    return effective;
  }

  private resolve(abs: string, chain: Layer[]): EffectiveConfig {
    const settings: Array<Record<string, RuleSetting>> = [];
    if (chain.length === 0) settings.push(presets(this.builtins())['corpuslint:recommended'].rules!);
    for (const layer of chain) {
      if (layer.config.rules) settings.push(this.pluginRulesChecked(layer.config.rules, 'rules', layer.file));
      (layer.config.overrides ?? []).forEach((o, i) => {
        const rel = path.relative(layer.dir, abs).split(path.sep).join('/');
        const matchOpts = {dot: true, matchBase: !o.files.some((g) => g.includes('/'))};
        if (picomatch().isMatch(rel, o.files, matchOpts) && !(o.excludedFiles && picomatch().isMatch(rel, o.excludedFiles, matchOpts))) {
          settings.push(this.pluginRulesChecked(o.rules, `overrides[${i}].rules`, layer.file));
        }
      });
    }
    settings.push(this.pluginRulesChecked(this.cliRules, 'rules', '--rule'));
    const merged = new Map<string, {level: Level; options: Record<string, unknown>}>();
    for (const block of settings) {
      for (const [id, setting] of Object.entries(block)) {
        const [levelValue, options] = Array.isArray(setting) ? setting : [setting];
        const prev = merged.get(id);
        merged.set(id, {level: parseLevel(levelValue)!, options: options ? {...(prev?.options ?? {}), ...options} : (prev?.options ?? {})});
      }
    }
    const on = [...merged].filter(([, v]) => v.level !== 'off').sort(([a], [b]) => compareIds(a, b));
    // A plugin's code is part of the key (its content hash), so the cache knows when it changed.
    const plugins = this.options.registry.codeKey(on.map(([id]) => id));
    const key = JSON.stringify(plugins ? [...on, plugins] : on);
    const cached = this.effective.get(key);
    if (cached) return cached;
    const rules = new Map<string, ResolvedRule>();
    for (const rule of this.options.registry.rules) {
      const m = merged.get(rule.meta.id);
      if (!m || m.level === 'off') continue;
      rules.set(rule.meta.id, {level: m.level, options: {...(rule.meta.defaults as Record<string, unknown>), ...m.options}, rule});
    }
    const registry = this.options.registry;
    const effective = {rules, key, known: (id: string) => registry.has(id) || (this.options.plugins === false && isPluginRuleId(id))};
    this.effective.set(key, effective);
    return effective;
  }

  /**
   * A rules block with its plugin rules checked now that the cascade's plugins are loaded: an unknown
   * plugin rule is an error naming the file; with plugins off, plugin rules are left out.
   */
  private pluginRulesChecked(block: Record<string, RuleSetting>, at: string, file: string): Record<string, RuleSetting> {
    const ids = Object.keys(block).filter(isPluginRuleId);
    if (ids.length === 0) return block;
    const out = {...block};
    for (const id of ids) {
      if (this.options.plugins === false) {
        delete out[id];
        continue;
      }
      const registry = this.options.registry;
      if (!registry.has(id)) {
        const plugin = id.slice(0, id.indexOf('/'));
        const why = registry.pluginNames.includes(plugin)
          ? `plugin \`${plugin}\` has no rule \`${id.slice(plugin.length + 1)}\`.`
          : `no plugin named \`${plugin}\` is loaded: name its module in \`plugins\` (of this file or one it extends or sits under).`;
        throw new ConfigError(`\`${at}["${id}"]\`: unknown rule \`${id}\`: ${why}`, file);
      }
      Object.assign(out, validateRules({[id]: block[id]}, at, file, registry));
    }
    return out;
  }

  /** Extensions, `files` and `ignore` that apply at a folder (the run's base folder for discovery). */
  discovery(dir: string): {extensions: string[]; files?: {dir: string; globs: string[]}; ignore: Array<{dir: string; globs: string[]}>} {
    const chain = this.chainFor(path.resolve(this.options.cwd, dir));
    let extensions = DEFAULT_EXTENSIONS;
    let files: {dir: string; globs: string[]} | undefined;
    const ignore: Array<{dir: string; globs: string[]}> = [];
    for (const layer of chain) {
      if (layer.config.extensions) extensions = layer.config.extensions;
      if (layer.config.files) files = {dir: layer.dir, globs: layer.config.files};
      if (layer.config.ignore) ignore.push({dir: layer.dir, globs: layer.config.ignore});
    }
    return {extensions, files, ignore};
  }

  /** Every config file that applies under the run (for the cache key). */
  configFilesFor(dir: string): string[] {
    return this.chainFor(path.resolve(this.options.cwd, dir)).map((l) => l.file);
  }
}
