// Node side (not bundled): the console's API types, generated from the app's own OpenAPI document.
import openapiTS, { astToString } from 'openapi-typescript';
import path from 'node:path';
import type { Client, Connection } from '@temporalio/client';
import { buildApp } from '../api/app';
import type { Db } from '../lib/db';

export const schemaFile = path.join(__dirname, 'src', 'api', 'schema.d.ts');

/** The OpenAPI document as /openapi.json serves it. Building the routes touches neither database nor Temporal. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const unused = new Proxy(
    {},
    {
      get: () => {
        throw new Error('the OpenAPI document needs no dependency');
      },
    },
  );
  const app = await buildApp({
    db: unused as Db,
    temporal: unused as Client,
    temporalConnection: unused as Connection,
    taskQueue: 'openapi',
    logLevel: 'silent',
  });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
  }
}

/** The text of console/src/api/schema.d.ts. */
export async function consoleApiTypes(): Promise<string> {
  const ast = await openapiTS(JSON.parse(JSON.stringify(await openApiDocument())));
  return [
    "// Generated from the API's OpenAPI document by `npm run console:api-types`. Do not edit:",
    '// test/console/api-types.test.ts fails when this file no longer matches the API.',
    astToString(ast),
  ].join('\n');
}
