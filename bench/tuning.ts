// `npm run bench:tuning`: worker tunings side by side on one stack, in alternating rounds.
import os from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { terminate } from '../infra/process';
import { http, openCaseBody, round } from './measure';
import { saveResults, startBenchStack, type BenchStack, type CpuSeconds } from './stack';

/**
 * Throughput of opening cases and of staff actions over HTTP at each concurrency level, for each candidate
 * worker tuning (`WORKER_*`), the worker restarted between candidates and the candidates taking turns for
 * TUNING_ROUNDS rounds, so that the load of a shared machine falls on all of them alike. The baseline is
 * the first candidate, `sdk-defaults`: the Temporal SDK's own defaults (as the worker ran before it was
 * tunable). Beside each figure: the CPU time each part of the stack spent per operation, which the load of
 * other processes does not change as much as it changes throughput.
 *
 * TUNING_CANDIDATES: `name:KEY=VALUE,KEY=VALUE;name:…` (default: `sdk-defaults` against `configured`,
 * the worker's defaults in lib/config.ts). TUNING_SECONDS (6), TUNING_CONCURRENCY (10,50), TUNING_ROUNDS (2).
 */
const SECONDS = Number(process.env.TUNING_SECONDS ?? 6);
const LEVELS = (process.env.TUNING_CONCURRENCY ?? '10,50').split(',').map(Number);
const ROUNDS = Number(process.env.TUNING_ROUNDS ?? 2);

/** What the SDK does when nothing is set (worker-options.js of @temporalio/worker 1.24, reuseV8Context). */
function sdkDefaults(): Record<string, string> {
  const heapMiB = getHeapStatistics().heap_size_limit / 2 ** 20;
  return {
    WORKER_CACHED_WORKFLOWS: String(Math.max(Math.floor(Math.max(heapMiB - 200, 0) * (600 / 1024)), 10)),
    WORKER_WORKFLOW_TASKS: '40',
    WORKER_WORKFLOW_TASK_POLLS: '10',
    WORKER_ACTIVITIES: '100',
    WORKER_LOCAL_ACTIVITIES: '100',
    WORKER_DB_CONNECTIONS: '10',
    WORKER_WORKFLOW_HEAP_MIB: '0',
    WORKER_STACK_TRACES: 'true',
  };
}

function candidates(): { name: string; env: Record<string, string> }[] {
  const spec = process.env.TUNING_CANDIDATES;
  const parsed = spec
    ? spec.split(';').map((part) => {
        const [name, settings = ''] = part.split(':');
        const env = Object.fromEntries(
          settings
            .split(',')
            .filter(Boolean)
            .map((pair) => pair.split('=') as [string, string]),
        );
        return { name: name!.trim(), env };
      })
    : [{ name: 'configured', env: {} }];
  return [{ name: 'sdk-defaults', env: sdkDefaults() }, ...parsed.filter((c) => c.name !== 'sdk-defaults')];
}

interface Measured {
  candidate: string;
  round: number;
  scenario: 'open case' | 'staff action';
  concurrency: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  cpuMsPerOperation: Record<keyof CpuSeconds, number>;
  loadAverage: number;
}

async function main() {
  const stack = await startBenchStack();
  const measured: Measured[] = [];
  const list = candidates();
  try {
    for (let r = 1; r <= ROUNDS; r++) {
      for (const candidate of list) {
        await terminate(stack.worker);
        await stack.startWorker(candidate.env);
        measured.push(...(await measureCandidate(stack, candidate.name, r)));
      }
    }
  } finally {
    await stack.stop();
  }
  const summary = summarise(measured, list[0]!.name);
  console.table(summary);
  const file = saveResults('tuning', {
    seconds: SECONDS,
    rounds: ROUNDS,
    candidates: list,
    summary,
    measured,
  });
  console.log(`results: ${file}`);
}

