import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConfiguredPolicy, type StagePolicy } from '../../domain/policies';
import { configurationChanged, staffUpdates } from '../../definitions/recovery-case';
import { recordHistory } from '../support/histories';
import { DAY, HOUR, startWorkflowHarness, type WorkflowHarness } from '../support/workflow-harness';

const { acknowledge, addNote, cancelCase, recordFacts } = staffUpdates;

/**
 * Configuration an operator wrote must never stop a case: whatever the calendar or policy says, timers fire,
 * actions answer, what could not be followed is reported, and nobody is messaged more often than a bound.
 */
let h: WorkflowHarness;
beforeAll(async () => {
  h = await startWorkflowHarness();
}, 300_000);
afterAll(() => h?.stop());

type Handle = Awaited<ReturnType<WorkflowHarness['openCase']>>['handle'];
const by = 'staff-tester';
const MINUTE = 60 * 1000;

async function passDeadline(handle: Handle) {
  const state = await h.state(handle);
  await h.env.sleep(Date.parse(state.deadline!.dueAt!) - (await h.env.currentTimeMs()) + MINUTE);
}
const dueIn = (state: Awaited<ReturnType<WorkflowHarness['state']>>) =>
  Date.parse(state.deadline!.dueAt!) - Date.parse(state.deadline!.startedAt);

/** Every day for four years from the day before `from` a holiday: no opening hours at all. */
const everyDayAHoliday = (from: number) =>
  Array.from({ length: 4 * 366 }, (_, i) => new Date(from + (i - 1) * DAY).toISOString().slice(0, 10));

/** Calendars the fuzzer wrote (or that rows written before validation can hold), and what each breaks. */
const badCalendars = [
  {
    name: 'opens after it closes (opensAt patched alone)',
    calendar: { opensAt: '18:00', closesAt: '17:00' },
    problem: /opens at 18:00, not before it closes at 17:00/,
  },
  {
    name: 'opens when it closes',
    calendar: { opensAt: '09:00', closesAt: '09:00' },
    problem: /opens at 09:00, not before it closes at 09:00/,
  },
  {
    name: 'a holiday every day for years',
    calendar: { holidays: 'every day' },
    problem: /no opening hours within 1098 days/,
  },
  { name: 'no business days', calendar: { businessDays: [] }, problem: /has no business days/ },
  {
    name: 'an unknown time zone',
    calendar: { timeZone: 'Mars/Olympus' },
    problem: /time zone Mars\/Olympus is unknown/,
  },
  { name: 'a holiday that is no date (2501-11-31)', calendar: { holidays: ['2501-11-31'] }, problem: null },
] as const;

