import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../domain/policies';
import { residentEvent, residentMessage, type CaseState, staffUpdates } from '../../definitions/recovery-case';
import { recordHistory } from '../support/histories';
import { DAY, HOUR, startWorkflowHarness, type WorkflowHarness } from '../support/workflow-harness';

const {
  acknowledge,
  addNote,
  assign,
  cancelCase,
  changeSeverity,
  escalate,
  proposePlan,
  recordAgreement,
  recordFacts,
  recordFeedback,
  resolve,
  resume,
  waitOnResident,
} = staffUpdates;

/**
 * Every branch of the recovery protocol at the default, real-world timeframes (hours and days), on the
 * time-skipping test server with the real activities.
 */
let h: WorkflowHarness;
beforeAll(async () => {
  h = await startWorkflowHarness();
}, 300_000);
afterAll(() => h?.stop());

type Handle = Awaited<ReturnType<WorkflowHarness['openCase']>>['handle'];
const by = 'staff-tester';

async function toGatherFacts(handle: Handle) {
  await handle.executeUpdate(acknowledge, { args: [{ by }] });
}
async function toResolve(handle: Handle) {
  await toGatherFacts(handle);
  await handle.executeUpdate(recordFacts, {
    args: [
      {
        by,
        whatHappened: 'Part was back-ordered and nobody told the resident',
        rootCauseFamily: 'organizational',
        contributingFactors: ['parts'],
      },
    ],
  });
}
async function toFollowUp(handle: Handle) {
  await toResolve(handle);
  await handle.executeUpdate(proposePlan, {
    args: [{ by, plan: 'Replace the dishwasher Friday; waive a month of amenity fee', needsResidentAgreement: true }],
  });
  await handle.executeUpdate(recordAgreement, { args: [{ by, agreed: true }] });
  await handle.executeUpdate(resolve, { args: [{ by, actionsTaken: 'Dishwasher replaced; fee waived' }] });
}
/** Fast-forwards until the running timer's due time has passed (plus a minute). */
async function passDeadline(handle: Handle) {
  const state = await h.state(handle);
  const due = Date.parse(state.deadline!.dueAt!);
  await h.env.sleep(due - (await h.env.currentTimeMs()) + 60_000);
}
/** Fast-forwards through the follow-up delay until the check-in went out. */
async function untilCheckIn(handle: Handle) {
  const state = await h.state(handle);
  await h.env.sleep(Date.parse(state.followUp!.dueAt) - (await h.env.currentTimeMs()) + 60_000);
  expect((await h.state(handle)).followUp?.checkInSentAt).toBeDefined();
}
async function rejection(promise: Promise<unknown>): Promise<{ type: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
    const cause = (error as WorkflowUpdateFailedError).cause as { type?: string; message: string };
    return { type: cause.type ?? '', message: cause.message };
  }
  throw new Error('expected the update to be rejected');
}
const comparable = (state: CaseState) => ({ ...state, timeline: state.timeline.length });

