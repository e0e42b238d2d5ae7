import { randomUUID } from 'node:crypto';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadConfig } from '../lib/config';
import { createDb, type Db } from '../lib/db';
import { connectTemporal, connectWorkerTransport, createClient } from '../lib/temporal';
import { createWorker } from '../worker';
import { bundleInChildProcess } from '../worker/workflow-bundle';
import { logTransport } from '../activities/transports';
import type { TimeframeWatchWorkflow } from '../definitions/timeframe-watch';

/**
 * The worker as `npm start` runs it: the workflow code bundled in a child process, and the workflow thread's
 * options (WORKER_STACK_TRACES, WORKER_WORKFLOW_HEAP_MIB), against the suite's Temporal server.
 */
describe('the worker process', () => {
  let db: Db;
  let bundle: { code: string };
  const closers: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    db = createDb(inject('databaseUrl'));
    bundle = await bundleInChildProcess();
  }, 120_000);
  afterAll(async () => {
    for (const close of closers.reverse()) await close();
    await db.$disconnect();
  });

  /** A worker on a queue of its own, and a timeframe watch waiting on it (its overdue timer is an hour away). */
  async function watchOn(stackTraces: boolean) {
    const address = inject('temporalAddress');
    const config = loadConfig({ ...process.env, DATABASE_URL: inject('databaseUrl'), TEMPORAL_ADDRESS: address });
    const taskQueue = `test-thread-${randomUUID()}`;
    const connection = await connectWorkerTransport(address, 'test');
    const clientConnection = await connectTemporal(address, 'test', config);
    const client = createClient(clientConnection, config);
    const worker = await createWorker({
      connection,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue,
      db,
      transport: logTransport(() => {}),
      client,
      workflowBundle: bundle,
      workflowThread: { heapMiB: 256, stackTraces },
      deliverOutbox: false,
    });
    const running = worker.run();
    const handle = await client.workflow.start<TimeframeWatchWorkflow>('timeframeWatch', {
      taskQueue,
      workflowId: `test-watch-${randomUUID()}`,
      args: [
        {
          kind: 'thread',
          propertyId: `thread-test-${randomUUID().slice(0, 8)}`,
          householdId: 'hh-1',
          ref: 'thread-1',
          openedEventId: randomUUID(),
          openedAt: new Date().toISOString(),
        },
      ],
    });
    closers.push(async () => {
      await handle.terminate('test over');
      worker.shutdown();
      await running;
      await connection.close();
      await clientConnection.close();
    });
    return handle;
  }

  it('runs the prebuilt bundle and, by default, answers that stack traces are off', async () => {
    const handle = await watchOn(false);
    await expect(handle.query<string>('__stack_trace')).rejects.toThrow(/stack traces are not enabled/);
  });

  it('with WORKER_STACK_TRACES=true, shows where a waiting workflow stands', async () => {
    const handle = await watchOn(true);
    await expect.poll(() => handle.query<string>('__stack_trace'), { timeout: 20_000 }).toMatch(/timeframeWatch/);
  });
});
