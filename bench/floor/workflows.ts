// The floor: a minimal workflow on the same Temporal server as the service, so each figure of the service can be
// read as a multiple of what the server itself costs for the same shape of work.
import {
  condition,
  defineSignal,
  defineUpdate,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
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
