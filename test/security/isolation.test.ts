import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directoryAddressBook } from '../../activities/messaging';
import type { CaseDetail } from '../../domain/case';
import { defaultPolicy } from '../../domain/policies';
import { openCase } from '../../lib/case-starter';
import { startStack } from '../support/stack';

/**
 * Property isolation (issue 13, items 1-3 and 6): no key reaches another property's residents, staff or
 * portfolio-wide rows, whether the id arrives in the path, the body or the query string; and an id of
 * another property is answered exactly like an id that does not exist.
 */
let stack: Awaited<ReturnType<typeof startStack>>;
const tag = randomUUID().slice(0, 6);
const A = `iso-a-${tag}`;
const B = `iso-b-${tag}`;
const householdA = `${A}-hh`;
const householdB = `${B}-hh`;
let adminA: { authorization: string };
let managerA: { authorization: string };
let integrationB: { authorization: string };

beforeAll(async () => {
  stack = await startStack();
  for (const property of [A, B]) {
    await stack.db.property.create({ data: { id: property, name: property, timeZone: 'UTC' } });
    await stack.db.staffMember.createMany({
      data: [
        {
          id: `${property}-front`,
          name: 'Sam',
          role: 'frontline',
          propertyIds: [property],
          email: `front@${property}.test`,
        },
        { id: `${property}-cm`, name: 'Chris', role: 'community_manager', propertyIds: [property] },
      ],
    });
    await stack.db.household.create({
      data: {
        id: `${property}-hh`,
        propertyId: property,
        unit: '1',
        name: 'Household',
        contacts: [{ name: 'Jo', email: `jo@${property}.test` }],
      },
    });
  }
  adminA = await stack.keyFor('admin', [A]);
  managerA = await stack.keyFor('community_manager', [A], `${A}-cm`);
  integrationB = await stack.keyFor('integration', [B]);
}, 120_000);
afterAll(() => stack?.stop());

const post = (url: string, payload: unknown, headers: Record<string, string>) =>
  stack.app.inject({ method: 'POST', url, payload: payload as object, headers });
const patch = (url: string, payload: unknown, headers: Record<string, string>) =>
  stack.app.inject({ method: 'PATCH', url, payload: payload as object, headers });
const newCase = (residentId: string) => ({
  propertyId: A,
  residentId,
  category: 'amenity',
  severity: 'low',
  channel: 'phone',
  summary: 'Gym card not working',
});

/** The problem with the id written as `<id>`, so two answers can be compared for what they reveal. */
function answer(response: { statusCode: number; json(): unknown }, id: string) {
  const body = response.json() as Record<string, unknown>;
  return JSON.parse(
    JSON.stringify({ status: response.statusCode, ...body, instance: undefined })
      .split(id)
      .join('<id>'),
  );
}

describe('a case names a household of its own property only (item 1)', () => {
  it("another property's household is answered exactly like one that does not exist, and no case is opened", async () => {
    const elsewhere = await post('/v1/cases', newCase(householdB), adminA);
    const nowhere = await post('/v1/cases', newCase(`nobody-${tag}`), adminA);
    expect(elsewhere.statusCode, elsewhere.body).toBe(404);
    expect(answer(elsewhere, householdB)).toEqual(answer(nowhere, `nobody-${tag}`));
    expect(elsewhere.body.split(householdB).join('')).not.toContain(B);
    expect(await stack.db.case.count({ where: { residentId: householdB } })).toBe(0);
    // The household of the key's own property still opens a case.
    expect((await post('/v1/cases', newCase(householdA), adminA)).statusCode).toBe(201);
  });

  it("a case recorded before the check (at A, naming B's household) gets none of B's events or firings", async () => {
    // The state the old API let in: opened straight through Temporal, as a pre-fix case would be.
    const caseId = randomUUID();
    await openCase(stack.temporal, stack.taskQueue, {
      caseId,
      ...newCase(householdB),
      category: 'negative_feedback',
    } as never);
    const receipt = await post(
      '/v1/events',
      {
        events: [
          {
            type: 'survey_response',
            source: `iso-${tag}`,
            externalId: 'low-1',
            propertyId: B,
            householdId: householdB,
            occurredAt: new Date().toISOString(),
            score: 1,
          },
        ],
      },
      integrationB,
    );
    expect(receipt.statusCode, receipt.body).toBe(202);
    await stack.temporal.workflow.getHandle(`events-${(receipt.json() as { batchId: string }).batchId}`).result();

    const stored = await stack.db.inboundEvent.findFirstOrThrow({
      where: { source: `iso-${tag}`, externalId: 'low-1' },
    });
    expect(stored.caseIds).not.toContain(caseId);
    // The low score opened B's own case instead of adding to A's.
    const atB = await stack.db.case.findMany({ where: { propertyId: B, residentId: householdB } });
    expect(atB).toHaveLength(1);
    expect(stored.caseIds).toEqual([atB[0]!.id]);
  });

  it("a message about a case reaches only its own property's household and staff", async () => {
    const created = (await post('/v1/cases', newCase(householdA), adminA)).json() as CaseDetail;
    const addressOf = directoryAddressBook(stack.db);
    expect(await addressOf(`resident:${householdA}`, created.id)).toBe(`jo@${A}.test`);
    expect(await addressOf(`resident:${householdB}`, created.id)).toBeNull();
    expect(await addressOf(`staff:${A}-front`, created.id)).toBe(`front@${A}.test`);
    expect(await addressOf(`staff:${B}-front`, created.id)).toBeNull();
    // The monthly review is about no single case: staff are reached wherever they work.
    expect(await addressOf(`staff:${B}-front`, null)).toBe(`front@${B}.test`);
  });

  it("assigning another property's staff member is answered exactly like an unknown staff member", async () => {
    const created = (await post('/v1/cases', newCase(householdA), adminA)).json() as CaseDetail;
    const elsewhere = await post(`/v1/cases/${created.id}/assign`, { ownerId: `${B}-front` }, managerA);
    const nowhere = await post(`/v1/cases/${created.id}/assign`, { ownerId: `nobody-${tag}` }, managerA);
    expect(elsewhere.statusCode, elsewhere.body).toBe(400);
    expect(answer(elsewhere, `${B}-front`)).toEqual(answer(nowhere, `nobody-${tag}`));
  });

  it("an API key cannot act as another property's staff member", async () => {
    const key = (staffId: string) => ({ name: 'desk', role: 'frontline', propertyIds: [A], staffId });
    const elsewhere = await post('/v1/api-keys', key(`${B}-front`), adminA);
    const nowhere = await post('/v1/api-keys', key(`nobody-${tag}`), adminA);
    expect(elsewhere.statusCode, elsewhere.body).toBe(404);
    expect(answer(elsewhere, `${B}-front`)).toEqual(answer(nowhere, `nobody-${tag}`));
    // Even a portfolio admin cannot mint a key for A acting as B's staff.
    expect((await post('/v1/api-keys', key(`${B}-front`), stack.adminHeaders)).statusCode).toBe(404);
    expect((await post('/v1/api-keys', key(`${A}-front`), adminA)).statusCode).toBe(201);
  });
});

