import type { Db } from '../lib/db';

/**
 * Rebuilds, from the cases, every rollup key written since the last refresh (migration report_rollups_at_read):
 * the pattern report calls it before reading the rollups, and the worker every few seconds so that a report seldom
 * finds much to do. Returns how many pending writes it took.
 */
export async function refreshReportRollups(db: Db): Promise<number> {
  const [row] = await db.$queryRaw<[{ taken: number }]>`SELECT "report_rollups_refresh"() AS taken`;
  return row.taken;
}

/** The worker's upkeep: a refresh every `everyMs` (one at a time; a failure is logged and the next one retries). */
export function refreshReportRollupsEvery(db: Db, everyMs: number, log: (line: string) => void): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() =>
      refreshReportRollups(db).catch((error: unknown) => log(`report rollups not refreshed: ${String(error)}`)),
    );
  }, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
