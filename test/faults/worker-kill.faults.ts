import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBenchStack, type BenchStack } from '../../bench/stack';
import { expectAllRecovered, expectDeterministicReplays, lifecycle, saveHistories, sleep } from './support';

/**
 * The worker is killed with SIGKILL at random moments while cases run through their whole lifecycle over
 * HTTP, and restarted each time. Every case must still reach a recovered close, every resident message
 * must exist exactly once, every column of the read model's case row must match the workflow's state, and
 * every history must replay without a divergence (a fresh worker takes exactly the recorded steps).
 * FAULT_CASES sets the number of cases (10 by default; `npm run test:faults` runs 100). Slow, so only in
 * `npm run test:faults`.
 */
const CASES = Number(process.env.FAULT_CASES ?? 10);
const CONCURRENCY = 10;
let stack: BenchStack;

beforeAll(async () => {
  stack = await startBenchStack();
}, 180_000);
afterAll(() => stack?.stop());

describe('worker killed with SIGKILL mid-run', () => {
  it(
    `${CASES} cases all recover; nothing lost, nothing sent twice`,
    async () => {
      const started = Date.now();
      let running = true;
      let kills = 0;
      const killer = (async () => {
        while (running) {
          await sleep(1_500 + Math.random() * 3_000);
          if (!running) break;
          stack.worker.kill('SIGKILL');
          kills += 1;
          await sleep(500);
          await stack.startWorker();
        }
      })();
      const ids: string[] = [];
      let next = 0;
      try {
        try {
          await Promise.all(
            Array.from({ length: CONCURRENCY }, async () => {
              for (let i = next++; i < CASES; i = next++) ids.push(await lifecycle(stack, i));
            }),
          );
        } finally {
          running = false;
          await killer;
        }
        expect(kills).toBeGreaterThan(0);
        expect(new Set(ids).size).toBe(CASES);
        await expectAllRecovered(stack, ids);
        await expectDeterministicReplays(stack, ids);
      } catch (error) {
        console.error(`worker-kill: histories saved in ${await saveHistories(stack, `worker-kill-${started}`)}`);
        throw error;
      }
      const seconds = Math.round((Date.now() - started) / 1000);
      console.log(`worker-kill: ${CASES} cases recovered through ${kills} SIGKILLs of the worker in ${seconds} s`);
    },
    30 * 60_000,
  );
});
