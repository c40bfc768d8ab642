// The speed-and-scale features are one mechanism over plain first-pass results: these tests check
// that every mode gives the report of a plain single-thread run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {execFileSync} from 'node:child_process';
import {afterEach, describe, expect, it} from 'vitest';
import {runPatterns, indexPatterns, type RunOptions} from '../../src/engine/run.js';
import {writeIndex, shardOf, parseShard} from '../../src/engine/shard.js';
import {cacheLocation} from '../../src/engine/cache.js';
import {rules, getRule} from '../../rules/index.js';
import type {FileResult} from '../../src/engine/process-file.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const bin = path.join(root, 'dist', 'src', 'bin.js');

// A small corpus in which the corpus rules have something to say: one name spelled two ways across
// files, and a line repeated in many files (scraping residue).
function article(i: number, spelling = 'Pashinyan'): string {
  return [
    `Headline number ${i} about the talks`,
    '',
    `Prime Minister Nikol ${spelling} met officials in Yerevan on day ${i}, the ministry said.`,
    `"We will continue the negotiations," ${spelling} told reporters after meeting ${i}.`,
    `Officials said ${i + 2} people were injured in a separate incident, according to police.`,
    '',
    'Share this article on Facebook Twitter Email',
    'Sign up for our daily newsletter',
    '',
  ].join('\n');
}

const temps: string[] = [];
function corpus(n = 9): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpuslint-scale-'));
  temps.push(dir);
  fs.mkdirSync(path.join(dir, 'articles'));
  for (let i = 0; i < n; i++) {
    fs.writeFileSync(path.join(dir, 'articles', `a${String(i).padStart(2, '0')}.txt`), article(i, i === 3 ? 'Pashinian' : 'Pashinyan'));
  }
  return dir;
}
afterEach(() => {
  for (const d of temps.splice(0)) fs.rmSync(d, {recursive: true, force: true});
});

const plain = (r: FileResult[]) => r.map(({path: p, messages}) => ({path: p, messages})).sort((a, b) => (a.path < b.path ? -1 : 1));
const base = (cwd: string): RunOptions => ({cwd, configFile: false, workers: 1, builtins: rules});

describe('workers', () => {
  it('a pool of workers gives the report of one thread', async () => {
    const cwd = corpus(12);
    const one = await runPatterns(['articles'], base(cwd));
    const pool = await runPatterns(['articles'], {...base(cwd), workers: 2});
    expect(pool.threads).toBe(2);
    expect(plain(pool.results)).toEqual(plain(one.results));
    expect(one.results.some((r) => r.messages.length > 0)).toBe(true);
  });
});

