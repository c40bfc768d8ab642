// Human output through vfile-reporter (files without messages are left out, as ESLint does).
import {createRequire} from 'node:module';
import type {Reporter} from './types.js';

// vfile-reporter (and its terminal-width helpers) is loaded when this format is used, not by every run.
const require = createRequire(import.meta.url);

export const stylish: Reporter = (files, options) => {
  const {reporter} = require('vfile-reporter') as typeof import('vfile-reporter');
  const out = reporter(files, {quiet: true, color: options.color, verbose: false});
  return out ? out + '\n' : '';
};
