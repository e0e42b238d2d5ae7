// `npm run bench:capacity`: how many open cases one worker carries, and how late their timers fire.
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { Prisma } from '../prisma/generated/client';
import type { RecoveryCaseInput } from '../domain/case';
import { caseStartOptions } from '../lib/case-starter';
import { WORKER_DEFAULTS } from '../lib/config';
import { portOrFree } from '../infra/process';
import { RECOVERY_CASE_WORKFLOW } from '../definitions/recovery-case';
import { percentile } from './measure';
import { startFloorWorker } from './floor/measure';
import type { timerFloorWorkflow } from './floor/workflows';
import {
  PROPERTY,
  rssMiB,
  saveResults,
  startBenchStack,
  treeCpuSeconds,
  waitFor,
  type BenchStack,
  type CpuSeconds,
} from './stack';

/**
 * CAPACITY_CASES (10,000) cases opened at once on one worker process, each then waiting on its acknowledge
 * timer (CAPACITY_TIMER_SECONDS after its start). Measured: the time to start them (client) and to have
 * them all recorded (worker: intake activities), the worker's resident memory idle, with every case
 * waiting, and at its peak, and how late each timer fired (`timeframe_breached` minus its due time).
 * Baseline for memory: the same worker idle; for lateness: zero. The worker runs with its configured
 * tuning (`WORKER_*`, over it whatever this process's environment sets), so its workflow cache is bounded:
 * the cost of that bound is the replays of evicted cases, read from the worker's own metrics (cache
 * evictions and misses, workflow-task replay latency) for the intake and for the timers separately, beside
 * the CPU time each part of the stack spent per case in each phase. The machine's load average is
 * recorded before and after, since other processes share its cores. First, on the same server, the floor of the
 * same burst (CAPACITY_FLOOR=0 skips it): `measureTimerFloor`.
 */
const CASES = Number(process.env.CAPACITY_CASES ?? 10_000);
const TIMER_SECONDS = Number(process.env.CAPACITY_TIMER_SECONDS ?? 240);
const STARTERS = 50;
/** A run that has not seen every case recorded and every timer fired by then stops and saves what it saw. */
const MAX_MINUTES = Number(process.env.CAPACITY_MAX_MINUTES ?? 120);
const FLOOR = process.env.CAPACITY_FLOOR !== '0';

