import { caseCategories, type Severity } from '../domain/case';
import { defaultOwnerRole, defaultPolicy } from '../domain/policies';
import { ensureAdminKey, mintApiKey } from './api-keys';
import type { Db } from './db';

/**
 * A small portfolio for a first run, so the API can be tried from /docs at once: two properties in
 * different time zones, staff in every role, households, the default policies and ownership rules written
 * out (so they can be read and changed through the API), and keys for an admin and a frontline member.
 */
export interface DemoKeys {
  admin: string | null;
  frontline: string;
  integration: string;
}

const severities: Severity[] = ['low', 'medium', 'high', 'critical'];

export async function isEmpty(db: Db): Promise<boolean> {
  return (await db.property.count()) === 0 && (await db.case.count()) === 0;
}

/**
 * `portfolioRules: false` leaves out the portfolio-wide (`*`) policies and ownership rules: tests sharing a
 * database use it, because those rows change who owns every other property's cases.
 */
export async function seedDemoPortfolio(
  db: Db,
  adminKeyFromEnv?: string,
  { portfolioRules = true } = {},
): Promise<DemoKeys> {
  await db.property.createMany({
    data: [
      {
        id: 'maple-court',
        name: 'Maple Court Apartments',
        timeZone: 'America/New_York',
        holidays: ['2026-11-26', '2026-12-25'],
      },
      {
        id: 'harbour-view',
        name: 'Harbour View Residences',
        timeZone: 'Europe/London',
        opensAt: '08:30',
        closesAt: '17:30',
        holidays: ['2026-12-25', '2026-12-28'],
      },
    ],
    skipDuplicates: true,
  });
  const staff = [
    ['maple-court', 'mc-dana', 'Dana Ortiz', 'maintenance'],
    ['maple-court', 'mc-lee', 'Lee Park', 'leasing'],
    ['maple-court', 'mc-sam', 'Sam Rivera', 'concierge'],
    ['maple-court', 'mc-ana', 'Ana Silva', 'resident_experience'],
    ['maple-court', 'mc-chris', 'Chris Moore', 'community_manager'],
    ['harbour-view', 'hv-tom', 'Tom Hughes', 'maintenance'],
    ['harbour-view', 'hv-priya', 'Priya Shah', 'leasing'],
    ['harbour-view', 'hv-joe', 'Joe Evans', 'concierge'],
    ['harbour-view', 'hv-emma', 'Emma Clarke', 'resident_experience'],
    ['harbour-view', 'hv-olivia', 'Olivia Brown', 'community_manager'],
  ] as const;
  await db.staffMember.createMany({
    data: [
      ...staff.map(([propertyId, id, name, role]) => ({
        id,
        name,
        role,
        email: `${id}@demo.invalid`,
        propertyIds: [propertyId],
      })),
      {
        id: 'rm-riley',
        name: 'Riley Chen',
        role: 'regional_manager',
        email: 'rm-riley@demo.invalid',
        propertyIds: ['maple-court', 'harbour-view'],
      },
    ],
    skipDuplicates: true,
  });
  await db.household.createMany({
    data: [
      {
        id: 'mc-12b',
        propertyId: 'maple-court',
        unit: '12B',
        name: 'Jordan & Casey Lee',
        contacts: [{ name: 'Jordan Lee', email: 'jordan@demo.invalid', phone: '+1 555 0100' }],
        leaseEndsOn: new Date('2027-01-31'),
        moveInOn: new Date('2025-02-01'),
      },
      {
        id: 'mc-4a',
        propertyId: 'maple-court',
        unit: '4A',
        name: 'Morgan Diaz',
        contacts: [{ name: 'Morgan Diaz', email: 'morgan@demo.invalid' }],
        leaseEndsOn: new Date('2027-06-30'),
        moveInOn: new Date('2026-11-01'),
        language: 'es-US',
      },
      {
        id: 'hv-301',
        propertyId: 'harbour-view',
        unit: '301',
        name: 'Alex Taylor',
        contacts: [{ name: 'Alex Taylor', email: 'alex@demo.invalid', phone: '+44 20 7946 0000' }],
        leaseEndsOn: new Date('2026-12-31'),
        moveInOn: new Date('2024-01-15'),
      },
    ],
    skipDuplicates: true,
  });
  if (portfolioRules) {
    await db.policy.createMany({
      data: caseCategories.flatMap((category) =>
        severities.map((severity) => ({
          propertyId: '*',
          category,
          severity,
          policy: defaultPolicy(category, severity) as object,
        })),
      ),
      skipDuplicates: true,
    });
    await db.ownershipRule.createMany({
      data: caseCategories.map((category) => ({ propertyId: '*', category, ownerRole: defaultOwnerRole[category] })),
      skipDuplicates: true,
    });
  }
  const admin = await ensureAdminKey(db, adminKeyFromEnv);
  const frontline = await mintApiKey(db, {
    name: 'demo front desk (Maple Court)',
    role: 'frontline',
    propertyIds: ['maple-court'],
    staffId: 'mc-sam',
  });
  const integration = await mintApiKey(db, {
    name: 'demo resident app',
    role: 'integration',
    propertyIds: ['*'],
    integration: 'resident-app',
  });
  return { admin: admin && !admin.fromEnv ? admin.key : null, frontline: frontline.key, integration: integration.key };
}
