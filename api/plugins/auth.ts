import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Principal } from '../../domain/access';
import type { ApiRole } from '../../domain/directory';
import { hashApiKey } from '../../lib/api-keys';
import { HttpProblem } from '../problems';

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

/**
 * Bearer API keys: every route but the public ones needs `Authorization: Bearer <key>`; the key's role
 * and properties become `request.principal`, which routes use to scope and authorise.
 */
export default fp(async function auth(app: FastifyInstance) {
  const cache = new Map<string, { principal: Principal | null; until: number }>();
  const touched = new Map<string, number>();

  async function principalFor(key: string): Promise<Principal | null> {
    const hash = hashApiKey(key);
    const hit = cache.get(hash);
    if (hit && hit.until > Date.now()) return hit.principal;
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
    cache.set(hash, { principal, until: Date.now() + CACHE_MS });
    return principal;
  }

  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (request.routeOptions.config?.public || request.is404 || request.routeOptions.url?.startsWith('/docs')) return;
    const header = request.headers.authorization;
    const match = header?.match(/^Bearer\s+(\S+)$/i);
    if (!match) throw unauthorized('Send an API key as `Authorization: Bearer <key>`');
    const principal = await principalFor(match[1]!);
    if (!principal) throw unauthorized('The API key is unknown or revoked');
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
