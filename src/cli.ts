// The corpuslint command: argv → options → run → reporter → exit code.
// Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors or too many warnings,
// 2 usage or configuration error, or an internal failure. With a machine format, stdout carries only
// the report.
import fs from 'node:fs';
import path from 'node:path';
import {yargs} from './yargs-lazy.js';
import type {RuleSetting} from './types.js';
import {ConfigError, UsageError} from './config/errors.js';
import {runPatterns, runTexts, type RunOptions, type RunResult} from './engine/run.js';
import {indexPatterns, makeResolver} from './engine/run.js';
import {parseShard, writeIndex} from './engine/shard.js';
import {rules as builtinRules} from '../rules/index.js';
import {reporters} from './reporters/index.js';
import {toVFiles} from './reporters/vfiles.js';
import {version} from './package-info.js';
import {ruleIds} from '../rules/index.js';
import {isPluginRuleId} from './config/validate.js';
import {didYouMean} from './util/did-you-mean.js';
import {shouldShowProgress, createProgress} from './progress.js';
import {safeOutputPath, outputTarget, refuseLintedTarget, writeOutput} from './util/output-file.js';
import {SUPPRESSIONS_FILE, loadSuppressions, saveSuppressions, suppressAll, suppressed, prune} from './suppressions.js';

export {safeOutputPath};

const FORMATS = Object.keys(reporters);

function parseRuleFlags(values: string[]): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const value of values) {
    const eq = value.indexOf('=');
    if (eq <= 0) throw new UsageError(`--rule expects id=level (for example no-boilerplate=error), got "${value}".`);
    const id = value.slice(0, eq).trim();
    const setting = value.slice(eq + 1).trim();
    // A plugin's rule (`name/id`) is checked once the configurations' plugins are loaded.
    if (!ruleIds.includes(id) && !isPluginRuleId(id)) throw new UsageError(`--rule: unknown rule \`${id}\`.${didYouMean(id, ruleIds)}`);
    if (setting.startsWith('[')) {
      try {
        out[id] = JSON.parse(setting) as RuleSetting;
      } catch {
        throw new UsageError(`--rule ${id}: the setting is not valid JSON: ${setting}`);
      }
    } else out[id] = setting as RuleSetting;
  }
  return out;
}

/**
 * `--list-rules`: every rule the configuration of `target` (a file or folder; default the working folder)
 * knows, its plugin's rules included, with the level it has there, as `id  level  description` lines.
 */
function listRules(options: RunOptions, target = '.'): string {
  const resolver = makeResolver(options);
  const abs = path.resolve(options.cwd ?? process.cwd(), target);
  const probe = fs.existsSync(abs) && fs.statSync(abs).isDirectory() ? path.join(abs, 'article.txt') : abs;
  const config = resolver.forFile(probe);
  const rows = resolver.registry.rules.map((r) => [r.meta.id, config.rules.get(r.meta.id)?.level ?? 'off', r.meta.description]);
  const width = Math.max(...rows.map((r) => r[0].length));
  return rows.map(([id, level, description]) => `${id.padEnd(width)}  ${level.padEnd(5)}  ${description}\n`).join('');
}

