// A small table of lower-case ASCII words, each with a number (a set of flag bits), looked up straight
// from a range of a text with ASCII capitals folded: no slice, no lower-casing and no hash of a fresh
// string per word, which is what a `Set.has(text.slice(a, b).toLowerCase())` per word costs in the scans
// that read every word of an article (language detection, the residue features).

export class AsciiWords {
  private readonly words: string[] = [];
  private readonly values: number[] = [];
  /** Slot → word index + 1 (0: empty). */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `entries`: lower-case ASCII words and their (non-zero) values. */
  constructor(entries: Iterable<readonly [string, number]>) {
    for (const [word, value] of entries) {
      if (!/^[\x00-\x7f]*$/.test(word) || word !== word.toLowerCase()) throw new Error(`AsciiWords: ${word} is not lower-case ASCII`);
      this.words.push(word);
      this.values.push(value);
    }
    let size = 64;
    while (size < this.words.length * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < this.words.length; i++) {
      const w = this.words[i];
      let slot = hashRange(w, 0, w.length, true) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = i + 1;
    }
  }

  /** The value of `s[start, end)` with ASCII capitals lower-cased, or 0 when it is not in the table. The
   * range must be ASCII (a character outside it never matches, whatever its lower case). */
  get(s: string, start: number, end: number): number {
    const length = end - start;
    let slot = hashRange(s, start, end, true) & this.mask;
    for (;;) {
      const entry = this.slots[slot];
      if (entry === 0) return 0;
      const w = this.words[entry - 1];
      if (w.length === length) {
        let i = 0;
        for (; i < length; i++) {
          let c = s.charCodeAt(start + i);
          if (c >= 65 && c <= 90) c += 32;
          if (c !== w.charCodeAt(i)) break;
        }
        if (i === length) return this.values[entry - 1];
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

/** FNV-1a of a range, with ASCII capitals lower-cased when `fold` (the dictionary's table in english-words.ts uses it too). */
export function hashRange(s: string, start: number, end: number, fold: boolean): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (fold && c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return (h ^ (h >>> 15)) >>> 0;
}
