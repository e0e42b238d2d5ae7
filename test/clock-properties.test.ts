import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessMillisecondsChecked,
  addTimeframeChecked,
  businessDurationChecked,
  calendarProblem,
} from '../domain/business-time';
import { calendarRuleProblems, timeframeUnits, type BusinessCalendar, type Timeframe } from '../domain/timeframes';

/**
 * The clock arithmetic workflows run on configuration an operator wrote, over random calendars (good, odd
 * and broken): it never throws, never ends before it starts, and falls back to calendar time only for a
 * calendar the API would refuse.
 */
const DAY = 24 * 60 * 60 * 1000;
const zones = [
  'UTC',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'America/Sao_Paulo',
];
const pad = (n: number) => String(n).padStart(2, '0');
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${pad(h)}:${pad(m)}`);
const start = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2100-01-01T00:00:00Z'),
  noInvalidDate: true,
});
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Holidays near 2000–2100: a few scattered ones, or every day of a long stretch (a calendar with no opening). */
const holidays = fc.oneof(
  fc.array(
    start.map((d) => isoDay(d.getTime())),
    { maxLength: 20 },
  ),
  fc
    .tuple(start, fc.integer({ min: 300, max: 1500 }))
    .map(([from, days]) => Array.from({ length: days }, (_, i) => isoDay(from.getTime() + i * DAY))),
  fc.array(fc.string({ maxLength: 12 }), { maxLength: 5 }),
);
const goodCalendar = fc.record({
  timeZone: fc.constantFrom(...zones),
  businessDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
  opensAt: clock,
  closesAt: clock,
  holidays: fc.array(
    start.map((d) => isoDay(d.getTime())),
    { maxLength: 20 },
  ),
});
const anyCalendar: fc.Arbitrary<BusinessCalendar> = fc.record({
  timeZone: fc.oneof(fc.constantFrom(...zones), fc.constantFrom('Mars/Olympus', '', 'utc+25')),
  businessDays: fc.oneof(
    fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 7 }),
    fc.array(fc.integer({ min: -2, max: 9 }), { maxLength: 9 }),
  ),
  opensAt: fc.oneof(clock, fc.string({ maxLength: 6 })),
  closesAt: fc.oneof(clock, fc.string({ maxLength: 6 })),
  holidays,
});
const anyTimeframe = fc.record({
  amount: fc.oneof(fc.double({ min: 0, max: 500, noNaN: true }), fc.integer({ min: 0, max: 100_000 }), fc.double()),
  unit: fc.oneof(fc.constantFrom(...timeframeUnits), fc.constant('fortnights')),
}) as fc.Arbitrary<Timeframe>;
const runs = { numRuns: 200 };

describe('clock arithmetic over random calendars', () => {
  it('addTimeframe never throws and never ends before its start, for any calendar and timeframe', () => {
    fc.assert(
      fc.property(start, anyTimeframe, anyCalendar, (from, timeframe, calendar) => {
        const { at } = addTimeframeChecked(from, timeframe, calendar);
        expect(Number.isFinite(at.getTime())).toBe(true);
        expect(at.getTime()).toBeGreaterThanOrEqual(from.getTime());
      }),
      runs,
    );
  });

  it('adding business time never throws and never goes back, for any calendar and span', () => {
    fc.assert(
      fc.property(
        start,
        fc.oneof(fc.integer({ min: -DAY, max: 400 * DAY }), fc.double()),
        anyCalendar,
        (from, ms, calendar) => {
          const { at } = addBusinessMillisecondsChecked(from, ms, calendar);
          expect(Number.isFinite(at.getTime())).toBe(true);
          expect(at.getTime()).toBeGreaterThanOrEqual(from.getTime());
        },
      ),
      runs,
    );
  });

  it('business time between two instants never throws and lies between zero and the elapsed time', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: -DAY, max: 60 * DAY }), anyCalendar, (from, span, calendar) => {
        const { ms } = businessDurationChecked(from, new Date(from.getTime() + span), calendar);
        expect(ms).toBeGreaterThanOrEqual(0);
        expect(ms).toBeLessThanOrEqual(Math.max(0, span));
      }),
      runs,
    );
  });

  it('a calendar the API accepts never needs the fallback for a timeframe a policy can hold', () => {
    const accepted = goodCalendar.filter((c) => calendarRuleProblems(c).length === 0);
    const boundedTimeframe = fc.record({
      amount: fc.double({ min: 0.25, max: 250, noNaN: true }),
      unit: fc.constantFrom('business_days', 'days', 'hours') as fc.Arbitrary<Timeframe['unit']>,
    });
    const businessHours = fc.record({
      amount: fc.double({ min: 0.25, max: 500, noNaN: true }),
      unit: fc.constant('business_hours' as const),
    });
    fc.assert(
      fc.property(start, fc.oneof(boundedTimeframe, businessHours), accepted, (from, timeframe, calendar) => {
        expect(calendarProblem(calendar)).toBeNull();
        expect(addTimeframeChecked(from, timeframe, calendar).problem).toBeNull();
      }),
      runs,
    );
  });

  it('a calendar with no opening falls back to calendar time and says why', () => {
    const closedForYears = {
      timeZone: 'Europe/London',
      businessDays: [1],
      opensAt: '09:00',
      closesAt: '17:00',
      holidays: [] as string[],
    };
    for (let d = 0; d < 4 * 366; d++)
      closedForYears.holidays.push(isoDay(Date.parse('2026-11-23T00:00:00Z') + d * DAY));
    const from = new Date('2026-11-24T10:00:00Z');
    const result = addTimeframeChecked(from, { amount: 4, unit: 'business_hours' }, closedForYears);
    expect(result.at.toISOString()).toBe('2026-11-24T14:00:00.000Z');
    expect(result.problem).toMatch(/no opening hours within 1098 days/);
    const reversed = addTimeframeChecked(
      from,
      { amount: 1, unit: 'business_days' },
      { ...closedForYears, holidays: [], opensAt: '18:00' },
    );
    expect(reversed.at.toISOString()).toBe('2026-11-25T10:00:00.000Z');
    expect(reversed.problem).toMatch(/opens at 18:00, not before it closes at 17:00/);
  });
});
