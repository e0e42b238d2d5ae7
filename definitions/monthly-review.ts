/** What the schedule and the API start `monthlyReviews` (workflows/monthly-review.ts) with. */
export interface MonthlyReviewInput {
  /** YYYY-MM; the month before the run when absent. */
  month?: string;
  /** Only these properties (all when absent). */
  propertyIds?: string[];
}

export type MonthlyReviewsWorkflow = (input?: MonthlyReviewInput) => Promise<{ month: string; reviews: string[] }>;
