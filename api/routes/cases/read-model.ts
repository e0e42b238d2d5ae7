import type { CaseDetail } from '../../../domain/case';
import type { Db } from '../../../lib/db';

/** Reads one case and its timeline from the read model, shaped as the API returns it. */
export async function loadCaseDetail(db: Db, caseId: string): Promise<CaseDetail | undefined> {
  const row = await db.case.findUnique({
    where: { id: caseId },
    include: { events: { orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }] } },
  });
  if (!row) return undefined;
  const { events, ...summary } = row;
  return {
    ...summary,
    category: summary.category as CaseDetail['category'],
    severity: summary.severity as CaseDetail['severity'],
    channel: summary.channel as CaseDetail['channel'],
    stage: summary.stage as CaseDetail['stage'],
    status: summary.status as CaseDetail['status'],
    openedAt: summary.openedAt.toISOString(),
    updatedAt: summary.updatedAt.toISOString(),
    timeline: events.map((event) => ({ type: event.type, occurredAt: event.occurredAt.toISOString(), payload: event.payload })),
  };
}
