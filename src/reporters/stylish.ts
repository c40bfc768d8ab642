// The human report, in vfile-reporter's layout (files without messages left out, as ESLint does), with
// what the machine formats already carry, compactly:
// - under each message one dim line: the note (the evidence), the suggestion (`expected`, when the reason
//   does not say it) or the fix, the related place, and the rule's doc page;
// - a run of three or more messages of one kind (`group`) on consecutive lines is one range:
//   "lines 5-180: navigation residue, 176 lines, fixable" (JSON and SARIF keep one message per line);
// - the summary counts what one --fix would fix, as ESLint does.
import type {VFile} from 'vfile';
import type {Reporter} from './types.js';
import type {CorpuslintMessage} from './vfiles.js';

/** Consecutive messages of one group collapse into a range from this many lines on. */
export const RANGE_MIN = 3;
const NOTE_MAX = 160;

interface Style {
  dim: (s: string) => string;
  red: (s: string) => string;
  yellow: (s: string) => string;
  underline: (s: string) => string;
}
const plain: Style = {dim: (s) => s, red: (s) => s, yellow: (s) => s, underline: (s) => s};
const ansi: Style = {
  dim: (s) => `\u001b[2m${s}\u001b[22m`,
  red: (s) => `\u001b[31m${s}\u001b[39m`,
  yellow: (s) => `\u001b[33m${s}\u001b[39m`,
  underline: (s) => `\u001b[4m${s}\u001b[24m`,
};

/** error, warning, or information (VFileMessage.fatal true, false, undefined). */
type Level = 'error' | 'warning' | 'info';
const levelOf = (m: CorpuslintMessage): Level => (m.fatal ? 'error' : m.fatal === false ? 'warning' : 'info');

interface Row {
  place: string;
  level: Level;
  reason: string;
  rule: string;
  details: string[];
}

const width = (s: string) => [...s].length;
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const clip = (s: string, n: number) => (width(s) > n ? [...s].slice(0, n - 1).join('') + '…' : s);

function startOf(m: CorpuslintMessage): {line: number; column: number} {
  return m.place && 'start' in m.place ? m.place.start : {line: m.line ?? 1, column: m.column ?? 1};
}
function endOf(m: CorpuslintMessage): {line: number; column: number} | undefined {
  return m.place && 'end' in m.place ? m.place.end : undefined;
}
function placeText(m: CorpuslintMessage): string {
  const s = startOf(m);
  const e = endOf(m);
  return e ? `${s.line}:${s.column}-${e.line}:${e.column}` : `${s.line}:${s.column}`;
}

/** The compact detail of one message: evidence, suggestion or fix, related place, doc page. */
function details(m: CorpuslintMessage): string[] {
  const parts: string[] = [];
  if (m.note) parts.push(clip(m.note.split('\n').join('; '), NOTE_MAX));
  const expected = m.expected?.[0];
  if (expected !== undefined && expected !== null) {
    if (expected === '') parts.push(m.fixable ? 'fix: delete' : 'suggestion: delete');
    else if (!m.reason.includes(`\`${expected}\``) && !m.reason.includes(expected)) parts.push(`${m.fixable ? 'fix' : 'suggestion'}: \`${expected}\``);
    else if (m.fixable) parts.push('fixable');
  }
  const cause = (m as unknown as {related?: {message?: string}}).related;
  if (cause?.message && !m.note?.includes(cause.message)) parts.push(cause.message);
  if (m.url) parts.push(m.url);
  return parts.length ? [parts.join(' · ')] : [];
}

function rowOf(m: CorpuslintMessage): Row {
  return {place: placeText(m), level: levelOf(m), reason: m.reason, rule: m.ruleId ?? '', details: details(m)};
}

