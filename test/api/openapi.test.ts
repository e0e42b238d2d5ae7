import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack } from '../support/stack';

/**
 * The OpenAPI document tells what the API does: another method on a known path is 405 with `Allow`; every
 * route documents the shared problem answers as application/problem+json; the patterns, enums and unions
 * of the document refuse what the API refuses; links lead from a created case to its actions.
 */
let stack: Awaited<ReturnType<typeof startStack>>;

interface Operation {
  security?: unknown[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<
    string,
    { content?: Record<string, { schema: JsonSchema }>; links?: Record<string, { operationRef: string }> }
  >;
}
interface JsonSchema {
  type?: string;
  pattern?: string;
  enum?: string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  oneOf?: JsonSchema[];
  discriminator?: { propertyName: string };
  uniqueItems?: boolean;
}
let doc: { paths: Record<string, Record<string, Operation>> };

beforeAll(async () => {
  stack = await startStack();
  doc = (await stack.app.inject({ method: 'GET', url: '/openapi.json' })).json();
});
afterAll(() => stack?.stop());

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
const bodySchema = (path: string, method: string) =>
  doc.paths[path]![method]!.requestBody!.content['application/json']!.schema;

describe('405 with Allow', () => {
  it('TRACE /healthz and /readyz answer 405 naming GET', async () => {
    for (const url of ['/healthz', '/readyz', '/healthz/']) {
      const response = await stack.app.inject({ method: 'TRACE', url });
      expect(response.statusCode, url).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD, OPTIONS');
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ status: 405, type: expect.stringMatching(/method-not-allowed$/) });
    }
  });

  it('a path with a parameter names exactly its methods; an unknown path stays 404', async () => {
    const policy = await stack.app.inject({
      method: 'DELETE',
      url: `/v1/policies/${randomUUID()}`,
      headers: stack.adminHeaders,
    });
    expect(policy.statusCode).toBe(405);
    expect(policy.headers.allow).toBe('GET, HEAD, OPTIONS, PATCH');
    const list = await stack.app.inject({ method: 'PUT', url: '/v1/policies?limit=1', headers: stack.adminHeaders });
    expect(list.headers.allow).toBe('GET, HEAD, OPTIONS, POST');
    const action = await stack.app.inject({
      method: 'GET',
      url: `/v1/cases/${randomUUID()}/acknowledge`,
      headers: stack.adminHeaders,
    });
    expect([action.statusCode, action.headers.allow]).toEqual([405, 'OPTIONS, POST']);
    const unknown = await stack.app.inject({ method: 'DELETE', url: '/v1/nothing-here', headers: stack.adminHeaders });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers.allow).toBeUndefined();
  });
});

describe('documented statuses', () => {
  it('every route documents 400 and every non-public route 401 and 429, as problem+json', () => {
    const missing: string[] = [];
    for (const { path, method, op } of operations()) {
      const statuses = op.security?.length === 0 ? ['400'] : ['401', '429', '400', '503'];
      if (op.requestBody) statuses.push('413', '415');
      for (const status of statuses) {
        const schema = op.responses[status]?.content?.['application/problem+json']?.schema;
        if (!schema || !['type', 'title', 'status'].every((field) => schema.required?.includes(field)))
          missing.push(`${method} ${path} ${status}`);
        if (op.responses[status]?.content?.['application/json'])
          missing.push(`${method} ${path} ${status} as application/json`);
      }
    }
    expect(missing).toEqual([]);
    expect(operations().length).toBeGreaterThanOrEqual(52);
  });

  it('the answer to too many requests is the documented problem+json', async () => {
    const { buildApp } = await import('../../api/app');
    const app = await buildApp({
      db: stack.db,
      temporal: stack.temporal,
      temporalConnection: stack.temporalConnection,
      taskQueue: stack.taskQueue,
      logLevel: 'warn',
      rateLimitPerMinute: 1,
    });
    try {
      // Requests without a valid key are counted per client address; the health checks are not limited.
      await app.inject({ method: 'GET', url: '/v1/cases' });
      const limited = await app.inject({ method: 'GET', url: '/v1/cases' });
      expect(limited.statusCode).toBe(429);
      expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(doc.paths['/v1/cases']!.get!.responses['429']!.content!['application/problem+json']).toBeDefined();
      expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
      expect(doc.paths['/healthz']!.get!.responses['429']).toBeUndefined();
    } finally {
      await app.close();
    }
  });

  it('the CSV form of the patterns report is documented', () => {
    expect(Object.keys(doc.paths['/v1/reports/patterns']!.get!.responses['200']!.content!)).toEqual([
      'application/json',
      'text/csv',
    ]);
  });
});