describe("the resident link (patched 'resident-link')", () => {
  it('is issued at intake, carried by every resident message; the resident writes, agrees and answers as `resident`', async () => {
    const { propertyId, staff } = await h.createProperty();
    const { handle, caseId } = await h.openCase(propertyId);
    const opened = await h.state(handle);
    expect(opened.residentLink?.url).toMatch(/^http:\/\/127\.0\.0\.1:3000\/r\/[A-Za-z0-9_-]{43}$/);
    expect(opened.residentLink?.url.endsWith(opened.residentLink.token)).toBe(true);
    const link = opened.residentLink!.url;

    await toGatherFacts(handle);
    const message = { by: 'resident', body: 'Any morning works for me', messageId: 'form-1' };
    await handle.executeUpdate(residentMessage, { args: [message] });
    const repeat = await rejection(handle.executeUpdate(residentMessage, { args: [message] }));
    expect(repeat).toEqual({ type: 'StageConflict', message: 'this message was already received' });
    const malformed = await rejection(
      handle.executeUpdate(residentMessage, { args: [{ ...message, messageId: 'form 2', body: ' ' }] }),
    );
    expect(malformed.type).toBe('InvalidAction');

    await handle.executeUpdate(recordFacts, {
      args: [{ by, whatHappened: 'Back-ordered part', rootCauseFamily: 'organizational', contributingFactors: [] }],
    });
    await handle.executeUpdate(proposePlan, {
      args: [{ by, plan: 'New pump Thursday', needsResidentAgreement: true }],
    });
    await handle.executeUpdate(recordAgreement, { args: [{ by: 'resident', agreed: true }] });
    await handle.executeUpdate(resolve, { args: [{ by, actionsTaken: 'Pump replaced' }] });
    await untilCheckIn(handle);
    await handle.executeUpdate(recordFeedback, { args: [{ by: 'resident', satisfied: true }] });
    expect(await handle.result()).toMatchObject({ status: 'closed', outcome: 'recovered' });
    const afterClose = await handle
      .executeUpdate(residentMessage, { args: [{ ...message, messageId: 'form-3' }] })
      .then(
        () => null,
        (error: Error) => error,
      );
    expect(afterClose).toBeInstanceOf(WorkflowNotFoundError);
    await recordHistory(handle, 'resident-link--page-answers-recovered');

    const resident = (await h.messagesFor(caseId)).filter((m) => m.audience === 'resident');
    expect(resident.map((m) => m.template)).toEqual([
      'acknowledge.maintenance_delay',
      'resolve.plan_for_agreement',
      'follow_up.check_in',
    ]);
    for (const m of resident) {
      expect(m.link).toBe(link);
      expect(m.body.endsWith(`See where your request stands, and answer us, here: ${link}`)).toBe(true);
    }
    const toOwner = (await h.messagesFor(caseId)).filter((m) => m.template === 'staff.resident_message');
    expect(toOwner.map((m) => m.recipient)).toEqual([`staff:${staff.maintenance}`]);
    expect(await h.eventsFor(caseId)).toContain('resident_message');
    const rows = await h.db.residentLink.findMany({ where: { caseId } });
    expect(rows.map((r) => r.householdId)).toEqual([opened.input.residentId]);
  });
});

describe('happy path', () => {
  it('walks intake → acknowledge → facts → plan + agreement → resolve → follow-up → recovered', async () => {
    const { propertyId, staff } = await h.createProperty();
    const { handle, caseId } = await h.openCase(propertyId);

    let state = await h.state(handle);
    expect(state).toMatchObject({
      stage: 'acknowledge',
      status: 'open',
      ownerId: staff.maintenance,
      ownerRole: 'maintenance',
      escalationLevel: 0,
    });
    expect(state.deadline?.stage).toBe('acknowledge');

    await toFollowUp(handle);
    state = await h.state(handle);
    expect(state.stage).toBe('follow_up');
    await untilCheckIn(handle);
    await handle.executeUpdate(recordFeedback, { args: [{ satisfied: true, comment: 'All good now, thank you' }] });

    const result = await handle.result();
    expect(result).toMatchObject({ status: 'closed', stage: 'closed', outcome: 'recovered', breaches: [] });
    await recordHistory(handle, 'happy-path-recovered');
    expect(await h.eventsFor(caseId)).toEqual([
      'case_opened',
      'acknowledged',
      'facts_recorded',
      'resolution_planned',
      'resident_agreed',
      'resolved',
      'follow_up_sent',
      'resident_satisfied',
      'case_closed',
    ]);
    expect((await h.messagesFor(caseId)).map((m) => m.template)).toEqual([
      'staff.assigned',
      'acknowledge.maintenance_delay',
      'resolve.plan_for_agreement',
      'follow_up.check_in',
    ]);
    const row = await h.db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(row).toMatchObject({
      status: 'closed',
      stage: 'closed',
      outcome: 'recovered',
      rootCauseFamily: 'organizational',
      breached: false,
    });
    const report = row.closingReport as { durations: { stage: string }[] };
    expect(report.durations.map((d) => d.stage)).toEqual([
      'intake',
      'acknowledge',
      'gather_facts',
      'resolve',
      'follow_up',
    ]);
  });

  it('a refused plan goes back to planning; resolving needs an agreed plan', async () => {
    const { propertyId } = await h.createProperty();
    const { handle } = await h.openCase(propertyId);
    await toResolve(handle);
    await handle.executeUpdate(proposePlan, {
      args: [{ by, plan: 'Repair next month', needsResidentAgreement: true }],
    });
    expect((await rejection(handle.executeUpdate(resolve, { args: [{ by, actionsTaken: 'x' }] }))).message).toMatch(
      /waiting for the resident/,
    );
    await handle.executeUpdate(recordAgreement, { args: [{ by, agreed: false, comment: 'Too late' }] });
    expect((await h.state(handle)).plan).toBeUndefined();
    expect((await rejection(handle.executeUpdate(resolve, { args: [{ by, actionsTaken: 'x' }] }))).message).toMatch(
      /propose a resolution plan/,
    );
    await handle.executeUpdate(proposePlan, { args: [{ by, plan: 'Repair tomorrow', needsResidentAgreement: false }] });
    await handle.executeUpdate(resolve, { args: [{ by, actionsTaken: 'Repaired' }] });
    expect((await h.state(handle)).stage).toBe('follow_up');
    await handle.executeUpdate(cancelCase, { args: [{ by, reason: 'test cleanup' }] });
  });
});

