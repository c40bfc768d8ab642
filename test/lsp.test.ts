// The language server over stdio, with real LSP messages, against the built bin (dist/src/lsp/bin.js).
import {describe, it, expect, beforeAll, afterAll} from 'vitest';
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node';
import {TextDocument} from 'vscode-languageserver-textdocument';
import type {CodeAction, Diagnostic, PublishDiagnosticsParams} from 'vscode-languageserver/node';
import {toDiagnostic, quickFixes, fixAllAction} from '../src/lsp/diagnostics.js';
import type {LintMessage} from '../src/types.js';
import {runTexts} from '../src/index.js';
import {makeResolver} from '../src/engine/run.js';
import {rules} from '../rules/index.js';
import {firstPassOf, secondPassOf, summariesOf, summariesWith} from '../src/lsp/corpus.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'dist/src/lsp/bin.js');

const at = (offset: number, line = 1, column = offset + 1) => ({line, column, offset});

describe('diagnostics and quick fixes (unit)', () => {
  const doc = TextDocument.create('file:///w/a.txt', 'plaintext', 1, '\uFEFFPrime Minister Nikol Pashinian said.\n');
  const message: LintMessage = {
    ruleId: 'consistent-name-spelling', severity: 1, reason: 'Unexpected `Pashinian`, expected `Pashinyan`',
    place: {start: at(21), end: at(30)}, actual: 'Pashinian', expected: ['Pashinyan'], fixable: true,
    url: 'https://github.com/corpuslint/corpuslint/blob/main/rules/consistent-name-spelling.md',
    cause: {file: 'b.txt', place: {start: at(0, 3, 5), end: at(9, 3, 14)}, message: 'Spelled `Pashinyan` in 12 articles'},
  };
  const d = toDiagnostic(message, doc, {root: '/w', shift: 1});

  it('carries rule id, severity, source, doc url and the fix as data', () => {
    expect(d).toMatchObject({
      code: 'consistent-name-spelling', severity: 2, source: 'corpuslint',
      codeDescription: {href: message.url}, message: message.reason,
      range: {start: {line: 0, character: 22}, end: {line: 0, character: 31}}, // BOM shift
      data: {actual: 'Pashinian', expected: ['Pashinyan'], fixable: true},
    });
    expect(doc.getText(d.range)).toBe('Pashinian');
    expect(d.relatedInformation?.[0].location).toEqual({uri: 'file:///w/b.txt', range: {start: {line: 2, character: 4}, end: {line: 2, character: 13}}});
    expect(toDiagnostic({...message, severity: 2, url: undefined}, doc).severity).toBe(1);
    expect(toDiagnostic({...message, url: undefined}, doc).codeDescription).toBeUndefined();
  });

  it('offers a quick fix only while the text still matches', () => {
    const [fix] = quickFixes(doc, [d]);
    expect(fix).toMatchObject({kind: 'quickfix', isPreferred: true, title: 'Replace `Pashinian` with `Pashinyan` (consistent-name-spelling)'});
    expect(fix.edit?.changes?.[doc.uri]).toEqual([{range: d.range, newText: 'Pashinyan'}]);
    const edited = TextDocument.update(TextDocument.create(doc.uri, 'plaintext', 1, doc.getText()), [{range: d.range, text: 'Pashinyan'}], 2);
    expect(quickFixes(edited, [d])).toEqual([]);
    expect(quickFixes(doc, [{...d, source: 'other'}])).toEqual([]);
  });

  it('fix all applies the safe fixes as one edit', () => {
    const all = fixAllAction(doc, [message], 1)!;
    expect(all.kind).toBe('source.fixAll.corpuslint');
    expect(TextDocument.applyEdits(doc, all.edit!.changes![doc.uri])).toBe('\uFEFFPrime Minister Nikol Pashinyan said.\n');
    expect(fixAllAction(doc, [{...message, fixable: false}], 1)).toBeUndefined();
  });
});

