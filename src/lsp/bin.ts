#!/usr/bin/env node
// The `corpuslint-language-server` bin. Speaks LSP over stdio by default (editors start it as
// `corpuslint-language-server --stdio`); `--node-ipc`, `--socket=PORT` and `--pipe=NAME` also work.
import {createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter} from 'vscode-languageserver/node';
import {version} from '../package-info.js';
import {startServer} from './server.js';

const argv = process.argv.slice(2);
if (argv.includes('--version') || argv.includes('-v')) {
  process.stdout.write(`${version}\n`);
} else if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write(`corpuslint-language-server [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]\n\n` +
    `The corpuslint language server: diagnostics as an article is typed, quick fixes, and the workspace\n` +
    `folder's articles as corpus context. Talks LSP over stdio unless told otherwise.\n`);
} else {
  const transport = argv.some((a) => /^--(stdio|node-ipc|socket|pipe)\b/.test(a));
  const connection = transport
    ? createConnection(ProposedFeatures.all)
    : createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  startServer(connection);
}
