import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import { ruleInForce } from './case-rules-in-force';
import type { Activities } from '../activities';
import { caseInstant, keepingInstants, resumedFromLocalActivity } from './case-instants';

// The recovery case's activities: read-model writes and directory reads (`store()`), and messages stored in
// the outbox (`messaging()`), with the options each case was recorded with. Each call checks its patches, in
// the order the case calls them. Module state (the local-activity queue) is per workflow: workflow modules are
// evaluated per workflow.

/**
 * A read-model write or a directory read takes milliseconds, so one that has run for seconds is stuck or its
 * worker is dead: it is retried after 5 s rather than 30 s, while the action that waits on it is still
 * waited on. A message's delivery may take longer (webhook, SMTP), so it heartbeats instead: a dead worker's
 * attempt is retried once 5 s pass without a heartbeat. Cases recorded before keep their 30 s / 1 min. (The
 * message activities now only store the message, which the worker's outbox delivery sends: they end in
 * milliseconds, within any of these options, which stay as the cases recorded them.)
 */
export const ACTIVITIES_RETRIED_IN_SECONDS = 'activities-retried-in-seconds';
const storeBefore = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});
const messagingBefore = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '5 seconds', maximumInterval: '10 minutes' },
});
const storeInSeconds = proxyActivities<Activities>({
  startToCloseTimeout: '5 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});
const messagingInSeconds = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  heartbeatTimeout: '5 seconds',
  retry: { initialInterval: '5 seconds', maximumInterval: '10 minutes' },
});
/**
 * Read-model writes and directory reads are short, idempotent database steps (keyed events, projections applied
 * only when newer), so they run as local activities: in the workflow task that needs them, without a round trip
 * through the server's task queue each (~90 ms on the dev server). A worker that dies mid-step re-runs them
 * with the retried workflow task, which their keys make harmless. Cases recorded before keep regular ones.
 */
export const READ_MODEL_IN_THE_WORKFLOW_TASK = 'read-model-local-activities';
const storeLocal = proxyLocalActivities<Activities>({
  startToCloseTimeout: '5 seconds',
  // Beyond this the retries wait on a timer rather than hold the workflow task.
  localRetryThreshold: '10 seconds',
  retry: { initialInterval: '200 milliseconds', maximumInterval: '1 minute' },
});
/**
 * One local activity at a time per case. Live, the results of two running at once (an action's write and the
 * main loop's) come back in the order they finish; a replay hands them back in the order they were scheduled,
 * so the handler and the loop resumed in another order and took their next steps in another order (found by
 * the worker-kill fault test: "UpsertWorkflowSearchAttributesMachine does not handle UpdateCompleted"). Queued,
 * each starts once the one before has finished, in the order the code asked, live and on replay alike.
 */
export const LOCAL_ACTIVITIES_ONE_AT_A_TIME = 'local-activities-one-at-a-time';
let localActivityQueue: Promise<unknown> = Promise.resolve();
const storeOneAtATime = new Proxy(storeLocal, {
  get(target, name: keyof Activities) {
    return (...args: unknown[]) => {
      const askedAt = caseInstant();
      const step = () => (target[name] as (...a: unknown[]) => Promise<unknown>)(...args);
      const run = localActivityQueue.then(step, step);
      localActivityQueue = run.catch(() => undefined);
      if (!keepingInstants()) return run;
      // What resumes from the result keeps the instant it asked at (workflows/case-instants.ts).
      const resumed = (kept: () => unknown) => {
        resumedFromLocalActivity(askedAt);
        return kept();
      };
      return run.then(
        (result) => resumed(() => result),
        (error) =>
          resumed(() => {
            throw error;
          }),
      );
    };
  },
});
export const store = () =>
  ruleInForce(READ_MODEL_IN_THE_WORKFLOW_TASK)
    ? ruleInForce(LOCAL_ACTIVITIES_ONE_AT_A_TIME)
      ? storeOneAtATime
      : storeLocal
    : ruleInForce(ACTIVITIES_RETRIED_IN_SECONDS)
      ? storeInSeconds
      : storeBefore;

/**
 * A case's messages stored in the outbox by local activities, in the workflow task that sends them, and
 * delivered by the worker's outbox delivery (activities/outbox-delivery.ts): a case no longer waits on a mail
 * server, and each message no longer costs a task round trip through the server (an escalation took two
 * workflow tasks and an activity task; now one workflow task). Decided in the case's first task (the rules
 * decided at start, workflows/recovery-case.ts); cases recorded before keep their regular activities.
 */
export const MESSAGES_STORED_IN_THE_WORKFLOW_TASK = 'messages-stored-in-the-workflow-task';
let messagesStoredInTheWorkflowTask = false;
/** Called once, in the case's first task. */
export function decideWhereMessagesAreStored(): void {
  messagesStoredInTheWorkflowTask = ruleInForce(MESSAGES_STORED_IN_THE_WORKFLOW_TASK);
}
/** Whether this case stores its messages in the workflow task (decided in its first task). */
export const messagesStoredInTheTask = (): boolean => messagesStoredInTheWorkflowTask;
export const messaging = () =>
  messagesStoredInTheWorkflowTask
    ? store()
    : ruleInForce(ACTIVITIES_RETRIED_IN_SECONDS)
      ? messagingInSeconds
      : messagingBefore;
