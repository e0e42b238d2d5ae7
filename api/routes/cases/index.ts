import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation } from '@temporalio/client';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CaseDetail, OpenCaseRequest, workflowIdForCase, type RecoveryCaseInput } from '../../../domain/case';
import { intakeRecorded } from '../../../workflows/case-definitions';
import type { recoveryCase } from '../../../workflows/recovery-case';
import { CaseCategory, CaseSeverity, CaseStage, CaseStatus, PropertyId } from '../../../workflows/search-attributes';
import { Problem, problems } from '../../problems';
import { translateTemporalError } from '../../temporal-errors';
import { loadCaseDetail } from './read-model';

const CaseIdParams = z.object({ id: z.uuid('id must be a case id (UUID)') });

const cases: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/',
    {
      schema: {
        tags: ['cases'],
        summary: 'Open a recovery case',
        description: 'Starts the case workflow and returns once the case is recorded, so a following GET shows it.',
        body: OpenCaseRequest,
        response: { 201: CaseDetail, 400: Problem, 503: Problem },
      },
    },
    async (request, reply) => {
      const input: RecoveryCaseInput = { ...request.body, caseId: randomUUID() };
      const workflowId = workflowIdForCase(input.caseId);
      const startWorkflowOperation = new WithStartWorkflowOperation<typeof recoveryCase>('recoveryCase', {
        workflowId,
        taskQueue: app.deps.taskQueue,
        args: [input],
        workflowIdConflictPolicy: 'USE_EXISTING',
        typedSearchAttributes: [
          { key: PropertyId, value: input.propertyId },
          { key: CaseCategory, value: input.category },
          { key: CaseSeverity, value: input.severity },
          { key: CaseStage, value: 'intake' },
          { key: CaseStatus, value: 'open' },
        ],
        memo: { residentId: input.residentId, unit: input.unit ?? null, summary: input.summary },
      });
      try {
        await app.deps.temporal.workflow.executeUpdateWithStart(intakeRecorded, { startWorkflowOperation });
      } catch (error) {
        translateTemporalError(error);
      }
      const detail = await loadCaseDetail(app.deps.db, input.caseId);
      if (!detail) throw new Error(`case ${input.caseId} was recorded by its workflow but is missing from the read model`);
      reply.status(201).header('location', `/v1/cases/${input.caseId}`);
      return detail;
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        tags: ['cases'],
        summary: 'A case with its whole timeline',
        params: CaseIdParams,
        response: { 200: CaseDetail, 400: Problem, 404: Problem, 503: Problem },
      },
    },
    async (request) => {
      const detail = await loadCaseDetail(app.deps.db, request.params.id);
      if (!detail) throw problems.notFound(`case ${request.params.id}`);
      return detail;
    },
  );
};

export default cases;
