import { CancellationScope, condition, sleep } from '@temporalio/workflow';
import { ruleInForce } from './case-rules-in-force';

/**
 * How a case waits: for an action, or until a time passes, reminding the owner on the way when the resident has
 * heard nothing. Workflow code (timers, conditions, patches), apart from the case's state: the case hands in
 * its resident-update reminder as three functions.
 */
export interface ResidentReminder {
  /** When the owner must be reminded next (ms since the epoch), or null when not watched. */
  dueAt(): number | null;
  /** What that time is computed from, apart from clock readings: it changes when the time moves. */
  basis(): string;
  /** Reminds the owner (and moves `dueAt` on). */
  remind(): Promise<void>;
}

/** Cases from before it chose between the due time and the reminder by comparing the two times. */
export const TIMERS_RACED = 'due-and-reminder-timers-raced';

/**
 * Waits until `done()` holds (true) or `dueAt` passes (false), reminding the owner on the way whenever no
 * resident-facing message went out for the policy's interval. One timer at a time per case: the
 * resident-update reminder shares the stage's timer instead of running its own, which keeps histories
 * short and never cancels one timer from another's wake-up.
 *
 * A time is reached when its timer fires, never by comparing the clock with it: in a workflow task retried
 * after a worker crash the SDK's clock can read the previous task's time, while a later replay reads the
 * right one, so a clock comparison could take another step on replay than it did live (nondeterminism,
 * the case stuck). Cases started before this rule keep the comparisons they were recorded with.
 */
export async function waitUntilOrDue(
  dueAt: number | null,
  done: () => boolean,
  reminder: ResidentReminder,
): Promise<boolean> {
  if (!ruleInForce('times-reached-by-timers')) return waitUntilByClock(dueAt, done, reminder);
  if (ruleInForce(TIMERS_RACED)) return waitUntilFirstTimer(dueAt, done, reminder);
  for (;;) {
    if (done()) return true;
    const reminderAt = reminder.dueAt();
    const wakeAt = Math.min(dueAt ?? Infinity, reminderAt ?? Infinity);
    if (wakeAt === Infinity) {
      await condition(() => done() || reminder.dueAt() !== null);
      continue;
    }
    // Already past: a 1 ms timer, so the step taken never depends on what the clock reads.
    if (await condition(done, Math.max(1, wakeAt - Date.now()))) return true;
    if (dueAt !== null && dueAt === wakeAt) return false;
    // The reminder's timer: remind unless a resident-facing message moved the reminder later meanwhile.
    const stillDueAt = reminder.dueAt();
    if (stillDueAt !== null && stillDueAt <= reminderAt!) await reminder.remind();
  }
}

/**
 * The due time and the resident-update reminder each have their own timer, and the one that fires first (in
 * the history) decides what happens: which of two times comes first is never computed, because both are
 * derived from clock readings that a retried task can read differently from its replay, and two times
 * milliseconds apart would then swap (found by replaying histories with stale clocks). Whether a message
 * reached the resident meanwhile is a count, not a comparison of instants, for the same reason.
 */
async function waitUntilFirstTimer(
  dueAt: number | null,
  done: () => boolean,
  reminder: ResidentReminder,
): Promise<boolean> {
  const due = dueAt === null ? null : timer(dueAt);
  try {
    for (;;) {
      if (done()) return true;
      const reminderAt = reminder.dueAt();
      const basis = reminder.basis();
      const reminded = reminderAt === null ? null : timer(reminderAt);
      try {
        await condition(() => done() || !!due?.fired || !!reminded?.fired || (!reminded && reminder.dueAt() !== null));
      } finally {
        // Not once the due time's timer fired: the two fall together when no one acted in time, and a timer
        // that already fired cannot be cancelled (the test server refuses it); a spare firing is ignored.
        if (!due?.fired) reminded?.cancel();
      }
      if (done()) return true;
      if (due?.fired) return false;
      // The reminder's timer: remind unless a resident-facing message or a new policy moved the reminder.
      if (reminded?.fired && reminder.basis() === basis && reminder.dueAt() !== null) await reminder.remind();
    }
  } finally {
    due?.cancel();
  }
}

/** A timer to `at` (1 ms when already past) that can be cancelled; `fired` once it fires. */
export function timer(at: number) {
  const scope = new CancellationScope();
  const handle = { fired: false, cancel: () => handle.fired || scope.cancel() };
  scope
    .run(() => sleep(Math.max(1, at - Date.now())))
    .then(
      () => (handle.fired = true),
      () => undefined,
    );
  return handle;
}

/** The rule before `times-reached-by-timers`, kept for the replay of cases recorded with it. */
async function waitUntilByClock(
  dueAt: number | null,
  done: () => boolean,
  reminder: ResidentReminder,
): Promise<boolean> {
  for (;;) {
    if (done()) return true;
    const nowMs = Date.now();
    if (dueAt !== null && dueAt <= nowMs) return false;
    const reminderAt = reminder.dueAt();
    if (reminderAt !== null && reminderAt <= nowMs) {
      await reminder.remind();
      continue;
    }
    const wakeAt = Math.min(dueAt ?? Infinity, reminderAt ?? Infinity);
    if (wakeAt === Infinity) {
      await condition(() => done() || reminder.dueAt() !== null);
    } else {
      await condition(done, wakeAt - nowMs);
    }
  }
}