function readStdin(): Buffer {
  const chunks: Buffer[] = [];
  const buffer = Buffer.alloc(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(0, buffer, 0, buffer.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') break;
      throw error;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

/** `--context` values (repeatable; each may also be a comma-separated list). */
function contextOption(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const list = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);
  if (list.length === 0) throw new UsageError('--context needs a file or folder (for example --context articles).');
  return list;
}

/** `--max-warnings N`: a whole number of at least -1 (-1: no limit), said as given when it is not one. */
function parseMaxWarnings(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const given = ([] as unknown[]).concat(value);
  const text = String(given[given.length - 1]).trim();
  if (!/^-?\d+$/.test(text) || Number(text) < -1) throw new UsageError(`--max-warnings expects a whole number (0 or more; -1 for no limit), got "${text}".`);
  return Number(text);
}

function parseWorkers(value: string): number | 'auto' {
  if (value === 'auto') return 'auto';
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--workers expects a whole number of at least 1, or auto, got "${value}".`);
  return n;
}

export async function main(argv: string[]): Promise<number> {
  // `corpuslint index --out FILE [paths]`: write the corpus facts of the files (of a --shard) for --corpus-index.
  const indexMode = argv[0] === 'index';
  if (indexMode) argv = argv.slice(1);
  const cwd = process.cwd();
  let usageError: string | undefined;
  const parser = yargs(argv)
    .scriptName('corpuslint')
    .usage('$0 [paths or globs...]\n$0 index --out FILE [paths or globs...]   write the corpus facts of the files (of a --shard) for --corpus-index\n\nLint a corpus of news articles: scraping residue, unsourced casualty figures, unattributed claims and quotes, inconsistent name spellings.')
    .option('format', {alias: 'f', type: 'string', default: 'stylish', choices: FORMATS, describe: 'Report format'})
    .option('output-file', {alias: 'o', type: 'string', describe: 'Write the report to this file instead of stdout'})
    .option('config', {alias: 'c', type: 'string', describe: 'Use this config file instead of looking for .corpuslintrc.json (--no-config: none, the recommended preset)'})
    .option('list-rules', {type: 'boolean', default: false, describe: 'List the rules (built-in and of configured plugins) and the level each has for the first path given, or the working folder'})
    .option('plugins', {type: 'boolean', default: true, describe: 'Load the plugins configurations name (--no-plugins: built-in rules only, for untrusted checkouts)'})
    .option('rule', {type: 'string', requiresArg: true, describe: 'Set a rule: id=off|warn|error (or id=\'["warn",{...}]\'), repeatable'})
    .option('quiet', {type: 'boolean', default: false, describe: 'Report errors only'})
    .option('max-warnings', {type: 'string', requiresArg: true, describe: 'Exit 1 when there are more warnings than this (a whole number; -1: no limit)'})
    .option('fix', {type: 'boolean', default: false, describe: 'Apply safe fixes to the files'})
    .option('fix-dry-run', {type: 'boolean', default: false, describe: 'Print the fixes as a diff without writing (stderr with a machine format)'})
    .option('stdin', {type: 'boolean', default: false, describe: 'Lint text from standard input'})
    .option('stdin-filename', {type: 'string', describe: 'The name of the stdin text (for config, format and reports)'})
    .option('context', {type: 'string', describe: 'Corpus context: files or folders read for the corpus rules but not reported (pre-commit, editors), repeatable'})
    .option('progress', {type: 'boolean', describe: 'Show a progress line on stderr for long runs (default: on a terminal, not in CI; --no-progress to hide)'})
    .option('ignore-path', {type: 'string', describe: 'Ignore file to use instead of .corpuslintignore'})
    .option('ignore', {type: 'boolean', default: true, describe: 'Honour ignore files and patterns (--no-ignore to lint everything named)'})
    .option('color', {type: 'boolean', describe: 'Force colour on or off (default: on for a terminal, off with NO_COLOR)'})
    .option('suppress-all', {type: 'boolean', default: false, describe: `Record every current finding in ${SUPPRESSIONS_FILE}`})
    .option('prune-suppressions', {type: 'boolean', default: false, describe: 'Drop recorded suppressions that no longer occur'})
    .option('suppressions-location', {type: 'string', describe: `Suppressions file (default: ./${SUPPRESSIONS_FILE})`})
    .option('cache', {type: 'boolean', default: false, describe: 'Reuse the results of unchanged files (by content hash, config and rule versions)'})
    .option('cache-location', {type: 'string', describe: 'Cache file (default: ./.corpuslintcache; inside the working tree unless absolute)'})
    .option('cache-strategy', {type: 'string', default: 'metadata', choices: ['metadata', 'content'], describe: 'How the cache sees a file is unchanged: size and mtime (then its stored content hash), or by re-hashing its content'})
    .option('changed-since', {type: 'string', describe: 'Report only the files changed since this git revision; the others are corpus context (use with --cache)'})
    .option('workers', {type: 'string', default: 'auto', describe: 'Threads for the first pass: a number, or auto (a pool for large corpora)'})
    .option('shard', {type: 'string', describe: 'Lint the i-th of n deterministic slices of the files: i/n (CI matrices)'})
    .option('corpus-index', {type: 'string', describe: 'Indexes written by `corpuslint index` (a file or a quoted glob, repeatable): their corpus facts stand in for reading those files'})
    .option('out', {type: 'string', describe: 'With `corpuslint index`: the index file to write'})
    .example('$0 seeds', 'Lint the articles under seeds/')
    .example('$0 "articles/**/*.md" --format sarif -o corpuslint.sarif', 'SARIF for GitHub code scanning')
    .example('$0 --rule no-unattributed-quote=off articles', 'Turn a rule off for this run')
    .example('cat draft.txt | $0 --stdin --stdin-filename draft.txt', 'Lint a buffer (editors)')
    .example('$0 --fix-dry-run articles', 'Show what --fix would change')
    .example('$0 index --shard 1/4 --out facts-1.json articles', 'Index one slice of an archive for --corpus-index (docs/sharding.md)')
    .epilogue('Exit codes: 0 no errors, 1 lint errors (or more warnings than --max-warnings), 2 usage, configuration or internal error.')
    .strictOptions()
    .version(version)
    .help()
    .alias('h', 'help')
    .alias('v', 'version')
    .wrap(Math.min(110, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => {
      usageError = msg || err?.message || 'invalid arguments';
    });

  let args: Awaited<ReturnType<typeof parser.parseAsync>>;
  try {
    args = await parser.parseAsync();
  } catch (error) {
    usageError ??= (error as Error).message;
    args = {} as never;
  }
  if (usageError) {
    process.stderr.write(`corpuslint: ${usageError}\nRun \`corpuslint --help\` for usage.\n`);
    return 2;
  }
  if (args.help || args.version) return 0;

  try {
    const patterns = (args._ as Array<string | number>).map(String);
    const configOption = args.config as string | boolean | undefined;
    if (configOption === true || configOption === '') throw new UsageError('--config needs a file name.');
    const maxWarnings = parseMaxWarnings(args['max-warnings']);
    if (args.stdin && (args.fix || args['suppress-all'])) throw new UsageError(`--stdin cannot be combined with ${args.fix ? '--fix' : '--suppress-all'}: there is no file to write.`);
    if (args.stdin && patterns.length) throw new UsageError('--stdin takes no paths: name the text with --stdin-filename.');
    if (args['stdin-filename'] && !args.stdin) throw new UsageError('--stdin-filename goes with --stdin.');
    const runOptions: RunOptions = {
      cwd,
      builtins: builtinRules,
      loadPlugins: args.plugins as boolean,
      configFile: configOption === false ? false : (configOption as string | undefined),
      rules: parseRuleFlags(([] as unknown[]).concat(args.rule ?? []).map(String)),
      ignorePath: args['ignore-path'] as string | undefined,
      ignore: args.ignore as boolean,
      context: contextOption(args.context),
      cache: Boolean(args.cache),
      cacheLocation: args['cache-location'] as string | undefined,
      cacheStrategy: args['cache-strategy'] as 'metadata' | 'content',
      // --fix checks a file's hash before writing; the cache and `corpuslint index` hash in any case.
      contentHash: Boolean(args.fix || args['fix-dry-run']),
      changedSince: args['changed-since'] as string | undefined,
      workers: parseWorkers(args.workers as string),
      shard: args.shard === undefined ? undefined : parseShard(String(args.shard)),
      corpusIndex: args['corpus-index'] === undefined ? undefined : ([] as unknown[]).concat(args['corpus-index']).map(String),
    };
    const progress = shouldShowProgress({flag: args.progress as boolean | undefined, stream: process.stderr})
      ? createProgress({stream: process.stderr}) : undefined;
    if (progress) runOptions.onProgress = progress.onProgress;
    const outputFile = args['output-file'] ? outputTarget(cwd, args['output-file'] as string, '--output-file') : undefined;

    if (args['list-rules']) {
      process.stdout.write(listRules(runOptions, patterns[0]));
      return 0;
    }
    if (indexMode || args.out) {
      if (!indexMode) throw new UsageError('--out goes with `corpuslint index`.');
      if (!args.out) throw new UsageError('`corpuslint index` needs --out FILE.');
      const out = safeOutputPath(cwd, args.out as string, '--out');
      try {
        writeIndex(out, await indexPatterns(patterns, runOptions), builtinRules, runOptions.shard);
      } finally {
        progress?.stop();
      }
      return 0;
    }
    let run: RunResult;
    // The text read from standard input: --fix-dry-run fixes it, never the file of the same name on disk.
    const sources = new Map<string, Uint8Array>();
    if (args.stdin) {
      const value = readStdin();
      const input = [{path: (args['stdin-filename'] as string | undefined) ?? '<stdin>.txt', value}];
      if (runOptions.context?.length) {
        const {runTextsInContext} = await import('./lsp/corpus.js'); // loaded for --stdin with --context alone
        run = await runTextsInContext(input, runOptions);
      } else run = runTexts(input, runOptions);
      run.results[0].path = (args['stdin-filename'] as string | undefined) ?? '<stdin>';
      sources.set(run.results[0].path, value);
    } else {
      try {
        run = await runPatterns(patterns, runOptions);
        if (run.cache?.warning) process.stderr.write(`corpuslint: ${run.cache.warning}\n`);
      } finally {
        progress?.stop();
      }
    }

    if (outputFile) refuseLintedTarget(outputFile, cwd, run.results.map((r) => r.path), '--output-file');
    const suppressionsFile = args['suppressions-location']
      ? safeOutputPath(cwd, args['suppressions-location'] as string, '--suppressions-location')
      : path.join(cwd, SUPPRESSIONS_FILE);
    const machine = args.format !== 'stylish';
    if (args.fix || args['fix-dry-run']) {
      const {fixRun, fixDiff} = await import('./fix.js'); // loaded for --fix alone
      const outcomes = fixRun(run, {write: Boolean(args.fix), sources, onNote: (note) => process.stderr.write(`corpuslint: ${note}\n`)});
      if (args['fix-dry-run']) {
        const diff = fixDiff(outcomes);
        if (diff) (machine ? process.stderr : process.stdout).write(diff);
      }
    }
    if (args['suppress-all']) {
      saveSuppressions(suppressionsFile, suppressAll(run.results, loadSuppressions(suppressionsFile)));
      process.stderr.write(`corpuslint: recorded the current findings in ${path.relative(cwd, suppressionsFile) || suppressionsFile}\n`);
    }
    const applied = suppressed(run.results, suppressionsFile);
    const suppressions = applied.recorded;
    if (Object.keys(suppressions).length) {
      run.results = applied.results;
      if (args['prune-suppressions']) saveSuppressions(suppressionsFile, prune(suppressions, applied.unused));
      else if (Object.keys(applied.unused).length && !args['suppress-all']) {
        process.stderr.write(`corpuslint: some recorded suppressions no longer occur; run with --prune-suppressions to drop them.\n`);
      }
    }

    let errors = 0;
    let warnings = 0;
    for (const r of run.results) {
      if (args.quiet) r.messages = r.messages.filter((m) => m.severity === 2);
      for (const m of r.messages) {
        if (m.severity === 2) errors++;
        else if (m.severity === 1) warnings++; // information (severity 0) counts toward nothing
      }
    }
    const color = typeof args.color === 'boolean' ? args.color
      : !outputFile && !machine && Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env);
    const report = reporters[args.format as string](toVFiles(run.results, cwd), {color, cwd});
    if (outputFile) writeOutput(outputFile, report);
    else process.stdout.write(report);

    if (errors > 0) return 1;
    if (typeof maxWarnings === 'number' && maxWarnings >= 0 && warnings > maxWarnings) {
      process.stderr.write(`corpuslint: too many warnings (${warnings}; --max-warnings is ${maxWarnings}).\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError) {
      process.stderr.write(`corpuslint: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`corpuslint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.CORPUSLINT_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return 2;
  }
}

