// corpuslint messages as LSP diagnostics, and quick fixes from their `expected`. Pure functions over a
// TextDocument, so they are tested without a server.
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {CodeActionKind, DiagnosticSeverity, TextEdit, type CodeAction, type Diagnostic, type Range} from 'vscode-languageserver/node';
import type {TextDocument} from 'vscode-languageserver-textdocument';
import type {LintMessage, Point} from '../types.js';
import {SOURCE} from '../engine/rule-plugin.js';
import {applyFixes} from '../fix.js';

/** What a diagnostic carries back to the server in a codeAction request (LSP `data`). */
export interface FixData {
  actual?: string;
  expected: string[];
  fixable: boolean;
}

/** The kind of the "fix all" source action (editors run `source.fixAll` on save when asked to). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.corpuslint`;

/**
 * `shift` is added to the engine's offsets: 1 when the buffer starts with a BOM, which the engine's
 * offsets exclude and the editor's positions include.
 */
function position(doc: TextDocument, point: Point, shift: number) {
  if (typeof point.offset === 'number') return doc.positionAt(point.offset + shift);
  return {line: Math.max(0, point.line - 1), character: Math.max(0, point.column - 1)};
}

export function toDiagnostic(m: LintMessage, doc: TextDocument, options: {root?: string; shift?: number} = {}): Diagnostic {
  const shift = options.shift ?? 0;
  const range: Range = {start: position(doc, m.place.start, shift), end: position(doc, m.place.end, shift)};
  const diagnostic: Diagnostic = {
    range,
    severity: m.severity === 2 ? DiagnosticSeverity.Error : m.severity === 1 ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    code: m.ruleId,
    source: SOURCE,
    message: m.reason,
  };
  if (m.url) diagnostic.codeDescription = {href: m.url};
  if (m.expected && m.expected.length > 0) {
    const data: FixData = {expected: m.expected, fixable: Boolean(m.fixable)};
    if (m.actual !== undefined) data.actual = m.actual;
    diagnostic.data = data;
  }
  if (m.cause?.place) {
    const uri = m.cause.file && options.root ? pathToFileURL(path.resolve(options.root, m.cause.file)).href : doc.uri;
    const other = uri !== doc.uri;
    diagnostic.relatedInformation = [{
      location: {
        uri,
        range: other
          ? {start: {line: m.cause.place.start.line - 1, character: m.cause.place.start.column - 1}, end: {line: m.cause.place.end.line - 1, character: m.cause.place.end.column - 1}}
          : {start: position(doc, m.cause.place.start, shift), end: position(doc, m.cause.place.end, shift)},
      },
      message: m.cause.message,
    }];
  }
  return diagnostic;
}

function isFixData(data: unknown): data is FixData {
  const d = data as FixData | undefined;
  return Boolean(d && Array.isArray(d.expected) && d.expected.every((e) => typeof e === 'string'));
}

const show = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s).replace(/\s+/g, ' ');

/**
 * Quick fixes for the diagnostics of a codeAction request: one per `expected` (the first preferred when
 * the rule marks it safe), offered only while the text at the range is still the reported `actual`.
 */
export function quickFixes(doc: TextDocument, diagnostics: Diagnostic[], maxPerDiagnostic = 5): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== SOURCE || !isFixData(d.data)) continue;
    const current = doc.getText(d.range);
    if (d.data.actual !== undefined && current !== d.data.actual) continue;
    d.data.expected.slice(0, maxPerDiagnostic).forEach((replacement, i) => {
      actions.push({
        title: replacement === '' ? `Delete \`${show(current)}\` (${String(d.code)})` : `Replace \`${show(current)}\` with \`${show(replacement)}\` (${String(d.code)})`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: i === 0 && (d.data as FixData).fixable,
        edit: {changes: {[doc.uri]: [TextEdit.replace(d.range, replacement)]}},
      });
    });
  }
  return actions;
}

/** "Fix all safe corpuslint problems": the same edits as `--fix` (one pass), as one whole-document edit. */
export function fixAllAction(doc: TextDocument, messages: LintMessage[], shift = 0): CodeAction | undefined {
  if (!messages.some((m) => m.fixable)) return undefined;
  const text = doc.getText();
  const body = text.slice(shift);
  const {text: fixed, applied} = applyFixes(body, messages);
  if (applied === 0) return undefined;
  return {
    title: `Fix all safe corpuslint problems (${applied})`,
    kind: FIX_ALL_KIND,
    edit: {changes: {[doc.uri]: [TextEdit.replace({start: doc.positionAt(shift), end: doc.positionAt(text.length)}, fixed)]}},
  };
}
