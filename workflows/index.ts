// The workflows the worker bundles. Deterministic code only: all I/O happens in activities.
import type { IngestEventsWorkflow } from '../definitions/event-ingestion';
import type { MonthlyReviewsWorkflow } from '../definitions/monthly-review';
import type { RecoveryCaseWorkflow } from '../definitions/recovery-case';
import type { TimeframeWatchWorkflow } from '../definitions/timeframe-watch';
import { recoveryCase, recoveryCaseV2 } from './recovery-case';
import { ingestEvents } from './event-ingestion';
import { timeframeWatch } from './timeframe-watch';
import { monthlyReviews } from './monthly-review';

export { recoveryCase, recoveryCaseV2, ingestEvents, timeframeWatch, monthlyReviews };

/** Clients start these by name with the types of definitions/: a workflow that drifts from them fails to compile. */
type Fits<Declared, _Actual extends Declared> = true;
export type WorkflowsFitTheirDefinitions = [
  Fits<RecoveryCaseWorkflow, typeof recoveryCase>,
  Fits<RecoveryCaseWorkflow, typeof recoveryCaseV2>,
  Fits<IngestEventsWorkflow, typeof ingestEvents>,
  Fits<TimeframeWatchWorkflow, typeof timeframeWatch>,
  Fits<MonthlyReviewsWorkflow, typeof monthlyReviews>,
];
