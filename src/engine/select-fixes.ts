// Which fixable messages one round of --fix applies. The report's `fixable` and --fix both come from
// here, so what the plain report calls fixable is exactly what --fix does.
import type {LintMessage} from '../types.js';
import {editForbidden, type Guards} from '../text/prose-mask.js';

const isFix = (m: LintMessage) => m.fixable === true && m.expected !== undefined && m.expected.length > 0 && m.actual !== undefined;

/**
 * The fixes one round applies, in text order: fixable messages whose edit no guard forbids, and of
 * overlapping ones the first (a containing edit before what it contains: deleting a line makes a
 * respelling inside it moot). The report's `fixable` and --fix both come from here.
 */
export function selectFixes(messages: LintMessage[], guards?: Guards): LintMessage[] {
  const fixes = messages.filter(isFix).sort((a, b) => a.place.start.offset - b.place.start.offset || b.place.end.offset - a.place.end.offset);
  const out: LintMessage[] = [];
  let limit = -1; // end of the last chosen edit
  let lastStart = -1;
  for (const m of fixes) {
    const start = m.place.start.offset;
    const end = m.place.end.offset;
    if (start > end || start < limit || (start === end && start === lastStart && limit === start)) continue;
    if (editForbidden(guards, start, end)) continue;
    out.push(m);
    limit = end;
    lastStart = start;
  }
  return out;
}

/** Clear `fixable` on the messages one round of --fix would not apply, so the report says what --fix does. */
export function markFixable(messages: LintMessage[], guards?: Guards): LintMessage[] {
  if (!messages.some((m) => m.fixable)) return messages;
  const chosen = new Set(selectFixes(messages, guards));
  return messages.map((m) => {
    if (!m.fixable || chosen.has(m)) return m;
    const out = {...m};
    delete out.fixable;
    return out;
  });
}

