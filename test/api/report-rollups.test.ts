import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseStoreActivities } from '../../activities/case-store';
import type { CaseProjection } from '../../domain/case';
import type { Db } from '../../lib/db';
import { PatternReport, patternReport, type PatternQuery } from '../../reports/patterns';
import { RenewalRiskReport, renewalRiskReport } from '../../reports/renewal-risk';
import { refreshReportRollups } from '../../reports/rollups';
import { patternRowsFromCases, renewalRiskReportFromCases } from '../support/report-reference';
import { projectionOf } from '../support/case-projection';
import { startStack } from '../support/stack';

/**
 * The reports read rollups whose keys a trigger on "Case" marks and a refresh rebuilds before each report (the
 * renewal list reads the cases by other indexes): on a varied portfolio, every figure must equal what today's
 * queries over the case rows themselves give (test/support/report-reference.ts), for ranges that cut months, a
 * household's cases and a case's own instant, and again after every kind of change a case goes through. A rollup
 * left behind by a change fails the comparison, since the reference reads the cases as they are.
 */
let stack: Awaited<ReturnType<typeof startStack>>;
let db: Db;
const tag = randomUUID().slice(0, 6);
const P = [`rr1-${tag}`, `rr2-${tag}`, `rr3-${tag}`];
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const categories = ['maintenance_delay', 'repeat_issue', 'package', 'communication', 'amenity'];
const roots = [null, 'organizational', 'employee', 'client'];
const outcomes = [null, 'recovered', 'unrecovered', 'no_response', 'cancelled'];
const stageSets = [[], ['acknowledge'], ['resolve'], ['gather_facts', 'resolve']];

