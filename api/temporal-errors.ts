import { isGrpcServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { HttpProblem, problems } from './problems';

const UNAVAILABLE = 14;
const DEADLINE_EXCEEDED = 4;
const FAILED_PRECONDITION = 9;

/**
 * Maps a Temporal client failure to the HTTP answer: unreachable server → 503; a case whose workflow task keeps
 * failing → 503 naming the case as stalled (retryable once the cause is fixed: README, "Stalled cases");
 * anything else is rethrown.
 */
export function translateTemporalError(error: unknown, caseId?: string): never {
  if (error instanceof HttpProblem) throw error;
  // The update was sent but its answer did not come back in time (e.g. no worker running just then): retryable.
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError)
    throw problems.unavailable('Temporal (the case did not answer in time)');
  const cause = (error as { cause?: unknown })?.cause;
  for (const candidate of [error, cause]) {
    if (
      isGrpcServiceError(candidate) &&
      candidate.code === FAILED_PRECONDITION &&
      /workflow task in failed state/i.test(candidate.message)
    ) {
      throw new HttpProblem(
        503,
        'case-stalled',
        'Case stalled',
        `case ${caseId ?? '(unknown)'} is stalled: its workflow's last step keeps failing and is being retried; ` +
          'operators are alerted by the worker log; retry later',
      );
    }
    if (isGrpcServiceError(candidate) && (candidate.code === UNAVAILABLE || candidate.code === DEADLINE_EXCEEDED)) {
      throw problems.unavailable('Temporal');
    }
    if (
      candidate instanceof Error &&
      /connect|unavailable|ECONNREFUSED/i.test(candidate.message) &&
      candidate.name !== 'WorkflowUpdateFailedError'
    ) {
      throw problems.unavailable('Temporal');
    }
  }
  throw error;
}
