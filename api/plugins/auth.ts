import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Principal } from '../../domain/access';
import type { ApiRole } from '../../domain/directory';
import { hashApiKey } from '../../lib/api-keys';
import { deterministicUuid } from '../../lib/case-starter';
import { createOidcVerifier, InvalidToken, looksLikeJwt, ProviderUnavailable } from '../../lib/oidc';
import { HttpProblem, problems } from '../problems';
import { Throttle } from './throttle';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    /** Reachable without an API key (health, docs). */
    public?: boolean;
  }
}

/** Looked-up keys are kept this long (`apiKeyCacheMs`), so a revocation takes effect within it on every replica. */
const CACHE_MS = 5_000;
/** At most this many keys are kept; unknown keys are never kept (the address throttle bounds their cost). */
const CACHE_MAX = 10_000;

/**
 * Bearer API keys: every route but the public ones needs `Authorization: Bearer <key>`; the key's role
 * and properties become `request.principal`, which routes use to scope and authorise. When OIDC is
 * configured, a bearer value shaped like a JWT is an access token of the organisation's identity provider:
 * the provider says who the person is, the staff directory what they may do.
 */
export default fp(async function auth(app: FastifyInstance) {
  const cache = new Map<string, { principal: Principal; until: number }>();
  const cacheMs = app.deps.apiKeyCacheMs ?? CACHE_MS;
  const touched = new Map<string, number>();
  const throttle = new Throttle();
  const perMinute = app.deps.rateLimitPerMinute ?? 1200;
  const reportsPerMinute = app.deps.reportsRateLimitPerMinute ?? Math.min(60, perMinute);
  const oidc = app.deps.oidc;
  const verifier = oidc ? createOidcVerifier(oidc) : null;

  async function principalFor(key: string): Promise<Principal | null> {
    const hash = hashApiKey(key);
    const hit = cache.get(hash);
    if (hit && hit.until > Date.now()) return hit.principal;
    cache.delete(hash);
    const row = await app.deps.db.apiKey.findUnique({ where: { hash } });
    const principal: Principal | null =
      row && !row.revokedAt
        ? {
            keyId: row.id,
            role: row.role as ApiRole,
            propertyIds: row.propertyIds,
            staffId: row.staffId,
            actor: row.staffId ?? (row.integration ? `integration:${row.integration}` : `key:${row.prefix}`),
          }
        : null;
    if (principal) {
      if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
      cache.set(hash, { principal, until: Date.now() + cacheMs });
    }
    return principal;
  }

  /** A person signed in at the organisation's provider: their active staff row decides role and properties. */
  async function principalForToken(token: string): Promise<Principal> {
    const hash = `oidc:${hashApiKey(token)}`;
    const hit = cache.get(hash);
    if (hit && hit.until > Date.now()) return hit.principal;
    cache.delete(hash);
    let claims;
    try {
      claims = await verifier!.verify(token);
    } catch (error) {
      if (error instanceof InvalidToken) throw unauthorized(error.message);
      if (error instanceof ProviderUnavailable) {
        app.log.warn({ err: error }, 'OIDC provider unavailable');
        throw problems.unavailable('The identity provider (OIDC_ISSUER)');
      }
      throw error;
    }
    const claimName = oidc!.staffClaim;
    const value = claims[claimName];
    if (typeof value !== 'string' || value === '') {
      throw refused('unknown-staff-member', `The access token has no "${claimName}" claim to find the staff member by`);
    }
    const staff = await staffFor(value);
    if (staff.length === 0) {
      const detail = `No staff member has the ${claimName} "${value}"; an admin adds them to the staff directory`;
      throw refused('unknown-staff-member', detail);
    }
    const active = staff.filter((s) => s.active);
    if (active.length === 0) {
      throw refused('inactive-staff-member', `The staff member ${staff[0]!.id} (${claimName} "${value}") is inactive`);
    }
    if (active.length > 1) {
      const ids = active.map((s) => s.id).join(', ');
      throw refused('ambiguous-staff-member', `Several active staff members have the ${claimName} "${value}": ${ids}`);
    }
    const person = active[0]!;
    const principal: Principal = {
      // Stable per person, so rate limits and idempotency keys follow the person across tokens.
      keyId: deterministicUuid(`oidc\n${oidc!.issuer}\n${person.id}`),
      role: apiRoleOf(person.role),
      propertyIds: person.propertyIds,
      staffId: person.id,
      actor: person.id,
    };
    // Kept no longer than the token lives, nor than a key is (so deactivating someone takes effect soon).
    const until = Math.min(Date.now() + CACHE_MS, (claims.exp ?? 0) * 1000);
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
    cache.set(hash, { principal, until });
    return principal;
  }

  /** Staff rows for a claim value: by e-mail address (any case), else by id. */
  async function staffFor(value: string) {
    const found = await app.deps.db.staffMember.findMany({
      where: { email: { equals: value, mode: 'insensitive' } },
      orderBy: { id: 'asc' },
    });
    // Compared again here, so no character of the claim (an address may hold % or _) can act as a pattern.
    const byEmail = found.filter((s) => s.email?.toLowerCase() === value.toLowerCase());
    if (byEmail.length > 0) return byEmail;
    return app.deps.db.staffMember.findMany({ where: { id: value } });
  }

  function limited(reply: FastifyReply, seconds: number, detail: string) {
    reply.header('retry-after', String(seconds));
    return new HttpProblem(429, 'rate-limited', 'Too many requests', `${detail}; retry in ${seconds} s`);
  }

  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.routeOptions.config?.public || request.routeOptions.url?.startsWith('/docs')) return;
    // Requests without a valid key (and probes of unknown paths) are counted per client address before
    // any key is looked up, so guessing keys or ids is slow.
    const address = `address:${request.ip}`;
    const wait = throttle.blockedFor(address, perMinute);
    if (wait) throw limited(reply, wait, 'Too many requests without a valid API key from this address');
    if (request.is404) {
      throttle.take(address, perMinute);
      return;
    }
    const header = request.headers.authorization;
    const match = header?.match(/^Bearer\s+(\S+)$/i);
    const viaOidc = !!match && !!verifier && looksLikeJwt(match[1]!);
    let principal: Principal | null = null;
    try {
      if (viaOidc) principal = await principalForToken(match[1]!);
      else if (match) principal = await principalFor(match[1]!);
    } catch (error) {
      // A refused token or person costs the address like an unknown key does.
      const refusal = error instanceof HttpProblem && (error.status === 401 || error.status === 403);
      if (refusal) throttle.take(address, perMinute);
      throw error;
    }
    if (!principal) {
      throttle.take(address, perMinute);
      const why = match ? 'The API key is unknown or revoked' : 'Send an API key as `Authorization: Bearer <key>`';
      throw unauthorized(why);
    }
    // Authenticated requests count per key, however the header is spelled; reports have their own budget.
    const reports = request.routeOptions.url?.startsWith('/v1/reports') ?? false;
    const over = reports
      ? throttle.take(`reports:${principal.keyId}`, reportsPerMinute)
      : throttle.take(`key:${principal.keyId}`, perMinute);
    if (over) throw limited(reply, over, `This API key sent too many ${reports ? 'report requests' : 'requests'}`);
    request.principal = principal;
    // Last use is informative; writing it at most once a minute per key keeps requests cheap.
    if (viaOidc) return;
    const last = touched.get(principal.keyId) ?? 0;
    if (Date.now() - last > 60_000) {
      touched.set(principal.keyId, Date.now());
      void app.deps.db.apiKey
        .update({ where: { id: principal.keyId }, data: { lastUsedAt: new Date() } })
        .catch(() => {});
    }
  });
});

/** A staff member signed in through OIDC acts as a staff key of their role would: managers as managers. */
function apiRoleOf(staffRole: string): ApiRole {
  return staffRole === 'community_manager' || staffRole === 'regional_manager' ? staffRole : 'frontline';
}

/** A valid token for a person the staff directory does not let in. */
function refused(kind: string, detail: string) {
  return new HttpProblem(403, kind, 'Forbidden', detail);
}

function unauthorized(detail: string) {
  return new HttpProblem(401, 'unauthorized', 'Unauthorized', detail);
}

/** The caller, for routes that require one (every non-public route). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw unauthorized('Send an API key as `Authorization: Bearer <key>`');
  return request.principal;
}

export function forbidden(detail: string) {
  return new HttpProblem(403, 'forbidden', 'Forbidden', detail);
}

export function requireRole(request: FastifyRequest, roles: readonly ApiRole[], what: string): Principal {
  const principal = principalOf(request);
  if (!roles.includes(principal.role))
    throw forbidden(`${what} needs one of the roles ${roles.join(', ')}; this key is ${principal.role}`);
  return principal;
}
