import { describe, expect, it } from 'vitest';
import {
  dueAt,
  levelAbove,
  nextReminderNotBefore,
  recomputedDeadline,
  reloadedDeadline,
  residentUpdateDueAt,
  resumedDeadline,
  spacedReminder,
  timeAfter,
  type ResidentUpdateWatch,
} from '../domain/case-clock';
import type { Deadline } from '../domain/case';
import type { StagePolicy } from '../domain/policies';
import type { BusinessCalendar, Timeframe } from '../domain/timeframes';

// Monday to Friday, 09:00-17:00 in New York (EST in November: local = UTC - 5 h).
const newYork: BusinessCalendar = {
  timeZone: 'America/New_York',
  businessDays: [1, 2, 3, 4, 5],
  opensAt: '09:00',
  closesAt: '17:00',
  holidays: [],
};
const HOUR = 3_600_000;
const hours = (amount: number): Timeframe => ({ amount, unit: 'hours' });
const businessHours = (amount: number): Timeframe => ({ amount, unit: 'business_hours' });
// Tuesday 2026-11-17 10:00 local.
const TUESDAY_10 = '2026-11-17T15:00:00.000Z';

function deadline(dueAtIso: string | null, pausedMs = 0): Deadline {
  return { stage: 'acknowledge', level: 0, startedAt: TUESDAY_10, pausedMs, dueAt: dueAtIso };
}

describe('the due time of a stage', () => {
  it('adds calendar hours and the time paused', () => {
    expect(dueAt(hours(4), newYork, TUESDAY_10, HOUR / 2)).toEqual({
      dueAt: '2026-11-17T19:30:00.000Z',
      problems: [],
    });
  });

  it('counts a business timeframe and its pause in opening hours, past the close into the next day', () => {
    // 10:00 + 3 business hours = 13:00; 5 more: 4 until 17:00, then 1 from Wednesday 09:00 = 10:00 local.
    expect(dueAt(businessHours(3), newYork, TUESDAY_10, 5 * HOUR)).toEqual({
      dueAt: '2026-11-18T15:00:00.000Z',
      problems: [],
    });
  });

  it('falls back to calendar time and names the problem when the calendar cannot be followed', () => {
    const broken = { ...newYork, timeZone: 'Mars/Olympus_Mons' };
    expect(dueAt(businessHours(3), broken, TUESDAY_10, 0)).toEqual({
      dueAt: '2026-11-17T18:00:00.000Z',
      problems: ['the time zone Mars/Olympus_Mons is unknown'],
    });
  });
});

describe('pauses, severity changes and reloads', () => {
  it('moves a business deadline by the opening hours spent waiting on the resident', () => {
    // Waiting from Tuesday 16:00 to Wednesday 10:00 local: 1 h before the close, 1 h after the opening.
    const resumed = resumedDeadline(
      deadline('2026-11-17T18:00:00.000Z'),
      businessHours(3),
      newYork,
      '2026-11-17T21:00:00.000Z',
      Date.parse('2026-11-18T15:00:00.000Z'),
    );
    expect(resumed).toEqual({
      deadline: { ...deadline(null), pausedMs: 2 * HOUR, dueAt: '2026-11-17T20:00:00.000Z' },
      problems: [],
    });
  });

  it('moves a calendar deadline by the elapsed time, added to earlier pauses', () => {
    const resumed = resumedDeadline(
      deadline('2026-11-17T19:00:00.000Z', 1_000),
      hours(4),
      newYork,
      '2026-11-17T16:00:00.000Z',
      Date.parse('2026-11-17T18:30:00.000Z'),
    );
    expect(resumed.deadline).toEqual({
      ...deadline(null),
      pausedMs: 1_000 + 2.5 * HOUR,
      dueAt: '2026-11-17T21:30:01.000Z',
    });
  });

  it('recomputes under a new policy from when the timer started, and holds no due time while waiting', () => {
    const running = deadline('2026-11-17T23:00:00.000Z', HOUR);
    expect(recomputedDeadline(running, hours(2), newYork, false)).toEqual({
      deadline: { ...running, dueAt: '2026-11-17T18:00:00.000Z' },
      problems: [],
    });
    expect(recomputedDeadline(running, hours(2), newYork, true)).toEqual({
      deadline: { ...running, dueAt: null },
      problems: [],
    });
  });

  it('keeps the very same deadline after a reload that does not move it, and a new one when it moves', () => {
    const running = deadline('2026-11-17T19:00:00.000Z');
    expect(reloadedDeadline(running, hours(4), newYork).deadline).toBe(running);
    const moved = reloadedDeadline(running, hours(6), newYork).deadline;
    expect(moved).not.toBe(running);
    expect(moved.dueAt).toBe('2026-11-17T21:00:00.000Z');
  });
});

describe('reminders', () => {
  const policy = { residentUpdateInterval: businessHours(2) } as StagePolicy;
  const watch: ResidentUpdateWatch = {
    status: 'open',
    cancelled: false,
    stage: 'gather_facts',
    lastResidentUpdateAt: '2026-11-17T21:00:00.000Z', // Tuesday 16:00 local
    policy,
    calendar: newYork,
  };

  it('reminds the owner the policy interval after the last resident-facing message', () => {
    // 16:00 + 2 business hours: 1 before the close, 1 from Wednesday 09:00.
    expect(residentUpdateDueAt(watch)).toEqual({ at: Date.parse('2026-11-18T15:00:00.000Z'), problems: [] });
  });

  it('waits for the least gap after the previous reminder when that is later', () => {
    const later = { ...watch, residentReminderNotBefore: '2026-11-18T16:00:00.000Z' };
    expect(residentUpdateDueAt(later).at).toBe(Date.parse('2026-11-18T16:00:00.000Z'));
  });

  it('does not watch a case in intake or follow-up, closed, or cancelled', () => {
    for (const off of [
      { stage: 'intake' as const },
      { stage: 'follow_up' as const },
      { status: 'closed' as const },
      { cancelled: true },
    ]) {
      expect(residentUpdateDueAt({ ...watch, ...off })).toEqual({ at: null, problems: [] });
    }
  });

  it('spaces reminders at least 30 minutes apart whatever the policy', () => {
    const now = Date.parse('2026-11-17T15:00:00.000Z');
    expect(spacedReminder(new Date('2026-11-17T15:01:00.000Z'), now).toISOString()).toBe('2026-11-17T15:30:00.000Z');
    expect(spacedReminder(new Date('2026-11-17T17:00:00.000Z'), now).toISOString()).toBe('2026-11-17T17:00:00.000Z');
    expect(nextReminderNotBefore(now)).toBe('2026-11-17T15:30:00.000Z');
  });

  it('adds a timeframe, and climbs the ladder up to the regional manager (level 2) and no further', () => {
    expect(timeAfter(new Date(TUESDAY_10), { amount: 1, unit: 'days' }, newYork).at.toISOString()).toBe(
      '2026-11-18T15:00:00.000Z',
    );
    expect([0, 1, 2].map(levelAbove)).toEqual([1, 2, 2]);
  });
});
