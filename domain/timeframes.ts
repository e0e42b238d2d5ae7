import { z } from 'zod';
import { isTimeZone, openingMs } from './clock';
import { DAY_MS } from './clock';

/**
 * Timeframes and business calendars as zod schemas (validation, types, OpenAPI). The arithmetic lives in
 * business-time.ts, which workflows import without zod.
 */

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as HH:MM (24-hour)');
const isoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date as YYYY-MM-DD');

/** The IANA zones this runtime knows (its ICU's list), plus UTC, which the list leaves out. */
export const timeZones = [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')])].filter(isTimeZone) as [
  string,
  ...string[],
];

export const TimeZone = z
  .enum(timeZones, { error: 'must be an IANA time zone such as America/New_York' })
  .meta({ example: 'America/New_York' })
  .describe('IANA time zone of the property');

export const BusinessCalendar = z
  .object({
    timeZone: TimeZone,
    businessDays: z
      .array(z.number().int().min(1).max(7))
      .min(1, 'needs at least one business day')
      .refine((days) => new Set(days).size === days.length, 'must not repeat a day')
      .meta({ uniqueItems: true })
      .default([1, 2, 3, 4, 5])
      .describe('ISO weekdays the office is open: 1 = Monday … 7 = Sunday'),
    opensAt: clockTime.default('09:00'),
    closesAt: clockTime.default('17:00'),
    holidays: z.array(isoDate).default([]).describe('Local dates the office is closed'),
  })
  .refine((c) => c.opensAt < c.closesAt, { message: 'opensAt must be before closesAt', path: ['closesAt'] });
export type BusinessCalendar = z.infer<typeof BusinessCalendar>;

export const timeframeUnits = ['seconds', 'minutes', 'hours', 'days', 'business_hours', 'business_days'] as const;
export const Timeframe = z
  .object({
    amount: z.number().positive('must be more than zero').max(100_000),
    unit: z.enum(timeframeUnits),
  })
  .strict()
  .describe('A span of time; business units count only the property’s opening hours');
export type Timeframe = z.infer<typeof Timeframe>;

// ---- rules for a calendar an operator writes ----------------------------------------------------------

/** A holiday is a real date (no 2501-11-31). */
export const HolidayDate = z.iso.date('must be a real date as YYYY-MM-DD');
/** Longest stretch of days a property may stay closed: every year window keeps some opening hours. */
export const MAX_CLOSED_DAYS = 365;
/** The shortest opening hours of a business day. */
const MIN_OPENING_MS = 60 * 60 * 1000;

export interface CalendarRuleProblem {
  field: 'closesAt' | 'holidays';
  message: string;
}

/**
 * What makes a whole calendar unusable for counting business time, beyond each field's own format:
 * opening before closing, and holidays that leave opening hours within any year. Checked on the calendar
 * as it will be stored (a PATCH of one field is judged together with the others).
 */
export function calendarRuleProblems(
  calendar: Pick<BusinessCalendar, 'businessDays' | 'opensAt' | 'closesAt' | 'holidays'>,
): CalendarRuleProblem[] {
  const problems: CalendarRuleProblem[] = [];
  // Each field's own format (a time of day, at least one business day) is its schema's to report.
  const clocks = clockTime.safeParse(calendar.opensAt).success && clockTime.safeParse(calendar.closesAt).success;
  const hours = `(opens ${calendar.opensAt}, closes ${calendar.closesAt})`;
  if (clocks && !(calendar.opensAt < calendar.closesAt)) {
    problems.push({ field: 'closesAt', message: `opensAt must be before closesAt ${hours}` });
  } else if (clocks && openingMs(calendar) < MIN_OPENING_MS) {
    // Business time is counted day by day: a few minutes a day would stretch a timeframe over decades.
    problems.push({ field: 'closesAt', message: `must be at least an hour after opensAt ${hours}` });
  }
  const lists = Array.isArray(calendar.businessDays) && Array.isArray(calendar.holidays);
  const closure = lists ? longestClosure(calendar.businessDays, calendar.holidays) : null;
  if (closure && closure.days > MAX_CLOSED_DAYS) {
    const closed = `closed ${closure.days} days from ${closure.from} to ${closure.to}`;
    problems.push({ field: 'holidays', message: `must leave opening hours in every year: ${closed}` });
  }
  return problems;
}

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOfDayNumber = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
/** ISO weekday (1 = Monday) of a day number (days since 1970-01-01, a Thursday). */
const weekdayOf = (n: number) => ((((n + 3) % 7) + 7) % 7) + 1;

/** The longest run of days with no opening that the holidays make (closed between two opening days). */
function longestClosure(businessDays: number[], holidays: string[]): { days: number; from: string; to: string } | null {
  const open = new Set(businessDays);
  if (open.size === 0) return null;
  const closed = new Set(holidays.map(dayNumber).filter((n) => Number.isFinite(n) && open.has(weekdayOf(n))));
  const isOpen = (n: number) => open.has(weekdayOf(n)) && !closed.has(n);
  let longest: { days: number; from: string; to: string } | null = null;
  for (const holiday of closed) {
    let before = holiday - 1;
    while (!isOpen(before) && !closed.has(before)) before--;
    if (closed.has(before)) continue; // not the first holiday of its run
    let after = holiday + 1;
    while (!isOpen(after)) after++;
    const days = after - before - 1;
    if (!longest || days > longest.days) {
      longest = { days, from: isoOfDayNumber(before + 1), to: isoOfDayNumber(after - 1) };
    }
  }
  return longest;
}