/** A fixed sequence of numbers in [0, 1): the same portfolio every run. */
function sequence(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const ids: string[] = [];
const households = (p: string) => Array.from({ length: 6 }, (_, i) => `${p}-h${i}`);

function caseRow(random: () => number, opened: Date, property: string) {
  const outcome = outcomes[Math.floor(random() * outcomes.length)]!;
  const stages = stageSets[Math.floor(random() * stageSets.length)]!;
  const id = randomUUID();
  ids.push(id);
  return {
    id,
    workflowId: `case-${id}`,
    propertyId: property,
    residentId: households(property)[Math.floor(random() * 6)]!,
    category: categories[Math.floor(random() * categories.length)]!,
    severity: 'medium',
    channel: 'phone',
    summary: 'Report rollup case',
    stage: outcome ? 'closed' : 'resolve',
    status: outcome ? 'closed' : 'open',
    outcome,
    rootCauseFamily: roots[Math.floor(random() * roots.length)]!,
    openedAt: opened,
    // Times to the millisecond, some missing; a fraction of a second rounds in the seconds the reports use.
    acknowledgedAt: random() < 0.8 ? new Date(opened.getTime() + Math.floor(random() * 50 * HOUR)) : null,
    resolvedAt: random() < 0.6 ? new Date(opened.getTime() + Math.floor(random() * 300 * HOUR) + 500) : null,
    closedAt: outcome ? new Date(opened.getTime() + 400 * HOUR) : null,
    breached: stages.length > 0,
    breachCount: stages.length,
    breachedStages: stages,
  };
}

const yearStart = Date.UTC(2025, 0, 1);
/** Shared instants: several cases open at the very same millisecond, one of them exactly at a range's edge. */
const EDGE = new Date(Date.UTC(2025, 2, 10, 8, 30, 0, 123));

beforeAll(async () => {
  stack = await startStack();
  db = stack.db;
  for (const id of P) await db.property.create({ data: { id, name: `Property ${id}`, timeZone: 'UTC' } });
  const random = sequence(7);
  const rows = [];
  // 2025 (for the pattern ranges), at any hour of any day, and the last 13 months (for the renewal list).
  for (let i = 0; i < 240; i++)
    rows.push(caseRow(random, new Date(yearStart + Math.floor(random() * 365 * DAY)), P[i % 3]!));
  for (let i = 0; i < 90; i++)
    rows.push(caseRow(random, new Date(Date.now() - Math.floor(random() * 400 * DAY)), P[i % 3]!));
  for (let i = 0; i < 4; i++) rows.push(caseRow(random, EDGE, P[i % 2]!));
  // First and last millisecond of a month.
  rows.push(caseRow(random, new Date(Date.UTC(2025, 3, 1)), P[0]!));
  rows.push(caseRow(random, new Date(Date.UTC(2025, 4, 1) - 1), P[0]!));
  // One multi-row statement, as a bulk load writes.
  await db.case.createMany({ data: rows });
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  await db.household.createMany({
    data: P.flatMap((p) =>
      households(p).map((id, i) => ({
        id,
        propertyId: p,
        unit: String(i),
        name: `Household ${i}`,
        leaseEndsOn: new Date(today + (i * 17 - 5) * DAY),
      })),
    ),
  });
  await db.inboundEvent.createMany({
    data: P.flatMap((p, pi) =>
      households(p).flatMap((h, hi) =>
        [1, 2, 4].map((score, si) => {
          const occurredAt = new Date(Date.now() - ((hi * 7 + si * 50 + pi * 3) % 420) * DAY);
          return {
            source: 'survey-tool',
            externalId: `${h}-${score}-${tag}`,
            type: 'survey_response',
            propertyId: p,
            householdId: h,
            occurredAt,
            score,
            payload: { type: 'survey_response', householdId: h, score },
            batchId: 'report-rollups',
            processedAt: new Date(),
          };
        }),
      ),
    ),
  });
});
afterAll(() => stack?.stop());

const ranges: [string, PatternQuery][] = [
  ['the year, month-aligned', { from: new Date('2025-01-01'), to: new Date('2026-01-01'), propertyIds: null }],
  [
    'cut mid-month at both ends, to the millisecond',
    { from: new Date('2025-02-14T13:07:00.250Z'), to: new Date('2025-11-03T02:00:00.999Z'), propertyIds: null },
  ],
  ['within one month', { from: new Date('2025-03-03'), to: new Date('2025-03-28T12:00:00Z'), propertyIds: null }],
  ['starting at a shared instant (inclusive)', { from: EDGE, to: new Date('2025-06-01'), propertyIds: null }],
  ['ending at a shared instant (exclusive)', { from: new Date('2025-01-15'), to: EDGE, propertyIds: null }],
  ['a month and its last millisecond', { from: new Date('2025-04-01'), to: new Date('2025-05-01'), propertyIds: null }],
  ['the last 12 months, now', { from: new Date(Date.now() - 365 * DAY), to: new Date(), propertyIds: null }],
  ['an empty range', { from: new Date('2019-01-01'), to: new Date('2019-06-01'), propertyIds: null }],
];

/** Every range, over the three properties and over one, the new way and today's way. */
async function expectPatternsEqual(topHouseholds = 5) {
  for (const [name, range] of ranges)
    for (const propertyIds of [P, [P[1]!]]) {
      const query = { ...range, propertyIds, topHouseholds };
      const [rollups, cases] = await Promise.all([
        patternReport(db, query),
        patternReport(db, query, patternRowsFromCases),
      ]);
      expect(rollups, `${name}, ${propertyIds.length} properties`).toEqual(cases);
    }
}

async function expectRenewalEqual(now = new Date()) {
  for (const [withinDays, limit] of [
    [90, 25],
    [30, 2],
    [365, 500],
  ] as const) {
    const query = { withinDays, limit, propertyIds: P, now };
    expect(await renewalRiskReport(db, query), `within ${withinDays} days of ${now.toISOString()}`).toEqual(
      await renewalRiskReportFromCases(db, query),
    );
  }
}

/** The renewal list's kept facts of this portfolio's households (migration household_risk_facts). */
const riskFacts = () =>
  db.householdRiskFacts.findMany({
    where: { propertyId: { in: P } },
    orderBy: [{ propertyId: 'asc' }, { residentId: 'asc' }],
  });
const pendingRisk = () => db.reportRollupPending.count({ where: { kind: 'risk', k1: { in: P } } });

/**
 * Runs `check` while no refresh can run (other test files' pattern reports refresh the rollups on this shared
 * database): what it marked stays pending, and what it changed in the kept facts stays as it left it.
 */
async function holdingRefreshes(check: () => Promise<void>) {
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('report_rollups_refresh'))) lock`;
      await check();
    },
    { timeout: 60_000 },
  );
}

describe('report rollups', () => {
  it('give the figures of today’s queries over the cases, for every range and scope', async () => {
    const rows = await db.case.count({ where: { propertyId: { in: P } } });
    expect(rows).toBe(336);
    await expectPatternsEqual();
    await expectPatternsEqual(50);
    await expectRenewalEqual();
  });

  it('the whole portfolio too, read while other tests’ writes to cases wait', async () => {
    await db.$transaction(
      async (tx) => {
        // Writers wait until this transaction ends, so both reports below read the same cases (and the rollups'
        // refresh, which runs under READ COMMITTED, sees every write made before).
        await tx.$executeRaw`LOCK TABLE "Case" IN SHARE MODE`;
        const query = { from: new Date('2024-01-01'), to: new Date(), propertyIds: null };
        expect(await patternReport(tx as unknown as Db, query)).toEqual(
          await patternReport(tx as unknown as Db, query, patternRowsFromCases),
        );
      },
      { timeout: 60_000 },
    );
  });

  it('count a write that was not yet committed while a report refreshed them, at the next report', async () => {
    const target = await db.case.findFirstOrThrow({
      where: { propertyId: P[2], openedAt: { gte: new Date('2025-03-01'), lt: new Date('2025-09-01') } },
      orderBy: { id: 'asc' },
    });
    const query = { ...ranges[0]![1], propertyIds: P };
    const before = await patternReport(db, query);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let written!: () => void;
    const wasWritten = new Promise<void>((resolve) => (written = resolve));
    const writer = db.$transaction(
      async (tx) => {
        await tx.case.update({
          where: { id: target.id },
          data: { status: target.status === 'open' ? 'closed' : 'open', breached: !target.breached },
        });
        written();
        await released;
      },
      { timeout: 30_000 },
    );
    await wasWritten;
    // Meanwhile a report refreshes the rollups: the write is not committed, so it is not counted yet…
    expect(await patternReport(db, query)).toEqual(before);
    release();
    await writer;
    // …and once committed, the next report counts it (its pending key was left for the next refresh).
    const after = await patternReport(db, query);
    expect(after.totals).not.toEqual(before.totals);
    await expectPatternsEqual();
  });

  it('renewal list: reads the kept facts where they are exact, counts from the cases where not', async () => {
    await refreshReportRollups(db);
    const now = new Date();
    const earlier = new Date(now.getTime() - 30 * DAY);
    const query = { withinDays: 90, limit: 500, propertyIds: P, now };
    const earlierQuery = { ...query, now: earlier };
    const reference = await renewalRiskReportFromCases(db, query);
    const earlierReference = await renewalRiskReportFromCases(db, earlierQuery);
    // A household listed today and 30 days ago, whose row is exact for today's 12 months.
    const listed = (report: RenewalRiskReport) => report.properties.flatMap((p) => p.atRisk).map((h) => h.householdId);
    const facts = await riskFacts();
    const since = now.getTime() - 365 * DAY;
    const exact = (f: (typeof facts)[number]) => f.firstClosedAt === null || f.firstClosedAt.getTime() >= since;
    const row = facts.find(
      (f) => exact(f) && listed(reference).includes(f.residentId) && listed(earlierReference).includes(f.residentId),
    )!;
    expect(row).toBeDefined();
    const key = { propertyId_residentId: { propertyId: row.propertyId, residentId: row.residentId } };
    const unrecoveredPoints = (report: RenewalRiskReport) =>
      report.properties
        .flatMap((p) => p.atRisk)
        .find((h) => h.householdId === row.residentId)!
        .risk.reasons.find((r) => r.code === 'unrecovered')?.points;
    await holdingRefreshes(async () => {
      // The list reads the row: three unrecovered cases that no case row holds show up in its reasons…
      await db.householdRiskFacts.update({ where: key, data: { unrecovered: { increment: 3 } } });
      const read = await renewalRiskReport(db, query);
      expect(unrecoveredPoints(read)).toBe(50);
      expect(read).not.toEqual(reference);
      // …a list asked for an earlier day than the rows count from counts every household from the cases…
      expect(await renewalRiskReport(db, earlierQuery)).toEqual(earlierReference);
      // …and a household with a write not yet rebuilt is counted from the cases.
      await db.reportRollupPending.create({ data: { kind: 'risk', k1: row.propertyId, k2: row.residentId } });
      expect(await renewalRiskReport(db, query)).toEqual(reference);
    });
    // The refresh rebuilds the marked row from the cases: the list reads it again, exact.
    await db.reportRollupPending.create({ data: { kind: 'risk', k1: row.propertyId, k2: row.residentId } });
    await refreshReportRollups(db);
    expect(await db.householdRiskFacts.findUniqueOrThrow({ where: key })).toEqual(row);
    expect(await renewalRiskReport(db, query)).toEqual(reference);
  });

  it('renewal list: a row whose earliest closed case has left the 12 months is counted from the cases, then rebuilt', async () => {
    // A closed case opened 350 days ago, for a household whose lease ends within 90 days of today and of 20 days on.
    const household = households(P[0]!)[3]!;
    const aged = caseRow(sequence(11), new Date(Date.now() - 350 * DAY), P[0]!);
    await db.case.create({
      data: {
        ...aged,
        residentId: household,
        status: 'closed',
        stage: 'closed',
        outcome: 'unrecovered',
        closedAt: new Date(),
      },
    });
    await refreshReportRollups(db);
    const key = { propertyId_residentId: { propertyId: P[0]!, residentId: household } };
    const row = await db.householdRiskFacts.findUniqueOrThrow({ where: key });
    const later = new Date(Date.now() + 20 * DAY);
    expect(row.firstClosedAt!.getTime()).toBeLessThan(later.getTime() - 365 * DAY);
    const listedLater = await renewalRiskReportFromCases(db, {
      withinDays: 90,
      limit: 500,
      propertyIds: P,
      now: later,
    });
    expect(listedLater.properties.flatMap((p) => p.atRisk).some((h) => h.householdId === household)).toBe(true);
    await holdingRefreshes(async () => {
      // Twenty days on, the row still counts that case: the list counts the household from the cases instead.
      await db.householdRiskFacts.update({ where: key, data: { unrecovered: { increment: 3 } } });
      await expectRenewalEqual(later);
      // Today the row is exact, and read.
      expect(await renewalRiskReport(db, { withinDays: 90, limit: 500, propertyIds: P })).not.toEqual(
        await renewalRiskReportFromCases(db, { withinDays: 90, limit: 500, propertyIds: P }),
      );
    });
    // Once the case it counts has left today's 12 months too, the refresh rebuilds the row.
    await db.$executeRaw`UPDATE "HouseholdRiskFacts" SET "firstClosedAt" = now() - interval '400 days'
      WHERE "propertyId" = ${P[0]} AND "residentId" = ${household}`;
    await refreshReportRollups(db);
    expect(await db.householdRiskFacts.findUniqueOrThrow({ where: key })).toEqual(row);
    await expectRenewalEqual();
    await expectRenewalEqual(later);
  });

  it('refuse to refresh under a snapshot older than the refresh itself', async () => {
    await expect(
      db.$transaction((tx) => refreshReportRollups(tx as unknown as Db), { isolationLevel: 'RepeatableRead' }),
    ).rejects.toThrow(/runs under READ COMMITTED/);
  });

  it('stay equal as cases change: acknowledged, breached, resolved, closed, reopened, moved, deleted', async () => {
    const cases = await db.case.findMany({
      where: { propertyId: { in: P }, openedAt: { gte: new Date('2025-02-01'), lt: new Date('2025-10-01') } },
      orderBy: { id: 'asc' },
    });
    const [a, b, c, d, e, f, g, h] = cases;
    const before = await patternReport(db, { ...ranges[0]![1], propertyIds: P });
    // Through the workflows' own write path (one statement guarded by the projection sequence).
    const store = createCaseStoreActivities(db);
    const write = async (id: string, change: Partial<CaseProjection>) => {
      const row = await db.case.findUniqueOrThrow({ where: { id } });
      const sequence = row.projectionSeq + 1;
      await store.recordCaseEvent({
        caseId: id,
        key: `${id}:${sequence}`,
        type: 'report_rollup_change',
        occurredAt: new Date().toISOString(),
        payload: {},
        sequence,
        projection: { ...projectionOf(row), ...change },
      });
    };
    await holdingRefreshes(async () => {
      await write(a!.id, {
        status: 'closed',
        stage: 'closed',
        outcome: 'recovered',
        closedAt: new Date().toISOString(),
      });
      await write(b!.id, { status: 'open', stage: 'resolve', outcome: null, closedAt: null, reopenCount: 1 });
      await write(c!.id, { breached: true, breachCount: 1, breachedStages: ['gather_facts'] });
      await write(d!.id, { acknowledgedAt: new Date(d!.openedAt.getTime() + 90 * 60 * 1000 + 499).toISOString() });
      await write(e!.id, { resolvedAt: null, rootCauseFamily: 'employee', stage: 'gather_facts' });
      // Straight updates and deletes, as a repair or an operator would make them.
      await db.case.update({ where: { id: f!.id }, data: { propertyId: f!.propertyId === P[0] ? P[2] : P[0] } });
      await db.case.update({ where: { id: g!.id }, data: { openedAt: new Date('2025-12-31T23:59:59.999Z') } });
      await db.case.updateMany({ where: { propertyId: P[1], outcome: 'cancelled' }, data: { outcome: 'no_response' } });
      await db.caseEvent.deleteMany({ where: { caseId: h!.id } });
      await db.case.delete({ where: { id: h!.id } });
      // Before any refresh: the renewal list counts the changed households from the cases.
      expect(await pendingRisk()).toBeGreaterThan(0);
      await expectRenewalEqual();
    });
    const after = await patternReport(db, { ...ranges[0]![1], propertyIds: P });
    // The changes show (so the comparison below is not of two stale answers)…
    expect(after.totals.cases).toBe(before.totals.cases - 1);
    expect(after).not.toEqual(before);
    // …and equal today's queries everywhere.
    await expectPatternsEqual();
    await expectRenewalEqual();
  });

  it('are what the migration fills from the cases already recorded (backfill)', async () => {
    const dir = path.join(__dirname, '../../prisma/migrations');
    const migration = fs.readdirSync(dir).find((name) => name.endsWith('_report_rollups'))!;
    const sql = fs.readFileSync(path.join(dir, migration, 'migration.sql'), 'utf8');
    const backfill = sql.slice(sql.indexOf('-- Backfill'));
    expect(backfill).toContain('case_month_rollup_rebuild');
    // As before the migration: this portfolio's rollups gone, then the migration's own backfill statements.
    for (const table of ['CaseMonthRollup', 'CaseVolumeRollup', 'HouseholdCaseRollup'])
      await db.$executeRawUnsafe(`DELETE FROM "${table}" WHERE "propertyId" = ANY($1::text[])`, P);
    expect(await patternReport(db, { ...ranges[0]![1], propertyIds: P })).toMatchObject({ byProperty: [] });
    for (const statement of backfill.split(';').filter((part) => part.includes('SELECT')))
      await db.$executeRawUnsafe(statement);
    await expectPatternsEqual();
  });

  it('renewal list: the facts are what the migration fills from the cases already recorded (backfill)', async () => {
    const dir = path.join(__dirname, '../../prisma/migrations');
    const migration = fs.readdirSync(dir).find((name) => name.endsWith('_household_risk_facts'))!;
    const sql = fs.readFileSync(path.join(dir, migration, 'migration.sql'), 'utf8');
    const backfill = sql
      .slice(sql.indexOf('-- Backfill'))
      .split(';')
      .find((part) => part.includes('SELECT "household_risk_facts_rebuild"'))!;
    await refreshReportRollups(db);
    const kept = await riskFacts();
    expect(kept.length).toBeGreaterThan(10);
    await db.householdRiskFacts.deleteMany({ where: { propertyId: { in: P } } });
    await db.$executeRawUnsafe(backfill);
    expect(await riskFacts()).toEqual(kept);
    await expectRenewalEqual();
  });

  it('serve the routes’ answers in their schemas, equal to today’s', async () => {
    const headers = await stack.keyFor('regional_manager', P);
    const query = '?from=2025-02-14T13:07:00.250Z&to=2025-11-03T02:00:00.999Z';
    const response = await stack.app.inject({ method: 'GET', url: `/v1/reports/patterns${query}`, headers });
    expect(response.statusCode, response.body).toBe(200);
    const expected = await patternReport(db, { ...ranges[1]![1], propertyIds: P }, patternRowsFromCases);
    expect(PatternReport.parse(response.json())).toEqual(expected);
    const csv = await stack.app.inject({ method: 'GET', url: `/v1/reports/patterns${query}&format=csv`, headers });
    expect(csv.body).toContain(`totals,*,,,,cases,${expected.totals.cases}`);

    const risk = await stack.app.inject({ method: 'GET', url: '/v1/reports/renewal-risk?withinDays=90', headers });
    expect(risk.statusCode, risk.body).toBe(200);
    const served = RenewalRiskReport.parse(risk.json());
    const reference = await renewalRiskReportFromCases(db, {
      withinDays: 90,
      limit: 25,
      propertyIds: P,
      now: new Date(served.generatedAt),
    });
    expect(served).toEqual(reference);
    expect(served.properties.flatMap((p) => p.atRisk).length).toBeGreaterThan(5);
  });
});