describe('cache', () => {
  it('a warm run reads every result from the cache and reports as the cold run did', async () => {
    const cwd = corpus();
    const cold = await runPatterns(['articles'], {...base(cwd), cache: true});
    expect(cold.cache).toMatchObject({hits: 0, misses: 9});
    expect(fs.existsSync(path.join(cwd, '.corpuslintcache'))).toBe(true);
    const warm = await runPatterns(['articles'], {...base(cwd), cache: true});
    expect(warm.cache).toMatchObject({hits: 9, misses: 0});
    expect(plain(warm.results)).toEqual(plain(cold.results));
    const uncached = await runPatterns(['articles'], base(cwd));
    expect(plain(warm.results)).toEqual(plain(uncached.results));
  });

  it('re-lints only a changed file, and the corpus rules see its new facts', async () => {
    const cwd = corpus();
    await runPatterns(['articles'], {...base(cwd), cache: true});
    fs.writeFileSync(path.join(cwd, 'articles', 'a05.txt'), article(5, 'Pashinian'));
    const after = await runPatterns(['articles'], {...base(cwd), cache: true});
    expect(after.cache).toMatchObject({hits: 8, misses: 1});
    const uncached = plain((await runPatterns(['articles'], base(cwd))).results);
    expect(plain(after.results)).toEqual(uncached);
    // The cache written again (old facts copied from its tail, the new one added) reads back whole.
    fs.writeFileSync(path.join(cwd, 'articles', 'a07.txt'), article(7, 'Pashinian'));
    const again = await runPatterns(['articles'], {...base(cwd), cache: true});
    expect(again.cache).toMatchObject({hits: 8, misses: 1, corpus: false});
    expect(plain(again.results)).toEqual(plain((await runPatterns(['articles'], base(cwd))).results));
  });

  it('pass 2 comes from the cache only while the whole corpus is unchanged', async () => {
    // A line repeated in three articles is residue in each; drop it from one and the two others, unchanged
    // on disk, must lose their message: the corpus rules' messages depend on every file, not only their own.
    const cwd = corpus(0);
    const page = (i: number, footer: boolean) => `Headline number ${i} about the talks\n\nOfficials met in Yerevan on day ${i}, the ministry said in a statement.\n${footer ? '\nYerevan bureau Tuesday edition\n' : ''}`;
    for (let i = 0; i < 3; i++) fs.writeFileSync(path.join(cwd, 'articles', `p${i}.txt`), page(i, true));
    const cold = await runPatterns(['articles'], {...base(cwd), cache: true});
    expect(cold.cache).toMatchObject({corpus: false});
    const repeated = (r: FileResult[]) => r.filter((x) => x.messages.some((m) => /repeated line/.test(m.reason))).map((x) => x.path).sort();
    expect(repeated(cold.results)).toEqual(['articles/p0.txt', 'articles/p1.txt', 'articles/p2.txt']);
    const warm = await runPatterns(['articles'], {...base(cwd), cache: true});
    expect(warm.cache).toMatchObject({hits: 3, corpus: true});
    expect(plain(warm.results)).toEqual(plain(cold.results));
    fs.writeFileSync(path.join(cwd, 'articles', 'p2.txt'), page(2, false));
    const after = await runPatterns(['articles'], {...base(cwd), cache: true});
    expect(after.cache).toMatchObject({hits: 2, misses: 1, corpus: false});
    expect(repeated(after.results)).toEqual([]);
    expect(plain(after.results)).toEqual(plain((await runPatterns(['articles'], base(cwd))).results));
    // Reporting fewer files (a shard, --changed-since) is another corpus role: not the stored one.
    const shard = await runPatterns(['articles'], {...base(cwd), cache: true, shard: {index: 1, count: 2}});
    expect(shard.cache).toMatchObject({corpus: false});
  });

  it('--fix on a warm cache reads the cached facts and fixes as an uncached run does', () => {
    const cwd = corpus();
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'corpuslint-scale-'));
    temps.push(copy);
    fs.cpSync(path.join(cwd, 'articles'), path.join(copy, 'articles'), {recursive: true});
    const run = (dir: string, ...args: string[]) => execFileSync(process.execPath, [bin, '--no-config', '--format', 'json', ...args, 'articles'], {cwd: dir, encoding: 'utf8'});
    run(cwd, '--cache');
    run(cwd, '--cache', '--fix');
    run(copy, '--fix');
    for (const name of fs.readdirSync(path.join(cwd, 'articles'))) {
      expect(fs.readFileSync(path.join(cwd, 'articles', name), 'utf8')).toBe(fs.readFileSync(path.join(copy, 'articles', name), 'utf8'));
    }
    // The variant was fixed everywhere, from the facts the cache held.
    expect(fs.readFileSync(path.join(cwd, 'articles', 'a03.txt'), 'utf8')).toContain('Nikol Pashinyan');
  });

  it('a truncated or garbled cache file is a cold start, not a crash nor a report with facts missing', async () => {
    const cwd = corpus(4);
    const expected = plain((await runPatterns(['articles'], base(cwd))).results);
    await runPatterns(['articles'], {...base(cwd), cache: true});
    const file = path.join(cwd, '.corpuslintcache');
    const whole = fs.readFileSync(file);
    for (const damaged of [whole.subarray(0, whole.length - 7), whole.subarray(0, whole.indexOf(10) + 3), Buffer.from('not json at all')]) {
      fs.writeFileSync(file, damaged);
      const run = await runPatterns(['articles'], {...base(cwd), cache: true});
      expect(run.cache).toMatchObject({hits: 0, misses: 4});
      expect(plain(run.results)).toEqual(expected);
    }
  });

  it('with --cache-strategy content, a change that keeps size and mtime is still seen', async () => {
    const cwd = corpus(4);
    await runPatterns(['articles'], {...base(cwd), cache: true});
    const file = path.join(cwd, 'articles', 'a01.txt');
    const stat = fs.statSync(file);
    fs.writeFileSync(file, article(1, 'Pashinian')); // same length as 'Pashinyan'
    fs.utimesSync(file, stat.atime, stat.mtime);
    const content = await runPatterns(['articles'], {...base(cwd), cache: true, cacheStrategy: 'content'});
    expect(content.cache).toMatchObject({hits: 3, misses: 1});
    expect(plain(content.results)).toEqual(plain((await runPatterns(['articles'], base(cwd))).results));
  });

  it('a changed config invalidates the cache', async () => {
    const cwd = corpus(4);
    await runPatterns(['articles'], {...base(cwd), cache: true});
    const other = await runPatterns(['articles'], {...base(cwd), cache: true, rules: {'no-unattributed-quote': 'off'}});
    expect(other.cache).toMatchObject({hits: 0, misses: 4});
    fs.writeFileSync(path.join(cwd, '.corpuslintrc.json'), JSON.stringify({rules: {'no-boilerplate': 'error'}}));
    const withConfig = await runPatterns(['articles'], {cwd, workers: 1, cache: true, builtins: rules});
    expect(withConfig.cache).toMatchObject({hits: 0, misses: 4});
  });

  it('a changed rule version invalidates the cache', async () => {
    const cwd = corpus(4);
    await runPatterns(['articles'], {...base(cwd), cache: true});
    const rule = getRule('no-boilerplate')!;
    const before = rule.meta.version;
    rule.meta.version = (before ?? 0) + 1000;
    try {
      const bumped = await runPatterns(['articles'], {...base(cwd), cache: true});
      expect(bumped.cache).toMatchObject({hits: 0, misses: 4});
    } finally {
      rule.meta.version = before;
    }
  });

  it('refuses a relative cache location outside the working tree', () => {
    expect(() => cacheLocation('/work/x', '../elsewhere/cache')).toThrow(/outside the working tree/);
    expect(cacheLocation('/work/x', '/tmp/abs-cache')).toBe('/tmp/abs-cache');
    expect(cacheLocation('/work/x')).toBe('/work/x/.corpuslintcache');
  });
});

