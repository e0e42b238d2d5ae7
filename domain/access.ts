import { PORTFOLIO, type ApiRole } from './directory';

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

export type CaseAction =
  | 'acknowledge'
  | 'facts'
  | 'resolution-plan'
  | 'agreement'
  | 'resolve'
  | 'feedback'
  | 'waiting-on-resident'
  | 'resume'
  | 'escalate'
  | 'assign'
  | 'severity'
  | 'notes'
  | 'cancel';

const managerOnly: ReadonlySet<CaseAction> = new Set(['escalate', 'assign', 'cancel']);
/** What an integration may relay from the resident's side. */
const integrationActions: ReadonlySet<CaseAction> = new Set(['agreement', 'feedback']);

/** Whether a key may take an action on a case (already known to be in scope), and if not, why not. */
export type Permission = { allowed: true } | { allowed: false; reason: string };

const allowed: Permission = { allowed: true };
const refused = (reason: string): Permission => ({ allowed: false, reason });

export function mayActOnCase(p: Principal, action: CaseAction, ownerId: string | null): Permission {
  if (p.role === 'integration')
    return integrationActions.has(action)
      ? allowed
      : refused(`integration keys may only relay ${[...integrationActions].join(' and ')}`);
  if (isManager(p)) return allowed;
  if (managerOnly.has(action)) return refused(`only managers may ${action} a case`);
  if (ownerId !== null && ownerId !== p.staffId)
    return refused(`the case is owned by ${ownerId}; frontline staff act on their own or unowned cases`);
  return allowed;
}
