import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBenchStack, type BenchStack } from '../../bench/stack';
import { expectAllRecovered, expectDeterministicReplays, lifecycle, sleep } from './support';

/**
 * The service's dependencies fail under a running workload: PostgreSQL stops for 30 s (activities retry
 * and catch up; the API answers 503 on reads meanwhile, then recovers), and the Temporal server restarts
 * (its state persisted). Nothing is lost or duplicated. Slow, so only in `npm run test:faults`.
 */
const CASES = Number(process.env.FAULT_CASES ?? 10) / 5;
let stack: BenchStack;

beforeAll(async () => {
  stack = await startBenchStack();
}, 180_000);
afterAll(() => stack?.stop());

async function run(offset: number, fault: () => Promise<void>): Promise<string[]> {
  const ids: string[] = [];
  const work = Promise.all(Array.from({ length: CASES }, async (_, i) => ids.push(await lifecycle(stack, offset + i))));
  await sleep(3_000);
  await fault();
  await work;
  return ids;
}

describe('dependencies fail mid-run', () => {
  it(
    'PostgreSQL stopped for 30 s: reads answer 503 meanwhile; every case still recovers',
    async () => {
      const outage: number[] = [];
      const ids = await run(10_000, async () => {
        await stack.stopPostgres();
        const until = Date.now() + 30_000;
        while (Date.now() < until) {
          const response = await fetch(`${stack.apiUrl}/v1/cases?limit=1`, {
            headers: { authorization: `Bearer ${stack.adminKey}` },
          }).catch(() => null);
          if (response) outage.push(response.status);
          await sleep(2_000);
        }
        await stack.startPostgres();
      });
      // A valid key must never look invalid because the database is away: 503, never 401.
      expect(outage.length).toBeGreaterThan(0);
      expect(new Set(outage)).toEqual(new Set([503]));
      const after = await fetch(`${stack.apiUrl}/v1/cases?limit=1`, {
        headers: { authorization: `Bearer ${stack.adminKey}` },
      });
      expect(after.status).toBe(200);
      await expectAllRecovered(stack, ids);
      await expectDeterministicReplays(stack, ids);
      console.log(
        `postgres-down: ${ids.length} cases recovered across a 30 s outage; answers meanwhile: ${[...new Set(outage)].join(', ')}`,
      );
    },
    15 * 60_000,
  );

  it(
    'Temporal server restarted: every case still recovers',
    async () => {
      const ids = await run(20_000, () => stack.restartTemporal());
      await expectAllRecovered(stack, ids);
      await expectDeterministicReplays(stack, ids);
      console.log(`temporal-restart: ${ids.length} cases recovered across a Temporal restart`);
    },
    15 * 60_000,
  );
});
