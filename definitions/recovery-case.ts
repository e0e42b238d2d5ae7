import type { UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  Cancel,
  Feedback,
  Payload,
  ProposePlan,
  RecordFacts,
  Resolve,
  ResidentEvent,
  ResidentMessage,
} from '../domain/case-actions';
import type { Breach, Deadline, LadderRung, Outcome, RecoveryCaseInput, Stage } from '../domain/case';
import { staffActionNames, type StaffAction } from '../domain/staff-actions';
import type { BusinessCalendar } from '../domain/timeframes';
import type { StagePolicy } from '../domain/policies';

export type { Breach, Deadline, Outcome, Stage, TimedStage } from '../domain/case';

/**
 * The case's state, its actions (Updates: staff actions, rejected synchronously when they do not fit the
 * stage), resident events (Signals) and the full-state Query. Temporal is the source of truth for where a
 * case stands; the read model mirrors it.
 */
export interface TimelineItem {
  at: string;
  type: string;
  by?: string;
  detail?: string;
}

export interface CaseState {
  caseId: string;
  input: RecoveryCaseInput;
  stage: Stage;
  status: 'open' | 'closed';
  outcome?: Outcome;
  openedAt: string;
  severity: RecoveryCaseInput['severity'];
  calendar?: BusinessCalendar;
  policy?: StagePolicy;
  ladder: LadderRung[];
  /** The staff member who owns the case, and the escalation owner for the current level. */
  ownerId: string | null;
  ownerRole?: string;
  escalationLevel: number;
  escalationOwner: LadderRung | null;
  deadline: Deadline | null;
  breaches: Breach[];
  waitingOnResident: { since: string; reason: string } | null;
  facts?: RecordFacts;
  plan?: ProposePlan & { agreement: 'pending' | 'agreed' | 'refused' | 'not_needed' };
  resolution?: Resolve & { at: string };
  followUp?: {
    dueAt: string;
    checkInSentAt?: string;
    reminderSentAt?: string;
    feedback?: Feedback & { at: string; recorded: boolean };
  };
  reopenCount: number;
  lastResidentUpdateAt: string;
  stageHistory: { stage: Stage; enteredAt: string; leftAt?: string }[];
  timeline: TimelineItem[];
  /** True once the case is written to the read model, so the API can answer reads for it. */
  recorded: boolean;
  /** Monotonic counter for the read model's event keys, carried over continue-as-new. */
  eventSequence: number;
  cancelRequest?: Cancel;
  /** Stored inbound events already on the timeline (signals may be delivered twice). */
  attachedEventIds?: string[];
  closeRecorded: boolean;
  /** Configuration the case could not follow (reported once each); cleared when the configuration reloads. */
  configurationProblems?: string[];
  /** No reminder of the resident-not-updated kind before this instant, whatever the policy's interval. */
  residentReminderNotBefore?: string;
  /**
   * Resident-facing messages and reminders so far: a reminder's timer compares it, not instants, to know whether
   * the resident heard from us meanwhile (an instant read in a retried task can equal an earlier one).
   */
  residentUpdates?: number;
  /**
   * Messages stored so far, per template (a resident message: its kind) and recipient: the ordinals in their
   * outbox keys (rule messages-stored-in-the-workflow-task, workflows/recovery-case.ts `messageKey`).
   */
  messagesStored?: Record<string, number>;
  /** The resident's link to this case (issued at intake; cases opened before links existed get one on first need). */
  residentLink?: { token: string; url: string };
  /** Messages already received from the resident's page, so a second submit adds nothing (latest 100). */
  residentMessageIds?: string[];
}

/** How clients start a case (workflows/recovery-case.ts) by name; workflows/index.ts checks it fits. */
export type RecoveryCaseWorkflow = (input: RecoveryCaseInput) => Promise<CaseState>;
/** The workflow type new cases start as: every rule in force, no patch markers (workflows/case-rules-in-force.ts). */
export const RECOVERY_CASE_WORKFLOW = 'recoveryCaseV2';
/** Every type a case can run as: cases started before V2 keep running as `recoveryCase`. */
export const RECOVERY_CASE_WORKFLOWS = ['recoveryCase', RECOVERY_CASE_WORKFLOW] as const;

export const getCase = defineQuery<CaseState>('getCase');

/** Completes once intake is recorded; the API opens cases with it (update-with-start) for read-your-writes. */
export const intakeRecorded = defineUpdate<CaseState>('intakeRecorded');

/** A staff action's Update: named after the action, carrying its payload, answering the case's new state. */
export type StaffActionUpdate<A extends StaffAction = StaffAction> = UpdateDefinition<CaseState, [Payload<A>], A>;

/** One Update per staff action of domain/staff-actions.ts, by the action's name. */
export const staffUpdates = Object.fromEntries(staffActionNames.map((name) => [name, defineUpdate(name)])) as {
  [A in StaffAction]: StaffActionUpdate<A>;
};

/** The resident wrote from their page: on the timeline, and the owner is told. */
export const residentMessage = defineUpdate<CaseState, [ResidentMessage]>('residentMessage');

/** Something the resident did elsewhere (message, access granted…): attached to the timeline, never rejected. */
export const residentEvent = defineSignal<[ResidentEvent]>('residentEvent');

/** The property's calendar or policies changed: the case reloads them and recomputes its running due time. */
export const configurationChanged = defineSignal('configurationChanged');

/** Failure types the API maps to HTTP answers. */
export const STAGE_CONFLICT = 'StageConflict';
export const INVALID_ACTION = 'InvalidAction';

/** Any Update that changes a case: a staff action, or the resident's message from their page. */
export type CaseUpdate = StaffActionUpdate | typeof residentMessage;