async function main() {
  const loadBefore = os.loadavg();
  const metricsAddress = `127.0.0.1:${await portOrFree(9460 + Math.floor(Math.random() * 500))}`;
  const workerEnv = Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[0].startsWith('WORKER_')),
  );
  // Temporal in memory: a SQLite file makes the dev server, not the worker, the limit at 10,000 starts.
  const stack = await startBenchStack({
    acknowledgeSeconds: TIMER_SECONDS,
    temporalInMemory: true,
    workerEnv: { ...workerEnv, WORKER_METRICS_ADDRESS: metricsAddress },
  });
  const samples: { at: number; rss: number }[] = [];
  const sampler = setInterval(() => samples.push({ at: Date.now(), rss: rssMiB(stack.worker.pid!) }), 1000);
  let recorder: NodeJS.Timeout | undefined;
  const timeline: { seconds: number; recorded: number; breached: number; rssMiB: number; load: number }[] = [];
  try {
    const floor = FLOOR ? await measureTimerFloor(stack, workerEnv.WORKER_CACHED_WORKFLOWS) : null;
    if (floor) console.log(`floor: ${JSON.stringify(floor)}`);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const idleRss = rssMiB(stack.worker.pid!);
    const tuning = workerLine();
    const metricsAtStart = await scrape(metricsAddress);
    const cpuAtStart = stack.cpuSeconds();
    const t0 = Date.now();
    recorder = setInterval(() => {
      void Promise.all([stack.db.case.count(), stack.db.caseEvent.count({ where: { type: 'timeframe_breached' } })])
        .then(([recorded, breached]) =>
          timeline.push({
            seconds: Math.round((Date.now() - t0) / 1000),
            recorded,
            breached,
            rssMiB: rssMiB(stack.worker.pid!),
            load: round(os.loadavg()[0]!),
          }),
        )
        .catch(() => {});
    }, 10_000);
    await byStarters(async (i) => {
      const input: RecoveryCaseInput = {
        caseId: randomUUID(),
        propertyId: PROPERTY,
        residentId: `hh-${i}`,
        category: 'maintenance_delay',
        severity: 'medium',
        channel: 'work_order_system',
        summary: `Capacity case ${i}`,
      };
      await stack.client.workflow.start(RECOVERY_CASE_WORKFLOW, caseStartOptions(stack.taskQueue, input));
    });
    const startedSeconds = (Date.now() - t0) / 1000;
    console.log(`started ${CASES} cases in ${startedSeconds.toFixed(1)} s`);
    const deadline = t0 + MAX_MINUTES * 60_000;
    const progress = async () => ({
      cases: CASES,
      floor,
      timerSeconds: TIMER_SECONDS,
      worker: tuning,
      complete: false,
      stoppedAfterMinutes: round((Date.now() - t0) / 60_000),
      startSeconds: round(startedSeconds),
      recorded: await stack.db.case.count(),
      workerRssMiB: { idle: idleRss, now: rssMiB(stack.worker.pid!), peak: Math.max(...samples.map((s) => s.rss)) },
      workerMetrics: { sinceStart: phase(metricsAtStart, await scrape(metricsAddress)) },
      cpuMsPerCase: { sinceStart: perCase(cpuAtStart, stack.cpuSeconds()) },
      timerLatenessSeconds: await lateness(stack),
      loadAverage: { before: loadBefore.map(round), now: os.loadavg().map(round) },
      timeline,
    });
    const untilDeadline = async (check: () => Promise<boolean>, what: string) => {
      try {
        await waitFor(check, Math.max(0, deadline - Date.now()), what);
        return true;
      } catch (error) {
        console.error(`${String(error)} (CAPACITY_MAX_MINUTES=${MAX_MINUTES}); saving what was measured`);
        console.log(`results: ${saveResults('capacity', await progress())}`);
        return false;
      }
    };
    if (!(await untilDeadline(async () => (await stack.db.case.count()) >= CASES, 'every case to be recorded'))) return;
    const recordedSeconds = (Date.now() - t0) / 1000;
    const waitingRss = rssMiB(stack.worker.pid!);
    const metricsAtIntake = await scrape(metricsAddress);
    const cpuAtIntake = stack.cpuSeconds();
    console.log(
      `recorded ${CASES} cases in ${recordedSeconds.toFixed(1)} s; worker RSS ${waitingRss} MiB (idle ${idleRss} MiB)`,
    );

    // The first-level breaches only: the escalations' own timers fire meanwhile and are breaches too (before
    // 2026-12-06 22:30 they were counted, so a run stopped with about a quarter of the first timers still to fire).
    const firstTimersFired = () =>
      stack.db.caseEvent.count({ where: { type: 'timeframe_breached', payload: { path: ['level'], equals: 0 } } });
    if (!(await untilDeadline(async () => (await firstTimersFired()) >= CASES, 'every acknowledge timer to fire')))
      return;
    const firedSeconds = (Date.now() - t0) / 1000;
    clearInterval(recorder);
    const metricsAtEnd = await scrape(metricsAddress);
    const cpuAtEnd = stack.cpuSeconds();
    const afterTimersRss = rssMiB(stack.worker.pid!);
    const late = await lateness(stack);
    const peakRss = Math.max(...samples.map((s) => s.rss));
    const results = {
      cases: CASES,
      floor,
      timerSeconds: TIMER_SECONDS,
      worker: tuning,
      loadAverage: { before: loadBefore.map(round), after: os.loadavg().map(round) },
      startSeconds: round(startedSeconds),
      startsPerSecond: round(CASES / startedSeconds),
      recordedSeconds: round(recordedSeconds),
      allTimersFiredSeconds: round(firedSeconds),
      workerRssMiB: {
        idle: idleRss,
        allWaiting: waitingRss,
        afterTimers: afterTimersRss,
        peak: peakRss,
        perOpenCaseKiB: round(((waitingRss - idleRss) * 1024) / CASES),
      },
      // The worker's own counters, per phase: intake (start → all recorded), timers (→ all fired).
      workerMetrics: {
        intake: phase(metricsAtStart, metricsAtIntake),
        timers: phase(metricsAtIntake, metricsAtEnd),
      },
      cpuMsPerCase: {
        intake: perCase(cpuAtStart, cpuAtIntake),
        timers: perCase(cpuAtIntake, cpuAtEnd),
      },
      timeline,
      complete: true,
      timerLatenessSeconds: late,
    };
    console.table({
      'start (client)': `${results.startSeconds} s (${results.startsPerSecond}/s)`,
      'all recorded (worker)': `${results.recordedSeconds} s`,
      'worker RSS idle → all waiting → peak': `${idleRss} → ${waitingRss} → ${peakRss} MiB (${results.workerRssMiB.perOpenCaseKiB} KiB per open case)`,
      'timer lateness p50 / p90 / p99 / max': `${results.timerLatenessSeconds.p50} / ${results.timerLatenessSeconds.p90} / ${results.timerLatenessSeconds.p99} / ${results.timerLatenessSeconds.max} s`,
      'cache evictions / misses (intake; timers)': `${results.workerMetrics.intake.forcedEvictions} / ${results.workerMetrics.intake.cacheMisses}; ${results.workerMetrics.timers.forcedEvictions} / ${results.workerMetrics.timers.cacheMisses}`,
      'worker CPU ms per case (intake / timers)': `${results.cpuMsPerCase.intake.worker} / ${results.cpuMsPerCase.timers.worker}`,
      'load average before → after': `${results.loadAverage.before.join(' ')} → ${results.loadAverage.after.join(' ')}`,
      ...(floor && {
        'floor: start; timer lateness p50 / p99 / max': `${floor.startSeconds} s (${floor.startsPerSecond}/s); ${floor.timerLatenessSeconds.p50} / ${floor.timerLatenessSeconds.p99} / ${floor.timerLatenessSeconds.max} s`,
        'floor: CPU ms per case, worker / dev server': `${floor.cpuMsPerCase.worker} / ${floor.cpuMsPerCase.temporal}`,
      }),
    });
    console.log(`results: ${saveResults('capacity', results)}`);
  } finally {
    clearInterval(sampler);
    clearInterval(recorder);
    await stack.stop();
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

/** `each(i)` for every i below CASES, by STARTERS callers at once, each taking the next i when it is done. */
async function byStarters(each: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: STARTERS }, async () => {
      for (let i = next++; i < CASES; i = next++) await each(i);
    }),
  );
}

