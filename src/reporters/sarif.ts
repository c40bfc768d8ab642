// SARIF 2.1.0, as GitHub code scanning accepts it (upload with github/codeql-action/upload-sarif).
import {rules} from '../../rules/index.js';
import {docsUrl, version} from '../package-info.js';
import type {Reporter} from './types.js';

export const sarif: Reporter = (files) => {
  const ruleList = rules.map((r) => ({
    id: r.meta.id,
    name: r.meta.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: {text: r.meta.description},
    helpUri: docsUrl(r.meta.id),
    help: {text: `${r.meta.description}. See ${docsUrl(r.meta.id)}`},
    defaultConfiguration: {level: r.meta.level === 'error' ? 'error' : 'warning'},
  }));
  const results = [];
  for (const file of files) {
    const uri = file.path.split('\\').join('/').split('/').map(encodeURIComponent).join('/');
    for (const m of file.messages) {
      const start = m.place && 'start' in m.place ? m.place.start : {line: m.line ?? 1, column: m.column ?? 1};
      const end = m.place && 'end' in m.place ? m.place.end : start;
      const region = {startLine: Math.max(1, start.line), startColumn: Math.max(1, start.column), endLine: Math.max(1, end.line), endColumn: Math.max(1, end.column)};
      const index = ruleList.findIndex((r) => r.id === m.ruleId);
      const result: Record<string, unknown> = {
        ruleId: m.ruleId ?? 'corpuslint',
        level: m.fatal ? 'error' : m.fatal === false ? 'warning' : 'note',
        message: {text: m.reason},
        locations: [{physicalLocation: {artifactLocation: {uri, uriBaseId: '%SRCROOT%'}, region}}],
      };
      if (index >= 0) result.ruleIndex = index;
      if (m.expected && m.expected.length && m.actual !== undefined) {
        result.fixes = [{
          description: {text: m.expected[0] === '' ? 'Delete' : `Replace with ${m.expected[0]}`},
          artifactChanges: [{artifactLocation: {uri, uriBaseId: '%SRCROOT%'}, replacements: [{deletedRegion: region, insertedContent: {text: m.expected[0]}}]}],
        }];
      }
      results.push(result);
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {driver: {name: 'corpuslint', version, semanticVersion: version, informationUri: docsUrl('').replace(/\/blob\/main\/rules\/$/, ''), rules: ruleList}},
      results,
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
