// The language server under attack (issue 20, item 8), against the built bin: a malformed message header
// ends it with a message (so the editor restarts it) instead of leaving it alive and deaf, and a huge
// document does not hold up every other request while it is linted.
import {describe, it, expect} from 'vitest';
import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {createMessageConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node';
import type {PublishDiagnosticsParams} from 'vscode-languageserver/node';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'dist/src/lsp/bin.js');

/** Spawn the server, write raw bytes to it, and wait for it to exit (or the timeout). */
function exitAfter(args: string[], bytes: string, timeout = 10_000): Promise<{code: number | null; stderr: string; timedOut: boolean}> {
  const child = spawn(process.execPath, [bin, ...args], {stdio: ['pipe', 'pipe', 'pipe']});
  let stderr = '';
  child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
  child.stdin!.write(bytes);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({code: null, stderr, timedOut: true});
    }, timeout);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({code, stderr, timedOut: false});
    });
  });
}

describe('a malformed message header', () => {
  const message = JSON.stringify({jsonrpc: '2.0', id: 1, method: 'initialize', params: {processId: null, rootUri: null, capabilities: {}}});
  const cases: Array<[string, string]> = [
    ['Content-Length that is not a number', `Content-Length: abc\r\n\r\n${message}`],
    ['no Content-Length', `Content-Type: application/vscode-jsonrpc\r\n\r\n${message}`],
    ['a body that is not JSON', 'Content-Length: 5\r\n\r\n{{{{{'],
  ];
  it.each(cases)('%s: the server exits with a message on stderr', async (_name, bytes) => {
    for (const args of [['--stdio'], []]) {
      const r = await exitAfter(args, bytes);
      expect(r.timedOut, `still running after 10 s (${args.join(' ') || 'no transport flag'})`).toBe(false);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^corpuslint-language-server: malformed message from the client \(.+\); exiting so that the editor can restart the server\.\n/);
    }
  });
});

describe('a huge document', () => {
  it('is not linted as you type (one diagnostic says so), and other documents are answered meanwhile', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpuslint-lsp-attack-'));
    fs.writeFileSync(path.join(dir, '.corpuslintrc.json'), JSON.stringify({root: true}));
    const child: ChildProcess = spawn(process.execPath, [bin, '--stdio'], {stdio: ['pipe', 'pipe', 'pipe']});
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const published: PublishDiagnosticsParams[] = [];
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => published.push(p));
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
    const waitFor = async (uri: string, timeout: number) => {
      const deadline = Date.now() + timeout;
      while (Date.now() < deadline) {
        const found = published.find((p) => p.uri === uri);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no diagnostics for ${uri} within ${timeout} ms`);
    };
    try {
      await connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(dir).href, workspaceFolders: [{uri: pathToFileURL(dir).href, name: 'w'}], capabilities: {}, initializationOptions: {debounce: 0}});
      await connection.sendNotification('initialized', {});
      // 20 MB of prose with a problem in every paragraph: about 25 s of linting before, on one thread.
      const huge = 'The council met on Tuesday, officials said. Critics say it costs too much.\n\nShare this article\n\n'.repeat(210_000);
      const hugeUri = pathToFileURL(path.join(dir, 'huge.txt')).href;
      const smallUri = pathToFileURL(path.join(dir, 'small.md')).href;
      const started = Date.now();
      await connection.sendNotification('textDocument/didOpen', {textDocument: {uri: hugeUri, languageId: 'plaintext', version: 1, text: huge}});
      await connection.sendNotification('textDocument/didOpen', {textDocument: {uri: smallUri, languageId: 'markdown', version: 1, text: '# Draft\n\n<!-- corpuslint-disable -->\nThe council met.\n'}});
      const small = await waitFor(smallUri, 15_000);
      expect(small.diagnostics.map((d) => d.code)).toContain('unused-directive');
      const big = await waitFor(hugeUri, 15_000);
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(big.diagnostics).toHaveLength(1);
      expect(big.diagnostics[0]).toMatchObject({code: 'file-too-large', severity: 2, range: {start: {line: 0, character: 0}}});
      expect(big.diagnostics[0].message).toBe(`Document too large to lint as you type (${huge.length} characters; the language server lints up to 1 MiB): run \`corpuslint huge.txt\` in a terminal`);
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
    } finally {
      child.kill();
      connection.dispose();
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });
});
