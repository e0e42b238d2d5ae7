import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  log,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { LadderRung, RecoveryCaseInput } from '../domain/case';
import { caseAsOpened } from '../domain/case-opening';
import type * as Actions from '../domain/case-actions';
import type { Payload, PayloadName } from '../domain/case-actions';
import { checkPayload } from '../domain/payload-check';
import * as Messages from '../domain/messages';
import type { MessageContent } from '../domain/messages';
import * as Clock from '../domain/case-clock';
import { TOP_LEVEL, levelAbove, type Clocked } from '../domain/case-clock';
import type { ResidentContent } from '../domain/resident-messages';
import type { Timeframe } from '../domain/timeframes';
import {
  staffUpdates,
  configurationChanged,
  getCase,
  intakeRecorded,
  residentEvent,
  residentMessage,
  INVALID_ACTION,
  STAGE_CONFLICT,
  type CaseState,
  type Outcome,
  type Stage,
  type TimedStage,
} from '../definitions/recovery-case';
import { initialState, projection, closingReport, searchAttributes, timelineType } from './case-state';
import { actionRules, stageConflict, type ActionRule, type RuledAction } from './case-rules';
import { decideWhereMessagesAreStored, messagesStoredInTheTask, messaging, store } from './case-activities';
import type { Activities } from '../activities';
import { waitUntilOrDue, type ResidentReminder } from './case-timers';
import { INSTANTS_KEPT_ACROSS_LOCAL_ACTIVITIES, caseInstant, keepInstants } from './case-instants';
import {
  FIRST_TYPE_RULES,
  RULES_DECIDED_AT_START,
  caseIsV2,
  putEveryRuleInForce,
  ruleInForce,
} from './case-rules-in-force';

/** Distinct configuration problems one case reports until its configuration is reloaded. */
const MAX_PROBLEMS_REPORTED = 5;
/** Continue-as-new well before Temporal's limits, so cases with many notes or reopen loops stay small. */
const DEFAULT_HISTORY_LIMIT = 2_000;
type CaseSetup = Awaited<ReturnType<Activities['loadCaseSetup']>>;

export interface RecoveryCaseOptions {
  /** History length that triggers continue-as-new (tests lower it). */
  historyLimit?: number;
}

/**
 * One service-recovery case, from intake to close. The protocol reads top-down here: the actions it accepts,
 * intake, the timed stages (each with its timeframe, escalating up the ladder when missed), the follow-up, and
 * the close. The steps themselves are below (`caseSteps`); the clock arithmetic is in domain/case-clock.ts, the
 * waits in case-timers.ts, the actions' rules in case-rules.ts and the activities in case-activities.ts.
 */
/**
 * Every rule a case follows, decided in its first workflow task. A `patched()` call made after a local activity
 * was reached live in the task after the activity's own (when the activity's result came back after the task
 * was sent) but on replay in the same task, where the marker is not yet known: the replay took the old rule and
 * diverged (found by the worker-kill fault test, "patch marker encountered for change
 * feedback-answers-after-record, but there is no corresponding change command"). Decided at start, each later
 * `patched()` call returns the remembered decision and records nothing. Since this rule, events are also keyed
 * by their kind and ordinal (see `record`). Cases from before keep deciding each rule where they reach it.
 */
function decideRulesAtStart(): boolean {
  if (!ruleInForce(RULES_DECIDED_AT_START)) return false;
  for (const rule of FIRST_TYPE_RULES) ruleInForce(rule);
  // Added after the rules above: a case recorded before it replays without it.
  if (ruleInForce(INSTANTS_KEPT_ACROSS_LOCAL_ACTIVITIES)) keepInstants();
  // Added after the one above (a patch on V2 as well): cases recorded before it replay without it.
  decideWhereMessagesAreStored();
  return true;
}

/**
 * The case as new cases run it: every rule of `recoveryCase` in force from the start, with no patch marker
 * recorded (workflows/case-rules-in-force.ts). Cases started as `recoveryCase` keep running and replaying as such;
 * each continues as the type it started as.
 */
export async function recoveryCaseV2(
  input: RecoveryCaseInput,
  carried?: CaseState,
  options: RecoveryCaseOptions = {},
): Promise<CaseState> {
  putEveryRuleInForce();
  return recoveryCase(input, carried, options);
}

