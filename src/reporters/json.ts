// The vfile-reporter-json shape: an array of files with `cwd`, `history`, `path` and `messages` (each
// with ruleId, place, fatal, url, actual and expected: the fields vfile-reporter-json writes, in its
// order), one line; plus `fixable: true` on messages whose `expected` --fix applies (the others'
// `expected` is a suggestion only). Written directly rather than through vfile-reporter-json so that
// `fixable` needs no second pass over a large report.
import type {VFile} from 'vfile';
import type {Reporter} from './types.js';
import type {CorpuslintMessage} from './vfiles.js';

const FIELDS = ['ancestors', 'column', 'fatal', 'line', 'place', 'reason', 'ruleId', 'source', 'actual', 'expected', 'note', 'url', 'fixable'] as const;

export const json: Reporter = (files: VFile[]) => {
  const data = files.map((file) => ({
    cwd: file.cwd,
    history: file.history,
    messages: file.messages.map((m) => {
      const out: Record<string, unknown> = {};
      for (const key of FIELDS) {
        const value = (m as CorpuslintMessage)[key as keyof CorpuslintMessage];
        if (value !== undefined && value !== null && !(key === 'fixable' && value !== true)) out[key] = value;
      }
      return out;
    }),
    path: file.path,
  }));
  return JSON.stringify(data) + '\n';
};
