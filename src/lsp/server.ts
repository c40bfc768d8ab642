// The corpuslint language server (vscode-languageserver): diagnostics as an article is typed, quick fixes
// from `expected`, and the corpus of the workspace folder as context for the corpus rules.
//
// Cost: at `initialized`, each workspace folder's corpus (its `.corpuslintrc.json` `files`, or the whole
// folder) is read and parsed once, in chunks that yield to the event loop, keeping only each file's
// first-pass result (messages, corpus facts: plain data, no tree). A change to a buffer is debounced, then
// costs one parse of that buffer and the second pass for that buffer alone (src/lsp/corpus.ts). The summaries
// of the other articles (a fold over their facts: ~280 ms for 2,225 BBC articles) are folded once per
// version of the index; each change merges the buffer's facts into them (the corpus rules' `merge`), so a
// keystroke never folds the corpus and is never stale. Saved, created and deleted articles update their one
// index entry; a changed config or ignore file rebuilds the folder's index.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import {TextDocument} from 'vscode-languageserver-textdocument';
import type {ConfigResolver} from '../config/load.js';
import {CONFIG_NAME} from '../config/load.js';
import {IGNORE_FILE} from '../engine/discover.js';
import {makeResolver} from '../engine/run.js';
import {ResultCache, DEFAULT_CACHE_LOCATION} from '../engine/cache.js';
import type {CorpusInput} from '../engine/corpus-pass.js';
import type {LintMessage, Rule} from '../types.js';
import {version} from '../package-info.js';
import {corpusFiles, indexFile, firstPassOf, summariesOf, summariesWith, secondPassOf, type Summaries} from './corpus.js';
import {toDiagnostic, quickFixes, fixAllAction, FIX_ALL_KIND} from './diagnostics.js';
import {TOO_LARGE_RULE} from '../engine/read-article.js';
import {SUPPRESSIONS_FILE, suppressed} from '../suppressions.js';

export interface ServerSettings {
  /** Delay after the last change before a buffer is linted (ms). */
  debounce?: number;
  /** Read the workspace folder's corpus as context for the corpus rules (default true). */
  corpus?: boolean;
  /**
   * Read and update the folder's `.corpuslintcache` (the CLI's `--cache` file) when reading the corpus, so
   * unchanged articles are not parsed again. Default: when that file exists.
   */
  cache?: boolean;
}

const CHUNK = 64;

/**
 * The largest document linted as you type, and the largest article read into the corpus index: linting
 * runs on the one thread that answers every request, at ~1-3 s per MB with every rule on, so a larger one
 * gets a diagnostic saying so (the CLI lints files up to 8 MiB).
 */
export const MAX_LIVE_CHARS = 1 << 20;

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** One workspace folder: its config resolver and the first-pass results of its articles on disk. */
class Folder {
  readonly root: string;
  resolver: ConfigResolver;
  index = new Map<string, CorpusInput>();
  ready: Promise<void> = Promise.resolve();
  generation = 0;
  /** Bumped on every change of the index: part of the key of the summaries cached per buffer. */
  version = 0;
  error?: string;

  readonly builtins: readonly Rule[];

  constructor(root: string, builtins: readonly Rule[]) {
    this.root = root;
    this.builtins = builtins;
    this.resolver = makeResolver({cwd: root, builtins});
  }

  /** (Re)read the corpus: once at start, again when a config or ignore file changes. */
  load(log: (message: string) => void, withCorpus: boolean, useCache?: boolean): Promise<void> {
    const generation = ++this.generation;
    this.resolver = makeResolver({cwd: this.root, builtins: this.builtins});
    this.error = undefined;
    const index = new Map<string, CorpusInput>();
    this.ready = (async () => {
      if (!withCorpus) return;
      const started = Date.now();
      try {
        const files = await corpusFiles([], {cwd: this.root, resolver: this.resolver});
        const cacheFile = path.join(this.root, DEFAULT_CACHE_LOCATION);
        const cache = useCache ?? fs.existsSync(cacheFile) ? new ResultCache(cacheFile, this.resolver.registry.rules) : undefined;
        for (let i = 0; i < files.length; i++) {
          if (generation !== this.generation) return; // superseded by a newer load
          const entry = indexFile(files[i].abs, this.root, this.resolver, cache, MAX_LIVE_CHARS);
          if (entry) index.set(files[i].abs, entry);
          if (i % CHUNK === CHUNK - 1) await yieldToLoop();
        }
        const warning = cache?.save();
        if (warning) log(`corpuslint: ${warning}`);
        log(`corpuslint: read ${index.size} articles of ${this.root} in ${Date.now() - started} ms${cache ? ` (cache: ${cache.hits} reused, ${cache.misses} parsed)` : ''}`);
      } catch (error) {
        // A config error, or a corpus that cannot be listed: lint buffers alone and say why.
        this.error = error instanceof Error ? error.message : String(error);
        log(`corpuslint: cannot read the corpus of ${this.root}: ${this.error}`);
      }
      if (generation === this.generation) {
        this.index = index;
        this.version++;
      }
    })();
    return this.ready;
  }

