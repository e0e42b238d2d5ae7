import { Context } from '@temporalio/activity';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { Channel } from '../domain/case';
import type { z } from 'zod';
import {
  categoryOfTrigger,
  describeEvent,
  evaluateEvent,
  InboundEvent,
  isIssue,
  isRequest,
  moveInWindow,
  refOf,
  resolveRules,
  type Firing,
  type RuleSet,
  type TriggerKind,
} from '../domain/signals';
import { addTimeframe } from '../domain/business-time';
import { deterministicUuid, openCase } from '../lib/case-starter';
import type { Db } from '../lib/db';
import type { StoredBatch } from '../definitions/event-ingestion';
import { residentEvent } from '../definitions/recovery-case';
import { watchClosed, type WatchInput } from '../definitions/timeframe-watch';
import { loadCalendar } from './directory';
import { DAY_MS } from '../domain/clock';

/**
 * Signal ingestion: store each event once, then run the trigger rules over it, household by household.
 * A rule that fires opens a case, or adds to the household's open case of that category; every event is
 * also attached to the household's other open cases. Work orders and resident messages get a watch
 * workflow whose durable timer fires the timeframe rules.
 */
type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

const channelOf: Record<InboundEvent['type'], z.infer<typeof Channel>> = {
  survey_response: 'survey',
  work_order_opened: 'work_order_system',
  work_order_updated: 'work_order_system',
  work_order_completed: 'work_order_system',
  message_sent: 'resident_app',
  message_answered: 'resident_app',
  amenity_problem: 'resident_app',
  package_event: 'other',
  move_in: 'other',
  lease_renewal: 'other',
};

const REQUEST_TYPES = ['work_order_opened', 'message_sent'];
const ISSUE_TYPES = ['work_order_opened', 'amenity_problem', 'package_event', 'survey_response'];

export const watchIdFor = (kind: WatchInput['kind'], propertyId: string, ref: string) =>
  `watch-${kind}-${propertyId}-${ref}`;

