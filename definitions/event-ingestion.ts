import { defineUpdate } from '@temporalio/workflow';
import type { BatchReceipt, InboundEvent } from '../domain/events';

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

export type { StoredBatch } from '../domain/events';
