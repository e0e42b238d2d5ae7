import type { Db } from '../../lib/db';
import type { CaseState } from '../../definitions/recovery-case';
import { isoOrNull as iso } from '../../domain/clock';

/**
 * What the `Case` row must say for a workflow state, column by column, written out here from the protocol
 * (not taken from the workflow's own projection), so the read model is checked against an independent
 * statement of what each column means.
 */
export function columnsFromState(state: CaseState) {
  const elapsed = (from: string, to: string) => Date.parse(to) - Date.parse(from);
  const entered = (stage: string) => state.stageHistory.find((s) => s.stage === stage)?.enteredAt ?? null;
  const durations = state.stageHistory
    .filter((s) => s.leftAt)
    .map((s) => ({ stage: s.stage, enteredAt: s.enteredAt, leftAt: s.leftAt, ms: elapsed(s.enteredAt, s.leftAt!) }));
  const closed = state.status === 'closed';
  return {
    stage: state.stage,
    status: state.status,
    severity: state.severity,
    ownerId: state.ownerId,
    ownerRole: state.ownerRole ?? null,
    escalationLevel: state.escalationLevel,
    breached: state.breaches.length > 0,
    breachCount: state.breaches.length,
    breachedStages: [...new Set(state.breaches.map((b) => b.stage))],
    reopenCount: state.reopenCount,
    waitingOnResident: state.waitingOnResident !== null,
    rootCauseFamily: state.facts?.rootCauseFamily ?? null,
    outcome: state.outcome ?? null,
    // Acknowledging is what takes a case from acknowledge to gather_facts.
    acknowledgedAt: entered('gather_facts'),
    resolvedAt: state.resolution?.at ?? null,
    closedAt: closed ? entered('closed') : null,
    closingReport: closed
      ? {
          outcome: state.outcome,
          durations,
          breaches: state.breaches,
          reopenCount: state.reopenCount,
          cancel: state.cancelRequest ?? null,
        }
      : null,
  };
}

/** The same columns as the row holds them (instants as ISO strings). */
export async function columnsOfRow(db: Db, caseId: string) {
  const row = await db.case.findUniqueOrThrow({ where: { id: caseId } });
  return {
    stage: row.stage,
    status: row.status,
    severity: row.severity,
    ownerId: row.ownerId,
    ownerRole: row.ownerRole,
    escalationLevel: row.escalationLevel,
    breached: row.breached,
    breachCount: row.breachCount,
    breachedStages: row.breachedStages,
    reopenCount: row.reopenCount,
    waitingOnResident: row.waitingOnResident,
    rootCauseFamily: row.rootCauseFamily,
    outcome: row.outcome,
    acknowledgedAt: iso(row.acknowledgedAt),
    resolvedAt: iso(row.resolvedAt),
    closedAt: iso(row.closedAt),
    closingReport: row.closingReport,
  };
}
