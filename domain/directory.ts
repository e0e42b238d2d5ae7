import { z } from 'zod';
import { CaseCategory, Severity } from './case';
import { ConfiguredPolicy, StaffRole, StagePolicy } from './policies';
import { email, identifier, text } from './text';
import { BusinessCalendar, HolidayDate, calendarRuleProblems, type CalendarRuleProblem } from './timeframes';
import { canonicalLanguageTag } from './i18n';

/**
 * What an operator configures: properties and their calendars, households, staff, API keys, policies and
 * ownership rules. One zod schema per payload: validation, TypeScript type and OpenAPI document.
 */
export { identifier };

const name = (what: string) => text(what, 200);
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
/** A field without its create default, keeping its description and other metadata for the document. */
const withoutDefault = <T extends z.ZodType>(field: z.ZodDefault<T>): T => {
  const meta = field.meta();
  return meta ? (field.unwrap().meta(meta) as T) : field.unwrap();
};

export const CreateProperty = PropertyFields.extend({ id: identifier('id').meta({ example: 'birch-gardens' }) })
  .strict()
  .superRefine(calendarRules);
/**
 * A partial change, without the create's defaults: a field left out of a PATCH keeps its stored value rather
 * than being reset. The calendar rules are judged on the stored calendar with the change applied.
 */
export const UpdateProperty = PropertyFields.extend({
  businessDays: withoutDefault(PropertyFields.shape.businessDays),
  opensAt: withoutDefault(PropertyFields.shape.opensAt),
  closesAt: withoutDefault(PropertyFields.shape.closesAt),
  holidays: withoutDefault(PropertyFields.shape.holidays),
})
  .partial()
  .strict();
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
// As stored: rows written before today's rules (a zone this runtime's list leaves out, a calendar the rules now
// refuse) still read back, so an admin can see and correct them rather than get a 500.
export const Property = z.object({
  id: z.string(),
  name: z.string(),
  timeZone: z.string(),
  businessDays: z.array(z.number().int()),
  opensAt: z.string(),
  closesAt: z.string(),
  holidays: z.array(z.string()),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

// ---- households -----------------------------------------------------------------------------------

export const Contact = z
  .object({
    name: name('contacts[].name'),
    email: email('must be an e-mail address').meta({ example: 'jordan@example.com' }).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ().-]{5,30}$/, 'must be a phone number')
      .meta({ example: '+1 555 0100' })
      .optional(),
  })
  .strict();

const HouseholdFields = z.object({
  propertyId: identifier('propertyId').meta({ example: 'maple-court' }),
  unit: text('unit', 50).meta({ example: '7C' }),
  name: name('name'),
  contacts: z.array(Contact).max(10).default([]),
  leaseEndsOn: isoDate.meta({ example: '2027-07-31' }).nullable().optional(),
  moveInOn: isoDate.meta({ example: '2026-08-01' }).nullable().optional(),
  language: z
    .string()
    .trim()
    .max(35)
    // The form in the document; whether Intl knows the tag is checked after.
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
      message: 'must be a BCP 47 language tag such as en, es-MX or fr-CA',
      abort: true,
    })
    .refine((tag) => canonicalLanguageTag(tag) !== null, 'must be a BCP 47 language tag such as en, es-MX or fr-CA')
    .transform((tag) => canonicalLanguageTag(tag)!)
    .optional()
    .describe('BCP 47 tag of resident messages and the resident page (English, Spanish, French; others: English)'),
});
export const CreateHousehold = HouseholdFields.extend({ id: identifier('id').meta({ example: 'mc-7c' }) }).strict();
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
  email: email('must be an e-mail address').meta({ example: 'jo@example.com' }).nullable().optional(),
  role: StaffRole,
  propertyIds: z
    .array(identifier('propertyIds[]').meta({ example: 'maple-court' }))
    .min(1, 'propertyIds needs at least one property')
    .max(500),
  active: z.boolean().default(true),
});
export const CreateStaff = StaffFields.extend({ id: identifier('id').meta({ example: 'mc-jo' }) }).strict();
export const UpdateStaff = StaffFields.partial().strict();
export const Staff = StaffFields.extend({
  id: z.string(),
  email: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

// ---- API keys -------------------------------------------------------------------------------------

export const apiRoles = ['frontline', 'community_manager', 'regional_manager', 'admin', 'integration'] as const;
export const ApiRole = z.enum(apiRoles).describe('What the key may do; managers and admins can do what frontline can');
export type ApiRole = z.infer<typeof ApiRole>;

export const PORTFOLIO = '*';
const Scope = z
  .array(z.union([z.literal(PORTFOLIO), identifier('propertyIds[]')]))
  .meta({ example: ['maple-court'] })
  .min(1, 'propertyIds needs at least one property, or "*" for the whole portfolio')
  .max(500)
  .describe('Properties the key may see; ["*"] for the whole portfolio');

const ApiKeyFields = z.object({
  name: name('name'),
  propertyIds: Scope,
  staffId: identifier('staffId').optional().describe('The staff member the key acts as'),
  integration: identifier('integration').optional().describe('The system the key belongs to, e.g. work-orders'),
});
/** An unknown role is named as the enum names it. */
const roleProblem = (input: unknown) =>
  ApiRole.safeParse((input as { role?: unknown } | null)?.role).error?.issues[0]?.message;
/** What a key must name depends on its role: staff keys their staff member, integration keys their system. */
export const CreateApiKey = z
  .discriminatedUnion(
    'role',
    [
      ApiKeyFields.extend({
        role: z.enum(['frontline', 'community_manager', 'regional_manager']),
        staffId: identifier('staffId', 'staff keys must name the staff member')
          .meta({ example: 'mc-sam' })
          .describe('The staff member the key acts as'),
      }).strict(),
      ApiKeyFields.extend({
        role: z.literal('integration'),
        integration: identifier('integration', 'integration keys must name the integration')
          .meta({ example: 'work-orders' })
          .describe('The system the key belongs to, e.g. work-orders'),
      }).strict(),
      ApiKeyFields.extend({ role: z.literal('admin') }).strict(),
    ],
    { error: (issue) => (issue.code === 'invalid_union' ? roleProblem(issue.input) : undefined) },
  )
  .meta({ discriminator: { propertyName: 'role' } });
export const UpdateApiKey = z
  .object({
    name: name('name').optional(),
    revoked: z.literal(true).optional().describe('Revoke the key; cannot be undone'),
  })
  .strict();
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

const PolicyScope = z
  .union([z.literal(PORTFOLIO), identifier('propertyId')])
  .default(PORTFOLIO)
  .describe('A property, or "*" for the portfolio default');

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

export const CreateOwnershipRule = z
  .object({ propertyId: PolicyScope, category: CaseCategory, ownerRole: StaffRole })
  .strict();
export const UpdateOwnershipRule = z.object({ ownerRole: StaffRole }).strict();
export const OwnershipRule = z.object({
  id: z.string(),
  propertyId: z.string(),
  category: CaseCategory,
  ownerRole: StaffRole,
  createdAt: z.iso.datetime(),
});