async function measureCandidate(stack: BenchStack, candidate: string, r: number): Promise<Measured[]> {
  const out: Measured[] = [];
  const openRequest = {
    method: 'POST' as const,
    path: '/v1/cases',
    setupRequest: (req: object) => ({ ...req, body: JSON.stringify(openCaseBody()) }),
  };
  // Warm-up, and the open cases the staff actions go to (this worker's cache holds them, as in service).
  await http(stack, 4, 2, openRequest);
  const caseIds: string[] = [];
  for (let i = 0; i < 100; i += 20) {
    const opened = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const response = await fetch(`${stack.apiUrl}/v1/cases`, {
          method: 'POST',
          headers: { authorization: `Bearer ${stack.adminKey}`, 'content-type': 'application/json' },
          body: JSON.stringify(openCaseBody()),
        });
        if (!response.ok) throw new Error(`opening a case: ${response.status} ${await response.text()}`);
        return ((await response.json()) as { id: string }).id;
      }),
    );
    caseIds.push(...opened);
  }
  const note = JSON.stringify({ body: 'Called the vendor; parts arrive Thursday', visibility: 'internal' });
  const noteRequest = {
    method: 'POST' as const,
    setupRequest: (req: object) => ({
      ...req,
      path: `/v1/cases/${caseIds[Math.floor(Math.random() * caseIds.length)]}/notes`,
      body: note,
    }),
  };
  for (const [scenario, request] of [
    ['open case', openRequest],
    ['staff action', noteRequest],
  ] as const) {
    for (const concurrency of LEVELS) {
      const before = stack.cpuSeconds();
      const figures = await http(stack, concurrency, SECONDS, request);
      const after = stack.cpuSeconds();
      const operations = Math.max(1, figures.requests);
      const cpuMsPerOperation = Object.fromEntries(
        (Object.keys(before) as (keyof CpuSeconds)[]).map((part) => [
          part,
          round(((after[part] - before[part]) * 1000) / operations),
        ]),
      ) as Record<keyof CpuSeconds, number>;
      const entry: Measured = {
        candidate,
        round: r,
        scenario,
        concurrency,
        ...figures,
        cpuMsPerOperation,
        loadAverage: round(os.loadavg()[0]!),
      };
      out.push(entry);
      const cpu = Object.entries(cpuMsPerOperation)
        .map(([part, ms]) => `${part} ${ms}`)
        .join(', ');
      console.log(
        `round ${r} ${candidate.padEnd(16)} ${scenario.padEnd(12)} c=${String(concurrency).padEnd(3)} ` +
          `${String(figures.perSecond).padStart(6)}/s p50 ${figures.p50} ms p99 ${figures.p99} ms` +
          `${figures.errors ? ` errors ${figures.errors}` : ''} | CPU ms/op ${cpu} | load ${entry.loadAverage}`,
      );
    }
  }
  return out;
}

/** Per candidate, scenario and level: the median throughput over rounds, and its ratio to the baseline's. */
function summarise(measured: Measured[], baseline: string) {
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  const keys = [...new Set(measured.map((m) => `${m.scenario}|${m.concurrency}|${m.candidate}`))];
  return keys.map((key) => {
    const [scenario, concurrency, candidate] = key.split('|') as [string, string, string];
    const of = (name: string) =>
      measured.filter((m) => m.scenario === scenario && String(m.concurrency) === concurrency && m.candidate === name);
    const mine = of(candidate);
    const perSecond = median(mine.map((m) => m.perSecond));
    const basePerSecond = median(of(baseline).map((m) => m.perSecond));
    const workerCpu = median(mine.map((m) => m.cpuMsPerOperation.worker));
    const allCpu = median(mine.map((m) => Object.values(m.cpuMsPerOperation).reduce((a, b) => a + b, 0)));
    return {
      scenario,
      concurrency: Number(concurrency),
      candidate,
      perSecond: round(perSecond),
      ratioToBaseline: Math.round((perSecond / basePerSecond) * 100) / 100,
      p50: median(mine.map((m) => m.p50)),
      workerCpuMsPerOp: round(workerCpu),
      stackCpuMsPerOp: round(allCpu),
      loadAverage: median(mine.map((m) => m.loadAverage)),
    };
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
