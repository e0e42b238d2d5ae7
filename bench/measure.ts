// Shared by the benchmarks: how a figure is measured and rounded.
import autocannon from 'autocannon';
import { BENCH_HOUSEHOLDS, benchHousehold, PROPERTY, type BenchStack } from './stack';

export interface Figures {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const round = (n: number) => Math.round(n * 10) / 10;
export const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/** `concurrency` callers repeating `call` for `seconds`; latencies in ms. */
export async function direct(concurrency: number, seconds: number, call: () => Promise<unknown>): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const until = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        const t = performance.now();
        try {
          await call();
          latencies.push(performance.now() - t);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    perSecond: round(latencies.length / elapsed),
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
  };
}

/** The body of `POST /v1/cases` for a random household of the bench property. */
export const openCaseBody = () => ({
  propertyId: PROPERTY,
  residentId: benchHousehold(Math.floor(Math.random() * BENCH_HOUSEHOLDS)),
  category: 'maintenance_delay',
  severity: 'medium',
  channel: 'resident_app',
  summary: 'Dishwasher repair promised Monday, still broken',
});

/** `concurrency` HTTP clients (autocannon) repeating `request` against the stack's API for `seconds`. */
export async function http(
  stack: BenchStack,
  concurrency: number,
  seconds: number,
  request: autocannon.Request,
): Promise<Figures> {
  const result = await autocannon({
    url: stack.apiUrl,
    connections: concurrency,
    duration: seconds,
    headers: { authorization: `Bearer ${stack.adminKey}`, 'content-type': 'application/json' },
    requests: [request],
  });
  const errors = result.errors + result.timeouts + result.non2xx;
  return {
    requests: result.requests.total,
    errors,
    perSecond: round(result.requests.average),
    p50: round(result.latency.p50),
    p99: round(result.latency.p99),
  };
}
