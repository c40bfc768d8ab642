// The vfile-reporter-json shape: an array of files with `path` and `messages` (each with ruleId,
// place, fatal, url, actual and expected), one line.
import {reporterJson} from 'vfile-reporter-json';
import type {Reporter} from './types.js';

export const json: Reporter = (files) => reporterJson(files) + '\n';
