import {
  allHandlersFinished,
  condition,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import { eventsStored, type EventBatchInput, type StoredBatch } from '../definitions/event-ingestion';

/**
 * Since this patch the batch is stored by a local activity (in the workflow task that answers the API) and
 * evaluated by one activity for the whole batch; before it, by an activity each, one per household.
 */
export const EVENTS_IN_ONE_PASS = 'events-stored-locally-evaluated-in-one-pass';

const PARALLEL_HOUSEHOLDS = 8;

const retry = { initialInterval: '1 second', maximumInterval: '30 seconds' };
const store = proxyActivities<Activities>({ startToCloseTimeout: '1 minute', retry });
const storeLocal = proxyLocalActivities<Activities>({ startToCloseTimeout: '1 minute', retry });
const rules = proxyActivities<Activities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});
/** A 500-event batch whose every event opens a case takes minutes; the heartbeat finds a dead worker. */
const evaluation = proxyActivities<Activities>({
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/**
 * One batch of signals from another system. The API starts it and waits on `eventsStored`, so it answers
 * 202 only once every event is stored; the rules then run per household, in order, durably: a batch the
 * API accepted is processed even if the worker dies half-way.
 */
export async function ingestEvents(input: EventBatchInput): Promise<{ processed: number; caseIds: string[] }> {
  let stored: StoredBatch | undefined;
  setHandler(eventsStored, async () => {
    await condition(() => stored !== undefined);
    const receipts = stored!.receipts;
    const accepted = receipts.filter((r) => r.status === 'accepted').length;
    return { batchId: input.batchId, accepted, duplicates: receipts.length - accepted, events: receipts };
  });

  if (patched(EVENTS_IN_ONE_PASS)) {
    stored = await storeLocal.storeEvents(input);
    const result =
      stored.households.length > 0
        ? await evaluation.evaluateEvents({ households: stored.households })
        : { processed: 0, caseIds: [] };
    await condition(allHandlersFinished);
    return result;
  }

  stored = await store.storeEvents(input);
  let processed = 0;
  const caseIds = new Set<string>();
  // Households are independent (each run holds its own lock); a few at a time keeps big batches quick.
  const queue = [...stored.households];
  const lane = async () => {
    for (let household = queue.shift(); household; household = queue.shift()) {
      const result = await rules.applyTriggers(household);
      processed += result.processed;
      result.caseIds.forEach((id) => caseIds.add(id));
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_HOUSEHOLDS, queue.length) }, lane));
  await condition(allHandlersFinished);
  return { processed, caseIds: [...caseIds] };
}
