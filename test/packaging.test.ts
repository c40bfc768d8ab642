// What a new user's first commands install and name: `npm ci` installs no benchmark-only peers, and no
// recipe pins a release tag that does not exist.
import {describe, it, expect} from 'vitest';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {root} from './helpers/cli.js';

const BENCH_PEERS = ['alex', 'textlint', 'textlint-rule-max-comma', 'textlint-rule-terminology', 'textlint-rule-write-good'];

describe('packaging', () => {
  it('npm ci installs none of the benchmark peers (the bench installs them on demand)', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
    for (const name of BENCH_PEERS) {
      expect(pkg.dependencies?.[name] ?? pkg.devDependencies?.[name], name).toBeUndefined();
      expect(lock.packages[`node_modules/${name}`], name).toBeUndefined();
    }
    const {PEERS} = (await import(path.join(root, 'scripts/bench/peers.mjs'))) as {PEERS: Record<string, Record<string, string>>};
    expect(Object.keys(PEERS).sort()).toEqual(['alex', 'textlint']);
  });

  it('`npm pack` prints the tarball name alone (what pre-commit installs), not the build banners', () => {
    const npmrc = fs.readFileSync(path.join(root, '.npmrc'), 'utf8');
    expect(npmrc).toMatch(/^foreground-scripts=false$/m);
  });

  it('recipes pin no release tag that does not exist', () => {
    const tags = new Set(spawnSync('git', ['tag', '--list'], {cwd: root, encoding: 'utf8'}).stdout.split('\n').filter(Boolean));
    const docs = ['README.md', '.pre-commit-hooks.yaml', ...fs.readdirSync(path.join(root, 'docs')).map((f) => `docs/${f}`)];
    for (const doc of docs) {
      const text = fs.readFileSync(path.join(root, doc), 'utf8');
      for (const m of text.matchAll(/(?:rev:\s*|corpuslint\/corpuslint@)(v\d[\w.-]*)/g)) expect(tags.has(m[1]), `${doc}: ${m[0]}`).toBe(true);
    }
  });
});
