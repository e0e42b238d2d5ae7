import { z } from 'zod';
import { Severity } from './case';
import type { StaffAction } from './staff-actions';
import { text } from './text';

/**
 * Payloads of the staff actions (staff-actions.ts) and of what the resident sends. The API validates
 * requests with these; the workflow checks them again against their JSON Schemas (payload-check.ts), so a
 * malformed action never reaches the case state.
 */
const staffId = text('by', 100);

export const RootCauseFamily = z
  .enum(['organizational', 'employee', 'client'])
  .describe(
    'organizational: process, staffing, technology; employee: communication, knowledge, attitude, skill; client: resident misunderstood',
  );

export const Acknowledge = z.object({
  by: staffId,
  /** The thank-you/apology message to the resident; the category's template when absent. */
  message: text('message', 4000).optional(),
});

export const RecordFacts = z.object({
  by: staffId,
  whatHappened: text('whatHappened', 10_000),
  rootCauseFamily: RootCauseFamily,
  contributingFactors: z.array(text('contributingFactors[]', 200)).max(20).default([]),
});

export const ProposePlan = z.object({
  by: staffId,
  plan: text('plan', 10_000),
  needsResidentAgreement: z.boolean().default(true),
});

export const RecordAgreement = z.object({
  by: staffId.describe('Who recorded the answer (staff member, or the integration that relayed it)'),
  agreed: z.boolean(),
  comment: text('comment', 4000).optional(),
});

export const Resolve = z.object({ by: staffId, actionsTaken: text('actionsTaken', 10_000) });

export const Feedback = z.object({
  satisfied: z.boolean().describe('Was everything completed to the resident’s satisfaction?'),
  comment: text('comment', 4000).optional(),
  by: staffId.optional(),
});

export const WaitOnResident = z.object({ by: staffId, reason: text('reason', 1000) });
export const Resume = z.object({ by: staffId, note: text('note', 1000).optional() });
export const Escalate = z.object({ by: staffId, reason: text('reason', 1000) });
export const Assign = z.object({
  by: staffId,
  ownerId: text('ownerId', 100).meta({ example: 'mc-dana' }).describe('The new owner'),
  reason: text('reason', 1000).optional(),
});
export const ChangeSeverity = z.object({ by: staffId, severity: Severity, reason: text('reason', 1000) });
export const AddNote = z.object({
  by: staffId,
  body: text('body', 10_000),
  visibility: z
    .enum(['internal', 'resident'])
    .describe('resident: sent to the resident and counts as an update to them'),
});
export const Cancel = z.object({ by: staffId, reason: text('reason', 1000) });

/** A message the resident wrote on their page; `messageId` (one per form) makes a second submit a no-op. */
export const ResidentMessage = z.object({
  by: staffId,
  body: text('body', 4000),
  messageId: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/, 'messageId may contain only letters, digits, _ and -'),
});

/** Something the resident did in another system (resident app, work-order system): a Signal, never rejected. */
export const ResidentEvent = z.object({
  kind: z.enum([
    'message_received',
    'access_granted',
    'work_order_updated',
    'other',
    // Events from other systems (POST /v1/events) and trigger rules firing again on an open case.
    'survey_response',
    'work_order_opened',
    'work_order_completed',
    'message_sent',
    'message_answered',
    'amenity_problem',
    'package_event',
    'move_in',
    'lease_renewal',
    'trigger_fired',
  ]),
  summary: text('summary', 2000),
  source: text('source', 100),
  occurredAt: z.iso.datetime({ offset: true }).optional(),
  /** Names the stored inbound event (or rule firing) the signal carries; the case attaches each once. */
  eventId: z.string().max(100).optional(),
  /** The rule that fired again, for `trigger_fired`. */
  rule: z.string().max(100).optional(),
});

/** Each staff action's payload (the compiler asks for one per entry of staff-actions.ts). */
export const staffActionSchemas = {
  acknowledge: Acknowledge,
  recordFacts: RecordFacts,
  proposePlan: ProposePlan,
  recordAgreement: RecordAgreement,
  resolve: Resolve,
  recordFeedback: Feedback,
  waitOnResident: WaitOnResident,
  resume: Resume,
  escalate: Escalate,
  assign: Assign,
  changeSeverity: ChangeSeverity,
  addNote: AddNote,
  cancelCase: Cancel,
} satisfies { [A in StaffAction]: z.ZodObject };

/** Every payload the workflow checks, by the name of the update or signal that carries it. */
export const payloadSchemas = { ...staffActionSchemas, residentMessage: ResidentMessage, residentEvent: ResidentEvent };
export type PayloadName = keyof typeof payloadSchemas;
/** A payload as checked: trimmed, defaults filled in. */
export type Payload<N extends PayloadName> = z.output<(typeof payloadSchemas)[N]>;

export type Acknowledge = z.infer<typeof Acknowledge>;
export type RecordFacts = z.infer<typeof RecordFacts>;
export type ProposePlan = z.infer<typeof ProposePlan>;
export type RecordAgreement = z.infer<typeof RecordAgreement>;
export type Resolve = z.infer<typeof Resolve>;
export type Feedback = z.infer<typeof Feedback>;
export type WaitOnResident = z.infer<typeof WaitOnResident>;
export type Resume = z.infer<typeof Resume>;
export type Escalate = z.infer<typeof Escalate>;
export type Assign = z.infer<typeof Assign>;
export type ChangeSeverity = z.infer<typeof ChangeSeverity>;
export type AddNote = z.infer<typeof AddNote>;
export type Cancel = z.infer<typeof Cancel>;
export type ResidentMessage = z.infer<typeof ResidentMessage>;
export type ResidentEvent = z.infer<typeof ResidentEvent>;
