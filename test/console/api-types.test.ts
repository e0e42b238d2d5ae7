import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { consoleApiTypes, openApiDocument, schemaFile } from '../../console/api-types';

describe('the console’s API types', () => {
  it('match the API’s OpenAPI document (run `npm run console:api-types` after changing a route)', async () => {
    const expected = await consoleApiTypes();
    const actual = fs.readFileSync(schemaFile, 'utf8');
    expect(actual === expected, 'console/src/api/schema.d.ts is stale: run `npm run console:api-types`').toBe(true);
  });

  it('come from the same document /openapi.json serves, including the routes the console calls', async () => {
    const doc = (await openApiDocument()) as { paths: Record<string, unknown> };
    for (const route of [
      '/v1/me',
      '/v1/cases',
      '/v1/cases/{id}',
      '/v1/cases/{id}/acknowledge',
      '/v1/residents/{id}/history',
      '/v1/reports/patterns',
    ]) {
      expect(Object.keys(doc.paths)).toContain(route);
      expect(fs.readFileSync(schemaFile, 'utf8')).toContain(`"${route}": {`);
    }
  });
});
