// Where the package lives on disk and what it is called: for the version, the docs url and data files.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'rules'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('corpuslint: cannot find its own package root');
    dir = parent;
  }
}

export const packageRoot = findRoot();
const pkg = JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as {version: string; homepage?: string};
export const version: string = pkg.version;
const homepage = (pkg.homepage ?? 'https://github.com/corpuslint/corpuslint').replace(/#.*$/, '');

/** The absolute url of a rule's doc page. */
export function docsUrl(ruleId: string): string {
  return `${homepage}/blob/main/rules/${ruleId}.md`;
}

/** Read a data file of rules/data (word and phrase lists, kept as JSON with their provenance). */
export function readData<T>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(packageRoot, 'rules', 'data', name), 'utf8')) as T;
}
