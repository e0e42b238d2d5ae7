import { createHash, randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { inScope } from '../../../domain/access';
import { BatchReceipt, EventBatch, MAX_BATCH } from '../../../domain/events';
import { deterministicUuid } from '../../../lib/case-starter';
import { eventsStored, type IngestEventsWorkflow } from '../../../definitions/event-ingestion';
import { WithStartWorkflowOperation } from '@temporalio/client';
import { requireRole } from '../../plugins/auth';
import { HttpProblem, Problem, problems, idempotencyKeyHeaders } from '../../problems';
import { translateTemporalError } from '../../temporal-errors';

const Headers = idempotencyKeyHeaders('the same receipts; another body is refused');

const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

/** Events in: other systems post what happened; the rules decide which cases to open. */
const events: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '',
    {
      bodyLimit: 1024 * 1024,
      schema: {
        tags: ['events'],
        summary: 'Send events (surveys, work orders, messages, amenities, packages, move-ins, renewals)',
        description:
          `Up to ${MAX_BATCH} events. Answers 202 once every event is stored (each once per property × source × externalId; a resent ` +
          'event is reported as a duplicate and changes nothing). The trigger rules then run in the background: an event ' +
          'may open a case, add to the household’s open case of the same category, or start the watch of a work ' +
          'order or message thread. Every household must be in the directory, in the event’s property.',
        headers: Headers,
        body: EventBatch,
        response: {
          202: BatchReceipt,
          400: Problem,
          401: Problem,
          403: Problem,
          404: Problem,
          413: Problem,
          422: Problem,
          503: Problem,
        },
      },
    },
    async (request, reply) => {
      const principal = requireRole(
        request,
        ['integration', 'admin', 'community_manager', 'regional_manager'],
        'sending events',
      );
      const batch = request.body;
      for (const propertyId of new Set(batch.events.map((e) => e.propertyId))) {
        if (!inScope(principal, propertyId)) throw problems.notFound(`property ${propertyId}`);
      }
      // A clock a little ahead is tolerated; an event from the future would corrupt every window and timer.
      const latest = Date.now() + MAX_CLOCK_SKEW_MS;
      const future = batch.events.flatMap((e, i) =>
        Date.parse(e.occurredAt) > latest
          ? [{ field: `body.events.${i}.occurredAt`, message: `occurredAt ${e.occurredAt} is in the future` }]
          : [],
      );
      if (future.length > 0) throw problems.invalid(future);

      // Every event must name a household of its property: a case opened from it needs someone to recover.
      const householdIds = [...new Set(batch.events.map((e) => e.householdId))];
      const known = new Map(
        (
          await app.deps.db.household.findMany({
            where: { id: { in: householdIds } },
            select: { id: true, propertyId: true },
          })
        ).map((h) => [h.id, h.propertyId]),
      );
      // A household of another property gets the same answer as one that does not exist.
      const errors = batch.events.flatMap((e, i) =>
        known.get(e.householdId) === e.propertyId
          ? []
          : [
              {
                field: `body.events.${i}.householdId`,
                message: `household ${e.householdId} is not in the directory of ${e.propertyId}`,
              },
            ],
      );
      if (errors.length > 0) {
        throw new HttpProblem(
          422,
          'unknown-household',
          'Unknown household',
          `${errors.length} event(s) name a household that is not in the directory of their property; nothing was stored`,
          { errors },
        );
      }

      let batchId: string = randomUUID();
      const idempotencyKey = request.headers['idempotency-key'];
      if (idempotencyKey) {
        const requestHash = createHash('sha256').update(JSON.stringify(batch)).digest('hex');
        const key = `events:${idempotencyKey}`;
        batchId = deterministicUuid(`${principal.keyId}\n${key}`);
        await app.deps.db.idempotencyRecord.createMany({
          data: [{ apiKeyId: principal.keyId, key, requestHash, caseId: batchId }],
          skipDuplicates: true,
        });
        const record = await app.deps.db.idempotencyRecord.findUniqueOrThrow({
          where: { apiKeyId_key: { apiKeyId: principal.keyId, key } },
        });
        if (record.requestHash !== requestHash) {
          throw problems.idempotencyKeyReused(idempotencyKey, `batch ${record.caseId}`);
        }
      }

      const startWorkflowOperation = new WithStartWorkflowOperation<IngestEventsWorkflow>('ingestEvents', {
        workflowId: `events-${batchId}`,
        taskQueue: app.deps.taskQueue,
        args: [{ batchId, events: batch.events }],
        // A retry joins the running batch; after it finished, a rerun stores nothing new and reports the same receipts.
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'ALLOW_DUPLICATE',
      });
      try {
        const receipt = await app.deps.temporal.workflow.executeUpdateWithStart(eventsStored, {
          startWorkflowOperation,
        });
        reply.status(202).header('location', `/v1/events/batches/${batchId}`);
        return receipt;
      } catch (error) {
        translateTemporalError(error);
      }
    },
  );
};

export default events;
