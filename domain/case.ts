import { z } from 'zod';
import { identifier, optionalText, text } from './text';

/**
 * The words of a recovery case, as zod schemas: one definition gives API validation, the TypeScript type
 * and the OpenAPI document. Pure and deterministic, so workflows may import it too.
 */
export const caseCategories = [
  'maintenance_delay',
  'repeat_issue',
  'move_in',
  'communication',
  'amenity',
  'package',
  'negative_feedback',
  'staff_conduct',
  'emotionally_unresolved',
  'other',
] as const;
export const CaseCategory = z.enum(caseCategories).describe('What kind of friction the resident met');
export type CaseCategory = z.infer<typeof CaseCategory>;

export const Severity = z
  .enum(['low', 'medium', 'high', 'critical'])
  .describe('How serious the experience was; sets the timeframes');
export type Severity = z.infer<typeof Severity>;

export const Channel = z
  .enum(['resident_app', 'email', 'phone', 'sms', 'in_person', 'survey', 'work_order_system', 'other'])
  .describe('Where the case came from');

export const Stage = z
  .enum(['intake', 'acknowledge', 'gather_facts', 'resolve', 'follow_up', 'closed'])
  .describe('Where the case stands in the recovery protocol');
export type Stage = z.infer<typeof Stage>;

/** The stages that run against a timeframe. */
export const TimedStage = Stage.extract(['acknowledge', 'gather_facts', 'resolve']);
export type TimedStage = z.infer<typeof TimedStage>;

export const CaseStatus = z.enum(['open', 'closed']);

export const Outcome = z.enum(['recovered', 'unrecovered', 'no_response', 'cancelled']);
export type Outcome = z.infer<typeof Outcome>;

/** One rung of a case's escalation ladder: owner (0), community manager (1), regional manager (2). */
export const LadderRung = z.object({
  level: z.number().int(),
  role: z.string(),
  staffId: z.string().nullable().describe('The staff member on this rung; null when nobody has the role there'),
});
export type LadderRung = z.infer<typeof LadderRung>;

/** The running timeframe of a case. */
export const Deadline = z.object({
  stage: TimedStage,
  level: z.number().int().describe('Escalation level the running timer belongs to'),
  startedAt: z.iso.datetime().describe('When the current timer started (stage entry, escalation, or a recompute)'),
  dueAt: z.iso.datetime().nullable().describe('Null while the clock is paused (waiting on the resident)'),
  pausedMs: z.number().describe('Business or elapsed milliseconds of clock paused so far, added back to the timeframe'),
});
export type Deadline = z.infer<typeof Deadline>;

/** A missed timeframe, and who it escalated to. */
export const Breach = z.object({
  stage: TimedStage,
  level: z.number().int(),
  dueAt: z.iso.datetime(),
  breachedAt: z.iso.datetime(),
  escalatedTo: LadderRung.nullable(),
});
export type Breach = z.infer<typeof Breach>;

export const OpenCaseRequest = z
  .object({
    propertyId: identifier('propertyId')
      .meta({ example: 'maple-court' })
      .describe('The property (community) the resident lives in'),
    residentId: identifier('residentId').meta({ example: 'mc-12b' }).describe('The resident or household'),
    category: CaseCategory,
    severity: Severity,
    channel: Channel,
    summary: text('summary', 200).meta({ example: 'Dishwasher repair promised Monday, still broken' }),
    details: optionalText('details', 10_000)
      .meta({ example: 'Second missed visit this month; the resident works from home.' })
      .optional(),
    externalRef: text('externalRef', 200)
      .meta({ example: 'WO-1042' })
      .optional()
      .describe('Id of the case in the system that reported it'),
    unit: text('unit', 50).meta({ example: '12B' }).optional().describe('The resident’s unit, e.g. "12B"'),
  })
  .strict();
export type OpenCaseRequest = z.infer<typeof OpenCaseRequest>;

/** What the workflow is started with: the request plus the ids and time the API assigned. */
export interface RecoveryCaseInput extends OpenCaseRequest {
  caseId: string;
  /** Set when a trigger rule opened the case: the rule and the stored events that fired it. */
  trigger?: { kind: string; reason: string; eventIds: string[] };
}

export const CaseSummary = z.object({
  id: z.uuid(),
  workflowId: z.string(),
  propertyId: z.string(),
  residentId: z.string(),
  unit: z.string().nullable(),
  category: CaseCategory,
  severity: Severity,
  channel: Channel,
  summary: z.string(),
  details: z.string().nullable(),
  externalRef: z.string().nullable(),
  stage: Stage,
  status: CaseStatus,
  outcome: Outcome.nullable(),
  ownerId: z.string().nullable(),
  ownerRole: z.string().nullable(),
  escalationLevel: z.number().int(),
  breached: z.boolean(),
  breachCount: z.number().int(),
  reopenCount: z.number().int(),
  waitingOnResident: z.boolean(),
  rootCauseFamily: z.string().nullable(),
  triggerRule: z.string().nullable().describe('The trigger rule that opened the case; null when opened directly'),
  openedAt: z.iso.datetime(),
  acknowledgedAt: z.iso.datetime().nullable(),
  resolvedAt: z.iso.datetime().nullable(),
  closedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseTimelineEntry = z.object({
  type: z.string(),
  occurredAt: z.iso.datetime(),
  payload: z.unknown(),
});

export const CaseDetail = CaseSummary.extend({
  deadline: Deadline.omit({ pausedMs: true })
    .nullable()
    .describe('The running timeframe; null when none runs or the case is closed'),
  breaches: z.array(Breach).describe('Every missed timeframe'),
  closingReport: z.unknown().nullable().describe('Outcome, durations per stage and breaches, once closed'),
  timeline: z.array(CaseTimelineEntry),
  residentLink: z
    .string()
    .nullable()
    .describe(
      'The resident’s personal page for this case (to text or read out); null when the case is closed or its ' +
        'workflow did not answer',
    ),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

/**
 * The case row as the workflow's state has it: every column the workflow owns after intake (instants as ISO
 * strings, workflow-friendly). Each event carries the whole of it, so the newest write alone says everything.
 */
export interface CaseProjection {
  stage: string;
  status: string;
  severity: string;
  ownerId: string | null;
  ownerRole: string | null;
  escalationLevel: number;
  breached: boolean;
  breachCount: number;
  breachedStages: string[];
  reopenCount: number;
  waitingOnResident: boolean;
  rootCauseFamily: string | null;
  outcome: string | null;
  acknowledgedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  closingReport: Record<string, unknown> | null;
}

export function workflowIdForCase(caseId: string): string {
  return `case-${caseId}`;
}
