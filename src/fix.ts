// --fix: apply the `expected` of fixable messages from the end of the file backwards, never two
// overlapping edits, re-lint and repeat until nothing more applies (at most 10 passes). Files are written
// atomically (temporary file + rename), keeping line endings, BOM and mode; a file that changed on disk
// since it was read, a symlink out of the linted tree, and a file that could not be decoded are not written.
import fs from 'node:fs';
import path from 'node:path';
import type {LintMessage} from './types.js';
import type {RunResult} from './engine/run.js';
import {processText, fileMessage, hashBytes, type FileResult} from './engine/process-file.js';
import {corpusMessages, summarizeAll, secondPass, compareMessages} from './engine/corpus-pass.js';
import {applyDirectives, DIRECTIVE_RULE} from './engine/directives.js';
import {decode} from './engine/decode.js';
import {ruleIds, rules} from '../rules/index.js';
import {isCorpusRule} from './types.js';
import {createRequire} from 'node:module';

// The diff library is loaded only for --fix-dry-run.
const require = createRequire(import.meta.url);

export const MAX_PASSES = 10;

export interface FixOutcome {
  path: string;
  /** The text before and after, when something changed. */
  before?: string;
  after?: string;
  applied: number;
  written: boolean;
  skipped?: string;
}

/** Apply non-overlapping fixes, last first; returns the new text and how many were applied. */
export function applyFixes(text: string, messages: LintMessage[]): {text: string; applied: number} {
  const fixes = messages
    .filter((m) => m.fixable && m.expected && m.expected.length > 0 && m.actual !== undefined)
    .sort((a, b) => b.place.start.offset - a.place.start.offset || b.place.end.offset - a.place.end.offset);
  let out = text;
  let applied = 0;
  let limit = Infinity; // start offset of the last applied edit: later edits must end before it
  for (const m of fixes) {
    const {start, end} = {start: m.place.start.offset, end: m.place.end.offset};
    if (end > limit || start > end || end > out.length) continue;
    if (out.slice(start, end) !== m.actual) continue; // the report no longer matches the text
    out = out.slice(0, start) + m.expected![0] + out.slice(end);
    limit = start;
    applied++;
  }
  return {text: out, applied};
}

function writeAtomic(file: string, bytes: Uint8Array, mode: number): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.corpuslint-${process.pid}-${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes, {mode});
    fs.chmodSync(tmp, mode);
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, {force: true});
    throw error;
  }
}

function within(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

interface Pending {
  index: number;
  target: string;
  mode: number;
  bom: boolean;
  hash: string;
  before: string;
  text: string;
  applied: number;
}

/**
 * Fix every file of a run (or only compute the fixes, for --fix-dry-run). Each file is fixed and re-linted
 * until nothing more applies; then, because deleting lines changes the corpus (a line's neighbours, how
 * many articles carry it), the corpus summaries are folded again from the fixed files' facts and every file
 * is checked again, until a whole round changes nothing (at most MAX_PASSES rounds): so a second --fix
 * finds nothing more. Files are written at the end. Updates the run's results in place.
 */
export function fixRun(run: RunResult, options: {write: boolean}): FixOutcome[] {
  const pending = new Map<string, Pending>();
  const skipped = new Map<string, string>();
  for (let round = 0; round < MAX_PASSES; round++) {
    let changed = false;
    run.results.forEach((result, i) => {
      if (skipped.has(result.path) || !result.messages.some((m) => m.fixable)) return;
      let p = pending.get(result.path);
      if (!p) {
        const opened = openForFix(run, result, i);
        if (typeof opened === 'string') {
          skipped.set(result.path, opened);
          run.results[i] = {...result, messages: [...result.messages, fileMessage(`Not fixed: ${opened}`, 1, undefined, 'fix-skipped')]};
          return;
        }
        p = opened;
        pending.set(result.path, p);
      }
      let messages = result.messages;
      let text = p.text;
      for (let pass = 0; pass < MAX_PASSES; pass++) {
        const step = applyFixes(text, messages);
        if (step.applied === 0) break;
        p.applied += step.applied;
        text = step.text;
        const next = relint(run, result, text).result;
        run.results[i] = next;
        messages = next.messages;
      }
      if (text !== p.text) {
        p.text = text;
        changed = true;
      }
    });
    if (!changed || !run.complete) break;
    refold(run);
  }

  const outcomes: FixOutcome[] = [];
  for (const [file, why] of skipped) outcomes.push({path: file, applied: 0, written: false, skipped: why});
  for (const [file, p] of pending) {
    if (p.text === p.before) {
      outcomes.push({path: file, applied: 0, written: false});
      continue;
    }
    if (options.write) {
      if (hashBytes(fs.readFileSync(p.target)) !== p.hash) {
        outcomes.push({path: file, applied: 0, written: false, skipped: 'the file changed on disk during the run'});
        const r = run.results[p.index];
        run.results[p.index] = {...r, messages: [...r.messages, fileMessage('Not fixed: the file changed on disk during the run', 1, undefined, 'fix-skipped')]};
        continue;
      }
      const out = Buffer.from(p.text, 'utf8');
      writeAtomic(p.target, p.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), out]) : out, p.mode);
    }
    outcomes.push({path: file, before: p.before, after: p.text, applied: p.applied, written: options.write});
  }
  return outcomes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Fold the summaries again from every file's current facts, and redo each file's corpus messages. */
