import { z } from 'zod';
import { CaseCategory, Severity } from './case';
import { ConfiguredPolicy, StaffRole, StagePolicy } from './policies';
import { BusinessCalendar, HolidayDate, calendarRuleProblems, type CalendarRuleProblem } from './timeframes';
import { canonicalLanguageTag } from './i18n';

/**
 * What an operator configures: properties and their calendars, households, staff, API keys, policies and
 * ownership rules. One zod schema per payload: validation, TypeScript type and OpenAPI document.
 */
export const identifier = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} must not be empty`)
    .max(100, `${what} must be at most 100 characters`)
    .regex(/^[A-Za-z0-9._:-]+$/, `${what} may contain only letters, digits and . _ : -`);

const name = (what: string) => z.string().trim().min(1, `${what} must not be empty`).max(200, `${what} must be at most 200 characters`);
const isoDate = z.iso.date('must be a date as YYYY-MM-DD');

// ---- properties -----------------------------------------------------------------------------------

const PropertyFields = z.object({
  name: name('name'),
  timeZone: BusinessCalendar.shape.timeZone,
  businessDays: BusinessCalendar.shape.businessDays,
  opensAt: BusinessCalendar.shape.opensAt,
  closesAt: BusinessCalendar.shape.closesAt,
  holidays: z
    .array(HolidayDate)
    .max(1000, 'must list at most 1000 days')
    .default([])
    .describe('Local dates the office is closed'),
});
type CalendarFields = Pick<z.infer<typeof PropertyFields>, 'businessDays' | 'opensAt' | 'closesAt' | 'holidays'>;

/** The calendar rules, as zod issues on the fields they name. */
const calendarRules = (calendar: CalendarFields, ctx: z.RefinementCtx) => {
  for (const problem of calendarRuleProblems(calendar)) {
    ctx.addIssue({ code: 'custom', message: problem.message, path: [problem.field] });
  }
};

export const CreateProperty = PropertyFields.extend({ id: identifier('id') })
  .strict()
  .superRefine(calendarRules);
/** A partial change; the calendar rules are judged on the stored calendar with the change applied. */
export const UpdateProperty = PropertyFields.partial().strict();
export type UpdateProperty = z.infer<typeof UpdateProperty>;

/** Problems of the calendar a property would have after `change`, or none. */
export function updatedCalendarProblems(stored: CalendarFields, change: UpdateProperty): CalendarRuleProblem[] {
  return calendarRuleProblems({
    businessDays: change.businessDays ?? stored.businessDays,
    opensAt: change.opensAt ?? stored.opensAt,
    closesAt: change.closesAt ?? stored.closesAt,
    holidays: change.holidays ?? stored.holidays,
  });
}
export const Property = PropertyFields.extend({ id: z.string(), createdAt: z.iso.datetime(), updatedAt: z.iso.datetime() });

// ---- households -----------------------------------------------------------------------------------

export const Contact = z
  .object({
    name: name('contacts[].name'),
    email: z.email('must be an e-mail address').optional(),
    phone: z.string().trim().regex(/^\+?[0-9 ().-]{5,30}$/, 'must be a phone number').optional(),
  })
  .strict();

const HouseholdFields = z.object({
  propertyId: identifier('propertyId'),
  unit: z.string().trim().min(1, 'unit must not be empty').max(50),
  name: name('name'),
  contacts: z.array(Contact).max(10).default([]),
  leaseEndsOn: isoDate.nullable().optional(),
  moveInOn: isoDate.nullable().optional(),
  language: z
    .string()
    .trim()
    .max(35)
    .refine((tag) => canonicalLanguageTag(tag) !== null, 'must be a BCP 47 language tag such as en, es-MX or fr-CA')
    .transform((tag) => canonicalLanguageTag(tag)!)
    .optional()
    .describe('BCP 47 tag of resident messages and the resident page (English, Spanish, French; others: English)'),
});
export const CreateHousehold = HouseholdFields.extend({ id: identifier('id') }).strict();
export const UpdateHousehold = HouseholdFields.omit({ propertyId: true }).partial().strict();
export const Household = HouseholdFields.extend({
  id: z.string(),
  // As stored: the input was checked on the way in; the answer does not re-judge it.
  contacts: z.array(z.object({ name: z.string(), email: z.string().optional(), phone: z.string().optional() })),
  leaseEndsOn: z.string().nullable(),
  moveInOn: z.string().nullable(),
  language: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

// ---- staff ----------------------------------------------------------------------------------------

const StaffFields = z.object({
  name: name('name'),
  email: z.email('must be an e-mail address').nullable().optional(),
  role: StaffRole,
  propertyIds: z.array(identifier('propertyIds[]')).min(1, 'propertyIds needs at least one property').max(500),
  active: z.boolean().default(true),
});
export const CreateStaff = StaffFields.extend({ id: identifier('id') }).strict();
export const UpdateStaff = StaffFields.partial().strict();
export const Staff = StaffFields.extend({ id: z.string(), email: z.string().nullable(), createdAt: z.iso.datetime(), updatedAt: z.iso.datetime() });

// ---- API keys -------------------------------------------------------------------------------------

export const apiRoles = ['frontline', 'community_manager', 'regional_manager', 'admin', 'integration'] as const;
export const ApiRole = z.enum(apiRoles).describe('What the key may do; managers and admins can do what frontline can');
export type ApiRole = z.infer<typeof ApiRole>;

export const PORTFOLIO = '*';
const Scope = z
  .array(z.union([z.literal(PORTFOLIO), identifier('propertyIds[]')]))
  .min(1, 'propertyIds needs at least one property, or "*" for the whole portfolio')
  .max(500)
  .describe('Properties the key may see; ["*"] for the whole portfolio');

export const CreateApiKey = z
  .object({
    name: name('name'),
    role: ApiRole,
    propertyIds: Scope,
    staffId: identifier('staffId').optional().describe('The staff member the key acts as'),
    integration: identifier('integration').optional().describe('The system the key belongs to, e.g. work-orders'),
  })
  .strict()
  .refine((k) => k.role !== 'integration' || !!k.integration, { message: 'integration keys must name the integration', path: ['integration'] })
  .refine((k) => k.role === 'integration' || k.role === 'admin' || !!k.staffId, { message: 'staff keys must name the staff member', path: ['staffId'] });
export const UpdateApiKey = z.object({ name: name('name').optional(), revoked: z.literal(true).optional().describe('Revoke the key; cannot be undone') }).strict();
export const ApiKey = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().describe('First characters of the key, to recognise it'),
  role: ApiRole,
  propertyIds: z.array(z.string()),
  staffId: z.string().nullable(),
  integration: z.string().nullable(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export const CreatedApiKey = ApiKey.extend({ key: z.string().describe('The secret; shown once, store it now') });

// ---- policies and ownership rules -----------------------------------------------------------------

const PolicyScope = z.union([z.literal(PORTFOLIO), identifier('propertyId')]).default(PORTFOLIO).describe('A property, or "*" for the portfolio default');

export const CreatePolicy = z
  .object({ propertyId: PolicyScope, category: CaseCategory, severity: Severity, policy: ConfiguredPolicy })
  .strict();
export const UpdatePolicy = z.object({ policy: ConfiguredPolicy }).strict();
export const PolicyRecord = z.object({
  id: z.string(),
  propertyId: z.string(),
  category: CaseCategory,
  severity: Severity,
  policy: StagePolicy,
  updatedAt: z.iso.datetime(),
});

export const CreateOwnershipRule = z.object({ propertyId: PolicyScope, category: CaseCategory, ownerRole: StaffRole }).strict();
export const UpdateOwnershipRule = z.object({ ownerRole: StaffRole }).strict();
export const OwnershipRule = z.object({ id: z.string(), propertyId: z.string(), category: CaseCategory, ownerRole: StaffRole, createdAt: z.iso.datetime() });
