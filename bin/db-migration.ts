// `npm run db:migration -- <name>`: writes the migration that takes the database schema to prisma/schema.prisma.
import { loadConfig } from '../lib/config';
import { StartupError, exitOnStartupError } from '../lib/startup-error';
import { resolveDatabase } from '../infra/postgres';
import { applyMigrations, createMigration } from '../infra/migrations';

async function main() {
  const name = process.argv[2];
  if (!name) throw new StartupError('usage: npm run db:migration -- <snake_case_name>');
  const config = loadConfig();
  const log = (line: string) => console.log(`db:migration: ${line}`);
  const database = await resolveDatabase(config, log);
  try {
    // The new migration is computed against the migrations already in the folder, so bring the database there first.
    await applyMigrations(database.url);
    const dir = await createMigration(database.url, name);
    if (!dir) {
      log('schema.prisma has no change that needs a migration');
      return;
    }
    const applied = await applyMigrations(database.url);
    log(`wrote ${dir}/migration.sql and applied ${applied.join(', ')}`);
  } finally {
    await database.embedded?.stop();
  }
}

main().catch(exitOnStartupError);
