import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchHousehold, startBenchStack, type BenchStack } from '../../bench/stack';
import { call, sleep } from './support';

/**
 * The API is killed (SIGKILL) and restarted while clients keep retrying `POST /v1/cases` with their
 * Idempotency-Key: every key must end with exactly one case, and every retry must name that case.
 */
const CLIENTS = 20;
const ATTEMPTS = 4;
let stack: BenchStack;

beforeAll(async () => {
  stack = await startBenchStack();
}, 180_000);
afterAll(() => stack?.stop());

describe('API restarted under retrying clients', () => {
  it(
    'exactly one case per Idempotency-Key',
    async () => {
      let running = true;
      let restarts = 0;
      let answered = 0;
      const restarter = (async () => {
        while (running) {
          // Each life of the API answers at least one request before it dies (or lives 5 s), so a slow machine,
          // where opening a case takes longer than the kill interval, still makes progress; the kill still lands
          // while other requests are in flight.
          const before = answered;
          const until = Date.now() + 5_000;
          while (running && answered === before && Date.now() < until) await sleep(50);
          await sleep(300 + Math.random() * 700);
          if (!running) break;
          stack.api.kill('SIGKILL');
          restarts += 1;
          await stack.startApi();
        }
      })();
      const answers: string[][] = [];
      try {
        await Promise.all(
          Array.from({ length: CLIENTS }, async (_, client) => {
            const ids: string[] = [];
            // A client that never saw an answer, or doubts it, sends the same request again with the same key.
            for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
              const answer = await call(
                stack,
                'POST',
                '/v1/cases',
                {
                  propertyId: 'bench-court',
                  residentId: benchHousehold(500 + client),
                  category: 'package',
                  severity: 'low',
                  channel: 'phone',
                  summary: 'Parcel missing',
                },
                { 'idempotency-key': `restart-${client}` },
              );
              expect(answer.status, JSON.stringify(answer.body)).toBe(201);
              answered += 1;
              ids.push(answer.body.id);
              await sleep(Math.random() * 500);
            }
            answers[client] = ids;
          }),
        );
      } finally {
        running = false;
        await restarter;
      }
      expect(restarts).toBeGreaterThan(0);
      for (let client = 0; client < CLIENTS; client++) {
        expect(new Set(answers[client]).size, `client ${client}`).toBe(1);
        expect(await stack.db.case.count({ where: { residentId: benchHousehold(500 + client) } })).toBe(1);
      }
      console.log(`api-restart: ${CLIENTS} clients × ${ATTEMPTS} attempts, ${restarts} API kills: one case per key`);
    },
    10 * 60_000,
  );
});