describe('a bad calendar never stops a case', () => {
  it.each(badCalendars)(
    '$name: intake, timers and actions go on, the problem is reported once',
    async ({ calendar, problem }) => {
      const { propertyId, staff } = await h.createProperty({ timeZone: 'UTC' });
      // The test server's clock leaps years when a case ends, so the holidays start from its current time.
      const holidays =
        'holidays' in calendar && calendar.holidays === 'every day'
          ? everyDayAHoliday(await h.env.currentTimeMs())
          : undefined;
      await h.db.property.update({
        where: { id: propertyId },
        data: { ...calendar, ...(holidays && { holidays }) } as never,
      });
      // high: acknowledge within 4 business hours, the timeframe whose arithmetic threw.
      const { handle, caseId } = await h.openCase(propertyId, { severity: 'high' });
      let state = await h.state(handle);
      expect(state.stage).toBe('acknowledge');
      if (problem) expect(dueIn(state)).toBe(4 * HOUR); // counted as calendar hours

      await passDeadline(handle);
      state = await h.state(handle);
      expect(state.escalationLevel).toBe(1);

      await handle.executeUpdate(acknowledge, { args: [{ by }] });
      state = await h.state(handle);
      expect(state.stage).toBe('gather_facts');
      if (problem) expect(dueIn(state)).toBe(DAY); // 1 business day as a calendar day
      await handle.executeUpdate(recordFacts, {
        args: [{ by, whatHappened: 'Late part', rootCauseFamily: 'organizational', contributingFactors: [] }],
      });
      expect((await h.state(handle)).stage).toBe('resolve');

      const events = await h.eventsFor(caseId);
      const notices = (await h.messagesFor(caseId)).filter((m) => m.template === 'staff.configuration_problem');
      if (problem) {
        expect(events.filter((e) => e === 'configuration_problem')).toHaveLength(1);
        expect(notices.map((m) => m.recipient)).toEqual([`staff:${staff.community_manager}`]);
        expect(notices[0]!.body).toMatch(problem);
        const row = await h.db.caseEvent.findFirstOrThrow({ where: { caseId, type: 'configuration_problem' } });
        expect((row.payload as { problem: string }).problem).toMatch(problem);
      } else {
        expect(events).not.toContain('configuration_problem');
        expect(notices).toEqual([]);
      }
      await handle.executeUpdate(cancelCase, { args: [{ by, reason: 'test cleanup' }] });
      await handle.result();
      if (problem && calendar === badCalendars[0].calendar)
        await recordHistory(handle, 'configuration-problem-calendar-time-then-cancelled');
    },
  );

  it('a case opened under a broken calendar follows the corrected one: at its next due time, or when told', async () => {
    const { propertyId } = await h.createProperty({ timeZone: 'UTC' });
    await h.db.property.update({ where: { id: propertyId }, data: { opensAt: '18:00' } });
    const { handle, caseId } = await h.openCase(propertyId, { severity: 'high' });
    // Entering gather_facts computes 1 business day on the case's copy of the broken calendar.
    await handle.executeUpdate(acknowledge, { args: [{ by }] });
    let state = await h.state(handle);
    expect(state.stage).toBe('gather_facts');
    expect(dueIn(state)).toBe(DAY);
    expect(state.configurationProblems).toEqual(['the office opens at 18:00, not before it closes at 17:00']);

    // Corrected in the directory only: the case looks again when its timer fires, before it escalates.
    await h.db.property.update({ where: { id: propertyId }, data: { opensAt: '09:00', closesAt: '13:00' } });
    await passDeadline(handle);
    state = await h.state(handle);
    expect(await h.eventsFor(caseId)).toContain('configuration_reloaded');
    expect(state.calendar).toMatchObject({ opensAt: '09:00', closesAt: '13:00' });
    expect(state.configurationProblems).toEqual([]);
    // The due time is business time again: within the opening hours 09:00-13:00 UTC. Recomputed from the
    // stage's start it may fall before the fallback's (the case escalated at once) or after it (not yet).
    const due = new Date(state.deadline!.dueAt!);
    expect(due.getUTCHours() * 60 + due.getUTCMinutes()).toBeGreaterThan(9 * 60);
    expect(due.getUTCHours() * 60 + due.getUTCMinutes()).toBeLessThanOrEqual(13 * 60);
    const level = state.escalationLevel;
    expect([0, 1]).toContain(level);
    await passDeadline(handle);
    expect((await h.state(handle)).escalationLevel).toBe(level + 1);

    // Told that the configuration changed (`npm run cases:repair`), it reloads at once.
    await h.db.property.update({ where: { id: propertyId }, data: { closesAt: '15:00' } });
    await handle.signal(configurationChanged);
    await vi.waitFor(
      async () => expect((await h.eventsFor(caseId)).filter((e) => e === 'configuration_reloaded')).toHaveLength(2),
      {
        timeout: 30_000,
        interval: 200,
      },
    );
    expect((await h.state(handle)).calendar).toMatchObject({ opensAt: '09:00', closesAt: '15:00' });
    await handle.executeUpdate(addNote, { args: [{ by, body: 'still moving', visibility: 'internal' }] });
    await handle.executeUpdate(cancelCase, { args: [{ by, reason: 'test cleanup' }] });
    await handle.result();
    expect((await h.messagesFor(caseId)).filter((m) => m.template === 'staff.configuration_problem')).toHaveLength(1);
    await recordHistory(handle, 'configuration-reloaded-then-cancelled');
  });
});