  contains(abs: string): boolean {
    const rel = path.relative(this.root, abs);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  }

  /** The path as reports show it: relative to the folder, with forward slashes. */
  relative(abs: string): string {
    return path.relative(this.root, abs).split(path.sep).join('/') || path.basename(abs);
  }

  extensions(): string[] {
    try {
      return this.resolver.discovery(this.root).extensions.map((e) => e.toLowerCase());
    } catch {
      return ['.txt', '.md'];
    }
  }

  /** Replace (or drop) one article's entry, after a save or a change on disk. */
  update(abs: string, entry: CorpusInput | undefined): void {
    if (entry) this.index.set(abs, entry);
    else this.index.delete(abs);
    this.version++;
  }

  *others(abs: string): Iterable<CorpusInput> {
    for (const [key, entry] of this.index) if (key !== abs) yield entry;
  }
}

function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Serve `connection` with the built-in rules given (the entry point passes them: the server imports none). */
export function startServer(connection: Connection, builtins: readonly Rule[]): void {
  const documents = new TextDocuments(TextDocument);
  const folders: Folder[] = [];
  const settings: Required<Omit<ServerSettings, 'cache'>> & Pick<ServerSettings, 'cache'> = {debounce: 300, corpus: true};
  let watchRegistration = false;
  const timers = new Map<string, NodeJS.Timeout>();
  const fresh = new Set<string>();
  const last = new Map<string, {version: number; messages: LintMessage[]; shift: number}>();
  /** Per buffer: the summaries of the other articles of its folder, for one version of the folder's index. */
  const summaryCache = new Map<string, {key: string; others: Summaries}>();
  const log = (message: string) => connection.console.log(message);

  function folderFor(abs: string | undefined): Folder | undefined {
    if (!abs) return undefined;
    let best: Folder | undefined;
    for (const f of folders) if (f.contains(abs) && (!best || f.root.length > best.root.length)) best = f;
    return best;
  }

  /** A folder for files outside every workspace folder: config from the file's own folder, no corpus. */
  const loose = new Map<string, Folder>();
  function looseFolder(abs: string): Folder {
    const dir = path.dirname(abs);
    let f = loose.get(dir);
    if (!f) loose.set(dir, (f = new Folder(dir, builtins)));
    return f;
  }

  async function validate(doc: TextDocument): Promise<void> {
    const abs = uriToPath(doc.uri);
    const inWorkspace = folderFor(abs);
    const folder = inWorkspace ?? (abs ? looseFolder(abs) : folders[0]);
    if (!folder) {
      // An untitled buffer with no workspace: lint it alone from here.
      return validateIn(doc, looseFolder(path.join(process.cwd(), 'untitled.txt')), path.join(process.cwd(), 'untitled.txt'));
    }
    await folder.ready;
    const file = abs ?? path.join(folder.root, `untitled${path.extname(doc.uri) || '.txt'}`);
    return validateIn(doc, folder, file);
  }

  function validateIn(doc: TextDocument, folder: Folder, abs: string): void {
    const current = documents.get(doc.uri);
    if (!current || current.version !== doc.version) return; // changed again, or closed: a newer run follows
    if (!folder.extensions().includes(path.extname(abs).toLowerCase())) {
      connection.sendDiagnostics({uri: doc.uri, version: doc.version, diagnostics: []});
      return;
    }
    let text = doc.getText();
    const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    if (shift) text = text.slice(1);
    let messages: LintMessage[];
    if (text.length > MAX_LIVE_CHARS) {
      // Not linted as you type: 20 MB held every other request for about 25 s (one thread). The CLI lints it.
      const reason = `Document too large to lint as you type (${text.length} characters; the language server lints up to 1 MiB): run \`corpuslint ${folder.relative(abs)}\` in a terminal`;
      messages = [{ruleId: TOO_LARGE_RULE, severity: 1, reason, place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}}];
      last.set(doc.uri, {version: doc.version, messages, shift});
      connection.sendDiagnostics({uri: doc.uri, version: doc.version, diagnostics: messages.map((m) => toDiagnostic(m, doc, {root: folder.root, shift}))});
      return;
    }
    try {
      const self = firstPassOf({path: folder.relative(abs), abs, text}, folder.resolver);
      const key = `${folder.root}:${folder.generation}:${folder.version}`;
      let cached = summaryCache.get(doc.uri);
      const others = [...folder.others(abs)];
      if (!cached || cached.key !== key) summaryCache.set(doc.uri, (cached = {key, others: summariesOf(others)}));
      const summaries = summariesWith(others, self, cached.others);
      // The folder's recorded suppressions apply as in the CLI (paths relative to the folder).
      messages = suppressed([secondPassOf(self, summaries)], path.join(folder.root, SUPPRESSIONS_FILE)).results[0].messages;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      messages = [{ruleId: 'config-error', severity: 2, reason: `corpuslint: ${reason}`, place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}}];
    }
    last.set(doc.uri, {version: doc.version, messages, shift});
    connection.sendDiagnostics({uri: doc.uri, version: doc.version, diagnostics: messages.map((m) => toDiagnostic(m, doc, {root: folder.root, shift}))});
  }

  function schedule(doc: TextDocument, delay: number): void {
    clearTimeout(timers.get(doc.uri));
    timers.set(doc.uri, setTimeout(() => {
      timers.delete(doc.uri);
      validate(doc).catch((error: unknown) => log(`corpuslint: ${error instanceof Error ? error.stack : String(error)}`));
    }, delay));
  }

  function relintOpen(except?: string): void {
    for (const doc of documents.all()) if (doc.uri !== except) schedule(doc, settings.debounce);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as ServerSettings;
    if (typeof options.debounce === 'number' && options.debounce >= 0) settings.debounce = options.debounce;
    if (options.corpus === false) settings.corpus = false;
    if (typeof options.cache === 'boolean') settings.cache = options.cache;
    const roots = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : params.rootPath ? [pathToFileURL(params.rootPath).href] : []);
    for (const uri of roots) {
      const root = uriToPath(uri);
      if (root) folders.push(new Folder(root, builtins));
    }
    watchRegistration = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    // Start reading the corpus now; lint requests wait for it.
    for (const f of folders) void f.load(log, settings.corpus, settings.cache);
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND]},
      },
      serverInfo: {name: 'corpuslint-language-server', version},
    };
  });

  connection.onInitialized(() => {
    if (watchRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{globPattern: '**/*'}],
      });
    }
  });

  connection.onDidChangeWatchedFiles(async ({changes}) => {
    const reload = new Set<Folder>();
    const touched = new Set<Folder>();
    for (const change of changes) {
      const abs = uriToPath(change.uri);
      const folder = folderFor(abs);
      if (!abs || !folder) continue;
      const base = path.basename(abs);
      if (base === CONFIG_NAME || base === IGNORE_FILE) {
        reload.add(folder);
        continue;
      }
      if (!folder.extensions().includes(path.extname(abs).toLowerCase()) || !settings.corpus) continue;
      await folder.ready;
      folder.update(abs, change.type === FileChangeType.Deleted ? undefined : indexFile(abs, folder.root, folder.resolver, undefined, MAX_LIVE_CHARS));
      touched.add(folder);
    }
    for (const f of reload) await f.load(log, settings.corpus, settings.cache);
    if (reload.size || touched.size) relintOpen();
  });

  documents.onDidOpen(({document}) => fresh.add(document.uri));
  documents.onDidChangeContent(({document}) => schedule(document, fresh.delete(document.uri) ? 0 : settings.debounce));
  documents.onDidSave(async ({document}) => {
    // The saved text is now the article on disk: update its index entry, then the other open buffers.
    const abs = uriToPath(document.uri);
    const folder = folderFor(abs);
    if (!abs || !folder || !settings.corpus) return;
    await folder.ready;
    folder.update(abs, indexFile(abs, folder.root, folder.resolver, undefined, MAX_LIVE_CHARS));
    relintOpen(document.uri);
  });
  documents.onDidClose(({document}) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    summaryCache.delete(document.uri);
    last.delete(document.uri);
    fresh.delete(document.uri);
    connection.sendDiagnostics({uri: document.uri, diagnostics: []});
  });

  connection.onCodeAction(({textDocument, context}) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return [];
    const only = context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) actions.push(...quickFixes(doc, context.diagnostics));
    const result = last.get(doc.uri);
    if (wants(FIX_ALL_KIND) && result && result.version === doc.version) {
      const all = fixAllAction(doc, result.messages, result.shift);
      if (all) actions.push(all);
    }
    return actions;
  });

  connection.onShutdown(() => {
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
  });

  documents.listen(connection);
  connection.listen();
}