export async function recoveryCase(
  input: RecoveryCaseInput,
  carried?: CaseState,
  options: RecoveryCaseOptions = {},
): Promise<CaseState> {
  const decidedAtStart = decideRulesAtStart();
  const state: CaseState = carried ?? initialState(input, new Date(caseInstant()).toISOString());
  const steps = caseSteps(input, state, options, decidedAtStart);
  const { actions, validator } = steps;

  // Staff actions (Workflow Updates) are accepted from the start; each validator rejects, synchronously and
  // without change, what does not fit the stage. The query answers with the whole state.
  setHandler(getCase, () => state);
  setHandler(intakeRecorded, async () => {
    await condition(() => state.recorded);
    return state;
  });
  setHandler(staffUpdates.acknowledge, actions.acknowledge, { validator: validator('acknowledge') });
  setHandler(staffUpdates.recordFacts, actions.recordFacts, { validator: validator('recordFacts') });
  setHandler(staffUpdates.proposePlan, actions.proposePlan, { validator: validator('proposePlan') });
  setHandler(staffUpdates.recordAgreement, actions.recordAgreement, { validator: validator('recordAgreement') });
  setHandler(staffUpdates.resolve, actions.resolve, { validator: validator('resolve') });
  setHandler(staffUpdates.recordFeedback, actions.recordFeedback, { validator: validator('recordFeedback') });
  setHandler(staffUpdates.waitOnResident, actions.waitOnResident, { validator: validator('waitOnResident') });
  setHandler(staffUpdates.resume, actions.resume, { validator: validator('resume') });
  setHandler(staffUpdates.escalate, actions.escalate, { validator: validator('escalate') });
  setHandler(staffUpdates.assign, actions.assign, { validator: validator('assign') });
  setHandler(staffUpdates.changeSeverity, actions.changeSeverity, { validator: validator('changeSeverity') });
  setHandler(staffUpdates.addNote, actions.addNote, { validator: validator('addNote') });
  setHandler(residentMessage, actions.residentMessage, { validator: validator('residentMessage') });
  setHandler(staffUpdates.cancelCase, actions.cancelCase, { validator: validator('cancelCase') });
  setHandler(residentEvent, steps.onResidentEvent);

  // Intake: the property's setup, the case recorded with the resident's link, the owner told. A continued case
  // carries all that. (Written out here, not awaited as one step: an await more would shift what follows it.)
  if (!carried) {
    let setup: CaseSetup;
    if (caseIsV2()) setup = await steps.recordIntake();
    else {
      const { propertyId, category, severity } = input;
      setup = await store().loadCaseSetup({ propertyId, category, severity });
      const opened = steps.takeSetup(setup);
      await store().recordCaseOpened(opened);
      // Issued before the case counts as recorded, so the answer to its opening already shows the link.
      await steps.residentLinkUrl();
    }
    steps.enterStage('acknowledge');
    state.recorded = true;
    await steps.tellOwnerAssigned(setup.ladder[0] ?? null);
  }

  // Alongside the stages: configuration changes and problems, and resident events into the read model.
  setHandler(configurationChanged, steps.configurationChanged);
  const configuration = steps.followConfiguration();
  const residentEvents = steps.recordResidentEventsWhileOpen();

  // The stages in order: acknowledge → gather_facts → resolve (the actions move the case on; a missed timeframe
  // escalates), then follow_up, which closes the case or reopens it at resolve. A cancel closes it anywhere.
  while (state.status === 'open') {
    if (state.cancelRequest) {
      await steps.close('cancelled');
      break;
    }
    switch (state.stage) {
      case 'acknowledge':
      case 'gather_facts':
      case 'resolve':
        await steps.runStage(state.stage);
        break;
      case 'follow_up':
        await steps.runFollowUp();
        break;
      default:
        throw ApplicationFailure.nonRetryable(`unexpected stage ${state.stage}`);
    }
  }

  await residentEvents;
  await configuration;
  await steps.recordResidentEvents();
  await condition(allHandlersFinished);
  return state;
}

/**
 * The steps of one case over its state, in the order the protocol takes them, then the helpers they share:
 * the clock, the waits, the read model and messages, continue-as-new, payload checks.
 */
