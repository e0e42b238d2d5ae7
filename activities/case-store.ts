import type { Db } from '../lib/db';
import type { CaseProjection, RecoveryCaseInput } from '../domain/case';
import { workflowIdForCase } from '../domain/case';

/**
 * Activities that write the read model. Each is idempotent: the case row is keyed by the case id and each
 * timeline event by a key the workflow derives deterministically, so a retried activity writes nothing twice.
 */
export interface CaseOpened {
  input: RecoveryCaseInput;
  openedAt: string;
  stage: string;
  ownerId: string | null;
  ownerRole: string;
}

/** Columns an event changed, as workflows sent them before projections (still in running cases' histories). */
export interface CaseChanges {
  stage?: string;
  status?: string;
  severity?: string;
  ownerId?: string | null;
  ownerRole?: string | null;
  escalationLevel?: number;
  breached?: boolean;
  breachCount?: number;
  breachedStages?: string[];
  reopenCount?: number;
  waitingOnResident?: boolean;
  rootCauseFamily?: string;
  outcome?: string;
  acknowledgedAt?: string;
  resolvedAt?: string | null;
  closedAt?: string;
  closingReport?: Record<string, unknown>;
}

export interface CaseEventRecord {
  caseId: string;
  /** Unique per event, e.g. `<caseId>:<sequence>`; a retry with the same key is a no-op. */
  key: string;
  type: string;
  occurredAt: string;
  payload: Record<string, unknown>;
  /** The workflow's event sequence this write belongs to; the case row keeps the highest one it applied. */
  sequence?: number;
  /** The whole case row as of `sequence`; applied only when newer than what the row shows. */
  projection?: CaseProjection;
  /** Earlier workflows' partial columns (no projection): applied only when newer, by the sequence in `key`. */
  changes?: CaseChanges;
}

export function createCaseStoreActivities(db: Db) {
  return {
    async recordCaseOpened({ input, openedAt, stage, ownerId, ownerRole }: CaseOpened): Promise<void> {
      const occurredAt = new Date(openedAt);
      await db.$transaction([
        db.case.upsert({
          where: { id: input.caseId },
          update: {},
          create: {
            id: input.caseId,
            workflowId: workflowIdForCase(input.caseId),
            propertyId: input.propertyId,
            residentId: input.residentId,
            category: input.category,
            severity: input.severity,
            channel: input.channel,
            summary: input.summary,
            details: input.details ?? null,
            externalRef: input.externalRef ?? null,
            unit: input.unit ?? null,
            ownerId,
            ownerRole,
            stage,
            status: 'open',
            openedAt: occurredAt,
            triggerRule: input.trigger?.kind ?? null,
          },
        }),
        db.caseEvent.createMany({
          data: [
            {
              caseId: input.caseId,
              key: `${input.caseId}:opened`,
              type: 'case_opened',
              occurredAt,
              payload: { ...input },
            },
          ],
          skipDuplicates: true,
        }),
      ]);
    },

    /**
     * Appends the event (once, by key) and brings the case row to the event's projection unless the row
     * already shows a later one. Writes of one case can land in any order (concurrent update handlers, an
     * attempt retried after its worker died), so the row moves only forward: `projectionSeq` is the
     * sequence of what it shows, and the UPDATE's own WHERE compares it under the row lock.
     */
    async recordCaseEvent(event: CaseEventRecord): Promise<void> {
      const sequence = event.sequence ?? sequenceInKey(event);
      if (event.projection && sequence !== null) return recordWithProjection(db, event, sequence, event.projection);
      await db.$transaction(
        async (tx) => {
          const inserted = await tx.caseEvent.createMany({
            data: [
              {
                caseId: event.caseId,
                key: event.key,
                type: event.type,
                occurredAt: new Date(event.occurredAt),
                payload: event.payload as object,
              },
            ],
            skipDuplicates: true,
          });
          if (inserted.count === 1 && event.changes && Object.keys(event.changes).length > 0) {
            await applyLegacyChanges(tx, event.caseId, sequence, event.changes);
          }
        },
        // Many writes at once (a burst of cases) queue for a pooled connection; waiting is better than failing.
        { maxWait: 10_000 },
      );
    },
  };
}

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

