import { createHash, randomBytes } from 'node:crypto';
import type { Db } from './db';
import type { ApiRole } from '../domain/directory';

/** API keys are shown once and stored only as a SHA-256 hash; the prefix lets people recognise a key. */
export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = `sr_${randomBytes(24).toString('base64url')}`;
  return { key, prefix: key.slice(0, 10), hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export interface MintRequest {
  name: string;
  role: ApiRole;
  propertyIds: string[];
  staffId?: string | null;
  integration?: string | null;
  /** Use this secret instead of a random one (ADMIN_API_KEY). */
  key?: string;
}

export async function mintApiKey(db: Db, request: MintRequest) {
  const generated = request.key
    ? { key: request.key, prefix: request.key.slice(0, 10), hash: hashApiKey(request.key) }
    : generateApiKey();
  const row = await db.apiKey.create({
    data: {
      name: request.name,
      role: request.role,
      propertyIds: request.propertyIds,
      staffId: request.staffId ?? null,
      integration: request.integration ?? null,
      prefix: generated.prefix,
      hash: generated.hash,
    },
  });
  return { row, key: generated.key };
}

/**
 * When the database has no active admin key: takes ADMIN_API_KEY, or creates one and returns it so the
 * caller prints it once. Returns null when an admin key already exists.
 */
export async function ensureAdminKey(
  db: Db,
  adminKeyFromEnv: string | undefined,
): Promise<{ key: string; fromEnv: boolean } | null> {
  return db.$transaction(async (tx) => {
    // One API replica at a time, so two starting together do not both create a key.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(727274)`;
    const existing = await tx.apiKey.count({ where: { role: 'admin', revokedAt: null } });
    if (existing > 0) return null;
    const { key } = await mintApiKey(tx as unknown as Db, {
      name: 'first admin',
      role: 'admin',
      propertyIds: ['*'],
      key: adminKeyFromEnv,
    });
    return { key, fromEnv: !!adminKeyFromEnv };
  });
}
