// The README's rules table is generated from the rules' metadata and must be current.
import fs from 'node:fs';
import {describe, it, expect} from 'vitest';
import {rulesTable} from '../src/rules-table.js';
import {rules} from '../rules/index.js';
import {root} from './helpers/cli.js';

describe('README', () => {
  it('carries the rules table generated from the metadata', () => {
    const readme = fs.readFileSync(`${root}/README.md`, 'utf8');
    expect(readme).toContain(rulesTable());
  });

  it('every rule has a doc page that names it and its options', () => {
    for (const rule of rules) {
      const doc = fs.readFileSync(`${root}/rules/${rule.meta.id}.md`, 'utf8');
      expect(doc).toContain(rule.meta.id);
      for (const option of Object.keys(rule.meta.schema)) expect(doc).toContain(option);
    }
  });
});
