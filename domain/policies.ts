import { z } from 'zod';
import type { CaseCategory, Severity } from './case';
import { Timeframe } from './timeframes';

/**
 * The policy a case runs under, chosen by category × severity (a property's own row wins over the
 * portfolio's): one timeframe per timed stage, the follow-up rhythm, how often the top of the ladder is
 * reminded, how long a resident may go without an update, the reopen bound and the owning role.
 */
export const staffRoles = [
  'frontline',
  'leasing',
  'maintenance',
  'concierge',
  'resident_experience',
  'community_manager',
  'regional_manager',
] as const;
export const StaffRole = z.enum(staffRoles).describe('What a staff member does; decides which cases they own');
export type StaffRole = z.infer<typeof StaffRole>;

export const StagePolicy = z
  .object({
    acknowledge: Timeframe.describe('From intake until staff has thanked and apologised'),
    gather_facts: Timeframe.describe('From acknowledgement until the facts and root cause are recorded'),
    resolve: Timeframe.describe('From the facts until the case is resolved'),
    followUpDelay: Timeframe.describe('From resolution until the resident is asked whether all is well'),
    followUpReminderAfter: Timeframe.describe('From the check-in until its one reminder'),
    followUpGiveUpAfter: Timeframe.describe('From the reminder until the case closes as no response'),
    escalationReminderInterval: Timeframe.describe('How often the top of the ladder is reminded of an overdue case'),
    residentUpdateInterval: Timeframe.describe('Longest a resident may go without hearing from anyone'),
    maxReopens: z
      .number()
      .int()
      .min(0)
      .max(10)
      .describe('Dissatisfied follow-ups that reopen the case before it closes unrecovered'),
    ownerRole: StaffRole.describe('Who owns the case unless an ownership rule says otherwise'),
  })
  .strict();
export type StagePolicy = z.infer<typeof StagePolicy>;

type PolicyTimeframe = Exclude<keyof StagePolicy, 'maxReopens' | 'ownerRole'>;
const MINUTE = 1;
const HOUR = 60 * MINUTE;
/**
 * The shortest span each timeframe may have, so a person can meet it and nobody is messaged every few
 * seconds: stage timeframes of minutes, reminders of half an hour or more, resident-facing spans of hours.
 */
export const policyLowerBounds: Record<PolicyTimeframe, number> = {
  acknowledge: 15 * MINUTE,
  gather_facts: 15 * MINUTE,
  resolve: 15 * MINUTE,
  escalationReminderInterval: 30 * MINUTE,
  residentUpdateInterval: 1 * HOUR,
  followUpDelay: 1 * HOUR,
  followUpReminderAfter: 1 * HOUR,
  followUpGiveUpAfter: 1 * HOUR,
};
/**
 * The longest a timeframe may be, per unit: about a year of calendar time, or of business time at eight
 * opening hours a day, which the clock arithmetic can still count for any calendar the API accepts.
 */
const upperBounds: Record<Timeframe['unit'], number> = {
  seconds: 365 * 24 * 3600,
  minutes: 365 * 24 * 60,
  hours: 365 * 24,
  days: 365,
  business_hours: 500,
  business_days: 250,
};
/** Nominal minutes of a timeframe; a business day counts as an 8-hour office day. */
const minutesPerUnit: Record<Timeframe['unit'], number> = {
  seconds: 1 / 60,
  minutes: 1,
  hours: 60,
  days: 24 * 60,
  business_hours: 60,
  business_days: 8 * 60,
};

const spell = (minutes: number) =>
  minutes % 60 === 0 ? `${minutes / 60} hour${minutes === 60 ? '' : 's'}` : `${minutes} minutes`;

/** A policy an operator writes: the schema above plus spans a person can meet and that can be counted. */
export const ConfiguredPolicy = StagePolicy.superRefine((policy, ctx) => {
  for (const [field, least] of Object.entries(policyLowerBounds) as [PolicyTimeframe, number][]) {
    const { amount, unit } = policy[field];
    if (amount * minutesPerUnit[unit] < least) {
      const message = `must be at least ${spell(least)} (${amount} ${unit} is shorter)`;
      ctx.addIssue({ code: 'custom', path: [field], message });
    } else if (amount > upperBounds[unit]) {
      const message = `must be at most ${upperBounds[unit]} ${unit}`;
      ctx.addIssue({ code: 'custom', path: [field, 'amount'], message });
    }
  }
});

const hours = (amount: number): Timeframe => ({ amount, unit: 'hours' });
const businessHours = (amount: number): Timeframe => ({ amount, unit: 'business_hours' });
const businessDays = (amount: number): Timeframe => ({ amount, unit: 'business_days' });

/** A serious complaint needs attention within hours; a routine one within a few business days. */
const timeframesBySeverity: Record<
  Severity,
  Omit<StagePolicy, 'ownerRole' | 'maxReopens' | 'followUpDelay' | 'followUpReminderAfter' | 'followUpGiveUpAfter'>
> = {
  critical: {
    acknowledge: hours(1),
    gather_facts: hours(4),
    resolve: hours(24),
    escalationReminderInterval: hours(2),
    residentUpdateInterval: hours(12),
  },
  high: {
    acknowledge: businessHours(4),
    gather_facts: businessDays(1),
    resolve: businessDays(3),
    escalationReminderInterval: businessHours(4),
    residentUpdateInterval: businessDays(1),
  },
  medium: {
    acknowledge: businessDays(1),
    gather_facts: businessDays(2),
    resolve: businessDays(5),
    escalationReminderInterval: businessDays(1),
    residentUpdateInterval: businessDays(2),
  },
  low: {
    acknowledge: businessDays(1),
    gather_facts: businessDays(3),
    resolve: businessDays(10),
    escalationReminderInterval: businessDays(2),
    residentUpdateInterval: businessDays(3),
  },
};

/** Which role owns which kind of case, unless an ownership rule says otherwise. */
export const defaultOwnerRole: Record<CaseCategory, StaffRole> = {
  maintenance_delay: 'maintenance',
  repeat_issue: 'maintenance',
  move_in: 'leasing',
  communication: 'leasing',
  amenity: 'concierge',
  package: 'concierge',
  negative_feedback: 'resident_experience',
  staff_conduct: 'community_manager',
  emotionally_unresolved: 'resident_experience',
  other: 'community_manager',
};

/** The seeded policy for a category × severity, used when the operator has not configured one. */
export function defaultPolicy(category: CaseCategory, severity: Severity): StagePolicy {
  return {
    ...timeframesBySeverity[severity],
    followUpDelay: businessDays(2),
    followUpReminderAfter: businessDays(2),
    followUpGiveUpAfter: businessDays(3),
    maxReopens: 2,
    ownerRole: defaultOwnerRole[category],
  };
}

/** Timeframes of seconds, for demos and end-to-end tests that must see escalations and follow-ups happen. */
export function shortPolicy(ownerRole: StaffRole = 'maintenance'): StagePolicy {
  const seconds = (amount: number): Timeframe => ({ amount, unit: 'seconds' });
  return {
    acknowledge: seconds(3),
    gather_facts: seconds(60),
    resolve: seconds(60),
    followUpDelay: seconds(2),
    followUpReminderAfter: seconds(60),
    followUpGiveUpAfter: seconds(120),
    escalationReminderInterval: seconds(60),
    residentUpdateInterval: seconds(300),
    maxReopens: 1,
    ownerRole,
  };
}
