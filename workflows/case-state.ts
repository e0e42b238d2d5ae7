import type { SearchAttributeUpdatePair } from '@temporalio/common';
import type { CaseState, Stage } from '../definitions/recovery-case';
import {
  Breached,
  CaseOwner,
  CaseStage,
  CaseStatus,
  CaseSeverity,
  EscalationLevel,
} from '../definitions/search-attributes';
import type { CaseProjection, RecoveryCaseInput } from '../domain/case';
import type * as Actions from '../domain/case-actions';

// What a case's state shows: its first state, the read model's row, the closing report, the search attributes.
// Pure functions of the state.

export function initialState(input: RecoveryCaseInput, openedAt: string): CaseState {
  return {
    caseId: input.caseId,
    input,
    stage: 'intake',
    status: 'open',
    openedAt,
    severity: input.severity,
    ladder: [],
    ownerId: null,
    escalationLevel: 0,
    escalationOwner: null,
    deadline: null,
    breaches: [],
    waitingOnResident: null,
    reopenCount: 0,
    lastResidentUpdateAt: openedAt,
    stageHistory: [{ stage: 'intake', enteredAt: openedAt }],
    timeline: [{ at: openedAt, type: 'case_opened' }],
    recorded: false,
    eventSequence: 0,
    closeRecorded: false,
  };
}

/** The case row's columns from the state (what `Case` shows; the API and reports read them). */
export function projection(state: CaseState): CaseProjection {
  const entered = (stage: Stage) => state.stageHistory.find((s) => s.stage === stage)?.enteredAt ?? null;
  const closed = state.status === 'closed';
  return {
    stage: state.stage,
    status: state.status,
    severity: state.severity,
    ownerId: state.ownerId,
    ownerRole: state.ownerRole ?? null,
    escalationLevel: state.escalationLevel,
    breached: state.breaches.length > 0,
    breachCount: state.breaches.length,
    breachedStages: [...new Set(state.breaches.map((b) => b.stage))],
    reopenCount: state.reopenCount,
    waitingOnResident: !!state.waitingOnResident,
    rootCauseFamily: state.facts?.rootCauseFamily ?? null,
    outcome: state.outcome ?? null,
    // Acknowledging is what moves a case from acknowledge to gather_facts.
    acknowledgedAt: entered('gather_facts'),
    resolvedAt: state.resolution?.at ?? null,
    closedAt: closed ? entered('closed') : null,
    closingReport: closed ? closingReport(state) : null,
  };
}

/** Outcome, time spent in each stage, every breach: written when the case closes. */
export function closingReport(state: CaseState) {
  const durations = state.stageHistory
    .filter((s) => s.leftAt)
    .map((s) => ({
      stage: s.stage,
      enteredAt: s.enteredAt,
      leftAt: s.leftAt!,
      ms: Date.parse(s.leftAt!) - Date.parse(s.enteredAt),
    }));
  const { outcome, breaches, reopenCount } = state;
  return { outcome, durations, breaches, reopenCount, cancel: state.cancelRequest ?? null };
}

/** The case's search attributes (what Temporal's visibility lists and filters by). */
export function searchAttributes(state: CaseState): SearchAttributeUpdatePair[] {
  const pairs: SearchAttributeUpdatePair[] = [
    { key: CaseStage, value: state.stage },
    { key: CaseStatus, value: state.status },
    { key: CaseSeverity, value: state.severity },
    { key: EscalationLevel, value: state.escalationLevel },
    { key: Breached, value: state.breaches.length > 0 },
  ];
  pairs.push(state.ownerId ? { key: CaseOwner, value: state.ownerId } : { key: CaseOwner, value: null });
  return pairs;
}

/** A resident event's type on the timeline. */
export const timelineType = (event: Actions.ResidentEvent) =>
  event.kind === 'trigger_fired' ? 'trigger_fired' : `resident_${event.kind}`;