const instant = (value: string | null) => (value === null ? null : new Date(value));

/**
 * The event (once, by key) and the row brought to the projection unless it shows a later one, in ONE statement:
 * a write at the same sequence replaces it, because two writes share a sequence only when a workflow task
 * attempt was lost after its local activity wrote (worker killed) and the retried attempt, the one the history
 * keeps, wrote again later, possibly with other instants (found by the worker-kill test: `closedAt` 1.8 s off).
 * The rest of this:
 * atomic without holding a transaction open across round trips, so concurrent writes never wait on the pool for
 * a transaction, and the UPDATE's own WHERE compares the sequence under the row lock.
 */
async function recordWithProjection(
  db: Db,
  event: CaseEventRecord,
  sequence: number,
  p: CaseProjection,
): Promise<void> {
  await db.$executeRaw`
    WITH event AS (
      INSERT INTO "CaseEvent" ("caseId", key, type, payload, "occurredAt")
      VALUES (${event.caseId}::uuid, ${event.key}, ${event.type}, ${JSON.stringify(event.payload)}::jsonb,
              ${new Date(event.occurredAt)})
      ON CONFLICT (key) DO NOTHING
    )
    UPDATE "Case" SET
      stage = ${p.stage}, status = ${p.status}, severity = ${p.severity},
      "ownerId" = ${p.ownerId}, "ownerRole" = ${p.ownerRole},
      "escalationLevel" = ${p.escalationLevel}, breached = ${p.breached}, "breachCount" = ${p.breachCount},
      "breachedStages" = ${p.breachedStages}::text[], "reopenCount" = ${p.reopenCount},
      "waitingOnResident" = ${p.waitingOnResident}, "rootCauseFamily" = ${p.rootCauseFamily}, outcome = ${p.outcome},
      "acknowledgedAt" = ${instant(p.acknowledgedAt)}, "resolvedAt" = ${instant(p.resolvedAt)},
      "closedAt" = ${instant(p.closedAt)},
      "closingReport" = ${p.closingReport === null ? null : JSON.stringify(p.closingReport)}::jsonb,
      "projectionSeq" = ${sequence}, "updatedAt" = now()
    WHERE id = ${event.caseId}::uuid AND "projectionSeq" <= ${sequence}`;
}

/**
 * An activity scheduled by a workflow from before projections, retried after a deploy. Its partial columns
 * apply only over older writes; whatever it would have set, the workflow's next write (a whole projection,
 * later sequence) sets anyway.
 */
async function applyLegacyChanges(tx: Tx, caseId: string, sequence: number | null, changes: CaseChanges) {
  const [row] = await tx.$queryRaw<{ projectionSeq: number }[]>`
    SELECT "projectionSeq" FROM "Case" WHERE id = ${caseId}::uuid FOR UPDATE`;
  if (!row || (sequence !== null && row.projectionSeq >= sequence)) return;
  const seq = sequence !== null ? { projectionSeq: sequence } : {};
  await tx.case.update({ where: { id: caseId }, data: { ...toColumns(changes), ...seq } });
}

/** `<caseId>:<sequence>`, the key workflows give the events they record; null for other keys. */
function sequenceInKey(event: CaseEventRecord): number | null {
  const prefix = `${event.caseId}:`;
  if (!event.key.startsWith(prefix)) return null;
  const tail = event.key.slice(prefix.length);
  return /^[0-9]{1,9}$/.test(tail) ? Number(tail) : null;
}

export type CaseStoreActivities = ReturnType<typeof createCaseStoreActivities>;

function toColumns(changes: CaseChanges) {
  const optional = (value: string | null | undefined) => (value === undefined ? undefined : instant(value));
  return {
    ...changes,
    acknowledgedAt: optional(changes.acknowledgedAt),
    resolvedAt: optional(changes.resolvedAt),
    closedAt: optional(changes.closedAt),
    closingReport: changes.closingReport as object | undefined,
  };
}
