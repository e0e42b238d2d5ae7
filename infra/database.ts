import type { Config } from '../lib/config';
import { startEmbeddedPostgres } from './postgres';

/** The configured PostgreSQL, or the embedded one when DATABASE_URL is not set. */
export async function resolveDatabase(config: Config, log: (line: string) => void) {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, embedded: undefined };
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.EMBEDDED_POSTGRES_PORT, log });
  return { url: embedded.url, embedded };
}
