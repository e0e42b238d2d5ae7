import type { Db } from '../lib/db';
import type { RecoveryCaseInput } from '../domain/case';
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

/** Columns of the case row an event changes; instants are ISO strings (workflow-friendly). */
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
  /** Columns of the case row this event changes. */
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
          data: [{ caseId: input.caseId, key: `${input.caseId}:opened`, type: 'case_opened', occurredAt, payload: { ...input } }],
          skipDuplicates: true,
        }),
      ]);
    },

    async recordCaseEvent(event: CaseEventRecord): Promise<void> {
      // Insert the event first; only the insert that actually wrote a row applies the changes, so a retry
      // after a crash between the two statements cannot apply them out of order (both run in one transaction).
      await db.$transaction(async (tx) => {
        const inserted = await tx.caseEvent.createMany({
          data: [{ caseId: event.caseId, key: event.key, type: event.type, occurredAt: new Date(event.occurredAt), payload: event.payload as object }],
          skipDuplicates: true,
        });
        if (inserted.count === 1 && event.changes && Object.keys(event.changes).length > 0) {
          await tx.case.update({ where: { id: event.caseId }, data: toColumns(event.changes) });
        }
      });
    },
  };
}

export type CaseStoreActivities = ReturnType<typeof createCaseStoreActivities>;

function toColumns(changes: CaseChanges) {
  const instant = (value: string | null | undefined) => (value === undefined ? undefined : value === null ? null : new Date(value));
  return {
    ...changes,
    acknowledgedAt: instant(changes.acknowledgedAt),
    resolvedAt: instant(changes.resolvedAt),
    closedAt: instant(changes.closedAt),
    closingReport: changes.closingReport as object | undefined,
  };
}
