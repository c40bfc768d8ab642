// "Did you mean" suggestions for unknown names (rule ids, config keys, option names).
export function distance(a: string, b: string): number {
  const prev = Array.from({length: b.length + 1}, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

export function didYouMean(value: string, candidates: readonly string[]): string {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = distance(value.toLowerCase(), c.toLowerCase());
    if (d < bestScore) { best = c; bestScore = d; }
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(value.length / 3)) ? ` Did you mean \`${best}\`?` : '';
}
