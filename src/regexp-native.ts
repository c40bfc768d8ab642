// The bin's regular expressions compiled to machine code on their first run. V8 first compiles a pattern to
// bytecode and compiles it again to machine code on its second run; nearly every pattern of ours runs on every
// file, so the bytecode serves one call and each pattern is parsed and compiled twice (a `\p{…}` class costs
// ICU a set of ranges each time). Imported first by bin.ts, before any module has run a pattern; the answers
// are the same, only the tier that computes them differs. The library (index.ts) leaves V8's flags alone.
import v8 from 'node:v8';

v8.setFlagsFromString('--no-regexp-tier-up');