/** A client over the server's stdio that records every publishDiagnostics. */
class Client {
  readonly child: ChildProcess;
  readonly connection: MessageConnection;
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  private waiters: Array<() => void> = [];

  constructor() {
    this.child = spawn(process.execPath, [bin, '--stdio'], {stdio: ['pipe', 'pipe', 'pipe']});
    this.child.stderr!.on('data', (b: Buffer) => this.logs.push(b.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      for (const w of this.waiters.splice(0)) w();
    });
    this.connection.onNotification('window/logMessage', (p: {message: string}) => this.logs.push(p.message));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  /** The next publishDiagnostics for `uri` satisfying `test` (among those already received, or to come). */
  async diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, timeout = 10_000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = this.published.find((p) => p.uri === uri && test(p));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching diagnostics for ${uri}; got ${JSON.stringify(this.published)}; logs ${this.logs.join('')}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    await new Promise((resolve) => this.child.once('exit', resolve));
    this.connection.dispose();
  }
}

describe('corpuslint-language-server over stdio', () => {
  let dir: string;
  let client: Client;
  let exitCode: number | null = null;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpuslint-lsp-'));
    fs.writeFileSync(path.join(dir, '.corpuslintrc.json'), JSON.stringify({root: true, extends: 'corpuslint:recommended'}));
    fs.mkdirSync(path.join(dir, 'articles'));
    const story = (n: number) => `Armenian Prime Minister Nikol Pashinyan spoke in Yerevan on day ${n}. Pashinyan said talks would continue.\n`;
    for (let i = 0; i < 6; i++) fs.writeFileSync(path.join(dir, 'articles', `story-${i}.txt`), story(i));
    client = new Client();
    client.child.once('exit', (code) => (exitCode = code));
    const init = await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{uri: pathToFileURL(dir).href, name: 'corpus'}],
      capabilities: {
        workspace: {didChangeWatchedFiles: {dynamicRegistration: true}},
        textDocument: {publishDiagnostics: {relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true}, codeAction: {}},
      },
      initializationOptions: {debounce: 150},
    }) as {capabilities: Record<string, unknown>; serverInfo: {name: string}};
    expect(init.serverInfo.name).toBe('corpuslint-language-server');
    expect(init.capabilities.codeActionProvider).toBeTruthy();
    await client.connection.sendNotification('initialized', {});
  });

  afterAll(async () => {
    await client?.stop();
    expect(exitCode).toBe(0);
    fs.rmSync(dir, {recursive: true, force: true});
  });

  it('publishes diagnostics on open and after each (debounced) change', async () => {
    const uri = pathToFileURL(path.join(dir, 'articles', 'draft.md')).href;
    // A directive that silences nothing is always reported (engine-level, independent of the rules' lists).
    const text = '# Draft\n\n<!-- corpuslint-disable-next-line no-boilerplate -->\nThe council met on Tuesday.\n';
    await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}});
    const opened = await client.diagnostics(uri, (p) => p.version === 1);
    const unused = opened.diagnostics.find((d) => d.code === 'unused-directive');
    expect(unused).toMatchObject({source: 'corpuslint', severity: 2, range: {start: {line: 2, character: 0}}});
    expect(unused!.message).toMatch(/Unused corpuslint-disable-next-line directive/);

    // Typing: five quick edits that remove the directive line piece by piece; one lint for the last.
    const before = client.published.length;
    for (let v = 2; v <= 6; v++) {
      const content = v < 6 ? text.replace('no-boilerplate', 'no-boilerplate'.slice(0, 14 - (v - 1) * 2)) : '# Draft\n\nThe council met on Tuesday.\n';
      await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: v}, contentChanges: [{text: content}]});
    }
    const edited = await client.diagnostics(uri, (p) => p.version === 6);
    expect(edited.diagnostics.filter((d) => d.code === 'unused-directive')).toEqual([]);
    await new Promise((r) => setTimeout(r, 400));
    const runs = client.published.slice(before).filter((p) => p.uri === uri);
    expect(runs.map((p) => p.version)).toEqual([6]); // debounced: the intermediate versions were never linted

    // An incremental change puts a directive back, on line 4.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: {uri, version: 7},
      contentChanges: [{range: {start: {line: 3, character: 0}, end: {line: 3, character: 0}}, text: '<!-- corpuslint-disable -->\n'}],
    });
    const again = await client.diagnostics(uri, (p) => p.version === 7);
    expect(again.diagnostics.find((d) => d.code === 'unused-directive')?.range.start.line).toBe(3);

    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri}});
    const closed = await client.diagnostics(uri, (p) => p.version === undefined && p.diagnostics.length === 0);
    expect(closed.diagnostics).toEqual([]);
  });

  it('answers codeAction with quick fixes from `expected` (a diagnostic as the client hands it back)', async () => {
    const uri = pathToFileURL(path.join(dir, 'articles', 'fix.txt')).href;
    const text = 'Prime Minister Nikol Pashinian spoke.\n';
    await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text}});
    await client.diagnostics(uri, (p) => p.version === 1);
    const diagnostic: Diagnostic = {
      range: {start: {line: 0, character: 21}, end: {line: 0, character: 30}}, severity: 2, code: 'consistent-name-spelling', source: 'corpuslint',
      message: 'Unexpected `Pashinian`, expected `Pashinyan`', data: {actual: 'Pashinian', expected: ['Pashinyan'], fixable: true},
    };
    const actions = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri}, range: diagnostic.range, context: {diagnostics: [diagnostic], only: ['quickfix']},
    }) as CodeAction[];
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({kind: 'quickfix', isPreferred: true, edit: {changes: {[uri]: [{range: diagnostic.range, newText: 'Pashinyan'}]}}});
    // Once the text under the range changed, the stale fix is not offered.
    await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 2}, contentChanges: [{range: diagnostic.range, text: 'Pashinyan'}]});
    const none = await client.connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range: diagnostic.range, context: {diagnostics: [diagnostic]}}) as CodeAction[];
    expect(none).toEqual([]);
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri}});
  });

  it('judges the buffer against the workspace corpus (names rule), with doc url and a quick fix', async () => {
    const uri = pathToFileURL(path.join(dir, 'articles', 'new.txt')).href;
    const text = 'Prime Minister Nikol Pashinian met officials in Yerevan on Monday.\n';
    await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text}});
    const published = await client.diagnostics(uri, (p) => p.version === 1);
    const names = published.diagnostics.find((d) => d.code === 'consistent-name-spelling');
    expect(names, JSON.stringify(published)).toBeDefined();
    expect(names!.codeDescription?.href).toMatch(/rules\/consistent-name-spelling\.md$/);
    const doc = TextDocument.create(uri, 'plaintext', 1, text);
    expect(doc.getText(names!.range)).toBe('Pashinian');
    const actions = await client.connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range: names!.range, context: {diagnostics: [names]}}) as CodeAction[];
    const fix = actions.find((a) => a.kind === 'quickfix');
    expect(fix?.edit?.changes?.[uri]?.[0].newText).toBe('Pashinyan');
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri}});

    // The same text outside the workspace folder has no corpus to disagree with.
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'corpuslint-lsp-alone-'));
    fs.writeFileSync(path.join(outside, '.corpuslintrc.json'), JSON.stringify({root: true}));
    const alone = pathToFileURL(path.join(outside, 'new.txt')).href;
    await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri: alone, languageId: 'plaintext', version: 1, text}});
    const lonely = await client.diagnostics(alone, (p) => p.version === 1);
    expect(lonely.diagnostics.filter((d) => d.code === 'consistent-name-spelling')).toEqual([]);
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri: alone}});
    fs.rmSync(outside, {recursive: true, force: true});
  });

  it('picks up a config change from the workspace (watched files)', async () => {
    const uri = pathToFileURL(path.join(dir, 'articles', 'notes.md')).href;
    await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text: '<!-- corpuslint-disable -->\nText.\n'}});
    await client.diagnostics(uri, (p) => p.version === 1 && p.diagnostics.some((d) => d.code === 'unused-directive'));
    // Markdown is no longer an article extension: the buffer is not linted.
    fs.writeFileSync(path.join(dir, '.corpuslintrc.json'), JSON.stringify({root: true, extensions: ['.txt']}));
    const count = client.published.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(path.join(dir, '.corpuslintrc.json')).href, type: 2}]});
    await client.diagnostics(uri, (p) => client.published.indexOf(p) >= count && p.diagnostics.length === 0);
    fs.writeFileSync(path.join(dir, '.corpuslintrc.json'), JSON.stringify({root: true, extends: 'corpuslint:recommended'}));
  });
});

