import { isTimeZone, minutesOf, openingMs } from './clock';
import type { BusinessCalendar, Timeframe } from './timeframes';

/**
 * Business-hours arithmetic in a property's own time zone. Pure functions of their arguments (no clock, no
 * I/O), so workflows use them to compute deadlines and get the same answer on replay. Time-zone rules come
 * from the runtime's ICU data through Intl. Free of zod on purpose: a workflow's modules are evaluated once
 * per cached workflow, so what the workflow imports costs memory for every open case.
 */
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Beyond this many days without an opening the calendar is unusable (e.g. every day a holiday). */
const MAX_DAYS_SCANNED = 3 * 366;
/** Longer spans than this are not counted day by day (a workflow task must stay short). */
const MAX_DAYS_COUNTED = 20 * 366;
/** The range of instants a JavaScript Date can hold. */
const MAX_INSTANT = 8.64e15;

export const isBusinessTimeframe = (timeframe: Timeframe) =>
  timeframe.unit === 'business_hours' || timeframe.unit === 'business_days';

/**
 * An instant computed from configuration, with what could not be followed. Workflows compute due times from
 * data an operator wrote: every value has an outcome, never an exception. When the calendar gives no
 * business time, the span counts as calendar time (a business hour as an hour, a business day as a day; days
 * in UTC for an unknown time zone) and `problem` says why, so the case can report it.
 */
export interface ClockResult {
  at: Date;
  problem: string | null;
}

/** The end of `timeframe` counted from `start`. Business units skip closed hours, weekends and holidays. */
export function addTimeframe(start: Date, timeframe: Timeframe, calendar: BusinessCalendar): Date {
  return addTimeframeChecked(start, timeframe, calendar).at;
}

/** `addTimeframe` that never throws, for any timeframe and calendar: calendar time when business time fails. */
export function addTimeframeChecked(start: Date, timeframe: Timeframe, calendar: BusinessCalendar): ClockResult {
  const amount = Number(timeframe?.amount);
  const unit = timeframe?.unit;
  if (!Number.isFinite(amount) || amount < 0) {
    return { at: new Date(start.getTime()), problem: `the timeframe ${describe(timeframe)} is not a length of time` };
  }
  const elapsed = (ms: number, problem: string | null = null) => bounded(start, ms, problem);
  switch (unit) {
    case 'seconds':
      return elapsed(amount * SECOND);
    case 'minutes':
      return elapsed(amount * MINUTE);
    case 'hours':
      return elapsed(amount * HOUR);
    case 'days':
      return addCalendarDays(start, amount, calendar);
    case 'business_hours':
      return addBusinessMillisecondsChecked(start, amount * HOUR, calendar);
    case 'business_days': {
      // A business day is one opening-hours day, so "1 business day" from Friday 16:00 is Monday 16:00.
      // Without business time, a business day counts as a calendar day.
      const usable = calendarProblem(calendar);
      if (usable) return elapsed(amount * DAY, usable);
      const result = addBusinessMillisecondsChecked(start, amount * openingMs(calendar), calendar);
      return result.problem ? elapsed(amount * DAY, result.problem) : result;
    }
    default:
      return { at: new Date(start.getTime()), problem: `the timeframe ${describe(timeframe)} has an unknown unit` };
  }
}

/** `start` moved forward by `ms` of opening hours. */
export function addBusinessMilliseconds(start: Date, ms: number, calendar: BusinessCalendar): Date {
  return addBusinessMillisecondsChecked(start, ms, calendar).at;
}

