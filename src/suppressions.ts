// Bulk suppressions for adopting corpuslint on an existing archive, as ESLint 9 does:
// `--suppress-all` records today's findings per file and rule (a count) in corpuslint-suppressions.json;
// later runs report only what exceeds the recorded count; `--prune-suppressions` drops what was fixed.
import fs from 'node:fs';
import type {FileResult} from './engine/process-file.js';
import {ConfigError} from './config/errors.js';
import {readJson} from './config/load.js';

export const SUPPRESSIONS_FILE = 'corpuslint-suppressions.json';

/** file path → rule id → {count} */
export type Suppressions = Record<string, Record<string, {count: number}>>;

export function loadSuppressions(file: string): Suppressions {
  if (!fs.existsSync(file)) return {};
  const data = readJson(file);
  const ok = data !== null && typeof data === 'object' && !Array.isArray(data) &&
    Object.values(data as object).every((rules) => rules && typeof rules === 'object' &&
      Object.values(rules as object).every((r) => r && typeof (r as {count?: unknown}).count === 'number'));
  if (!ok) throw new ConfigError('not a suppressions file: expected {"path": {"rule-id": {"count": N}}}.', file);
  return data as Suppressions;
}

export function saveSuppressions(file: string, suppressions: Suppressions): void {
  const sorted: Suppressions = {};
  for (const p of Object.keys(suppressions).sort()) {
    const rules = suppressions[p];
    if (Object.keys(rules).length === 0) continue;
    sorted[p] = {};
    for (const r of Object.keys(rules).sort()) sorted[p][r] = rules[r];
  }
  fs.writeFileSync(file, JSON.stringify(sorted, null, 2) + '\n');
}

function counts(result: FileResult): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of result.messages) out.set(m.ruleId, (out.get(m.ruleId) ?? 0) + 1);
  return out;
}

/** Record every current finding (merged over what was recorded for files not in this run). */
export function suppressAll(results: FileResult[], previous: Suppressions): Suppressions {
  const next: Suppressions = {...previous};
  for (const r of results) {
    const c = counts(r);
    if (c.size === 0) delete next[r.path];
    else next[r.path] = Object.fromEntries([...c].map(([rule, count]) => [rule, {count}]));
  }
  return next;
}

/**
 * Drop suppressed messages. Per file and rule, when the findings are no more than recorded, they are
 * all suppressed; when there are more, all are reported (the new one cannot be told from the old).
 * Returns the entries that suppress more than exists now (what --prune-suppressions removes).
 */
export function applySuppressions(results: FileResult[], suppressions: Suppressions): {results: FileResult[]; unused: Suppressions} {
  const unused: Suppressions = {};
  const out = results.map((r) => {
    const recorded = suppressions[r.path];
    if (!recorded) return r;
    const c = counts(r);
    for (const [rule, {count}] of Object.entries(recorded)) {
      const now = c.get(rule) ?? 0;
      if (now < count) (unused[r.path] ??= {})[rule] = {count: now};
    }
    return {...r, messages: r.messages.filter((m) => !(recorded[m.ruleId] && (c.get(m.ruleId) ?? 0) <= recorded[m.ruleId].count))};
  });
  return {results: out, unused};
}

/** Lower or remove the entries that now suppress more than exists. */
export function prune(suppressions: Suppressions, unused: Suppressions): Suppressions {
  const next: Suppressions = JSON.parse(JSON.stringify(suppressions));
  for (const [p, rules] of Object.entries(unused)) {
    for (const [rule, {count}] of Object.entries(rules)) {
      if (count === 0) delete next[p][rule];
      else next[p][rule] = {count};
    }
    if (next[p] && Object.keys(next[p]).length === 0) delete next[p];
  }
  return next;
}

/**
 * The one way a run's results meet the suppressions file of its working folder (the CLI, `lint()` and the
 * language server all call it): `file` is read when it exists; messages it suppresses are dropped.
 */
export function suppressed(results: FileResult[], file: string): {results: FileResult[]; unused: Suppressions; recorded: Suppressions} {
  const recorded = loadSuppressions(file);
  if (Object.keys(recorded).length === 0) return {results, unused: {}, recorded};
  return {...applySuppressions(results, recorded), recorded};
}
