import { z } from 'zod';
import { isTimeZone } from './business-time';

export * from './business-time';

/**
 * Timeframes and business calendars as zod schemas (validation, types, OpenAPI). The arithmetic lives in
 * business-time.ts, which workflows import without zod.
 */

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as HH:MM (24-hour)');
const isoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date as YYYY-MM-DD');

/** The IANA zones this runtime knows (its ICU's list), plus UTC, which the list leaves out. */
export const timeZones = [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')])].filter(isTimeZone) as [string, ...string[]];

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

