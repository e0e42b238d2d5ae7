// `npm run cases:repair -- [--property <id>]`: running cases reload their property's calendar and policy.
import { parseArgs } from 'node:util';
import { identifier } from '../domain/directory';
import { repairCases } from '../lib/case-repair';
import { loadConfig } from '../lib/config';
import { StartupError, exitOnStartupError } from '../lib/startup-error';
import { connectTemporal, createClient } from '../lib/temporal';

async function main() {
  const { values } = parseArgs({ options: { property: { type: 'string' } } });
  const property = values.property === undefined ? undefined : identifier('--property').safeParse(values.property);
  if (property && !property.success)
    throw new StartupError(`${property.error.issues[0]!.message}. Usage: npm run cases:repair -- [--property <id>]`);
  const config = loadConfig();
  // TEMPORAL_ADDRESS, else the embedded dev server of a running `npm start`.
  const address = config.TEMPORAL_ADDRESS ?? `127.0.0.1:${config.EMBEDDED_TEMPORAL_PORT}`;
  const connection = await connectTemporal(
    address,
    config.TEMPORAL_ADDRESS ? 'TEMPORAL_ADDRESS' : 'the embedded dev server',
    config,
  );
  try {
    const signalled = await repairCases(createClient(connection, config), { propertyId: property?.data });
    const where = property ? ` of ${property.data}` : '';
    console.log(`Told ${signalled.length} running case(s)${where} to reload their calendar and policy.`);
  } finally {
    await connection.close();
  }
}

main().catch(exitOnStartupError);
