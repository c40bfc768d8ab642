// Bytes to text. Decisions (documented in the README):
// - a UTF-8 BOM is dropped before parsing and kept on write; columns and offsets do not count it;
// - a file with NUL bytes is binary: reported and skipped, never parsed as prose;
// - invalid UTF-8 is decoded with U+FFFD replacement and a warning that names the first bad byte's
//   offset; such a file is linted but never written by --fix (a write would destroy the bytes).
const strict = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true});
const lenient = new TextDecoder('utf-8', {fatal: false, ignoreBOM: true});

export type Decoded =
  | {kind: 'text'; text: string; bom: boolean; warning?: string}
  | {kind: 'binary'; reason: string};

/** Offset of the first byte that is not part of a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    // Overlongs and surrogates.
    if (need === 2 && ((b === 0xe0 && bytes[i + 1] < 0xa0) || (b === 0xed && bytes[i + 1] > 0x9f))) return i;
    if (need === 3 && ((b === 0xf0 && bytes[i + 1] < 0x90) || (b === 0xf4 && bytes[i + 1] > 0x8f))) return i;
    i += need + 1;
  }
  return -1;
}

export function decode(bytes: Uint8Array): Decoded {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return {kind: 'binary', reason: `Binary file (NUL byte at offset ${nul}): not linted`};
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return {kind: 'text', text: strict.decode(body), bom};
  } catch {
    const at = firstInvalidUtf8(body) + (bom ? 3 : 0);
    return {kind: 'text', text: lenient.decode(body), bom,
      warning: `Invalid UTF-8 at byte offset ${at}: decoded with replacement characters; --fix will not write this file`};
  }
}
