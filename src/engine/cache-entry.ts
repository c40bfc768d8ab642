// The shape of what the cache file stores, checked when it is read: the file is data from disk, and a
// valid header with one malformed entry crashed every run until it was deleted (issue 20). An entry that
// is not what `ResultCache.set` writes is a miss (the file is linted again and the entry replaced).
import type {LintMessage, Place, Point} from '../types.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const optional = (v: unknown, test: (x: unknown) => boolean) => v === undefined || test(v);
const isString = (v: unknown): v is string => typeof v === 'string';

function isPoint(v: unknown): v is Point {
  return isObject(v) && isCount(v.line) && isCount(v.column) && isCount(v.offset);
}

export function isPlace(v: unknown): v is Place {
  return isObject(v) && isPoint(v.start) && isPoint(v.end);
}

export function isMessage(v: unknown): v is LintMessage {
  return isObject(v) && isString(v.ruleId) && (v.severity === 1 || v.severity === 2) && isString(v.reason) && isPlace(v.place) &&
    optional(v.actual, isString) && optional(v.expected, (e) => Array.isArray(e) && e.every(isString)) &&
    optional(v.note, isString) && optional(v.url, isString) && optional(v.fixable, (f) => typeof f === 'boolean') &&
    optional(v.cause, (c) => isObject(c) && isString(c.message) && optional(c.file, isString) && optional(c.place, isPlace));
}

const isMessages = (v: unknown): v is LintMessage[] => Array.isArray(v) && v.every(isMessage);

function isDirective(v: unknown): boolean {
  return isObject(v) && (v.kind === 'disable' || v.kind === 'enable' || v.kind === 'disable-next-line') &&
    Array.isArray(v.rules) && v.rules.every(isString) && isPlace(v.place);
}

/** A facts slot as written: [start, end) bytes of the tail and the index of the value in it. */
export function isSlot(v: unknown, tailLength: number): v is [number, number, number] {
  return Array.isArray(v) && v.length === 3 && isCount(v[0]) && isCount(v[1]) && isCount(v[2]) && v[0] >= 1 && v[1] >= v[0] && v[1] < tailLength;
}

/** Whether a stored entry is one `ResultCache.set`/`save` writes (its facts slots within a tail of this length). */
export function isEntry(v: unknown, tailLength: number): boolean {
  if (!isObject(v) || !isString(v.key) || !optional(v.size, isCount) || !optional(v.mtimeMs, (m) => typeof m === 'number')) return false;
  const r = v.result;
  return isObject(r) && isString(r.hash) && r.hash !== '' && isMessages(r.messages) && Array.isArray(r.directives) && r.directives.every(isDirective) &&
    isObject(r.facts) && Object.values(r.facts).every((s) => isSlot(s, tailLength)) && optional(r.noFix, isString) &&
    optional(r.segments, (s) => Array.isArray(s) && s.every((g) => isObject(g) && isPoint(g.at) && isObject(g.facts)));
}

/** Whether the stored pass-2 messages are a key and lists of messages by path. */
export function isCorpusEntry(v: unknown): boolean {
  return isObject(v) && isString(v.key) && isObject(v.messages) && Object.values(v.messages).every(isMessages);
}

/**
 * Whether the slots' indices are those `save` gives: in the order of their bytes in the tail, 0, 1, 2, …,
 * over ranges that do not overlap. Otherwise an index may name another file's facts, and no slot is used.
 */
export function slotsInOrder(slots: Array<[number, number, number]>): boolean {
  const sorted = [...slots].sort((a, b) => a[0] - b[0]);
  for (let k = 0; k < sorted.length; k++) {
    if (sorted[k][2] !== k) return false;
    if (k > 0 && sorted[k][0] <= sorted[k - 1][1]) return false;
  }
  return true;
}
