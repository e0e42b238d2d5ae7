import type { Db } from '../lib/db';
import { BusinessCalendar } from '../domain/timeframes';
import { StagePolicy, defaultPolicy } from '../domain/policies';
import type { LadderRung, OpenCaseRequest } from '../domain/case';

/**
 * Activities that read the operator's configuration: the property's calendar, the policy for a category x
 * severity, the ownership rules and the staff who sit on the escalation ladder. A property-specific row wins
 * over the portfolio's ("*"); with no row at all the seeded defaults apply, so a case never waits on setup.
 */
export interface CaseSetup {
  calendar: BusinessCalendar;
  policy: StagePolicy;
  /** Owner, community manager, regional manager. */
  ladder: LadderRung[];
}

export const ESCALATION_ROLES = ['community_manager', 'regional_manager'] as const;

/**
 * A property's business calendar; UTC office hours for a property not (yet) in the directory. A stored
 * calendar that breaks today's rules is passed on as stored rather than failing the activity forever: the
 * workflow's clock arithmetic copes with any calendar and reports what it could not follow.
 */
export async function loadCalendar(db: Db, propertyId: string): Promise<BusinessCalendar> {
  const property = await db.property.findUnique({ where: { id: propertyId } });
  if (!property) return BusinessCalendar.parse({ timeZone: 'UTC' });
  const { timeZone, businessDays, opensAt, closesAt, holidays } = property;
  const stored = { timeZone, businessDays, opensAt, closesAt, holidays };
  const parsed = BusinessCalendar.safeParse(stored);
  return parsed.success ? parsed.data : stored;
}

export function createDirectoryActivities(db: Db) {
  async function loadPolicy(request: {
    propertyId: string;
    category: OpenCaseRequest['category'];
    severity: OpenCaseRequest['severity'];
  }): Promise<StagePolicy> {
    const rows = await db.policy.findMany({
      where: { category: request.category, severity: request.severity, propertyId: { in: [request.propertyId, '*'] } },
    });
    const row = rows.find((r) => r.propertyId === request.propertyId) ?? rows.find((r) => r.propertyId === '*');
    return row ? StagePolicy.parse(row.policy) : defaultPolicy(request.category, request.severity);
  }

  async function staffFor(propertyId: string, role: string): Promise<string | null> {
    const candidates = await db.staffMember.findMany({
      where: { role, active: true, propertyIds: { has: propertyId } },
      orderBy: { id: 'asc' },
      select: { id: true },
    });
    if (candidates.length === 0) return null;
    if (candidates.length === 1) return candidates[0]!.id;
    // Spread the load: the candidate owning the fewest open cases (ties by id, so the choice is stable).
    const load = await db.case.groupBy({
      by: ['ownerId'],
      where: { status: 'open', ownerId: { in: candidates.map((c) => c.id) } },
      _count: { _all: true },
    });
    const openCases = new Map(load.map((row) => [row.ownerId, row._count._all]));
    return [...candidates].sort((a, b) => (openCases.get(a.id) ?? 0) - (openCases.get(b.id) ?? 0))[0]!.id;
  }

  return {
    loadPolicy,

    async loadCaseSetup(request: {
      propertyId: string;
      category: OpenCaseRequest['category'];
      severity: OpenCaseRequest['severity'];
    }): Promise<CaseSetup> {
      const [calendar, policy, rules] = await Promise.all([
        loadCalendar(db, request.propertyId),
        loadPolicy(request),
        db.ownershipRule.findMany({
          where: { category: request.category, propertyId: { in: [request.propertyId, '*'] } },
        }),
      ]);
      const rule = rules.find((r) => r.propertyId === request.propertyId) ?? rules.find((r) => r.propertyId === '*');
      const ownerRole = rule?.ownerRole ?? policy.ownerRole;
      const roles = [ownerRole, ...ESCALATION_ROLES];
      const ladder = await Promise.all(
        roles.map(async (role, level) => ({ level, role, staffId: await staffFor(request.propertyId, role) })),
      );
      return { calendar, policy, ladder };
    },

    /** The calendar and policy as they stand now, for a running case told that its configuration changed. */
    async loadCaseConfiguration(request: {
      propertyId: string;
      category: OpenCaseRequest['category'];
      severity: OpenCaseRequest['severity'];
    }): Promise<{ calendar: BusinessCalendar; policy: StagePolicy }> {
      const [calendar, policy] = await Promise.all([loadCalendar(db, request.propertyId), loadPolicy(request)]);
      return { calendar, policy };
    },

    /**
     * The staff member a manager assigns must exist, be active and work at the property. One answer for
     * all three, so a case's property learns nothing about the staff of another.
     */
    async checkAssignee(request: {
      propertyId: string;
      staffId: string;
    }): Promise<{ ok: true; role: string } | { ok: false; reason: string }> {
      const staff = await db.staffMember.findFirst({
        where: { id: request.staffId, active: true, propertyIds: { has: request.propertyId } },
      });
      if (!staff)
        return { ok: false, reason: `no active staff member ${request.staffId} works at ${request.propertyId}` };
      return { ok: true, role: staff.role };
    },
  };
}
