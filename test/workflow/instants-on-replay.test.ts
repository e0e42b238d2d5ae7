import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseEventRecord } from '../../activities/case-store';
import { staffUpdates, type CaseState } from '../../definitions/recovery-case';
import { recordHistory } from '../support/histories';
import { startWorkflowHarness, type WorkflowHarness } from '../support/workflow-harness';

const { acknowledge, recordFacts, proposePlan, resolve, recordFeedback } = staffUpdates;

/**
 * What a case does after one of its local activities (a read-model write) keeps the instant of the step that
 * asked for it, so the live run and any replay record the same instants.
 *
 * Why: Core moves a workflow's clock on by a local activity's run time when it hands over the result, and a
 * replay does the same from the activity's marker; but when the result reaches the workflow in a later task
 * than the one that asked (the task was completed first to answer a query, as after a worker crash), the live
 * run reads that later task's clock instead. The worker-kill fault test found it: a closed case's `closedAt`
 * in the read model (written live) a second after the one a replay rebuilt. Keeping the step's own instant
 * takes both clocks out of it.
 *
 * Here the resident's answer is written while the test holds the write back for a moment (so the activity
 * takes measurable time): the case closes at the instant of the answer itself, not that instant plus the
 * write's run time, and the state a replay rebuilds (a query after the case closed) equals the live one.
 */
let h: WorkflowHarness;
const held = new Map<string, { arrived: () => void; release: Promise<void> }>();
function holdWrite(type: string) {
  let arrived!: () => void;
  let release!: () => void;
  const arrival = new Promise<void>((resolve) => (arrived = resolve));
  held.set(type, { arrived, release: new Promise<void>((resolve) => (release = resolve)) });
  return { arrival, release: () => release() };
}

beforeAll(async () => {
  h = await startWorkflowHarness({
    activities: (real) => ({
      async recordCaseEvent(event: CaseEventRecord) {
        const hold = held.get(event.type);
        if (hold) {
          held.delete(event.type);
          hold.arrived();
          await hold.release;
        }
        return real.recordCaseEvent(event);
      },
    }),
  });
}, 300_000);
afterAll(() => h?.stop());

/** The parts of the state that are instants or follow from them. */
const instants = (state: CaseState) => ({
  openedAt: state.openedAt,
  stageHistory: state.stageHistory,
  deadline: state.deadline,
  breaches: state.breaches,
  lastResidentUpdateAt: state.lastResidentUpdateAt,
  resolution: state.resolution,
  followUp: state.followUp,
  timeline: state.timeline,
});

describe('instants recorded after a local activity', () => {
  it('are the instant of the step that asked for it, live and on replay', async () => {
    const { propertyId } = await h.createProperty();
    const { handle, caseId } = await h.openCase(propertyId);
    const by = 'staff-tester';
    await handle.executeUpdate(acknowledge, { args: [{ by }] });
    await handle.executeUpdate(recordFacts, {
      args: [{ by, whatHappened: 'Part back-ordered', rootCauseFamily: 'organizational', contributingFactors: [] }],
    });
    await handle.executeUpdate(proposePlan, {
      args: [{ by, plan: 'Replace it Friday', needsResidentAgreement: false }],
    });
    await handle.executeUpdate(resolve, { args: [{ by, actionsTaken: 'Dishwasher replaced' }] });
    const followUpDue = Date.parse((await h.state(handle)).followUp!.dueAt);
    await h.env.sleep(followUpDue - (await h.env.currentTimeMs()) + 60_000);

    const answerWrite = holdWrite('resident_satisfied');
    const answering = handle.executeUpdate(recordFeedback, { args: [{ by: 'resident', satisfied: true }] });
    await answerWrite.arrival;
    // While the answer's write is held, the row still shows the follow-up.
    expect((await h.db.case.findUniqueOrThrow({ where: { id: caseId } })).stage).toBe('follow_up');
    answerWrite.release();
    const live = await answering;

    expect(live.status).toBe('closed');
    const answeredAt = live.followUp!.feedback!.at;
    expect(live.stageHistory.at(-1)).toEqual({ stage: 'closed', enteredAt: answeredAt });
    expect(live.timeline.filter((e) => e.type === 'case_closed').map((e) => e.at)).toEqual([answeredAt]);
    const row = await h.db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(row.closedAt?.toISOString()).toBe(answeredAt);

    await handle.result();
    await recordHistory(handle, 'closed-after-a-held-answer');
    // The case is closed: this query replays its whole history.
    expect(instants(await h.state(handle))).toEqual(instants(live));
  });
});
