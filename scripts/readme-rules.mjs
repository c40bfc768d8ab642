// Regenerates the rules table of README.md from the built rules' metadata:
//   npm run build && node scripts/readme-rules.mjs          (writes README.md)
//   node scripts/readme-rules.mjs --check                   (exit 1 when README.md is stale)
import fs from 'node:fs';
import {rulesTable} from '../dist/src/rules-table.js';

const file = new URL('../README.md', import.meta.url);
const readme = fs.readFileSync(file, 'utf8');
const start = readme.indexOf('<!-- rules:start');
const end = readme.indexOf('<!-- rules:end -->');
if (start < 0 || end < 0) throw new Error('README.md has no rules markers');
const open = readme.indexOf('-->', start) + 3;
const next = readme.slice(0, open) + '\n' + rulesTable() + readme.slice(end);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md rules table is stale: run `node scripts/readme-rules.mjs`');
    process.exit(1);
  }
} else fs.writeFileSync(file, next);
