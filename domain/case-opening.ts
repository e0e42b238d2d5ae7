import type { LadderRung, RecoveryCaseInput } from './case';

// Apart from case.ts, which builds zod schemas: the workflow bundle imports this, and every module it imports is
// evaluated again for each case a worker creates (zod there cost ~20 ms and megabytes per case, README Performance).

/**
 * The case as its intake records it: at the acknowledge stage, owned by the first rung of its ladder (a role,
 * the frontline by default, when nobody holds that rung).
 */
export function caseAsOpened(input: RecoveryCaseInput, openedAt: string, ladder: LadderRung[]) {
  const first = ladder[0];
  return {
    input,
    openedAt,
    stage: 'acknowledge',
    ownerId: first?.staffId ?? null,
    ownerRole: first?.role ?? 'frontline',
  };
}
