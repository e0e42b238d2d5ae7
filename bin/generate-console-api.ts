// `npm run console:api-types`: writes the console's API types (console/src/api/schema.d.ts) from the
// app's OpenAPI document, built in-process (no server needed).
import fs from 'node:fs';
import { consoleApiTypes, schemaFile } from '../console/api-types';

consoleApiTypes().then(
  (text) => {
    fs.writeFileSync(schemaFile, text);
    console.log(`wrote ${schemaFile}`);
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