describe('escalation ladder', () => {
  it.each(['acknowledge', 'gather_facts', 'resolve'] as const)(
    'a missed %s timeframe climbs owner → community manager → regional manager, then reminds',
    async (stage) => {
      const { propertyId, staff } = await h.createProperty();
      const { handle, caseId } = await h.openCase(propertyId, { severity: 'high' });
      if (stage === 'gather_facts') await toGatherFacts(handle);
      if (stage === 'resolve') await toResolve(handle);

      await passDeadline(handle);
      let state = await h.state(handle);
      expect(state.stage).toBe(stage);
      expect(state.escalationLevel).toBe(1);
      expect(state.escalationOwner).toMatchObject({ role: 'community_manager', staffId: staff.community_manager });
      expect(state.breaches).toHaveLength(1);

      await passDeadline(handle);
      state = await h.state(handle);
      expect(state.escalationLevel).toBe(2);
      expect(state.escalationOwner).toMatchObject({ role: 'regional_manager', staffId: staff.regional_manager });
      expect(state.breaches.map((b) => [b.stage, b.level])).toEqual([
        [stage, 0],
        [stage, 1],
      ]);

      // At the top: a breach, then reminders at the policy's interval instead of silence.
      await passDeadline(handle);
      await passDeadline(handle);
      await passDeadline(handle);
      state = await h.state(handle);
      expect(state.escalationLevel).toBe(2);
      expect(state.breaches).toHaveLength(3);
      const templates = (await h.messagesFor(caseId)).map((m) => m.template);
      expect(templates.filter((t) => t === 'staff.escalated')).toHaveLength(2);
      expect(templates.filter((t) => t === 'staff.escalation_reminder')).toHaveLength(3);
      expect(
        (await h.messagesFor(caseId))
          .filter((m) => m.template === 'staff.escalation_reminder')
          .every((m) => m.recipient === `staff:${staff.regional_manager}`),
      ).toBe(true);

      const row = await h.db.case.findUniqueOrThrow({ where: { id: caseId } });
      expect(row).toMatchObject({ breached: true, breachCount: 3, escalationLevel: 2 });
      const description = await handle.describe();
      expect(description.searchAttributes.Breached).toEqual([true]);
      expect(description.searchAttributes.EscalationLevel).toEqual([2]);
      await handle.executeUpdate(cancelCase, { args: [{ by, reason: 'test cleanup' }] });
      await handle.result();
      await recordHistory(handle, `escalated-to-top-at-${stage}-then-cancelled`);
    },
  );

  it('a critical case breaches acknowledge after one hour, not before', async () => {
    const { propertyId } = await h.createProperty();
    const { handle } = await h.openCase(propertyId, { severity: 'critical' });
    await h.env.sleep(HOUR - 5 * 60_000);
    expect((await h.state(handle)).breaches).toHaveLength(0);
    await h.env.sleep(10 * 60_000);
    expect((await h.state(handle)).breaches).toHaveLength(1);
    await handle.executeUpdate(cancelCase, { args: [{ by, reason: 'test cleanup' }] });
  });

  it('a manager escalates by hand and reassigns; notes go out or stay internal', async () => {
    const { propertyId, staff } = await h.createProperty();
    const { handle, caseId } = await h.openCase(propertyId);
    await handle.executeUpdate(escalate, { args: [{ by, reason: 'Resident called the office upset' }] });
    await handle.executeUpdate(assign, {
      args: [{ by, ownerId: staff.frontline, reason: 'Front desk knows the resident' }],
    });
    await handle.executeUpdate(addNote, { args: [{ by, body: 'Called the vendor', visibility: 'internal' }] });
    await handle.executeUpdate(addNote, { args: [{ by, body: 'The part arrives tomorrow', visibility: 'resident' }] });
    const state = await h.state(handle);
    expect(state).toMatchObject({ escalationLevel: 1, ownerId: staff.frontline, ownerRole: 'frontline' });
    const templates = (await h.messagesFor(caseId)).map((m) => m.template);
    expect(templates).toEqual(['staff.assigned', 'staff.escalated', 'staff.assigned', 'note.resident']);
    expect((await handle.describe()).searchAttributes.CaseOwner).toEqual([staff.frontline]);
    const unknown = await rejection(handle.executeUpdate(assign, { args: [{ by, ownerId: 'nobody' }] }));
    expect(unknown.message).toMatch(/no active staff member nobody works at/);
    await handle.executeUpdate(cancelCase, { args: [{ by, reason: 'test cleanup' }] });
  });
});

