// Character classes by code point, shared by the scanners of the text layer (name mentions) and the
// rules that read text by character codes: one table for ASCII, a bounded cache for the rest.
// Character classes (bits): letter, mark, upper-case letter, lower-case letter, ASCII digit.
export const L = 1;
export const M = 2;
export const LU = 4;
export const LL = 8;
export const D = 16;
/** The classes of the ASCII characters (index < 128): what `classOf` answers, for loops that test ASCII first. */
export const ASCII = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII[c] = D;
for (let c = 65; c <= 90; c++) ASCII[c] = L | LU;
for (let c = 97; c <= 122; c++) ASCII[c] = L | LL;
const others = new Map<number, number>();
const RE_L = /^\p{L}$/u;
const RE_M = /^\p{M}$/u;
const RE_LU = /^\p{Lu}$/u;
const RE_LL = /^\p{Ll}$/u;
export function classOf(cp: number): number {
  return cp < 128 ? ASCII[cp] : otherClass(cp);
}

/** classOf beyond ASCII. Kept out of line: see docs/performance.md, 'Why some code is written as it is'. */
function otherClass(cp: number): number {
  let k = others.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = (RE_L.test(ch) ? L : 0) | (RE_M.test(ch) ? M : 0) | (RE_LU.test(ch) ? LU : 0) | (RE_LL.test(ch) ? LL : 0);
    if (others.size < 10_000) others.set(cp, k);
  }
  return k;
}

/** The code point at `i`, not reading past `end` (a pair cut by `end` is a lone surrogate, as in a slice). */
export function codePointAt(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Whether a UTF-16 code unit is one of `\s` (what `trim` removes): white space or a line terminator. */
export function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * t.slice(a, b) with each run of white space as one space (copied only when a run is longer than one space or is
 * another white-space character: most sentences and lines come back as they are).
 */
export function collapseSpaces(t: string, a = 0, b = t.length): string {
  let out = '';
  let from = a;
  for (let i = a; i < b; i++) {
    const c = t.charCodeAt(i);
    if (c === 32 ? !(i + 1 < b && isWhiteSpace(t.charCodeAt(i + 1))) : !isWhiteSpace(c)) continue;
    let j = i + 1;
    while (j < b && isWhiteSpace(t.charCodeAt(j))) j++;
    out += t.slice(from, i) + ' ';
    from = j;
    i = j - 1;
  }
  return from === a ? (a === 0 && b === t.length ? t : t.slice(a, b)) : out + t.slice(from, b);
}

/** A test of one code point against a one-character pattern (`/^\p{Script=Latin}$/u`), cached per code point (bounded). */
export function codePointTest(pattern: RegExp): (cp: number) => boolean {
  const known = new Map<number, boolean>();
  return (cp) => {
    let yes = known.get(cp);
    if (yes === undefined) {
      yes = pattern.test(String.fromCodePoint(cp));
      if (known.size < 10_000) known.set(cp, yes);
    }
    return yes;
  };
}

/** Hiragana, Katakana, CJK ideographs (and extension A), half-width Katakana, Thai: scripts written without spaces
 * between words, where counting whitespace-separated words tells nothing of a line's length. */
function isUnspacedScript(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff66 && c <= 0xff9f) || (c >= 0x0e00 && c <= 0x0e7f);
}

/** Characters of a script written without spaces that make a line a sentence: about eight words. */
const UNSPACED_SENTENCE = 16;

/** Whether a line is a sentence of a script written without spaces: at least UNSPACED_SENTENCE such characters, at
 * least a third of its characters other than spaces and tabs, and a full-width sentence end (。！？) or twice that length. */
export function unspacedSentence(t: string): boolean {
  let unspaced = 0;
  let other = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 32 || c === 9 || c === 160) continue;
    if (c >= 0x0e00 && isUnspacedScript(c)) unspaced++;
    else other++;
  }
  if (unspaced < UNSPACED_SENTENCE || unspaced * 2 < other) return false;
  let e = t.length - 1;
  while (e >= 0 && isWhiteSpace(t.charCodeAt(e))) e--;
  const end = t.charCodeAt(e);
  return end === 0x3002 || end === 0xff01 || end === 0xff1f || unspaced >= 2 * UNSPACED_SENTENCE;
}

// Rare paths run here at load, so that their callers are optimised with them (docs/performance.md, 'Why some code is written as it is'). Same answers
// (the caches get entries they would get anyway).
{
  const letter = codePointTest(/^\p{L}$/u);
  for (let k = 0; k < 32; k++) {
    classOf(97 + (k % 26));
    isWhiteSpace(97 + (k % 26));
    letter(97 + (k % 26));
  }
  for (const cp of [0xe9, 0xe9, 0x2019, 0x1d400]) {
    classOf(cp);
    isWhiteSpace(cp);
    letter(cp);
  }
  isWhiteSpace(0xa0);
  isWhiteSpace(0x3001);
  // collapseSpaces' copy (a run of spaces, a tab) beside its common answer, the text itself
  for (let k = 0; k < 16; k++) {
    collapseSpaces('one two three');
    collapseSpaces('one  two\tthree four');
    collapseSpaces(' one  two three ', 1, 14);
  }
}
