// `npm run bench:capacity`: how many open cases one worker carries, and how late their timers fire.
import { randomUUID } from 'node:crypto';
import { Prisma } from '../prisma/generated/client';
import type { RecoveryCaseInput } from '../domain/case';
import { caseStartOptions } from '../lib/case-starter';
import { PROPERTY, rssMiB, saveResults, startBenchStack, waitFor } from './stack';

/**
 * CAPACITY_CASES (10,000) cases opened at once on one worker process, each then waiting on its acknowledge
 * timer (CAPACITY_TIMER_SECONDS after its start). Measured: the time to start them (client) and to have
 * them all recorded (worker: intake activities), the worker's resident memory idle, with every case
 * waiting, and at its peak, and how late each timer fired (`timeframe_breached` minus its due time).
 * Baseline for memory: the same worker idle; for lateness: zero.
 */
const CASES = Number(process.env.CAPACITY_CASES ?? 10_000);
const TIMER_SECONDS = Number(process.env.CAPACITY_TIMER_SECONDS ?? 240);
const STARTERS = 50;

async function main() {
  // Temporal in memory: a SQLite file makes the dev server, not the worker, the limit at 10,000 starts.
  const stack = await startBenchStack({ acknowledgeSeconds: TIMER_SECONDS, temporalInMemory: true });
  const samples: { at: number; rss: number }[] = [];
  const sampler = setInterval(() => samples.push({ at: Date.now(), rss: rssMiB(stack.worker.pid!) }), 1000);
  try {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const idleRss = rssMiB(stack.worker.pid!);
    const t0 = Date.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: STARTERS }, async () => {
        for (let i = next++; i < CASES; i = next++) {
          const input: RecoveryCaseInput = {
            caseId: randomUUID(),
            propertyId: PROPERTY,
            residentId: `hh-${i}`,
            category: 'maintenance_delay',
            severity: 'medium',
            channel: 'work_order_system',
            summary: `Capacity case ${i}`,
          };
          await stack.client.workflow.start('recoveryCase', caseStartOptions(stack.taskQueue, input));
        }
      }),
    );
    const startedSeconds = (Date.now() - t0) / 1000;
    console.log(`started ${CASES} cases in ${startedSeconds.toFixed(1)} s`);
    await waitFor(async () => (await stack.db.case.count()) >= CASES, 30 * 60_000, 'every case to be recorded');
    const recordedSeconds = (Date.now() - t0) / 1000;
    const waitingRss = rssMiB(stack.worker.pid!);
    console.log(
      `recorded ${CASES} cases in ${recordedSeconds.toFixed(1)} s; worker RSS ${waitingRss} MiB (idle ${idleRss} MiB)`,
    );

    const breaches = () => stack.db.caseEvent.count({ where: { type: 'timeframe_breached' } });
    await waitFor(
      async () => (await breaches()) >= CASES,
      (TIMER_SECONDS + 30 * 60) * 1000,
      'every acknowledge timer to fire',
    );
    const firedSeconds = (Date.now() - t0) / 1000;
    const [late] = await stack.db.$queryRaw<
      { p50: number; p90: number; p99: number; max: number; n: number }[]
    >(Prisma.sql`
      WITH l AS (
        SELECT extract(epoch FROM ((payload->>'breachedAt')::timestamptz - (payload->>'dueAt')::timestamptz)) AS s
        FROM "CaseEvent" WHERE type = 'timeframe_breached' AND (payload->>'level')::int = 0
      )
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY s) AS p50, percentile_cont(0.9) WITHIN GROUP (ORDER BY s) AS p90,
             percentile_cont(0.99) WITHIN GROUP (ORDER BY s) AS p99, max(s) AS max, count(*)::int AS n FROM l`);
    const peakRss = Math.max(...samples.map((s) => s.rss));
    const results = {
      cases: CASES,
      timerSeconds: TIMER_SECONDS,
      startSeconds: round(startedSeconds),
      startsPerSecond: round(CASES / startedSeconds),
      recordedSeconds: round(recordedSeconds),
      allTimersFiredSeconds: round(firedSeconds),
      workerRssMiB: {
        idle: idleRss,
        allWaiting: waitingRss,
        peak: peakRss,
        perOpenCaseKiB: round(((waitingRss - idleRss) * 1024) / CASES),
      },
      timerLatenessSeconds: {
        p50: round(Number(late!.p50)),
        p90: round(Number(late!.p90)),
        p99: round(Number(late!.p99)),
        max: round(Number(late!.max)),
        timers: late!.n,
      },
    };
    console.table({
      'start (client)': `${results.startSeconds} s (${results.startsPerSecond}/s)`,
      'all recorded (worker)': `${results.recordedSeconds} s`,
      'worker RSS idle → all waiting → peak': `${idleRss} → ${waitingRss} → ${peakRss} MiB (${results.workerRssMiB.perOpenCaseKiB} KiB per open case)`,
      'timer lateness p50 / p90 / p99 / max': `${results.timerLatenessSeconds.p50} / ${results.timerLatenessSeconds.p90} / ${results.timerLatenessSeconds.p99} / ${results.timerLatenessSeconds.max} s`,
    });
    console.log(`results: ${saveResults('capacity', results)}`);
  } finally {
    clearInterval(sampler);
    await stack.stop();
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
