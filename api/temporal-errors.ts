import { isGrpcServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { HttpProblem, problems } from './problems';

const UNAVAILABLE = 14;
const DEADLINE_EXCEEDED = 4;

/** Maps a Temporal client failure to the HTTP answer: unreachable server → 503; anything else is rethrown. */
export function translateTemporalError(error: unknown): never {
  if (error instanceof HttpProblem) throw error;
  // The update was sent but its answer did not come back in time (e.g. no worker running just then): retryable.
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) throw problems.unavailable('Temporal (the case did not answer in time)');
  const cause = (error as { cause?: unknown })?.cause;
  for (const candidate of [error, cause]) {
    if (isGrpcServiceError(candidate) && (candidate.code === UNAVAILABLE || candidate.code === DEADLINE_EXCEEDED)) {
      throw problems.unavailable('Temporal');
    }
    if (candidate instanceof Error && /connect|unavailable|ECONNREFUSED/i.test(candidate.message) && candidate.name !== 'WorkflowUpdateFailedError') {
      throw problems.unavailable('Temporal');
    }
  }
  throw error;
}