describe('shards', () => {
  it('parses i/n and assigns every file to exactly one shard', () => {
    expect(parseShard('2/3')).toEqual({index: 2, count: 3});
    expect(() => parseShard('0/3')).toThrow();
    expect(() => parseShard('4/3')).toThrow();
    const paths = Array.from({length: 200}, (_, i) => `articles/a${i}.txt`);
    const counts = [0, 0, 0];
    for (const p of paths) counts[shardOf(p, 3) - 1]++;
    expect(counts.reduce((a, b) => a + b)).toBe(200);
    expect(Math.min(...counts)).toBeGreaterThan(40);
  });

  it('the union of n sharded reports (with the slices\' indexes) equals the unsharded report', async () => {
    const cwd = corpus(10);
    const whole = await runPatterns(['articles'], base(cwd));
    const n = 3;
    const indexes: string[] = [];
    for (let i = 1; i <= n; i++) {
      const file = path.join(cwd, `index-${i}.json`);
      writeIndex(file, await indexPatterns(['articles'], {...base(cwd), shard: {index: i, count: n}}), rules, {index: i, count: n});
      indexes.push(file);
    }
    const union: FileResult[] = [];
    const unionNoIndex: FileResult[] = [];
    for (let i = 1; i <= n; i++) {
      union.push(...(await runPatterns(['articles'], {...base(cwd), shard: {index: i, count: n}, corpusIndex: indexes})).results);
      unionNoIndex.push(...(await runPatterns(['articles'], {...base(cwd), shard: {index: i, count: n}})).results);
    }
    expect(union.length).toBe(10);
    expect(plain(union)).toEqual(plain(whole.results));
    expect(plain(unionNoIndex)).toEqual(plain(whole.results));
  });
});

describe('--changed-since (git, through the command)', () => {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
  const lint = (cwd: string, ...args: string[]) => {
    try {
      return execFileSync(process.execPath, [bin, '--no-config', '-f', 'json', ...args], {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
    } catch (error) {
      return (error as {stdout: string}).stdout; // exit 1 with lint errors
    }
  };

  it('reports only the changed article, judged against the whole corpus', () => {
    const cwd = corpus(8);
    git(cwd, 'init', '-q');
    git(cwd, '-c', 'user.email=t@example.com', '-c', 'user.name=t', 'add', '.');
    git(cwd, '-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'corpus');
    // Warm the cache on the committed corpus, then change one article and add one.
    lint(cwd, '--cache', 'articles');
    fs.writeFileSync(path.join(cwd, 'articles', 'a06.txt'), article(6, 'Pashinian'));
    fs.writeFileSync(path.join(cwd, 'articles', 'new.txt'), article(42));
    const changed = JSON.parse(lint(cwd, '--cache', '--changed-since', 'HEAD', 'articles')) as Array<{path: string; messages: unknown[]}>;
    expect(changed.map((f) => f.path).sort()).toEqual(['articles/a06.txt', 'articles/new.txt']);
    // Each reported file has exactly the messages a full run gives it (corpus rules saw the rest)...
    const full = JSON.parse(lint(cwd, 'articles')) as Array<{path: string; messages: unknown[]}>;
    for (const f of changed) expect(f.messages).toEqual(full.find((g) => g.path === f.path)!.messages);
    // ...and not what a run on the changed files alone gives, where the corpus is missing.
    const alone = JSON.parse(lint(cwd, 'articles/a06.txt', 'articles/new.txt')) as Array<{path: string; messages: unknown[]}>;
    expect(alone).not.toEqual(changed);
    // Nothing changed since the working tree's own state: nothing reported.
    git(cwd, '-c', 'user.email=t@example.com', '-c', 'user.name=t', 'add', '.');
    git(cwd, '-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'more');
    expect(JSON.parse(lint(cwd, '--cache', '--changed-since', 'HEAD', 'articles'))).toEqual([]);
  });
});
