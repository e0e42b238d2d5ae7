import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseAction } from '../../domain/access';
import type { CaseDetail } from '../../domain/case';
import { apiRoles, type ApiRole } from '../../domain/directory';
import { defaultPolicy } from '../../domain/policies';
import { startStack } from '../support/stack';

/**
 * Every route × role × in-scope / out-of-scope. Keys are scoped to property A; everything in property B
 * must answer 404 (never 403, so ids do not leak), and inside A each role may do exactly what it should.
 * The routes come from the OpenAPI document, so a new route without an expectation fails here.
 */
let stack: Awaited<ReturnType<typeof startStack>>;
const run = randomUUID().slice(0, 6);
const A = `scope-a-${run}`;
const B = `scope-b-${run}`;
const keys = {} as Record<ApiRole, { authorization: string }>;
const ids = {} as Record<
  'A' | 'B',
  { caseId: string; household: string; staff: string; policy: string; rule: string; key: string; trigger: string }
>;

beforeAll(async () => {
  stack = await startStack();
  for (const [label, property] of [
    ['A', A],
    ['B', B],
  ] as const) {
    await stack.db.property.create({ data: { id: property, name: property, timeZone: 'Europe/London' } });
    await stack.db.staffMember.createMany({
      data: [
        { id: `${property}-front`, name: 'Front desk', role: 'frontline', propertyIds: [property] },
        { id: `${property}-cm`, name: 'Manager', role: 'community_manager', propertyIds: [property] },
      ],
    });
    // Cases here are owned by the front desk, so the frontline key below acts on its own cases.
    await stack.db.ownershipRule.create({
      data: { propertyId: property, category: 'amenity', ownerRole: 'frontline' },
    });
    const household = await stack.db.household.create({
      data: { id: `${property}-hh`, propertyId: property, unit: '1', name: 'Household' },
    });
    const policy = await stack.db.policy.create({
      data: {
        propertyId: property,
        category: 'other',
        severity: 'low',
        policy: defaultPolicy('other', 'low') as object,
      },
    });
    const rule = await stack.db.ownershipRule.create({
      data: { propertyId: property, category: 'package', ownerRole: 'concierge' },
    });
    const key = await stack.keyFor('integration', [property]);
    const trigger = await stack.db.triggerRule.create({
      data: { propertyId: property, kind: 'amenity_problem', severity: 'low', params: { problems: ['access_denied'] } },
    });
    const created = await stack.app.inject({
      method: 'POST',
      url: '/v1/cases',
      headers: stack.adminHeaders,
      payload: {
        propertyId: property,
        residentId: household.id,
        category: 'amenity',
        severity: 'low',
        channel: 'resident_app',
        summary: 'Gym card not working',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    ids[label] = {
      caseId: (created.json() as CaseDetail).id,
      household: household.id,
      staff: `${property}-cm`,
      policy: policy.id,
      rule: rule.id,
      key: key.keyId,
      trigger: trigger.id,
    };
  }
  const staffOf: Partial<Record<ApiRole, string>> = {
    frontline: `${A}-front`,
    community_manager: `${A}-cm`,
    regional_manager: `${A}-cm`,
  };
  for (const role of apiRoles) keys[role] = await stack.keyFor(role, [A], staffOf[role]);
}, 120_000);
afterAll(() => stack?.stop());

type Outcome = 'allowed' | 403 | 404;
type Scope = 'A' | 'B';
interface Call {
  body?: (scope: Scope) => unknown;
  /** Query string naming the scope's property, for routes without an id. */
  query?: (scope: Scope) => string;
  expect: (role: ApiRole, scope: Scope) => Outcome;
}

const property = (scope: Scope) => (scope === 'A' ? A : B);
const unique = () => randomUUID().slice(0, 8);
const anyone = (_role: ApiRole, scope: Scope): Outcome => (scope === 'A' ? 'allowed' : 404);
const only =
  (...roles: ApiRole[]) =>
  (role: ApiRole, scope: Scope): Outcome =>
    !roles.includes(role) ? 403 : scope === 'A' ? 'allowed' : 404;
/** Reads are open to every role in scope; changes only to `roles` (403), after the scope check (404). */
const patchBy =
  (...roles: ApiRole[]) =>
  (role: ApiRole, scope: Scope): Outcome =>
    scope === 'B' ? 404 : roles.includes(role) ? 'allowed' : 403;
const keysOnly = (role: ApiRole, scope: Scope): Outcome => (role !== 'admin' ? 403 : scope === 'A' ? 'allowed' : 404);

/**
 * Each action on a case A-front owns, the key's staff member being A-front: who may take it, stated here
 * rather than asked of domain/access.ts. Frontline staff act on their own cases but do not escalate,
 * reassign or cancel; integrations relay the resident's two answers only.
 */
const staff: ApiRole[] = ['frontline', 'community_manager', 'regional_manager', 'admin'];
const managers: ApiRole[] = ['community_manager', 'regional_manager', 'admin'];
const caseActions: Record<CaseAction, { body: unknown; by: ApiRole[] }> = {
  acknowledge: { body: {}, by: staff },
  facts: {
    body: { whatHappened: 'Card reader broken', rootCauseFamily: 'organizational', contributingFactors: [] },
    by: staff,
  },
  'resolution-plan': { body: { plan: 'Replace the reader', needsResidentAgreement: false }, by: staff },
  agreement: { body: { agreed: true }, by: [...staff, 'integration'] },
  resolve: { body: { actionsTaken: 'Reader replaced' }, by: staff },
  feedback: { body: { satisfied: true }, by: [...staff, 'integration'] },
  'waiting-on-resident': { body: { reason: 'Waiting for a time to meet' }, by: staff },
  resume: { body: {}, by: staff },
  escalate: { body: { reason: 'Resident upset' }, by: managers },
  assign: { body: { ownerId: `${A}-front` }, by: managers },
  severity: { body: { severity: 'medium', reason: 'Second complaint' }, by: staff },
  notes: { body: { body: 'Called the vendor', visibility: 'internal' }, by: staff },
  cancel: { body: { reason: 'Duplicate' }, by: managers },
};

const calls: Record<string, Call> = {
  'POST /v1/cases': {
    body: (s) => ({
      propertyId: property(s),
      residentId: ids[s].household,
      category: 'amenity',
      severity: 'low',
      channel: 'phone',
      summary: 'Pool closed',
    }),
    expect: anyone,
  },
  'GET /v1/cases': { expect: (_role) => 'allowed' },
  'GET /v1/cases/{id}': { expect: anyone },
  ...Object.fromEntries(
    (Object.keys(caseActions) as CaseAction[]).map((action) => [
      `POST /v1/cases/{id}/${action}`,
      { body: () => caseActions[action].body, expect: patchBy(...caseActions[action].by) },
    ]),
  ),
  'POST /v1/properties': {
    body: (s) => ({ id: s === 'A' ? A : `new-${unique()}`, name: 'P', timeZone: 'UTC' }),
    expect: only('admin'),
  },
  'GET /v1/properties': { expect: () => 'allowed' },
  'GET /v1/properties/{id}': { expect: anyone },
  'PATCH /v1/properties/{id}': { body: () => ({ name: 'Renamed' }), expect: patchBy('admin') },
  'POST /v1/households': {
    body: (s) => ({ id: `hh-${unique()}`, propertyId: property(s), unit: '2', name: 'H' }),
    expect: only('admin', 'community_manager', 'regional_manager', 'integration'),
  },
  'GET /v1/households': { expect: () => 'allowed' },
  'GET /v1/households/{id}': { expect: anyone },
  'PATCH /v1/households/{id}': {
    body: () => ({ name: 'Renamed' }),
    expect: patchBy('admin', 'community_manager', 'regional_manager', 'integration'),
  },
  'POST /v1/staff': {
    body: (s) => ({ id: `st-${unique()}`, name: 'S', role: 'leasing', propertyIds: [property(s)] }),
    expect: only('admin'),
  },
  'GET /v1/staff': { expect: () => 'allowed' },
  'GET /v1/staff/{id}': { expect: anyone },
  'PATCH /v1/staff/{id}': { body: () => ({ name: 'Renamed' }), expect: patchBy('admin') },
  'POST /v1/api-keys': {
    body: (s) => ({ name: 'k', role: 'integration', integration: 'survey', propertyIds: [property(s)] }),
    expect: keysOnly,
  },
  'GET /v1/api-keys': { expect: (role) => (role === 'admin' ? 'allowed' : 403) },
  'GET /v1/api-keys/{id}': { expect: keysOnly },
  'PATCH /v1/api-keys/{id}': { body: () => ({ name: 'Renamed' }), expect: keysOnly },
  'POST /v1/policies': {
    body: (s) => ({
      propertyId: property(s),
      category: 'move_in',
      severity: 'high',
      policy: defaultPolicy('move_in', 'high'),
    }),
    expect: only('admin'),
  },
  'GET /v1/policies': { expect: () => 'allowed' },
  'GET /v1/policies/{id}': { expect: anyone },
  'PATCH /v1/policies/{id}': { body: () => ({ policy: defaultPolicy('other', 'low') }), expect: patchBy('admin') },
  'POST /v1/ownership-rules': {
    body: (s) => ({ propertyId: property(s), category: 'communication', ownerRole: 'leasing' }),
    expect: only('admin'),
  },
  'GET /v1/ownership-rules': { expect: () => 'allowed' },
  'GET /v1/ownership-rules/{id}': { expect: anyone },
  'PATCH /v1/ownership-rules/{id}': { body: () => ({ ownerRole: 'concierge' }), expect: patchBy('admin') },
  'POST /v1/trigger-rules': {
    body: (s) => ({
      propertyId: property(s),
      kind: 'package_problem',
      severity: 'low',
      params: { statuses: ['missing'] },
    }),
    expect: only('admin'),
  },
  'GET /v1/trigger-rules': { expect: () => 'allowed' },
  'GET /v1/trigger-rules/{id}': { expect: anyone },
  'PATCH /v1/trigger-rules/{id}': { body: () => ({ enabled: true }), expect: patchBy('admin') },
  'POST /v1/events': {
    body: (s) => ({
      events: [
        {
          type: 'survey_response',
          source: 'access-test',
          externalId: unique(),
          propertyId: property(s),
          householdId: ids[s].household,
          occurredAt: new Date().toISOString(),
          score: 4,
        },
      ],
    }),
    expect: only('integration', 'admin', 'community_manager', 'regional_manager'),
  },
  'GET /v1/residents/{id}/history': { expect: only('frontline', 'community_manager', 'regional_manager', 'admin') },
  'GET /v1/me': { expect: () => 'allowed' },
  'GET /v1/reports/patterns': {
    query: (s) => `propertyId=${property(s)}`,
    expect: only('community_manager', 'regional_manager', 'admin'),
  },
  'GET /v1/reports/renewal-risk': {
    query: (s) => `propertyId=${property(s)}`,
    expect: only('community_manager', 'regional_manager', 'admin'),
  },
  'GET /v1/reports/monthly-reviews': {
    query: (s) => `propertyId=${property(s)}`,
    expect: only('community_manager', 'regional_manager', 'admin'),
  },
  'POST /v1/reports/monthly-reviews': {
    body: (s) => ({ month: '2025-01', propertyIds: [property(s)] }),
    expect: only('admin'),
  },
};

function idFor(path: string, scope: Scope): string {
  const target = ids[scope];
  if (!path.includes('{id}')) return '';
  if (path.startsWith('/v1/residents')) return target.household;
  if (path.startsWith('/v1/trigger-rules')) return target.trigger;
  if (path.startsWith('/v1/cases')) return target.caseId;
  if (path.startsWith('/v1/properties')) return property(scope);
  if (path.startsWith('/v1/households')) return target.household;
  if (path.startsWith('/v1/staff')) return target.staff;
  if (path.startsWith('/v1/api-keys')) return target.key;
  if (path.startsWith('/v1/policies')) return target.policy;
  if (path.startsWith('/v1/ownership-rules')) return target.rule;
  throw new Error(`no id for ${path}`);
}

async function documentedRoutes(): Promise<string[]> {
  const doc = (await stack.app.inject({ method: 'GET', url: '/openapi.json' })).json() as {
    paths: Record<string, Record<string, { security?: unknown[] }>>;
  };
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([, operation]) => !(Array.isArray(operation.security) && operation.security.length === 0))
      .map(([method]) => `${method.toUpperCase()} ${path}`),
  );
}

describe('authentication', () => {
  it('every documented non-public route needs a key: none, unknown or revoked → 401 with WWW-Authenticate', async () => {
    const revoked = await stack.keyFor('admin', ['*']);
    // Revoked before its first use, so no replica has it cached: refused from the first request on.
    await stack.db.apiKey.update({ where: { id: revoked.keyId }, data: { revokedAt: new Date() } });
    for (const route of await documentedRoutes()) {
      const [method, path] = route.split(' ') as [string, string];
      const url = path.replace('{id}', idFor(path, 'A'));
      for (const authorization of [undefined, 'Bearer sr_not-a-key', revoked.authorization, 'Basic abc']) {
        const response = await stack.app.inject({
          method: method as 'GET',
          url,
          headers: authorization ? { authorization } : {},
          payload: method === 'GET' ? undefined : {},
        });
        expect(response.statusCode, `${route} with ${authorization ?? 'no key'}`).toBe(401);
        expect(response.headers['www-authenticate']).toBe('Bearer');
      }
    }
  }, 60_000);

  it('health and the API documents are public', async () => {
    for (const url of ['/healthz', '/readyz', '/openapi.json', '/docs']) {
      const response = await stack.app.inject({ method: 'GET', url });
      expect([200, 302]).toContain(response.statusCode);
    }
  });
});

describe('route × role × scope', () => {
  it('has an expectation for every documented route', async () => {
    expect((await documentedRoutes()).filter((route) => !(route in calls))).toEqual([]);
  });

  for (const [route, call] of Object.entries(calls)) {
    it(
      route,
      async () => {
        const [method, path] = route.split(' ') as [string, string];
        for (const scope of ['A', 'B'] as const) {
          for (const role of apiRoles) {
            const url = path.replace('{id}', idFor(path, scope)) + (call.query ? `?${call.query(scope)}` : '');
            const response = await stack.app.inject({
              method: method as 'GET',
              url,
              headers: keys[role],
              payload: call.body?.(scope) as object | undefined,
            });
            const expected = call.expect(role, scope);
            const label = `${route} as ${role} in ${scope === 'A' ? 'scope' : 'another property'}: ${response.body.slice(0, 300)}`;
            if (expected === 'allowed') {
              expect([401, 403, 404], label).not.toContain(response.statusCode);
              expect(response.statusCode, label).toBeLessThan(500);
            } else {
              expect(response.statusCode, label).toBe(expected);
            }
          }
        }
      },
      60_000,
    );
  }

  it('frontline staff may not act on a case someone else owns; a manager may', async () => {
    const other = await stack.app.inject({
      method: 'POST',
      url: '/v1/cases',
      headers: stack.adminHeaders,
      payload: {
        propertyId: A,
        residentId: ids.A.household,
        category: 'staff_conduct',
        severity: 'low',
        channel: 'email',
        summary: 'Rude reply from the office',
      },
    });
    const { id, ownerId } = other.json() as CaseDetail;
    expect(ownerId).toBe(`${A}-cm`);
    const denied = await stack.app.inject({
      method: 'POST',
      url: `/v1/cases/${id}/acknowledge`,
      headers: keys.frontline,
      payload: {},
    });
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toMatchObject({ detail: expect.stringMatching(/owned by/) });
    const allowed = await stack.app.inject({
      method: 'POST',
      url: `/v1/cases/${id}/acknowledge`,
      headers: keys.community_manager,
      payload: {},
    });
    expect(allowed.statusCode).toBe(200);
  });

  it('lists never include another property’s rows', async () => {
    for (const path of [
      '/v1/cases',
      '/v1/properties',
      '/v1/households',
      '/v1/staff',
      '/v1/policies',
      '/v1/ownership-rules',
      '/v1/trigger-rules',
    ]) {
      const response = await stack.app.inject({ method: 'GET', url: `${path}?limit=100`, headers: keys.frontline });
      expect(response.statusCode).toBe(200);
      expect(response.body, path).not.toContain(B);
    }
  });
});

/** An answer with the id written as `<id>`, so two answers can be compared for what they reveal. */
function reveals(response: { statusCode: number; body: string }, id: string) {
  const body = JSON.parse(response.body) as Record<string, unknown>;
  return JSON.parse(
    JSON.stringify({ status: response.statusCode, ...body, instance: undefined })
      .split(id)
      .join('<id>'),
  );
}

describe('ids in bodies and query strings', () => {
  const nowhere = `nowhere-${run}`;
  type Sent = { method: 'GET' | 'POST' | 'PATCH'; url: string; payload?: unknown; role: ApiRole };
  /**
   * Each request with an id of property B where the key (scoped to A) names one, and the same request with
   * an id that exists nowhere: the two answers must be the same but for the id itself.
   */
  const cases: Record<string, { send: (id: string) => Sent; idOfB: () => string; write?: boolean }> = {
    'POST /v1/cases residentId': {
      send: (id) => ({
        method: 'POST',
        url: '/v1/cases',
        role: 'admin',
        payload: {
          propertyId: A,
          residentId: id,
          category: 'amenity',
          severity: 'low',
          channel: 'phone',
          summary: 'x',
        },
      }),
      idOfB: () => ids.B.household,
      write: true,
    },
    'POST /v1/cases/{id}/assign ownerId': {
      send: (id) => ({
        method: 'POST',
        url: `/v1/cases/${ids.A.caseId}/assign`,
        role: 'community_manager',
        payload: { ownerId: id },
      }),
      idOfB: () => ids.B.staff,
      write: true,
    },
    'POST /v1/api-keys staffId': {
      send: (id) => ({
        method: 'POST',
        url: '/v1/api-keys',
        role: 'admin',
        payload: { name: 'k', role: 'frontline', propertyIds: [A], staffId: id },
      }),
      idOfB: () => ids.B.staff,
      write: true,
    },
    'POST /v1/api-keys propertyIds': {
      send: (id) => ({
        method: 'POST',
        url: '/v1/api-keys',
        role: 'admin',
        payload: { name: 'k', role: 'integration', integration: 'x', propertyIds: [A, id] },
      }),
      idOfB: () => B,
      write: true,
    },
    'POST /v1/events householdId': {
      send: (id) => ({
        method: 'POST',
        url: '/v1/events',
        role: 'integration',
        payload: {
          events: [
            {
              type: 'survey_response',
              source: 'access-test',
              externalId: unique(),
              propertyId: A,
              householdId: id,
              occurredAt: new Date().toISOString(),
              score: 4,
            },
          ],
        },
      }),
      idOfB: () => ids.B.household,
      write: true,
    },
    'POST /v1/events propertyId': {
      send: (id) => ({
        method: 'POST',
        url: '/v1/events',
        role: 'integration',
        payload: {
          events: [
            {
              type: 'survey_response',
              source: 'access-test',
              externalId: unique(),
              propertyId: id,
              householdId: ids.A.household,
              occurredAt: new Date().toISOString(),
              score: 4,
            },
          ],
        },
      }),
      idOfB: () => B,
      write: true,
    },
    'PATCH /v1/staff/{id} propertyIds': {
      send: (id) => ({
        method: 'PATCH',
        url: `/v1/staff/${A}-front`,
        role: 'admin',
        payload: { propertyIds: [A, id] },
      }),
      idOfB: () => B,
      write: true,
    },
    'POST /v1/staff propertyIds': {
      send: (id) => ({
        method: 'POST',
        url: '/v1/staff',
        role: 'admin',
        payload: { id: `st-${unique()}`, name: 'S', role: 'leasing', propertyIds: [A, id] },
      }),
      idOfB: () => B,
      write: true,
    },
    'POST /v1/households propertyId': {
      send: (id) => ({
        method: 'POST',
        url: '/v1/households',
        role: 'admin',
        payload: { id: `hh-${unique()}`, propertyId: id, unit: '1', name: 'H' },
      }),
      idOfB: () => B,
      write: true,
    },
    'POST /v1/policies propertyId': {
      send: (id) => ({
        method: 'POST',
        url: '/v1/policies',
        role: 'admin',
        payload: { propertyId: id, category: 'move_in', severity: 'low', policy: defaultPolicy('move_in', 'low') },
      }),
      idOfB: () => B,
      write: true,
    },
    'POST /v1/reports/monthly-reviews propertyIds': {
      send: (id) => ({
        method: 'POST',
        url: '/v1/reports/monthly-reviews',
        role: 'admin',
        payload: { month: '2025-01', propertyIds: [id] },
      }),
      idOfB: () => B,
      write: true,
    },
    ...Object.fromEntries(
      (
        [
          ['/v1/cases', 'residentId', () => ids.B.household],
          ['/v1/cases', 'propertyId', () => B],
          ['/v1/cases', 'ownerId', () => ids.B.staff],
          ['/v1/households', 'propertyId', () => B],
          ['/v1/staff', 'propertyId', () => B],
          ['/v1/policies', 'propertyId', () => B],
          ['/v1/ownership-rules', 'propertyId', () => B],
          ['/v1/trigger-rules', 'propertyId', () => B],
          ['/v1/reports/patterns', 'propertyId', () => B],
          ['/v1/reports/renewal-risk', 'propertyId', () => B],
          ['/v1/reports/monthly-reviews', 'propertyId', () => B],
        ] as const
      ).map(([path, field, idOfB]) => [
        `GET ${path}?${field}=`,
        {
          send: (id: string) => ({
            method: 'GET' as const,
            url: `${path}?${field}=${encodeURIComponent(id)}`,
            role: 'community_manager' as const,
          }),
          idOfB,
        },
      ]),
    ),
  };

  for (const [name, { send, idOfB, write }] of Object.entries(cases)) {
    it(`${name}: an id of another property is answered like one that does not exist`, async () => {
      const answers = [];
      for (const id of [idOfB(), nowhere]) {
        const { role, ...request } = send(id);
        const response = await stack.app.inject({
          ...request,
          headers: keys[role],
          payload: request.payload as object | undefined,
        });
        answers.push({ response, id });
      }
      const [elsewhere, absent] = answers as [(typeof answers)[0], (typeof answers)[0]];
      const label = `${name}: ${elsewhere.response.body.slice(0, 300)}`;
      if (write) expect(elsewhere.response.statusCode, label).toBeGreaterThanOrEqual(400);
      expect(elsewhere.response.statusCode, label).toBeLessThan(500);
      expect(reveals(elsewhere.response, elsewhere.id), label).toEqual(reveals(absent.response, absent.id));
      const items = (JSON.parse(elsewhere.response.body) as { items?: unknown[] }).items;
      if (items) expect(items, label).toEqual([]);
    });
  }
});
