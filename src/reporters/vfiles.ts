// The engine's plain results as VFiles with VFileMessages: the unified ecosystem's shape, read by
// vfile-reporter, vfile-reporter-json and the API's users.
import {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import type {FileResult} from '../engine/process-file.js';
import type {LintMessage} from '../types.js';
import {SOURCE} from '../engine/rule-plugin.js';
import {quickMessage} from '../util/quick-message.js';

export interface CorpuslintMessage extends VFileMessage {
  fixable?: boolean;
  severity?: 0 | 1 | 2;
  /** Messages of one kind on consecutive lines: one range in the stylish report. */
  group?: string;
}

export function toVFile(result: FileResult, cwd: string): VFile {
  const file = new VFile({path: result.path, cwd});
  for (const m of result.messages) addMessage(file, m);
  (file.data as Record<string, unknown>).hash = result.hash;
  return file;
}

export function addMessage(file: VFile, m: LintMessage): void {
  const message = quickMessage(file, m.reason, {place: m.place, ruleId: m.ruleId, source: SOURCE}) as CorpuslintMessage;
  message.fatal = m.severity === 2 ? true : m.severity === 1 ? false : undefined;
  if (m.url) message.url = m.url;
  if (m.actual !== undefined) message.actual = m.actual;
  if (m.expected !== undefined) message.expected = m.expected;
  if (m.note !== undefined) message.note = m.note;
  if (m.fixable) message.fixable = true;
  if (m.cause) (message as unknown as {related: unknown}).related = m.cause;
  if (m.group) message.group = m.group;
}

export function toVFiles(results: FileResult[], cwd: string): VFile[] {
  return results.map((r) => toVFile(r, cwd));
}
