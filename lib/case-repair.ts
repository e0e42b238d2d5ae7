import type { Client } from '@temporalio/client';
import { RECOVERY_CASE_WORKFLOWS, configurationChanged } from '../definitions/recovery-case';

/**
 * Tells running cases that their configuration changed: each reloads its property's calendar and policy and
 * recomputes its running due time (a case with a configuration problem also does so by itself at its next
 * due time). Used after correcting a property or a policy: `npm run cases:repair -- --property <id>`.
 */
export async function repairCases(client: Client, options: { propertyId?: string } = {}): Promise<string[]> {
  const types = RECOVERY_CASE_WORKFLOWS.map((type) => `'${type}'`).join(', ');
  const filters = [`WorkflowType IN (${types})`, "ExecutionStatus='Running'"];
  if (options.propertyId) filters.push(`PropertyId='${options.propertyId.replace(/'/g, "''")}'`);
  const signalled: string[] = [];
  for await (const execution of client.workflow.list({ query: filters.join(' AND ') })) {
    await client.workflow.getHandle(execution.workflowId, execution.runId).signal(configurationChanged);
    signalled.push(execution.workflowId);
  }
  return signalled;
}
