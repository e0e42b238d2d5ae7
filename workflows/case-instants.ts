import { workflowInfo } from '@temporalio/workflow';

/**
 * The instants a case records (stage entered and left, breached, resolved, closed…), read so that a replay
 * reads the same ones the live run did.
 *
 * Why not `Date.now()` alone: a local activity whose result comes back after its workflow task was sent (the
 * task heartbeated while the activity ran, or was completed to answer a query) is resolved live in the next
 * task, at that task's time; a replay folds such a task into the one before (it holds no new event) and
 * resolves the activity there, at the earlier time. Whatever the case did after the activity then read two
 * different clocks (found by the worker-kill fault test: a closed case's `closedAt` 1.4–1.8 s later in the
 * read model, written live, than in the state a replay rebuilt).
 *
 * So a step that resumes from a local activity keeps the instant it had when it asked for the activity, for the
 * rest of that activation: the time of the task in which the step began, which the history fixes. Any other
 * activation (a timer fired, an update or event arrived, a regular activity finished) reads the clock.
 * Module state is per workflow (workflow modules are evaluated per workflow run).
 */
let kept: { at: number; during: string } | null = null;
/** Cases recorded before this rule resumed from a local activity without it (and a microtask sooner). */
let keeping = false;
export const INSTANTS_KEPT_ACROSS_LOCAL_ACTIVITIES = 'instants-kept-across-local-activities';

/** Decided once, in the case's first task (see `decideRulesAtStart`). */
export function keepInstants(): void {
  keeping = true;
}
export const keepingInstants = () => keeping;

/** Which activation this is: the task's time and the history's length change from one task to the next. */
const activation = () => `${Date.now()}:${workflowInfo().historyLength}`;

/** The instant for what the case does now, in ms since the epoch. */
export function caseInstant(): number {
  return kept !== null && kept.during === activation() ? kept.at : Date.now();
}

/** A local activity asked for at `askedAt` came back: what follows it in this activation keeps that instant. */
export function resumedFromLocalActivity(askedAt: number): void {
  kept = { at: askedAt, during: activation() };
}
