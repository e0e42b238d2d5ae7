import { z } from 'zod';
import { Prisma } from '../prisma/generated/client';
import type { Db } from '../lib/db';
import { LOW_SCORE, RenewalRisk, renewalRisk, renewalRiskScore, type RiskFacts } from '../domain/renewal-risk';
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

export type FactRow = {
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

/**
 * The facts of the households `hh` (a CTE: id, propertyId, unit, name, leaseEndsOn) in two parts the report reads
 * apart. `caseFacts`: per household, the cases that count (`cases`: opened since `since`, or still open; with
 * residentId, propertyId, status, outcome, breached, category). `lowScoreFacts`: its survey scores of LOW_SCORE or
 * less since `since`. Only what happened at the household's own property counts (for a household not in the
 * directory, propertyId '', all).
 */
/** A case's (or an event's) household among `hh`, at the household's own property (any, for propertyId ''). */
const ofHousehold = (table: string, property: string, household: string) =>
  Prisma.raw(`hh.id = ${table}."${household}" AND (hh."propertyId" = '' OR ${table}."${property}" = hh."propertyId")`);

/** What the list counts of a household's cases (FactRow's columns), over rows with status, outcome, breached… */
const caseCounts = Prisma.sql`
      count(*)::int AS cases,
      count(*) FILTER (WHERE status = 'open')::int AS open,
      count(*) FILTER (WHERE outcome = 'unrecovered')::int AS unrecovered,
      count(*) FILTER (WHERE outcome = 'no_response')::int AS no_response,
      count(*) FILTER (WHERE breached)::int AS breached,
      count(*) FILTER (WHERE category = 'repeat_issue')::int AS repeat_issue`;

const caseFacts = (cases: Prisma.Sql) => Prisma.sql`
    SELECT k."residentId", ${caseCounts}
    FROM (${cases}) k JOIN hh ON ${ofHousehold('k', 'propertyId', 'residentId')}
    GROUP BY 1`;

const lowScoreFacts = (since: Date) => Prisma.sql`
    SELECT "householdId", count(*)::int AS low_scores, min(score)::int AS lowest
    FROM "InboundEvent" e JOIN hh ON ${ofHousehold('e', 'propertyId', 'householdId')}
    WHERE score <= ${LOW_SCORE} AND "occurredAt" >= ${since}
    GROUP BY 1`;

/** Every fact of the households `households` selects, one row each (FactRow). */
function factsQuery(households: Prisma.Sql, since: Date, cases: Prisma.Sql) {
  return Prisma.sql`
    WITH hh AS NOT MATERIALIZED (${households}), c AS (${caseFacts(cases)}), s AS (${lowScoreFacts(since)})
    SELECT hh.id AS "householdId", hh."propertyId", hh.unit, hh.name, hh."leaseEndsOn",
      coalesce(c.cases, 0) AS cases, coalesce(c.open, 0) AS open, coalesce(c.unrecovered, 0) AS unrecovered,
      coalesce(c.no_response, 0) AS no_response, coalesce(c.breached, 0) AS breached, coalesce(c.repeat_issue, 0) AS repeat_issue,
      coalesce(s.low_scores, 0) AS low_scores, s.lowest
    FROM hh LEFT JOIN c ON c."residentId" = hh.id LEFT JOIN s ON s."householdId" = hh.id`;
}

/** householdId, propertyId, unit, name, leaseEndsOn (YYYY-MM-DD), low scores, lowest (null: none). */
type PackedHousehold = [string, string, string | null, string | null, string | null, number | null, number | null];
/** householdId, then cases, open, unrecovered, no_response, breached, repeat_issue. */
type PackedCases = [string, number, number, number, number, number, number];

/**
 * One JSON text (an array per row) instead of thousands of rows: parsed natively in a few milliseconds, where the
 * client's per-row decoding took longer than the query. No parallel plan: on a few cores its workers (chosen once
 * the tables are vacuumed) made the query half again slower; the report runs its two parts side by side instead.
 */
async function packedRows<Row>(db: Db, query: Prisma.Sql /* one column `a`, a JSON array */): Promise<Row[]> {
  const [, [{ rows }]] = await db.$transaction([
    db.$executeRaw`SET LOCAL max_parallel_workers_per_gather = 0`,
    db.$queryRaw<[{ rows: string }]>`SELECT coalesce(json_agg(r.a)::text, '[]') AS rows FROM (${query}) r`,
  ]);
  return JSON.parse(rows) as Row[];
}

const caseColumns = Prisma.sql`"residentId", "propertyId", status, outcome, breached, category`;

export function toFacts(row: FactRow): RiskFacts {
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

export const yearBefore = (now: Date) => new Date(now.getTime() - 365 * 24 * 60 * 60 * 1000);

/**
 * Households whose lease ends within `withinDays`, ranked by risk, per property. Every household is scored (the
 * score ranks them), but only the listed ones have their reasons spelled out; the cases that count are read from
 * the facts the write path keeps (`countedCases`), and the low survey scores from
 * `InboundEvent_score_occurredAt_householdId_propertyId_idx`.
 */
export async function renewalRiskReport(
  db: Db,
  query: { withinDays: number; propertyIds: string[] | null; limit: number; now?: Date },
): Promise<RenewalRiskReport> {
  const now = query.now ?? new Date();
  const today = new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  const until = new Date(today.getTime() + (query.withinDays + 1) * 24 * 60 * 60 * 1000);
  const since = yearBefore(now);
  const scope = query.propertyIds ? Prisma.sql`AND "propertyId" = ANY(${query.propertyIds}::text[])` : Prisma.empty;
  const households = Prisma.sql`
    SELECT id, "propertyId", unit, name, "leaseEndsOn" FROM "Household"
    WHERE "leaseEndsOn" >= ${today} AND "leaseEndsOn" < ${until} ${scope}`;
  const cases = Prisma.sql`
    SELECT ${caseColumns} FROM "Case" WHERE "openedAt" >= ${since} ${scope}
    UNION ALL
    SELECT ${caseColumns} FROM "Case" WHERE status = 'open' AND "openedAt" < ${since} ${scope}`;
  const hh = Prisma.sql`WITH hh AS NOT MATERIALIZED (${households})`;
  // The cases (the larger part) and the households with their survey scores, on two connections at once.
  const [packedHouseholds, packedCases] = await Promise.all([
    packedRows<PackedHousehold>(
      db,
      Prisma.sql`${hh}, s AS (${lowScoreFacts(since)})
        SELECT json_build_array(hh.id, hh."propertyId", hh.unit, hh.name, hh."leaseEndsOn", s.low_scores, s.lowest) AS a
        FROM hh LEFT JOIN s ON s."householdId" = hh.id`,
    ),
    packedRows<PackedCases>(
      db,
      Prisma.sql`${hh} SELECT json_build_array(c."residentId", sum(c.cases)::int, sum(c.open)::int, sum(c.unrecovered)::int,
        sum(c.no_response)::int, sum(c.breached)::int, sum(c.repeat_issue)::int) AS a
        FROM (${countedCases(since, cases)}) c GROUP BY c."residentId"`,
    ),
  ]);
  const casesOf = new Map(packedCases.map((row) => [row[0], row]));
  type Household = { householdId: string; propertyId: string; unit: string | null; name: string | null };
  const byProperty = new Map<string, (Household & { facts: RiskFacts; score: number })[]>();
  for (const [householdId, propertyId, unit, name, leaseEndsOn, lowScores, lowest] of packedHouseholds) {
    const counted = casesOf.get(householdId);
    const facts: RiskFacts = {
      casesLast12Months: counted?.[1] ?? 0,
      openCases: counted?.[2] ?? 0,
      unrecoveredCases: counted?.[3] ?? 0,
      noResponseCases: counted?.[4] ?? 0,
      breachedCases: counted?.[5] ?? 0,
      repeatIssueCases: counted?.[6] ?? 0,
      lowScores: lowScores ?? 0,
      lowestScore: lowest,
      leaseEndsOn,
    };
    const list = byProperty.get(propertyId) ?? [];
    list.push({ householdId, propertyId, unit, name, facts, score: renewalRiskScore(facts, now, query.withinDays) });
    byProperty.set(propertyId, list);
  }
  const properties = [...byProperty.entries()]
    .sort(([a], [b]) => byText(a, b))
    .map(([propertyId, list]) => ({
      propertyId,
      households: list.length,
      atRisk: list
        .sort(
          (a, b) =>
            b.score - a.score ||
            byText(a.facts.leaseEndsOn ?? '', b.facts.leaseEndsOn ?? '') ||
            byText(a.householdId, b.householdId),
        )
        .slice(0, query.limit)
        // Named fields, not a rest pattern: copying with `...` took as long as the query for 5,000 households.
        .map(({ householdId, propertyId, unit, name, facts }) => ({
          householdId,
          propertyId,
          unit,
          name,
          leaseEndsOn: facts.leaseEndsOn,
          risk: renewalRisk(facts, now, query.withinDays),
        })),
    }));
  return { withinDays: query.withinDays, generatedAt: now.toISOString(), properties };
}

/**
 * The cases' counts of the households `hh`, per household and property (columns as caseFacts): from the rows the
 * write path keeps (migration household_risk_facts) where they are exact for these 12 months, and from the cases
 * (`cases`) for the rest — a household whose latest write is not rebuilt yet (pending), or whose row still counts a
 * closed case opened before `since`. When the rows may count from later than `since` (a list asked for an earlier
 * day), every household is counted from the cases. One statement, one snapshot: the rows, the pending marks and the
 * cases are read as of the same instant, so a write is either in all three or in none.
 */
function countedCases(since: Date, cases: Prisma.Sql) {
  return Prisma.sql`
    WITH kept AS MATERIALIZED (
      SELECT coalesce((SELECT "countedFrom" <= ${since} FROM "HouseholdRiskFactsState" WHERE id = 1), false) AS usable),
    f AS MATERIALIZED (
      SELECT f.* FROM "HouseholdRiskFacts" f JOIN hh ON ${ofHousehold('f', 'propertyId', 'residentId')}
      WHERE (SELECT usable FROM kept)),
    stale AS MATERIALIZED (
      SELECT "propertyId", "residentId" FROM f WHERE "firstClosedAt" < ${since}
      UNION
      SELECT p.k1, p.k2 FROM "ReportRollupPending" p JOIN hh ON ${ofHousehold('p', 'k1', 'k2')}
      WHERE p.kind = 'risk' AND (SELECT usable FROM kept))
    SELECT "residentId", cases, open, unrecovered, "noResponse" AS no_response, breached, "repeatIssue" AS repeat_issue
    FROM f WHERE NOT EXISTS (SELECT 1 FROM stale s WHERE s."propertyId" = f."propertyId" AND s."residentId" = f."residentId")
    UNION ALL
    SELECT k."residentId", ${caseCounts}
    FROM stale s JOIN "Case" k ON k."residentId" = s."residentId" AND k."propertyId" = s."propertyId"
    WHERE k."openedAt" >= ${since} OR k.status = 'open'
    GROUP BY k."propertyId", k."residentId"
    UNION ALL
    SELECT * FROM (${caseFacts(cases)}) c WHERE NOT (SELECT usable FROM kept)`;
}

/** One household's risk (for its history page), whatever its lease date. */
export async function householdRisk(db: Db, householdId: string, now = new Date()): Promise<RenewalRisk> {
  const households = Prisma.sql`SELECT id, "propertyId", unit, name, "leaseEndsOn" FROM "Household" WHERE id = ${householdId}
    UNION ALL SELECT ${householdId}, '', NULL, NULL, NULL WHERE NOT EXISTS (SELECT 1 FROM "Household" WHERE id = ${householdId})`;
  const since = yearBefore(now);
  const cases = Prisma.sql`SELECT ${caseColumns} FROM "Case" WHERE "residentId" = ${householdId} AND ("openedAt" >= ${since} OR status = 'open')`;
  const [row] = await db.$queryRaw<FactRow[]>(factsQuery(households, since, cases));
  return renewalRisk(toFacts(row!), now);
}
