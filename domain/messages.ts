import type { CaseCategory } from './case';

/**
 * The words that go out: to the resident (thank + apologize, check-in, reminder) and to staff
 * (assignment, escalation, reminders). Pure, so the workflow composes each message deterministically
 * and the outbox stores exactly what was sent.
 */
export type Category = (typeof CaseCategory)['options'][number];

export interface MessageContent {
  template: string;
  subject: string;
  body: string;
}

const whatWentWrong: Record<Category, string> = {
  maintenance_delay: 'your maintenance request took longer than it should have',
  repeat_issue: 'you have had to contact us more than once about the same problem',
  move_in: 'your move-in did not go as smoothly as it should have',
  communication: 'you were not kept informed as you should have been',
  amenity: 'there was a problem with an amenity you counted on',
  package: 'there was a problem with your package',
  negative_feedback: 'your recent experience with us fell short',
  staff_conduct: 'the way you were treated fell short of our standards',
  emotionally_unresolved: 'your recent request did not leave you satisfied',
  other: 'your recent experience with us fell short',
};

/** Thank + apologize + empathize: the first resident-facing message, one template per category. */
export function acknowledgementMessage(category: Category, summary: string): MessageContent {
  return {
    template: `acknowledge.${category}`,
    subject: 'Thank you for telling us — we are on it',
    body:
      `Thank you for letting us know. We are sorry that ${whatWentWrong[category]} ("${summary}"). ` +
      'We understand how frustrating that is. We are looking into what happened and will keep you updated until it is resolved to your satisfaction.',
  };
}

export function planForAgreementMessage(plan: string): MessageContent {
  return {
    template: 'resolve.plan_for_agreement',
    subject: 'Our proposal to put things right',
    body: `Here is what we propose: ${plan}\nPlease let us know whether this works for you.`,
  };
}

export function checkInMessage(summary: string): MessageContent {
  return {
    template: 'follow_up.check_in',
    subject: 'Was everything completed to your satisfaction?',
    body: `We recently resolved "${summary}". Was everything completed to your satisfaction? Your answer helps us make sure it is truly fixed.`,
  };
}

export function checkInReminderMessage(summary: string): MessageContent {
  return {
    template: 'follow_up.reminder',
    subject: 'A quick follow-up',
    body: `We have not heard back about "${summary}". Was everything completed to your satisfaction?`,
  };
}

export function residentNoteMessage(body: string): MessageContent {
  return { template: 'note.resident', subject: 'An update on your request', body };
}

export function ownerAssignedMessage(caseId: string, summary: string): MessageContent {
  return {
    template: 'staff.assigned',
    subject: `New recovery case: ${summary}`,
    body: `You own recovery case ${caseId}: "${summary}". Acknowledge the resident first.`,
  };
}

export function residentMessageToOwner(caseId: string, summary: string, body: string): MessageContent {
  return {
    template: 'staff.resident_message',
    subject: `The resident wrote: ${summary}`,
    body:
      `The resident wrote on their page about case ${caseId} ("${summary}"):\n\n${body}\n\n` +
      'Reply with a note to the resident.',
  };
}

export function escalationMessage(caseId: string, summary: string, stage: string, reason: string): MessageContent {
  return {
    template: 'staff.escalated',
    subject: `Escalated to you: ${summary}`,
    body: `Recovery case ${caseId} ("${summary}") is escalated to you at stage ${stage}: ${reason}. You now own its escalation.`,
  };
}

export function escalationReminderMessage(caseId: string, summary: string, stage: string): MessageContent {
  return {
    template: 'staff.escalation_reminder',
    subject: `Still overdue: ${summary}`,
    body: `Recovery case ${caseId} ("${summary}") is still overdue at stage ${stage}, at the top of the escalation ladder.`,
  };
}

export function residentNotUpdatedMessage(caseId: string, summary: string): MessageContent {
  return {
    template: 'staff.resident_not_updated',
    subject: `The resident has not heard from us: ${summary}`,
    body: `No one has updated the resident on case ${caseId} ("${summary}") for a while. Send them an update.`,
  };
}

/** The property's configuration could not be followed; the case carries on with calendar time meanwhile. */
export function configurationProblemMessage(caseId: string, summary: string, problem: string): MessageContent {
  return {
    template: 'staff.configuration_problem',
    subject: `Check the property's settings: ${summary}`,
    body:
      `Case ${caseId} ("${summary}") could not follow its property's settings: ${problem}. ` +
      'Its due times count calendar time until the settings are corrected (then run `npm run cases:repair`).',
  };
}

export function closedFlagMessage(
  caseId: string,
  summary: string,
  outcome: 'unrecovered' | 'no_response',
): MessageContent {
  return outcome === 'no_response'
    ? {
        template: 'staff.no_response_call',
        subject: `Personal call needed: ${summary}`,
        body: `The resident never answered the follow-up on case ${caseId} ("${summary}"). Please call them personally.`,
      }
    : {
        template: 'staff.unrecovered',
        subject: `Recovery failed: ${summary}`,
        body: `Case ${caseId} ("${summary}") was reopened the maximum number of times and closed as unrecovered. Please review it.`,
      };
}

/** The monthly pattern review of one property, for its community and regional managers. */
export function monthlyReviewMessage(
  propertyName: string,
  month: string,
  f: {
    cases: number;
    open: number;
    recoveryRate: number | null;
    breachRate: number | null;
    medianHoursToAcknowledge: number | null;
    repeatHouseholds: number;
    topCategories: string[];
    rootCauses: string[];
  },
): MessageContent {
  const percent = (rate: number | null) => (rate === null ? 'n/a' : `${Math.round(rate * 100)} %`);
  return {
    template: 'monthly_review',
    subject: `Service recovery review ${month}: ${propertyName}`,
    body: [
      `Service recovery at ${propertyName} in ${month}:`,
      `- ${f.cases} cases opened (${f.open} still open)`,
      `- recovery rate ${percent(f.recoveryRate)} (residents satisfied at follow-up)`,
      `- timeframes missed on ${percent(f.breachRate)} of cases; median time to acknowledge ${f.medianHoursToAcknowledge ?? 'n/a'} h`,
      `- ${f.repeatHouseholds} households with more than one case`,
      `- most common: ${f.topCategories.join(', ') || 'none'}; root causes: ${f.rootCauses.join(', ') || 'none recorded'}`,
      'Look for recurring friction and training needs; the full figures are at GET /v1/reports/monthly-reviews.',
    ].join('\n'),
  };
}
