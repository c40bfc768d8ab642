// --fix / --fix-dry-run: one round. The fixes applied are exactly the ones the plain report calls fixable
// (selectFixes marks them, the same function picks them here), and the report after the fix lists
// everything that is still wrong.
//
// Why one round and not a fixpoint: deleting residue lines changes the neighbours of the lines left, and
// rounds of re-linting would delete lines that no report ever showed (on scraped pages, twice as many as
// reported). A user can review a report and trust --fix to do that and no more; running --fix again
// applies what the new report calls fixable, again after a report the user could read.
//
// After the round the fixed files are linted again (file rules, then the corpus folded again when the run
// holds the whole corpus), and every finding of the first report that was not fixed and whose text is
// still there is kept, moved to its new place, when the new lint does not find it again: a line that was
// residue among residue is still residue once its neighbours are gone.
//
// Files are rewritten in place after a verified backup (src/util/rewrite-file.ts): owner, mode and hard
// links are kept; a read-only file, a file changed on disk, a symlink out of the linted tree, a file that
// could not be decoded, and a file whose folder refuses the backup are not written, each with a message on
// that file. Markdown that is not prose is never edited (src/text/prose-mask.ts).
import fs from 'node:fs';
import path from 'node:path';
import type {LintMessage, Place, Point} from './types.js';
import type {RunResult} from './engine/run.js';
import {processText, fileMessage, hashBytes, type FileResult} from './engine/process-file.js';
import {summarizeAll, secondPass, compareMessages, rejudgeCorpus} from './engine/corpus-pass.js';
import {decode} from './engine/decode.js';
import type {Guards} from './text/prose-mask.js';
import {selectFixes, markFixable} from './engine/select-fixes.js';
import {lineStartsOf, pointAt} from './text/line-index.js';

export {selectFixes, markFixable} from './engine/select-fixes.js';
import {rewriteInPlace, recoverLeftovers, writable, RewriteRefused} from './util/rewrite-file.js';
import {createRequire} from 'node:module';

// The diff library is loaded only for --fix-dry-run.
const require = createRequire(import.meta.url);

export interface FixOutcome {
  path: string;
  /** The text before and after, when something changed. */
  before?: string;
  after?: string;
  applied: number;
  written: boolean;
  skipped?: string;
}

/** One applied edit, in the coordinates of the text before the fix. */
export interface Edit {
  start: number;
  end: number;
  /** Length of the replacement. */
  length: number;
}

/** Apply one round of fixes (selectFixes); returns the new text, how many were applied and the edits. */
export function applyFixes(text: string, messages: LintMessage[], guards?: Guards): {text: string; applied: number; edits: Edit[]; fixed: Set<LintMessage>} {
  const edits: Edit[] = [];
  const fixed = new Set<LintMessage>();
  const parts: string[] = [];
  let at = 0;
  for (const m of selectFixes(messages, guards)) {
    const {start, end} = {start: m.place.start.offset, end: m.place.end.offset};
    if (end > text.length || text.slice(start, end) !== m.actual) continue; // the report no longer matches the text
    parts.push(text.slice(at, start), m.expected![0]);
    at = end;
    edits.push({start, end, length: m.expected![0].length});
    fixed.add(m);
  }
  parts.push(text.slice(at));
  return {text: edits.length ? parts.join('') : text, applied: edits.length, edits, fixed};
}

function within(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

interface Pending {
  index: number;
  /** The file to write (a symlink's target), absent for a text not on disk (stdin). */
  target?: string;
  bom: boolean;
  hash: string;
  before: string;
  text: string;
  applied: number;
  edits: Edit[];
  fixed: Set<LintMessage>;
}

export interface FixOptions {
  /** Write the files (--fix), or only compute the fixes (--fix-dry-run). */
  write: boolean;
  /** Texts that are not read from disk (stdin): path → bytes. Never written. */
  sources?: Map<string, Uint8Array>;
  /** Told what was cleaned up after an interrupted earlier run. */
  onNote?: (note: string) => void;
}

const notFixed = (why: string) => fileMessage(`Not fixed: ${why}`, 1, undefined, 'fix-skipped');

/** Fix every file of a run (or only compute the fixes, for --fix-dry-run). Updates the run's results in place. */
export function fixRun(run: RunResult, options: FixOptions): FixOutcome[] {
  if (options.write) {
    const dirs = new Set(run.results.filter((r) => !options.sources?.has(r.path)).map((r) => path.dirname(path.resolve(run.cwd, r.path))));
    for (const dir of dirs) for (const note of recoverLeftovers(dir)) options.onNote?.(`${path.relative(run.cwd, dir) || '.'}: ${note}`);
  }
  const original = run.results.map((r) => r.messages);
  const pending: Pending[] = [];
  const outcomes: FixOutcome[] = [];
  const skip = (i: number, why: string) => {
    const r = run.results[i];
    outcomes.push({path: r.path, applied: 0, written: false, skipped: why});
    run.results[i] = {...r, messages: [...r.messages, notFixed(why)]};
  };
  const writtenInodes = new Map<string, string>();
  run.results.forEach((result, i) => {
    if (!result.messages.some((m) => m.fixable)) return;
    const opened = openForFix(run, result, i, options);
    if (typeof opened === 'string') return skip(i, opened);
    const step = applyFixes(opened.text, result.messages, result.guards);
    if (step.applied === 0) {
      outcomes.push({path: result.path, applied: 0, written: false});
      return;
    }
    Object.assign(opened, {text: step.text, applied: step.applied, edits: step.edits, fixed: step.fixed});
    if (options.write && opened.target) {
      const out = Buffer.from(opened.text, 'utf8');
      const bytes = opened.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), out]) : out;
      try {
        const stat = fs.statSync(opened.target);
        const inode = `${stat.dev}:${stat.ino}`;
        const twin = writtenInodes.get(inode);
        if (twin) return skip(i, `it is a hard link to ${twin}, fixed already`);
        rewriteInPlace(opened.target, bytes, opened.hash);
        writtenInodes.set(inode, result.path);
        opened.hash = hashBytes(bytes);
      } catch (error) {
        return skip(i, error instanceof RewriteRefused ? error.message : `the file could not be written (${(error as Error).message})`);
      }
    }
    pending.push(opened);
    outcomes.push({path: result.path, before: opened.before, after: opened.text, applied: opened.applied, written: options.write && opened.target !== undefined});
  });
  if (pending.length) relint(run, pending, original);
  return outcomes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The report after the round: the fixed files linted again, the corpus folded again (when the run holds all
 * of it), and what the first report found, was not fixed and is still in the text, kept.
 */
