import { defineUpdate } from '@temporalio/workflow';
import type { BatchReceipt, InboundEvent } from '../domain/signals';

/**
 * What the API and the activities know of `ingestEvents` (workflows/event-ingestion.ts): its input, the
 * update the API waits on, and what the storing activity returns to it.
 */
export interface EventBatchInput {
  batchId: string;
  events: InboundEvent[];
}

export type IngestEventsWorkflow = (input: EventBatchInput) => Promise<{ processed: number; caseIds: string[] }>;

/** Completes once every event of the batch is stored, with one receipt per event. */
export const eventsStored = defineUpdate<BatchReceipt>('eventsStored');

/** What `storeEvents` returns: a receipt per event, and the new events to run the rules over. */
export interface StoredBatch {
  receipts: { source: string; externalId: string; id: string; status: 'accepted' | 'duplicate' }[];
  /** New events to run the rules over, grouped by household (in arrival order). */
  households: { householdId: string; eventIds: string[] }[];
}
