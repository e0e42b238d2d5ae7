import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../api/app';
import { Throttle } from '../../api/plugins/throttle';
import { loadConfig } from '../../lib/config';
import { startStack } from '../support/stack';

/**
 * Throttling (issue 13, item 4): requests without a valid key are counted per client address before any
 * key is looked up; authenticated ones per key id whatever the header's spelling; reports have their own,
 * lower budget; the counters and the key cache stay bounded.
 */
let stack: Awaited<ReturnType<typeof startStack>>;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

async function appWith(env: Record<string, string>, address: string) {
  const config = loadConfig({ ...env });
  const app = await buildApp({
    db: stack.db,
    temporal: stack.temporal,
    temporalConnection: stack.temporalConnection,
    taskQueue: stack.taskQueue,
    logLevel: 'silent',
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    reportsRateLimitPerMinute: config.REPORTS_RATE_LIMIT_PER_MINUTE,
  });
  const get = (url: string, authorization?: string) =>
    app.inject({ method: 'GET', url, remoteAddress: address, headers: authorization ? { authorization } : {} });
  return { app, get };
}

describe('unknown and failed keys', () => {
  let app: FastifyInstance;
  afterAll(() => app?.close());

  it('RATE_LIMIT_PER_MINUTE=30: the 31st request with a bogus key gets 429 with Retry-After', async () => {
    const built = await appWith({ RATE_LIMIT_PER_MINUTE: '30' }, '203.0.113.7');
    app = built.app;
    const statuses = [];
    for (let i = 0; i < 31; i++) statuses.push((await built.get('/v1/cases', `Bearer sr_bogus-${i}`)).statusCode);
    expect(statuses).toEqual([...Array(30).fill(401), 429]);
    const limited = await built.get('/v1/cases', 'Bearer sr_bogus');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(limited.json()).toMatchObject({ type: expect.stringMatching(/rate-limited$/), status: 429 });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Counted per address: another client is not held up by this one.
    const other = await app.inject({
      method: 'GET',
      url: '/v1/cases',
      remoteAddress: '198.51.100.9',
      headers: stack.adminHeaders,
    });
    expect(other.statusCode).toBe(200);
  });

  it('requests without a key and probes of unknown paths count too', async () => {
    const built = await appWith({ RATE_LIMIT_PER_MINUTE: '4' }, '203.0.113.8');
    try {
      const statuses = [];
      for (const url of ['/v1/cases', '/v1/nothing', '/v1/cases', '/v1/nothing-else', '/v1/cases'])
        statuses.push((await built.get(url)).statusCode);
      expect(statuses).toEqual([401, 404, 401, 404, 429]);
      // Health stays reachable for the load balancer.
      expect((await built.get('/healthz')).statusCode).toBe(200);
    } finally {
      await built.app.close();
    }
  });
});

describe('authenticated requests', () => {
  it('count per key id however the Authorization header is spelled', async () => {
    const built = await appWith({ RATE_LIMIT_PER_MINUTE: '3' }, '203.0.113.9');
    try {
      const { authorization } = await stack.keyFor('admin');
      const secret = authorization.slice('Bearer '.length);
      const statuses = [];
      for (const spelling of [`Bearer ${secret}`, `bearer  ${secret}`, `BEARER ${secret}`, `Bearer ${secret}`]) {
        statuses.push((await built.get('/v1/properties', spelling)).statusCode);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await built.app.close();
    }
  });

  it('reports have their own, lower limit', async () => {
    const built = await appWith({ RATE_LIMIT_PER_MINUTE: '100', REPORTS_RATE_LIMIT_PER_MINUTE: '2' }, '203.0.113.10');
    try {
      const { authorization } = await stack.keyFor('admin');
      const reports = [];
      for (let i = 0; i < 3; i++)
        reports.push((await built.get('/v1/reports/renewal-risk?limit=1', authorization)).statusCode);
      expect(reports).toEqual([200, 200, 429]);
      expect((await built.get('/v1/properties', authorization)).statusCode).toBe(200);
    } finally {
      await built.app.close();
    }
  });

  it('the reports limit defaults to 60 a minute, or the general limit when that is lower', async () => {
    for (const [env, expected] of [
      [{}, 60],
      [{ RATE_LIMIT_PER_MINUTE: '10' }, 10],
    ] as const) {
      const built = await appWith(env, `203.0.113.${20 + expected}`);
      try {
        const { authorization } = await stack.keyFor('admin');
        let answered = 0;
        while ((await built.get('/v1/reports/monthly-reviews', authorization)).statusCode === 200 && answered <= 100)
          answered += 1;
        expect(answered).toBe(expected);
      } finally {
        await built.app.close();
      }
    }
  });
});

describe('the counters stay bounded', () => {
  it('a flood of new buckets never grows the map past its bound; ended windows go first', () => {
    let now = 0;
    const throttle = new Throttle(60_000, 100, () => now);
    for (let i = 0; i < 10_000; i++) throttle.take(`address:${i}`, 5);
    expect(throttle.size).toBe(100);
    // The newest buckets are still counted.
    for (let i = 0; i < 5; i++) throttle.take('address:9999', 5);
    expect(throttle.take('address:9999', 5)).toBeGreaterThan(0);
    now = 61_000;
    expect(throttle.take('address:9999', 5)).toBe(0);
  });
});
