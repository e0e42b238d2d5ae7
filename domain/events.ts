import { z } from 'zod';
import { Severity, type CaseCategory } from './case';
import { PORTFOLIO } from './directory';
import { identifier, text } from './text';
import { Timeframe } from './timeframes';
import { DAY_MS } from './clock';

/**
 * Events other systems send (survey tool, work-order system, resident app, amenity and package systems,
 * leasing) and the trigger rules that turn them into cases. Pure: the activities and the API share it.
 */

const reference = (field: string) => text(field, 200);

const EventBase = z.object({
  source: identifier('source')
    .meta({ example: 'resident-app' })
    .describe('The system that sent the event, e.g. "yardi-work-orders"'),
  externalId: reference('externalId')
    .meta({ example: 'evt-1001' })
    .describe('The event’s id in that system; a resent event is stored once'),
  propertyId: identifier('propertyId').meta({ example: 'maple-court' }),
  householdId: identifier('householdId').meta({ example: 'mc-12b' }).describe('A household in the directory'),
  occurredAt: z.iso
    .datetime({ offset: true, message: 'occurredAt must be an ISO 8601 date-time' })
    .meta({ example: '2026-11-24T15:00:00Z' }),
});

export const workOrderPriorities = ['emergency', 'urgent', 'routine'] as const;
export const WorkOrderPriority = z.enum(workOrderPriorities);
export type WorkOrderPriority = z.infer<typeof WorkOrderPriority>;
export const packageStatuses = ['delivered', 'picked_up', 'delayed', 'missing', 'damaged', 'misdelivered'] as const;
export const amenityProblems = [
  'reservation_failed',
  'double_booked',
  'access_denied',
  'out_of_service',
  'other',
] as const;

export const SurveyResponse = EventBase.extend({
  type: z.literal('survey_response'),
  score: z.number().int().min(1, 'score must be 1 to 5').max(5, 'score must be 1 to 5'),
  comment: text('comment', 4000).optional(),
}).strict();
export const WorkOrderOpened = EventBase.extend({
  type: z.literal('work_order_opened'),
  workOrderId: reference('workOrderId'),
  priority: WorkOrderPriority.default('routine'),
  summary: text('summary', 500),
}).strict();
export const WorkOrderUpdated = EventBase.extend({
  type: z.literal('work_order_updated'),
  workOrderId: reference('workOrderId'),
  status: text('status', 100).optional(),
  note: text('note', 2000).optional(),
}).strict();
export const WorkOrderCompleted = EventBase.extend({
  type: z.literal('work_order_completed'),
  workOrderId: reference('workOrderId'),
  note: text('note', 2000).optional(),
}).strict();
export const MessageSent = EventBase.extend({
  type: z.literal('message_sent').describe('The resident wrote to the property'),
  threadId: reference('threadId'),
  summary: text('summary', 500),
}).strict();
export const MessageAnswered = EventBase.extend({
  type: z.literal('message_answered').describe('Staff answered the resident’s thread'),
  threadId: reference('threadId'),
  by: text('by', 100).optional(),
}).strict();
export const AmenityProblem = EventBase.extend({
  type: z.literal('amenity_problem'),
  amenity: text('amenity', 100),
  problem: z.enum(amenityProblems),
  summary: text('summary', 500).optional(),
}).strict();
export const PackageEvent = EventBase.extend({
  type: z.literal('package_event'),
  packageId: reference('packageId'),
  status: z.enum(packageStatuses),
  note: text('note', 500).optional(),
}).strict();
export const MoveIn = EventBase.extend({
  type: z.literal('move_in'),
  moveInOn: z.iso.date('moveInOn must be a date as YYYY-MM-DD'),
}).strict();
export const LeaseRenewal = EventBase.extend({
  type: z.literal('lease_renewal'),
  status: z.enum(['offered', 'renewed', 'declined', 'notice_given']),
  leaseEndsOn: z.iso.date('leaseEndsOn must be a date as YYYY-MM-DD').optional().describe('The (new) end of the lease'),
}).strict();

