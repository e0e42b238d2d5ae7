import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '../activities';
import { watchClosed, type WatchInput } from '../definitions/timeframe-watch';

/** A thread nobody answers, or a work order nobody closes, is not watched forever. */
const GIVE_UP_AFTER_MS = 180 * 24 * 60 * 60 * 1000;

const rules = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/**
 * Watches one work order or resident message thread against its timeframe with a durable timer: one
 * workflow per open item (`watch-<kind>-<property>-<ref>`), so a late item is noticed when its timeframe
 * ends, not when somebody polls. Open past the timeframe → the overdue rule fires (maintenance delay, or
 * communication for an unanswered thread); a work order completed after it → a recovery check-in.
 */
export async function timeframeWatch(input: WatchInput): Promise<{ overdue: boolean; closedLate: boolean }> {
  let closed: { eventId: string; at: string } | null = null;
  setHandler(watchClosed, (signal) => {
    closed ??= signal;
  });

  const { overdueAt, closedLateAt } = await rules.watchDeadlines(input);
  let overdue = false;
  if (overdueAt) {
    const closedInTime = await condition(() => closed !== null, Math.max(0, Date.parse(overdueAt) - Date.now()));
    if (!closedInTime) {
      overdue = true;
      await rules.fireWatchTrigger({
        input,
        kind: input.kind === 'work_order' ? 'work_order_overdue' : 'unanswered_message',
        dueAt: overdueAt,
      });
    }
  }
  if (input.kind === 'thread' || !closedLateAt) return { overdue, closedLate: false };

  if (
    !(await condition(() => closed !== null, Math.max(0, Date.parse(input.openedAt) + GIVE_UP_AFTER_MS - Date.now())))
  )
    return { overdue, closedLate: false };
  const closing = closed!;
  const closedLate = Date.parse(closing.at) > Date.parse(closedLateAt);
  if (closedLate)
    await rules.fireWatchTrigger({
      input,
      kind: 'work_order_closed_late',
      dueAt: closedLateAt,
      closedEventId: closing.eventId,
    });
  return { overdue, closedLate };
}
