import { z } from 'zod';
import type { Db } from '../lib/db';
import { describeEvent, InboundEvent } from '../domain/events';
import { RenewalRisk } from '../domain/renewal-risk';
import { householdRisk } from './renewal-risk';
import { dayOrNull as day } from '../domain/clock';

/**
 * Everything that happened to one household, across departments, in order: its cases (maintenance,
 * leasing, concierge… as the owner role says) and every event other systems sent about it.
 */
export const HistoryItem = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('case'),
    at: z.iso.datetime(),
    caseId: z.string(),
    propertyId: z.string(),
    category: z.string(),
    severity: z.string(),
    summary: z.string(),
    department: z.string().nullable().describe('The owning role'),
    stage: z.string(),
    status: z.string(),
    outcome: z.string().nullable(),
    breached: z.boolean(),
    triggerRule: z.string().nullable(),
    closedAt: z.iso.datetime().nullable(),
  }),
  z.object({
    kind: z.literal('event'),
    at: z.iso.datetime(),
    eventId: z.string(),
    propertyId: z.string(),
    type: z.string(),
    source: z.string(),
    summary: z.string(),
    caseIds: z.array(z.string()).describe('Cases the event opened or was attached to'),
  }),
]);
export type HistoryItem = z.infer<typeof HistoryItem>;

export const ResidentHistory = z.object({
  householdId: z.string(),
  household: z
    .object({
      propertyId: z.string(),
      unit: z.string(),
      name: z.string(),
      leaseEndsOn: z.string().nullable(),
      moveInOn: z.string().nullable(),
    })
    .nullable()
    .describe('Null when only cases name the resident and the directory does not know the household'),
  renewalRisk: RenewalRisk,
  items: z.array(HistoryItem).describe('Oldest first'),
  truncated: z.boolean().describe('True when older items were left out (raise `limit`)'),
});
export type ResidentHistory = z.infer<typeof ResidentHistory>;

/** Null when nothing about the household lies in `visible` properties (the API answers 404). */
export async function residentHistory(
  db: Db,
  householdId: string,
  visible: (propertyId: string) => boolean,
  limit: number,
): Promise<ResidentHistory | null> {
  const household = await db.household.findUnique({ where: { id: householdId } });
  if (household && !visible(household.propertyId)) return null;
  const [cases, events] = await Promise.all([
    db.case.findMany({
      where: { residentId: householdId },
      orderBy: [{ openedAt: 'desc' }, { id: 'desc' }],
      take: limit + 1,
    }),
    db.inboundEvent.findMany({
      where: { householdId },
      orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
      take: limit + 1,
    }),
  ]);
  const items: HistoryItem[] = [
    ...cases
      .filter((c) => visible(c.propertyId))
      .map((c) => ({
        kind: 'case' as const,
        at: c.openedAt.toISOString(),
        caseId: c.id,
        propertyId: c.propertyId,
        category: c.category,
        severity: c.severity,
        summary: c.summary,
        department: c.ownerRole,
        stage: c.stage,
        status: c.status,
        outcome: c.outcome,
        breached: c.breached,
        triggerRule: c.triggerRule,
        closedAt: c.closedAt?.toISOString() ?? null,
      })),
    ...events
      .filter((e) => visible(e.propertyId))
      .map((e) => {
        const parsed = InboundEvent.safeParse(e.payload);
        return {
          kind: 'event' as const,
          at: e.occurredAt.toISOString(),
          eventId: e.id.toString(),
          propertyId: e.propertyId,
          type: e.type,
          source: e.source,
          summary: parsed.success ? describeEvent(parsed.data) : e.type,
          caseIds: e.caseIds,
        };
      }),
  ];
  if (!household && items.length === 0) return null;
  items.sort((a, b) => b.at.localeCompare(a.at));
  const truncated = items.length > limit;
  return {
    householdId,
    household: household
      ? {
          propertyId: household.propertyId,
          unit: household.unit,
          name: household.name,
          leaseEndsOn: day(household.leaseEndsOn),
          moveInOn: day(household.moveInOn),
        }
      : null,
    renewalRisk: await householdRisk(db, householdId),
    items: items.slice(0, limit).reverse(),
    truncated,
  };
}
