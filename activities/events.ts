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
  type StoredBatch,
  type TriggerKind,
} from '../domain/events';
import { PORTFOLIO } from '../domain/directory';
import { addTimeframe } from '../domain/business-time';
import { workflowIdForCase } from '../domain/case';
import { deterministicUuid, openCase } from '../lib/case-starter';
import type { Db } from '../lib/db';
import { residentEvent } from '../definitions/recovery-case';
import { watchClosed, type WatchInput } from '../definitions/timeframe-watch';
import { loadCalendar } from './directory';
import { DAY_MS } from '../domain/clock';

/**
 * Event ingestion: store each event once, then run the trigger rules over it, household by household.
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

/** How many events one evaluation transaction takes, and how many such transactions a worker runs at once. */
const EVALUATION_CHUNK = 500;
const EVALUATION_LANES = 4;

/** A household at its property (a household is never looked up across properties). */
interface HouseholdRef {
  householdId: string;
  propertyId: string;
}
const homeKey = (ref: HouseholdRef) => `${ref.propertyId}\n${ref.householdId}`;
const householdOfEvent = (home: Home) => ({ householdId: home.id, propertyId: home.propertyId });

/** What the rules read about a household, loaded once per evaluation and kept current as it goes. */
interface Home {
  id: string;
  propertyId: string;
  unit: string;
  moveInOn: Date | null;
  rules: RuleSet;
  /** Its open cases, oldest first. */
  openCases: { id: string; workflowId: string; category: string }[];
}

type EventRow = HouseholdRef & { id: bigint; payload: unknown };

function chunksOf<T extends { eventIds: string[] }>(items: T[], maxEvents: number): T[][] {
  const chunks: T[][] = [];
  let size = Infinity;
  for (const item of items) {
    if (size + item.eventIds.length > maxEvents) {
      chunks.push([]);
      size = 0;
    }
    chunks[chunks.length - 1]!.push(item);
    size += item.eventIds.length;
  }
  return chunks;
}

/** Runs `work` when one of `count` lanes is free (first come, first served). */
function limit(count: number) {
  let free = count;
  const waiting: (() => void)[] = [];
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (free > 0) free -= 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    }
  };
}

export const watchIdFor = (kind: WatchInput['kind'], propertyId: string, ref: string) =>
  `watch-${kind}-${propertyId}-${ref}`;

