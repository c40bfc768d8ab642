// GitHub Actions workflow commands: one `::error`/`::warning` annotation per message.
import type {Reporter} from './types.js';

const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const github: Reporter = (files) => {
  const lines: string[] = [];
  for (const file of files) {
    for (const m of file.messages) {
      const kind = m.fatal ? 'error' : m.fatal === false ? 'warning' : 'notice';
      const start = m.place && 'start' in m.place ? m.place.start : {line: m.line ?? 1, column: m.column ?? 1};
      const end = m.place && 'end' in m.place ? m.place.end : start;
      const props = [`file=${property(file.path)}`, `line=${start.line}`, `col=${start.column}`, `endLine=${end.line}`, `endColumn=${end.column}`];
      if (m.ruleId) props.push(`title=${property(`corpuslint: ${m.ruleId}`)}`);
      lines.push(`::${kind} ${props.join(',')}::${data(m.reason)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};
