import { describe, expect, it } from 'vitest';
import { addTimeframe, businessDurationBetween } from '../domain/business-time';
import { BusinessCalendar, type Timeframe } from '../domain/timeframes';
import { StagePolicy, defaultPolicy, shortPolicy } from '../domain/policies';
import { caseCategories } from '../domain/case';

const newYork = BusinessCalendar.parse({ timeZone: 'America/New_York' });
const at = (iso: string) => new Date(iso);
const add = (start: string, amount: number, unit: Timeframe['unit'], calendar = newYork) =>
  addTimeframe(at(start), { amount, unit }, calendar).toISOString();
const HOUR = 3_600_000;

describe('business hours in the property’s time zone', () => {
  it('counts within one day, and carries the rest to the next opening', () => {
    // Tuesday 2026-11-17 10:00 EST = 15:00Z.
    expect(add('2026-11-17T15:00:00Z', 3, 'business_hours')).toBe('2026-11-17T18:00:00.000Z');
    expect(add('2026-11-17T15:00:00Z', 8, 'business_hours')).toBe('2026-11-18T15:00:00.000Z');
  });

  it('skips the weekend: Friday 16:00 + 4 business hours is Monday 12:00', () => {
    expect(add('2026-11-20T21:00:00Z', 4, 'business_hours')).toBe('2026-11-23T17:00:00.000Z');
  });

  it('starts at the next opening when the case arrives after hours', () => {
    // Saturday 03:00 local → Monday 09:00 + 1 h.
    expect(add('2026-11-21T08:00:00Z', 1, 'business_hours')).toBe('2026-11-23T15:00:00.000Z');
    // Tuesday 20:00 local → Wednesday 09:00 + 2 h.
    expect(add('2026-11-18T01:00:00Z', 2, 'business_hours')).toBe('2026-11-18T16:00:00.000Z');
  });

  it('ends exactly at closing time when the hours run out there', () => {
    expect(add('2026-11-17T14:00:00Z', 8, 'business_hours')).toBe('2026-11-17T22:00:00.000Z');
  });

  it('a business day is one opening-hours day: Friday 16:00 + 1 business day is Monday 16:00', () => {
    expect(add('2026-11-20T21:00:00Z', 1, 'business_days')).toBe('2026-11-23T21:00:00.000Z');
  });

  it('skips holidays', () => {
    const withThanksgiving = BusinessCalendar.parse({
      timeZone: 'America/New_York',
      holidays: ['2026-11-26', '2026-11-27'],
    });
    // Wednesday 16:00 + 2 h → 1 h Wednesday, Thursday and Friday closed, Monday 10:00.
    expect(add('2026-11-25T21:00:00Z', 2, 'business_hours', withThanksgiving)).toBe('2026-11-30T15:00:00.000Z');
  });

  it('keeps local opening hours across the daylight-saving change', () => {
    // Friday 2026-10-30 16:00 EDT (20:00Z); clocks fall back on Sunday Nov 1; Monday opens 09:00 EST = 14:00Z.
    expect(add('2026-10-30T20:00:00Z', 2, 'business_hours')).toBe('2026-11-02T15:00:00.000Z');
    // Spring forward: Friday 2026-03-06 16:00 EST (21:00Z) → Monday 09:00 EDT = 13:00Z, + 1 h.
    expect(add('2026-03-06T21:00:00Z', 2, 'business_hours')).toBe('2026-03-09T14:00:00.000Z');
  });

  it('works in zones east of UTC and with other business days (Dubai, Monday to Friday, 08:00–16:00)', () => {
    const dubai = BusinessCalendar.parse({ timeZone: 'Asia/Dubai', opensAt: '08:00', closesAt: '16:00' });
    // Friday 15:00 local (11:00Z) + 2 h → 1 h Friday, Monday 09:00 local = 05:00Z.
    expect(add('2026-11-20T11:00:00Z', 2, 'business_hours', dubai)).toBe('2026-11-23T05:00:00.000Z');
    const sixDays = BusinessCalendar.parse({ timeZone: 'Asia/Dubai', businessDays: [1, 2, 3, 4, 5, 6] });
    // Friday 16:00 local + 2 h → 1 h Friday, Saturday 10:00 local = 06:00Z.
    expect(add('2026-11-20T12:00:00Z', 2, 'business_hours', sixDays)).toBe('2026-11-21T06:00:00.000Z');
  });
});