export const InboundEvent = z.discriminatedUnion('type', [
  SurveyResponse,
  WorkOrderOpened,
  WorkOrderUpdated,
  WorkOrderCompleted,
  MessageSent,
  MessageAnswered,
  AmenityProblem,
  PackageEvent,
  MoveIn,
  LeaseRenewal,
]);
export type InboundEvent = z.infer<typeof InboundEvent>;
export type InboundEventType = InboundEvent['type'];

export const MAX_BATCH = 500;
export const EventBatch = z
  .object({
    events: z
      .array(InboundEvent)
      .min(1, 'events needs at least one event')
      .max(MAX_BATCH, `events may hold at most ${MAX_BATCH} events`),
  })
  .strict();
export type EventBatch = z.infer<typeof EventBatch>;

export const EventReceipt = z.object({
  source: z.string(),
  externalId: z.string(),
  id: z.string().describe('The stored event’s id'),
  status: z
    .enum(['accepted', 'duplicate'])
    .describe('duplicate: the same source and externalId was stored before; nothing changed'),
});
export const BatchReceipt = z.object({
  batchId: z.string(),
  accepted: z.number().int(),
  duplicates: z.number().int(),
  events: z.array(EventReceipt),
});
export type BatchReceipt = z.infer<typeof BatchReceipt>;

/** A batch as stored: its receipts, and the new events to run the rules over, grouped by household. */
export interface StoredBatch {
  receipts: z.infer<typeof EventReceipt>[];
  /** In arrival order. */
  households: { householdId: string; eventIds: string[] }[];
}

/** What the event is about: links a work order's or a thread's events together. */
export function refOf(event: InboundEvent): string | null {
  switch (event.type) {
    case 'work_order_opened':
    case 'work_order_updated':
    case 'work_order_completed':
      return event.workOrderId;
    case 'message_sent':
    case 'message_answered':
      return event.threadId;
    case 'package_event':
      return event.packageId;
    default:
      return null;
  }
}

/** One line for timelines and case summaries. */
export function describeEvent(event: InboundEvent): string {
  switch (event.type) {
    case 'survey_response':
      return `Survey score ${event.score}/5${event.comment ? `: “${event.comment}”` : ''}`;
    case 'work_order_opened':
      return `Work order ${event.workOrderId} opened (${event.priority}): ${event.summary}`;
    case 'work_order_updated':
      return `Work order ${event.workOrderId} updated${event.status ? ` (${event.status})` : ''}${event.note ? `: ${event.note}` : ''}`;
    case 'work_order_completed':
      return `Work order ${event.workOrderId} completed${event.note ? `: ${event.note}` : ''}`;
    case 'message_sent':
      return `Resident message in thread ${event.threadId}: ${event.summary}`;
    case 'message_answered':
      return `Thread ${event.threadId} answered${event.by ? ` by ${event.by}` : ''}`;
    case 'amenity_problem':
      return `${event.amenity}: ${event.problem.replace(/_/g, ' ')}${event.summary ? ` (${event.summary})` : ''}`;
    case 'package_event':
      return `Package ${event.packageId} ${event.status.replace(/_/g, ' ')}${event.note ? `: ${event.note}` : ''}`;
    case 'move_in':
      return `Moved in on ${event.moveInOn}`;
    case 'lease_renewal':
      return `Lease renewal ${event.status.replace(/_/g, ' ')}${event.leaseEndsOn ? ` (lease ends ${event.leaseEndsOn})` : ''}`;
  }
}

// ---- trigger rules --------------------------------------------------------------------------------

const WorkOrderTimeframes = z
  .object({ emergency: Timeframe, urgent: Timeframe, routine: Timeframe })
  .strict()
  .describe('How long a work order of each priority may stay open');
