import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Principal } from '../../domain/access';
import type { ApiRole } from '../../domain/directory';
import { hashApiKey } from '../../lib/api-keys';
import { HttpProblem } from '../problems';
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

/** Looked-up keys are kept this long, so a revocation takes effect within it on every replica. */
const CACHE_MS = 5_000;
/** At most this many keys are kept; unknown keys are never kept (the address throttle bounds their cost). */
const CACHE_MAX = 10_000;

/**
 * Bearer API keys: every route but the public ones needs `Authorization: Bearer <key>`; the key's role
 * and properties become `request.principal`, which routes use to scope and authorise.
 */
export default fp(async function auth(app: FastifyInstance) {
  const cache = new Map<string, { principal: Principal; until: number }>();
  const touched = new Map<string, number>();
  const throttle = new Throttle();
  const perMinute = app.deps.rateLimitPerMinute ?? 1200;
  const reportsPerMinute = app.deps.reportsRateLimitPerMinute ?? Math.min(60, perMinute);

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
      cache.set(hash, { principal, until: Date.now() + CACHE_MS });
    }
    return principal;
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
    const principal = match ? await principalFor(match[1]!) : null;
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
    const last = touched.get(principal.keyId) ?? 0;
    if (Date.now() - last > 60_000) {
      touched.set(principal.keyId, Date.now());
      void app.deps.db.apiKey.update({ where: { id: principal.keyId }, data: { lastUsedAt: new Date() } }).catch(() => {});
    }
  });
});

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
  if (!roles.includes(principal.role)) throw forbidden(`${what} needs one of the roles ${roles.join(', ')}; this key is ${principal.role}`);
  return principal;
}
