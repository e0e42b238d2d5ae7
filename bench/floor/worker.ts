// The floor's worker, its own process like the service's worker (bench/stack.ts), so neither shares an event loop
// with the load generator. Env: TEMPORAL_ADDRESS, FLOOR_TASK_QUEUE, FLOOR_CACHED_WORKFLOWS (optional).
import { NativeConnection, Worker } from '@temporalio/worker';
import * as activities from './activities';
import { withWorkflowThreadOptions } from '../../worker/workflow-thread';

async function main() {
  const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  // The service's worker runs without the SDK's stack traces (WORKER_STACK_TRACES): so does its floor.
  const worker = await withWorkflowThreadOptions({ heapMiB: 0, stackTraces: false }, () =>
    Worker.create({
      connection,
      taskQueue: process.env.FLOOR_TASK_QUEUE!,
      workflowsPath: require.resolve('./workflows'),
      activities,
      // bench:capacity bounds the floor's cache as the service's worker bounds its own (WORKER_CACHED_WORKFLOWS).
      ...(process.env.FLOOR_CACHED_WORKFLOWS ? { maxCachedWorkflows: Number(process.env.FLOOR_CACHED_WORKFLOWS) } : {}),
    }),
  );
  console.log(`floor worker polling task queue "${process.env.FLOOR_TASK_QUEUE}"`);
  const stop = () => worker.shutdown();
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  await worker.run();
  await connection.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
