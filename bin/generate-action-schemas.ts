// `npm run generate:action-schemas`: writes domain/action-schemas.json from the zod schemas of the case
// actions, for the workflow's zod-free checks (domain/payload-check.ts).
import fs from 'node:fs';
import path from 'node:path';
import { actionSchemasJson } from '../domain/action-schemas';

const file = path.join(__dirname, '..', 'domain', 'action-schemas.json');
fs.writeFileSync(file, actionSchemasJson());
console.log(`wrote ${file}`);
