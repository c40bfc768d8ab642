// The benchmark's peers (alex, textlint and three textlint rules) are not dependencies of the project:
// `npm ci` would install them for every clone, CI job and pre-commit hook (a good minute) for the sake of
// `npm run bench` alone. They are installed here, on demand, at pinned versions, into a cache folder of
// their own (node_modules/.cache/corpuslint-bench-peers, or $CORPUSLINT_PEERS_DIR), once.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The versions measured in docs/performance.md. */
export const PEERS = {
  alex: {alex: '11.0.1'},
  textlint: {textlint: '15.8.0', 'textlint-rule-write-good': '2.0.0', 'textlint-rule-terminology': '5.2.16', 'textlint-rule-max-comma': '4.0.0'},
};

export function peersDir() {
  return path.resolve(process.env.CORPUSLINT_PEERS_DIR ?? path.join(root, 'node_modules', '.cache', 'corpuslint-bench-peers'));
}

const installed = (dir, packages) => Object.entries(packages).every(([name, version]) => {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')).version === version;
  } catch {
    return false;
  }
});

/**
 * Make sure the peers asked for are installed; returns those that are, and says on stderr why any other
 * is skipped (no network, a registry error).
 */
export function ensurePeers(names, log = (line) => process.stderr.write(line + '\n')) {
  const dir = peersDir();
  const wanted = names.filter((n) => PEERS[n]);
  for (const n of names) if (!PEERS[n]) log(`bench: unknown peer "${n}" (known: ${Object.keys(PEERS).join(', ')}), skipped`);
  const missing = wanted.filter((n) => !installed(dir, PEERS[n]));
  if (missing.length) {
    fs.mkdirSync(dir, {recursive: true});
    const manifest = path.join(dir, 'package.json');
    if (!fs.existsSync(manifest)) fs.writeFileSync(manifest, JSON.stringify({name: 'corpuslint-bench-peers', private: true}, null, 2) + '\n');
    const specs = missing.flatMap((n) => Object.entries(PEERS[n]).map(([name, version]) => `${name}@${version}`));
    log(`bench: installing the peers ${missing.join(', ')} into ${path.relative(process.cwd(), dir) || dir} (once)...`);
    const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--no-package-lock', '--ignore-scripts', ...specs], {cwd: dir, encoding: 'utf8'});
    if (r.status !== 0) {
      const why = (r.error?.message ?? r.stderr.trim().split('\n').filter((l) => /^npm (error|ERR!)/.test(l)).map((l) => l.replace(/^npm (error|ERR!) ?/, '')).slice(0, 3).join('; ')) || `npm exited ${r.status}`;
      log(`bench: could not install ${missing.join(', ')}: ${why}. Those peers are skipped (--peers none to stop trying).`);
    }
  }
  return wanted.filter((n) => installed(dir, PEERS[n]));
}
