import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { repairCases } from '../lib/case-repair';
import { getCase } from '../definitions/recovery-case';
import { startStack } from './support/stack';

/** `npm run cases:repair`: running cases of a property reload its corrected calendar, on the real server. */
let stack: Awaited<ReturnType<typeof startStack>>;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

async function propertyWithCase() {
  const propertyId = `repair-${randomUUID().slice(0, 8)}`;
  await stack.db.property.create({ data: { id: propertyId, name: 'Repair test', timeZone: 'UTC' } });
  await stack.db.staffMember.create({
    data: { id: `${propertyId}-cm`, name: 'Chris', role: 'community_manager', propertyIds: [propertyId] },
  });
  // Cases open only for a household of the property's directory.
  await stack.db.household.create({ data: { id: `${propertyId}-hh`, propertyId, unit: '1A', name: 'Avery' } });
  const response = await stack.app.inject({
    method: 'POST',
    url: '/v1/cases',
    headers: stack.adminHeaders,
    payload: {
      propertyId,
      residentId: `${propertyId}-hh`,
      category: 'other',
      severity: 'high',
      channel: 'sms',
      summary: 'Nobody called back',
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return { propertyId, caseId: response.json().id as string };
}

describe('cases:repair', () => {
  it('tells the running cases of one property to reload their calendar; other properties are left alone', async () => {
    const repaired = await propertyWithCase();
    const other = await propertyWithCase();
    await stack.db.property.update({
      where: { id: repaired.propertyId },
      data: { opensAt: '08:00', closesAt: '12:00' },
    });
    await stack.db.property.update({ where: { id: other.propertyId }, data: { closesAt: '12:00' } });

    // The list comes from visibility, which sees a new case a moment later.
    await vi.waitFor(
      async () =>
        expect(await repairCases(stack.temporal, { propertyId: repaired.propertyId })).toEqual([
          `case-${repaired.caseId}`,
        ]),
      {
        timeout: 30_000,
        interval: 500,
      },
    );
    await vi.waitFor(
      async () =>
        expect(
          (await stack.db.caseEvent.findMany({ where: { caseId: repaired.caseId } })).map((e) => e.type),
        ).toContain('configuration_reloaded'),
      { timeout: 30_000, interval: 200 },
    );
    const state = await stack.temporal.workflow.getHandle(`case-${repaired.caseId}`).query(getCase);
    expect(state.calendar).toMatchObject({ opensAt: '08:00', closesAt: '12:00' });
    const untouched = await stack.temporal.workflow.getHandle(`case-${other.caseId}`).query(getCase);
    expect(untouched.calendar).toMatchObject({ opensAt: '09:00', closesAt: '17:00' });
  });
});
