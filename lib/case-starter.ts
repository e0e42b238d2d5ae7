import { createHash } from 'node:crypto';
import { WithStartWorkflowOperation, type Client, type WorkflowStartOptions } from '@temporalio/client';
import { workflowIdForCase, type RecoveryCaseInput } from '../domain/case';
import {
  RECOVERY_CASE_WORKFLOW,
  intakeRecorded,
  type CaseState,
  type RecoveryCaseWorkflow,
} from '../definitions/recovery-case';
import { CaseCategory, CaseSeverity, CaseStage, CaseStatus, PropertyId } from '../definitions/search-attributes';

/**
 * Opens a case and returns once its workflow has recorded it in the read model (update-with-start), so
 * the caller can read it back at once. The case id decides the workflow id: a retry with the same id joins
 * the workflow its first attempt started, and a closed case is never started again.
 */
export async function openCase(client: Client, taskQueue: string, input: RecoveryCaseInput): Promise<CaseState> {
  const startWorkflowOperation = new WithStartWorkflowOperation<RecoveryCaseWorkflow>(
    RECOVERY_CASE_WORKFLOW,
    caseStartOptions(taskQueue, input),
  );
  return client.workflow.executeUpdateWithStart(intakeRecorded, { startWorkflowOperation });
}

/** How a case workflow is started: its id, policies against a second start, search attributes and memo. */
export function caseStartOptions(
  taskQueue: string,
  input: RecoveryCaseInput,
): WorkflowStartOptions<RecoveryCaseWorkflow> & { workflowIdConflictPolicy: 'USE_EXISTING' } {
  return {
    workflowId: workflowIdForCase(input.caseId),
    taskQueue,
    args: [input],
    workflowIdConflictPolicy: 'USE_EXISTING' as const,
    workflowIdReusePolicy: 'REJECT_DUPLICATE',
    typedSearchAttributes: [
      { key: PropertyId, value: input.propertyId },
      { key: CaseCategory, value: input.category },
      { key: CaseSeverity, value: input.severity },
      { key: CaseStage, value: 'intake' },
      { key: CaseStatus, value: 'open' },
    ],
    memo: {
      residentId: input.residentId,
      unit: input.unit ?? null,
      summary: input.summary,
      trigger: input.trigger?.kind ?? null,
    },
  };
}

/** A UUID (version-5 layout) derived from a name, so the same name always gives the same case or batch id. */
export function deterministicUuid(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
