// V8 flags of the bin. Its regular expressions compiled to machine code on their first run. V8 first compiles a pattern to
// bytecode and compiles it again to machine code on its second run; nearly every pattern of ours runs on every
// file, so the bytecode serves one call and each pattern is parsed and compiled twice (a `\p{…}` class costs
// ICU a set of ranges each time). Imported first by bin.ts, before any module has run a pattern; the answers
// are the same, only the tier that computes them differs. The library (index.ts) leaves V8's flags alone.
import v8 from 'node:v8';

v8.setFlagsFromString('--no-regexp-tier-up');

// TurboFan's inlining budgets halved (V8 11.3's defaults: 460 bytecodes for one callee, 920 in all per
// function). TurboFan's compiles are ~44% of a one-thread run's instructions; smaller inlined graphs compile
// faster, and the code they give is no slower on these files (docs/performance.md, fifteenth pass). Read by
// each compile job, so they hold for the pool's workers too (V8's flags are per process). Code quality only:
// the answers are the same.
v8.setFlagsFromString('--max-inlined-bytecode-size=230');
v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=460');