describe('resident not updated', () => {
  it('reminds the owner when no resident-facing message went out for the policy interval', async () => {
    const { propertyId } = await h.createProperty({ timeZone: 'UTC' });
    const { handle, caseId } = await h.openCase(propertyId, { severity: 'low' });
    await toGatherFacts(handle); // the apology counts as an update to the resident
    const policy = defaultPolicy('maintenance_delay', 'low');
    expect(policy.residentUpdateInterval).toBeDefined();
    const before = (await h.messagesFor(caseId)).filter((m) => m.template === 'staff.resident_not_updated').length;
    await handle.executeUpdate(waitOnResident, { args: [{ by, reason: 'keep the stage clock out of the way' }] });
    await h.env.sleep(10 * DAY);
    const reminders =
      (await h.messagesFor(caseId)).filter((m) => m.template === 'staff.resident_not_updated').length - before;
    expect(reminders).toBeGreaterThanOrEqual(1);
    expect(await h.eventsFor(caseId)).toContain('resident_not_updated');
    await handle.executeUpdate(cancelCase, { args: [{ by, reason: 'test cleanup' }] });
  });
});

describe('follow-up', () => {
  it('a dissatisfied resident reopens the case at Resolve one level higher, up to the reopen bound, then unrecovered', async () => {
    const { propertyId, staff } = await h.createProperty();
    const { handle, caseId } = await h.openCase(propertyId);
    const maxReopens = defaultPolicy('maintenance_delay', 'medium').maxReopens;
    await toFollowUp(handle);
    for (let round = 1; round <= maxReopens; round++) {
      await untilCheckIn(handle);
      await handle.executeUpdate(recordFeedback, { args: [{ satisfied: false, comment: `still broken (${round})` }] });
      const state = await h.state(handle);
      expect(state).toMatchObject({ stage: 'resolve', reopenCount: round, escalationLevel: Math.min(round, 2) });
      await handle.executeUpdate(proposePlan, {
        args: [{ by, plan: `Try again ${round}`, needsResidentAgreement: false }],
      });
      await handle.executeUpdate(resolve, { args: [{ by, actionsTaken: `Fixed again ${round}` }] });
    }
    await untilCheckIn(handle);
    await handle.executeUpdate(recordFeedback, { args: [{ satisfied: false, comment: 'I give up' }] });
    const result = await handle.result();
    expect(result).toMatchObject({ outcome: 'unrecovered', reopenCount: maxReopens + 1 });
    await recordHistory(handle, 'reopened-to-the-bound-then-unrecovered');
    const flagged = (await h.messagesFor(caseId)).filter((m) => m.template === 'staff.unrecovered');
    expect(flagged.map((m) => m.recipient)).toEqual([`staff:${staff.regional_manager}`]);
  });

  it('no answer: one reminder, then closed as no response with a personal call flagged', async () => {
    const { propertyId, staff } = await h.createProperty();
    const { handle, caseId } = await h.openCase(propertyId);
    await toFollowUp(handle);
    await h.env.sleep(30 * DAY);
    const result = await handle.result();
    expect(result.outcome).toBe('no_response');
    await recordHistory(handle, 'no-response');
    const templates = (await h.messagesFor(caseId)).map((m) => m.template);
    expect(templates.filter((t) => t === 'follow_up.check_in')).toHaveLength(1);
    expect(templates.filter((t) => t === 'follow_up.reminder')).toHaveLength(1);
    expect((await h.messagesFor(caseId)).find((m) => m.template === 'staff.no_response_call')?.recipient).toBe(
      `staff:${staff.community_manager}`,
    );
  });
});