describe('portfolio-wide rows need a portfolio-wide key to change (item 2)', () => {
  it('a property-scoped admin cannot PATCH a "*" policy or trigger rule; a portfolio admin can', async () => {
    // Rows of the suite's shared database: the test leaves them as it found them (the "*" policy as the
    // default it equals, which the demo portfolio also seeds).
    const policyKey = { propertyId: '*', category: 'emotionally_unresolved', severity: 'critical' };
    await stack.db.policy.createMany({
      data: [{ ...policyKey, policy: defaultPolicy('emotionally_unresolved', 'critical') as object }],
      skipDuplicates: true,
    });
    const policy = await stack.db.policy.findUniqueOrThrow({ where: { propertyId_category_severity: policyKey } });
    const hadTrigger = await stack.db.triggerRule.findUnique({
      where: { propertyId_kind: { propertyId: '*', kind: 'amenity_problem' } },
    });
    const trigger =
      hadTrigger ??
      (await stack.db.triggerRule.create({
        data: {
          propertyId: '*',
          kind: 'amenity_problem',
          severity: 'low',
          enabled: false,
          params: { problems: ['access_denied'] },
        },
      }));
    const hadRule = await stack.db.ownershipRule.findUnique({
      where: { propertyId_category: { propertyId: '*', category: 'emotionally_unresolved' } },
    });
    const rule =
      hadRule ??
      (await stack.db.ownershipRule.create({
        data: { propertyId: '*', category: 'emotionally_unresolved', ownerRole: 'community_manager' },
      }));
    try {
      const slower = {
        ...defaultPolicy('emotionally_unresolved', 'critical'),
        acknowledge: { amount: 30, unit: 'days' },
      };
      for (const [url, body] of [
        [`/v1/policies/${policy.id}`, { policy: slower }],
        [`/v1/trigger-rules/${trigger.id}`, { enabled: !trigger.enabled }],
        [`/v1/ownership-rules/${rule.id}`, { ownerRole: 'maintenance' }],
      ] as const) {
        const response = await patch(url, body, adminA);
        expect(response.statusCode, `${url}: ${response.body}`).toBe(403);
      }
      expect(await stack.db.policy.findUniqueOrThrow({ where: { id: policy.id } })).toMatchObject({
        policy: policy.policy,
      });
      expect(await stack.db.triggerRule.findUniqueOrThrow({ where: { id: trigger.id } })).toMatchObject({
        enabled: trigger.enabled,
      });
      expect(await stack.db.ownershipRule.findUniqueOrThrow({ where: { id: rule.id } })).toMatchObject({
        ownerRole: rule.ownerRole,
      });
      expect((await patch(`/v1/policies/${policy.id}`, { policy: slower }, stack.adminHeaders)).statusCode).toBe(200);
    } finally {
      await stack.db.policy.update({ where: { id: policy.id }, data: { policy: policy.policy as object } });
      if (hadTrigger)
        await stack.db.triggerRule.update({ where: { id: trigger.id }, data: { enabled: trigger.enabled } });
      else await stack.db.triggerRule.delete({ where: { id: trigger.id } });
      if (hadRule) await stack.db.ownershipRule.update({ where: { id: rule.id }, data: { ownerRole: rule.ownerRole } });
      else await stack.db.ownershipRule.delete({ where: { id: rule.id } });
    }
  });
});

