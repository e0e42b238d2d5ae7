// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded PostgreSQL).
import { loadConfig, redactUrl } from '../lib/config';
import { exitOnStartupError } from '../lib/startup-error';
import { resolveDatabase } from '../infra/postgres';
import { applyMigrations } from '../infra/migrations';

async function main() {
  const config = loadConfig();
  const log = (line: string) => console.log(`db:migrate: ${line}`);
  const database = await resolveDatabase(config, log);
  try {
    const applied = await applyMigrations(database.url);
    log(
      applied.length
        ? `applied ${applied.join(', ')} to ${redactUrl(database.url)}`
        : `${redactUrl(database.url)} is up to date`,
    );
  } finally {
    await database.embedded?.stop();
  }
}

main().catch(exitOnStartupError);
