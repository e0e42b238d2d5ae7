import { Prisma } from '../../prisma/generated/client';
import type { Db } from '../../lib/db';
import { LOW_SCORE, renewalRisk } from '../../domain/renewal-risk';
import { byText } from '../../reports/order';
import { dayOrNull as day } from '../../domain/clock';
import type { CountRow, Durations, PatternRows, PatternRowSource } from '../../reports/patterns';
import {
  toFacts,
  yearBefore,
  type FactRow,
  type HouseholdRisk,
  type RenewalRiskReport,
} from '../../reports/renewal-risk';

/**
 * The reports' queries as they were before the rollups (commit bf215c4): every pattern figure counted from the case
 * rows themselves, every household of the renewal list scored in full. Kept as the reference the new queries must
 * equal (test/api/report-rollups.test.ts).
 */
const countColumns = Prisma.sql`
  count(*)::int AS cases,
  count(*) FILTER (WHERE status = 'open')::int AS open,
  count(*) FILTER (WHERE breached)::int AS breached,
  count(*) FILTER (WHERE breached AND 'acknowledge' = ANY("breachedStages"))::int AS breached_ack,
  count(*) FILTER (WHERE breached AND 'gather_facts' = ANY("breachedStages"))::int AS breached_facts,
  count(*) FILTER (WHERE breached AND 'resolve' = ANY("breachedStages"))::int AS breached_resolve,
  count(*) FILTER (WHERE outcome = 'recovered')::int AS recovered,
  count(*) FILTER (WHERE outcome IN ('recovered', 'unrecovered', 'no_response'))::int AS followed_up`;

const durationColumns = Prisma.sql`
  to_json(array_agg(date_part('epoch', "acknowledgedAt" - "openedAt")::int) FILTER (WHERE "acknowledgedAt" IS NOT NULL)) AS ack,
  to_json(array_agg(date_part('epoch', "resolvedAt" - "openedAt")::int) FILTER (WHERE "resolvedAt" IS NOT NULL)) AS res`;

function monthStarts(from: Date, to: Date): Date[] {
  const starts: Date[] = [];
  for (let month = from.getUTCMonth(); ; month++) {
    const start = Date.UTC(from.getUTCFullYear(), month, 1);
    starts.push(new Date(start));
    if (start > to.getTime()) return starts;
  }
}

export const patternRowsFromCases: PatternRowSource = async (db, query) => {
  const scope = query.propertyIds ? Prisma.sql`AND "propertyId" = ANY(${query.propertyIds}::text[])` : Prisma.empty;
  const where = Prisma.sql`WHERE "openedAt" >= ${query.from} AND "openedAt" < ${query.to} ${scope}`;
  const starts = monthStarts(query.from, query.to);
  const [byProperty, volume, repeat, months] = await Promise.all([
    db.$queryRaw<(CountRow & Durations & { propertyId: string })[]>`
      SELECT "propertyId", ${countColumns}, ${durationColumns} FROM "Case" ${where} GROUP BY 1`,
    db.$queryRaw<PatternRows['volume']>`
      SELECT "propertyId", category, coalesce("rootCauseFamily", 'unrecorded') AS "rootCauseFamily", count(*)::int AS cases
      FROM "Case" ${where} GROUP BY 1, 2, 3`,
    db.$queryRaw<PatternRows['repeat']>`
      SELECT "residentId" AS "householdId", "propertyId", count(*)::int AS cases, (count(*) OVER ())::int AS total
      FROM "Case" ${where} GROUP BY 1, 2 HAVING count(*) >= 2 ORDER BY cases DESC, 1 LIMIT ${query.topHouseholds ?? 20}`,
    db.$queryRaw<(CountRow & { bucket: number })[]>`
      SELECT width_bucket("openedAt", ${starts}::timestamptz[]) AS bucket, ${countColumns}
      FROM "Case" ${where} GROUP BY 1`,
  ]);
  return {
    byProperty,
    months: months.map(({ bucket, ...r }) => ({ ...r, month: starts[bucket - 1]!.toISOString().slice(0, 7) })),
    volume,
    repeat,
  };
};

