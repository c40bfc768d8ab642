#!/usr/bin/env node
// The `corpuslint-language-server` bin. Speaks LSP over stdio by default (editors start it as
// `corpuslint-language-server --stdio`); `--node-ipc`, `--socket=PORT` and `--pipe=NAME` also work.
//
// Over stdio the reader is ours, so that a malformed message (a Content-Length that is not a number, no
// Content-Length, a body that is not JSON) ends the server with a message on stderr: the reader cannot
// find the next message after one, and a server left running would never answer again, with nothing to
// tell the editor to restart it (issue 20). Having our own reader, we also do what the library does for
// `--stdio`: console output goes to the client's log (a stray write to stdout would break the stream),
// and the server exits when its input ends.
import {createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection} from 'vscode-languageserver/node';
import {version} from '../package-info.js';
import {startServer} from './server.js';
import {rules as builtins} from '../../rules/index.js';

const argv = process.argv.slice(2);

function overStdio(): Connection {
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((error) => {
    const why = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    process.stderr.write(`corpuslint-language-server: malformed message from the client (${why}); exiting so that the editor can restart the server.\n`, () => process.exit(1));
  });
  const connection = createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
  // Exit 0 after a shutdown request, else 1 (as the library does); the server's own handler still runs.
  let shutdown = false;
  const onShutdown = connection.onShutdown.bind(connection);
  connection.onShutdown = (handler) => onShutdown((token) => {
    shutdown = true;
    return handler(token);
  });
  onShutdown(() => {
    shutdown = true;
  });
  const end = () => process.exit(shutdown ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  const log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.log = log;
  console.info = log;
  console.debug = log;
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  return connection;
}

if (argv.includes('--version') || argv.includes('-v')) {
  process.stdout.write(`${version}\n`);
} else if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write(`corpuslint-language-server [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]\n\n` +
    `The corpuslint language server: diagnostics as an article is typed, quick fixes, and the workspace\n` +
    `folder's articles as corpus context. Talks LSP over stdio unless told otherwise.\n`);
} else {
  const otherTransport = argv.some((a) => /^--(node-ipc|socket|pipe)\b/.test(a));
  startServer(otherTransport ? createConnection(ProposedFeatures.all) : overStdio(), builtins);
}
