// One regex that tells whether any of several patterns matches a string somewhere (a boolean: which one
// matched, and where, is left to the patterns themselves).
//
// Written as the plain alternation `(?:p1)|(?:p2)|…`, V8 tries every alternative at every position of the
// string, and an alternative that opens with `\b` pays for its assertion at each position once per
// alternative. The patterns that open with `\b` are therefore grouped behind one shared `\b`:
// `\b(?:(?:q1)|(?:q2)|…)|(?:others)`, which matches at the same positions (the assertion is the same for
// all of them) and so gives the same answer; over the boilerplate lexicon's patterns this halves the search
// (docs/performance.md).

/** Whether a pattern's top level is one alternative (no `|` outside a group or a character class). */
function isOneAlternative(pattern: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return true;
}

/** A regex source that matches where any of `patterns` matches (each a regex source for the same flags). */
export function anyOfSource(patterns: readonly string[]): string {
  const afterBoundary: string[] = [];
  const others: string[] = [];
  for (const p of patterns) {
    // `\b` then one alternative: `\b(?:rest)` is the pattern itself. (`\B` is another assertion.)
    if (p.startsWith('\\b') && isOneAlternative(p)) afterBoundary.push(`(?:${p.slice(2)})`);
    else others.push(`(?:${p})`);
  }
  if (afterBoundary.length) others.unshift(`\\b(?:${afterBoundary.join('|')})`);
  return others.join('|') || '(?!)';
}