/**
 * The floor of the burst on the same server: CASES minimal workflows started by the same 50 starters, each setting
 * one timer of TIMER_SECONDS in its first task and, when it fires, running one local activity that reads the real
 * clock (bench/floor/workflows.ts `timerFloorWorkflow`), on a worker process of their own with the service's cache
 * bound. What the burst's shape costs when a case does nothing else: its start rate, its timers' lateness, and the
 * CPU the dev server and that worker spend per case.
 */
async function measureTimerFloor(stack: BenchStack, cachedWorkflows = String(WORKER_DEFAULTS.cachedWorkflows)) {
  const floor = await startFloorWorker(stack.temporalAddress, { FLOOR_CACHED_WORKFLOWS: cachedWorkflows });
  try {
    const cpu = () => ({ worker: treeCpuSeconds(floor.pid), temporal: stack.cpuSeconds().temporal });
    const cpuAtStart = cpu();
    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMiB(floor.pid))), 1000);
    const t0 = Date.now();
    const ids: string[] = [];
    await byStarters(async (i) => {
      ids[i] = `timer-floor-${i}-${randomUUID().slice(0, 8)}`;
      await stack.client.workflow.start<typeof timerFloorWorkflow>('timerFloorWorkflow', {
        workflowId: ids[i]!,
        taskQueue: floor.taskQueue,
        args: [TIMER_SECONDS],
      });
    });
    const startSeconds = (Date.now() - t0) / 1000;
    // Every result, in the order started (the order the timers fire in).
    const late: number[] = [];
    await byStarters(async (i) => {
      const { dueAt, firedAt } = await stack.client.workflow.getHandle<typeof timerFloorWorkflow>(ids[i]!).result();
      late.push((firedAt - dueAt) / 1000);
    });
    clearInterval(sampler);
    const cpuAtEnd = cpu();
    late.sort((a, b) => a - b);
    return {
      workflow: 'timerFloorWorkflow: one timer, then one local activity',
      cachedWorkflows: Number(cachedWorkflows),
      startSeconds: round(startSeconds),
      startsPerSecond: round(CASES / startSeconds),
      allTimersFiredSeconds: round((Date.now() - t0) / 1000),
      timerLatenessSeconds: {
        p50: round(percentile(late, 50)),
        p90: round(percentile(late, 90)),
        p99: round(percentile(late, 99)),
        max: round(late.at(-1)!),
        timers: late.length,
      },
      workerRssMiBPeak: peakRss,
      cpuMsPerCase: {
        worker: round(((cpuAtEnd.worker - cpuAtStart.worker) * 1000) / CASES),
        temporal: round(((cpuAtEnd.temporal - cpuAtStart.temporal) * 1000) / CASES),
      },
    };
  } finally {
    await floor.stop();
  }
}

