import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z, type ZodObject, type ZodType } from 'zod';
import { inScope, mayActOnCase } from '../../../domain/access';
import { staffActionSchemas, type Payload } from '../../../domain/case-actions';
import { staffActionNames, staffActions, type StaffAction } from '../../../domain/staff-actions';
import { CaseDetail } from '../../../domain/case';
import * as Defs from '../../../definitions/recovery-case';
import { forbidden, principalOf } from '../../plugins/auth';
import { HttpProblem, Problem, problems } from '../../problems';
import { translateTemporalError } from '../../temporal-errors';
import { loadCaseDetail } from './read-model';

export const CaseIdParams = z.object({ id: z.uuid('id must be a case id (UUID)') });

/**
 * Every staff action on a case (domain/staff-actions.ts) is one Workflow Update: the workflow's validator
 * decides whether it fits the stage, so the API only authenticates, scopes, authorises and translates. The
 * body is the action's schema without `by`: that is the caller's identity, never taken from the body.
 */
const actionRoutes = staffActionNames.map((name) => {
  const update: Defs.StaffActionUpdate = Defs.staffUpdates[name];
  // Every action's schema has `by` (staffActionSchemas satisfies that), so dropping it leaves the body.
  const body = (staffActionSchemas[name] as ZodObject<{ by: ZodType }>).omit({ by: true }) as ZodType<ActionBody>;
  return { ...staffActions[name], update, body };
});

/** An action's body as the route validated it: its payload without `by`. */
type ActionBody = { [A in StaffAction]: Omit<Payload<A>, 'by'> }[StaffAction];

const StageConflict = Problem.extend({ currentStage: z.string().describe('Where the case stands now') });

/** The workflow's own state, when its worker answers within a moment; null otherwise (the read model still answers). */
export async function liveState(app: FastifyInstance, workflowId: string): Promise<Defs.CaseState | null> {
  const query = app.deps.temporal.workflow.getHandle(workflowId).query(Defs.getCase);
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 2_000).unref());
  return Promise.race([query, timeout]).catch(() => null);
}

export const caseActionRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const route of actionRoutes) {
    app.post(
      `/:id/${route.path}`,
      {
        schema: {
          tags: ['case actions'],
          summary: route.summary,
          params: CaseIdParams,
          body: route.body,
          response: {
            200: CaseDetail,
            400: Problem,
            401: Problem,
            403: Problem,
            404: Problem,
            409: StageConflict,
            503: Problem,
          },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        const caseId = request.params.id;
        const row = await app.deps.db.case.findUnique({
          where: { id: caseId },
          select: { propertyId: true, ownerId: true, status: true, stage: true, workflowId: true },
        });
        if (!row || !inScope(principal, row.propertyId)) throw problems.notFound(`case ${caseId}`);
        const permission = mayActOnCase(principal, route.path, row.ownerId);
        if (!permission.allowed) throw forbidden(permission.reason);
        if (row.status === 'closed') throw stageConflict(`the case is closed; ${route.path} is not possible`, 'closed');

        let state: Defs.CaseState;
        try {
          state = await app.deps.temporal.workflow
            .getHandle(row.workflowId)
            .executeUpdate(route.update, { args: [{ ...request.body, by: principal.actor }] });
        } catch (error) {
          if (error instanceof WorkflowUpdateFailedError) throw fromRejectedUpdate(error);
          if (error instanceof WorkflowNotFoundError)
            throw stageConflict(`the case is closed; ${route.path} is not possible`, 'closed');
          translateTemporalError(error, caseId);
        }
        // The update returns after the workflow wrote the change, so this read shows it.
        const detail = await loadCaseDetail(app.deps.db, caseId, state!);
        if (!detail) throw problems.notFound(`case ${caseId}`);
        return detail;
      },
    );
  }
};

function stageConflict(detail: string, currentStage: string) {
  return new HttpProblem(409, 'stage-conflict', 'Action does not fit the case’s stage', detail, { currentStage });
}

function fromRejectedUpdate(error: WorkflowUpdateFailedError): HttpProblem {
  const cause = error.cause as { type?: string; message?: string; details?: unknown[] } | undefined;
  if (cause?.type === Defs.STAGE_CONFLICT)
    return stageConflict(cause.message ?? 'the action does not fit the stage', String(cause.details?.[0] ?? 'unknown'));
  if (cause?.type === Defs.INVALID_ACTION) {
    return problems.invalid([{ field: 'body', message: cause.message ?? 'is invalid' }], cause.message);
  }
  throw error;
}
