// After tsc (run by `npm run build`): write schema/corpuslintrc.schema.json from the built rules'
// metadata, and make the package's bins executable (tsc does not; hooks and editors run them directly).
import fs from 'node:fs';
import {configSchema} from '../dist/src/config/schema.js';
import {rules} from '../dist/rules/index.js';

const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
fs.mkdirSync(new URL('../schema/', import.meta.url), {recursive: true});
fs.writeFileSync(new URL('../schema/corpuslintrc.schema.json', import.meta.url), JSON.stringify(configSchema(rules), null, 2) + '\n');
for (const bin of Object.values(pkg.bin)) fs.chmodSync(new URL(`../${bin}`, import.meta.url), 0o755);