describe('no case floods one person, whatever the policy says', () => {
  const minutes = (amount: number) => ({ amount, unit: 'minutes' as const });
  /** The shortest policy the API accepts (one step shorter anywhere is refused). */
  const shortestAccepted: StagePolicy = {
    acknowledge: minutes(15),
    gather_facts: minutes(15),
    resolve: minutes(15),
    followUpDelay: minutes(60),
    followUpReminderAfter: minutes(60),
    followUpGiveUpAfter: minutes(60),
    escalationReminderInterval: minutes(30),
    residentUpdateInterval: minutes(60),
    maxReopens: 0,
    ownerRole: 'maintenance',
  };
  const seconds = (amount: number) => ({ amount, unit: 'seconds' as const });
  /** What the fuzzer wrote before policies were bounded: every timeframe one second. */
  const everySecond: StagePolicy = {
    ...shortestAccepted,
    acknowledge: seconds(1),
    gather_facts: seconds(1),
    resolve: seconds(1),
    escalationReminderInterval: seconds(1),
    residentUpdateInterval: seconds(1),
  };

  it('the API accepts the shortest policy and refuses one step shorter', () => {
    expect(ConfiguredPolicy.safeParse(shortestAccepted).success).toBe(true);
    for (const [field, shorter] of [
      ['acknowledge', minutes(14)],
      ['escalationReminderInterval', minutes(29)],
      ['residentUpdateInterval', minutes(59)],
      ['followUpDelay', minutes(59)],
    ] as const) {
      const result = ConfiguredPolicy.safeParse({ ...shortestAccepted, [field]: shorter });
      expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
    }
  });

  it.each([
    ['the shortest policy the API accepts', shortestAccepted, 'reminders-spaced-shortest-policy-then-cancelled'],
    ['a policy of one-second timeframes written before policies were bounded', everySecond, null],
  ] as const)(
    '%s: at most two reminders of a kind and five messages an hour to any one person',
    async (_name, policy, fixture) => {
      const { propertyId } = await h.createProperty({
        timeZone: 'UTC',
        policy: { category: 'maintenance_delay', severity: 'high', policy },
      });
      const { handle, caseId } = await h.openCase(propertyId, { severity: 'high' });
      const hours: Record<string, number>[] = [];
      const templatesByHour: Record<string, number>[] = [];
      let seen = 0;
      for (let hour = 0; hour < 3; hour++) {
        await h.env.sleep(HOUR);
        const messages = (await h.messagesFor(caseId)).slice(seen);
        seen += messages.length;
        const perPerson: Record<string, number> = {};
        const perKind: Record<string, number> = {};
        for (const m of messages) {
          perPerson[m.recipient] = (perPerson[m.recipient] ?? 0) + 1;
          perKind[`${m.recipient} ${m.template}`] = (perKind[`${m.recipient} ${m.template}`] ?? 0) + 1;
        }
        hours.push(perPerson);
        templatesByHour.push(perKind);
      }
      const state = await h.state(handle);
      expect(state.escalationLevel).toBe(2); // the ladder was climbed: the timers did fire
      expect((await h.messagesFor(caseId)).some((m) => m.template === 'staff.escalation_reminder')).toBe(true);
      for (const perKind of templatesByHour)
        for (const count of Object.values(perKind)) expect(count).toBeLessThanOrEqual(2);
      for (const perPerson of hours) for (const count of Object.values(perPerson)) expect(count).toBeLessThanOrEqual(5);
      await handle.executeUpdate(cancelCase, { args: [{ by, reason: 'test cleanup' }] });
      await handle.result();
      if (fixture) await recordHistory(handle, fixture);
    },
  );
});
