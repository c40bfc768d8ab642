// yargs, with the modules that lay out its help text loaded on first use.
//
// yargs' own entry (index.mjs, and yargs/helpers) imports its platform shim, which imports cliui and
// string-width; their set-up at import (Unicode width tables, emoji expressions, an Intl.Segmenter) costs
// more than the rest of a short run's start, and yargs calls them only to lay out help and usage text
// (usage.js), which corpuslint prints for --help alone. So this builds yargs from its factory with a copy
// of that shim (lib/platform-shims/esm.mjs of yargs 18) whose `cliui` and `stringWidth` require the two
// modules on first call, and node:assert only for an assertion that fails; everything else is the shim's,
// from the same files. Any other yargs, or a layout not as expected: yargs' own entry, as before.
import fs from 'node:fs';
import {createRequire} from 'node:module';
import {basename, dirname, extname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {inspect} from 'node:util';
import type Yargs from 'yargs';

type Factory = typeof Yargs;
type Assert = Record<'notStrictEqual' | 'strictEqual', (actual: unknown, expected: unknown, message?: string) => void>;
type HideBin = (argv: string[]) => string[];

/** The shim's imports besides cliui, string-width and get-caller-file (a CommonJS module), imported as it does. */
const SHIM_IMPORTS = ['escalade/sync', 'yargs-parser', 'y18n'] as const;

/** An ES module's default export, required: its namespace, or what it exports as 'module.exports' (cliui). */
function defaultOf(m: unknown): unknown {
  return typeof m === 'function' ? m : (m as {default: unknown}).default;
}

async function lazyYargs(): Promise<{yargs: Factory; hideBin: HideBin}> {
  const main = import.meta.resolve('yargs');
  const yargsDir = dirname(fileURLToPath(main));
  const pkg = JSON.parse(fs.readFileSync(join(yargsDir, 'package.json'), 'utf8')) as {version?: string};
  const shimUrl = new URL('./lib/platform-shims/esm.mjs', main);
  if (!pkg.version?.startsWith('18.') || !fs.existsSync(fileURLToPath(shimUrl))) throw new Error('another yargs');
  // The shim's imports resolve from yargs' folder: the copies this module would resolve must be those
  // (none nested under yargs), else the stock entry.
  const urls = SHIM_IMPORTS.map((spec) => {
    const name = spec.split('/')[0];
    if (fs.existsSync(join(yargsDir, 'node_modules', name))) throw new Error(`yargs has its own ${name}`);
    return import.meta.resolve(spec);
  });
  const [factory, argv, escalade, parser, y18n] = await Promise.all([
    import(new URL('./build/lib/yargs-factory.js', main).href) as Promise<{YargsFactory: (shim: unknown) => Factory}>,
    import(new URL('./build/lib/utils/process-argv.js', main).href) as Promise<{hideBin: HideBin; getProcessArgvBin: () => string}>,
    ...urls.map((u) => import(u) as Promise<{default: unknown}>),
  ]);
  const require = createRequire(shimUrl);
  const nodeAssert = () => require('node:assert') as Assert;
  // ESM packages, required: the same module files an import of them from the shim loads
  let cliui: ((opts: unknown) => unknown) | undefined;
  let stringWidth: ((s: string) => number) | undefined;
  const getCallerFile = require('get-caller-file') as (position?: number) => string;
  const shimFile = fileURLToPath(shimUrl);
  const mainFilename = shimFile.substring(0, shimFile.lastIndexOf('node_modules'));
  const shim = {
    // node:assert (two dozen million instructions to load) is required only to throw: yargs asserts on every
    // parse and its assertions pass. Object.is is the comparison assert's strict functions make.
    assert: {
      notStrictEqual: (actual: unknown, expected: unknown, message?: string) => {
        if (Object.is(actual, expected)) nodeAssert().notStrictEqual(actual, expected, message);
      },
      strictEqual: (actual: unknown, expected: unknown, message?: string) => {
        if (!Object.is(actual, expected)) nodeAssert().strictEqual(actual, expected, message);
      },
    },
    cliui: (opts: unknown) => {
      cliui ??= defaultOf(require('cliui')) as (opts: unknown) => unknown;
      return cliui(opts);
    },
    findUp: escalade.default,
    getEnv: (key: string) => process.env[key],
    inspect,
    getProcessArgvBin: argv.getProcessArgvBin,
    mainFilename: mainFilename || process.cwd(),
    Parser: parser.default,
    path: {basename, dirname, extname, relative, resolve, join},
    process: {
      argv: () => process.argv,
      cwd: process.cwd,
      emitWarning: (warning: string | Error, type?: string) => process.emitWarning(warning, type),
      execPath: () => process.execPath,
      exit: (code?: number) => {
        process.exit(code);
      },
      nextTick: process.nextTick,
      stdColumns: typeof process.stdout.columns !== 'undefined' ? process.stdout.columns : null,
    },
    readFileSync: fs.readFileSync,
    readdirSync: fs.readdirSync,
    require,
    // (the stack depth is the shim's: getCallerFile(3) names yargs' caller)
    getCallerFile: () => {
      const callerFile = getCallerFile(3);
      return /^file:\/\//.test(callerFile) ? fileURLToPath(callerFile) : callerFile;
    },
    stringWidth: (s: string) => {
      stringWidth ??= defaultOf(require('string-width')) as (s: string) => number;
      return stringWidth(s);
    },
    y18n: (y18n.default as (opts: unknown) => unknown)({directory: resolve(shimFile, '../../../locales'), updateFiles: false}),
  };
  return {yargs: factory.YargsFactory(shim), hideBin: argv.hideBin};
}

async function stockYargs(): Promise<{yargs: Factory; hideBin: HideBin}> {
  const [entry, helpers] = await Promise.all([import('yargs'), import('yargs/helpers')]);
  return {yargs: entry.default, hideBin: helpers.hideBin};
}

let loaded: {yargs: Factory; hideBin: HideBin};
try {
  loaded = await lazyYargs();
} catch {
  loaded = await stockYargs();
}

export const yargs: Factory = loaded.yargs;
export const hideBin: HideBin = loaded.hideBin;
