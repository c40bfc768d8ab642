// V8 compiles a regular expression on its first run to bytecode for its interpreter, and on its second to machine
// code; a large pattern (a lexicon's alternation) costs several times more to compile to bytecode than to machine
// code, and most of ours run on every line or sentence, so the bytecode serves one call. A subject of 1,000
// characters or more makes V8 compile machine code at once: `compileNow` runs the pattern once on such a string
// (spaces) at load, and leaves `lastIndex` as it was. The answers do not change (the same pattern, compiled
// earlier and for the other tier).

const LONG = ' '.repeat(1000);

export function compileNow<R extends RegExp>(re: R): R {
  const last = re.lastIndex;
  re.test(LONG);
  re.lastIndex = last;
  return re;
}
