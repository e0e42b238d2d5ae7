import fs from 'node:fs';
import path from 'node:path';
import { Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleForReplay, historiesDir } from '../support/histories';

/**
 * Histories recorded from real runs (`npm run test:record-histories`) replayed against the current code: a
 * change that would break cases already running in production fails here. Re-record only for a change that
 * is deliberately incompatible and guarded with `patched()`, never to make this test pass.
 */
const fixtures = fs.existsSync(historiesDir)
  ? fs
      .readdirSync(historiesDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
  : [];
/** Recorded before deadlines were reached by timers only (`times-reached-by-timers`): they compare the clock. */
const BEFORE_TIMERS_RULE = 'before-timers-rule--';
/**
 * Recorded before the due time and the reminder had a timer each (`due-and-reminder-timers-raced`): a case
 * whose two times fall milliseconds apart chose between them by comparing clock-derived instants.
 */
const BEFORE_TIMERS_RACED = 'before-timers-raced--';
const clockComparing = (file: string) => file.startsWith(BEFORE_TIMERS_RULE) || file.startsWith(BEFORE_TIMERS_RACED);
const load = (file: string) => JSON.parse(fs.readFileSync(path.join(historiesDir, file), 'utf8'));

/**
 * Each workflow task's clock set back to the task before it, which is what the SDK reads in a task retried
 * after a worker crash (found by the worker-kill fault test), while a later replay reads the true time.
 */
function withStaleClocks(history: { events: { eventType: string; eventTime: string }[] }) {
  const copy = structuredClone(history);
  let previous: string | undefined;
  for (const event of copy.events) {
    if (event.eventType !== 'EVENT_TYPE_WORKFLOW_TASK_STARTED') continue;
    const own = event.eventTime;
    if (previous) event.eventTime = previous;
    previous = own;
  }
  return copy;
}

describe('replay of recorded case histories', () => {
  let workflowBundle: WorkflowBundleWithSourceMap;
  beforeAll(async () => {
    workflowBundle = await bundleForReplay();
  }, 120_000);

  it('has recorded histories to replay', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(3);
  });

  it.each(fixtures)('%s replays deterministically against the current workflow code', async (file) => {
    await Worker.runReplayHistory({ workflowBundle, replayName: file }, load(file), file.replace(/\.json$/, ''));
  });

  it.each(fixtures.filter((f) => !clockComparing(f)))(
    '%s takes the same steps when every task reads a stale clock',
    async (file) => {
      await Worker.runReplayHistory(
        { workflowBundle, replayName: file },
        withStaleClocks(load(file)),
        file.replace(/\.json$/, ''),
      );
    },
  );

  it('the stale clock does change the steps of a case recorded under the clock-comparing rule (so the check above can fail)', async () => {
    const diverged: string[] = [];
    for (const file of fixtures.filter((f) => f.startsWith(BEFORE_TIMERS_RULE))) {
      await Worker.runReplayHistory({ workflowBundle, replayName: file }, withStaleClocks(load(file)), file).catch(() =>
        diverged.push(file),
      );
    }
    expect(diverged.length).toBeGreaterThan(0);
  });

  it('the stale clock swaps a due time and a reminder milliseconds apart when they are compared, not raced', async () => {
    const file = `${BEFORE_TIMERS_RACED}escalated-to-top-at-resolve-then-cancelled.json`;
    await expect(
      Worker.runReplayHistory({ workflowBundle, replayName: file }, withStaleClocks(load(file)), file),
    ).rejects.toThrow(/Nondeterminism/);
  });
});
