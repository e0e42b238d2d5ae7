import { randomUUID } from 'node:crypto';
import { Runtime, DefaultLogger } from '@temporalio/worker';
import { inject } from 'vitest';
import { buildApp, type AppDeps } from '../../api/app';
import { loadConfig } from '../../lib/config';
import { createDb, type Db } from '../../lib/db';
import { connectTemporal, connectWorkerTransport, createClient } from '../../lib/temporal';
import { createWorker } from '../../worker';
import { logTransport } from '../../activities/transports';
import type { ApiRole } from '../../domain/directory';
import { mintApiKey } from '../../lib/api-keys';

let runtimeInstalled = false;

/**
 * The real service for one test file: a worker on a task queue of its own, the API app, and the clients,
 * all against the suite's Temporal server and PostgreSQL.
 */
export async function startStack(options: { publicUrl?: string; app?: Partial<AppDeps> } = {}) {
  if (!runtimeInstalled) {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    runtimeInstalled = true;
  }
  const databaseUrl = inject('databaseUrl');
  const temporalAddress = inject('temporalAddress');
  const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: temporalAddress });
  const taskQueue = `test-${randomUUID()}`;
  const db: Db = createDb(databaseUrl);
  const temporalConnection = await connectTemporal(temporalAddress, 'test', config);
  const temporal = createClient(temporalConnection, config);
  const workerConnection = await connectWorkerTransport(temporalAddress, 'test');
  // Messages are checked in the outbox table, where the cases store them. Delivery is left to each test that
  // checks it (a delivery limited to its cases): one running here would take other test files' messages too.
  const worker = await createWorker({
    deliverOutbox: false,
    connection: workerConnection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue,
    db,
    transport: logTransport(() => {}),
    client: temporal,
    publicUrl: options.publicUrl,
  });
  const running = worker.run();
  const app = await buildApp({ db, temporal, temporalConnection, taskQueue, logLevel: 'warn', ...options.app });
  await app.ready();

  /** A fresh API key; returns the headers that authenticate with it. */
  async function keyFor(role: ApiRole, propertyIds: string[] = ['*'], staffId?: string) {
    const { key, row } = await mintApiKey(db, {
      name: `test ${role}`,
      role,
      propertyIds,
      staffId,
      integration: role === 'integration' ? 'test-system' : undefined,
    });
    return { authorization: `Bearer ${key}`, keyId: row.id };
  }
  const admin = await keyFor('admin');

  return {
    app,
    db,
    temporal,
    temporalConnection,
    taskQueue,
    keyFor,
    /** Headers of a portfolio-wide admin key. */
    adminHeaders: { authorization: admin.authorization },
    async stop() {
      await app.close();
      worker.shutdown();
      await running;
      await workerConnection.close();
      await temporalConnection.close();
      await db.$disconnect();
    },
  };
}
