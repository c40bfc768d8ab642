// Writes schema/corpuslintrc.schema.json from the built rules' metadata (run by `npm run build`).
import fs from 'node:fs';
import {configSchema} from '../dist/src/config/schema.js';
import {rules} from '../dist/rules/index.js';

fs.mkdirSync(new URL('../schema/', import.meta.url), {recursive: true});
fs.writeFileSync(new URL('../schema/corpuslintrc.schema.json', import.meta.url), JSON.stringify(configSchema(rules), null, 2) + '\n');