describe('cancel', () => {
  it.each(['acknowledge', 'gather_facts', 'resolve', 'follow_up'] as const)(
    'a manager cancels with a reason at %s',
    async (stage) => {
      const { propertyId } = await h.createProperty();
      const { handle, caseId } = await h.openCase(propertyId);
      if (stage === 'gather_facts') await toGatherFacts(handle);
      if (stage === 'resolve') await toResolve(handle);
      if (stage === 'follow_up') await toFollowUp(handle);
      expect((await h.state(handle)).stage).toBe(stage);
      const state = await handle.executeUpdate(cancelCase, { args: [{ by, reason: 'Resident moved out' }] });
      expect(state).toMatchObject({ status: 'closed', outcome: 'cancelled' });
      expect((await handle.result()).outcome).toBe('cancelled');
      const row = await h.db.case.findUniqueOrThrow({ where: { id: caseId } });
      expect(row).toMatchObject({ status: 'closed', outcome: 'cancelled' });
      expect((row.closingReport as { cancel: { reason: string } }).cancel.reason).toBe('Resident moved out');
    },
  );
});

describe('clock', () => {
  it('waiting on the resident pauses the clock; resuming moves the deadline by the time paused', async () => {
    const { propertyId } = await h.createProperty({ timeZone: 'UTC' });
    const { handle } = await h.openCase(propertyId, { severity: 'critical' });
    await toResolve(handle);
    const due = Date.parse((await h.state(handle)).deadline!.dueAt!);
    await handle.executeUpdate(waitOnResident, { args: [{ by, reason: 'Waiting for access to the unit' }] });
    expect((await h.state(handle)).deadline?.dueAt).toBeNull();
    await h.env.sleep(3 * DAY);
    expect((await h.state(handle)).breaches).toHaveLength(0);
    const resumed = await handle.executeUpdate(resume, { args: [{ by, note: 'Access granted' }] });
    const newDue = Date.parse(resumed.deadline!.dueAt!);
    // Critical timeframes are plain hours: the deadline moves by exactly the time paused (3 days and a bit).
    expect(newDue - due).toBeGreaterThanOrEqual(3 * DAY);
    expect(newDue - due).toBeLessThan(3 * DAY + HOUR);
    expect(resumed.waitingOnResident).toBeNull();
    await handle.executeUpdate(cancelCase, { args: [{ by, reason: 'test cleanup' }] });
  });

  it('a severity change recomputes the open deadline from the same start', async () => {
    const { propertyId } = await h.createProperty();
    const { handle } = await h.openCase(propertyId, { severity: 'low' });
    const before = await h.state(handle);
    const changed = await handle.executeUpdate(changeSeverity, {
      args: [{ by, severity: 'critical', reason: 'Water leak found' }],
    });
    expect(changed.severity).toBe('critical');
    expect(changed.deadline!.startedAt).toBe(before.deadline!.startedAt);
    expect(Date.parse(changed.deadline!.dueAt!)).toBe(Date.parse(before.deadline!.startedAt) + HOUR);
    expect(Date.parse(changed.deadline!.dueAt!)).toBeLessThan(Date.parse(before.deadline!.dueAt!));
    expect((await handle.describe()).searchAttributes.CaseSeverity).toEqual(['critical']);
    await handle.executeUpdate(cancelCase, { args: [{ by, reason: 'test cleanup' }] });
  });

  it('business hours skip the weekend in the property’s time zone (America/New_York)', async () => {
    const { propertyId } = await h.createProperty({ timeZone: 'America/New_York' });
    // Fast-forward to the next Friday 16:00 in New York, then open a high-severity case there.
    await h.env.sleep(untilNextLocal(await h.env.currentTimeMs(), 'America/New_York', 5, 16));
    const { handle } = await h.openCase(propertyId, { severity: 'high' });
    const state = await h.state(handle);
    const due = new Date(state.deadline!.dueAt!);
    const local = new Intl.DateTimeFormat('en-US', {
      timeZone: 'America/New_York',
      weekday: 'short',
      hour: 'numeric',
      hourCycle: 'h23',
    })
      .format(due)
      .replace(',', '');
    const policy = defaultPolicy('maintenance_delay', 'high');
    expect(policy.acknowledge.unit).toBe('business_hours');
    // One business hour is left on Friday (16:00-17:00); the rest falls on Monday from 09:00.
    expect(local).toBe(`Mon ${String(8 + policy.acknowledge.amount).padStart(2, '0')}`);
    await handle.executeUpdate(cancelCase, { args: [{ by, reason: 'test cleanup' }] });
  });
});

