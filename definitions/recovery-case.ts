import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  Acknowledge,
  AddNote,
  Assign,
  Cancel,
  ChangeSeverity,
  Escalate,
  Feedback,
  ProposePlan,
  RecordAgreement,
  RecordFacts,
  Resolve,
  ResidentEvent,
  ResidentMessage,
  Resume,
  WaitOnResident,
} from '../domain/case-actions';
import type { LadderRung, RecoveryCaseInput } from '../domain/case';
import type { BusinessCalendar } from '../domain/timeframes';
import type { StagePolicy } from '../domain/policies';

/**
 * The case's state, its actions (Updates: staff actions, rejected synchronously when they do not fit the
 * stage), resident events (Signals) and the full-state Query. Temporal is the source of truth for where a
 * case stands; the read model mirrors it.
 */
export type Stage = 'intake' | 'acknowledge' | 'gather_facts' | 'resolve' | 'follow_up' | 'closed';
export type TimedStage = 'acknowledge' | 'gather_facts' | 'resolve';
export type Outcome = 'recovered' | 'unrecovered' | 'no_response' | 'cancelled';

export interface Deadline {
  stage: TimedStage;
  level: number;
  /** When the current timer started (stage entry, escalation, or a recompute). */
  startedAt: string;
  /** Null while the clock is paused waiting on the resident. */
  dueAt: string | null;
  /** Business or elapsed milliseconds of clock paused so far, added back to the timeframe. */
  pausedMs: number;
}

export interface Breach {
  stage: TimedStage;
  level: number;
  dueAt: string;
  breachedAt: string;
  escalatedTo: LadderRung | null;
}

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
  /** The resident's link to this case (issued at intake; cases opened before links existed get one on first need). */
  residentLink?: { token: string; url: string };
  /** Messages already received from the resident's page, so a second submit adds nothing (latest 100). */
  residentMessageIds?: string[];
}

/** How clients start `recoveryCase` (workflows/recovery-case.ts) by name; workflows/index.ts checks it fits. */
export type RecoveryCaseWorkflow = (input: RecoveryCaseInput) => Promise<CaseState>;

export const getCase = defineQuery<CaseState>('getCase');

/** Completes once intake is recorded; the API opens cases with it (update-with-start) for read-your-writes. */
export const intakeRecorded = defineUpdate<CaseState>('intakeRecorded');
export const acknowledge = defineUpdate<CaseState, [Acknowledge]>('acknowledge');
export const recordFacts = defineUpdate<CaseState, [RecordFacts]>('recordFacts');
export const proposePlan = defineUpdate<CaseState, [ProposePlan]>('proposePlan');
export const recordAgreement = defineUpdate<CaseState, [RecordAgreement]>('recordAgreement');
export const resolve = defineUpdate<CaseState, [Resolve]>('resolve');
export const recordFeedback = defineUpdate<CaseState, [Feedback]>('recordFeedback');
export const waitOnResident = defineUpdate<CaseState, [WaitOnResident]>('waitOnResident');
export const resume = defineUpdate<CaseState, [Resume]>('resume');
export const escalate = defineUpdate<CaseState, [Escalate]>('escalate');
export const assign = defineUpdate<CaseState, [Assign]>('assign');
export const changeSeverity = defineUpdate<CaseState, [ChangeSeverity]>('changeSeverity');
export const addNote = defineUpdate<CaseState, [AddNote]>('addNote');
export const cancelCase = defineUpdate<CaseState, [Cancel]>('cancelCase');
/** The resident wrote from their page: on the timeline, and the owner is told. */
export const residentMessage = defineUpdate<CaseState, [ResidentMessage]>('residentMessage');

/** Something the resident did elsewhere (message, access granted…): attached to the timeline, never rejected. */
export const residentEvent = defineSignal<[ResidentEvent]>('residentEvent');

/** The property's calendar or policies changed: the case reloads them and recomputes its running due time. */
export const configurationChanged = defineSignal('configurationChanged');

/** Failure types the API maps to HTTP answers. */
export const STAGE_CONFLICT = 'StageConflict';
export const INVALID_ACTION = 'InvalidAction';

/** Any staff action on a case (the API maps one route to each). */
export type CaseUpdate =
  | typeof acknowledge
  | typeof recordFacts
  | typeof proposePlan
  | typeof recordAgreement
  | typeof resolve
  | typeof recordFeedback
  | typeof waitOnResident
  | typeof resume
  | typeof escalate
  | typeof assign
  | typeof changeSeverity
  | typeof addNote
  | typeof cancelCase
  | typeof residentMessage;
