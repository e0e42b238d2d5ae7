import path from 'node:path';
import type { Client } from '@temporalio/client';
import { Worker, type NativeConnection } from '@temporalio/worker';
import { createActivities } from '../activities';
import type { MessageTransport } from '../activities/transports';
import type { Db } from '../lib/db';

/** The worker: runs the case workflows and their activities on one task queue. */
export function createWorker(options: {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  db: Db;
  transport?: MessageTransport;
  /** For activities that start or signal workflows (trigger rules, watches, reviews). */
  client?: Client;
  /** Where resident links point (`PUBLIC_URL`). */
  publicUrl?: string;
}): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowsPath: path.join(__dirname, '..', 'workflows', 'index.ts'),
    activities: createActivities({
      db: options.db,
      transport: options.transport,
      client: options.client,
      publicUrl: options.publicUrl,
    }),
  });
}
