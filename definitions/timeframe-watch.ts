import { defineSignal } from '@temporalio/workflow';
import type { WorkOrderPriority } from '../domain/events';

/** What the activities that start and close watches know of `timeframeWatch` (workflows/timeframe-watch.ts). */
export interface WatchInput {
  kind: 'work_order' | 'thread';
  propertyId: string;
  householdId: string;
  ref: string;
  /** The stored event that opened the item, and when it happened. */
  openedEventId: string;
  openedAt: string;
  priority?: WorkOrderPriority;
}

export type TimeframeWatchWorkflow = (input: WatchInput) => Promise<{ overdue: boolean; closedLate: boolean }>;

/** The watched item was closed (work order completed, thread answered). */
export const watchClosed = defineSignal<[{ eventId: string; at: string }]>('watchClosed');