describe('invalid actions are rejected synchronously and change nothing', () => {
  it('rejects actions that do not fit the stage, malformed payloads and anything after close', async () => {
    const { propertyId } = await h.createProperty();
    const { handle } = await h.openCase(propertyId);
    const before = comparable(await h.state(handle));

    const cases: Array<[() => Promise<unknown>, string, RegExp]> = [
      [
        () => handle.executeUpdate(resolve, { args: [{ by, actionsTaken: 'x' }] }),
        'StageConflict',
        /resolving is not possible in stage acknowledge/,
      ],
      [
        () =>
          handle.executeUpdate(recordFacts, {
            args: [{ by, whatHappened: 'x', rootCauseFamily: 'client', contributingFactors: [] }],
          }),
        'StageConflict',
        /stage acknowledge/,
      ],
      [
        () => handle.executeUpdate(recordFeedback, { args: [{ satisfied: true }] }),
        'StageConflict',
        /follow-up feedback is not possible/,
      ],
      [
        () => handle.executeUpdate(recordAgreement, { args: [{ by, agreed: true }] }),
        'StageConflict',
        /not possible in stage acknowledge/,
      ],
      [() => handle.executeUpdate(resume, { args: [{ by }] }), 'StageConflict', /not waiting on the resident/],
      [() => handle.executeUpdate(acknowledge, { args: [{ by: '' }] }), 'InvalidAction', /by/],
      [
        () => handle.executeUpdate(changeSeverity, { args: [{ by, severity: 'urgent' as never, reason: 'x' }] }),
        'InvalidAction',
        /severity/,
      ],
      [
        () => handle.executeUpdate(changeSeverity, { args: [{ by, severity: 'medium', reason: 'same' }] }),
        'StageConflict',
        /already medium/,
      ],
      [() => handle.executeUpdate(cancelCase, { args: [{ by, reason: '  ' }] }), 'InvalidAction', /reason/],
    ];
    for (const [promise, type, message] of cases) {
      const rejected = await rejection(promise());
      expect(rejected.type).toBe(type);
      expect(rejected.message).toMatch(message);
    }
    expect(comparable(await h.state(handle))).toEqual(before);

    await handle.executeUpdate(cancelCase, { args: [{ by, reason: 'Duplicate case' }] });
    await handle.result();
    // A closed case's workflow has completed: the server refuses the update before any code runs.
    const afterClose = await handle
      .executeUpdate(addNote, { args: [{ by, body: 'late', visibility: 'internal' }] })
      .then(
        () => null,
        (error: Error) => error,
      );
    expect(afterClose).toBeInstanceOf(WorkflowNotFoundError);
    expect((await h.state(handle)).timeline.some((t) => JSON.stringify(t).includes('late'))).toBe(false);
  });

  it('resident events are attached to the timeline and the read model', async () => {
    const { propertyId } = await h.createProperty();
    const { handle, caseId } = await h.openCase(propertyId);
    await handle.signal(residentEvent, { kind: 'message_received', summary: 'Any news?', source: 'resident_app' });
    await handle.executeUpdate(addNote, { args: [{ by, body: 'Replied by phone', visibility: 'internal' }] });
    expect((await h.state(handle)).timeline.map((t) => t.type)).toContain('resident_message_received');
    expect(await h.eventsFor(caseId)).toContain('resident_message_received');
    await handle.executeUpdate(cancelCase, { args: [{ by, reason: 'test cleanup' }] });
  });
});

