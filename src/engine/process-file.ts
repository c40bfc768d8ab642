// The first pass over one file: decode, parse once, build the text layer, run the file rules and
// collect the corpus rules' facts. The result is plain data (no tree, no text): it is what the cache
// stores, what workers send back and what shards merge.
import {sha1} from '../util/sha1.js';
import {VFile} from 'vfile';
import {unified, type Processor} from 'unified';
import type {LintMessage, Place} from '../types.js';
import {TextLayer} from '../text/layer.js';
import type {EffectiveConfig} from '../config/load.js';
import {parse, formatOf} from './parse.js';
import {rulePlugin, crashMessage, type FileData} from './rule-plugin.js';
import {findDirectives, type Directive} from './directives.js';
import {decode} from './decode.js';
import {lintInSegments, SEGMENT_CHARS, type Segment} from './segments.js';
import {editForbidden, insideGuard, type Guards} from '../text/prose-mask.js';
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
  /** A Markdown file's prose guards (src/text/prose-mask.ts): what no fix may touch. */
  guards?: Guards;
  /** Long paragraphs of an English file in another language: [start, end, ...] (src/text/language.ts). */
  foreign?: number[];
}

const processors = new Map<string, Processor>();

/** The config's rules as one processor; `foreign`: without the rules that read English only. */
function processorFor(config: EffectiveConfig, foreign = false): Processor {
  const key = foreign ? `${config.key}\0foreign` : config.key;
  let processor = processors.get(key);
  if (!processor) {
    const p = unified();
    for (const {rule, level, options} of config.rules.values()) {
      if (!(foreign && rule.meta.language === 'eng')) p.use(rulePlugin(rule), level, options);
    }
    processor = p.freeze() as unknown as Processor;
    processors.set(key, processor);
  }
  return processor;
}

/** The configured rules that read English only (language detection is skipped when there are none):
 * computed once per config, not once per file. */
const englishRuleIds = new WeakMap<EffectiveConfig, string[]>();
function englishRules(config: EffectiveConfig): string[] {
  let ids = englishRuleIds.get(config);
  if (ids === undefined) {
    ids = [...config.rules.values()].filter((s) => s.rule.meta.language === 'eng').map((s) => s.rule.meta.id).sort();
    englishRuleIds.set(config, ids);
  }
  return ids;
}

// Made on the first foreign file: building it loads ICU's locale lists (~30 M instructions).
let languageNames: Intl.DisplayNames | undefined;
function languageName(code: string): string {
  let name = code;
  try {
    languageNames ??= new Intl.DisplayNames(['en'], {type: 'language', fallback: 'code'});
    name = languageNames.of(code) ?? code;
  } catch {
    // not a code Intl knows
  }
  return name === code ? code : `${name} (${code})`;
}

/** Messages of English-only rules (of `config`) that start inside a foreign paragraph are dropped. */
export function dropForeign(messages: LintMessage[], foreign: number[] | undefined, config: EffectiveConfig): LintMessage[] {
  if (!foreign?.length) return messages;
  return messages.filter((m) => {
    if (config.rules.get(m.ruleId)?.rule.meta.language !== 'eng') return true;
    const at = m.place.start.offset;
    for (let i = 0; i < foreign.length; i += 2) if (at >= foreign[i] && at < foreign[i + 1]) return false;
    return true;
  });
}

const FILE_START: Place = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}};

export function fileMessage(reason: string, severity: 0 | 1 | 2, place: Place = FILE_START, ruleId = 'parse-error'): LintMessage {
  return {ruleId, severity, reason, place};
}

export function hashBytes(bytes: Uint8Array): string {
  return sha1().update(bytes).digest('hex');
}

/** Lint one file's text with the file rules, and collect the corpus rules' facts (in segments when very long). */
export function processText(path: string, text: string, config: EffectiveConfig): Omit<FileResult, 'hash'> {
  if (text.length > SEGMENT_CHARS) {
    const whole = lintInSegments(text, (piece) => processWhole(path, piece, config));
    // Each segment judges its own language: say it once.
    const first = whole.messages.findIndex((m) => m.ruleId === 'language');
    if (first !== -1) whole.messages = whole.messages.filter((m, i) => m.ruleId !== 'language' || i === first);
    return {path, ...whole};
  }
  return processWhole(path, text, config);
}