/** `addBusinessMilliseconds` that never throws: calendar time when the calendar gives no opening hours. */
export function addBusinessMillisecondsChecked(start: Date, ms: number, calendar: BusinessCalendar): ClockResult {
  if (!(ms > 0) || !Number.isFinite(start.getTime())) return { at: new Date(start.getTime()), problem: null };
  const usable = calendarProblem(calendar);
  if (usable) return bounded(start, ms, usable);
  let cursor = start.getTime();
  let left = ms;
  let day = localDay(cursor, calendar.timeZone);
  for (let i = 0, closedDays = 0; i < MAX_DAYS_COUNTED; i++, day = civilDay(day.year, day.month, day.day + 1)) {
    const window = openingWindow(day, calendar);
    if (!window || cursor >= window.closes || window.closes <= window.opens) {
      if (++closedDays > MAX_DAYS_SCANNED) {
        const problem = `the calendar of ${calendar.timeZone} has no opening hours within ${MAX_DAYS_SCANNED} days`;
        return bounded(start, ms, problem);
      }
      continue;
    }
    closedDays = 0;
    const from = Math.max(cursor, window.opens);
    const available = window.closes - from;
    if (left <= available) return { at: new Date(from + left), problem: null };
    left -= available;
    cursor = window.closes;
  }
  return bounded(start, ms, `business hours beyond ${MAX_DAYS_COUNTED} days are too long to count`);
}

/** Opening-hours milliseconds between two instants (0 when `to` is not after `from`). */
export function businessDurationBetween(from: Date, to: Date, calendar: BusinessCalendar): number {
  return businessDurationChecked(from, to, calendar).ms;
}

/** `businessDurationBetween` that never throws: the elapsed time when the calendar cannot be followed. */
export function businessDurationChecked(
  from: Date,
  to: Date,
  calendar: BusinessCalendar,
): { ms: number; problem: string | null } {
  const start = from.getTime();
  const end = to.getTime();
  if (!(end > start)) return { ms: 0, problem: null };
  const usable = calendarProblem(calendar);
  if (usable) return { ms: end - start, problem: usable };
  let total = 0;
  let day = localDay(start, calendar.timeZone);
  for (let i = 0; i < MAX_DAYS_COUNTED; i++, day = civilDay(day.year, day.month, day.day + 1)) {
    const window = openingWindow(day, calendar);
    if (window) {
      if (window.opens >= end) return { ms: total, problem: null };
      total += Math.max(0, Math.min(end, window.closes) - Math.max(start, window.opens));
    } else if (localToInstant(day, 0, calendar.timeZone) >= end) {
      return { ms: total, problem: null };
    }
  }
  return { ms: total, problem: null };
}

/**
 * Why business time cannot be counted with this calendar, or null. Calendars are validated when written;
 * this covers rows written before that, or by hand, so the arithmetic has an outcome for every value.
 */
export function calendarProblem(calendar: BusinessCalendar | null | undefined): string | null {
  if (!calendar || typeof calendar !== 'object') return 'the property has no calendar';
  if (typeof calendar.timeZone !== 'string' || !isTimeZone(calendar.timeZone)) {
    return `the time zone ${String(calendar?.timeZone)} is unknown`;
  }
  const isWeekday = (d: unknown) => Number.isInteger(d) && (d as number) >= 1 && (d as number) <= 7;
  if (!Array.isArray(calendar.businessDays) || !calendar.businessDays.some(isWeekday)) {
    return `the calendar of ${calendar.timeZone} has no business days`;
  }
  if (!Array.isArray(calendar.holidays)) return `the holidays of ${calendar.timeZone} are not a list`;
  if (!isClock(calendar.opensAt) || !isClock(calendar.closesAt)) {
    return `the opening hours ${String(calendar.opensAt)}-${String(calendar.closesAt)} are not times of day`;
  }
  if (calendar.opensAt >= calendar.closesAt) {
    return `the office opens at ${calendar.opensAt}, not before it closes at ${calendar.closesAt}`;
  }
  return null;
}

const isClock = (value: unknown): value is string =>
  typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

const describe = (timeframe: Timeframe | null | undefined) => `${String(timeframe?.amount)} ${String(timeframe?.unit)}`;

/** `start` + `ms` of elapsed time, kept within what a Date can hold. */
function bounded(start: Date, ms: number, problem: string | null): ClockResult {
  const at = start.getTime() + ms;
  if (Number.isFinite(at) && at <= MAX_INSTANT) return { at: new Date(at), problem };
  return { at: new Date(MAX_INSTANT), problem: problem ?? `${Math.round(ms / DAY)} days is beyond any date` };
}