function caseSteps(input: RecoveryCaseInput, state: CaseState, options: RecoveryCaseOptions, decidedAtStart: boolean) {
  const now = () => new Date(caseInstant()).toISOString();
  const historyLimit = options.historyLimit ?? DEFAULT_HISTORY_LIMIT;

  // ---- intake -------------------------------------------------------------------------------------

  /**
   * A case of V2's intake in one local activity: the property's setup read, the case recorded, the resident's
   * link issued (before the case counts as recorded, so the answer to its opening already shows the link).
   */
  async function recordIntake(): Promise<CaseSetup> {
    const linkKey = `${state.caseId}:link:${++state.eventSequence}`;
    const { setup, link } = await store().recordIntake({ input, openedAt: state.openedAt, linkKey });
    takeSetup(setup);
    state.residentLink = link;
    return setup;
  }

  /** The property's setup into the state (calendar, policy, ladder, first owner); returns the case as opened. */
  function takeSetup(setup: CaseSetup) {
    state.calendar = setup.calendar;
    state.policy = setup.policy;
    state.ladder = setup.ladder;
    const opened = caseAsOpened(input, state.openedAt, setup.ladder);
    state.ownerId = opened.ownerId;
    state.ownerRole = setup.ladder[0]?.role;
    return opened;
  }

  /** Tells the first owner the case is theirs (a promise of the message, awaited by the protocol). */
  const tellOwnerAssigned = (rung: LadderRung | null) =>
    send('staff', staffAddress(rung), Messages.ownerAssignedMessage(state.caseId, input.summary));

  // ---- the timed stages: acknowledge, gather facts, resolve ----------------------------------------

  /** Waits until the case leaves `stage`, escalating every time the running timer fires first. */
  async function runStage(stage: TimedStage) {
    while (state.stage === stage && !state.cancelRequest) {
      await maybeContinueAsNew();
      const snapshot = state.deadline;
      const dueAt = snapshot?.dueAt ? Date.parse(snapshot.dueAt) : null;
      const left = () => state.stage !== stage || !!state.cancelRequest || state.deadline !== snapshot;
      const changed = await waitUntil(dueAt, () => left() || historyIsLong());
      if (changed || left()) continue;
      // A case that could not follow its configuration looks again before its next due time: once the
      // property is corrected, the case follows it without anyone having to touch it.
      const problems = state.configurationProblems?.length ?? 0;
      if (problems > 0 && ruleInForce('configuration-reloaded-when-due')) await reloadConfiguration();
      if (!left()) await onTimeframeMissed(stage);
    }
  }

  /** A missed timeframe: record the breach, then one level up the ladder, or a reminder at the top. */
  async function onTimeframeMissed(stage: TimedStage) {
    const deadline = state.deadline!;
    if (deadline.level >= TOP_LEVEL && state.breaches.some((b) => b.stage === stage && b.level >= TOP_LEVEL)) {
      // At the top: keep reminding at the policy's interval rather than going silent.
      const nextReminder = nextEscalationReminder();
      state.deadline = { ...deadline, dueAt: nextReminder.toISOString() };
      await record('escalation_reminder', { text: `still overdue at ${stage}` });
      await send(
        'staff',
        staffAddress(state.ladder[TOP_LEVEL] ?? null),
        Messages.escalationReminderMessage(state.caseId, input.summary, stage),
      );
      return;
    }
    const breach = {
      stage,
      level: deadline.level,
      dueAt: deadline.dueAt!,
      breachedAt: now(),
      escalatedTo: state.ladder[levelAbove(deadline.level)] ?? null,
    };
    state.breaches.push(breach);
    await record('timeframe_breached', {
      text: `${stage} timeframe missed at level ${deadline.level}`,
      payload: breach,
    });
    if (deadline.level >= TOP_LEVEL) {
      const nextReminder = nextEscalationReminder();
      state.deadline = { ...deadline, dueAt: nextReminder.toISOString() };
      await send(
        'staff',
        staffAddress(state.ladder[TOP_LEVEL] ?? null),
        Messages.escalationReminderMessage(state.caseId, input.summary, stage),
      );
      upsertSearchAttributes(searchAttributes(state));
      return;
    }
    await escalateOneLevel(`the ${stage.replace('_', ' ')} timeframe was missed`);
  }

  // ---- the actions (Workflow Updates; their rules in workflows/case-rules.ts) --------------------------

  const actions = {
    /** Acknowledge: thank and apologise to the resident; the case moves on to gather the facts. */
    async acknowledge(action: unknown): Promise<CaseState> {
      const { by, message } = parse('acknowledge', action);
      const content = Messages.acknowledgementMessage(input.category, input.summary);
      // State changes before the first await, so a concurrent duplicate fails its validator.
      enterStage('gather_facts');
      const english = message ? { ...content, body: message } : content;
      const words = { kind: 'acknowledge' as const, category: input.category, summary: input.summary, body: message };
      await sendToResident(words, english);
      await record('acknowledged', { by, text: message ?? content.body });
      return state;
    },
    /** The facts and root cause: the case moves on to resolve. */
    async recordFacts(action: unknown): Promise<CaseState> {
      const facts = parse('recordFacts', action);
      state.facts = facts;
      enterStage('resolve');
      await record('facts_recorded', {
        by: facts.by,
        text: facts.whatHappened,
        payload: { rootCauseFamily: facts.rootCauseFamily, contributingFactors: facts.contributingFactors },
      });
      return state;
    },
    /** A resolution plan, sent to the resident when it needs their agreement. */
    async proposePlan(action: unknown): Promise<CaseState> {
      const plan = parse('proposePlan', action);
      state.plan = { ...plan, agreement: plan.needsResidentAgreement ? 'pending' : 'not_needed' };
      await record('resolution_planned', {
        by: plan.by,
        text: plan.plan,
        payload: { needsResidentAgreement: plan.needsResidentAgreement },
      });
      if (plan.needsResidentAgreement) {
        await sendToResident({ kind: 'plan', plan: plan.plan }, Messages.planForAgreementMessage(plan.plan));
      }
      return state;
    },
    /** The resident agrees to the plan, or refuses it (back to planning). */
    async recordAgreement(action: unknown): Promise<CaseState> {
      const answer = parse('recordAgreement', action);
      state.plan!.agreement = answer.agreed ? 'agreed' : 'refused';
      await record(answer.agreed ? 'resident_agreed' : 'resident_refused', { by: answer.by, text: answer.comment });
      // A refusal sends the case back to planning: the next plan needs the resident's agreement again.
      if (!answer.agreed) state.plan = undefined;
      return state;
    },
    /** Resolved: the follow-up starts, after the policy’s delay. */
    async resolve(action: unknown): Promise<CaseState> {
      const resolution = parse('resolve', action);
      const at = now();
      state.resolution = { ...resolution, at };
      state.followUp = { dueAt: timeAfter(new Date(at), state.policy!.followUpDelay).toISOString() };
      enterStage('follow_up');
      await record('resolved', { by: resolution.by, text: resolution.actionsTaken });
      return state;
    },
    /** The resident’s answer to the follow-up: answered once the close or the reopening is recorded. */
    async recordFeedback(action: unknown): Promise<CaseState> {
      const feedback = parse('recordFeedback', action);
      const followUp = state.followUp!;
      const reopensBefore = state.reopenCount;
      followUp.feedback = { ...feedback, at: now(), recorded: false };
      await record(feedback.satisfied ? 'resident_satisfied' : 'resident_dissatisfied', {
        by: feedback.by,
        text: feedback.comment,
      });
      followUp.feedback.recorded = true;
      // Answer once the close or the reopening is in the read model, so the caller reads its own write.
      if (ruleInForce('feedback-answers-after-record')) {
        await condition(() => state.closeRecorded || reopenRecorded > reopensBefore);
      } else {
        await condition(() => state.stage !== 'follow_up' || state.status === 'closed');
      }
      return state;
    },
    /** Any timed stage: the clock stops while the case waits on the resident. */
    async waitOnResident(action: unknown): Promise<CaseState> {
      const { by, reason } = parse('waitOnResident', action);
      const at = now();
      state.waitingOnResident = { since: at, reason };
      if (state.deadline) state.deadline = { ...state.deadline, dueAt: null };
      await record('waiting_on_resident', { by, text: reason });
      return state;
    },
    /** The clock runs again; the due time moves by the time paused. */
    async resume(action: unknown): Promise<CaseState> {
      const { by, note } = parse('resume', action);
      const since = state.waitingOnResident!.since;
      state.waitingOnResident = null;
      const deadline = state.deadline;
      if (deadline) {
        const timeframe = timeframeFor(deadline.stage);
        state.deadline = followed(
          Clock.resumedDeadline(deadline, timeframe, state.calendar!, since, caseInstant()),
        ).deadline;
      }
      await record('resumed', { by, text: note, payload: { pausedSince: since, dueAt: state.deadline?.dueAt } });
      return state;
    },
    /** One level up the ladder by hand. */
    async escalate(action: unknown): Promise<CaseState> {
      const { by, reason } = parse('escalate', action);
      await escalateOneLevel(reason, by);
      return state;
    },
    /** A new owner, checked against the directory. */
    async assign(action: unknown): Promise<CaseState> {
      const { by, ownerId, reason } = parse('assign', action);
      const check = await store().checkAssignee({ propertyId: input.propertyId, staffId: ownerId });
      if (!check.ok)
        throw ApplicationFailure.create({ type: INVALID_ACTION, message: check.reason, nonRetryable: true });
      state.ownerId = ownerId;
      state.ownerRole = check.role;
      upsertSearchAttributes(searchAttributes(state));
      await record('assigned', { by, text: reason, payload: { ownerId, role: check.role } });
      await send('staff', `staff:${ownerId}`, Messages.ownerAssignedMessage(state.caseId, input.summary));
      return state;
    },
    /** A new severity: its policy, and the running due time recomputed under it. */
    async changeSeverity(action: unknown): Promise<CaseState> {
      const { by, severity, reason } = parse('changeSeverity', action);
      const previous = state.severity;
      state.policy = await store().loadPolicy({ propertyId: input.propertyId, category: input.category, severity });
      state.severity = severity;
      // The open deadline is recomputed under the new policy, from when its timer started.
      const deadline = state.deadline;
      if (deadline) {
        const timeframe = timeframeFor(deadline.stage);
        const waiting = !!state.waitingOnResident;
        state.deadline = followed(Clock.recomputedDeadline(deadline, timeframe, state.calendar!, waiting)).deadline;
      }
      upsertSearchAttributes(searchAttributes(state));
      const payload = { from: previous, to: severity, dueAt: state.deadline?.dueAt };
      await record('severity_changed', { by, text: reason, payload });
      return state;
    },
    /** A note, internal or sent to the resident. */
    async addNote(action: unknown): Promise<CaseState> {
      const note = parse('addNote', action);
      if (note.visibility === 'resident') {
        await sendToResident({ kind: 'note', body: note.body }, Messages.residentNoteMessage(note.body));
      }
      await record(note.visibility === 'resident' ? 'resident_update_sent' : 'internal_note', {
        by: note.by,
        text: note.body,
      });
      return state;
    },
    /** A message from the resident, passed on to the owner. */
    async residentMessage(action: unknown): Promise<CaseState> {
      const message = parse('residentMessage', action);
      // Before the first await, so a second submit arriving meanwhile fails its validator.
      state.residentMessageIds = [...(state.residentMessageIds ?? []), message.messageId].slice(-100);
      const payload = { messageId: message.messageId, body: message.body };
      await record('resident_message', { by: message.by, text: message.body, payload });
      const toOwner = Messages.residentMessageToOwner(state.caseId, input.summary, message.body);
      await send('staff', staffAddress(currentOwnerRung()), toOwner);
      return state;
    },
    /** Cancelled: answered once the close is recorded. */
    async cancelCase(action: unknown): Promise<CaseState> {
      state.cancelRequest = parse('cancelCase', action);
      await condition(() => state.closeRecorded);
      return state;
    },
  };

  /** A resident event (Signal): on the timeline now, in the read model by `recordResidentEvents`. */
  function onResidentEvent(event: unknown) {
    const checked = checkPayload('residentEvent', event);
    if (!checked.ok) {
      log.warn('ignored a malformed resident event', { problems: checked.problems.join('; ') });
      return;
    }
    const parsed = { data: checked.value };
    // A signal resent after a retried delivery names the same stored event: attach it once.
    const ref = parsed.data.eventId;
    if (ref && (state.attachedEventIds ??= []).includes(ref)) return;
    if (ref) state.attachedEventIds!.push(ref);
    state.timeline.push({ at: now(), type: timelineType(parsed.data), detail: parsed.data.summary });
    pendingResidentEvents.push(parsed.data);
  }

  // ---- follow-up and close ---------------------------------------------------------------------------

  async function runFollowUp() {
    const followUp = state.followUp!;
    const interrupted = () => !!state.cancelRequest || state.stage !== 'follow_up';
    if (!followUp.checkInSentAt) {
      if (await waitUntil(Date.parse(followUp.dueAt), interrupted)) return;
      followUp.checkInSentAt = now();
      await sendToResident({ kind: 'check_in', summary: input.summary }, Messages.checkInMessage(input.summary));
      await record('follow_up_sent', { text: 'Was everything completed to your satisfaction?' });
    }
    const answered = () => interrupted() || !!followUp.feedback;
    if (!followUp.reminderSentAt) {
      const reminderAt = timeAfter(new Date(followUp.checkInSentAt), state.policy!.followUpReminderAfter);
      if (await waitUntil(reminderAt.getTime(), answered)) return decideFollowUp();
      followUp.reminderSentAt = now();
      const reminder = Messages.checkInReminderMessage(input.summary);
      await sendToResident({ kind: 'reminder', summary: input.summary }, reminder);
      await record('follow_up_reminder_sent');
    }
    const giveUpAt = timeAfter(new Date(followUp.reminderSentAt), state.policy!.followUpGiveUpAfter);
    if (await waitUntil(giveUpAt.getTime(), answered)) return decideFollowUp();
    await close('no_response');
  }

  async function decideFollowUp() {
    const feedback = state.followUp?.feedback;
    if (state.cancelRequest || !feedback) return;
    // The answer is on the timeline before the case closes or reopens because of it.
    await condition(() => feedback.recorded);
    if (feedback.satisfied) return close('recovered');
    // Dissatisfied: the recovery failed. Reopen at Resolve, one level higher, up to the policy's bound.
    state.reopenCount += 1;
    if (state.reopenCount > state.policy!.maxReopens) return close('unrecovered');
    state.plan = undefined;
    state.resolution = undefined;
    state.followUp = undefined;
    state.escalationLevel = levelAbove(state.escalationLevel);
    state.escalationOwner = state.ladder[state.escalationLevel] ?? null;
    enterStage('resolve');
    await record('reopened', {
      text: feedback.comment ?? 'resident not satisfied',
      payload: { reopenCount: state.reopenCount, level: state.escalationLevel },
    });
    reopenRecorded = state.reopenCount;
    await send(
      'staff',
      staffAddress(state.escalationOwner),
      Messages.escalationMessage(state.caseId, input.summary, 'resolve', 'the resident was not satisfied at follow-up'),
    );
  }
  /** The reopen count last written to the read model (not carried over continue-as-new: no update spans it). */
  let reopenRecorded = state.reopenCount;

  async function close(outcome: Outcome) {
    if (state.status === 'closed') return;
    state.outcome = outcome;
    enterStage('closed');
    state.status = 'closed';
    state.deadline = null;
    upsertSearchAttributes(searchAttributes(state));
    const cancel = state.cancelRequest;
    await record('case_closed', { by: cancel?.by, text: cancel?.reason ?? outcome, payload: closingReport(state) });
    if (outcome === 'no_response') {
      await send(
        'staff',
        staffAddress(state.ladder[1] ?? null),
        Messages.closedFlagMessage(state.caseId, input.summary, 'no_response'),
      );
    } else if (outcome === 'unrecovered') {
      await send(
        'staff',
        staffAddress(state.ladder[TOP_LEVEL] ?? null),
        Messages.closedFlagMessage(state.caseId, input.summary, 'unrecovered'),
      );
    }
    state.closeRecorded = true;
  }

  // ---- configuration: reloaded when it changes, its problems reported -------------------------------

  /** Reports each configuration problem once: on the timeline, and to the community manager. */
  async function reportConfigurationProblems() {
    while (pendingProblems.length > 0) {
      const problem = pendingProblems.shift()!;
      // Before this rule the arithmetic threw here and the case froze; histories of that time have no report.
      if (!ruleInForce('configuration-problems-reported')) continue;
      (state.configurationProblems ??= []).push(problem);
      await record('configuration_problem', { text: problem, payload: { problem } });
      const notice = Messages.configurationProblemMessage(state.caseId, input.summary, problem);
      await send('staff', staffAddress(state.ladder[1] ?? null), notice);
    }
  }

  /** Reloads the calendar and policy after `configurationChanged`, and recomputes the running due time. */
  let reloadRequested = false;
  const configurationChanged = () => {
    reloadRequested = true;
  };
  async function reloadConfiguration() {
    reloadRequested = false;
    const { propertyId, category } = input;
    const loaded = await store().loadCaseConfiguration({ propertyId, category, severity: state.severity });
    // Unchanged configuration: nothing to recompute, and its problems stay reported (no second notice).
    if (JSON.stringify(loaded) === JSON.stringify({ calendar: state.calendar, policy: state.policy })) return;
    state.calendar = loaded.calendar;
    state.policy = loaded.policy;
    state.configurationProblems = [];
    const deadline = state.deadline;
    if (deadline?.dueAt && state.status === 'open') {
      // The same deadline object unless the due time moved: a new one wakes the stage's wait.
      const timeframe = timeframeFor(deadline.stage);
      state.deadline = followed(Clock.reloadedDeadline(deadline, timeframe, state.calendar!)).deadline;
    }
    await record('configuration_reloaded', { payload: { dueAt: state.deadline?.dueAt ?? null } });
  }

  /** Follows the configuration while the case is open. */
  async function followConfiguration() {
    while (state.status === 'open') {
      await condition(() => pendingProblems.length > 0 || reloadRequested || state.status !== 'open');
      if (reloadRequested && state.status === 'open') await reloadConfiguration();
      await reportConfigurationProblems();
    }
  }

  // ---- resident events ----------------------------------------------------------------------------

  const pendingResidentEvents: Actions.ResidentEvent[] = [];

  async function recordResidentEvents() {
    while (pendingResidentEvents.length > 0) {
      const event = pendingResidentEvents.shift()!;
      state.eventSequence += 1;
      const key = event.eventId ? `${state.caseId}:event:${event.eventId}` : `${state.caseId}:${state.eventSequence}`;
      const occurredAt = event.occurredAt ?? now();
      const type = timelineType(event);
      await store().recordCaseEvent({ caseId: state.caseId, key, type, occurredAt, payload: { ...event } });
    }
  }

  /** Records resident events in the read model while the case is open. */
  async function recordResidentEventsWhileOpen() {
    while (state.status === 'open') {
      await condition(() => pendingResidentEvents.length > 0 || state.status !== 'open');
      await recordResidentEvents();
    }
  }

  // ---- clock: stage timeframes, pauses, escalation -------------------------------------------------

  function timeframeFor(stage: TimedStage): Timeframe {
    return state.policy![stage];
  }

  /**
   * Configuration the clock could not follow, waiting to be reported. The arithmetic never throws: it falls
   * back to calendar time and says why, so a bad calendar slows nothing down and freezes nothing.
   */
  const pendingProblems: string[] = [];
  function followed<T extends Clocked>(result: T): T {
    for (const problem of result.problems) {
      const known = [...(state.configurationProblems ?? []), ...pendingProblems];
      // A few distinct problems say enough; more would only flood the community manager.
      if (!known.includes(problem) && known.length < MAX_PROBLEMS_REPORTED) pendingProblems.push(problem);
    }
    return result;
  }
  const timeAfter = (start: Date, timeframe: Timeframe): Date =>
    followed(Clock.timeAfter(start, timeframe, state.calendar!)).at;

  /** The due time of the running timer: its timeframe from its start, shifted by the time it was paused. */
  const computeDueAt = (stage: TimedStage, startedAt: string, pausedMs: number): string =>
    followed(Clock.dueAt(timeframeFor(stage), state.calendar!, startedAt, pausedMs)).dueAt;

  function startClock(stage: TimedStage) {
    const startedAt = now();
    state.deadline = {
      stage,
      level: state.escalationLevel,
      startedAt,
      pausedMs: 0,
      dueAt: computeDueAt(stage, startedAt, 0),
    };
    if (state.waitingOnResident) state.deadline.dueAt = null;
  }

  function enterStage(stage: Stage) {
    const at = now();
    const current = state.stageHistory[state.stageHistory.length - 1];
    if (current && !current.leftAt) current.leftAt = at;
    state.stage = stage;
    state.stageHistory.push({ stage, enteredAt: at });
    if (stage === 'acknowledge' || stage === 'gather_facts' || stage === 'resolve') startClock(stage);
    else state.deadline = null;
    upsertSearchAttributes(searchAttributes(state));
  }

  async function escalateOneLevel(reason: string, by?: string) {
    const next = levelAbove(state.escalationLevel);
    state.escalationLevel = next;
    state.escalationOwner = state.ladder[next] ?? null;
    if (state.deadline) startClock(state.deadline.stage);
    upsertSearchAttributes(searchAttributes(state));
    await record('escalated', { by, text: reason, payload: { level: next, to: state.escalationOwner } });
    await send(
      'staff',
      staffAddress(state.escalationOwner),
      Messages.escalationMessage(state.caseId, input.summary, state.stage, reason),
    );
  }

  /** When the top of the ladder is reminded next: the policy's interval, never sooner than the least gap. */
  function nextEscalationReminder(): Date {
    const byPolicy = timeAfter(new Date(caseInstant()), state.policy!.escalationReminderInterval);
    if (!ruleInForce('reminders-spaced-whatever-the-policy')) return byPolicy;
    return Clock.spacedReminder(byPolicy, caseInstant());
  }

  /** The resident-update reminder, which shares the stage's timer (workflows/case-timers.ts). */
  const residentReminder: ResidentReminder = {
    dueAt: () => residentUpdateDueAt(),
    basis: () => reminderBasis(),
    remind: () => remindResidentNotUpdated(),
  };
  const waitUntil = (dueAt: number | null, done: () => boolean) => waitUntilOrDue(dueAt, done, residentReminder);

  /** What the resident-update reminder's time is computed from, apart from clock readings. */
  const reminderBasis = () =>
    JSON.stringify([state.residentUpdates ?? 0, state.policy?.residentUpdateInterval, state.calendar ?? null]);

  /** When the owner must be reminded that the resident has heard nothing, or null when not watched. */
  function residentUpdateDueAt(): number | null {
    const { status, stage, lastResidentUpdateAt, residentReminderNotBefore, policy, calendar } = state;
    const watch = { status, cancelled: !!state.cancelRequest, stage, lastResidentUpdateAt, residentReminderNotBefore };
    return followed(Clock.residentUpdateDueAt({ ...watch, policy, calendar })).at;
  }

  async function remindResidentNotUpdated() {
    // Restart the interval from the reminder, so the owner is reminded again if still nothing goes out.
    residentUpdated();
    if (ruleInForce('reminders-spaced-whatever-the-policy')) {
      state.residentReminderNotBefore = Clock.nextReminderNotBefore(caseInstant());
    }
    await record('resident_not_updated', { text: 'no resident-facing message within the policy interval' });
    await send(
      'staff',
      staffAddress(currentOwnerRung()),
      Messages.residentNotUpdatedMessage(state.caseId, input.summary),
    );
  }

  function currentOwnerRung(): LadderRung | null {
    if (state.escalationLevel > 0) return state.escalationOwner;
    return { level: 0, role: state.ownerRole ?? 'frontline', staffId: state.ownerId };
  }

  // ---- read model and messages -------------------------------------------------------------------

  /**
   * Appends to the timeline and the read model (idempotent by key), with the whole case row as the state has
   * it at this sequence: writes may land out of order, and the row takes only a newer one.
   */
  async function record(type: string, detail: { by?: string; text?: string; payload?: Record<string, unknown> } = {}) {
    const at = now();
    state.timeline.push({ at, type, by: detail.by, detail: detail.text });
    const sequence = ++state.eventSequence;
    // The n-th event of its kind: a write from a task attempt that was lost (worker killed) and the retried
    // attempt's write of the same event share the key even when the retry numbered its steps otherwise.
    const ordinal = state.timeline.filter((e) => e.type === type).length;
    const key = decidedAtStart ? `${state.caseId}:${type}:${ordinal}` : `${state.caseId}:${sequence}`;
    const payload = { by: detail.by, ...detail.payload };
    const event = { caseId: state.caseId, key, type, occurredAt: at, payload, sequence, projection: projection(state) };
    await store().recordCaseEvent(event);
  }

  /**
   * A message's outbox key, the same on replay and on retry. Stored by a local activity, a message from a task
   * attempt that was lost (worker killed) stays stored; the retried attempt, which may number its steps
   * otherwise, must reuse its key, so the key is the message's kind and recipient and its ordinal among those
   * (as `record` keys events). Cases that send messages as activities keep the event sequence.
   */
  function messageKey(kind: string, recipient: string): string {
    const sequence = ++state.eventSequence;
    if (!messagesStoredInTheTask()) return `${state.caseId}:msg:${sequence}`;
    const stored = (state.messagesStored ??= {});
    const of = `${kind}>${recipient}`;
    stored[of] = (stored[of] ?? 0) + 1;
    return `${state.caseId}:msg:${of}:${stored[of]}`;
  }

  /** One outbox message. */
  async function send(audience: 'resident' | 'staff', recipient: string, content: MessageContent) {
    const key = messageKey(content.template, recipient);
    await messaging().sendMessage({ key, caseId: state.caseId, audience, recipient, ...content });
    if (audience === 'resident') residentUpdated();
  }

  /** A resident-facing message went out: the resident-update reminder starts again from now. */
  function residentUpdated() {
    state.lastResidentUpdateAt = now();
    state.residentUpdates = (state.residentUpdates ?? 0) + 1;
  }

  const residentAddress = () => `resident:${input.residentId}`;

  /**
   * The resident's link, issued once (at intake; for a case opened before links existed, on first need).
   * Null only while replaying a case recorded before links existed.
   */
  async function residentLinkUrl(): Promise<string | null> {
    if (state.residentLink) return state.residentLink.url;
    if (!ruleInForce('resident-link')) return null;
    const key = `${state.caseId}:link:${++state.eventSequence}`;
    const bound = { caseId: state.caseId, householdId: input.residentId, propertyId: input.propertyId };
    state.residentLink = await store().issueResidentLink({ key, ...bound });
    return state.residentLink.url;
  }

  /**
   * A resident-facing message in the household's language with their link. Cases recorded before links
   * existed replay the English message they sent then (`english`).
   */
  async function sendToResident(content: ResidentContent, english: MessageContent) {
    const link = await residentLinkUrl();
    if (link === null) return send('resident', residentAddress(), english);
    const key = messageKey(content.kind, residentAddress());
    const bound = { caseId: state.caseId, householdId: input.residentId, propertyId: input.propertyId };
    await messaging().sendResidentMessage({ key, ...bound, link, content });
    residentUpdated();
  }
  const staffAddress = (rung: LadderRung | null) =>
    rung?.staffId ? `staff:${rung.staffId}` : `role:${rung?.role ?? 'community_manager'}@${input.propertyId}`;

  // ---- continue-as-new -----------------------------------------------------------------------------

  function historyIsLong() {
    const info = workflowInfo();
    return info.continueAsNewSuggested || info.historyLength > historyLimit;
  }

  async function maybeContinueAsNew() {
    if (!historyIsLong() || state.status !== 'open') return;
    await condition(allHandlersFinished);
    await recordResidentEvents();
    await reportConfigurationProblems();
    await continueAsNew<typeof recoveryCase>(input, state, options);
  }

  // ---- actions: validators reject what does not fit the stage, synchronously and without change -----

  function parse<N extends PayloadName>(name: N, value: unknown): Payload<N> {
    const result = checkPayload(name, value);
    if (!result.ok)
      throw ApplicationFailure.create({
        type: INVALID_ACTION,
        message: result.problems.join('; '),
        nonRetryable: true,
      });
    return result.value;
  }

  /** The validator of an action: its payload, then its rule (workflows/case-rules.ts); throws what does not fit. */
  function validator<N extends RuledAction>(name: N) {
    const rule: ActionRule<N> = actionRules[name];
    return (action: unknown) => {
      const payload = parse(name, action);
      const conflict = stageConflict(state, rule.doing, rule.stages);
      const refusal = conflict ?? rule.refuse?.(state, payload) ?? null;
      if (refusal)
        throw ApplicationFailure.create({
          type: STAGE_CONFLICT,
          message: refusal,
          details: [state.stage],
          nonRetryable: true,
        });
    };
  }

  return {
    actions,
    validator,
    onResidentEvent,
    recordIntake,
    takeSetup,
    residentLinkUrl,
    enterStage,
    tellOwnerAssigned,
    runStage,
    runFollowUp,
    close,
    configurationChanged,
    followConfiguration,
    recordResidentEvents,
    recordResidentEventsWhileOpen,
  };
}
