#!/usr/bin/env node
// The `corpuslint` bin.
import './v8-flags.js';
import {hideBin} from './yargs-lazy.js';
import {main} from './cli.js';

// A reader that stops early (`corpuslint ... | head`) closes the pipe: the rest of the report has nobody
// to go to. Stop writing quietly, as Unix tools do, instead of dying on an unhandled EPIPE with a stack
// trace; the exit code stays the lint's.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    throw error;
  });
}

main(hideBin(process.argv)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`corpuslint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
