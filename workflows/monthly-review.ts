import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { MonthlyReviewInput } from '../definitions/monthly-review';

const PARALLEL_PROPERTIES = 4;

const reviews = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});
const messaging = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '5 seconds', maximumInterval: '10 minutes' },
});

export function previousMonth(now: Date): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/**
 * The monthly pattern review, run by a Temporal Schedule on the 1st of every month: for each property,
 * last month's figures are stored and sent to its community and regional managers through the outbox.
 * Every step is idempotent (one review per property × month, one message per manager), so a rerun or a
 * retried activity sends nothing twice.
 */
export async function monthlyReviews(input: MonthlyReviewInput = {}): Promise<{ month: string; reviews: string[] }> {
  const month = input.month ?? previousMonth(new Date(Date.now()));
  const queue = await reviews.listReviewProperties({ propertyIds: input.propertyIds });
  const done: string[] = [];
  const lane = async () => {
    for (let propertyId = queue.shift(); propertyId; propertyId = queue.shift()) {
      const review = await reviews.composeMonthlyReview({ propertyId, month });
      for (const staffId of review.recipients) {
        await messaging.sendMessage({
          key: `review:${propertyId}:${month}:${staffId}`,
          caseId: null,
          audience: 'staff',
          recipient: `staff:${staffId}`,
          ...review.message,
        });
      }
      done.push(review.reviewId);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_PROPERTIES }, lane));
  return { month, reviews: done };
}
