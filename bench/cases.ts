// `npm run bench:cases`: the API against the Temporal client it wraps, side by side on one server.
import { randomUUID } from 'node:crypto';
import { workflowIdForCase, type RecoveryCaseInput } from '../domain/case';
import { openCase } from '../lib/case-starter';
import { getCase, staffUpdates } from '../definitions/recovery-case';
import { measureFloor, type Floor } from './floor/measure';
import { direct, http, openCaseBody, percentile, ratio, round, type Figures } from './measure';
import { saveResults, startBenchStack, type BenchStack } from './stack';

const { addNote, acknowledge, recordFacts, proposePlan, resolve, recordFeedback } = staffUpdates;

/**
 * Each figure is a ratio against its closest baseline measured in the same run, because these machines are
 * noisy: HTTP case creation (Fastify → Temporal update-with-start → intake activity → read model) against
 * the same update-with-start sent directly with @temporalio/client; an HTTP staff action against the same
 * Update sent directly; a whole lifecycle over HTTP against the same steps through the client. HTTP load
 * comes from autocannon; the direct baseline runs the same number of concurrent callers in this process.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const LEVELS = (process.env.BENCH_CONCURRENCY ?? '1,10,50').split(',').map(Number);
const LIFECYCLES = Number(process.env.BENCH_LIFECYCLES ?? 10);

const body = openCaseBody;

async function main() {
  const stack = await startBenchStack();
  const results: Record<string, unknown>[] = [];
  let floors: Record<number, Floor> | undefined;
  const row = (scenario: string, concurrency: number, api: Figures, baseline: Figures, floor?: Figures) => {
    const entry = {
      scenario,
      concurrency,
      api,
      direct: baseline,
      floor,
      throughputRatio: ratio(api.perSecond, baseline.perSecond),
      p50Ratio: ratio(api.p50, baseline.p50),
      // The service as a multiple of what the same server costs for the same shape of work.
      p50OverFloor: floor ? ratio(api.p50, floor.p50) : undefined,
    };
    results.push(entry);
    const figures = (f: Figures) =>
      `${String(f.perSecond).padStart(7)}/s p50 ${String(f.p50).padStart(7)} ms p99 ${String(f.p99).padStart(7)} ms`;
    console.log(
      `${scenario.padEnd(12)} c=${String(concurrency).padEnd(3)} API ${figures(api)} | direct ${figures(baseline)}` +
        (floor ? ` | floor ${figures(floor)} | p50 ×${entry.p50OverFloor} of floor` : '') +
        (api.errors + baseline.errors ? ` errors ${api.errors}/${baseline.errors}` : ''),
    );
  };
  try {
    floors = await measureFloor(stack.client, stack.temporalAddress, LEVELS, SECONDS);
    for (const c of LEVELS) {
      const f = floors[c]!;
      console.log(
        `floor        c=${String(c).padEnd(3)} bare Update p50 ${f.bareUpdate.p50} ms (${f.bareUpdate.perSecond}/s), ` +
          `+activity ${f.updateWithActivity.p50} ms, +local activity ${f.updateWithLocalActivity.p50} ms, ` +
          `start+Update ${f.startAndUpdate.p50} ms (${f.startAndUpdate.perSecond}/s)`,
      );
    }
    const open = () =>
      openCase(stack.client, stack.taskQueue, {
        ...(body() as Omit<RecoveryCaseInput, 'caseId'>),
        caseId: randomUUID(),
      });
    // Warm-up: the worker's workflow cache, the API's connections, PostgreSQL's plans.
    await direct(4, 3, open);
    await http(stack, 4, 3, {
      method: 'POST',
      path: '/v1/cases',
      setupRequest: (req) => ({ ...req, body: JSON.stringify(body()) }),
    });

    for (const c of LEVELS) {
      const api = await http(stack, c, SECONDS, {
        method: 'POST',
        path: '/v1/cases',
        setupRequest: (req) => ({ ...req, body: JSON.stringify(body()) }),
      });
      const baseline = await direct(c, SECONDS, open);
      row('open case', c, api, baseline, floors[c]?.startAndUpdate);
    }

    // A staff action: an internal note (an Update) on one of 200 open cases, chosen at random.
    const caseIds: string[] = [];
    for (let i = 0; i < 200; i += 20)
      caseIds.push(...(await Promise.all(Array.from({ length: 20 }, async () => (await open()).caseId))));
    const pick = () => caseIds[Math.floor(Math.random() * caseIds.length)]!;
    const note = { body: 'Called the vendor; parts arrive Thursday', visibility: 'internal' };
    for (const c of LEVELS) {
      const api = await http(stack, c, SECONDS, {
        method: 'POST',
        setupRequest: (req) => ({ ...req, path: `/v1/cases/${pick()}/notes`, body: JSON.stringify(note) }),
      });
      const baseline = await direct(c, SECONDS, () =>
        stack.client.workflow
          .getHandle(workflowIdForCase(pick()))
          .executeUpdate(addNote, { args: [{ by: 'bench-cm', ...note } as never] }),
      );
      row('staff action', c, api, baseline, floors[c]?.bareUpdate);
    }

    // Whole lifecycles, creation to a recovered close (the follow-up check-in waits 2 s by policy).
    for (const c of [1, Math.min(10, Math.max(...LEVELS))]) {
      const api = await lifecycles(c, () => lifecycleOverHttp(stack));
      const baseline = await lifecycles(c, () => lifecycleDirect(stack));
      row('lifecycle', c, api, baseline);
    }
  } finally {
    await stack.stop();
  }
  const file = saveResults('cases', { seconds: SECONDS, floors, results });
  console.log(`results: ${file}`);
}

async function lifecycles(concurrency: number, run: () => Promise<void>): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const started = Date.now();
  const perLane = Math.max(1, Math.ceil(LIFECYCLES / concurrency));
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = 0; i < perLane; i++) {
        const t = performance.now();
        try {
          await run();
          latencies.push(performance.now() - t);
        } catch (error) {
          errors += 1;
          console.error(`lifecycle failed: ${error}`);
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const elapsed = (Date.now() - started) / 1000;
  return {
    requests: latencies.length,
    errors,
    perSecond: Math.round((latencies.length / elapsed) * 100) / 100,
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
  };
}

async function lifecycleOverHttp(stack: BenchStack): Promise<void> {
  const call = async (method: string, path: string, payload?: unknown) => {
    const response = await fetch(`${stack.apiUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${stack.adminKey}`,
        ...(payload ? { 'content-type': 'application/json' } : {}),
      },
      body: payload ? JSON.stringify(payload) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<{ id: string; status: string; timeline: { type: string }[] }>;
  };
  const { id } = await call('POST', '/v1/cases', body());
  await call('POST', `/v1/cases/${id}/acknowledge`, {});
  await call('POST', `/v1/cases/${id}/facts`, {
    whatHappened: 'Parts on back order',
    rootCauseFamily: 'organizational',
  });
  await call('POST', `/v1/cases/${id}/resolution-plan`, {
    plan: 'Loan unit, then repair',
    needsResidentAgreement: false,
  });
  await call('POST', `/v1/cases/${id}/resolve`, { actionsTaken: 'Repaired' });
  while (!(await call('GET', `/v1/cases/${id}`)).timeline.some((e) => e.type === 'follow_up_sent')) await sleep(100);
  await call('POST', `/v1/cases/${id}/feedback`, { satisfied: true });
  if ((await call('GET', `/v1/cases/${id}`)).status !== 'closed') throw new Error(`case ${id} did not close`);
}

async function lifecycleDirect(stack: BenchStack): Promise<void> {
  const { caseId } = await openCase(stack.client, stack.taskQueue, {
    ...(body() as Omit<RecoveryCaseInput, 'caseId'>),
    caseId: randomUUID(),
  });
  const handle = stack.client.workflow.getHandle(workflowIdForCase(caseId));
  const by = 'bench-cm';
  await handle.executeUpdate(acknowledge, { args: [{ by }] });
  await handle.executeUpdate(recordFacts, {
    args: [{ by, whatHappened: 'Parts on back order', rootCauseFamily: 'organizational', contributingFactors: [] }],
  });
  await handle.executeUpdate(proposePlan, {
    args: [{ by, plan: 'Loan unit, then repair', needsResidentAgreement: false }],
  });
  await handle.executeUpdate(resolve, { args: [{ by, actionsTaken: 'Repaired' }] });
  while (!(await handle.query(getCase)).followUp?.checkInSentAt) await sleep(100);
  const state = await handle.executeUpdate(recordFeedback, { args: [{ satisfied: true, by }] });
  if (state.status !== 'closed') throw new Error(`case ${caseId} did not close`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