describe('a scoped admin changes only staff wholly inside its properties (item 3)', () => {
  it('a staff member who also works at B cannot be changed; nobody can be moved out to B', async () => {
    const shared = `shared-${tag}`;
    await stack.db.staffMember.create({
      data: { id: shared, name: 'Pat', role: 'leasing', propertyIds: [A, B], email: 'pat@example.test' },
    });
    for (const body of [
      { email: 'attacker@example.test' },
      { propertyIds: [A] },
      { active: false },
      { role: 'community_manager' },
    ]) {
      const response = await patch(`/v1/staff/${shared}`, body, adminA);
      expect(response.statusCode, JSON.stringify(body)).toBe(403);
    }
    expect(await stack.db.staffMember.findUniqueOrThrow({ where: { id: shared } })).toMatchObject({
      propertyIds: [A, B],
      email: 'pat@example.test',
      active: true,
      role: 'leasing',
    });

    const own = `own-${tag}`;
    await stack.db.staffMember.create({ data: { id: own, name: 'Lee', role: 'leasing', propertyIds: [A] } });
    const toB = await patch(`/v1/staff/${own}`, { propertyIds: [A, B] }, adminA);
    const toNowhere = await patch(`/v1/staff/${own}`, { propertyIds: [A, `nowhere-${tag}`] }, adminA);
    expect(toB.statusCode).toBe(404);
    expect(answer(toB, B)).toEqual(answer(toNowhere, `nowhere-${tag}`));
    expect((await stack.db.staffMember.findUniqueOrThrow({ where: { id: own } })).propertyIds).toEqual([A]);
    expect((await patch(`/v1/staff/${own}`, { name: 'Lee R.' }, adminA)).statusCode).toBe(200);
  });
});

describe('existence leaks (item 6)', () => {
  it("creating a row whose id another property holds is answered like a create outside the key's properties", async () => {
    const outside = await post('/v1/households', { id: `fresh-${tag}`, propertyId: B, unit: '2', name: 'H' }, adminA);
    expect(outside.statusCode).toBe(404);
    const household = await post('/v1/households', { id: householdB, propertyId: A, unit: '2', name: 'H' }, adminA);
    expect(answer(household, householdB)).toEqual(answer(outside, `fresh-${tag}`));
    const staff = await post('/v1/staff', { id: `${B}-front`, name: 'S', role: 'leasing', propertyIds: [A] }, adminA);
    expect(staff.statusCode).toBe(404);
    // Inside the key's properties a collision is still a plain 409.
    expect(
      (await post('/v1/households', { id: householdA, propertyId: A, unit: '2', name: 'H' }, adminA)).statusCode,
    ).toBe(409);
  });

  it("an event naming another property's household is refused in the same words as an unknown household", async () => {
    const integrationA = await stack.keyFor('integration', [A]);
    const event = (householdId: string) => ({
      type: 'survey_response',
      source: `iso-${tag}`,
      externalId: randomUUID(),
      propertyId: A,
      householdId,
      occurredAt: new Date().toISOString(),
      score: 3,
    });
    const elsewhere = await post('/v1/events', { events: [event(householdB)] }, integrationA);
    const nowhere = await post('/v1/events', { events: [event(`nobody-${tag}`)] }, integrationA);
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.body.split(householdB).join('')).not.toContain(B);
    expect(answer(elsewhere, householdB)).toEqual(answer(nowhere, `nobody-${tag}`));
  });
});

describe("one property's events never suppress another's (item 5)", () => {
  it('the same source and external id from two properties are two events; a resend within one is stored once', async () => {
    const integrationA = await stack.keyFor('integration', [A]);
    const event = (propertyId: string, householdId: string) => ({
      type: 'survey_response',
      source: 'shared-survey-tool',
      externalId: `dedup-${tag}`,
      propertyId,
      householdId,
      occurredAt: new Date().toISOString(),
      score: 4,
    });
    const send = async (payload: unknown, headers: Record<string, string>) => {
      const response = await post('/v1/events', { events: [payload] }, headers);
      expect(response.statusCode, response.body).toBe(202);
      return response.json() as { accepted: number; duplicates: number };
    };
    expect(await send(event(A, householdA), integrationA)).toMatchObject({ accepted: 1, duplicates: 0 });
    expect(await send(event(B, householdB), integrationB)).toMatchObject({ accepted: 1, duplicates: 0 });
    expect(await send(event(A, householdA), integrationA)).toMatchObject({ accepted: 0, duplicates: 1 });
    const stored = await stack.db.inboundEvent.findMany({
      where: { source: 'shared-survey-tool', externalId: `dedup-${tag}` },
    });
    expect(stored.map((e) => e.propertyId).sort()).toEqual([A, B].sort());
  });
});
