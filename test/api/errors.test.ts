import { randomUUID } from 'node:crypto';
import SwaggerParser from '@apidevtools/swagger-parser';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../api/app';
import { createDb } from '../../lib/db';
import { startStack } from '../support/stack';

/**
 * Bad input and failure at the HTTP edge: every error is problem+json with a stable type and no internals;
 * limits, rate limits, unreachable dependencies; headers; the OpenAPI document and that every documented
 * route answers with a documented status.
 */
let stack: Awaited<ReturnType<typeof startStack>>;
const propertyId = `err-${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  stack = await startStack();
  await stack.db.property.create({ data: { id: propertyId, name: 'Errors', timeZone: 'UTC' } });
  await stack.db.household.create({ data: { id: household, propertyId, unit: '1', name: 'Household' } });
});
/** A case must name a household of its property; the tests below open theirs for this one. */
const household = `${propertyId}-hh`;
afterAll(() => stack?.stop());

const problemJson = /^application\/problem\+json/;

describe('problem+json for every failure', () => {
  it('413 for an oversized body, 415 for a non-JSON body, 400 for broken JSON', async () => {
    const big = await stack.app.inject({
      method: 'POST',
      url: '/v1/cases',
      headers: { ...stack.adminHeaders, 'content-type': 'application/json' },
      payload: JSON.stringify({ details: 'x'.repeat(200_000) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.headers['content-type']).toMatch(problemJson);
    expect(big.json()).toMatchObject({ type: expect.stringMatching(/payload-too-large$/), status: 413 });

    const xml = await stack.app.inject({
      method: 'POST',
      url: '/v1/cases',
      headers: { ...stack.adminHeaders, 'content-type': 'application/xml' },
      payload: '<case/>',
    });
    expect(xml.statusCode).toBe(415);
    expect(xml.json()).toMatchObject({ type: expect.stringMatching(/unsupported-media-type$/) });

    const broken = await stack.app.inject({
      method: 'POST',
      url: '/v1/cases',
      headers: { ...stack.adminHeaders, 'content-type': 'application/json' },
      payload: '{"propertyId":',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.headers['content-type']).toMatch(problemJson);
  });

  it('400 names every invalid field and nothing is started', async () => {
    const response = await stack.app.inject({
      method: 'POST',
      url: '/v1/cases',
      headers: stack.adminHeaders,
      payload: {
        propertyId: 'has spaces',
        residentId: '',
        category: 'noise',
        severity: 'urgent',
        channel: 'fax',
        summary: '',
        surprise: true,
      },
    });
    expect(response.statusCode).toBe(400);
    const fields = (response.json() as { errors: { field: string }[] }).errors.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'body.propertyId',
        'body.residentId',
        'body.category',
        'body.severity',
        'body.channel',
        'body.summary',
      ]),
    );
    expect(await stack.db.case.count({ where: { propertyId: 'has spaces' } })).toBe(0);
  });

  it('404 for unknown routes is problem+json too', async () => {
    const response = await stack.app.inject({ method: 'GET', url: '/v1/nothing-here', headers: stack.adminHeaders });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ type: expect.stringMatching(/not-found$/), status: 404 });
  });

  it('429 once a key exceeds its rate, with Retry-After; other keys are unaffected', async () => {
    const limited = await buildApp({
      db: stack.db,
      temporal: stack.temporal,
      temporalConnection: stack.temporalConnection,
      taskQueue: stack.taskQueue,
      logLevel: 'silent',
      rateLimitPerMinute: 3,
    });
    try {
      const noisy = await stack.keyFor('admin');
      const statuses = [];
      for (let i = 0; i < 5; i++)
        statuses.push(
          (
            await limited.inject({
              method: 'GET',
              url: '/v1/properties',
              headers: { authorization: noisy.authorization },
            })
          ).statusCode,
        );
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const last = await limited.inject({
        method: 'GET',
        url: '/v1/properties',
        headers: { authorization: noisy.authorization },
      });
      expect(last.headers['content-type']).toMatch(problemJson);
      expect(last.json()).toMatchObject({ type: expect.stringMatching(/rate-limited$/), status: 429 });
      expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
      expect(
        (await limited.inject({ method: 'GET', url: '/v1/properties', headers: stack.adminHeaders })).statusCode,
      ).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('503 when PostgreSQL is unreachable, without internals; readyz says which dependency is down', async () => {
    const deadDb = createDb('postgresql://postgres@127.0.0.1:1/nothing');
    const app = await buildApp({
      db: deadDb,
      temporal: stack.temporal,
      temporalConnection: stack.temporalConnection,
      taskQueue: stack.taskQueue,
      logLevel: 'silent',
    });
    try {
      const response = await app.inject({ method: 'GET', url: '/v1/cases', headers: stack.adminHeaders });
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toMatch(problemJson);
      expect(response.json()).toMatchObject({
        type: expect.stringMatching(/dependency-unavailable$/),
        detail: expect.stringMatching(/PostgreSQL/),
      });
      expect(response.body).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|prisma/i);
      const ready = await app.inject({ method: 'GET', url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ checks: { postgres: 'down', temporal: 'up' } });
    } finally {
      await app.close();
      await deadDb.$disconnect();
    }
  });
});

describe('Temporal unreachable', () => {
  it('503 for a case creation or an action when Temporal cannot be reached; nothing is written', async () => {
    const deadTemporal = Connection.lazy({ address: '127.0.0.1:1', connectTimeout: 1_000 });
    const client = new Client({ connection: deadTemporal });
    const app = await buildApp({
      db: stack.db,
      temporal: client,
      temporalConnection: deadTemporal,
      taskQueue: stack.taskQueue,
      logLevel: 'silent',
    });
    try {
      const residentId = `hh-${randomUUID().slice(0, 8)}`;
      await stack.db.household.create({ data: { id: residentId, propertyId, unit: '2', name: 'Household' } });
      const response = await app.inject({
        method: 'POST',
        url: '/v1/cases',
        headers: stack.adminHeaders,
        payload: {
          propertyId,
          residentId,
          category: 'other',
          severity: 'low',
          channel: 'other',
          summary: 'Temporal is down',
        },
      });
      expect(response.statusCode, response.body).toBe(503);
      expect(response.json()).toMatchObject({
        type: expect.stringMatching(/dependency-unavailable$/),
        detail: expect.stringMatching(/Temporal/),
      });
      expect(await stack.db.case.count({ where: { residentId } })).toBe(0);
    } finally {
      await app.close();
    }
  }, 30_000);
});

describe('shutdown', () => {
  it('finishes in-flight requests before closing', async () => {
    const app = await buildApp({
      db: stack.db,
      temporal: stack.temporal,
      temporalConnection: stack.temporalConnection,
      taskQueue: stack.taskQueue,
      logLevel: 'silent',
    });
    let arrived!: () => void;
    const handling = new Promise<void>((resolve) => (arrived = resolve));
    app.addHook('preHandler', async () => arrived());
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    const inFlight = fetch(`${url}/v1/cases`, {
      method: 'POST',
      headers: { ...stack.adminHeaders, 'content-type': 'application/json' },
      body: JSON.stringify({
        propertyId,
        residentId: household,
        category: 'other',
        severity: 'low',
        channel: 'other',
        summary: 'Sent just before shutdown',
      }),
    });
    await handling; // the request is being handled when the shutdown begins
    const closed = app.close();
    const response = await inFlight;
    await closed;
    expect(response.status).toBe(201);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});

describe('headers', () => {
  it('security headers, a request id, and CORS only for configured origins', async () => {
    const app = await buildApp({
      db: stack.db,
      temporal: stack.temporal,
      temporalConnection: stack.temporalConnection,
      taskQueue: stack.taskQueue,
      logLevel: 'silent',
      corsOrigins: ['https://manager.example.com'],
    });
    try {
      const response = await app.inject({
        method: 'GET',
        url: '/healthz',
        headers: { origin: 'https://manager.example.com', 'x-request-id': 'req-123' },
      });
      expect(response.headers['x-request-id']).toBe('req-123');
      expect((await app.inject({ method: 'GET', url: '/healthz' })).headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBeDefined();
      expect(response.headers['strict-transport-security']).toBeDefined();
      expect(response.headers['access-control-allow-origin']).toBe('https://manager.example.com');
      const other = await app.inject({
        method: 'GET',
        url: '/healthz',
        headers: { origin: 'https://evil.example.com' },
      });
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3 and documents bearer authentication', async () => {
    const doc = (await stack.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const validated = (await SwaggerParser.validate(structuredClone(doc))) as { openapi: string };
    expect(validated.openapi).toMatch(/^3\./);
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('every documented route answers an admin with one of its documented statuses', async () => {
    const doc = (await stack.app.inject({ method: 'GET', url: '/openapi.json' })).json() as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const created = await stack.app.inject({
      method: 'POST',
      url: '/v1/cases',
      headers: stack.adminHeaders,
      payload: {
        propertyId,
        residentId: household,
        category: 'other',
        severity: 'low',
        channel: 'other',
        summary: 'Checking the docs',
      },
    });
    const caseId = (created.json() as { id: string }).id;
    const checked: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        // Empty bodies: each route either works with them or answers a documented 400; ids are real or well-formed.
        const url = path.replace(
          '{id}',
          path.startsWith('/v1/cases')
            ? caseId
            : path.match(/policies|ownership-rules|api-keys/)
              ? randomUUID()
              : propertyId,
        );
        const response = await stack.app.inject({
          method: method.toUpperCase() as 'GET',
          url,
          headers: stack.adminHeaders,
          payload: method === 'get' ? undefined : {},
        });
        expect(
          Object.keys(operation.responses),
          `${method.toUpperCase()} ${path} answered ${response.statusCode}: ${response.body.slice(0, 200)}`,
        ).toContain(String(response.statusCode));
        checked.push(`${method} ${path}`);
      }
    }
    expect(checked.length).toBeGreaterThan(30);
  });
});