const count = (what: string) => z.number().int().min(1, `${what} must be at least 1`).max(1000);
const days = (what: string) => z.number().int().min(1, `${what} must be at least 1`).max(3650);

/** Each kind's parameters; the category it opens is fixed by the kind. */
export const TriggerParams = {
  low_survey_score: z
    .object({ maxScore: z.number().int().min(1).max(5).describe('Scores at or below this open a case') })
    .strict(),
  work_order_overdue: z.object({ timeframes: WorkOrderTimeframes }).strict(),
  work_order_closed_late: z.object({ timeframes: WorkOrderTimeframes }).strict(),
  repeat_requests: z.object({ requests: count('requests'), withinDays: days('withinDays') }).strict(),
  move_in_friction: z
    .object({ issues: count('issues'), withinDays: days('withinDays').describe('The first weeks after move-in') })
    .strict(),
  unanswered_message: z.object({ timeframe: Timeframe }).strict(),
  amenity_problem: z.object({ problems: z.array(z.enum(amenityProblems)).min(1) }).strict(),
  package_problem: z.object({ statuses: z.array(z.enum(packageStatuses)).min(1) }).strict(),
} as const;
export type TriggerKind = keyof typeof TriggerParams;
export const triggerKinds = Object.keys(TriggerParams) as TriggerKind[];
export const TriggerKind = z.enum(triggerKinds as [TriggerKind, ...TriggerKind[]]);
export type TriggerParamsOf<K extends TriggerKind> = z.infer<(typeof TriggerParams)[K]>;

export const categoryOfTrigger: Record<TriggerKind, CaseCategory> = {
  low_survey_score: 'negative_feedback',
  work_order_overdue: 'maintenance_delay',
  work_order_closed_late: 'maintenance_delay',
  repeat_requests: 'repeat_issue',
  move_in_friction: 'move_in',
  unanswered_message: 'communication',
  amenity_problem: 'amenity',
  package_problem: 'package',
};

export interface TriggerRuleSettings<K extends TriggerKind = TriggerKind> {
  kind: K;
  enabled: boolean;
  severity: Severity;
  params: TriggerParamsOf<K>;
}

const hours = (amount: number) => ({ amount, unit: 'hours' as const });
const businessDays = (amount: number) => ({ amount, unit: 'business_days' as const });
const workOrderTimeframes = { emergency: hours(4), urgent: hours(24), routine: businessDays(3) };

/**
 * The portfolio defaults (seed 000): a 1-2/5 survey, a work order open past its timeframe or closed late,
 * three requests in 30 days, two issues in the first 30 days after move-in, a message unanswered for a
 * business day, failed amenity reservations or access, and missing, damaged or misdelivered packages.
 * The migration stores the same rows for "*" so operators can list and change them.
 */
export const defaultTriggerRules: { [K in TriggerKind]: TriggerRuleSettings<K> } = {
  low_survey_score: { kind: 'low_survey_score', enabled: true, severity: 'high', params: { maxScore: 2 } },
  work_order_overdue: {
    kind: 'work_order_overdue',
    enabled: true,
    severity: 'medium',
    params: { timeframes: workOrderTimeframes },
  },
  work_order_closed_late: {
    kind: 'work_order_closed_late',
    enabled: true,
    severity: 'low',
    params: { timeframes: workOrderTimeframes },
  },
  repeat_requests: {
    kind: 'repeat_requests',
    enabled: true,
    severity: 'medium',
    params: { requests: 3, withinDays: 30 },
  },
  move_in_friction: {
    kind: 'move_in_friction',
    enabled: true,
    severity: 'medium',
    params: { issues: 2, withinDays: 30 },
  },
  unanswered_message: {
    kind: 'unanswered_message',
    enabled: true,
    severity: 'medium',
    params: { timeframe: businessDays(1) },
  },
  amenity_problem: {
    kind: 'amenity_problem',
    enabled: true,
    severity: 'low',
    params: { problems: ['reservation_failed', 'double_booked', 'access_denied'] },
  },
  package_problem: {
    kind: 'package_problem',
    enabled: true,
    severity: 'medium',
    params: { statuses: ['missing', 'damaged', 'misdelivered'] },
  },
};

