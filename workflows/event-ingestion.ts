import { allHandlersFinished, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '../activities';
import { eventsStored, type EventBatchInput, type StoredBatch } from '../definitions/event-ingestion';

const PARALLEL_HOUSEHOLDS = 8;

const store = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});
const rules = proxyActivities<Activities>({
  startToCloseTimeout: '5 minutes',
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
