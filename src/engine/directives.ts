// Inline control in Markdown: `<!-- corpuslint-disable rule-id -->`, `<!-- corpuslint-enable rule-id -->`,
// `<!-- corpuslint-disable-next-line rule-id -->` (no ids: every rule). Applied after every rule, corpus
// rules included; a directive that silenced nothing is reported.
import type {LintMessage, Place} from '../types.js';
import type {TextLayer} from '../text/layer.js';

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids; empty means every rule. */
  rules: string[];
  place: Place;
}

export const DIRECTIVE_RULE = 'unused-directive';

const COMMENT = /<!--\s*corpuslint-(disable-next-line|disable|enable)\b([^]*?)-->/g;

/** Find the directives of a Markdown file (plain text has no comments to carry them). */
export function findDirectives(layer: TextLayer): Directive[] {
  if (layer.format !== 'markdown' || !layer.text.includes('corpuslint-')) return [];
  const out: Directive[] = [];
  for (const m of layer.text.matchAll(COMMENT)) {
    const rules = m[2].split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
    out.push({kind: m[1] as Directive['kind'], rules, place: layer.place(m.index!, m.index! + m[0].length)});
  }
  return out;
}

/** Drop the messages the directives silence; add a warning for each directive that silenced nothing. */
export function applyDirectives(messages: LintMessage[], directives: Directive[], known: (id: string) => boolean): LintMessage[] {
  if (directives.length === 0) return messages;
  const used = new Set<Directive>();
  const covers = (d: Directive, ruleId: string) => d.rules.length === 0 || d.rules.includes(ruleId);
  const kept = messages.filter((m) => {
    const line = m.place.start.line;
    const offset = m.place.start.offset;
    for (const d of directives) {
      if (d.kind === 'disable-next-line' && d.place.end.line + 1 === line && covers(d, m.ruleId)) {
        used.add(d);
        return false;
      }
    }
    // The last disable/enable before the message decides, per rule.
    let silencer: Directive | undefined;
    for (const d of directives) {
      if (d.kind === 'disable-next-line' || d.place.end.offset > offset || !covers(d, m.ruleId)) continue;
      silencer = d.kind === 'disable' ? d : undefined;
    }
    if (silencer) {
      used.add(silencer);
      return false;
    }
    return true;
  });
  for (const d of directives) {
    const unknown = d.rules.filter((r) => !known(r));
    if (unknown.length) {
      kept.push({ruleId: DIRECTIVE_RULE, severity: 1, reason: `Unknown rule \`${unknown[0]}\` in a corpuslint-${d.kind} comment`, place: d.place});
    } else if (d.kind !== 'enable' && !used.has(d)) {
      const what = d.rules.length ? d.rules.map((r) => `\`${r}\``).join(', ') : 'any rule';
      kept.push({ruleId: DIRECTIVE_RULE, severity: 1, reason: `Unused corpuslint-${d.kind} directive (no problem from ${what} was silenced)`, place: d.place});
    }
  }
  return kept;
}