describe('continue-as-new', () => {
  it('a case with many notes continues as new, carrying its state, and still completes', async () => {
    const { propertyId } = await h.createProperty();
    const { handle, caseId } = await h.openCase(propertyId, {}, { historyLimit: 120 });
    const firstRun = (await handle.describe()).runId;
    for (let i = 0; i < 25; i++)
      await handle.executeUpdate(addNote, { args: [{ by, body: `note ${i}`, visibility: 'internal' }] });
    await toGatherFacts(handle);
    const latest = h.env.client.workflow.getHandle(handle.workflowId);
    expect((await latest.describe()).runId).not.toBe(firstRun);
    const state = await h.state(latest);
    expect(state.stage).toBe('gather_facts');
    expect(state.timeline.filter((t) => t.type === 'internal_note')).toHaveLength(25);
    await latest.executeUpdate(cancelCase, { args: [{ by, reason: 'test cleanup' }] });
    await latest.result();
    expect(await h.eventsFor(caseId)).toContain('case_closed');
    await recordHistory(latest, 'continued-as-new-then-cancelled');
  });
});

/** Milliseconds from `nowMs` to the next given ISO weekday at `hour`:00 local time in `timeZone`. */
function untilNextLocal(nowMs: number, timeZone: string, isoWeekday: number, hour: number): number {
  const parts = (ms: number) => {
    const values = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        weekday: 'short',
        hour: 'numeric',
        minute: 'numeric',
        hourCycle: 'h23',
      })
        .formatToParts(new Date(ms))
        .map((p) => [p.type, p.value]),
    );
    return {
      weekday: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(values.weekday!) + 1,
      hour: Number(values.hour),
      minute: Number(values.minute),
    };
  };
  // Step in minutes from the next whole hour; at most 8 days of steps.
  let ms = Math.ceil(nowMs / HOUR) * HOUR;
  for (let i = 0; i < 24 * 8; i++, ms += HOUR) {
    const local = parts(ms);
    if (local.weekday === isoWeekday && local.hour === hour && local.minute === 0) return ms - nowMs;
  }
  throw new Error('no such local time within 8 days');
}