function relint(run: RunResult, pending: Pending[], original: LintMessage[][]): void {
  const configOf = (r: FileResult) => run.resolver.forFile(path.resolve(run.cwd, r.path));
  for (const p of pending) {
    const r = run.results[p.index];
    run.results[p.index] = {...processText(r.path, p.text, configOf(r)), hash: p.hash};
  }
  if (run.complete) {
    const inputs = run.results.map((result) => ({result, config: configOf(result)}));
    run.summaries = summarizeAll([...inputs].sort((a, b) => (a.result.path < b.result.path ? -1 : a.result.path > b.result.path ? 1 : 0)));
    const fixed = new Set(pending.map((p) => p.index));
    inputs.forEach((input, i) => {
      if (fixed.has(i)) {
        run.results[i] = secondPass(input, run.summaries);
        return;
      }
      run.results[i] = rejudgeCorpus(input, run.summaries);
    });
  } else {
    for (const p of pending) run.results[p.index] = secondPass({result: run.results[p.index], config: configOf(run.results[p.index])}, run.summaries);
  }
  const byIndex = new Map(pending.map((p) => [p.index, p]));
  run.results.forEach((result, i) => {
    const p = byIndex.get(i);
    const kept = carried(original[i], result.messages, p);
    if (kept.length) run.results[i] = {...result, messages: [...result.messages, ...kept].sort(compareMessages)};
  });
}



/** The first report's messages that were not fixed, whose text is still there and that the new lint does not repeat. */
function carried(before: LintMessage[], now: LintMessage[], p: Pending | undefined): LintMessage[] {
  const seen = new Set(now.map((m) => `${m.ruleId}\0${m.place.start.offset}\0${m.place.end.offset}`));
  const lines = p ? lineStartsOf(p.text) : undefined;
  const out: LintMessage[] = [];
  for (const m of before) {
    if (p?.fixed.has(m) || m.ruleId === 'fix-skipped') continue;
    const place = p ? movePlace(m.place, p.edits, lines!) : m.place;
    if (!place || seen.has(`${m.ruleId}\0${place.start.offset}\0${place.end.offset}`)) continue;
    const kept: LintMessage = {...m, place};
    delete kept.fixable;
    out.push(kept);
  }
  return out;
}


/** A place moved through the edits (sorted, non-overlapping), or undefined when an edit touched its text. */
function movePlace(place: Place, edits: Edit[], starts: number[]): Place | undefined {
  const a = place.start.offset;
  const b = place.end.offset;
  let shift = 0;
  for (const e of edits) {
    if (e.end <= a) shift += e.length - (e.end - e.start);
    else if (e.start >= b) break;
    else return undefined; // the edit overlaps the message's text
  }
  return {start: pointAt(starts, a + shift), end: pointAt(starts, b + shift)};
}

/** Read a file for fixing, or say why it must not be written. */
function openForFix(run: RunResult, result: FileResult, index: number, options: FixOptions): Pending | string {
  const base = {index, hash: result.hash, applied: 0, edits: [] as Edit[], fixed: new Set<LintMessage>()};
  const given = options.sources?.get(result.path);
  if (given) {
    const decoded = decode(given);
    if (decoded.kind !== 'text' || decoded.warning) return 'the text could not be decoded as UTF-8';
    return {...base, bom: decoded.bom, before: decoded.text, text: decoded.text};
  }
  if (result.noFix) return result.noFix;
  const abs = path.resolve(run.cwd, result.path);
  try {
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
    if (options.write) {
      const why = writable(target, stat);
      if (why) return why;
    }
    const bytes = fs.readFileSync(target);
    if (hashBytes(bytes) !== result.hash) return 'the file changed on disk since it was read';
    const decoded = decode(bytes);
    if (decoded.kind !== 'text' || decoded.warning) return 'the file could not be decoded as UTF-8';
    return {...base, target, bom: decoded.bom, before: decoded.text, text: decoded.text};
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return `the file could not be read (${e.code ?? e.message})`;
  }
}

/** A unified diff of what --fix would change. */
export function fixDiff(outcomes: FixOutcome[]): string {
  return outcomes
    .filter((o) => o.after !== undefined && o.before !== undefined)
    .map((o) => (require('diff') as typeof import('diff')).createTwoFilesPatch(`a/${o.path}`, `b/${o.path}`, o.before!, o.after!, '', '', {context: 2}).replace(/^=+\n/m, ''))
    .join('');
}
