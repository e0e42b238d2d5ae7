import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../lib/config';
import { ensureDatabase, startEmbeddedPostgres } from '../infra/postgres';
import { applyMigrations } from '../infra/migrations';
import { portOrFree } from '../infra/process';
import { locateTemporalCli, startDevServer } from '../infra/temporal-server';
import { locateTestServer, type TestServerExecutable } from '../infra/time-skipping';

/**
 * Starts the real Temporal server and PostgreSQL the suite needs, unless they are configured:
 * TEMPORAL_ADDRESS is used as is; DATABASE_URL's server is used with a `<name>_test` database that is
 * recreated for every run. Embedded servers use their own ports and data folder, so the suite can run
 * beside `npm start`.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    temporalAddress: string;
    testServer: TestServerExecutable;
  }
}

const stops: Array<() => Promise<void>> = [];

export async function setup(project: TestProject) {
  const config = loadConfig();
  const log = (line: string) => console.log(`test setup: ${line}`);
  const dataDir = path.join(config.dataDir, 'test');

  let databaseUrl: string;
  if (config.DATABASE_URL) {
    const url = new URL(config.DATABASE_URL);
    url.pathname = `${url.pathname}_test`;
    databaseUrl = url.toString();
  } else {
    const embedded = await startEmbeddedPostgres({
      dataDir,
      port: process.env.TEST_POSTGRES_PORT ? Number(process.env.TEST_POSTGRES_PORT) : await portOrFree(54339),
      log,
      durable: false,
    });
    stops.push(() => embedded.stop());
    databaseUrl = embedded.url.replace(/\/[^/]+$/, '/service_recovery_test');
  }
  await ensureDatabase(databaseUrl, { recreate: true });
  await applyMigrations(databaseUrl);

  let temporalAddress = config.TEMPORAL_ADDRESS;
  if (!temporalAddress) {
    const cli = await locateTemporalCli({ explicitPath: config.TEMPORAL_CLI_PATH, log });
    const server = await startDevServer({
      cliPath: cli,
      port: process.env.TEST_TEMPORAL_PORT ? Number(process.env.TEST_TEMPORAL_PORT) : await portOrFree(7243),
      logFile: path.join(dataDir, 'temporal.log'),
      log,
    });
    stops.push(() => server.stop());
    temporalAddress = server.address;
  }

  // Resolved here, once per run, so test files that skip time only start it.
  project.provide('testServer', await locateTestServer({ explicitPath: config.TEMPORAL_TEST_SERVER_PATH, log }));
  project.provide('databaseUrl', databaseUrl);
  project.provide('temporalAddress', temporalAddress);
}

export async function teardown() {
  for (const stop of stops.reverse()) await stop();
}
