import { z } from 'zod';
import { Prisma } from '../prisma/generated/client';
import type { Db } from '../lib/db';
import { byText } from './order';

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

type CountRow = {
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
type Durations = { ack: number[] | null; res: number[] | null };

// `breached AND …`: only the ~15 % of cases with a breach have their stages looked at.
const countColumns = Prisma.sql`
  count(*)::int AS cases,
  count(*) FILTER (WHERE status = 'open')::int AS open,
  count(*) FILTER (WHERE breached)::int AS breached,
  count(*) FILTER (WHERE breached AND 'acknowledge' = ANY("breachedStages"))::int AS breached_ack,
  count(*) FILTER (WHERE breached AND 'gather_facts' = ANY("breachedStages"))::int AS breached_facts,
  count(*) FILTER (WHERE breached AND 'resolve' = ANY("breachedStages"))::int AS breached_resolve,
  count(*) FILTER (WHERE outcome = 'recovered')::int AS recovered,
  count(*) FILTER (WHERE outcome IN ('recovered', 'unrecovered', 'no_response'))::int AS followed_up`;

/**
 * The durations come back unsorted, one array per property, and are sorted here: one pass over the cases
 * instead of PostgreSQL sorting every case once per property, once for the totals and once per kind of
 * time (about three times faster on 100,000 cases). As JSON, because parsing it is native and a third
 * cheaper than the driver's array parser.
 */
const durationColumns = Prisma.sql`
  to_json(array_agg(date_part('epoch', "acknowledgedAt" - "openedAt")::int) FILTER (WHERE "acknowledgedAt" IS NOT NULL)) AS ack,
  to_json(array_agg(date_part('epoch', "resolvedAt" - "openedAt")::int) FILTER (WHERE "resolvedAt" IS NOT NULL)) AS res`;

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

/** The first instant of each UTC month from the one holding `from` to the one after `to`. */
function monthStarts(from: Date, to: Date): Date[] {
  const starts: Date[] = [];
  // Date.UTC rolls month 12 over into the next year.
  for (let month = from.getUTCMonth(); ; month++) {
    const start = Date.UTC(from.getUTCFullYear(), month, 1);
    starts.push(new Date(start));
    if (start > to.getTime()) return starts;
  }
}

export async function patternReport(db: Db, query: PatternQuery): Promise<PatternReport> {
  const scope = query.propertyIds ? Prisma.sql`AND "propertyId" = ANY(${query.propertyIds}::text[])` : Prisma.empty;
  const where = Prisma.sql`WHERE "openedAt" >= ${query.from} AND "openedAt" < ${query.to} ${scope}`;
  // Months by binary search over their first instants (width_bucket), cheaper per case than formatting dates.
  const starts = monthStarts(query.from, query.to);
  const [byProperty, volume, repeat, months] = await Promise.all([
    db.$queryRaw<(CountRow & Durations & { propertyId: string })[]>`
      SELECT "propertyId", ${countColumns}, ${durationColumns} FROM "Case" ${where} GROUP BY 1`,
    db.$queryRaw<PatternReport['volume']>`
      SELECT "propertyId", category, coalesce("rootCauseFamily", 'unrecorded') AS "rootCauseFamily", count(*)::int AS cases
      FROM "Case" ${where} GROUP BY 1, 2, 3`.then((rows) => rows.sort(byKeys)),
    db.$queryRaw<{ householdId: string; propertyId: string; cases: number; total: number }[]>`
      SELECT "residentId" AS "householdId", "propertyId", count(*)::int AS cases, (count(*) OVER ())::int AS total
      FROM "Case" ${where} GROUP BY 1, 2 HAVING count(*) >= 2 ORDER BY cases DESC, 1 LIMIT ${query.topHouseholds ?? 20}`,
    db.$queryRaw<(CountRow & { bucket: number })[]>`
      SELECT width_bucket("openedAt", ${starts}::timestamptz[]) AS bucket, ${countColumns}
      FROM "Case" ${where} GROUP BY 1`,
  ]);
  byProperty.sort((a, b) => byText(a.propertyId, b.propertyId));
  months.sort((a, b) => a.bucket - b.bucket);
  const totals = Object.fromEntries(COUNTS.map((k) => [k, byProperty.reduce((n, r) => n + r[k], 0)])) as CountRow;
  const label = (bucket: number) => starts[bucket - 1]!.toISOString().slice(0, 7);
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
      month: label(r.bucket),
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
