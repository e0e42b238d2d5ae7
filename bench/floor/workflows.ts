// The floor: a minimal workflow on the same Temporal server as the service, so each figure of the service can be
// read as a multiple of what the server itself costs for the same shape of work.
import {
  condition,
  defineSignal,
  defineUpdate,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  sleep,
} from '@temporalio/workflow';
import type * as activities from './activities';

export const bare = defineUpdate<number, [number]>('bare');
export const withActivity = defineUpdate<number, [number]>('withActivity');
export const withLocalActivity = defineUpdate<number, [number]>('withLocalActivity');
export const finish = defineSignal('finish');

const { echo } = proxyActivities<typeof activities>({ startToCloseTimeout: '10 seconds' });
const local = proxyLocalActivities<typeof activities>({ startToCloseTimeout: '10 seconds' });

export async function floorWorkflow(): Promise<void> {
  let done = false;
  setHandler(bare, (n) => n);
  setHandler(withActivity, (n) => echo(n));
  setHandler(withLocalActivity, (n) => local.echo(n));
  setHandler(finish, () => {
    done = true;
  });
  await condition(() => done);
}

/**
 * The floor of a case's timeframe (bench:capacity): a timer set in the first task, then, when it fires, one local
 * activity (where a case records its breach) that reads the real clock. Returns when it was due and when it fired.
 */
export async function timerFloorWorkflow(seconds: number): Promise<{ dueAt: number; firedAt: number }> {
  const dueAt = Date.now() + seconds * 1000;
  await sleep(seconds * 1000);
  return { dueAt, firedAt: await local.now() };
}
