import { z } from 'zod';
import { identifier } from '../../../domain/text';
import { CaseCategory, CaseStatus, CaseSummary, Severity, Stage, type CaseDetail } from '../../../domain/case';
import type { Db } from '../../../lib/db';
import type { Prisma } from '../../../prisma/generated/client';
import type { CaseState } from '../../../definitions/recovery-case';
import { problems } from '../../problems';
import { isoOrNull as iso } from '../../../domain/clock';

type CaseRow = Awaited<ReturnType<Db['case']['findUniqueOrThrow']>>;

export function toSummary(row: CaseRow): CaseSummary {
  return {
    id: row.id,
    workflowId: row.workflowId,
    propertyId: row.propertyId,
    residentId: row.residentId,
    unit: row.unit,
    category: row.category as CaseSummary['category'],
    severity: row.severity as CaseSummary['severity'],
    channel: row.channel as CaseSummary['channel'],
    summary: row.summary,
    details: row.details,
    externalRef: row.externalRef,
    stage: row.stage as CaseSummary['stage'],
    status: row.status as CaseSummary['status'],
    outcome: row.outcome as CaseSummary['outcome'],
    ownerId: row.ownerId,
    ownerRole: row.ownerRole,
    escalationLevel: row.escalationLevel,
    breached: row.breached,
    breachCount: row.breachCount,
    reopenCount: row.reopenCount,
    waitingOnResident: row.waitingOnResident,
    rootCauseFamily: row.rootCauseFamily,
    triggerRule: row.triggerRule,
    openedAt: row.openedAt.toISOString(),
    acknowledgedAt: iso(row.acknowledgedAt),
    resolvedAt: iso(row.resolvedAt),
    closedAt: iso(row.closedAt),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * One case and its timeline from the read model. Deadlines and breaches come from the workflow's state
 * when it is at hand (`live`), else from the closing report of a closed case.
 */
export async function loadCaseDetail(db: Db, caseId: string, live?: CaseState | null): Promise<CaseDetail | undefined> {
  const row = await db.case.findUnique({
    where: { id: caseId },
    include: { events: { orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }] } },
  });
  if (!row) return undefined;
  const report = row.closingReport as { breaches?: CaseDetail['breaches'] } | null;
  return {
    ...toSummary(row),
    deadline: row.status === 'open' && live?.deadline ? live.deadline : null,
    breaches: live?.breaches ?? report?.breaches ?? [],
    closingReport: row.closingReport ?? null,
    timeline: row.events.map((event) => ({
      type: event.type,
      occurredAt: event.occurredAt.toISOString(),
      payload: event.payload,
    })),
    residentLink: live?.residentLink?.url ?? null,
  };
}

// ---- lists ------------------------------------------------------------------------------------------

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');
type SortField = 'openedAt' | 'updatedAt';

export const CaseListQuery = z
  .object({
    propertyId: identifier('propertyId').optional(),
    status: CaseStatus.optional(),
    stage: Stage.optional(),
    category: CaseCategory.optional(),
    severity: Severity.optional(),
    ownerId: identifier('ownerId').optional(),
    residentId: identifier('residentId').optional(),
    breached: booleanQuery.optional(),
    createdFrom: z.iso.datetime({ message: 'createdFrom must be an ISO date-time' }).optional(),
    createdTo: z.iso.datetime({ message: 'createdTo must be an ISO date-time' }).optional(),
    sort: z
      .enum(['openedAt', '-openedAt', 'updatedAt', '-updatedAt'])
      .default('-openedAt')
      .describe('Field to sort by; a leading "-" sorts newest first'),
    limit: z.coerce.number().int().min(1, 'limit must be at least 1').max(100, 'limit must be at most 100').default(25),
    cursor: z
      .string()
      .max(500)
      .regex(/^[A-Za-z0-9_-]+$/, 'is not a cursor from this list')
      .optional()
      .describe('`nextCursor` of the previous page'),
  })
  .strict();
export type CaseListQuery = z.infer<typeof CaseListQuery>;

export const CaseList = z.object({
  items: z.array(CaseSummary),
  nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
});

interface Cursor {
  at: string;
  id: string;
}

const badCursor = () => problems.invalid([{ field: 'querystring.cursor', message: 'is not a cursor from this list' }]);

function decodeCursor(cursor: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Cursor;
    if (typeof value.at !== 'string' || Number.isNaN(Date.parse(value.at)) || typeof value.id !== 'string')
      throw new Error('shape');
    return value;
  } catch {
    throw badCursor();
  }
}

/** Keyset pagination on (sort field, id): stable while cases are added, cheap on any page. */
export async function listCases(db: Db, query: CaseListQuery, propertyScope: { in: string[] } | undefined) {
  const field = query.sort.replace('-', '') as SortField;
  const direction = query.sort.startsWith('-') ? 'desc' : 'asc';
  const where: Prisma.CaseWhereInput = {
    status: query.status,
    stage: query.stage,
    category: query.category,
    severity: query.severity,
    ownerId: query.ownerId,
    residentId: query.residentId,
    breached: query.breached,
    openedAt:
      query.createdFrom || query.createdTo
        ? {
            gte: query.createdFrom ? new Date(query.createdFrom) : undefined,
            lt: query.createdTo ? new Date(query.createdTo) : undefined,
          }
        : undefined,
    AND: [{ propertyId: query.propertyId }, { propertyId: propertyScope }],
  };
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor);
    const at = new Date(cursor.at);
    const beyond = direction === 'desc' ? 'lt' : 'gt';
    where.OR = [{ [field]: { [beyond]: at } }, { [field]: at, id: { [beyond]: cursor.id } }];
  }
  const rows = await db.case.findMany({
    where,
    orderBy: [{ [field]: direction }, { id: direction }],
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > query.limit && last
      ? Buffer.from(JSON.stringify({ at: last[field].toISOString(), id: last.id })).toString('base64url')
      : null;
  return { items: page.map(toSummary), nextCursor };
}