/** A run of one group's messages on consecutive lines, as one row. */
function rangeRow(run: CorpuslintMessage[]): Row {
  const first = run[0];
  const last = run[run.length - 1];
  const fixable = run.filter((m) => m.fixable).length;
  const from = startOf(first).line;
  const to = startOf(last).line;
  const fix = fixable === run.length ? ', fixable' : fixable ? `, ${fixable} fixable` : '';
  const end = endOf(last);
  const quoted = (m: CorpuslintMessage) => /`[^`]*`/.exec(m.reason)?.[0];
  const ends = [quoted(first), quoted(last)].filter(Boolean);
  const detail = [ends.length === 2 ? `from ${ends[0]} to ${ends[1]}` : '', first.url ?? ''].filter(Boolean).join(' · ');
  return {
    place: `${from}:${startOf(first).column}-${end ? `${end.line}:${end.column}` : `${to}:1`}`,
    level: levelOf(first),
    reason: `lines ${from}-${to}: ${first.group}, ${run.length} lines${fix}`,
    rule: first.ruleId ?? '',
    details: detail ? [detail] : [],
  };
}

/** Rows of one file: ranges for runs of a group on consecutive lines, one row per other message. */
export function rowsOf(messages: CorpuslintMessage[]): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < messages.length; ) {
    const m = messages[i];
    let j = i + 1;
    if (m.group) {
      while (
        j < messages.length &&
        messages[j].group === m.group &&
        messages[j].ruleId === m.ruleId &&
        levelOf(messages[j]) === levelOf(m) &&
        startOf(messages[j]).line === startOf(messages[j - 1]).line + 1
      ) j++;
    }
    if (j - i >= RANGE_MIN) rows.push(rangeRow(messages.slice(i, j)));
    else for (let k = i; k < j; k++) rows.push(rowOf(messages[k]));
    i = j;
  }
  return rows;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export const stylish: Reporter = (files: VFile[], options) => {
  const style = options.color ? ansi : plain;
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixErrors = 0;
  let fixWarnings = 0;
  for (const file of files) {
    const messages = file.messages as CorpuslintMessage[];
    if (messages.length === 0) continue;
    for (const m of messages) {
      const level = levelOf(m);
      if (level === 'error') errors++;
      else if (level === 'warning') warnings++;
      else infos++;
      if (m.fixable && level !== 'info') level === 'error' ? fixErrors++ : fixWarnings++;
    }
    const rows = rowsOf(messages);
    const placeWidth = Math.max(...rows.map((r) => width(r.place)));
    const reasonWidth = Math.max(...rows.map((r) => width(r.reason)));
    if (out.length) out.push('');
    out.push(style.underline(file.path));
    for (const r of rows) {
      const label = r.level === 'error' ? style.red('error  ') : r.level === 'warning' ? style.yellow('warning') : style.dim('info   ');
      out.push(`${pad(r.place, placeWidth)} ${label} ${pad(r.reason, reasonWidth)} ${r.rule}`.trimEnd());
      for (const d of r.details) out.push(style.dim(`${' '.repeat(placeWidth + 1)}↳ ${d}`));
    }
  }
  if (errors + warnings + infos === 0) return '';
  if (errors + warnings === 0) return out.join('\n') + '\n';
  const counts = errors && warnings
    ? `${plural(errors + warnings, 'message')} (${style.red('✖')} ${plural(errors, 'error')}, ${style.yellow('⚠')} ${plural(warnings, 'warning')})`
    : errors ? `${style.red('✖')} ${plural(errors, 'error')}` : `${style.yellow('⚠')} ${plural(warnings, 'warning')}`;
  out.push('', counts);
  if (fixErrors + fixWarnings) {
    const what = fixErrors && fixWarnings ? `${plural(fixErrors, 'error')} and ${plural(fixWarnings, 'warning')}` : fixErrors ? plural(fixErrors, 'error') : plural(fixWarnings, 'warning');
    out.push(`  ${what} potentially fixable with --fix`);
  }
  return out.join('\n') + '\n';
};