/** Calendar days keep the local time of day across a daylight-saving change. */
function addCalendarDays(start: Date, amount: number, calendar: BusinessCalendar): ClockResult {
  const knownZone = typeof calendar?.timeZone === 'string' && isTimeZone(calendar.timeZone);
  const timeZone = knownZone ? calendar.timeZone : 'UTC';
  const problem = knownZone ? null : `the time zone ${String(calendar?.timeZone)} is unknown`;
  if (!Number.isFinite(start.getTime()) || amount > MAX_INSTANT / DAY) return bounded(start, amount * DAY, problem);
  const local = localParts(start.getTime(), timeZone);
  const whole = Math.trunc(amount);
  const day = civilDay(local.year, local.month, local.day + whole);
  const msOfDay = local.hour * HOUR + local.minute * MINUTE + local.second * SECOND + local.millisecond;
  const at = localToInstant(day, msOfDay, timeZone);
  const result = at + (amount - whole) * DAY;
  // Never before the start (a fall-back hour could otherwise land a short span behind it).
  if (!Number.isFinite(result)) return bounded(start, amount * DAY, problem);
  return { at: new Date(Math.max(result, start.getTime())), problem };
}

// ---- civil dates and time zones ---------------------------------------------------------------------

interface CivilDay {
  year: number;
  month: number;
  day: number;
}

/** A civil date, normalised (day 32 of January is February 1st). */
function civilDay(year: number, month: number, day: number): CivilDay {
  const d = new Date(Date.UTC(year, month - 1, day));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const isoDateOf = (d: CivilDay) =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** ISO weekday, 1 = Monday … 7 = Sunday. */
const isoWeekday = (d: CivilDay) => ((new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7) + 1;

/** Holidays as a set, once per calendar object (a calendar may list a thousand days). */
const holidaySets = new WeakMap<BusinessCalendar, Set<string>>();
function holidaysOf(calendar: BusinessCalendar): Set<string> {
  let set = holidaySets.get(calendar);
  if (!set) holidaySets.set(calendar, (set = new Set(calendar.holidays)));
  return set;
}

function openingWindow(day: CivilDay, calendar: BusinessCalendar): { opens: number; closes: number } | null {
  if (!calendar.businessDays.includes(isoWeekday(day))) return null;
  if (holidaysOf(calendar).has(isoDateOf(day))) return null;
  return {
    opens: localToInstant(day, minutesOf(calendar.opensAt) * MINUTE, calendar.timeZone),
    closes: localToInstant(day, minutesOf(calendar.closesAt) * MINUTE, calendar.timeZone),
  };
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function localParts(instant: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
    millisecond: ((instant % SECOND) + SECOND) % SECOND,
  };
}

const localDay = (instant: number, timeZone: string): CivilDay => {
  const { year, month, day } = localParts(instant, timeZone);
  return { year, month, day };
};

/** How far local wall-clock time is ahead of UTC at `instant`. */
function offsetAt(instant: number, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
  return wall - instant;
}

/**
 * The instant at which the local clock shows `msOfDay` on `day`. In a spring-forward gap the clock time
 * does not exist and the instant after the gap is used; in a fall-back overlap the first occurrence.
 */
function localToInstant(day: CivilDay, msOfDay: number, timeZone: string): number {
  const wall = Date.UTC(day.year, day.month - 1, day.day) + msOfDay;
  // At most one offset change lies within a day either side, so these two offsets are all there can be.
  const before = offsetAt(wall - DAY, timeZone);
  const after = offsetAt(wall + DAY, timeZone);
  const valid = [wall - before, wall - after].filter((instant) => offsetAt(instant, timeZone) === wall - instant);
  if (valid.length > 0) return Math.min(...valid);
  // A gap: the clock jumped over this time; the offset before the jump lands the same distance past it.
  return wall - before;
}

/** The instant a calendar month (1-12) begins in a time zone: local midnight on its first day. */
export function startOfLocalMonth(year: number, month: number, timeZone: string): Date {
  return new Date(localToInstant(civilDay(year, month, 1), 0, timeZone));
}
