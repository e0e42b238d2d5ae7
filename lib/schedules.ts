import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client } from '@temporalio/client';
import type { MonthlyReviewInput } from '../definitions/monthly-review';

export const MONTHLY_REVIEW_SCHEDULE = 'monthly-review';

/**
 * The schedule of the monthly review: 06:00 UTC on the 1st, when the month has ended in every time zone
 * from UTC-6 eastward (each property's month is cut in its own zone). Created once; an existing schedule
 * (perhaps tuned by ops in the Temporal UI) is left as it is.
 */
export async function ensureMonthlyReviewSchedule(
  client: Client,
  taskQueue: string,
  scheduleId = MONTHLY_REVIEW_SCHEDULE,
): Promise<boolean> {
  try {
    await client.schedule.create({
      scheduleId,
      spec: { calendars: [{ dayOfMonth: 1, hour: 6, minute: 0 }] },
      action: {
        type: 'startWorkflow',
        workflowType: 'monthlyReviews',
        args: [{} satisfies MonthlyReviewInput],
        taskQueue,
        workflowId: `${scheduleId}-run`,
      },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '7 days' },
    });
    return true;
  } catch (error) {
    if (error instanceof ScheduleAlreadyRunning) return false;
    throw error;
  }
}