/** How late the first-level acknowledge timers fired (those fired so far). */
async function lateness(stack: BenchStack) {
  const [late] = await stack.db.$queryRaw<
    { p50: number; p90: number; p99: number; max: number; n: number }[]
  >(Prisma.sql`
    WITH l AS (
      SELECT extract(epoch FROM ((payload->>'breachedAt')::timestamptz - (payload->>'dueAt')::timestamptz)) AS s
      FROM "CaseEvent" WHERE type = 'timeframe_breached' AND (payload->>'level')::int = 0
    )
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY s) AS p50, percentile_cont(0.9) WITHIN GROUP (ORDER BY s) AS p90,
           percentile_cont(0.99) WITHIN GROUP (ORDER BY s) AS p99, max(s) AS max, count(*)::int AS n FROM l`);
  return {
    p50: round(Number(late!.p50)),
    p90: round(Number(late!.p90)),
    p99: round(Number(late!.p99)),
    max: round(Number(late!.max)),
    timers: late!.n,
  };
}

/** The worker's start line: its cache and concurrency as configured. */
function workerLine(): string {
  return (
    Object.entries(process.env)
      .filter(([key]) => key.startsWith('WORKER_'))
      .map(([key, value]) => `${key}=${value}`)
      .join(' ') || 'defaults (lib/config.ts WORKER_DEFAULTS)'
  );
}

type Metrics = Map<string, number>;

/** The worker's Prometheus metrics, each name summed over its labels. */
async function scrape(address: string): Promise<Metrics> {
  const text = await (await fetch(`http://${address}/metrics`)).text();
  const metrics: Metrics = new Map();
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)(?:\{[^}]*\})? ([0-9.e+-]+|NaN)$/.exec(line.trim());
    if (match && match[2] !== 'NaN') metrics.set(match[1]!, (metrics.get(match[1]!) ?? 0) + Number(match[2]));
  }
  return metrics;
}

/**
 * Cache traffic and workflow-task time between two scrapes. A cache miss is a case that had been evicted and
 * replayed its history to take the task; what replays cost shows as CPU per case (`cpuMsPerCase`) against a
 * run whose cache holds every case (README Performance).
 */
function phase(from: Metrics, to: Metrics) {
  const delta = (name: string) => round((to.get(name) ?? 0) - (from.get(name) ?? 0));
  const tasks = delta('temporal_workflow_task_execution_latency_count');
  return {
    workflowTasks: tasks,
    workflowTaskMsMean: tasks ? round(delta('temporal_workflow_task_execution_latency_sum') / tasks) : 0,
    forcedEvictions: delta('temporal_sticky_cache_total_forced_eviction'),
    cacheHits: delta('temporal_sticky_cache_hit'),
    cacheMisses: delta('temporal_sticky_cache_miss'),
    cacheSizeAtEnd: to.get('temporal_sticky_cache_size') ?? null,
  };
}

function perCase(from: CpuSeconds, to: CpuSeconds) {
  return Object.fromEntries(
    (Object.keys(from) as (keyof CpuSeconds)[]).map((part) => [part, round(((to[part] - from[part]) * 1000) / CASES)]),
  ) as Record<keyof CpuSeconds, number>;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