describe('the language server and the CLI cache', () => {
  it('reads the corpus through .corpuslintcache when the folder has one (unchanged articles are not parsed)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpuslint-lsp-cache-'));
    fs.writeFileSync(path.join(dir, '.corpuslintrc.json'), JSON.stringify({root: true, extends: 'corpuslint:recommended'}));
    for (let i = 0; i < 4; i++) fs.writeFileSync(path.join(dir, `story-${i}.txt`), `Nikol Pashinyan spoke on day ${i}.\n`);
    const cli = spawnSync(process.execPath, [path.join(root, 'dist/src/bin.js'), '--cache', '.'], {cwd: dir, encoding: 'utf8'});
    expect(cli.stderr).toBe('');
    expect(fs.existsSync(path.join(dir, '.corpuslintcache'))).toBe(true);
    fs.writeFileSync(path.join(dir, 'story-0.txt'), 'Changed since the cache was written.\n');
    const client = new Client();
    await client.connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}});
    await client.connection.sendNotification('initialized', {});
    const deadline = Date.now() + 20_000;
    while (!client.logs.some((l) => l.includes('read 4 articles')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(client.logs.join('\n')).toMatch(/read 4 articles of .* \(cache: 3 reused, 1 parsed\)/);
    await client.stop();
    fs.rmSync(dir, {recursive: true, force: true});
  });
});

