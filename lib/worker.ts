import path from 'node:path';
import type { Client } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { createActivities } from '../activities';
import type { MessageTransport } from '../activities/transports';
import type { Config } from './config';
import type { Db } from './db';
import { firstLine } from './db';
import { StartupError } from './startup-error';

export async function connectWorkerTransport(address: string, source: string): Promise<NativeConnection> {
  try {
    return await NativeConnection.connect({ address });
  } catch (error) {
    throw new StartupError(
      `Temporal is unreachable at ${address} (${source}): ${firstLine(error)}. ` +
        'Start a Temporal server there or correct TEMPORAL_ADDRESS; unset TEMPORAL_ADDRESS and run `npm start` to use an embedded dev server.',
    );
  }
}

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
  /** Cache and concurrency (`WORKER_*`); the SDK's defaults where absent. */
  tuning?: WorkerTuning;
}): Promise<Worker> {
  const tuning = options.tuning ?? {};
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
    maxCachedWorkflows: tuning.cachedWorkflows,
    maxConcurrentWorkflowTaskExecutions: tuning.workflowTasks,
    maxConcurrentWorkflowTaskPolls: tuning.workflowTaskPolls,
    maxConcurrentActivityTaskExecutions: tuning.activities,
    maxConcurrentLocalActivityExecutions: tuning.localActivities,
  });
}

export interface WorkerTuning {
  cachedWorkflows?: number;
  workflowTasks?: number;
  workflowTaskPolls?: number;
  activities?: number;
  localActivities?: number;
}

/** The worker's tuning as configured (`WORKER_*`, README "What starts, and how to point it elsewhere"). */
export function workerTuning(config: Config): Required<WorkerTuning> {
  return {
    cachedWorkflows: config.WORKER_CACHED_WORKFLOWS,
    workflowTasks: config.WORKER_WORKFLOW_TASKS,
    workflowTaskPolls: config.WORKER_WORKFLOW_TASK_POLLS,
    activities: config.WORKER_ACTIVITIES,
    localActivities: config.WORKER_LOCAL_ACTIVITIES,
  };
}