export type RuleSet = { [K in TriggerKind]: TriggerRuleSettings<K> };

/** Admin payloads: the params are checked against the rule's kind. */
const RuleScope = z
  .union([z.literal(PORTFOLIO), identifier('propertyId')])
  .default(PORTFOLIO)
  .describe('A property, or "*" for the portfolio');
const ruleOf = <K extends TriggerKind>(kind: K) =>
  z
    .object({
      propertyId: RuleScope,
      kind: z.literal(kind),
      enabled: z.boolean().default(true),
      severity: Severity,
      params: TriggerParams[kind].describe(`Parameters of a ${kind} rule; see the defaults at GET /v1/trigger-rules`),
    })
    .strict();
/** One shape per kind: what `params` holds depends on the rule's kind. */
export const CreateTriggerRule = z
  .discriminatedUnion('kind', [
    ruleOf('low_survey_score'),
    ruleOf('work_order_overdue'),
    ruleOf('work_order_closed_late'),
    ruleOf('repeat_requests'),
    ruleOf('move_in_friction'),
    ruleOf('unanswered_message'),
    ruleOf('amenity_problem'),
    ruleOf('package_problem'),
  ])
  .meta({ discriminator: { propertyName: 'kind' } });
/** The kind is the stored rule's, so `params` must fit it (checked against the row; see the README). */
export const UpdateTriggerRule = z
  .object({
    enabled: z.boolean().optional(),
    severity: Severity.optional(),
    params: z
      .union(triggerKinds.map((kind) => TriggerParams[kind]) as unknown as [z.ZodObject, z.ZodObject, ...z.ZodObject[]])
      .optional()
      .describe('Parameters of the rule’s kind'),
  })
  .strict();
export const TriggerRuleRecord = z.object({
  id: z.string(),
  propertyId: z.string(),
  kind: TriggerKind,
  category: z.string().describe('The category of the cases the rule opens'),
  enabled: z.boolean(),
  severity: Severity,
  params: z.record(z.string(), z.unknown()),
  updatedAt: z.iso.datetime(),
});

/** The rules in force at a property: its own rows over the portfolio's over the built-in defaults. */
export function resolveRules(
  rows: { propertyId: string; kind: string; enabled: boolean; severity: string; params: unknown }[],
  propertyId: string,
): RuleSet {
  const rules = structuredClone(defaultTriggerRules) as Record<TriggerKind, TriggerRuleSettings>;
  for (const scope of [PORTFOLIO, propertyId]) {
    for (const row of rows.filter((r) => r.propertyId === scope)) {
      const kind = row.kind as TriggerKind;
      const params = TriggerParams[kind]?.safeParse(row.params);
      const severity = Severity.safeParse(row.severity);
      if (!params?.success || !severity.success) continue; // a malformed row never disables the default
      rules[kind] = { kind, enabled: row.enabled, severity: severity.data, params: params.data };
    }
  }
  return rules as RuleSet;
}

// ---- rule evaluation on one event -----------------------------------------------------------------

export interface Firing {
  kind: TriggerKind;
  severity: Severity;
  summary: string;
  /** Why: the rule and the figures that met it. */
  reason: string;
  /** Ids of the stored events that fired the rule (the current one last). */
  eventIds: string[];
}

/** What the rules need to know about the household's recent past, read from the stored events. */
export interface HouseholdContext {
  /** Requests (work orders opened, messages sent) in the repeat window, this event included. */
  recentRequests: { id: string; at: string }[];
  moveInOn: string | null;
  /** Issues since move-in within the move-in window, this event included. */
  moveInIssues: { id: string; at: string }[];
}

