import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../domain/policies';
import { startStack } from '../support/stack';

/**
 * Calendars and policies are judged where they are written: one that would leave a case without business
 * time, or message people every few seconds, is a 400 naming the field, and nothing of it is stored.
 */
let stack: Awaited<ReturnType<typeof startStack>>;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

let seq = 0;
const newId = (prefix: string) => `${prefix}-${process.pid}-${++seq}`;

async function createProperty(body: Record<string, unknown>) {
  return stack.app.inject({
    method: 'POST',
    url: '/v1/properties',
    headers: stack.adminHeaders,
    payload: { id: newId('cal'), name: 'Calendar test', timeZone: 'UTC', ...body },
  });
}
async function patchProperty(id: string, body: Record<string, unknown>) {
  return stack.app.inject({ method: 'PATCH', url: `/v1/properties/${id}`, headers: stack.adminHeaders, payload: body });
}
const fields = (response: { json(): { errors?: { field: string }[] } }) => response.json().errors?.map((e) => e.field);

/** Every day from 2027-01-01 to 2028-01-03 (a Monday-to-Friday office closed for over a year). */
const closedForAYear = Array.from({ length: 368 }, (_, i) =>
  new Date(Date.UTC(2027, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
);

describe('property calendars', () => {
  it('a holiday must be a real date (no 2501-11-31)', async () => {
    const response = await createProperty({ holidays: ['2026-12-25', '2501-11-31'] });
    expect(response.statusCode).toBe(400);
    expect(fields(response)).toEqual(['body.holidays.1']);
    expect(response.json().errors[0].message).toBe('must be a real date as YYYY-MM-DD');
  });

  it('opensAt must be before closesAt', async () => {
    const response = await createProperty({ opensAt: '17:00', closesAt: '09:00' });
    expect(response.statusCode).toBe(400);
    expect(fields(response)).toEqual(['body.closesAt']);
  });

  it('a PATCH of opensAt alone is judged with the stored closesAt, and nothing is written', async () => {
    const created = await createProperty({});
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const response = await patchProperty(id, { opensAt: '18:00' });
    expect(response.statusCode).toBe(400);
    expect(fields(response)).toEqual(['body.closesAt']);
    expect(response.json().errors[0].message).toBe('opensAt must be before closesAt (opens 18:00, closes 17:00)');
    expect(await stack.db.property.findUniqueOrThrow({ where: { id } })).toMatchObject({
      opensAt: '09:00',
      closesAt: '17:00',
    });
    expect((await patchProperty(id, { opensAt: '08:00' })).statusCode).toBe(200);
  });

  it('opening hours last at least an hour', async () => {
    const response = await createProperty({ opensAt: '09:00', closesAt: '09:30' });
    expect(response.statusCode).toBe(400);
    expect(fields(response)).toEqual(['body.closesAt']);
    expect((await createProperty({ opensAt: '09:00', closesAt: '10:00' })).statusCode).toBe(201);
  });

  it('at least one business day', async () => {
    const response = await createProperty({ businessDays: [] });
    expect(response.statusCode).toBe(400);
    expect(fields(response)).toEqual(['body.businessDays']);
  });

  it('no business day repeated', async () => {
    const response = await createProperty({ businessDays: [1, 2, 2] });
    expect(response.statusCode).toBe(400);
    expect(fields(response)).toEqual(['body.businessDays']);
  });

  it('holidays must leave opening hours in every year, on create and on a PATCH of the holidays', async () => {
    const response = await createProperty({ holidays: closedForAYear });
    expect(response.statusCode).toBe(400);
    expect(fields(response)).toEqual(['body.holidays']);
    expect(response.json().errors[0].message).toBe(
      'must leave opening hours in every year: closed 368 days from 2027-01-01 to 2028-01-03',
    );
    // 364 closed days (to 2027-12-30, a Thursday; Friday opens) stay within a year: accepted.
    expect((await createProperty({ holidays: closedForAYear.slice(0, 364) })).statusCode).toBe(201);

    const id = (await createProperty({ businessDays: [1] })).json().id as string;
    const patched = await patchProperty(id, { holidays: closedForAYear });
    expect(patched.statusCode).toBe(400);
    expect(fields(patched)).toEqual(['body.holidays']);
    expect((await stack.db.property.findUniqueOrThrow({ where: { id } })).holidays).toEqual([]);
  });
});

describe('policies', () => {
  const minutes = (amount: number) => ({ amount, unit: 'minutes' });
  const seconds = (amount: number) => ({ amount, unit: 'seconds' });
  async function createPolicy(change: Record<string, unknown>) {
    const property = (await createProperty({})).json().id as string;
    return stack.app.inject({
      method: 'POST',
      url: '/v1/policies',
      headers: stack.adminHeaders,
      payload: {
        propertyId: property,
        category: 'package',
        severity: 'low',
        policy: { ...defaultPolicy('package', 'low'), ...change },
      },
    });
  }

  it('a stage timeframe a person can meet: at least 15 minutes', async () => {
    const response = await createPolicy({ acknowledge: minutes(10) });
    expect(response.statusCode).toBe(400);
    expect(fields(response)).toEqual(['body.policy.acknowledge']);
    expect(response.json().errors[0].message).toBe('must be at least 15 minutes (10 minutes is shorter)');
  });

  it('the escalation reminder interval is of minutes, not seconds: at least 30 minutes', async () => {
    const response = await createPolicy({ escalationReminderInterval: seconds(1) });
    expect(response.statusCode).toBe(400);
    expect(fields(response)).toEqual(['body.policy.escalationReminderInterval']);
  });

  it('the resident-update interval is at least an hour', async () => {
    const response = await createPolicy({ residentUpdateInterval: minutes(30) });
    expect(response.statusCode).toBe(400);
    expect(fields(response)).toEqual(['body.policy.residentUpdateInterval']);
  });

  it('follow-up timeframes are at least an hour', async () => {
    const response = await createPolicy({ followUpReminderAfter: minutes(5) });
    expect(response.statusCode).toBe(400);
    expect(fields(response)).toEqual(['body.policy.followUpReminderAfter']);
  });

  it('a timeframe is at most about a year, so business time can count it', async () => {
    const response = await createPolicy({ resolve: { amount: 100_000, unit: 'business_hours' } });
    expect(response.statusCode).toBe(400);
    expect(fields(response)).toEqual(['body.policy.resolve.amount']);
  });

  it('the same bounds on a PATCH, and the stored policy is left as it was', async () => {
    const created = await createPolicy({});
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const response = await stack.app.inject({
      method: 'PATCH',
      url: `/v1/policies/${id}`,
      headers: stack.adminHeaders,
      payload: { policy: { ...defaultPolicy('package', 'low'), escalationReminderInterval: seconds(90) } },
    });
    expect(response.statusCode).toBe(400);
    expect(fields(response)).toEqual(['body.policy.escalationReminderInterval']);
    expect((await stack.db.policy.findUniqueOrThrow({ where: { id } })).policy).toEqual(
      defaultPolicy('package', 'low'),
    );
  });
});