describe('the schemas refuse what the API refuses', () => {
  it('text fields: the documented pattern and the API both refuse NUL and blank text', async () => {
    const summary = bodySchema('/v1/cases', 'post').properties!.summary!;
    const pattern = new RegExp(summary.pattern!);
    expect(['Dishwasher still broken', ' a ', 'é'].map((s) => pattern.test(s))).toEqual([true, true, true]);
    expect(['', '   ', '\u00a0\t', 'a\u0000b', '\ufeff'].map((s) => pattern.test(s))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    for (const bad of ['  \u3000 ', 'a\u0000b']) {
      const response = await stack.app.inject({
        method: 'POST',
        url: '/v1/cases',
        headers: stack.adminHeaders,
        payload: {
          propertyId: 'nowhere',
          residentId: 'r',
          category: 'other',
          severity: 'low',
          channel: 'phone',
          summary: bad,
        },
      });
      expect(response.statusCode, JSON.stringify(bad)).toBe(400);
      expect(response.body).toContain('summary');
    }
  });

  it('time zones are an enum the API holds to; business days are unique items', async () => {
    const timeZone = bodySchema('/v1/properties', 'post').properties!.timeZone!;
    expect(timeZone.enum).toEqual(expect.arrayContaining(['UTC', 'America/New_York', 'Europe/London']));
    expect(timeZone.enum).not.toContain('Mars/Olympus');
    expect(bodySchema('/v1/properties', 'post').properties!.businessDays!.uniqueItems).toBe(true);
    const bad = await stack.app.inject({
      method: 'POST',
      url: '/v1/properties',
      headers: stack.adminHeaders,
      payload: { id: `tz-${randomUUID().slice(0, 8)}`, name: 'X', timeZone: 'Mars/Olympus' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'body.timeZone' })]);
  });

  it('a PATCH of a property changes only what it names (found by the fuzzer: it reset the calendar)', async () => {
    const id = `patch-${randomUUID().slice(0, 8)}`;
    const calendar = {
      timeZone: 'Europe/London',
      businessDays: [1, 2, 3],
      opensAt: '10:00',
      closesAt: '16:00',
      holidays: ['2026-12-25'],
    };
    const headers = stack.adminHeaders;
    expect(
      (
        await stack.app.inject({
          method: 'POST',
          url: '/v1/properties',
          headers,
          payload: { id, name: 'Before', ...calendar },
        })
      ).statusCode,
    ).toBe(201);
    const renamed = await stack.app.inject({
      method: 'PATCH',
      url: `/v1/properties/${id}`,
      headers,
      payload: { name: 'After' },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'After', ...calendar });
    // Closing before the stored opening hour is refused, naming closesAt; nothing changes.
    const early = await stack.app.inject({
      method: 'PATCH',
      url: `/v1/properties/${id}`,
      headers,
      payload: { closesAt: '09:00' },
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors).toEqual([expect.objectContaining({ field: 'body.closesAt' })]);
    expect((await stack.db.property.findUniqueOrThrow({ where: { id } })).closesAt).toBe('16:00');
  });

  it('API keys are one shape per role and trigger rules one per kind (oneOf + discriminator)', async () => {
    const keys = bodySchema('/v1/api-keys', 'post');
    expect(keys.discriminator).toEqual({ propertyName: 'role' });
    const integration = keys.oneOf!.find((branch) => branch.properties!.role!.enum!.includes('integration'))!;
    expect(integration.required).toContain('integration');
    const frontline = keys.oneOf!.find((branch) => branch.properties!.role!.enum!.includes('frontline'))!;
    expect(frontline.required).toContain('staffId');
    const refused = await stack.app.inject({
      method: 'POST',
      url: '/v1/api-keys',
      headers: stack.adminHeaders,
      payload: { name: 'k', role: 'integration', propertyIds: ['*'] },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([expect.objectContaining({ field: 'body.integration' })]);

    const rules = bodySchema('/v1/trigger-rules', 'post');
    expect(rules.discriminator).toEqual({ propertyName: 'kind' });
    const survey = rules.oneOf!.find((branch) => branch.properties!.kind!.enum!.includes('low_survey_score'))!;
    expect(Object.keys(survey.properties!.params!.properties!)).toEqual(['maxScore']);
    expect(rules.oneOf).toHaveLength(8);
  });
});

describe('links', () => {
  it('lead from POST /v1/cases to reading the case and every action on it, and from a created policy to it', () => {
    const links = doc.paths['/v1/cases']!.post!.responses['201']!.links!;
    const targets = Object.values(links).map((link) => link.operationRef);
    const actions = Object.keys(doc.paths).filter((path) => path.startsWith('/v1/cases/{id}/'));
    expect(actions.length).toBe(13);
    for (const path of ['/v1/cases/{id}', ...actions]) {
      const method = path === '/v1/cases/{id}' ? 'get' : 'post';
      expect(targets).toContain(`#/paths/${path.replace(/\//g, '~1')}/${method}`);
    }
    const policy = Object.values(doc.paths['/v1/policies']!.post!.responses['201']!.links!).map(
      (link) => link.operationRef,
    );
    expect(policy.sort()).toEqual(['#/paths/~1v1~1policies~1{id}/get', '#/paths/~1v1~1policies~1{id}/patch']);
  });
});
