// `npm run keys:mint -- --name "Front desk" --role frontline --properties maple-court --staff mc-sam`
import { parseArgs } from 'node:util';
import { CreateApiKey } from '../domain/directory';
import { mintApiKey } from '../lib/api-keys';
import { loadConfig } from '../lib/config';
import { resolveDatabase } from '../infra/postgres';
import { connectDb } from '../lib/db';
import { StartupError, exitOnStartupError } from '../lib/startup-error';

async function main() {
  const { values } = parseArgs({
    options: {
      name: { type: 'string' },
      role: { type: 'string' },
      properties: { type: 'string', default: '*' },
      staff: { type: 'string' },
      integration: { type: 'string' },
    },
  });
  const parsed = CreateApiKey.safeParse({
    name: values.name,
    role: values.role,
    propertyIds: values
      .properties!.split(',')
      .map((p) => p.trim())
      .filter(Boolean),
    staffId: values.staff,
    integration: values.integration,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (i) =>
        `--${String(i.path[0] ?? '')
          .replace('propertyIds', 'properties')
          .replace('staffId', 'staff')}: ${i.message}`,
    );
    throw new StartupError(
      `Cannot mint the key: ${problems.join('; ')}. Usage: npm run keys:mint -- --name <name> --role frontline|community_manager|regional_manager|admin|integration --properties <id,id|*> [--staff <staffId>] [--integration <name>]`,
    );
  }
  const config = loadConfig();
  // DATABASE_URL, else the embedded cluster `npm start` uses (started for the moment if it is not running).
  const database = await resolveDatabase(config, (line) => console.log(`keys:mint: ${line}`));
  const db = await connectDb(database.url, 'DATABASE_URL');
  try {
    const { key, row } = await mintApiKey(db, parsed.data);
    console.log(
      `Minted ${row.role} key "${row.name}" (${row.id}) for ${row.propertyIds.join(', ')}. Store it now; it is not shown again:\n  ${key}`,
    );
  } finally {
    await db.$disconnect();
    await database.embedded?.stop();
  }
}

main().catch(exitOnStartupError);
