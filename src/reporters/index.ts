import type {Reporter} from './types.js';
import {stylish} from './stylish.js';
import {json} from './json.js';
import {sarif} from './sarif.js';
import {github} from './github.js';

export const reporters: Record<string, Reporter> = {stylish, json, sarif, github};
export type {Reporter, ReporterOptions} from './types.js';
