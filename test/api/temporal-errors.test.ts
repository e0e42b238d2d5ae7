import { describe, expect, it } from 'vitest';
import { HttpProblem } from '../../api/problems';
import { translateTemporalError } from '../../api/temporal-errors';

/** The shape @temporalio/client gives a gRPC failure (code, details, metadata), as the server sends it. */
function grpcError(code: number, details: string) {
  return Object.assign(new Error(`${code} ${details}`), { code, details, metadata: {} });
}

describe('Temporal failures as HTTP answers', () => {
  it('a case whose workflow task keeps failing answers 503 naming the case as stalled', () => {
    const error = grpcError(9, 'Unable to perform workflow execution update due to Workflow Task in failed state.');
    let answer: unknown;
    try {
      translateTemporalError(error, 'b0c1…');
    } catch (e) {
      answer = e;
    }
    expect(answer).toBeInstanceOf(HttpProblem);
    expect((answer as HttpProblem).status).toBe(503);
    expect((answer as HttpProblem).kind).toBe('case-stalled');
    expect((answer as HttpProblem).detail).toMatch(/case b0c1… is stalled/);
  });

  it('an unreachable server answers 503 dependency-unavailable; other failures are not hidden', () => {
    expect(() => translateTemporalError(grpcError(14, 'connection refused'))).toThrow(HttpProblem);
    const other = grpcError(9, 'some other precondition');
    expect(() => translateTemporalError(other, 'x')).toThrow(other);
  });
});
