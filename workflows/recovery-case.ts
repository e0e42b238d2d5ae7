import {
  allHandlersFinished,
  condition,
  defineQuery,
  defineUpdate,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
  ApplicationFailure,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { RecoveryCaseInput } from '../domain/case';
import { CaseCategory, CaseSeverity, CaseStage, CaseStatus, PropertyId } from './search-attributes';

/** Where a case stands; Temporal is the source of truth, the read model mirrors it. */
export interface CaseState {
  caseId: string;
  stage: 'intake' | 'acknowledge' | 'gather_facts' | 'resolve' | 'follow_up' | 'closed';
  status: 'open' | 'closed';
  outcome?: 'recovered' | 'unrecovered' | 'no_response' | 'cancelled';
  openedAt: string;
  /** True once the case is written to the read model, so the API can answer reads for it. */
  recorded: boolean;
}

export interface CancelCase {
  reason: string;
  by: string;
}

export const getCase = defineQuery<CaseState>('getCase');
/** Completes once intake is recorded; the API starts the case with it (update-with-start) for read-your-writes. */
export const intakeRecorded = defineUpdate<CaseState>('intakeRecorded');
export const cancelCase = defineUpdate<CaseState, [CancelCase]>('cancelCase');

const store = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

export async function recoveryCase(input: RecoveryCaseInput): Promise<CaseState> {
  const openedAt = new Date(workflowInfo().startTime).toISOString();
  const state: CaseState = { caseId: input.caseId, stage: 'intake', status: 'open', openedAt, recorded: false };
  let sequence = 0;
  const eventKey = () => `${input.caseId}:${++sequence}`;

  setHandler(getCase, () => state);
  setHandler(intakeRecorded, async () => {
    await condition(() => state.recorded);
    return state;
  });
  setHandler(
    cancelCase,
    async ({ reason, by }) => {
      state.stage = 'closed';
      state.status = 'closed';
      state.outcome = 'cancelled';
      await store.recordCaseEvent({
        caseId: input.caseId,
        key: eventKey(),
        type: 'case_cancelled',
        occurredAt: new Date().toISOString(),
        payload: { reason, by },
        changes: { stage: 'closed', status: 'closed' },
      });
      return state;
    },
    {
      validator: ({ reason }) => {
        if (state.status === 'closed') throw ApplicationFailure.nonRetryable(`the case is already closed`, 'StageConflict');
        if (!reason?.trim()) throw ApplicationFailure.nonRetryable('a cancellation needs a reason', 'InvalidAction');
      },
    },
  );

  upsertSearchAttributes([
    { key: PropertyId, value: input.propertyId },
    { key: CaseCategory, value: input.category },
    { key: CaseSeverity, value: input.severity },
    { key: CaseStage, value: state.stage },
    { key: CaseStatus, value: state.status },
  ]);

  await store.recordCaseOpened({ input, openedAt, stage: 'acknowledge' });
  state.stage = 'acknowledge';
  state.recorded = true;
  upsertSearchAttributes([{ key: CaseStage, value: state.stage }]);

  await condition(() => state.status === 'closed');
  upsertSearchAttributes([
    { key: CaseStage, value: state.stage },
    { key: CaseStatus, value: state.status },
  ]);
  await condition(allHandlersFinished);
  return state;
}
