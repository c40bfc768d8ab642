// The vfile-reporter-json shape: an array of files with `path` and `messages` (each with ruleId,
// place, fatal, url, actual and expected), one line; plus `fixable: true` on messages whose `expected`
// --fix applies (the others' `expected` is a suggestion only).
import type {VFile} from 'vfile';
import {reporterJson} from 'vfile-reporter-json';
import type {Reporter} from './types.js';
import type {CorpuslintMessage} from './vfiles.js';

export const json: Reporter = (files: VFile[]) => {
  const data = JSON.parse(reporterJson(files)) as Array<{messages: Array<Record<string, unknown>>}>;
  data.forEach((file, i) => {
    file.messages.forEach((m, j) => {
      if ((files[i].messages[j] as CorpuslintMessage).fixable) m.fixable = true;
    });
  });
  return JSON.stringify(data) + '\n';
};