describe('the language server merges the buffer into the other articles\' summaries', () => {
  // Articles that exercise both corpus rules: a spelling that differs from the corpus's usual one, and a
  // line repeated across articles.
  const texts = [
    ...[0, 1, 2, 3].map((i) => ({path: `s${i}.txt`, value: `Prime Minister Nikol Pashinyan met the envoy on day ${i}, his office said.\n\nShare this story on Facebook\n`})),
    {path: 'draft.txt', value: 'Prime Minister Nikol Pashinian met the envoy again, his office said.\n\nShare this story on Facebook\n'},
  ];

  it('gives each buffer the messages of a full run over the corpus', () => {
    const options = {cwd: '/nonexistent-corpuslint-lsp', configFile: false as const};
    const full = runTexts(texts, options);
    const resolver = makeResolver({...options, builtins: rules});
    const first = texts.map((t) => firstPassOf({path: t.path, abs: path.resolve(options.cwd, t.path), text: t.value}, resolver));
    const ruleIds = new Set(full.results.flatMap((r) => r.messages.map((m) => m.ruleId)));
    expect(ruleIds).toContain('consistent-name-spelling');
    expect(ruleIds).toContain('no-boilerplate');
    texts.forEach((t, i) => {
      const others = first.filter((_, j) => j !== i);
      const merged = secondPassOf(first[i], summariesWith(others, first[i], summariesOf(others)));
      expect(merged.messages).toEqual(full.results.find((r) => r.path === t.path)!.messages);
    });
  });
});

