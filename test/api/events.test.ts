import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventActivities } from '../../activities/events';
import type { BatchReceipt } from '../../domain/events';
import { recordHistory } from '../support/histories';
import { startStack } from '../support/stack';

/**
 * Events in over HTTP, on the real Temporal server and PostgreSQL: each trigger rule fires at its
 * boundary and not below it, a new firing adds to the open case of its category, events land on open
 * cases' timelines, re-delivery stores nothing twice, and the timeframe rules fire from durable timers.
 */
let stack: Awaited<ReturnType<typeof startStack>>;
const tag = randomUUID().slice(0, 8);
const propertyId = `evt-${tag}`;
/** Same rules but the overdue rule off, to see a work order closed late on its own. */
const lateProperty = `evt-late-${tag}`;
let integration: { authorization: string };
const seconds = (amount: number) => ({ amount, unit: 'seconds' });
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  stack = await startStack();
  for (const id of [propertyId, lateProperty]) {
    await stack.db.property.create({ data: { id, name: `Property ${id}`, timeZone: 'UTC' } });
    await stack.db.staffMember.createMany({
      data: [
        { id: `${id}-fl`, name: 'Sam', role: 'frontline', propertyIds: [id] },
        { id: `${id}-maint`, name: 'Dana', role: 'maintenance', propertyIds: [id] },
        { id: `${id}-cm`, name: 'Chris', role: 'community_manager', propertyIds: [id] },
      ],
    });
    const timeframes = { emergency: seconds(2), urgent: seconds(2), routine: seconds(2) };
    await stack.db.triggerRule.createMany({
      data: [
        {
          propertyId: id,
          kind: 'work_order_overdue',
          severity: 'medium',
          enabled: id === propertyId,
          params: { timeframes },
        },
        { propertyId: id, kind: 'work_order_closed_late', severity: 'low', params: { timeframes } },
        { propertyId: id, kind: 'unanswered_message', severity: 'medium', params: { timeframe: seconds(2) } },
      ],
    });
  }
  integration = await stack.keyFor('integration', [propertyId, lateProperty]);
});
afterAll(() => stack?.stop());

async function household(property = propertyId, extra: { moveInOn?: Date; leaseEndsOn?: Date } = {}) {
  const id = `hh-${randomUUID().slice(0, 8)}`;
  await stack.db.household.create({
    data: {
      id,
      propertyId: property,
      unit: '7C',
      name: 'The Parks',
      contacts: [{ name: 'Jo Park', email: 'jo@example.com' }],
      ...extra,
    },
  });
  return id;
}

let sequence = 0;
const event = (
  householdId: string,
  type: string,
  fields: Record<string, unknown>,
  at = new Date(),
  property = propertyId,
) => ({
  source: 'test-system',
  externalId: `${tag}-${++sequence}`,
  propertyId: property,
  householdId,
  occurredAt: at.toISOString(),
  type,
  ...fields,
});