describe('plain units', () => {
  it('hours are elapsed time, whatever the calendar', () => {
    expect(add('2026-11-21T08:00:00Z', 1, 'hours')).toBe('2026-11-21T09:00:00.000Z');
    expect(add('2026-11-21T08:00:00Z', 90, 'minutes')).toBe('2026-11-21T09:30:00.000Z');
    expect(add('2026-11-21T08:00:00Z', 30, 'seconds')).toBe('2026-11-21T08:00:30.000Z');
  });

  it('days keep the local time of day across daylight saving (a 25-hour day)', () => {
    // Saturday Oct 31 12:00 EDT (16:00Z) + 1 day = Sunday Nov 1 12:00 EST (17:00Z).
    expect(add('2026-10-31T16:00:00Z', 1, 'days')).toBe('2026-11-01T17:00:00.000Z');
  });
});

describe('business duration between two instants', () => {
  it('counts only opening hours', () => {
    // Friday 16:00 → Monday 10:00 local = 1 h + 1 h.
    expect(businessDurationBetween(at('2026-11-20T21:00:00Z'), at('2026-11-23T15:00:00Z'), newYork)).toBe(2 * HOUR);
    expect(businessDurationBetween(at('2026-11-21T08:00:00Z'), at('2026-11-22T08:00:00Z'), newYork)).toBe(0);
    expect(businessDurationBetween(at('2026-11-23T15:00:00Z'), at('2026-11-20T21:00:00Z'), newYork)).toBe(0);
  });

  it('is the inverse of adding business hours', () => {
    for (const hours of [1, 5, 8, 13, 40]) {
      const start = at('2026-11-20T19:17:00Z');
      const end = addTimeframe(start, { amount: hours, unit: 'business_hours' }, newYork);
      expect(businessDurationBetween(start, end, newYork)).toBe(hours * HOUR);
    }
  });
});

describe('calendar and policy validation', () => {
  it('names what is wrong in a calendar', () => {
    const result = BusinessCalendar.safeParse({
      timeZone: 'Mars/Olympus',
      businessDays: [1, 1, 9],
      opensAt: '18:00',
      closesAt: '9am',
      holidays: ['26-11-2026'],
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['timeZone', 'businessDays', 'businessDays.2', 'closesAt', 'holidays.0']),
    );
    expect(
      BusinessCalendar.safeParse({ timeZone: 'UTC', opensAt: '17:00', closesAt: '09:00' }).error!.issues[0]!.message,
    ).toMatch(/opensAt must be before closesAt/);
  });

  it('every seeded policy is valid, and more urgent severities are never slower to acknowledge', () => {
    const start = at('2026-11-20T21:00:00Z');
    for (const category of caseCategories) {
      const due = (['critical', 'high', 'medium', 'low'] as const).map((severity) => {
        const policy = defaultPolicy(category, severity);
        expect(StagePolicy.parse(policy)).toEqual(policy);
        return addTimeframe(start, policy.acknowledge, newYork).getTime();
      });
      expect(due).toEqual([...due].sort((a, b) => a - b));
    }
    expect(defaultPolicy('maintenance_delay', 'critical').acknowledge).toEqual({ amount: 1, unit: 'hours' });
    expect(defaultPolicy('package', 'low').acknowledge).toEqual({ amount: 1, unit: 'business_days' });
    expect(StagePolicy.parse(shortPolicy())).toEqual(shortPolicy());
  });

  it('rejects a policy with a bad timeframe, naming the field', () => {
    const bad = { ...defaultPolicy('amenity', 'high'), resolve: { amount: 0, unit: 'fortnights' } };
    const paths = StagePolicy.safeParse(bad).error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['resolve.amount', 'resolve.unit']));
  });
});
