// tinyglobby (and fdir), loaded when a folder or a pattern must be searched: a run that names its files never
// calls it. Required from the ES module file an import of it loads (node >= 20.19 requires an ES module), so
// it is the same module, not its CommonJS build.
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';

type Tinyglobby = typeof import('tinyglobby');

let loaded: Tinyglobby | undefined;

export function tinyglobby(): Tinyglobby {
  return (loaded ??= createRequire(import.meta.url)(fileURLToPath(import.meta.resolve('tinyglobby'))) as Tinyglobby);
}
