import { createHash, randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { inScope, scopeFilter } from '../../../domain/access';
import { CaseDetail, OpenCaseRequest, type RecoveryCaseInput } from '../../../domain/case';
import { deterministicUuid, openCase } from '../../../lib/case-starter';
import { principalOf } from '../../plugins/auth';
import { Problem, problems, idempotencyKeyHeaders } from '../../problems';
import { translateTemporalError } from '../../temporal-errors';
import { CaseIdParams, caseActionRoutes, liveState } from './actions';
import { CaseList, CaseListQuery, listCases, loadCaseDetail } from './read-model';

const IdempotencyHeaders = idempotencyKeyHeaders('the same case and starts nothing new');

/** The case id a key stands for, so a retry after a timeout reaches the same workflow. */
const caseIdForIdempotencyKey = (apiKeyId: string, key: string) => deterministicUuid(`${apiKeyId}\n${key}`);

const cases: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '',
    {
      schema: {
        tags: ['cases'],
        summary: 'Open a recovery case',
        description:
          'Starts the case workflow and returns once the case is recorded, so a following GET shows it. With an ' +
          '`Idempotency-Key`, a retry with the same body returns the same case (also after a timeout mid-way); ' +
          'the same key with another body is refused with 422.',
        headers: IdempotencyHeaders,
        body: OpenCaseRequest,
        response: { 201: CaseDetail, 400: Problem, 401: Problem, 404: Problem, 422: Problem, 503: Problem },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const body = request.body;
      // Not in the key's properties: the same answer as a property that does not exist.
      if (!inScope(principal, body.propertyId)) throw problems.notFound(`property ${body.propertyId}`);
      // The household must be in the directory at this property. One lookup by both ids, so a household of
      // another property gets the same answer as one that does not exist.
      const household = await app.deps.db.household.findFirst({
        where: { id: body.residentId, propertyId: body.propertyId },
        select: { id: true },
      });
      if (!household) throw problems.notFound(`household ${body.residentId} at property ${body.propertyId}`);

      let caseId: string = randomUUID();
      const idempotencyKey = request.headers['idempotency-key'];
      if (idempotencyKey) {
        const requestHash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
        caseId = caseIdForIdempotencyKey(principal.keyId, idempotencyKey);
        await app.deps.db.idempotencyRecord.createMany({
          data: [{ apiKeyId: principal.keyId, key: idempotencyKey, requestHash, caseId }],
          skipDuplicates: true,
        });
        const record = await app.deps.db.idempotencyRecord.findUniqueOrThrow({
          where: { apiKeyId_key: { apiKeyId: principal.keyId, key: idempotencyKey } },
        });
        if (record.requestHash !== requestHash) {
          throw problems.idempotencyKeyReused(idempotencyKey, `case ${record.caseId}`);
        }
        const existing = await loadCaseDetail(app.deps.db, caseId);
        if (existing) {
          reply.status(201).header('location', `/v1/cases/${caseId}`).header('idempotent-replayed', 'true');
          return existing;
        }
      }

      const input: RecoveryCaseInput = { ...body, caseId };
      let state;
      try {
        state = await openCase(app.deps.temporal, app.deps.taskQueue, input);
      } catch (error) {
        translateTemporalError(error);
      }
      const detail = await loadCaseDetail(app.deps.db, caseId, state);
      if (!detail) throw new Error(`case ${caseId} was recorded by its workflow but is missing from the read model`);
      reply.status(201).header('location', `/v1/cases/${caseId}`);
      return detail;
    },
  );

  app.get(
    '',
    {
      schema: {
        tags: ['cases'],
        summary: 'List cases in the key’s properties',
        querystring: CaseListQuery,
        response: { 200: CaseList, 400: Problem, 401: Problem, 503: Problem },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return listCases(app.deps.db, request.query, scopeFilter(principal));
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        tags: ['cases'],
        summary: 'A case: state, deadlines, breaches and the whole timeline',
        params: CaseIdParams,
        response: { 200: CaseDetail, 400: Problem, 401: Problem, 404: Problem, 503: Problem },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const row = await app.deps.db.case.findUnique({
        where: { id: request.params.id },
        select: { propertyId: true, status: true, workflowId: true },
      });
      if (!row || !inScope(principal, row.propertyId)) throw problems.notFound(`case ${request.params.id}`);
      const live = row.status === 'open' ? await liveState(app, row.workflowId) : null;
      const detail = await loadCaseDetail(app.deps.db, request.params.id, live);
      if (!detail) throw problems.notFound(`case ${request.params.id}`);
      return detail;
    },
  );

  await app.register(caseActionRoutes);
};

export default cases;
