// scripts/bench-instructions.mjs compares builds by instruction counts: both must measure the same files,
// and its total must be read from callgrind's real output (valgrind itself is not run here).
import {describe, it, expect} from 'vitest';
import path from 'node:path';
import {root} from '../helpers/cli.js';

const {sample, callgrindTotal} = (await import(path.join(root, 'scripts/bench-instructions.mjs'))) as {
  sample: (files: string[], n: number) => string[];
  callgrindTotal: (stderr: string) => number;
};

describe('bench:instructions', () => {
  it('samples the same files whatever order they were listed in, spread over the sorted names', () => {
    const files = Array.from({length: 1000}, (_, i) => `d/${String(i).padStart(4, '0')}.txt`);
    const picked = sample(files, 150);
    expect(picked).toHaveLength(150);
    expect(new Set(picked).size).toBe(150);
    expect(sample([...files].reverse(), 150)).toEqual(picked);
    expect(picked[0]).toBe('d/0000.txt');
    expect(picked.at(-1)).toBe('d/0993.txt');
    expect(sample(files.slice(0, 3), 150)).toEqual(files.slice(0, 3));
  });

  it("reads the total from valgrind 3.19's callgrind summary, not the program's own output", () => {
    const stderr = [
      'Collected : 5 (the linted program may print anything)',
      '==10590== Callgrind, a call-graph generating cache profiler',
      '==10590== Command: /usr/bin/node --single-threaded child.mjs floor list.txt',
      '==10590== Events    : Ir',
      '==10590== Collected : 12345678901',
      '==10590== ',
      '==10590== I   refs:      12,345,678,901',
    ].join('\n');
    expect(callgrindTotal(stderr)).toBe(12345678901);
    expect(callgrindTotal('==1== I   refs:      126,637\n')).toBe(126637);
    expect(() => callgrindTotal('valgrind: no such tool')).toThrow(/no callgrind total/);
  });
});
