// `npm run start:worker`: one worker process (run as many as the load needs).
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { loadConfig, requireDatabaseUrl, requireTemporalAddress } from '../lib/config';
import { connectDb } from '../lib/db';
import { exitOnStartupError } from '../lib/startup-error';
import { connectWorkerTransport, ensureSearchAttributes } from '../lib/temporal';
import { ensureMonthlyReviewSchedule } from '../lib/schedules';
import { createWorker, workerTuning } from '../worker';
import { bundleInChildProcess } from '../worker/workflow-bundle';
import { applyMigrations } from '../infra/migrations';
import { transportFromConfig } from '../activities/transports';
import { directoryAddressBook } from '../activities/messaging';
import { refreshReportRollupsEvery } from '../reports/rollups';

/** How often the worker rebuilds the report rollups' pending keys. */
const ROLLUP_REFRESH_MS = 5_000;

async function main() {
  const config = loadConfig();
  // The SDK's INFO level prints the workflow bundler's whole report at every start; keep it for debugging.
  Runtime.install({
    logger: new DefaultLogger(config.LOG_LEVEL === 'debug' || config.LOG_LEVEL === 'trace' ? 'DEBUG' : 'WARN'),
    // Cache hits and evictions, replay and task latencies, slots in use: `GET /metrics` for Prometheus.
    ...(config.WORKER_METRICS_ADDRESS
      ? { telemetryOptions: { metrics: { prometheus: { bindAddress: config.WORKER_METRICS_ADDRESS } } } }
      : {}),
  });
  const databaseUrl = requireDatabaseUrl(config, 'worker');
  // Bundled beside the rest of the start-up, in a child process whose memory is gone once it is done.
  const workflowBundle = bundleInChildProcess();
  workflowBundle.catch(() => {}); // awaited (and its error reported) where the worker is created
  const address = requireTemporalAddress(config, 'worker');
  const db = await connectDb(databaseUrl, 'DATABASE_URL', { max: config.WORKER_DB_CONNECTIONS });
  // Workers own the schema: each applies pending migrations at start (serialised by an advisory lock).
  await applyMigrations(databaseUrl);
  const connection = await connectWorkerTransport(address, 'TEMPORAL_ADDRESS');
  // Activities start and signal workflows too (trigger rules open cases), through this client connection.
  const clientConnection = await Connection.connect({ address });
  const registered = await ensureSearchAttributes(clientConnection, config.TEMPORAL_NAMESPACE);
  const client = new Client({ connection: clientConnection, namespace: config.TEMPORAL_NAMESPACE });
  if (registered.length) console.log(`worker: registered search attributes ${registered.join(', ')}`);

  const worker = await createWorker({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    db,
    transport: transportFromConfig(config, directoryAddressBook(db)),
    client,
    publicUrl: config.publicUrl,
    tuning: workerTuning(config),
    workflowBundle: await workflowBundle,
    workflowThread: { heapMiB: config.WORKER_WORKFLOW_HEAP_MIB, stackTraces: config.WORKER_STACK_TRACES },
  });
  if (await ensureMonthlyReviewSchedule(client, config.TEMPORAL_TASK_QUEUE))
    console.log('worker: created the monthly-review schedule');
  const tuning = workerTuning(config);
  console.log(
    `worker: polling task queue "${config.TEMPORAL_TASK_QUEUE}" on ${address} (namespace ${config.TEMPORAL_NAMESPACE}); ` +
      `cache ${tuning.cachedWorkflows} workflows, ${tuning.workflowTasks} workflow tasks (${tuning.workflowTaskPolls} polls), ` +
      `${tuning.activities} activities, ${tuning.localActivities} local activities, ${config.WORKER_DB_CONNECTIONS} database connections` +
      (config.WORKER_METRICS_ADDRESS ? `; metrics on http://${config.WORKER_METRICS_ADDRESS}/metrics` : ''),
  );
  // The report rollups' pending keys rebuilt in the background, so a report seldom has many to rebuild itself.
  const stopRollupRefresh = refreshReportRollupsEvery(db, ROLLUP_REFRESH_MS, (line) =>
    console.error(`worker: ${line}`),
  );
  // Worker.run() stops polling on SIGINT/SIGTERM and finishes the tasks in hand before it resolves.
  await worker.run();
  await stopRollupRefresh();
  await connection.close();
  await clientConnection.close();
  await db.$disconnect();
}

main().catch(exitOnStartupError);