export function createSignalActivities(db: Db, client: Client | undefined) {
  const temporal = () => {
    if (!client) throw new Error('the worker was started without a Temporal client; signal activities need one');
    return client;
  };

  /** Serialises rule runs per household, so two batches cannot both open "the" case of a category. */
  async function underHouseholdLock<T>(householdId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`household:${householdId}`}))`;
        return work(tx);
      },
      { timeout: 120_000, maxWait: 60_000 },
    );
  }

  async function rulesAt(tx: Tx, propertyId: string): Promise<RuleSet> {
    return resolveRules(
      await tx.triggerRule.findMany({ where: { propertyId: { in: ['*', propertyId] } } }),
      propertyId,
    );
  }

  async function signalCase(
    workflowId: string,
    signal: z.input<typeof import('../domain/case-actions').ResidentEvent>,
  ): Promise<boolean> {
    try {
      await temporal().workflow.getHandle(workflowId).signal(residentEvent, signal);
      return true;
    } catch (error) {
      // The case closed between the read and the signal: nothing to attach to.
      if (error instanceof WorkflowNotFoundError) return false;
      throw error;
    }
  }

  /** Adds the firing to the household's open case of its category, or opens one. Returns the case id. */
  async function openOrAdd(
    tx: Tx,
    household: { id: string; propertyId: string; unit: string },
    firing: Firing,
    event: InboundEvent,
  ): Promise<string> {
    const category = categoryOfTrigger[firing.kind];
    const lastEventId = firing.eventIds[firing.eventIds.length - 1]!;
    const open = await tx.case.findFirst({
      where: { residentId: household.id, propertyId: household.propertyId, category, status: 'open' },
      orderBy: { openedAt: 'asc' },
      select: { id: true, workflowId: true },
    });
    if (open) {
      const attached = await signalCase(open.workflowId, {
        kind: 'trigger_fired',
        rule: firing.kind,
        summary: `${firing.kind} fired again: ${firing.reason}`.slice(0, 2000),
        source: 'trigger-rules',
        occurredAt: event.occurredAt,
        eventId: `rule:${firing.kind}:${lastEventId}`,
      });
      if (attached) return open.id;
    }
    const caseId = deterministicUuid(`trigger\n${firing.kind}\n${lastEventId}`);
    await openCase(temporal(), Context.current().info.taskQueue, {
      caseId,
      propertyId: household.propertyId,
      residentId: household.id,
      unit: household.unit,
      category,
      severity: firing.severity,
      channel: channelOf[event.type],
      summary: firing.summary.slice(0, 200),
      details: `Opened by the ${firing.kind} rule: ${firing.reason}. ${describeEvent(event)}`.slice(0, 10_000),
      trigger: { kind: firing.kind, reason: firing.reason, eventIds: firing.eventIds },
    });
    return caseId;
  }

  /** The household at the event's property: a household is never looked up across properties. */
  async function householdOf(tx: Tx, householdId: string, propertyId: string) {
    return tx.household.findFirstOrThrow({
      where: { id: householdId, propertyId },
      select: { id: true, propertyId: true, unit: true, moveInOn: true },
    });
  }

  async function applyToEvent(
    tx: Tx,
    row: { id: bigint; householdId: string; propertyId: string; payload: unknown },
  ): Promise<string[]> {
    const event = InboundEvent.parse(row.payload);
    const eventId = row.id.toString();
    const householdAtProperty = { id: row.householdId, propertyId: row.propertyId };
    if (event.type === 'move_in')
      await tx.household.updateMany({
        where: householdAtProperty,
        data: { moveInOn: new Date(`${event.moveInOn}T00:00:00Z`) },
      });
    if (event.type === 'lease_renewal' && event.leaseEndsOn) {
      await tx.household.updateMany({
        where: householdAtProperty,
        data: { leaseEndsOn: new Date(`${event.leaseEndsOn}T00:00:00Z`) },
      });
    }
    const household = await householdOf(tx, row.householdId, row.propertyId);
    const rules = await rulesAt(tx, household.propertyId);
    const at = new Date(event.occurredAt);

    let recentRequests: { id: string; at: string }[] = [];
    if (isRequest(event)) {
      const since = new Date(at.getTime() - rules.repeat_requests.params.withinDays * DAY_MS);
      const rows = await tx.inboundEvent.findMany({
        where: {
          householdId: household.id,
          propertyId: household.propertyId,
          type: { in: REQUEST_TYPES },
          occurredAt: { gt: since, lte: at },
        },
        select: { id: true, occurredAt: true },
        orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
      });
      recentRequests = rows.map((r) => ({ id: r.id.toString(), at: r.occurredAt.toISOString() }));
    }
    const moveInOn = household.moveInOn ? household.moveInOn.toISOString().slice(0, 10) : null;
    let moveInIssues: { id: string; at: string }[] = [];
    if (moveInOn && isIssue(event, rules)) {
      const window = moveInWindow(moveInOn, rules.move_in_friction.params.withinDays);
      const rows = await tx.inboundEvent.findMany({
        where: {
          householdId: household.id,
          propertyId: household.propertyId,
          type: { in: ISSUE_TYPES },
          occurredAt: { gte: window.from, lt: window.to, lte: at },
        },
        select: { id: true, occurredAt: true, payload: true },
        orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
      });
      moveInIssues = rows
        .filter((r) => isIssue(InboundEvent.parse(r.payload), rules))
        .map((r) => ({ id: r.id.toString(), at: r.occurredAt.toISOString() }));
    }

    const touched = new Set<string>();
    for (const firing of evaluateEvent(event, eventId, rules, { recentRequests, moveInOn, moveInIssues })) {
      touched.add(await openOrAdd(tx, household, firing, event));
    }
    // Every event also lands on the timeline of the household's other open cases.
    const open = await tx.case.findMany({
      where: { residentId: household.id, propertyId: household.propertyId, status: 'open' },
      select: { id: true, workflowId: true },
    });
    for (const c of open.filter((c) => !touched.has(c.id))) {
      const attached = await signalCase(c.workflowId, {
        kind: event.type,
        summary: describeEvent(event).slice(0, 2000),
        source: event.source,
        occurredAt: event.occurredAt,
        eventId,
      });
      if (attached) touched.add(c.id);
    }
    await watch(event, eventId, household);
    return [...touched];
  }

  /** Starts the watch of a work order or thread when it opens; tells it when it closes. */
  async function watch(event: InboundEvent, eventId: string, household: { id: string; propertyId: string }) {
    const ref = refOf(event);
    if (!ref) return;
    const kind: WatchInput['kind'] | null = event.type.startsWith('work_order')
      ? 'work_order'
      : event.type.startsWith('message')
        ? 'thread'
        : null;
    if (!kind) return;
    const workflowId = watchIdFor(kind, household.propertyId, ref);
    if (event.type === 'work_order_opened' || event.type === 'message_sent') {
      const input: WatchInput = {
        kind,
        propertyId: household.propertyId,
        householdId: household.id,
        ref,
        openedEventId: eventId,
        openedAt: event.occurredAt,
        priority: event.type === 'work_order_opened' ? event.priority : undefined,
      };
      try {
        await temporal().workflow.start('timeframeWatch', {
          workflowId,
          taskQueue: Context.current().info.taskQueue,
          args: [input],
          workflowIdConflictPolicy: 'USE_EXISTING',
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
        });
      } catch (error) {
        // The same work order or thread was watched to its end before: it is not watched twice.
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      }
    } else if (event.type === 'work_order_completed' || event.type === 'message_answered') {
      try {
        await temporal().workflow.getHandle(workflowId).signal(watchClosed, { eventId, at: event.occurredAt });
      } catch (error) {
        // Closed without an open we saw, or already ended: nothing to stop.
        if (!(error instanceof WorkflowNotFoundError)) throw error;
      }
    }
  }

  return {
    /**
     * Stores a batch; each event once by property × source × external id. Idempotent: a retry reports the same
     * receipts.
     */
    async storeEvents(request: { batchId: string; events: InboundEvent[] }): Promise<StoredBatch> {
      const events = request.events.map((e) => InboundEvent.parse(e));
      await db.inboundEvent.createMany({
        data: events.map((e) => ({
          source: e.source,
          externalId: e.externalId,
          type: e.type,
          propertyId: e.propertyId,
          householdId: e.householdId,
          occurredAt: new Date(e.occurredAt),
          ref: refOf(e),
          score: e.type === 'survey_response' ? e.score : null,
          payload: e as object,
          batchId: request.batchId,
        })),
        skipDuplicates: true,
      });
      const rows = await db.inboundEvent.findMany({
        where: { OR: events.map((e) => ({ propertyId: e.propertyId, source: e.source, externalId: e.externalId })) },
        select: {
          id: true,
          propertyId: true,
          source: true,
          externalId: true,
          batchId: true,
          householdId: true,
          processedAt: true,
          occurredAt: true,
        },
      });
      const byKey = new Map(rows.map((r) => [`${r.propertyId}\n${r.source}\n${r.externalId}`, r]));
      const receipts: StoredBatch['receipts'] = [];
      const households = new Map<string, string[]>();
      const seen = new Set<string>();
      for (const e of events) {
        const key = `${e.propertyId}\n${e.source}\n${e.externalId}`;
        const row = byKey.get(key)!;
        const first = row.batchId === request.batchId && !seen.has(key);
        seen.add(key);
        receipts.push({
          source: e.source,
          externalId: e.externalId,
          id: row.id.toString(),
          status: first ? 'accepted' : 'duplicate',
        });
        if (first && !row.processedAt)
          households.set(row.householdId, [...(households.get(row.householdId) ?? []), row.id.toString()]);
      }
      return { receipts, households: [...households].map(([householdId, eventIds]) => ({ householdId, eventIds })) };
    },

    /** Runs the rules over a household's new events in the order they happened. Events already seen are skipped. */
    async applyTriggers(request: {
      householdId: string;
      eventIds: string[];
    }): Promise<{ processed: number; caseIds: string[] }> {
      return underHouseholdLock(request.householdId, async (tx) => {
        const rows = await tx.inboundEvent.findMany({
          where: { id: { in: request.eventIds.map((id) => BigInt(id)) }, processedAt: null },
          orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
        });
        const caseIds = new Set<string>();
        for (const row of rows) {
          const touched = await applyToEvent(tx, row);
          touched.forEach((id) => caseIds.add(id));
          await tx.inboundEvent.update({ where: { id: row.id }, data: { processedAt: new Date(), caseIds: touched } });
        }
        return { processed: rows.length, caseIds: [...caseIds] };
      });
    },

    /** When a watched work order or thread is overdue, and when closing it counts as late (null: rule off). */
    async watchDeadlines(input: WatchInput): Promise<{ overdueAt: string | null; closedLateAt: string | null }> {
      const [rows, calendar] = await Promise.all([
        db.triggerRule.findMany({ where: { propertyId: { in: ['*', input.propertyId] } } }),
        loadCalendar(db, input.propertyId),
      ]);
      const rules = resolveRules(rows, input.propertyId);
      const opened = new Date(input.openedAt);
      if (input.kind === 'thread') {
        const rule = rules.unanswered_message;
        return {
          overdueAt: rule.enabled ? addTimeframe(opened, rule.params.timeframe, calendar).toISOString() : null,
          closedLateAt: null,
        };
      }
      const priority = input.priority ?? 'routine';
      const due = (kind: 'work_order_overdue' | 'work_order_closed_late') =>
        rules[kind].enabled
          ? addTimeframe(opened, rules[kind].params.timeframes[priority], calendar).toISOString()
          : null;
      return { overdueAt: due('work_order_overdue'), closedLateAt: due('work_order_closed_late') };
    },

    /** A watch's timer fired (or its work order closed late): the rule opens or adds to a case. */
    async fireWatchTrigger(request: {
      input: WatchInput;
      kind: TriggerKind;
      dueAt: string;
      closedEventId?: string;
    }): Promise<string | null> {
      const { input, kind } = request;
      return underHouseholdLock(input.householdId, async (tx) => {
        const rules = await rulesAt(tx, input.propertyId);
        if (!rules[kind].enabled) return null;
        const opened = await tx.inboundEvent.findUniqueOrThrow({ where: { id: BigInt(input.openedEventId) } });
        const event = InboundEvent.parse(opened.payload);
        const household = await householdOf(tx, input.householdId, input.propertyId);
        const eventIds = [input.openedEventId, ...(request.closedEventId ? [request.closedEventId] : [])];
        const what = input.kind === 'work_order' ? `Work order ${input.ref}` : `Message thread ${input.ref}`;
        const firing: Firing =
          kind === 'work_order_closed_late'
            ? {
                kind,
                severity: rules[kind].severity,
                summary: `Recovery check-in: ${what} closed late`,
                reason: `closed after its timeframe ended at ${request.dueAt}`,
                eventIds,
              }
            : kind === 'unanswered_message'
              ? {
                  kind,
                  severity: rules[kind].severity,
                  summary: `${what} unanswered`,
                  reason: `no answer by ${request.dueAt}`,
                  eventIds,
                }
              : {
                  kind,
                  severity: rules[kind].severity,
                  summary: `${what} still open past its timeframe`,
                  reason: `open past ${request.dueAt}`,
                  eventIds,
                };
        const caseId = await openOrAdd(tx, household, firing, event);
        await tx.$executeRaw`UPDATE "InboundEvent" SET "caseIds" = array_append("caseIds", ${caseId}) WHERE id = ${BigInt(eventIds[eventIds.length - 1]!)} AND NOT (${caseId} = ANY("caseIds"))`;
        return caseId;
      });
    },
  };
}

export type SignalActivities = ReturnType<typeof createSignalActivities>;
