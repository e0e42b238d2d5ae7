// `npm run bench:events`: POST /v1/events at 500-event batches, beside the store step alone.
import { randomUUID } from 'node:crypto';
import { createEventActivities } from '../activities/events';
import type { InboundEvent } from '../domain/events';
import { percentile, ratio, round } from './measure';
import fs from 'node:fs';
import { PROPERTY, saveResults, startBenchStack, waitFor, type BenchStack } from './stack';

/**
 * EVENTS_TOTAL (100,000) events posted in batches of EVENTS_BATCH (500) by EVENTS_CLIENTS (4) concurrent
 * senders to the API, as another system would. Measured: events accepted per second (first POST to last
 * 202; a 202 means every event of the batch is stored) and the time from the first POST until the trigger
 * rules have run over every one of them (`InboundEvent.processedAt` set, which the evaluation writes).
 * Floor: the same events, in the same batches with the same concurrency, stored by the store step alone called
 * in this process (`storeEvents`: one multi-row INSERT … ON CONFLICT and one read of the rows per batch), with
 * no HTTP and no Temporal: what accepting a batch cannot go below.
 *
 * The mix (stated in the results): surveys scoring 3-5 (one in 200 scores 1, which opens a case),
 * package deliveries, work-order updates, amenity notices, lease renewals, over EVENTS_HOUSEHOLDS (20,000)
 * households in the last 7 days. Every event goes through every rule; few fire, so the figure is the
 * event pipeline's, not the case workflows' (`npm run bench:cases`) nor the watches'.
 */
const TOTAL = Number(process.env.EVENTS_TOTAL ?? 100_000);
const BATCH = Number(process.env.EVENTS_BATCH ?? 500);
const CLIENTS = Number(process.env.EVENTS_CLIENTS ?? 4);
const HOUSEHOLDS = Number(process.env.EVENTS_HOUSEHOLDS ?? 20_000);
const EVALUATION_TIMEOUT_MS = Number(process.env.EVENTS_TIMEOUT_MINUTES ?? 30) * 60_000;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** User + system CPU time of a process so far, in ms (Linux, 100 ticks a second). */
function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const householdId = (i: number) => `bench-ev-hh-${i % HOUSEHOLDS}`;

/** A deterministic pseudo-random in [0, 1) per event, so two runs send the same mix. */
const unit = (n: number, salt: number) => {
  const x = Math.sin(n * 12.9898 + salt * 78.233) * 43758.5453;
  return x - Math.floor(x);
};

function eventAt(n: number, source: string, now: number): InboundEvent {
  const base = {
    source,
    externalId: `ev-${n}`,
    propertyId: PROPERTY,
    householdId: householdId(Math.floor(unit(n, 1) * HOUSEHOLDS)),
    occurredAt: new Date(now - Math.floor(unit(n, 2) * WEEK_MS)).toISOString(),
  };
  const r = unit(n, 3);
  const v = unit(n, 4);
  if (r < 0.4) {
    const score = n % 200 === 0 ? 1 : 3 + Math.floor(v * 3);
    return { ...base, type: 'survey_response', score };
  }
  if (r < 0.65) {
    const status = (['delivered', 'picked_up', 'delayed'] as const)[Math.floor(v * 3)]!;
    return { ...base, type: 'package_event', packageId: `pk-${n}`, status };
  }
  if (r < 0.8) return { ...base, type: 'work_order_updated', workOrderId: `wo-${n}`, status: 'parts ordered' };
  if (r < 0.9) return { ...base, type: 'amenity_problem', amenity: 'Pool', problem: 'out_of_service' };
  return { ...base, type: 'lease_renewal', status: v < 0.5 ? 'offered' : 'renewed' };
}

const batches = (source: string, now: number): InboundEvent[][] =>
  Array.from({ length: Math.ceil(TOTAL / BATCH) }, (_, b) =>
    Array.from({ length: Math.min(BATCH, TOTAL - b * BATCH) }, (_, i) => eventAt(b * BATCH + i, source, now)),
  );

/** `CLIENTS` senders taking the batches in turn; the latency of each and the wall time of all. */
async function send(all: InboundEvent[][], post: (batch: InboundEvent[]) => Promise<unknown>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let b = next++; b < all.length; b = next++) {
        const t = performance.now();
        await post(all[b]!);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const events = all.reduce((sum, batch) => sum + batch.length, 0);
  return {
    events,
    seconds: round(seconds),
    eventsPerSecond: Math.round(events / seconds),
    batchP50: round(percentile(latencies, 50)),
    batchP99: round(percentile(latencies, 99)),
  };
}

