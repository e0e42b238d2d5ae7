import type { CaseState, Stage } from '../definitions/recovery-case';
import type { Payload } from '../domain/case-actions';
import { TOP_LEVEL } from '../domain/case-clock';
import type { StaffAction } from '../domain/staff-actions';

/**
 * When a case takes each action: the stages it is possible in, and what else must hold (a refusal, or null).
 * The action's validator checks its payload, then the stage (`stageConflict`), then the refusal, and rejects
 * what does not fit synchronously, without changing anything. Pure: the state and the payload in, a reason out.
 */
export interface ActionRule<N extends RuledAction> {
  /** The action in words, for "… is not possible in stage …". */
  doing: string;
  stages: readonly Stage[];
  refuse?: (state: CaseState, action: Payload<N>) => string | null;
}

export type RuledAction = StaffAction | 'residentMessage';

const OPEN: readonly Stage[] = ['acknowledge', 'gather_facts', 'resolve', 'follow_up'];
const TIMED: readonly Stage[] = ['acknowledge', 'gather_facts', 'resolve'];

export const actionRules: { [N in RuledAction]: ActionRule<N> } = {
  acknowledge: { doing: 'acknowledge', stages: ['acknowledge'] },
  recordFacts: { doing: 'recording facts', stages: ['gather_facts'] },
  proposePlan: {
    doing: 'proposing a resolution plan',
    stages: ['resolve'],
    refuse: (state) =>
      state.plan?.agreement === 'agreed' ? 'the resident already agreed to a plan; resolve the case' : null,
  },
  recordAgreement: {
    doing: 'recording the resident’s agreement',
    stages: ['resolve'],
    refuse: (state) =>
      state.plan?.agreement !== 'pending' ? 'no resolution plan is waiting for the resident’s agreement' : null,
  },
  resolve: {
    doing: 'resolving',
    stages: ['resolve'],
    refuse: (state) => {
      if (!state.plan) return 'propose a resolution plan before resolving';
      if (state.plan.agreement === 'pending') return 'the resolution plan is waiting for the resident’s agreement';
      return null;
    },
  },
  recordFeedback: {
    doing: 'recording follow-up feedback',
    stages: ['follow_up'],
    refuse: (state) => {
      if (!state.followUp?.checkInSentAt) return 'the follow-up check-in has not been sent yet';
      if (state.followUp.feedback) return 'feedback for this follow-up is already recorded';
      return null;
    },
  },
  waitOnResident: {
    doing: 'waiting on the resident',
    stages: TIMED,
    refuse: (state) => (state.waitingOnResident ? 'the case is already waiting on the resident' : null),
  },
  resume: {
    doing: 'resuming',
    stages: TIMED,
    refuse: (state) => (state.waitingOnResident ? null : 'the case is not waiting on the resident'),
  },
  escalate: {
    doing: 'escalating',
    stages: OPEN,
    refuse: (state) =>
      state.escalationLevel >= TOP_LEVEL ? 'the case is already at the top of the escalation ladder' : null,
  },
  assign: {
    doing: 'reassigning',
    stages: OPEN,
    refuse: (state, { ownerId }) => (ownerId === state.ownerId ? `${ownerId} already owns the case` : null),
  },
  changeSeverity: {
    doing: 'changing severity',
    stages: OPEN,
    refuse: (state, { severity }) => (severity === state.severity ? `the severity is already ${severity}` : null),
  },
  addNote: { doing: 'adding a note', stages: OPEN },
  residentMessage: {
    doing: 'sending a message',
    stages: OPEN,
    refuse: (state, { messageId }) =>
      state.residentMessageIds?.includes(messageId) ? 'this message was already received' : null,
  },
  cancelCase: { doing: 'cancelling', stages: OPEN },
};

/** Why the case cannot take an action in its stage, or null: closed or cancelled, not yet recorded, elsewhere. */
export function stageConflict(state: CaseState, doing: string, stages: readonly Stage[]): string | null {
  if (state.status === 'closed' || state.cancelRequest) return `${doing} is not possible: the case is closed`;
  if (!state.recorded || !stages.includes(state.stage)) {
    return `${doing} is not possible in stage ${state.stage} (possible in ${stages.join(', ')})`;
  }
  return null;
}
