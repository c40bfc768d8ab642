// A SHA-1 hash object, with node:crypto required on the first one: a plain lint (no cache, --fix, index or
// shard) hashes nothing, and loading the module and the ones it pulls in is the costlier part.
import {createRequire} from 'node:module';
import type {Hash} from 'node:crypto';

let crypto: typeof import('node:crypto') | undefined;

export function sha1(): Hash {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto.createHash('sha1');
}
