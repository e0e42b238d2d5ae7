import { PORTFOLIO, type ApiRole } from './directory';
import { staffActions, type CaseAction } from './staff-actions';

export type { CaseAction };

/**
 * Who may do what. A key sees only its properties; inside them, frontline staff act on cases they own or
 * that nobody owns, managers on any case, and only managers reassign, cancel and escalate by hand.
 * Integrations open cases and relay the resident's answers. Only admins manage keys, policies and the
 * directory.
 */
export interface Principal {
  keyId: string;
  role: ApiRole;
  /** Property ids, or "*" for the whole portfolio. */
  propertyIds: string[];
  staffId: string | null;
  /** Recorded as `by` on the case timeline. */
  actor: string;
}

export const isManager = (p: Principal) =>
  p.role === 'community_manager' || p.role === 'regional_manager' || p.role === 'admin';

export const seesPortfolio = (p: Principal) => p.propertyIds.includes(PORTFOLIO);

export function inScope(p: Principal, propertyId: string): boolean {
  return seesPortfolio(p) || p.propertyIds.includes(propertyId);
}

/** A Prisma `where` fragment limiting rows to the key's properties (undefined: no limit). */
export function scopeFilter(p: Principal): { in: string[] } | undefined {
  return seesPortfolio(p) ? undefined : { in: p.propertyIds };
}

const byPath = new Map(Object.values(staffActions).map((spec) => [spec.path as CaseAction, spec]));
/** What an integration may relay from the resident's side. */
const integrationActions = Object.values(staffActions)
  .filter((spec) => 'integrations' in spec)
  .map((spec) => spec.path);

/** Whether a key may take an action on a case (already known to be in scope), and if not, why not. */
export type Permission = { allowed: true } | { allowed: false; reason: string };

const allowed: Permission = { allowed: true };
const refused = (reason: string): Permission => ({ allowed: false, reason });

export function mayActOnCase(p: Principal, action: CaseAction, ownerId: string | null): Permission {
  const spec = byPath.get(action);
  if (!spec) return refused(`${action} is not an action on a case`);
  if (p.role === 'integration')
    return 'integrations' in spec
      ? allowed
      : refused(`integration keys may only relay ${integrationActions.join(' and ')}`);
  if (isManager(p)) return allowed;
  if (spec.who === 'managers') return refused(`only managers may ${action} a case`);
  if (ownerId !== null && ownerId !== p.staffId)
    return refused(`the case is owned by ${ownerId}; frontline staff act on their own or unowned cases`);
  return allowed;
}