async function send(events: unknown[], headers: Record<string, string> = integration) {
  return stack.app.inject({ method: 'POST', url: '/v1/events', payload: { events }, headers });
}
/** Sends a batch and waits until the rules have run over it. */
async function deliver(events: unknown[], headers: Record<string, string> = integration): Promise<BatchReceipt> {
  const response = await send(events, headers);
  expect(response.statusCode, response.body).toBe(202);
  const receipt: BatchReceipt = response.json();
  await stack.temporal.workflow.getHandle(`events-${receipt.batchId}`).result();
  return receipt;
}
const casesOf = (householdId: string) =>
  stack.db.case.findMany({ where: { residentId: householdId }, orderBy: { openedAt: 'asc' } });

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > until)
      throw new Error(`condition not met within ${timeoutMs} ms; last value ${JSON.stringify(value).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('trigger rules fire at their boundary', () => {
  it('a survey at the threshold opens a negative-feedback case naming the rule and the event; one above it does not', async () => {
    const above = await household();
    await deliver([event(above, 'survey_response', { score: 3, comment: 'fine' })]);
    expect(await casesOf(above)).toHaveLength(0);

    const at = await household();
    const receipt = await deliver([event(at, 'survey_response', { score: 2, comment: 'Nobody called back' })]);
    const [opened, ...more] = await casesOf(at);
    expect(more).toHaveLength(0);
    expect(opened).toMatchObject({
      category: 'negative_feedback',
      severity: 'high',
      triggerRule: 'low_survey_score',
      channel: 'survey',
      unit: '7C',
      status: 'open',
    });
    const openedEvent = await stack.db.caseEvent.findFirstOrThrow({
      where: { caseId: opened!.id, type: 'case_opened' },
    });
    expect(openedEvent.payload).toMatchObject({
      trigger: { kind: 'low_survey_score', eventIds: [receipt.events[0]!.id] },
    });
    const stored = await stack.db.inboundEvent.findUniqueOrThrow({ where: { id: BigInt(receipt.events[0]!.id) } });
    expect(stored.caseIds).toEqual([opened!.id]);
    expect(stored.processedAt).not.toBeNull();
  });

  it('the third request within 30 days opens a repeat-issue case; two, or three spread wider, do not', async () => {
    const spread = await household();
    const now = Date.now();
    await deliver([
      event(spread, 'message_sent', { threadId: `t-${tag}-a`, summary: 'Heating?' }, new Date(now - 31 * DAY)),
      event(spread, 'message_sent', { threadId: `t-${tag}-b`, summary: 'Heating again?' }, new Date(now - 2 * DAY)),
      event(
        spread,
        'work_order_opened',
        { workOrderId: `wo-${tag}-a`, summary: 'No heat', priority: 'urgent' },
        new Date(now - DAY),
      ),
    ]);
    expect((await casesOf(spread)).filter((c) => c.category === 'repeat_issue')).toHaveLength(0);

    const repeat = await household();
    const first = await deliver([
      event(repeat, 'message_sent', { threadId: `t-${tag}-c`, summary: 'Door sticks' }, new Date(now - 20 * DAY)),
      event(repeat, 'message_sent', { threadId: `t-${tag}-d`, summary: 'Door still sticks' }, new Date(now - 10 * DAY)),
    ]);
    expect((await casesOf(repeat)).filter((c) => c.category === 'repeat_issue')).toHaveLength(0);
    const third = await deliver([
      event(repeat, 'message_sent', { threadId: `t-${tag}-e`, summary: 'Third time' }, new Date(now - 9 * DAY)),
    ]);
    const repeatCases = (await casesOf(repeat)).filter((c) => c.category === 'repeat_issue');
    expect(repeatCases).toHaveLength(1);
    const opened = await stack.db.caseEvent.findFirstOrThrow({
      where: { caseId: repeatCases[0]!.id, type: 'case_opened' },
    });
    expect(opened.payload).toMatchObject({
      trigger: { kind: 'repeat_requests', eventIds: [...first.events.map((e) => e.id), third.events[0]!.id] },
    });
  });

  it('a second issue within 30 days of move-in opens a move-in case; an issue after the window does not count', async () => {
    const now = Date.now();
    const late = await household(propertyId, { moveInOn: new Date(now - 60 * DAY) });
    await deliver([
      event(late, 'amenity_problem', { amenity: 'Gym', problem: 'access_denied' }, new Date(now - 50 * DAY)),
      event(late, 'package_event', { packageId: `p-${tag}-1`, status: 'missing' }, new Date(now - 20 * DAY)),
    ]);
    expect((await casesOf(late)).filter((c) => c.category === 'move_in')).toHaveLength(0);

    const fresh = await household();
    await deliver([
      event(
        fresh,
        'move_in',
        { moveInOn: new Date(now - 5 * DAY).toISOString().slice(0, 10) },
        new Date(now - 5 * DAY),
      ),
    ]);
    await deliver([
      event(fresh, 'package_event', { packageId: `p-${tag}-2`, status: 'delivered' }, new Date(now - 4 * DAY)),
    ]);
    await deliver([
      event(fresh, 'amenity_problem', { amenity: 'Pool', problem: 'reservation_failed' }, new Date(now - 3 * DAY)),
    ]);
    expect((await casesOf(fresh)).map((c) => c.category)).toEqual(['amenity']);
    await deliver([
      event(fresh, 'survey_response', { score: 3 }, new Date(now - 2 * DAY)),
      event(fresh, 'package_event', { packageId: `p-${tag}-3`, status: 'damaged' }, new Date(now - DAY)),
    ]);
    expect((await casesOf(fresh)).map((c) => c.category).sort()).toEqual(['amenity', 'move_in', 'package']);
    expect((await stack.db.household.findUniqueOrThrow({ where: { id: fresh } })).moveInOn).not.toBeNull();
  });

  it('amenity and package problems open their categories; a delivered package or an out-of-service notice does not', async () => {
    const id = await household();
    await deliver([
      event(id, 'package_event', { packageId: `p-${tag}-4`, status: 'delivered' }),
      event(id, 'amenity_problem', { amenity: 'Lounge', problem: 'out_of_service' }),
    ]);
    expect(await casesOf(id)).toHaveLength(0);
    await deliver([
      event(id, 'package_event', { packageId: `p-${tag}-5`, status: 'misdelivered' }),
      event(id, 'amenity_problem', { amenity: 'Lounge', problem: 'double_booked' }),
    ]);
    expect((await casesOf(id)).map((c) => [c.category, c.triggerRule]).sort()).toEqual([
      ['amenity', 'amenity_problem'],
      ['package', 'package_problem'],
    ]);
  });
});

describe('one open case per household and category', () => {
  it('a new firing adds to the open case; other events land on the timelines of open cases', async () => {
    const id = await household();
    await deliver([event(id, 'survey_response', { score: 1 })]);
    const second = await deliver([
      event(id, 'survey_response', { score: 2, comment: 'still bad' }),
      event(id, 'lease_renewal', { status: 'offered', leaseEndsOn: '2027-06-30' }),
    ]);
    const cases = await casesOf(id);
    expect(cases).toHaveLength(1);
    const timeline = await eventually(
      () => stack.db.caseEvent.findMany({ where: { caseId: cases[0]!.id }, orderBy: { id: 'asc' } }),
      (rows) => rows.some((r) => r.type === 'trigger_fired') && rows.some((r) => r.type === 'resident_lease_renewal'),
    );
    const fired = timeline.find((r) => r.type === 'trigger_fired')!;
    expect(fired.payload).toMatchObject({
      rule: 'low_survey_score',
      eventId: `rule:low_survey_score:${second.events[0]!.id}`,
    });
    expect(timeline.find((r) => r.type === 'resident_lease_renewal')!.payload).toMatchObject({
      eventId: second.events[1]!.id,
      source: 'test-system',
    });
    expect(
      (await stack.db.household.findUniqueOrThrow({ where: { id } })).leaseEndsOn?.toISOString().slice(0, 10),
    ).toBe('2027-06-30');
  });

  it('two batches for one household at the same time still open a single case', async () => {
    const id = await household();
    const receipts = await Promise.all([
      send([event(id, 'survey_response', { score: 1 })]),
      send([event(id, 'survey_response', { score: 2 })]),
    ]);
    for (const r of receipts) await stack.temporal.workflow.getHandle(`events-${r.json().batchId}`).result();
    expect(await casesOf(id)).toHaveLength(1);
  });
});

describe('re-delivery', () => {
  it('a resent event is stored once; the same Idempotency-Key replays the receipts; another body under it is refused', async () => {
    const id = await household();
    const batch = [
      event(id, 'survey_response', { score: 1 }),
      event(id, 'work_order_updated', { workOrderId: `wo-${tag}-x`, status: 'parts ordered' }),
    ];
    const headers = { ...integration, 'idempotency-key': `batch-${tag}` };
    const first = await deliver(batch, headers);
    expect(first).toMatchObject({ accepted: 2, duplicates: 0 });
    const replay = await deliver(batch, headers);
    expect(replay).toEqual(first);
    const resent = await deliver(batch);
    expect(resent).toMatchObject({ accepted: 0, duplicates: 2 });
    expect(resent.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
    expect(await stack.db.inboundEvent.count({ where: { householdId: id } })).toBe(2);
    expect(await casesOf(id)).toHaveLength(1);

    const other = await send([event(id, 'survey_response', { score: 5 })], headers);
    expect(other.statusCode).toBe(422);
    expect(other.json().detail).toContain(`batch-${tag}`);
  });
});

describe('retried steps', () => {
  it('a batch stored again by a retried attempt records each event once and answers the same receipts', async () => {
    const id = await household();
    const earlier = event(id, 'survey_response', { score: 4 });
    const [stored] = (await deliver([earlier])).events;
    const fresh = event(id, 'package_event', { packageId: `p-${tag}-retry`, status: 'delivered' });
    const activities = createEventActivities(stack.db, undefined);
    // What the workflow's store step receives on every attempt: the same batch id and events.
    const batch = { batchId: randomUUID(), events: [fresh, earlier, fresh] as never };
    const first = await activities.storeEvents(batch);
    const retried = await activities.storeEvents(batch);
    expect(retried).toEqual(first);
    expect(first.receipts.map((r) => r.status)).toEqual(['accepted', 'duplicate', 'duplicate']);
    expect(first.receipts[1]!.id).toBe(stored!.id);
    expect(first.receipts[2]!.id).toBe(first.receipts[0]!.id);
    expect(first.households).toEqual([{ householdId: id, eventIds: [first.receipts[0]!.id] }]);
    expect(await stack.db.inboundEvent.count({ where: { householdId: id } })).toBe(2);

    // The rules run once: an evaluation retried after it committed finds nothing left to do.
    expect(await activities.applyTriggers(first.households[0]!)).toEqual({ processed: 1, caseIds: [] });
    expect(await activities.applyTriggers(first.households[0]!)).toEqual({ processed: 0, caseIds: [] });
    const row = await stack.db.inboundEvent.findUniqueOrThrow({ where: { id: BigInt(first.receipts[0]!.id) } });
    expect(row.processedAt).not.toBeNull();
  });
});

describe('timeframes watched by durable timers', () => {
  it('a work order open past its timeframe opens a maintenance-delay case; one completed in time does not', async () => {
    const late = await household();
    const onTime = await household();
    const batch = await deliver([
      event(late, 'work_order_opened', { workOrderId: `wo-${tag}-late`, summary: 'Leaking tap', priority: 'routine' }),
      event(onTime, 'work_order_opened', { workOrderId: `wo-${tag}-fast`, summary: 'Light bulb', priority: 'routine' }),
      event(onTime, 'work_order_completed', { workOrderId: `wo-${tag}-fast` }),
    ]);
    await recordHistory(stack.temporal.workflow.getHandle(`events-${batch.batchId}`), 'event-batch-two-households');
    const cases = await eventually(
      () => casesOf(late),
      (c) => c.length > 0,
    );
    expect(cases).toMatchObject([
      {
        category: 'maintenance_delay',
        triggerRule: 'work_order_overdue',
        severity: 'medium',
        channel: 'work_order_system',
      },
    ]);
    const watch = await stack.temporal.workflow.getHandle(`watch-work_order-${propertyId}-wo-${tag}-fast`).result();
    expect(watch).toEqual({ overdue: false, closedLate: false });
    expect(await casesOf(onTime)).toHaveLength(0);
  });

  it('a work order completed after its timeframe opens a recovery check-in', async () => {
    const id = await household(lateProperty);
    const opened = new Date(Date.now() - 60_000);
    await deliver([
      event(id, 'work_order_opened', { workOrderId: `wo-${tag}-slow`, summary: 'Broken blind' }, opened, lateProperty),
    ]);
    await deliver([event(id, 'work_order_completed', { workOrderId: `wo-${tag}-slow` }, new Date(), lateProperty)]);
    const watch = await stack.temporal.workflow.getHandle(`watch-work_order-${lateProperty}-wo-${tag}-slow`).result();
    expect(watch).toEqual({ overdue: false, closedLate: true });
    expect(await casesOf(id)).toMatchObject([
      { category: 'maintenance_delay', triggerRule: 'work_order_closed_late', severity: 'low' },
    ]);
  });

  it('a resident message unanswered past its timeframe opens a communication case; an answered one does not', async () => {
    const silent = await household();
    const answered = await household();
    await deliver([
      event(silent, 'message_sent', { threadId: `t-${tag}-silent`, summary: 'When is the inspection?' }),
      event(answered, 'message_sent', { threadId: `t-${tag}-ok`, summary: 'Parking permit?' }),
      event(answered, 'message_answered', { threadId: `t-${tag}-ok`, by: 'leasing' }),
    ]);
    const cases = await eventually(
      () => casesOf(silent),
      (c) => c.length > 0,
    );
    expect(cases).toMatchObject([{ category: 'communication', triggerRule: 'unanswered_message' }]);
    expect(await stack.temporal.workflow.getHandle(`watch-thread-${propertyId}-t-${tag}-ok`).result()).toEqual({
      overdue: false,
      closedLate: false,
    });
    expect(await casesOf(answered)).toHaveLength(0);
  });
});

describe('bad input', () => {
  it('names every invalid field and stores nothing', async () => {
    const id = await household();
    const response = await send([
      event(id, 'survey_response', { score: 9 }),
      event(id, 'work_order_opened', { workOrderId: 'x' }),
    ]);
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.events.0.score', 'body.events.1.summary']));
    expect(await stack.db.inboundEvent.count({ where: { householdId: id } })).toBe(0);
  });

  it('refuses an event from the future, naming it', async () => {
    const id = await household();
    const response = await send([
      event(id, 'survey_response', { score: 1 }),
      event(id, 'survey_response', { score: 1 }, new Date(Date.now() + 60 * 60 * 1000)),
    ]);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.events.1.occurredAt']);
    expect(await stack.db.inboundEvent.count({ where: { householdId: id } })).toBe(0);
  });

  it('refuses a batch naming a household outside the directory or of another property, storing none of it', async () => {
    const id = await household();
    const other = await household(lateProperty);
    const response = await send([
      event(id, 'survey_response', { score: 1 }),
      event('hh-nobody', 'survey_response', { score: 1 }),
      event(other, 'survey_response', { score: 1 }),
    ]);
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      { field: 'body.events.1.householdId', message: `household hh-nobody is not in the directory of ${propertyId}` },
      // Exactly the same words as for a household that does not exist: nothing says it lives elsewhere.
      { field: 'body.events.2.householdId', message: `household ${other} is not in the directory of ${propertyId}` },
    ]);
    expect(await stack.db.inboundEvent.count({ where: { householdId: id } })).toBe(0);
  });

  it('answers 404 for a property outside the key, 403 for a frontline key, 401 without a key', async () => {
    const id = await household();
    const narrow = await stack.keyFor('integration', [lateProperty]);
    expect((await send([event(id, 'survey_response', { score: 1 })], narrow)).statusCode).toBe(404);
    const frontline = await stack.keyFor('frontline', [propertyId], `${propertyId}-fl`);
    expect((await send([event(id, 'survey_response', { score: 1 })], frontline)).statusCode).toBe(403);
    expect((await send([event(id, 'survey_response', { score: 1 })], {})).statusCode).toBe(401);
    expect(await stack.db.inboundEvent.count({ where: { householdId: id } })).toBe(0);
  });
});