describe('--stdin for per-buffer linters (docs/editors.md)', () => {
  const cli = path.join(root, 'dist/src/bin.js');
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpuslint-stdin-'));
    fs.writeFileSync(path.join(dir, '.corpuslintrc.json'), JSON.stringify({root: true, extends: 'corpuslint:recommended'}));
    fs.mkdirSync(path.join(dir, 'articles'));
    for (let i = 0; i < 6; i++) fs.writeFileSync(path.join(dir, 'articles', `story-${i}.txt`), `Armenian Prime Minister Nikol Pashinyan spoke in Yerevan on day ${i}. Pashinyan said talks would continue.\n`);
  });
  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

  const lintBuffer = (file: string, text: string, extra: string[] = []) => {
    const r = spawnSyncNode([cli, '--stdin', '--stdin-filename', file, '--format', 'json', '--no-progress', ...extra], dir, text);
    return {...r, files: JSON.parse(r.stdout) as Array<{path: string; messages: Array<Record<string, unknown>>}>};
  };

  it('reads the buffer from stdin and names it with --stdin-filename (the recipes\' command line)', () => {
    const file = path.join(dir, 'articles', 'draft.md');
    fs.writeFileSync(file, '# On disk\n\nNothing to report.\n'); // the buffer, not the file, is linted
    const r = lintBuffer(file, '# Draft\n\n<!-- corpuslint-disable-next-line -->\nThe council met.\n');
    expect(r.status).toBe(0);
    expect(r.files).toHaveLength(1);
    expect(r.files[0].path).toBe(file);
    expect(r.files[0].messages[0]).toMatchObject({ruleId: 'unused-directive', line: 3, column: 1, fatal: false, place: {end: {line: 3}}});
    expect(r.stderr).toBe('');
  });

  it('judges the buffer against --context, replacing its own file there', () => {
    const file = path.join(dir, 'articles', 'story-0.txt');
    const text = 'Prime Minister Nikol Pashinian met officials in Yerevan on Monday.\n';
    const names = (r: ReturnType<typeof lintBuffer>) => r.files[0].messages.filter((m) => m.ruleId === 'consistent-name-spelling');
    expect(names(lintBuffer(file, text, ['--context', 'articles']))[0]).toMatchObject({actual: 'Pashinian'});
    expect(names(lintBuffer(file, text))).toEqual([]);
  });

  const hasVim = spawnSyncNode(['-e', ''], root, '').status === 0 && fs.existsSync('/usr/bin/vim');
  it.skipIf(!hasVim)('the ALE handler of docs/editors.md turns the JSON report into ALE items (run in Vim)', () => {
    const docs = fs.readFileSync(path.join(root, 'docs/editors.md'), 'utf8');
    const handler = /^function! CorpuslintHandle[^]*?^endfunction$/m.exec(docs)![0];
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'corpuslint-vim-'));
    const r = lintBuffer(path.join(dir, 'articles', 'draft.md'), '# Draft\n\n<!-- corpuslint-disable-next-line -->\nThe council met.\n');
    fs.writeFileSync(path.join(work, 'report.json'), r.stdout);
    fs.writeFileSync(path.join(work, 'handler.vim'), handler + '\n');
    const vim = spawnSync('vim', ['-u', 'NONE', '-i', 'NONE', '-N', '-es',
      '-c', `source ${path.join(work, 'handler.vim')}`,
      '-c', `call writefile([json_encode(CorpuslintHandle(0, readfile('${path.join(work, 'report.json')}')))], '${path.join(work, 'items.json')}')`,
      '-c', 'qa!'], {encoding: 'utf8', timeout: 20_000});
    expect(vim.status, vim.stderr + vim.stdout).toBe(0);
    const items = JSON.parse(fs.readFileSync(path.join(work, 'items.json'), 'utf8')) as unknown[];
    expect(items).toEqual([{lnum: 3, col: 1, end_lnum: 3, end_col: 37, text: expect.stringMatching(/^Unused corpuslint-disable-next-line/), code: 'unused-directive', type: 'W'}]);
    fs.rmSync(work, {recursive: true, force: true});
  });
});

function spawnSyncNode(args: string[], cwd: string, input: string) {
  return spawnSync(process.execPath, args, {cwd, input, encoding: 'utf8', env: {...process.env, CI: ''}});
}
