import type { BusinessCalendar, Timeframe } from './timeframes';

/**
 * Business-hours arithmetic in a property's own time zone. Pure functions of their arguments (no clock, no
 * I/O), so workflows use them to compute deadlines and get the same answer on replay. Time-zone rules come
 * from the runtime's ICU data through Intl. Free of zod on purpose: a workflow's modules are evaluated once
 * per cached workflow, so what the workflow imports costs memory for every open case.
 */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Beyond this many days without an opening the calendar is unusable (e.g. every day a holiday). */
const MAX_DAYS_SCANNED = 3 * 366;

export const isBusinessTimeframe = (timeframe: Timeframe) => timeframe.unit === 'business_hours' || timeframe.unit === 'business_days';

/** The end of `timeframe` counted from `start`. Business units skip closed hours, weekends and holidays. */
export function addTimeframe(start: Date, timeframe: Timeframe, calendar: BusinessCalendar): Date {
  const { amount, unit } = timeframe;
  switch (unit) {
    case 'seconds':
      return new Date(start.getTime() + amount * SECOND);
    case 'minutes':
      return new Date(start.getTime() + amount * MINUTE);
    case 'hours':
      return new Date(start.getTime() + amount * HOUR);
    case 'days': {
      // Calendar days keep the local time of day across a daylight-saving change.
      const local = localParts(start.getTime(), calendar.timeZone);
      const whole = Math.trunc(amount);
      const day = civilDay(local.year, local.month, local.day + whole);
      const at = localToInstant(day, local.hour * HOUR + local.minute * MINUTE + local.second * SECOND + local.millisecond, calendar.timeZone);
      return new Date(at + (amount - whole) * DAY);
    }
    case 'business_hours':
      return addBusinessMilliseconds(start, amount * HOUR, calendar);
    case 'business_days':
      // A business day is one opening-hours day, so "1 business day" from Friday 16:00 is Monday 16:00.
      return addBusinessMilliseconds(start, amount * openingMs(calendar), calendar);
  }
}

/** `start` moved forward by `ms` of opening hours. */
export function addBusinessMilliseconds(start: Date, ms: number, calendar: BusinessCalendar): Date {
  if (ms <= 0) return new Date(start.getTime());
  let cursor = start.getTime();
  let left = ms;
  let day = localDay(cursor, calendar.timeZone);
  for (let i = 0; i < MAX_DAYS_SCANNED; i++, day = civilDay(day.year, day.month, day.day + 1)) {
    const window = openingWindow(day, calendar);
    if (!window || cursor >= window.closes) continue;
    const from = Math.max(cursor, window.opens);
    const available = window.closes - from;
    if (left <= available) return new Date(from + left);
    left -= available;
    cursor = window.closes;
  }
  throw new Error(`the calendar of ${calendar.timeZone} has no opening hours within ${MAX_DAYS_SCANNED} days`);
}

/** Opening-hours milliseconds between two instants (0 when `to` is not after `from`). */
export function businessDurationBetween(from: Date, to: Date, calendar: BusinessCalendar): number {
  const start = from.getTime();
  const end = to.getTime();
  if (end <= start) return 0;
  let total = 0;
  let day = localDay(start, calendar.timeZone);
  for (let i = 0; i < MAX_DAYS_SCANNED * 10; i++, day = civilDay(day.year, day.month, day.day + 1)) {
    const window = openingWindow(day, calendar);
    if (window) {
      if (window.opens >= end) break;
      total += Math.max(0, Math.min(end, window.closes) - Math.max(start, window.opens));
    } else if (localToInstant(day, 0, calendar.timeZone) >= end) {
      break;
    }
  }
  return total;
}

/** Milliseconds the office is open on one business day. */
export function openingMs(calendar: BusinessCalendar): number {
  return minutesOf(calendar.closesAt) * MINUTE - minutesOf(calendar.opensAt) * MINUTE;
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

const isoDateOf = (d: CivilDay) => `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** ISO weekday, 1 = Monday … 7 = Sunday. */
const isoWeekday = (d: CivilDay) => ((new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7) + 1;

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

function openingWindow(day: CivilDay, calendar: BusinessCalendar): { opens: number; closes: number } | null {
  if (!calendar.businessDays.includes(isoWeekday(day))) return null;
  if (calendar.holidays.includes(isoDateOf(day))) return null;
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
