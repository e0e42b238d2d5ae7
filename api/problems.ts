import { z } from 'zod';
import { text } from '../domain/text';

/** RFC 9457 problem details; `type` is stable so clients can branch on it. */
export const Problem = z.object({
  type: z.string().describe('Stable identifier of the kind of problem'),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z
    .array(z.object({ field: z.string(), message: z.string() }))
    .optional()
    .describe('Every invalid field'),
});
export type Problem = z.infer<typeof Problem>;

const BASE = 'https://service-recovery.dev/problems/';

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly kind: string,
    readonly title: string,
    readonly detail?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail ?? title);
  }

  toProblem(instance?: string): Problem & Record<string, unknown> {
    return {
      type: BASE + this.kind,
      title: this.title,
      status: this.status,
      detail: this.detail,
      instance,
      ...this.extra,
    };
  }
}

/** One invalid field, as `errors` lists it. */
export interface FieldError {
  field: string;
  message: string;
}

export const problems = {
  /** A 400 naming every invalid field, like the schema validation's; `detail` lists them unless given. */
  invalid: (errors: FieldError[], detail = errors.map((e) => `${e.field}: ${e.message}`).join('; ')) =>
    new HttpProblem(400, 'validation', 'Invalid request', detail, { errors }),
  /** An Idempotency-Key sent again with another body (422): the first request's outcome stands. */
  idempotencyKeyReused: (key: string, firstUse: string) =>
    new HttpProblem(
      422,
      'idempotency-key-reused',
      'Idempotency key reused',
      `Idempotency-Key ${key} was used with a different body for ${firstUse}`,
    ),
  notFound: (what: string) => new HttpProblem(404, 'not-found', 'Not found', `${what} does not exist`),
  unavailable: (dependency: string) =>
    new HttpProblem(
      503,
      'dependency-unavailable',
      'Service unavailable',
      `${dependency} is unreachable; retry shortly`,
    ),
};

export function problemType(kind: string): string {
  return BASE + kind;
}

/** The `Idempotency-Key` header of a create that may be retried; `replay` says what a retry returns. */
export const idempotencyKeyHeaders = (replay: string) =>
  z.object({
    'idempotency-key': text('idempotency-key', 200)
      .optional()
      .describe(`Retrying with the same key and body returns ${replay}`),
  });
