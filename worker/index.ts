import type { Client } from '@temporalio/client';
import { Worker, type NativeConnection } from '@temporalio/worker';
import { createActivities } from '../activities';
import { createOutboxDelivery } from '../activities/outbox-delivery';
import { logTransport, type MessageTransport } from '../activities/transports';
import type { Config } from '../lib/config';
import type { Db } from '../lib/db';
import { workflowsPath } from './workflow-bundle';
import { withWorkflowThreadOptions, type WorkflowThreadOptions } from './workflow-thread';

/** A worker process's work: the task queue's workflows and activities, and the outbox's delivery beside them. */
export interface ServiceWorker {
  /** Polls and delivers until shut down (`shutdown()`, SIGINT or SIGTERM); finishes the tasks in hand first. */
  run(): Promise<void>;
  shutdown(): void;
  readonly worker: Worker;
}

/** The worker: runs the case workflows and their activities on one task queue, and delivers the outbox. */
export async function createWorker(options: {
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
  /** How often the outbox looks for messages due again (a message stored by this worker wakes it at once). */
  outboxPollMs?: number;
  /** False: store messages but leave their delivery to other workers (tests that share one database). */
  deliverOutbox?: boolean;
}): Promise<ServiceWorker> {
  const tuning = options.tuning ?? {};
  const thread = options.workflowThread ?? { heapMiB: 0, stackTraces: true };
  const delivery = createOutboxDelivery(options.db, options.transport ?? logTransport());
  const worker = await withWorkflowThreadOptions(thread, () =>
    Worker.create({
      connection: options.connection,
      namespace: options.namespace,
      taskQueue: options.taskQueue,
      ...(options.workflowBundle ? { workflowBundle: options.workflowBundle } : { workflowsPath }),
      activities: createActivities({
        db: options.db,
        delivery,
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
  return {
    worker,
    async run() {
      const stopDelivery =
        options.deliverOutbox === false ? async () => {} : delivery.start({ pollMs: options.outboxPollMs });
      try {
        await worker.run();
      } finally {
        await stopDelivery();
      }
    },
    shutdown: () => worker.shutdown(),
  };
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