export function createEventActivities(db: Db, client: Client | undefined) {
  const lanes = limit(EVALUATION_LANES);
  const temporal = () => {
    if (!client) throw new Error('the worker was started without a Temporal client; event activities need one');
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
  async function openOrAdd(home: Home, firing: Firing, event: InboundEvent): Promise<string> {
    const category = categoryOfTrigger[firing.kind];
    const lastEventId = firing.eventIds[firing.eventIds.length - 1]!;
    const open = home.openCases.find((c) => c.category === category);
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
      home.openCases = home.openCases.filter((c) => c !== open);
    }
    const caseId = deterministicUuid(`trigger\n${firing.kind}\n${lastEventId}`);
    await openCase(temporal(), Context.current().info.taskQueue, {
      caseId,
      propertyId: home.propertyId,
      residentId: home.id,
      unit: home.unit,
      category,
      severity: firing.severity,
      channel: channelOf[event.type],
      summary: firing.summary.slice(0, 200),
      details: `Opened by the ${firing.kind} rule: ${firing.reason}. ${describeEvent(event)}`.slice(0, 10_000),
      trigger: { kind: firing.kind, reason: firing.reason, eventIds: firing.eventIds },
    });
    home.openCases.push({ id: caseId, workflowId: workflowIdForCase(caseId), category });
    return caseId;
  }

  /** Runs the rules over one event of the household; returns the cases it opened or was attached to. */
  async function applyToEvent(tx: Tx, home: Home, row: EventRow): Promise<string[]> {
    const event = InboundEvent.parse(row.payload);
    const eventId = row.id.toString();
    const householdAtProperty = { id: home.id, propertyId: home.propertyId };
    if (event.type === 'move_in') {
      home.moveInOn = new Date(`${event.moveInOn}T00:00:00Z`);
      await tx.household.updateMany({ where: householdAtProperty, data: { moveInOn: home.moveInOn } });
    }
    if (event.type === 'lease_renewal' && event.leaseEndsOn) {
      await tx.household.updateMany({
        where: householdAtProperty,
        data: { leaseEndsOn: new Date(`${event.leaseEndsOn}T00:00:00Z`) },
      });
    }
    const rules = home.rules;
    const at = new Date(event.occurredAt);

    let recentRequests: { id: string; at: string }[] = [];
    if (isRequest(event)) {
      const since = new Date(at.getTime() - rules.repeat_requests.params.withinDays * DAY_MS);
      const rows = await tx.inboundEvent.findMany({
        where: { ...householdOfEvent(home), type: { in: REQUEST_TYPES }, occurredAt: { gt: since, lte: at } },
        select: { id: true, occurredAt: true },
        orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
      });
      recentRequests = rows.map((r) => ({ id: r.id.toString(), at: r.occurredAt.toISOString() }));
    }
    const moveInOn = home.moveInOn ? home.moveInOn.toISOString().slice(0, 10) : null;
    let moveInIssues: { id: string; at: string }[] = [];
    if (moveInOn && isIssue(event, rules)) {
      const window = moveInWindow(moveInOn, rules.move_in_friction.params.withinDays);
      const rows = await tx.inboundEvent.findMany({
        where: {
          ...householdOfEvent(home),
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
      touched.add(await openOrAdd(home, firing, event));
    }
    // Every event also lands on the timeline of the household's other open cases.
    for (const c of home.openCases.filter((c) => !touched.has(c.id))) {
      const attached = await signalCase(c.workflowId, {
        kind: event.type,
        summary: describeEvent(event).slice(0, 2000),
        source: event.source,
        occurredAt: event.occurredAt,
        eventId,
      });
      if (attached) touched.add(c.id);
    }
    await watch(event, eventId, home);
    return [...touched];
  }

  /**
   * Runs the rules over the new events of some households, in one transaction holding each household's lock
   * (taken in one order, so two runs sharing households cannot deadlock): the rules, households and open cases
   * are read once, each event is evaluated in the order it happened, and the events that touched no case are
   * marked processed by one statement. Events already processed (a retried run) are skipped.
   */
  async function evaluateHouseholds(eventIds: string[], householdIds: string[]) {
    return db.$transaction(
      async (tx) => {
        const locks = JSON.stringify([...new Set(householdIds)].map((id) => `household:${id}`));
        // Volatile calls run after the sort, so the locks are taken in hash order.
        await tx.$queryRaw`
          SELECT pg_advisory_xact_lock(hashtext(k))::text FROM jsonb_array_elements_text(${locks}::jsonb) AS k
          ORDER BY hashtext(k)`;
        // Lists as one JSON parameter each: the client binds one value instead of hundreds.
        const rows = await tx.$queryRaw<EventRow[]>`
          SELECT id, "householdId", "propertyId", payload FROM "InboundEvent"
          WHERE id IN (SELECT jsonb_array_elements_text(${JSON.stringify(eventIds)}::jsonb)::bigint)
            AND "processedAt" IS NULL
          ORDER BY "occurredAt", id`;
        if (rows.length === 0) return { processed: 0, caseIds: [] as string[] };
        const homes = await loadHomes(tx, rows);
        const caseIds = new Set<string>();
        const untouched: string[] = [];
        for (const row of rows) {
          const touched = await applyToEvent(tx, homes.get(homeKey(row))!, row);
          touched.forEach((id) => caseIds.add(id));
          if (touched.length === 0) untouched.push(row.id.toString());
          else
            await tx.inboundEvent.update({
              where: { id: row.id },
              data: { processedAt: new Date(), caseIds: touched },
            });
        }
        await tx.$executeRaw`
          UPDATE "InboundEvent" SET "processedAt" = now()
          WHERE id IN (SELECT jsonb_array_elements_text(${JSON.stringify(untouched)}::jsonb)::bigint)`;
        return { processed: rows.length, caseIds: [...caseIds] };
      },
      { timeout: 15 * 60_000, maxWait: 60_000 },
    );
  }

  /** Each household of the rows at its property, with the rules in force there and its open cases. */
  async function loadHomes(tx: Tx, rows: HouseholdRef[]): Promise<Map<string, Home>> {
    const householdIds = [...new Set(rows.map((r) => r.householdId))];
    const propertyIds = [...new Set(rows.map((r) => r.propertyId))];
    // One after another: a transaction is one connection, which runs one query at a time.
    const households = await tx.household.findMany({
      where: { id: { in: householdIds } },
      select: { id: true, propertyId: true, unit: true, moveInOn: true },
    });
    const ruleRows = await tx.triggerRule.findMany({ where: { propertyId: { in: [PORTFOLIO, ...propertyIds] } } });
    const openCases = await tx.case.findMany({
      where: { residentId: { in: householdIds }, propertyId: { in: propertyIds }, status: 'open' },
      select: { id: true, workflowId: true, residentId: true, propertyId: true, category: true },
      orderBy: [{ openedAt: 'asc' }, { id: 'asc' }],
    });
    const rules = new Map(propertyIds.map((p) => [p, resolveRules(ruleRows, p)]));
    const homes = new Map<string, Home>();
    for (const row of rows) {
      const key = homeKey(row);
      if (homes.has(key)) continue;
      const household = households.find((h) => h.id === row.householdId && h.propertyId === row.propertyId);
      if (!household) throw new Error(`household ${row.householdId} is not in the directory of ${row.propertyId}`);
      homes.set(key, {
        ...household,
        rules: rules.get(row.propertyId)!,
        openCases: openCases
          .filter((c) => c.residentId === household.id && c.propertyId === household.propertyId)
          .map(({ id, workflowId, category }) => ({ id, workflowId, category })),
      });
    }
    return homes;
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
     * Stores a batch; each event once by property × source × external id, by one multi-row INSERT … ON CONFLICT
     * and one read of the rows. Idempotent: a retry reports the same receipts. Short: the ingestion workflow
     * runs it as a local activity.
     */
    async storeEvents(request: { batchId: string; events: InboundEvent[] }): Promise<StoredBatch> {
      const events = request.events.map((e) => InboundEvent.parse(e));
      // The rows as one JSON parameter: PostgreSQL unpacks it faster than the client binds 5,000 values.
      const rowsJson = JSON.stringify(
        events.map((e) => ({
          source: e.source,
          externalId: e.externalId,
          type: e.type,
          propertyId: e.propertyId,
          householdId: e.householdId,
          occurredAt: e.occurredAt,
          ref: refOf(e),
          score: e.type === 'survey_response' ? e.score : null,
          payload: e,
        })),
      );
      await db.$executeRaw`
        INSERT INTO "InboundEvent"
          (source, "externalId", type, "propertyId", "householdId", "occurredAt", ref, score, payload, "batchId")
        SELECT source, "externalId", type, "propertyId", "householdId", "occurredAt", ref, score, payload,
               ${request.batchId}
        FROM jsonb_to_recordset(${rowsJson}::jsonb) AS e(source text, "externalId" text, type text,
          "propertyId" text, "householdId" text, "occurredAt" timestamptz, ref text, score smallint, payload jsonb)
        ON CONFLICT ("propertyId", source, "externalId") DO NOTHING`;
      const rows = await db.$queryRaw<
        { id: bigint; key: string; batchId: string; householdId: string; processed: boolean }[]
      >`
        SELECT e.id, e."propertyId" || E'\n' || e.source || E'\n' || e."externalId" AS key, e."batchId",
               e."householdId", e."processedAt" IS NOT NULL AS processed
        FROM "InboundEvent" e
        JOIN jsonb_to_recordset(${rowsJson}::jsonb) AS k(source text, "externalId" text, "propertyId" text)
          ON e."propertyId" = k."propertyId" AND e.source = k.source AND e."externalId" = k."externalId"`;
      const byKey = new Map(rows.map((r) => [r.key, r]));
      const receipts: StoredBatch['receipts'] = [];
      const households = new Map<string, string[]>();
      const seen = new Set<string>();
      for (const e of events) {
        const key = `${e.propertyId}\n${e.source}\n${e.externalId}`;
        const row = byKey.get(key);
        if (!row) throw new Error(`event ${e.source}/${e.externalId} of ${e.propertyId} was not stored`);
        const first = row.batchId === request.batchId && !seen.has(key);
        seen.add(key);
        receipts.push({
          source: e.source,
          externalId: e.externalId,
          id: row.id.toString(),
          status: first ? 'accepted' : 'duplicate',
        });
        if (first && !row.processed)
          households.set(row.householdId, [...(households.get(row.householdId) ?? []), row.id.toString()]);
      }
      return { receipts, households: [...households].map(([householdId, eventIds]) => ({ householdId, eventIds })) };
    },

    /**
     * Runs the rules over a stored batch's new events: EVALUATION_CHUNK events at a time, each chunk one
     * transaction (see `evaluateHouseholds`), at most EVALUATION_LANES chunks at once in this worker. A retry
     * skips the chunks already committed.
     */
    async evaluateEvents(request: Pick<StoredBatch, 'households'>): Promise<{ processed: number; caseIds: string[] }> {
      const context = Context.current();
      let processed = 0;
      const caseIds = new Set<string>();
      // Waiting for a lane or inside a long chunk (cases opening) still counts as alive.
      const beat = setInterval(() => context.heartbeat({ processed }), 5_000);
      try {
        for (const chunk of chunksOf(request.households, EVALUATION_CHUNK)) {
          const result = await lanes(() =>
            evaluateHouseholds(
              chunk.flatMap((h) => h.eventIds),
              chunk.map((h) => h.householdId),
            ),
          );
          processed += result.processed;
          result.caseIds.forEach((id) => caseIds.add(id));
          context.heartbeat({ processed });
        }
      } finally {
        clearInterval(beat);
      }
      return { processed, caseIds: [...caseIds] };
    },

    /** One household's new events (the ingestion workflows started before `evaluateEvents` call it). */
    async applyTriggers(request: {
      householdId: string;
      eventIds: string[];
    }): Promise<{ processed: number; caseIds: string[] }> {
      return lanes(() => evaluateHouseholds(request.eventIds, [request.householdId]));
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
        const home = (await loadHomes(tx, [input])).get(homeKey(input))!;
        const rules = home.rules;
        if (!rules[kind].enabled) return null;
        const opened = await tx.inboundEvent.findUniqueOrThrow({ where: { id: BigInt(input.openedEventId) } });
        const event = InboundEvent.parse(opened.payload);
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
        const caseId = await openOrAdd(home, firing, event);
        await tx.$executeRaw`UPDATE "InboundEvent" SET "caseIds" = array_append("caseIds", ${caseId}) WHERE id = ${BigInt(eventIds[eventIds.length - 1]!)} AND NOT (${caseId} = ANY("caseIds"))`;
        return caseId;
      });
    },
  };
}

export type EventActivities = ReturnType<typeof createEventActivities>;