function processWhole(path: string, text: string, config: EffectiveConfig): Omit<FileResult, 'hash'> {
  const format = formatOf(path);
  const file = new VFile({path, value: text});
  const facts: Record<string, unknown> = {};
  let layer: TextLayer;
  let guards: Guards | undefined;
  try {
    const tree = parse(file, format);
    guards = (file.data as {proseGuards?: Guards}).proseGuards;
    layer = new TextLayer(text, tree, format, guards);
  } catch (error) {
    // Unparsed Markdown: no prose is known, so no fix may touch it.
    return {path, messages: [crashMessage('parse-error', error)], facts, directives: [], ...(format === 'markdown' ? {guards: [0, text.length, -1, -1]} : {})};
  }
  const data: FileData = {layer, path, messages: [], facts};
  Object.assign(file.data, data);
  const english = englishRules(config);
  const language = english.length ? layer.language : undefined;
  const foreign = language !== undefined && !language.english;
  processorFor(config, foreign).runSync(layer.tree as never, file);
  let messages = guardFixes(data.messages, guards, config);
  if (foreign) {
    messages.unshift(fileMessage(`Not checked by the English rules (${english.join(', ')}): the text reads as ${languageName(language.code)}, not English`, 0, FILE_START, 'language'));
  }
  if (language?.foreign.length) messages = dropForeign(messages, language.foreign, config);
  const out: Omit<FileResult, 'hash'> = {path, messages, facts, directives: findDirectives(layer)};
  if (guards?.length) out.guards = guards;
  if (language?.foreign.length) out.foreign = language.foreign;
  return out;
}

/**
 * Markdown that is not prose (code, front matter, HTML, a link definition or destination) is neither
 * reported on nor edited: a rule's message that lies wholly inside it is dropped (messages of the engine,
 * such as a file's parse error, stay), and a fix that would touch it is not offered: the message stays,
 * `fixable` goes, so the report and --fix agree.
 */
export function guardFixes(messages: LintMessage[], guards: Guards | undefined, config: EffectiveConfig): LintMessage[] {
  if (!guards?.length) return messages;
  messages = messages.filter((m) => !(config.rules.has(m.ruleId) && insideGuard(guards, m.place.start.offset, m.place.end.offset)));
  for (const m of messages) {
    if (m.fixable && editForbidden(guards, m.place.start.offset, m.place.end.offset)) {
      delete m.fixable;
      m.note = (m.note ? m.note + '\n' : '') + 'Not fixable: the edit would touch Markdown code, front matter, HTML or a link target.';
    }
  }
  return messages;
}

/** Lint one file's bytes: decoding problems become messages on the file; binary files are not parsed. */
/** A file over MAX_FILE_BYTES: one message, nothing linted, never written by --fix. */
export function tooLargeResult(path: string, size: number, hash = ''): FileResult {
  const reason = tooLargeReason(size);
  return {path, hash, messages: [fileMessage(reason, 1, FILE_START, TOO_LARGE_RULE)], facts: {}, directives: [], noFix: reason};
}

/** `hashed` false: `hash` is left empty (RunOptions.contentHash). */
export function processBytes(path: string, bytes: Uint8Array, config: EffectiveConfig, hashed = true): FileResult {
  const hash = hashed ? hashBytes(bytes) : '';
  if (bytes.length > MAX_FILE_BYTES) return tooLargeResult(path, bytes.length, hash);
  const decoded = decode(bytes);
  if (decoded.kind === 'binary') {
    return {path, hash, messages: [fileMessage(decoded.reason, 1, FILE_START, 'binary-file')], facts: {}, directives: [], noFix: decoded.reason};
  }
  const result = processText(path, decoded.text, config);
  if (decoded.warning) result.messages.unshift(fileMessage(decoded.warning, 1, FILE_START, 'invalid-utf8'));
  return {...result, hash, noFix: decoded.warning};
}
