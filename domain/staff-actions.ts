/**
 * The staff actions on a case: the one list the rest derives from. Each is a Workflow Update of that name
 * (definitions/recovery-case.ts), a route `POST /v1/cases/:id/<path>` (api/routes/cases/actions.ts) whose
 * body is the action's schema without `by` (domain/case-actions.ts, which must name a schema for each), and
 * an access rule (domain/access.ts): `staff` — frontline staff on cases they own or nobody owns, managers
 * on any; `managers` — community and regional managers and admins only; `integrations` — integration keys
 * may relay it too. Adding an action: an entry here, its schema, `npm run generate:action-schemas`, and what
 * the workflow does with it. Zod-free, so the workflow may import it.
 */
export const staffActions = {
  acknowledge: {
    path: 'acknowledge',
    who: 'staff',
    summary: 'Thank and apologise: sends the resident the acknowledgement',
  },
  recordFacts: { path: 'facts', who: 'staff', summary: 'Record what happened and the root-cause family' },
  proposePlan: {
    path: 'resolution-plan',
    who: 'staff',
    summary: 'Propose a resolution plan (sent to the resident when it needs agreement)',
  },
  recordAgreement: {
    path: 'agreement',
    who: 'staff',
    integrations: true,
    summary: 'Record the resident’s agreement to, or refusal of, the plan',
  },
  resolve: {
    path: 'resolve',
    who: 'staff',
    summary: 'Mark the case resolved with the actions taken; the follow-up starts',
  },
  recordFeedback: {
    path: 'feedback',
    who: 'staff',
    integrations: true,
    summary: 'Record the resident’s answer to the follow-up',
  },
  waitOnResident: {
    path: 'waiting-on-resident',
    who: 'staff',
    summary: 'Pause the clock while waiting on the resident',
  },
  resume: { path: 'resume', who: 'staff', summary: 'Resume the clock; the deadline moves by the time paused' },
  escalate: { path: 'escalate', who: 'managers', summary: 'Escalate one level by hand (managers)' },
  assign: { path: 'assign', who: 'managers', summary: 'Reassign the case to another staff member (managers)' },
  changeSeverity: { path: 'severity', who: 'staff', summary: 'Change the severity; open deadlines are recomputed' },
  addNote: { path: 'notes', who: 'staff', summary: 'Add a note, internal or sent to the resident' },
  cancelCase: { path: 'cancel', who: 'managers', summary: 'Cancel the case with a reason (managers)' },
} as const satisfies Record<string, StaffActionSpec>;

interface StaffActionSpec {
  /** The route's last segment. */
  path: string;
  who: 'staff' | 'managers';
  /** Integration keys may relay it (the resident's answers). */
  integrations?: true;
  /** The route's summary in the OpenAPI document. */
  summary: string;
}

/** A staff action by its update name. */
export type StaffAction = keyof typeof staffActions;
/** A staff action by its route segment. */
export type CaseAction = (typeof staffActions)[StaffAction]['path'];

export const staffActionNames = Object.keys(staffActions) as StaffAction[];
