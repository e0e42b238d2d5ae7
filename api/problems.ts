import { z } from 'zod';

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

export const problems = {
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
