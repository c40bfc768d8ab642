// Where an installed package is and which version it is: the copies of a dependency's steps (the parse's, franc's)
// are used only with the version they were copied from, so each asks here first.
import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';

/** The folder of package `name` as resolved from the module or file `from` (the one holding its package.json). */
export function packageDir(from: string, name: string): string | undefined {
  try {
    let dir = path.dirname(createRequire(from).resolve(name));
    while (!fs.existsSync(path.join(dir, 'package.json'))) {
      const up = path.dirname(dir);
      if (up === dir) return undefined;
      dir = up;
    }
    return dir;
  } catch {
    return undefined;
  }
}

/** The version in a package folder's package.json, or undefined. */
export function versionOf(dir: string | undefined): string | undefined {
  if (!dir) return undefined;
  try {
    return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {version?: string}).version;
  } catch {
    return undefined;
  }
}
