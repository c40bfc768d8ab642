// The README's rules table, from the rules' metadata (so it cannot drift from the code).
import {rules} from '../rules/index.js';

export function rulesTable(): string {
  const rows = rules.map((r) => {
    const flags = [r.meta.corpus ? 'corpus' : 'file', r.meta.fixable ? 'fixable' : ''].filter(Boolean).join(', ');
    return `| [\`${r.meta.id}\`](rules/${r.meta.id}.md) | ${r.meta.description} | ${r.meta.level} | ${flags} |`;
  });
  return ['| rule | what it flags | default | scope |', '|---|---|---|---|', ...rows].join('\n') + '\n';
}
