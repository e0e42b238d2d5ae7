/**
 * Time zones and office hours, shared by the calendar schemas (timeframes.ts, zod) and the arithmetic
 * (business-time.ts, zod-free, imported by workflows). Pure and without imports, so both depend on it and
 * neither on the other's runtime code.
 */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Minutes since midnight of a time of day written HH:MM. */
export const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** Milliseconds the office is open on one business day. */
export function openingMs(calendar: { opensAt: string; closesAt: string }): number {
  return (minutesOf(calendar.closesAt) - minutesOf(calendar.opensAt)) * 60_000;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** An instant as ISO 8601, or null. */
export const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);
/** The UTC day of an instant as YYYY-MM-DD, or null. */
export const dayOrNull = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