export const isRequest = (e: InboundEvent) => e.type === 'work_order_opened' || e.type === 'message_sent';

/** An issue in the move-in sense: something went wrong for the resident. */
export function isIssue(e: InboundEvent, rules: RuleSet): boolean {
  switch (e.type) {
    case 'work_order_opened':
      return true;
    case 'amenity_problem':
      return rules.amenity_problem.params.problems.includes(e.problem);
    case 'package_event':
      return rules.package_problem.params.statuses.includes(e.status);
    case 'survey_response':
      return e.score <= rules.low_survey_score.params.maxScore;
    default:
      return false;
  }
}

/** The rules an event fires by itself (the timeframe rules fire from their watches instead). */
export function evaluateEvent(
  event: InboundEvent,
  eventId: string,
  rules: RuleSet,
  context: HouseholdContext,
): Firing[] {
  const firings: Firing[] = [];
  const fire = (kind: TriggerKind, summary: string, reason: string, eventIds: string[] = [eventId]) => {
    if (rules[kind].enabled) firings.push({ kind, severity: rules[kind].severity, summary, reason, eventIds });
  };
  const low = rules.low_survey_score.params;
  if (event.type === 'survey_response' && event.score <= low.maxScore) {
    fire('low_survey_score', `Survey scored ${event.score}/5`, `score ${event.score} is at or below ${low.maxScore}`);
  }
  if (event.type === 'amenity_problem' && rules.amenity_problem.params.problems.includes(event.problem)) {
    fire(
      'amenity_problem',
      `${event.amenity}: ${event.problem.replace(/_/g, ' ')}`,
      `amenity problem ${event.problem}`,
    );
  }
  if (event.type === 'package_event' && rules.package_problem.params.statuses.includes(event.status)) {
    fire('package_problem', `Package ${event.packageId} ${event.status.replace(/_/g, ' ')}`, `package ${event.status}`);
  }
  const repeat = rules.repeat_requests.params;
  if (isRequest(event) && context.recentRequests.length >= repeat.requests) {
    fire(
      'repeat_requests',
      `${context.recentRequests.length} requests in ${repeat.withinDays} days`,
      `${context.recentRequests.length} requests within ${repeat.withinDays} days (rule: ${repeat.requests})`,
      context.recentRequests.map((r) => r.id),
    );
  }
  const moveIn = rules.move_in_friction.params;
  if (
    context.moveInOn &&
    isIssue(event, rules) &&
    withinMoveInWindow(event.occurredAt, context.moveInOn, moveIn.withinDays)
  ) {
    if (context.moveInIssues.length >= moveIn.issues) {
      fire(
        'move_in_friction',
        `${context.moveInIssues.length} issues in the first ${moveIn.withinDays} days after move-in`,
        `${context.moveInIssues.length} issues since moving in on ${context.moveInOn} (rule: ${moveIn.issues} within ${moveIn.withinDays} days)`,
        context.moveInIssues.map((r) => r.id),
      );
    }
  }
  return firings;
}

/** Move-in on a local date; the window runs from that day's start (UTC) for `days` whole days. */
export function withinMoveInWindow(at: string, moveInOn: string, days: number): boolean {
  const start = Date.parse(`${moveInOn}T00:00:00Z`);
  const t = Date.parse(at);
  return t >= start && t < start + days * DAY_MS;
}

export function moveInWindow(moveInOn: string, days: number): { from: Date; to: Date } {
  const from = new Date(`${moveInOn}T00:00:00Z`);
  return { from, to: new Date(from.getTime() + days * DAY_MS) };
}

/** The timeframe a watched work order or thread is held to, by rule. */
export function workOrderTimeframe(
  rule: TriggerRuleSettings<'work_order_overdue' | 'work_order_closed_late'>,
  priority: WorkOrderPriority,
) {
  return rule.params.timeframes[priority];
}
