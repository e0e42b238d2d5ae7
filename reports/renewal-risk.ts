import { z } from 'zod';
import { Prisma } from '../prisma/generated/client';
import type { Db } from '../lib/db';
import { LOW_SCORE, RenewalRisk, renewalRisk, type RiskFacts } from '../domain/renewal-risk';
import { byText } from './order';
import { dayOrNull as day } from '../domain/clock';

/**
 * Renewal risk from the read model: what happened to each household in the last 12 months (cases, their
 * outcomes and breaches, low survey scores), scored by domain/renewal-risk.ts.
 */
export const HouseholdRisk = z.object({
  householdId: z.string(),
  propertyId: z.string(),
  unit: z.string().nullable(),
  name: z.string().nullable(),
  leaseEndsOn: z.string().nullable(),
  risk: RenewalRisk,
});
export type HouseholdRisk = z.infer<typeof HouseholdRisk>;

export const RenewalRiskReport = z.object({
  withinDays: z.int(),
  generatedAt: z.iso.datetime(),
  properties: z.array(
    z.object({
      propertyId: z.string(),
      households: z.int().describe('Households whose lease ends within the window'),
      atRisk: z.array(HouseholdRisk).describe('Ranked by score, then by the nearest lease end'),
    }),
  ),
});
export type RenewalRiskReport = z.infer<typeof RenewalRiskReport>;

type FactRow = {
  householdId: string;
  propertyId: string;
  unit: string | null;
  name: string | null;
  leaseEndsOn: Date | null;
  cases: number;
  open: number;
  unrecovered: number;
  no_response: number;
  breached: number;
  repeat_issue: number;
  low_scores: number;
  lowest: number | null;
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

function toFacts(row: FactRow): RiskFacts {
  return {
    casesLast12Months: row.cases,
    openCases: row.open,
    unrecoveredCases: row.unrecovered,
    noResponseCases: row.no_response,
    breachedCases: row.breached,
    repeatIssueCases: row.repeat_issue,
    lowScores: row.low_scores,
    lowestScore: row.lowest,
    leaseEndsOn: day(row.leaseEndsOn),
  };
}

const yearBefore = (now: Date) => new Date(now.getTime() - 365 * 24 * 60 * 60 * 1000);

/** Households whose lease ends within `withinDays`, ranked by risk, per property. */
export async function renewalRiskReport(
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

/** One household's risk (for its history page), whatever its lease date. */
export async function householdRisk(db: Db, householdId: string, now = new Date()): Promise<RenewalRisk> {
  const households = Prisma.sql`SELECT id, "propertyId", unit, name, "leaseEndsOn" FROM "Household" WHERE id = ${householdId}
    UNION ALL SELECT ${householdId}, '', NULL, NULL, NULL WHERE NOT EXISTS (SELECT 1 FROM "Household" WHERE id = ${householdId})`;
  const [row] = await db.$queryRaw<FactRow[]>(factsQuery(households, yearBefore(now)));
  return renewalRisk(toFacts(row!), now);
}
