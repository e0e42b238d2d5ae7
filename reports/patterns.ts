import { z } from 'zod';
import { Prisma } from '../prisma/generated/client';
import type { Db } from '../lib/db';
import { byText } from './order';
import { refreshReportRollups } from './rollups';

/**
 * The portfolio's patterns (seed 000, "Review patterns monthly"), by SQL over the read model: volume by
 * property × category × root-cause family, time to acknowledge and to resolve, breach rate per stage,
 * recovery rate, repeat households, month over month. Read-only; the API and the monthly review share it.
 */
const Percentiles = z.object({
  median: z.number().nullable(),
  p90: z.number().nullable(),
});
export const Figures = z.object({
  cases: z.number().int(),
  open: z.number().int(),
  timeToAcknowledgeHours: Percentiles.describe('From opening to the first acknowledgement'),
  timeToResolveHours: Percentiles.describe('From opening to resolution'),
  breachRate: z
    .object({
      any: z.number().nullable(),
      acknowledge: z.number().nullable(),
      gather_facts: z.number().nullable(),
      resolve: z.number().nullable(),
    })
    .describe('Share of the cases that missed a timeframe (at all, and in each stage)'),
  recovered: z.int(),
  followedUp: z.int().describe('Closed recovered, unrecovered or without answer (cancelled cases left out)'),
  recoveryRate: z.number().nullable().describe('recovered / followedUp: the resident was satisfied at follow-up'),
});
export type Figures = z.infer<typeof Figures>;

export const PatternReport = z.object({
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  propertyIds: z.array(z.string()).nullable().describe('The properties covered; null for the whole portfolio'),
  totals: Figures,
  byProperty: z.array(Figures.extend({ propertyId: z.string() })),
  volume: z.array(
    z.object({ propertyId: z.string(), category: z.string(), rootCauseFamily: z.string(), cases: z.int() }),
  ),
  repeatHouseholds: z.object({
    count: z.int().describe('Households with two or more cases in the range'),
    top: z.array(z.object({ householdId: z.string(), propertyId: z.string(), cases: z.int() })),
  }),
  months: z
    .array(
      Figures.omit({ timeToAcknowledgeHours: true, timeToResolveHours: true }).extend({
        month: z.string().describe('YYYY-MM (UTC)'),
        casesChange: z.number().nullable().describe('Against the month before'),
      }),
    )
    .describe(
      'Volume and rates month by month (times are in totals and byProperty: sorting every month again would double the cost on a large portfolio)',
    ),
});
export type PatternReport = z.infer<typeof PatternReport>;

export interface PatternQuery {
  from: Date;
  to: Date;
  /** Null: the whole portfolio. */
  propertyIds: string[] | null;
  /** How many repeat households to list. */
  topHouseholds?: number;
}

export type CountRow = {
  cases: number;
  open: number;
  breached: number;
  breached_ack: number;
  breached_facts: number;
  breached_resolve: number;
  recovered: number;
  followed_up: number;
};
const COUNTS = [
  'cases',
  'open',
  'breached',
  'breached_ack',
  'breached_facts',
  'breached_resolve',
  'recovered',
  'followed_up',
] as const;
/** Whole seconds from opening to acknowledgement and to resolution, one entry per case that has the time. */
export type Durations = { ack: number[] | null; res: number[] | null };

const hours = (seconds: number | null) => (seconds === null ? null : Math.round((seconds / 3600) * 100) / 100);
const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