function refold(run: RunResult): void {
  const inputs = run.results.map((result) => ({result, config: run.resolver.forFile(path.resolve(run.cwd, result.path))}));
  inputs.sort((a, b) => (a.result.path < b.result.path ? -1 : a.result.path > b.result.path ? 1 : 0));
  run.summaries = summarizeAll(inputs);
  const corpusIds = new Set(rules.filter(isCorpusRule).map((r) => r.meta.id));
  for (const input of inputs) {
    const i = run.results.indexOf(input.result);
    const own = input.result.messages.filter((m) => !corpusIds.has(m.ruleId));
    const fresh = applyDirectives(corpusMessages(input, run.summaries), input.result.directives, ruleIds).filter((m) => m.ruleId !== DIRECTIVE_RULE);
    run.results[i] = {...input.result, messages: [...own, ...fresh].sort(compareMessages)};
  }
}

/** Pass 1 over the fixed text, and pass 2 against the run's summaries (the original's hash kept). */
function relint(run: RunResult, original: FileResult, text: string): {result: FileResult} {
  const config = run.resolver.forFile(path.resolve(run.cwd, original.path));
  return {result: secondPass({result: {...processText(original.path, text, config), hash: original.hash}, config}, run.summaries)};
}

/** Read a file for fixing, or say why it must not be written. */
function openForFix(run: RunResult, result: FileResult, index: number): Pending | string {
  const abs = path.resolve(run.cwd, result.path);
  if (result.noFix) return result.noFix;
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(abs);
  } catch {
    return 'the file is gone';
  }
  let target = abs;
  if (stat.isSymbolicLink()) {
    target = fs.realpathSync(abs);
    if (!within(fs.realpathSync(run.cwd), target)) return 'it is a symbolic link to a file outside the linted tree';
    stat = fs.statSync(target);
  }
  const bytes = fs.readFileSync(target);
  if (hashBytes(bytes) !== result.hash) return 'the file changed on disk since it was read';
  const decoded = decode(bytes);
  if (decoded.kind !== 'text' || decoded.warning) return 'the file could not be decoded as UTF-8';
  return {index, target, mode: stat.mode & 0o7777, bom: decoded.bom, hash: result.hash, before: decoded.text, text: decoded.text, applied: 0};
}

/** A unified diff of what --fix would change. */
export function fixDiff(outcomes: FixOutcome[]): string {
  return outcomes
    .filter((o) => o.after !== undefined && o.before !== undefined)
    .map((o) => (require('diff') as typeof import('diff')).createTwoFilesPatch(`a/${o.path}`, `b/${o.path}`, o.before!, o.after!, '', '', {context: 2}).replace(/^=+\n/m, ''))
    .join('');
}
