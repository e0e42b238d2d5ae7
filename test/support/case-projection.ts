import type { CaseProjection } from '../../domain/case';
import type { Db } from '../../lib/db';

type CaseRow = Awaited<ReturnType<Db['case']['findUniqueOrThrow']>>;

/** The case row as the projection a workflow writes (instants as ISO strings). */
export function projectionOf(r: CaseRow): CaseProjection {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    stage: r.stage,
    status: r.status,
    severity: r.severity,
    ownerId: r.ownerId,
    ownerRole: r.ownerRole,
    escalationLevel: r.escalationLevel,
    breached: r.breached,
    breachCount: r.breachCount,
    breachedStages: r.breachedStages,
    reopenCount: r.reopenCount,
    waitingOnResident: r.waitingOnResident,
    rootCauseFamily: r.rootCauseFamily,
    outcome: r.outcome,
    acknowledgedAt: iso(r.acknowledgedAt),
    resolvedAt: iso(r.resolvedAt),
    closedAt: iso(r.closedAt),
    closingReport: r.closingReport as Record<string, unknown> | null,
  };
}