/** Continuous percentile of sorted values, interpolated between the nearest ranks (PostgreSQL's percentile_cont). */
function percentile(sorted: Float64Array, p: number): number | null {
  if (sorted.length === 0) return null;
  const at = p * (sorted.length - 1);
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

/** Median and p90 in hours over the durations of one or more properties. */
function times(arrays: (number[] | null)[]) {
  const values = new Float64Array(arrays.reduce((n, a) => n + (a?.length ?? 0), 0));
  let at = 0;
  for (const a of arrays) {
    if (!a) continue;
    values.set(a, at);
    at += a.length;
  }
  values.sort();
  return { median: hours(percentile(values, 0.5)), p90: hours(percentile(values, 0.9)) };
}

function rates(row: CountRow): Omit<Figures, 'timeToAcknowledgeHours' | 'timeToResolveHours'> {
  return {
    cases: row.cases,
    open: row.open,
    breachRate: {
      any: rate(row.breached, row.cases),
      acknowledge: rate(row.breached_ack, row.cases),
      gather_facts: rate(row.breached_facts, row.cases),
      resolve: rate(row.breached_resolve, row.cases),
    },
    recovered: row.recovered,
    followedUp: row.followed_up,
    recoveryRate: rate(row.recovered, row.followed_up),
  };
}

const figures = (row: CountRow & Durations): Figures => ({
  ...rates(row),
  timeToAcknowledgeHours: times([row.ack]),
  timeToResolveHours: times([row.res]),
});

/**
 * Property, category, root cause: hashing in SQL and sorting the few thousand groups here is cheaper than a SQL sort
 * of every case.
 */
const byKeys = (a: PatternReport['volume'][number], b: PatternReport['volume'][number]) =>
  byText(a.propertyId, b.propertyId) || byText(a.category, b.category) || byText(a.rootCauseFamily, b.rootCauseFamily);

/** What the report is assembled from: counts and durations per property, counts per month, volume, repeats. */
export interface PatternRows {
  byProperty: (CountRow & Durations & { propertyId: string })[];
  /** Months (YYYY-MM, UTC) with at least one case in the range. */
  months: (CountRow & { month: string })[];
  volume: PatternReport['volume'];
  /** The top households, each row with `total`, the number of repeat households. */
  repeat: { householdId: string; propertyId: string; cases: number; total: number }[];
}
export type PatternRowSource = (db: Db, query: PatternQuery) => Promise<PatternRows>;

const COUNT_COLUMNS = [
  ['open', 'open', 1],
  ['breached', 'breached', 2],
  ['breached_ack', 'breachedAcknowledge', 4],
  ['breached_facts', 'breachedGatherFacts', 8],
  ['breached_resolve', 'breachedResolve', 16],
  ['recovered', 'recovered', 32],
  ['followed_up', 'followedUp', 64],
] as const;

/**
 * The rows from the rollups the trigger on "Case" keeps (migration `report_rollups`) instead of every case: per
 * property and month, per property × category × root cause, per household with two cases or more. A month the
 * range covers whole counts as it is; a row the range cuts (the first and the last month, a household, a volume
 * key) holds its cases' opening instants sorted, so its part in the range is found by binary search
 * (`width_bucket`: how many instants are ≤ the operand; less a microsecond, how many are before it, as instants
 * are stored to the millisecond).
 */
export const patternRowsFromRollups: PatternRowSource = async (db, query) => {
  const scope = query.propertyIds ? Prisma.sql`AND "propertyId" = ANY(${query.propertyIds}::text[])` : Prisma.empty;
  const before = (at: Date) => Prisma.sql`(${at}::timestamptz - interval '1 microsecond')`;
  const inRange = Prisma.sql`(width_bucket(${before(query.to)}, "openedAt") - width_bucket(${before(query.from)}, "openedAt"))::int`;
  const first = query.from.toISOString().slice(0, 8) + '01';
  const last = new Date(query.to.getTime() - 1).toISOString().slice(0, 8) + '01';
  const names = COUNT_COLUMNS.map(([name]) => name);
  const sums = Prisma.raw(['cases', ...names].map((n) => `sum(${n})::int AS ${n}`).join(', '));
  // The keys written since the last refresh rebuilt first, so the answer counts every case recorded until now.
  await refreshReportRollups(db);
  const [rows, volume, repeat] = await Promise.all([
    db.$queryRaw<
      (CountRow & { propertyId: string | null; month: string | null; ack: string | null; res: string | null })[]
    >`
      WITH c AS MATERIALIZED (
        SELECT "propertyId", month, cases, ${Prisma.raw(COUNT_COLUMNS.map(([name, column]) => `"${column}" AS ${name}`).join(', '))},
          "acknowledgeList" AS ack, "resolveList" AS res
        FROM "CaseMonthRollup" WHERE month > ${first}::date AND month < ${last}::date ${scope}
        UNION ALL
        SELECT "propertyId", month, hi - lo, ${Prisma.raw(names.map((n) => `s.${n}`).join(', '))},
          array_to_string("acknowledgeSeconds"[lo + 1 : hi], ','), array_to_string("resolveSeconds"[lo + 1 : hi], ',')
        FROM (
          SELECT *, width_bucket(${before(query.from)}, "openedAt") AS lo, width_bucket(${before(query.to)}, "openedAt") AS hi
          FROM "CaseMonthRollup" WHERE month IN (${first}::date, ${last}::date) ${scope}
        ) r, LATERAL (
          SELECT ${Prisma.raw(COUNT_COLUMNS.map(([name, , bit]) => `count(*) FILTER (WHERE f & ${bit} <> 0)::int AS ${name}`).join(', '))}
          FROM unnest(flags[lo + 1 : hi]) f
        ) s
        WHERE hi > lo
      )
      SELECT "propertyId", NULL AS month, ${sums},
        string_agg(NULLIF(ack, ''), ',') AS ack, string_agg(NULLIF(res, ''), ',') AS res
      FROM c GROUP BY 1
      UNION ALL
      SELECT NULL, to_char(month, 'YYYY-MM'), ${sums}, NULL, NULL FROM c GROUP BY month`,
    // Thousands of rows as one JSON text: parsed natively, where the client's per-row decoding cost more.
    db.$queryRaw<[{ volume: string }]>`
      SELECT coalesce(json_agg(v)::text, '[]') AS volume FROM (
        SELECT "propertyId", category, "rootCauseFamily", ${inRange} AS cases FROM "CaseVolumeRollup" WHERE true ${scope}
      ) v
      WHERE cases > 0`.then(([{ volume }]) => JSON.parse(volume) as PatternReport['volume']),
    db.$queryRaw<PatternRows['repeat']>`
      SELECT "householdId", "propertyId", cases,
        (SELECT count(*)::int FROM "HouseholdCaseRollup" WHERE ${inRange} >= 2 ${scope}) AS total
      FROM (SELECT "residentId" AS "householdId", "propertyId", ${inRange} AS cases FROM "HouseholdCaseRollup" WHERE true ${scope}) h
      WHERE cases >= 2 ORDER BY cases DESC, 1, 2 LIMIT ${query.topHouseholds ?? 20}`,
  ]);
  const seconds = (list: string | null) => (list === null ? null : (JSON.parse(`[${list}]`) as number[]));
  return {
    byProperty: rows
      .filter((r) => r.propertyId !== null)
      .map(({ month: _, ack, res, ...r }) => ({
        ...r,
        propertyId: r.propertyId!,
        ack: seconds(ack),
        res: seconds(res),
      })),
    months: rows
      .filter((r) => r.month !== null)
      .map(({ propertyId: _, ack: __, res: ___, ...r }) => ({ ...r, month: r.month! })),
    volume,
    repeat,
  };
};

export async function patternReport(
  db: Db,
  query: PatternQuery,
  source: PatternRowSource = patternRowsFromRollups,
): Promise<PatternReport> {
  const { byProperty, months, volume, repeat } = await source(db, query);
  byProperty.sort((a, b) => byText(a.propertyId, b.propertyId));
  months.sort((a, b) => byText(a.month, b.month));
  volume.sort(byKeys);
  const totals = Object.fromEntries(COUNTS.map((k) => [k, byProperty.reduce((n, r) => n + r[k], 0)])) as CountRow;
  return {
    from: query.from.toISOString(),
    to: query.to.toISOString(),
    propertyIds: query.propertyIds,
    totals: {
      ...rates(totals),
      timeToAcknowledgeHours: times(byProperty.map((r) => r.ack)),
      timeToResolveHours: times(byProperty.map((r) => r.res)),
    },
    byProperty: byProperty.map((r) => ({ propertyId: r.propertyId, ...figures(r) })),
    volume,
    repeatHouseholds: {
      count: repeat[0]?.total ?? 0,
      top: repeat.map(({ householdId, propertyId, cases }) => ({ householdId, propertyId, cases })),
    },
    months: months.map((r, i) => ({
      month: r.month,
      ...rates(r),
      casesChange: i === 0 ? null : rate(r.cases - months[i - 1]!.cases, months[i - 1]!.cases),
    })),
  };
}

/** The same figures as rows of a spreadsheet: section, property, month, category, root cause, metric, value. */
export function patternReportCsv(report: PatternReport): string {
  const header = ['section', 'propertyId', 'month', 'category', 'rootCauseFamily', 'metric', 'value'];
  const rows: (string | number | null)[][] = [];
  const figureRows = (
    section: string,
    propertyId: string,
    month: string,
    f: Omit<Figures, 'timeToAcknowledgeHours' | 'timeToResolveHours'> & Partial<Figures>,
  ) => {
    const metrics: [string, number | null | undefined][] = [
      ['cases', f.cases],
      ['open', f.open],
      ['time_to_acknowledge_hours_median', f.timeToAcknowledgeHours?.median],
      ['time_to_acknowledge_hours_p90', f.timeToAcknowledgeHours?.p90],
      ['time_to_resolve_hours_median', f.timeToResolveHours?.median],
      ['time_to_resolve_hours_p90', f.timeToResolveHours?.p90],
      ['breach_rate', f.breachRate.any],
      ['breach_rate_acknowledge', f.breachRate.acknowledge],
      ['breach_rate_gather_facts', f.breachRate.gather_facts],
      ['breach_rate_resolve', f.breachRate.resolve],
      ['recovered', f.recovered],
      ['followed_up', f.followedUp],
      ['recovery_rate', f.recoveryRate],
    ];
    for (const [metric, value] of metrics)
      if (value !== undefined) rows.push([section, propertyId, month, '', '', metric, value]);
  };
  figureRows('totals', '*', '', report.totals);
  for (const p of report.byProperty) figureRows('property', p.propertyId, '', p);
  for (const m of report.months) {
    figureRows('month', '*', m.month, m);
    rows.push(['month', '*', m.month, '', '', 'cases_change', m.casesChange]);
  }
  for (const v of report.volume)
    rows.push(['volume', v.propertyId, '', v.category, v.rootCauseFamily, 'cases', v.cases]);
  rows.push(['repeat_households', '*', '', '', '', 'households', report.repeatHouseholds.count]);
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  // Quote what needs it; a leading =, +, - or @ is neutralised so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
