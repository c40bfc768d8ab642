// The first pass over one file: decode, parse once, build the text layer, run the file rules and
// collect the corpus rules' facts. The result is plain data (no tree, no text): it is what the cache
// stores, what workers send back and what shards merge.
import crypto from 'node:crypto';
import {VFile} from 'vfile';
import {unified, type Processor} from 'unified';
import type {LintMessage, Place} from '../types.js';
import {TextLayer} from '../text/layer.js';
import type {EffectiveConfig} from '../config/load.js';
import {getRule} from '../../rules/index.js';
import {parse, formatOf} from './parse.js';
import {rulePlugin, crashMessage, type FileData} from './rule-plugin.js';
import {findDirectives, type Directive} from './directives.js';
import {decode} from './decode.js';
import {lintInSegments, SEGMENT_CHARS, type Segment} from './segments.js';
import {MAX_FILE_BYTES, TOO_LARGE_RULE, tooLargeReason} from './read-article.js';

export interface FileResult {
  /** Path relative to the working directory (as reported). */
  path: string;
  /** sha1 of the file's bytes as read: the cache key, and the guard against writing a file changed since. */
  hash: string;
  messages: LintMessage[];
  /** Corpus rules' facts, by rule id. */
  facts: Record<string, unknown>;
  directives: Directive[];
  /** Why `--fix` must not write this file (binary, undecodable), if so. */
  noFix?: string;
  /** A very large file is linted in segments (src/engine/segments.ts): its corpus facts, per segment. */
  segments?: Segment[];
}

const processors = new Map<string, Processor>();

function processorFor(config: EffectiveConfig): Processor {
  let processor = processors.get(config.key);
  if (!processor) {
    const p = unified();
    for (const [id, {level, options}] of config.rules) p.use(rulePlugin(getRule(id)!), level, options);
    processor = p.freeze() as unknown as Processor;
    processors.set(config.key, processor);
  }
  return processor;
}

const FILE_START: Place = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}};

export function fileMessage(reason: string, severity: 1 | 2, place: Place = FILE_START, ruleId = 'parse-error'): LintMessage {
  return {ruleId, severity, reason, place};
}

export function hashBytes(bytes: Uint8Array): string {
  return crypto.createHash('sha1').update(bytes).digest('hex');
}

function fromVFileMessages(file: VFile): LintMessage[] {
  return file.messages.map((m) => {
    const extra = m as unknown as {fixable?: boolean; related?: LintMessage['cause']};
    const place = m.place && 'start' in m.place ? m.place : undefined;
    const out: LintMessage = {
      ruleId: m.ruleId ?? 'unknown',
      severity: m.fatal ? 2 : 1,
      reason: m.reason,
      place: (place as Place | undefined) ?? FILE_START,
    };
    if (m.url) out.url = m.url;
    if (m.actual !== undefined) out.actual = m.actual;
    if (m.expected !== undefined) out.expected = m.expected;
    if (m.note !== undefined) out.note = m.note;
    if (extra.fixable) out.fixable = true;
    if (extra.related) out.cause = extra.related;
    return out;
  });
}

/** Lint one file's text with the file rules, and collect the corpus rules' facts (in segments when very long). */
export function processText(path: string, text: string, config: EffectiveConfig): Omit<FileResult, 'hash'> {
  if (text.length > SEGMENT_CHARS) return {path, ...lintInSegments(text, (piece) => processWhole(path, piece, config))};
  return processWhole(path, text, config);
}

function processWhole(path: string, text: string, config: EffectiveConfig): Omit<FileResult, 'hash'> {
  const format = formatOf(path);
  const file = new VFile({path, value: text});
  const facts: Record<string, unknown> = {};
  let layer: TextLayer;
  try {
    const tree = parse(file, format);
    layer = new TextLayer(text, tree, format);
  } catch (error) {
    return {path, messages: [crashMessage('parse-error', error)], facts, directives: []};
  }
  const data: FileData = {layer, path, facts};
  Object.assign(file.data, data);
  processorFor(config).runSync(layer.tree as never, file);
  return {path, messages: fromVFileMessages(file), facts, directives: findDirectives(layer)};
}

/** Lint one file's bytes: decoding problems become messages on the file; binary files are not parsed. */
/** A file over MAX_FILE_BYTES: one message, nothing linted, never written by --fix. */
export function tooLargeResult(path: string, size: number, hash = ''): FileResult {
  const reason = tooLargeReason(size);
  return {path, hash, messages: [fileMessage(reason, 1, FILE_START, TOO_LARGE_RULE)], facts: {}, directives: [], noFix: reason};
}

export function processBytes(path: string, bytes: Uint8Array, config: EffectiveConfig): FileResult {
  const hash = hashBytes(bytes);
  if (bytes.length > MAX_FILE_BYTES) return tooLargeResult(path, bytes.length, hash);
  const decoded = decode(bytes);
  if (decoded.kind === 'binary') {
    return {path, hash, messages: [fileMessage(decoded.reason, 1, FILE_START, 'binary-file')], facts: {}, directives: [], noFix: decoded.reason};
  }
  const result = processText(path, decoded.text, config);
  if (decoded.warning) result.messages.unshift(fileMessage(decoded.warning, 1, FILE_START, 'invalid-utf8'));
  return {...result, hash, noFix: decoded.warning};
}
