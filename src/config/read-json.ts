// Reading a JSON file named by a configuration (the config itself, `extends`, the suppressions file) so
// that no file can hang, flood or leak into a run (issue 20):
// - only a regular file is read: a FIFO would block for ever, /dev/zero never ends, a folder is an error.
//   The type is checked on the opened descriptor (fstat), opened without blocking, so a FIFO swapped in
//   after a check cannot block the open either;
// - at most MAX_JSON_BYTES are read, whatever the file claims its size is (/proc files say 0);
// - a parse error says where (line and column) and what kind of error, never what the file holds: the
//   engine's own message quotes the text ("Unexpected token 'P', "PATH=/usr/"... is not valid JSON"), and
//   `extends: "/proc/self/environ"` would print an environment variable into a CI log.
import fs from 'node:fs';
import {ConfigError} from './errors.js';

export const MAX_JSON_BYTES = 1 << 20;

export function kindOfFile(st: fs.Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a file';
}

/** The bytes of a regular file of at most MAX_JSON_BYTES, or a ConfigError saying why not. */
function readBounded(file: string): Buffer {
  const fail = (why: string) => new ConfigError(`cannot read the configuration file: ${why}.`, file);
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw fail('it is a folder, not a regular file');
    throw new ConfigError(`cannot read the configuration file (${code ?? String(error)}).`, file);
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw fail(`it is ${kindOfFile(st)}, not a regular file`);
    if (st.size > MAX_JSON_BYTES) throw fail(`it is larger than 1 MiB (${st.size} bytes)`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.alloc(64 * 1024);
      const n = fs.readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      total += n;
      if (total > MAX_JSON_BYTES) throw fail('it is larger than 1 MiB');
      chunks.push(buffer.subarray(0, n));
    }
    return Buffer.concat(chunks);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`cannot read the configuration file (${(error as NodeJS.ErrnoException).code ?? String(error)}).`, file);
  } finally {
    fs.closeSync(fd);
  }
}

/** Line and column (1-based) of an offset in a text. */
function lineColumn(text: string, offset: number): {line: number; column: number} {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return {line, column: offset - lineStart + 1};
}

/** The kinds of JSON.parse errors, as V8 words them up to " in JSON at position …" (none quotes the text). */
const KINDS = [
  'Unexpected end of JSON input', "Expected property name or '}'", "Expected ',' or '}' after property value",
  "Expected ',' or ']' after array element", "Expected ':' after property name", 'Expected double-quoted property name',
  'Unterminated string', 'Bad control character in string literal', 'Bad escaped character', 'Bad Unicode escape',
  'Unexpected non-whitespace character after JSON', 'No number after minus sign', 'Exponent part is missing a number',
  'Unterminated fractional number',
];

function kindOf(message: string): string {
  if (message.startsWith('Unexpected token')) return 'Unexpected character';
  return KINDS.find((k) => message.startsWith(k)) ?? 'Not valid JSON';
}

/** Whether JSON.parse fails on `text` only because it ends too soon (or does not fail). */
function isValidPrefix(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch (error) {
    const message = (error as Error).message;
    const at = /at position (\d+)/.exec(message);
    return message.startsWith('Unexpected end of JSON input') || (at !== null && Number(at[1]) >= text.length);
  }
}

/**
 * Where JSON.parse failed. V8 gives the position except for an unexpected character, whose message
 * quotes the text instead; that one is found as the end of the longest prefix that could still begin a
 * valid JSON text (a binary search: a prefix that cannot is never made valid by more text).
 */
function errorOffset(text: string, message: string): number {
  const at = /at position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  if (message.startsWith('Unexpected end of JSON input')) return text.length;
  let lo = 0; // text[0, lo) is a valid prefix
  let hi = text.length; // text[0, hi) is not
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (isValidPrefix(text.slice(0, mid))) lo = mid;
    else hi = mid;
  }
  return lo;
}

export function readJson(file: string): unknown {
  let text = readBounded(file).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const {line, column} = lineColumn(text, errorOffset(text, message));
    throw new ConfigError(`invalid JSON at line ${line}, column ${column}: ${kindOf(message)}.`, `${file}:${line}:${column}`);
  }
}
