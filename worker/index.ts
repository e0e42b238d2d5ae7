import type { Client } from '@temporalio/client';
import { Worker, type NativeConnection } from '@temporalio/worker';
import { createActivities } from '../activities';
import type { MessageTransport } from '../activities/transports';
import type { Config } from '../lib/config';
import type { Db } from '../lib/db';
import { workflowsPath } from './workflow-bundle';
import { withWorkflowThreadOptions, type WorkflowThreadOptions } from './workflow-thread';

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
  /** The workflow code bundled beforehand (`bundleInChildProcess`); else the worker bundles it itself. */
  workflowBundle?: { code: string };
  /** The workflow thread's heap limit and stack traces; the SDK's own where absent. */
  workflowThread?: WorkflowThreadOptions;
}): Promise<Worker> {
  const tuning = options.tuning ?? {};
  const thread = options.workflowThread ?? { heapMiB: 0, stackTraces: true };
  return withWorkflowThreadOptions(thread, () =>
    Worker.create({
      connection: options.connection,
      namespace: options.namespace,
      taskQueue: options.taskQueue,
      ...(options.workflowBundle ? { workflowBundle: options.workflowBundle } : { workflowsPath }),
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
    }),
  );
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
