// The floor of one run: what the same Temporal server costs for a bare Update, an Update that runs one activity
// or one local activity, and a start + first Update, measured with the same callers as the service's figures.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, type Client } from '@temporalio/client';
import { terminate } from '../../infra/process';
import { direct, type Figures } from '../measure';
import { ROOT, waitFor } from '../stack';
import { bare, finish, withActivity, withLocalActivity, type floorWorkflow } from './workflows';

export interface Floor {
  bareUpdate: Figures;
  updateWithActivity: Figures;
  updateWithLocalActivity: Figures;
  startAndUpdate: Figures;
}

/** The floor's worker, its own process, polling a task queue of its own; `stop` ends it. */
export async function startFloorWorker(temporalAddress: string, env: Record<string, string> = {}) {
  const taskQueue = `floor-${randomUUID().slice(0, 8)}`;
  const logPath = path.join(ROOT, '.data', 'bench', `${taskQueue}.log`);
  fs.mkdirSync(path.dirname(logPath), { recursive: true });
  const logFile = fs.openSync(logPath, 'a');
  const worker = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'worker.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env, TEMPORAL_ADDRESS: temporalAddress, FLOOR_TASK_QUEUE: taskQueue },
    stdio: ['ignore', logFile, logFile],
  });
  const stop = async () => {
    await terminate(worker);
    fs.closeSync(logFile);
  };
  try {
    await waitFor(
      async () => fs.readFileSync(logPath, 'utf8').includes('polling task queue'),
      120_000,
      'the floor worker',
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { taskQueue, pid: worker.pid!, stop };
}

/** Measures the floor at each concurrency level; the floor worker runs as its own process for the duration. */
export async function measureFloor(
  client: Client,
  temporalAddress: string,
  levels: number[],
  seconds: number,
): Promise<Record<number, Floor>> {
  const { taskQueue, stop } = await startFloorWorker(temporalAddress);
  const started: string[] = [];
  try {
    const start = (workflowId: string) => ({
      workflowId,
      taskQueue,
      workflowIdConflictPolicy: 'FAIL' as const,
    });
    // A pool of running workflows for the Updates, as the service's staff actions run against open cases.
    const ids = Array.from({ length: 50 }, () => `floor-${randomUUID()}`);
    for (const id of ids) await client.workflow.start<typeof floorWorkflow>('floorWorkflow', start(id));
    started.push(...ids);
    const pick = () => client.workflow.getHandle(ids[Math.floor(Math.random() * ids.length)]!);
    const startAndUpdate = async () => {
      const id = `floor-${randomUUID()}`;
      started.push(id);
      const startWorkflowOperation = new WithStartWorkflowOperation<typeof floorWorkflow>('floorWorkflow', {
        ...start(id),
        workflowIdConflictPolicy: 'USE_EXISTING',
      });
      return client.workflow.executeUpdateWithStart(bare, { args: [1], startWorkflowOperation });
    };
    // Warm-up: the worker's cache and the client's connection.
    await direct(4, 2, () => pick().executeUpdate(bare, { args: [1] }));
    await direct(4, 2, startAndUpdate);

    const floors: Record<number, Floor> = {};
    for (const c of levels) {
      floors[c] = {
        bareUpdate: await direct(c, seconds, () => pick().executeUpdate(bare, { args: [1] })),
        updateWithActivity: await direct(c, seconds, () => pick().executeUpdate(withActivity, { args: [1] })),
        updateWithLocalActivity: await direct(c, seconds, () => pick().executeUpdate(withLocalActivity, { args: [1] })),
        startAndUpdate: await direct(c, seconds, startAndUpdate),
      };
    }
    return floors;
  } finally {
    // Finished, so the floor's workflows do not linger on the server between benchmarks.
    for (let i = 0; i < started.length; i += 50) {
      await Promise.all(
        started.slice(i, i + 50).map((id) =>
          client.workflow
            .getHandle(id)
            .signal(finish)
            .catch(() => {}),
        ),
      );
    }
    await stop();
  }
}
