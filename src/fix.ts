// --fix: apply the `expected` of fixable messages from the end of the file backwards, never two
// overlapping edits, re-lint and repeat until nothing more applies (at most 10 passes). Files are written
// atomically (temporary file + rename), keeping line endings, BOM and mode; a file that changed on disk
// since it was read, a symlink out of the linted tree, and a file that could not be decoded are not written.
import fs from 'node:fs';
import path from 'node:path';
import {createTwoFilesPatch} from 'diff';
import type {LintMessage} from './types.js';
import type {RunResult} from './engine/run.js';
import {processText, fileMessage, hashBytes, type FileResult} from './engine/process-file.js';
import {corpusMessages} from './engine/corpus-pass.js';
import {applyDirectives} from './engine/directives.js';
import {decode} from './engine/decode.js';
import {ruleIds} from '../rules/index.js';

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

/** Fix every file of a run (or only compute the fixes, for --fix-dry-run). Updates the run's results in place. */
export function fixRun(run: RunResult, options: {write: boolean}): FixOutcome[] {
  const outcomes: FixOutcome[] = [];
  run.results.forEach((result, i) => {
    if (!result.messages.some((m) => m.fixable)) return;
    const outcome = fixFile(run, result, options.write);
    outcomes.push(outcome);
    if (outcome.skipped) {
      run.results[i] = {...result, messages: [...result.messages, fileMessage(`Not fixed: ${outcome.skipped}`, 1, undefined, 'fix-skipped')]};
    } else if (outcome.after !== undefined) {
      run.results[i] = relint(run, result, outcome.after).result;
    }
  });
  return outcomes;
}

function relint(run: RunResult, original: FileResult, text: string): {result: FileResult} {
  const abs = path.resolve(run.cwd, original.path);
  const config = run.resolver.forFile(abs);
  const first = processText(original.path, text, config);
  const withCorpus = [...first.messages, ...corpusMessages({result: {...first, hash: original.hash}, config}, run.summaries)];
  const messages = applyDirectives(withCorpus, first.directives, ruleIds)
    .sort((a, b) => a.place.start.offset - b.place.start.offset);
  return {result: {...first, hash: original.hash, messages}};
}

function fixFile(run: RunResult, result: FileResult, write: boolean): FixOutcome {
  const abs = path.resolve(run.cwd, result.path);
  const base: FixOutcome = {path: result.path, applied: 0, written: false};
  if (result.noFix) return {...base, skipped: result.noFix};
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(abs);
  } catch {
    return {...base, skipped: 'the file is gone'};
  }
  let target = abs;
  if (stat.isSymbolicLink()) {
    target = fs.realpathSync(abs);
    if (!within(fs.realpathSync(run.cwd), target)) return {...base, skipped: 'it is a symbolic link to a file outside the linted tree'};
    stat = fs.statSync(target);
  }
  const bytes = fs.readFileSync(target);
  if (hashBytes(bytes) !== result.hash) return {...base, skipped: 'the file changed on disk since it was read'};
  const decoded = decode(bytes);
  if (decoded.kind !== 'text' || decoded.warning) return {...base, skipped: 'the file could not be decoded as UTF-8'};
  const before = decoded.text;
  let text = before;
  let messages = result.messages;
  let applied = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const step = applyFixes(text, messages);
    if (step.applied === 0) break;
    applied += step.applied;
    text = step.text;
    messages = relint(run, result, text).result.messages;
  }
  if (text === before) return base;
  if (write) {
    const now = fs.readFileSync(target);
    if (hashBytes(now) !== result.hash) return {...base, skipped: 'the file changed on disk during the run'};
    const out = Buffer.from(text, 'utf8');
    writeAtomic(target, decoded.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), out]) : out, stat.mode & 0o7777);
  }
  return {path: result.path, before, after: text, applied, written: write};
}

/** A unified diff of what --fix would change. */
export function fixDiff(outcomes: FixOutcome[]): string {
  return outcomes
    .filter((o) => o.after !== undefined && o.before !== undefined)
    .map((o) => createTwoFilesPatch(`a/${o.path}`, `b/${o.path}`, o.before!, o.after!, '', '', {context: 2}).replace(/^=+\n/m, ''))
    .join('');
}
