// A small rule tester in the manner of ESLint's RuleTester: tables of valid and invalid cases, run
// through the real engine (parse, text layer, corpus pass, directives) with only the rule under test on.
// A case is one text, or several files for corpus rules. Expected messages are strings
// `line:column-endLine:endColumn: reason` (prefixed `path:` for multi-file cases).
import {describe, it, expect} from 'vitest';
import type {LintMessage, Rule} from '../../src/types.js';
import {runTexts, type RunResult} from '../../src/index.js';
import {applyFixes} from '../../src/fix.js';
import {rules} from '../../rules/index.js';

export interface Case {
  name?: string;
  /** One article (named `article.txt`, or `path`). */
  text?: string;
  path?: string;
  /** Several articles, for corpus rules: path → text. */
  files?: Record<string, string>;
  options?: Record<string, unknown>;
}

export interface InvalidCase extends Case {
  errors: string[];
  /** The text after --fix (or path → text). Required when the rule offers a fix in this case. */
  output?: string | Record<string, string>;
}

function settings(rule: Rule, options?: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const r of rules) out[r.meta.id] = 'off';
  out[rule.meta.id] = ['warn', options ?? {}];
  return out as never;
}

function inputs(c: Case): Record<string, string> {
  if (c.files) return c.files;
  return {[c.path ?? 'article.txt']: c.text ?? ''};
}

export function lintCase(rule: Rule, c: Case): RunResult {
  const files = inputs(c);
  return runTexts(Object.entries(files).map(([path, value]) => ({path, value})), {
    cwd: '/nonexistent-corpuslint-test',
    configFile: false,
    rules: settings(rule, c.options),
  });
}

export function format(m: LintMessage, path?: string): string {
  const {start, end} = m.place;
  return `${path ? path + ':' : ''}${start.line}:${start.column}-${end.line}:${end.column}: ${m.reason}`;
}

export function messagesOf(rule: Rule, c: Case): string[] {
  return reportOf(rule, c).messages;
}

/** The rule's messages (formatted) and whether one of them is fixable (one --fix round would change the text). */
function reportOf(rule: Rule, c: Case): {messages: string[]; fixable: boolean} {
  const run = lintCase(rule, c);
  const multi = Boolean(c.files);
  const own = run.results.flatMap((r) => r.messages.filter((m) => m.ruleId === rule.meta.id).map((m) => ({m, path: r.path})));
  return {messages: own.map(({m, path}) => format(m, multi ? path : undefined)), fixable: own.some(({m}) => m.fixable === true)};
}

/** The texts after one round of fixes (what one `--fix` does: what the report calls fixable, no more). */
export function fixCase(rule: Rule, c: Case): Record<string, string> {
  const files = {...inputs(c)};
  const run = lintCase(rule, {...c, text: undefined, files});
  const next: Record<string, string> = {};
  for (const r of run.results) next[r.path] = applyFixes(files[r.path], r.messages.filter((m) => m.ruleId === rule.meta.id), r.guards).text;
  return next;
}

export function runRuleTests(rule: Rule, tables: {valid: Case[]; invalid: InvalidCase[]}): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      tables.valid.forEach((c, i) => {
        it(c.name ?? `valid #${i + 1}: ${(c.text ?? Object.keys(c.files ?? {}).join(', ')).slice(0, 60)}`, () => {
          expect(messagesOf(rule, c)).toEqual([]);
        });
      });
    });
    describe('invalid', () => {
      tables.invalid.forEach((c, i) => {
        it(c.name ?? `invalid #${i + 1}: ${(c.text ?? Object.keys(c.files ?? {}).join(', ')).slice(0, 60)}`, () => {
          // As ESLint's RuleTester: an invalid case names what it expects.
          expect(c.errors.length, 'an invalid case must list its errors').toBeGreaterThan(0);
          const report = reportOf(rule, c);
          expect(report.messages).toEqual(c.errors);
          // As ESLint's RuleTester: a case whose report offers a fix says what the fix makes of the text,
          // so no fix ships unread.
          if (report.fixable) expect(c.output, 'a case with a fixable message must give its output').toBeDefined();
          if (c.output !== undefined) {
            const fixed = fixCase(rule, c);
            if (typeof c.output === 'string') expect(Object.values(fixed)[0]).toBe(c.output);
            else expect(fixed).toEqual(c.output);
          }
        });
      });
    });
  });
}
