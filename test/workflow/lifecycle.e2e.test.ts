import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortPolicy } from '../../domain/policies';
import { type CaseState, staffUpdates } from '../../definitions/recovery-case';
import { recordHistory } from '../support/histories';
import { startStack } from '../support/stack';
import { createOutboxDelivery } from '../../activities/outbox-delivery';
import type { OutgoingMessage } from '../../activities/transports';

const { acknowledge, addNote, proposePlan, recordAgreement, recordFacts, recordFeedback, resolve } = staffUpdates;

/**
 * A whole case on the real Temporal dev server and PostgreSQL, with a short policy (seconds) so the
 * follow-up wait and an escalation really happen: every stage is written to the read model exactly once
 * and every message is in the outbox exactly once.
 */
describe('case lifecycle on the dev server (short policies)', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let baseUrl: string;
  const propertyId = `e2e-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    stack = await startStack();
    baseUrl = await stack.app.listen({ host: '127.0.0.1', port: 0 });
    await stack.db.property.create({ data: { id: propertyId, name: 'Maple Court', timeZone: 'America/Chicago' } });
    await stack.db.staffMember.createMany({
      data: [
        { id: `${propertyId}-maint`, name: 'Dana (maintenance)', role: 'maintenance', propertyIds: [propertyId] },
        {
          id: `${propertyId}-cm`,
          name: 'Chris (community manager)',
          role: 'community_manager',
          propertyIds: [propertyId],
        },
        {
          id: `${propertyId}-rm`,
          name: 'Riley (regional manager)',
          role: 'regional_manager',
          propertyIds: [propertyId],
        },
      ],
    });
    await stack.db.policy.create({
      data: { propertyId, category: 'maintenance_delay', severity: 'high', policy: shortPolicy() as object },
    });
    await stack.db.household.create({ data: { id: `${propertyId}-7c`, propertyId, unit: '7C', name: 'Household 7C' } });
  });
  afterAll(() => stack?.stop());

  async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (ok(value)) return value;
      if (Date.now() > deadline)
        throw new Error(`condition not met within ${timeoutMs} ms; last value ${JSON.stringify(value).slice(0, 500)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('goes from creation to a recovered close, with an escalation on the way', async () => {
    const created = await fetch(`${baseUrl}/v1/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...stack.adminHeaders },
      body: JSON.stringify({
        propertyId,
        residentId: `${propertyId}-7c`,
        unit: '7C',
        category: 'maintenance_delay',
        severity: 'high',
        channel: 'work_order_system',
        summary: 'Heating repair two days late',
      }),
    });
    expect(created.status).toBe(201);
    const { id: caseId, workflowId } = (await created.json()) as { id: string; workflowId: string };
    const handle = stack.temporal.workflow.getHandle(workflowId);
    const state = () => handle.query<CaseState>('getCase');

    // Nobody acknowledges within the short timeframe: the case escalates to the community manager.
    await waitFor(state, (s) => s.escalationLevel >= 1);
    const by = `${propertyId}-cm`;
    await handle.executeUpdate(acknowledge, { args: [{ by }] });
    await handle.executeUpdate(addNote, { args: [{ by, body: 'Technician booked for 8am', visibility: 'resident' }] });
    await handle.executeUpdate(recordFacts, {
      args: [
        { by, whatHappened: 'Vendor no-show', rootCauseFamily: 'organizational', contributingFactors: ['vendor'] },
      ],
    });
    await handle.executeUpdate(proposePlan, {
      args: [{ by, plan: 'Space heater today, repair tomorrow 8am', needsResidentAgreement: true }],
    });
    await handle.executeUpdate(recordAgreement, { args: [{ by: 'resident-app', agreed: true }] });
    await handle.executeUpdate(resolve, { args: [{ by, actionsTaken: 'Heating repaired' }] });
    // The resident answers once the check-in is on the timeline.
    await waitFor(
      () => stack.db.caseEvent.count({ where: { caseId, type: 'follow_up_sent' } }),
      (n) => n > 0,
    );
    await handle.executeUpdate(recordFeedback, { args: [{ satisfied: true, by: 'resident-app' }] });
    const result = (await handle.result()) as CaseState;
    expect(result.outcome).toBe('recovered');
    await recordHistory(handle, 'lifecycle-escalated-then-recovered');

    // Read model: every stage event exactly once, in order; the row mirrors the workflow's final state.
    const events = (await stack.db.caseEvent.findMany({ where: { caseId }, orderBy: { id: 'asc' } })).map(
      (e) => e.type,
    );
    const once = [
      'case_opened',
      'acknowledged',
      'facts_recorded',
      'resolution_planned',
      'resident_agreed',
      'resolved',
      'follow_up_sent',
      'resident_satisfied',
      'case_closed',
    ];
    for (const type of once)
      expect(
        events.filter((e) => e === type),
        type,
      ).toHaveLength(1);
    expect(events.filter((e) => once.includes(e))).toEqual(once);
    expect(events).toContain('timeframe_breached');
    expect(events).toContain('escalated');
    const row = await stack.db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(row).toMatchObject({
      status: 'closed',
      outcome: 'recovered',
      escalationLevel: result.escalationLevel,
      breachCount: result.breaches.length,
      unit: '7C',
    });

    // Outbox: each message once; the worker's delivery (here limited to this case: other test files share the
    // table) sends each once. The resident got the apology, the update, the plan and the check-in.
    const outbox = await stack.db.outboxMessage.findMany({ where: { caseId }, orderBy: { id: 'asc' } });
    expect(new Set(outbox.map((m) => m.key)).size).toBe(outbox.length);
    const delivered: OutgoingMessage[] = [];
    const delivery = createOutboxDelivery(
      stack.db,
      { name: 'memory', deliver: async (m) => void delivered.push(m) },
      {
        caseIds: [caseId],
      },
    );
    while ((await delivery.deliverDue()) > 0);
    expect(delivered.map((m) => m.key).sort()).toEqual(outbox.map((m) => m.key).sort());
    const after = await stack.db.outboxMessage.findMany({
      where: { caseId },
      select: { status: true, attempts: true },
    });
    expect(after.map((m) => `${m.status}/${m.attempts}`)).toEqual(outbox.map(() => 'sent/1'));
    const resident = outbox.filter((m) => m.audience === 'resident').map((m) => m.template);
    expect(resident).toEqual([
      'acknowledge.maintenance_delay',
      'note.resident',
      'resolve.plan_for_agreement',
      'follow_up.check_in',
    ]);
    const staffTemplates = outbox.filter((m) => m.audience === 'staff').map((m) => m.template);
    expect(staffTemplates[0]).toBe('staff.assigned');
    expect(staffTemplates).toContain('staff.escalated');

    // Search attributes are current for ops in the Temporal UI.
    const description = await handle.describe();
    expect(description.searchAttributes).toMatchObject({
      CaseStatus: ['closed'],
      CaseStage: ['closed'],
      PropertyId: [propertyId],
      Breached: [true],
    });
  });
});
