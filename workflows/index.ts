// The workflows the worker bundles. Deterministic code only: all I/O happens in activities.
export { recoveryCase } from './recovery-case';
export { ingestEvents } from './event-ingestion';
export { timeframeWatch } from './timeframe-watch';
export { monthlyReviews } from './monthly-review';