async function postBatch(stack: BenchStack, batch: InboundEvent[]): Promise<void> {
  const response = await fetch(`${stack.apiUrl}/v1/events`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${stack.adminKey}`,
      'content-type': 'application/json',
      'idempotency-key': `bench-${batch[0]!.source}-${batch[0]!.externalId}`,
    },
    body: JSON.stringify({ events: batch }),
  });
  const body = await response.text();
  if (response.status !== 202) throw new Error(`POST /v1/events: ${response.status} ${body}`);
  const receipt = JSON.parse(body) as { accepted: number };
  if (receipt.accepted !== batch.length) throw new Error(`accepted ${receipt.accepted} of ${batch.length}: ${body}`);
}

async function main() {
  const stack = await startBenchStack({ temporalInMemory: true });
  try {
    await stack.db.household.createMany({
      data: Array.from({ length: HOUSEHOLDS }, (_, i) => ({
        id: householdId(i),
        propertyId: PROPERTY,
        unit: `E${i}`,
        name: `Household E${i}`,
      })),
    });
    const now = Date.now();

    // Floor: the same rows straight into PostgreSQL, then removed.
    const store = createEventActivities(stack.db, undefined).storeEvents;
    const floor = await send(batches('floor', now), (batch) => store({ batchId: randomUUID(), events: batch }));
    await stack.db.inboundEvent.deleteMany({ where: { source: 'floor' } });
    console.log(`floor   the store step alone, in-process, ${floor.events} events: ${floor.eventsPerSecond} events/s`);

    // Warm-up: the API's and the worker's first batch (connections, plans, the workflow bundle's first run).
    await send(batches('warm-up', now).slice(0, CLIENTS), (batch) => postBatch(stack, batch));
    await waitFor(
      async () => (await stack.db.inboundEvent.count({ where: { source: 'warm-up', processedAt: null } })) === 0,
      EVALUATION_TIMEOUT_MS,
      'the warm-up batches to be evaluated',
    );

    const cpuBefore = { api: cpuMs(stack.api.pid!), worker: cpuMs(stack.worker.pid!) };
    const firstPost = performance.now();
    const accepted = await send(batches('bench', now), (batch) => postBatch(stack, batch));
    console.log(
      `accept  ${accepted.events} events in ${BATCH}-event batches, ${CLIENTS} clients: ` +
        `${accepted.eventsPerSecond} events/s (×${ratio(accepted.eventsPerSecond, floor.eventsPerSecond)} of the floor), ` +
        `batch p50 ${accepted.batchP50} ms p99 ${accepted.batchP99} ms`,
    );
    const pending = () => stack.db.inboundEvent.count({ where: { source: 'bench', processedAt: null } });
    await waitFor(async () => (await pending()) === 0, EVALUATION_TIMEOUT_MS, 'every event to be evaluated');
    const evaluatedSeconds = round((performance.now() - firstPost) / 1000);
    // CPU time each process spent per 1,000 events, accepting and evaluating: what a worker or API costs.
    const cpuPerThousand = {
      api: Math.round(((cpuMs(stack.api.pid!) - cpuBefore.api) * 1000) / TOTAL),
      worker: Math.round(((cpuMs(stack.worker.pid!) - cpuBefore.worker) * 1000) / TOTAL),
    };
    const stored = await stack.db.inboundEvent.count({ where: { source: 'bench' } });
    if (stored !== TOTAL) throw new Error(`stored ${stored} bench events, sent ${TOTAL}`);
    const casesOpened = await stack.db.case.count({ where: { propertyId: PROPERTY, triggerRule: { not: null } } });
    console.log(
      `evaluate every trigger of ${TOTAL} events: ${evaluatedSeconds} s from the first POST ` +
        `(${Math.round(TOTAL / evaluatedSeconds)} events/s); ${casesOpened} cases opened by the rules; ` +
        `CPU per 1,000 events: worker ${cpuPerThousand.worker} ms, API ${cpuPerThousand.api} ms`,
    );
    const file = saveResults('events', {
      total: TOTAL,
      batch: BATCH,
      clients: CLIENTS,
      households: HOUSEHOLDS,
      mix: 'surveys 40% (1 in 200 scores 1), packages 25%, work-order updates 15%, amenity notices 10%, renewals 10%',
      floor,
      accepted,
      acceptedOverFloor: ratio(accepted.eventsPerSecond, floor.eventsPerSecond),
      evaluatedSeconds,
      casesOpened,
      cpuMsPerThousandEvents: cpuPerThousand,
    });
    console.log(`results: ${file}`);
  } finally {
    await stack.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
