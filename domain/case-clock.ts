import {
  addBusinessMillisecondsChecked,
  addTimeframeChecked,
  businessDurationChecked,
  isBusinessTimeframe,
} from './business-time';
import type { Deadline, Stage } from './case';
import type { StagePolicy } from './policies';
import type { BusinessCalendar, Timeframe } from './timeframes';

/**
 * A case's clock: when its running timeframe is due, how a pause moves it, when the owner is reminded that the
 * resident heard nothing, when the top of the ladder is reminded again. Pure functions of their arguments (the
 * workflow passes the time it reads), so a replay computes the same times. None throws: each result carries the
 * configuration problems met on the way (`problems`, in the order met), for the case to report.
 */
export interface Clocked {
  problems: string[];
}

/** Top of the escalation ladder: owner (0) → community manager (1) → regional manager (2). */
export const TOP_LEVEL = 2;

/**
 * The least time between two reminders of one kind from one case, whatever the policy says: a policy of
 * seconds (written before policies were bounded, or by hand) must not message a manager every second.
 */
export const MIN_REMINDER_GAP_MS = 30 * 60 * 1000;

/** The next level up the ladder, never above the top. */
export const levelAbove = (level: number) => Math.min(level + 1, TOP_LEVEL);

const found = (...problems: (string | null)[]) => problems.filter((p): p is string => p !== null);

/** The end of `timeframe` counted from `start` (business units in the calendar's opening hours). */
export function timeAfter(start: Date, timeframe: Timeframe, calendar: BusinessCalendar): Clocked & { at: Date } {
  const { at, problem } = addTimeframeChecked(start, timeframe, calendar);
  return { at, problems: found(problem) };
}

/**
 * The due time of a stage's timer: its timeframe from when it started, moved on by the time it was paused
 * (counted in business time when the timeframe is).
 */
export function dueAt(
  timeframe: Timeframe,
  calendar: BusinessCalendar,
  startedAt: string,
  pausedMs: number,
): Clocked & { dueAt: string } {
  const base = timeAfter(new Date(startedAt), timeframe, calendar);
  if (!isBusinessTimeframe(timeframe)) {
    return { dueAt: new Date(base.at.getTime() + pausedMs).toISOString(), problems: base.problems };
  }
  const moved = addBusinessMillisecondsChecked(base.at, pausedMs, calendar);
  return { dueAt: moved.at.toISOString(), problems: [...base.problems, ...found(moved.problem)] };
}

/** A running deadline once the case stops waiting on the resident (waiting since `since`, until `now`). */
export function resumedDeadline(
  deadline: Deadline,
  timeframe: Timeframe,
  calendar: BusinessCalendar,
  since: string,
  now: number,
): Clocked & { deadline: Deadline } {
  const paused = isBusinessTimeframe(timeframe)
    ? businessDurationChecked(new Date(since), new Date(now), calendar)
    : { ms: now - Date.parse(since), problem: null };
  const pausedMs = deadline.pausedMs + paused.ms;
  const due = dueAt(timeframe, calendar, deadline.startedAt, pausedMs);
  return {
    deadline: { ...deadline, pausedMs, dueAt: due.dueAt },
    problems: [...found(paused.problem), ...due.problems],
  };
}

/** A running deadline under a new policy (severity changed): recomputed from when its timer started. */
export function recomputedDeadline(
  deadline: Deadline,
  timeframe: Timeframe,
  calendar: BusinessCalendar,
  waitingOnResident: boolean,
): Clocked & { deadline: Deadline } {
  if (waitingOnResident) return { deadline: { ...deadline, dueAt: null }, problems: [] };
  const due = dueAt(timeframe, calendar, deadline.startedAt, deadline.pausedMs);
  return { deadline: { ...deadline, dueAt: due.dueAt }, problems: due.problems };
}

/**
 * A running deadline after the configuration was reloaded: the same object when its due time did not move (a
 * new object wakes the stage's wait, and only a moved due time should).
 */
export function reloadedDeadline(
  deadline: Deadline,
  timeframe: Timeframe,
  calendar: BusinessCalendar,
): Clocked & { deadline: Deadline } {
  const due = dueAt(timeframe, calendar, deadline.startedAt, deadline.pausedMs);
  const moved = due.dueAt !== deadline.dueAt;
  return { deadline: moved ? { ...deadline, dueAt: due.dueAt } : deadline, problems: due.problems };
}

/** What the resident-update reminder is computed from. */
export interface ResidentUpdateWatch {
  status: 'open' | 'closed';
  cancelled: boolean;
  stage: Stage;
  /** The last resident-facing message (or reminder). */
  lastResidentUpdateAt: string;
  /** No reminder before this (the least gap after the previous one). */
  residentReminderNotBefore?: string;
  policy?: StagePolicy;
  calendar?: BusinessCalendar;
}

/**
 * When the owner must be reminded that the resident has heard nothing (ms since the epoch), or null when not
 * watched: only an open, uncancelled case in a timed stage is.
 */
export function residentUpdateDueAt(watch: ResidentUpdateWatch): Clocked & { at: number | null } {
  if (watch.status !== 'open' || watch.cancelled || watch.stage === 'follow_up' || watch.stage === 'intake')
    return { at: null, problems: [] };
  const byPolicy = timeAfter(
    new Date(watch.lastResidentUpdateAt),
    watch.policy!.residentUpdateInterval,
    watch.calendar!,
  );
  const policyAt = byPolicy.at.getTime();
  const notBefore = watch.residentReminderNotBefore;
  return { at: notBefore ? Math.max(policyAt, Date.parse(notBefore)) : policyAt, problems: byPolicy.problems };
}

/** A reminder at `at`, but never sooner than the least gap after `now`. */
export const spacedReminder = (at: Date, now: number): Date =>
  new Date(Math.max(at.getTime(), now + MIN_REMINDER_GAP_MS));

/** The earliest time the next resident-update reminder may go out after one sent at `now` (ISO). */
export const nextReminderNotBefore = (now: number): string => new Date(now + MIN_REMINDER_GAP_MS).toISOString();
