#!/usr/bin/env node
// The `corpuslint` bin.
import {hideBin} from 'yargs/helpers';
import {main} from './cli.js';

main(hideBin(process.argv)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`corpuslint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
