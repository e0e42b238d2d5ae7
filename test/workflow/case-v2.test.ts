import fs from 'node:fs';
import path from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { temporal } from '@temporalio/proto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECOVERY_CASE_WORKFLOW, staffUpdates } from '../../definitions/recovery-case';
import { historiesDir } from '../support/histories';
import { startWorkflowHarness, type WorkflowHarness } from '../support/workflow-harness';

/**
 * New cases start as `recoveryCaseV2`: every rule of `recoveryCase` in force with no patch marker. Its history
 * is the old one without the patches' bookkeeping, step for step, but for the rules V2 gained since (patches
 * again); the replay test keeps both types' fixtures.
 */
let h: WorkflowHarness;
beforeAll(async () => {
  h = await startWorkflowHarness();
}, 300_000);
afterAll(() => h?.stop());

type Event = temporal.api.history.v1.IHistoryEvent;
const type = (e: Event) => String(temporal.api.enums.v1.EventType[Number(e.eventType)]).replace(/^EVENT_TYPE_/, '');
const isPatch = (e: Event) =>
  e.markerRecordedEventAttributes?.markerName === 'core_patch' ||
  'TemporalChangeVersion' in (e.upsertWorkflowSearchAttributesEventAttributes?.searchAttributes?.indexedFields ?? {});
/** A local activity's marker names the activity it recorded. */
function localActivity(e: Event): string | undefined {
  const data = e.markerRecordedEventAttributes?.details?.data?.payloads?.[0]?.data;
  if (e.markerRecordedEventAttributes?.markerName !== 'core_local_activity' || !data) return undefined;
  return (JSON.parse(Buffer.from(data).toString()) as { activity_type: string }).activity_type;
}
/** A patch marker names its patch. */
function patchId(e: Event): string | undefined {
  const data = e.markerRecordedEventAttributes?.details?.['patch-data']?.payloads?.[0]?.data;
  return data ? (JSON.parse(Buffer.from(data).toString()) as { id: string }).id : undefined;
}
const step = (e: Event) => (isPatch(e) ? `patch:${type(e)}` : localActivity(e) ? `local:${localActivity(e)}` : type(e));
/** What the case's first workflow task did: the events between its completion and the next task. */
function firstTask(events: Event[]): string[] {
  const done = events.findIndex((e) => type(e).endsWith('WORKFLOW_TASK_COMPLETED'));
  const next = events.findIndex((e, i) => i > done && type(e).endsWith('WORKFLOW_TASK_SCHEDULED'));
  return events.slice(done + 1, next).map(step);
}

describe('a case of recoveryCaseV2', () => {
  it('opens with the steps of the first type minus its patch markers and their search-attribute upserts, its intake in one step', async () => {
    const { propertyId } = await h.createProperty();
    const { handle } = await h.openCase(propertyId);
    expect((await handle.describe()).type).toBe(RECOVERY_CASE_WORKFLOW);
    const events = (await handle.fetchHistory()).events ?? [];
    const v2 = firstTask(events);

    // The same opening recorded under the first type, before V2 (the last rule it gained was instants-kept).
    const recorded = fs.readFileSync(path.join(historiesDir, 'instants-kept--happy-path-recovered.json'), 'utf8');
    const v1 = firstTask(historyFromJSON(JSON.parse(recorded)).events ?? []);
    expect(v1.filter((e) => e.startsWith('patch:')).length).toBeGreaterThanOrEqual(20);

    // The first type's three intake steps are one on V2.
    const intake = ['local:loadCaseSetup', 'local:recordCaseOpened', 'local:issueResidentLink'];
    const at = v1.indexOf(intake[0]!);
    expect(v1.slice(at, at + 3)).toEqual(intake);
    const expected = [...v1.slice(0, at), 'local:recordIntake', ...v1.slice(at + 3)];
    // Since V2, one rule as a patch, decided first: messages stored in the workflow task (activities/outbox-delivery.ts
    // delivers them). So the owner's message is stored within the first task, which also starts the stage's
    // timers: the first type ended its first task scheduling the message's activity, and waited for it.
    const unpatched = expected.filter((e) => !e.startsWith('patch:'));
    expect(unpatched.at(-1)).toBe('ACTIVITY_TASK_SCHEDULED');
    expect(v2).toEqual([
      'patch:MARKER_RECORDED',
      'patch:UPSERT_WORKFLOW_SEARCH_ATTRIBUTES',
      ...unpatched.slice(0, -1),
      'local:sendMessage',
      'TIMER_STARTED',
      'TIMER_STARTED',
    ]);
    expect(events.filter(isPatch).map(patchId).filter(Boolean)).toEqual(['messages-stored-in-the-workflow-task']);
  });

  it('continues as new as recoveryCaseV2', async () => {
    const { propertyId } = await h.createProperty();
    const { handle } = await h.openCase(propertyId, {}, { historyLimit: 40 });
    const firstRun = (await handle.describe()).runId;
    for (let i = 0; i < 12; i++)
      await handle.executeUpdate(staffUpdates.addNote, {
        args: [{ by: 'staff-tester', body: `note ${i}`, visibility: 'internal' }],
      });
    const latest = h.env.client.workflow.getHandle(handle.workflowId);
    const described = await latest.describe();
    expect(described.runId).not.toBe(firstRun);
    expect(described.type).toBe(RECOVERY_CASE_WORKFLOW);
    await latest.executeUpdate(staffUpdates.cancelCase, { args: [{ by: 'staff-tester', reason: 'test cleanup' }] });
    expect(await latest.result()).toMatchObject({ status: 'closed', outcome: 'cancelled' });
  });
});