/** Counts the facts for the households `households` selects (a CTE with id, propertyId, unit, name, leaseEndsOn). */
function factsQuery(households: Prisma.Sql, since: Date) {
  return Prisma.sql`
    WITH hh AS (${households}),
    c AS (
      SELECT k."residentId",
        count(*)::int AS cases,
        count(*) FILTER (WHERE status = 'open')::int AS open,
        count(*) FILTER (WHERE outcome = 'unrecovered')::int AS unrecovered,
        count(*) FILTER (WHERE outcome = 'no_response')::int AS no_response,
        count(*) FILTER (WHERE breached)::int AS breached,
        count(*) FILTER (WHERE category = 'repeat_issue')::int AS repeat_issue
      -- Only what happened at the household's own property counts (for a household not in the directory, all).
      FROM "Case" k JOIN hh ON hh.id = k."residentId" AND (hh."propertyId" = '' OR k."propertyId" = hh."propertyId")
      WHERE ("openedAt" >= ${since} OR status = 'open')
      GROUP BY 1
    ),
    s AS (
      SELECT "householdId", count(*)::int AS low_scores, min(score)::int AS lowest
      FROM "InboundEvent" e JOIN hh ON hh.id = e."householdId" AND (hh."propertyId" = '' OR e."propertyId" = hh."propertyId")
      WHERE score <= ${LOW_SCORE} AND "occurredAt" >= ${since}
      GROUP BY 1
    )
    SELECT hh.id AS "householdId", hh."propertyId", hh.unit, hh.name, hh."leaseEndsOn",
      coalesce(c.cases, 0) AS cases, coalesce(c.open, 0) AS open, coalesce(c.unrecovered, 0) AS unrecovered,
      coalesce(c.no_response, 0) AS no_response, coalesce(c.breached, 0) AS breached, coalesce(c.repeat_issue, 0) AS repeat_issue,
      coalesce(s.low_scores, 0) AS low_scores, s.lowest
    FROM hh LEFT JOIN c ON c."residentId" = hh.id LEFT JOIN s ON s."householdId" = hh.id`;
}

/** Households whose lease ends within `withinDays`, ranked by risk, per property. */
export async function renewalRiskReportFromCases(
  db: Db,
  query: { withinDays: number; propertyIds: string[] | null; limit: number; now?: Date },
): Promise<RenewalRiskReport> {
  const now = query.now ?? new Date();
  const today = new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  const until = new Date(today.getTime() + (query.withinDays + 1) * 24 * 60 * 60 * 1000);
  const scope = query.propertyIds ? Prisma.sql`AND "propertyId" = ANY(${query.propertyIds}::text[])` : Prisma.empty;
  const households = Prisma.sql`
    SELECT id, "propertyId", unit, name, "leaseEndsOn" FROM "Household"
    WHERE "leaseEndsOn" >= ${today} AND "leaseEndsOn" < ${until} ${scope}`;
  const rows = await db.$queryRaw<FactRow[]>(factsQuery(households, yearBefore(now)));
  const byProperty = new Map<string, HouseholdRisk[]>();
  for (const row of rows) {
    const risk = renewalRisk(toFacts(row), now, query.withinDays);
    const list = byProperty.get(row.propertyId) ?? [];
    list.push({
      householdId: row.householdId,
      propertyId: row.propertyId,
      unit: row.unit,
      name: row.name,
      leaseEndsOn: day(row.leaseEndsOn),
      risk,
    });
    byProperty.set(row.propertyId, list);
  }
  const properties = [...byProperty.entries()]
    .sort(([a], [b]) => byText(a, b))
    .map(([propertyId, list]) => ({
      propertyId,
      households: list.length,
      atRisk: list
        .sort(
          (a, b) =>
            b.risk.score - a.risk.score ||
            byText(a.leaseEndsOn ?? '', b.leaseEndsOn ?? '') ||
            byText(a.householdId, b.householdId),
        )
        .slice(0, query.limit),
    }));
  return { withinDays: query.withinDays, generatedAt: now.toISOString(), properties };
}
