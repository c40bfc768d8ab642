// Human output through vfile-reporter (files without messages are left out, as ESLint does).
import {reporter} from 'vfile-reporter';
import type {Reporter} from './types.js';

export const stylish: Reporter = (files, options) => {
  const out = reporter(files, {quiet: true, color: options.color, verbose: false});
  return out ? out + '\n' : '';
};
