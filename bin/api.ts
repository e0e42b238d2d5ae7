// `npm run start:api`: one API process (run as many replicas as the load needs, behind a load balancer).
import { buildApp } from '../api/app';
import { loadConfig, oidcSettings, requireDatabaseUrl, requireTemporalAddress } from '../lib/config';
import { connectDb } from '../lib/db';
import { exitOnStartupError } from '../lib/startup-error';
import { connectTemporal, createClient } from '../lib/temporal';
import { ensureAdminKey } from '../lib/api-keys';
import { ensureBuilt as ensureConsoleBuilt } from '../console/build.cjs';

async function main() {
  const config = loadConfig();
  // The staff console at /console/: rebuilt here when its sources changed since `npm install`.
  await ensureConsoleBuilt({ log: (line: string) => console.log(`api: ${line}`) });
  const databaseUrl = requireDatabaseUrl(config, 'API');
  const address = requireTemporalAddress(config, 'API');
  const db = await connectDb(databaseUrl, 'DATABASE_URL');
  const temporalConnection = await connectTemporal(address, 'TEMPORAL_ADDRESS', config);
  const app = await buildApp({
    db,
    temporal: createClient(temporalConnection, config),
    temporalConnection,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    logLevel: config.LOG_LEVEL,
    corsOrigins: config.CORS_ORIGINS,
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    reportsRateLimitPerMinute: config.REPORTS_RATE_LIMIT_PER_MINUTE,
    residentLinkDaysAfterClose: config.RESIDENT_LINK_DAYS_AFTER_CLOSE,
    residentPageRateLimitPerMinute: config.RESIDENT_PAGE_RATE_LIMIT_PER_MINUTE,
    oidc: oidcSettings(config),
  });
  const firstAdmin = await ensureAdminKey(db, config.ADMIN_API_KEY);
  if (firstAdmin?.fromEnv) console.log('api: created the first admin API key from ADMIN_API_KEY');
  else if (firstAdmin) {
    // Printed once: only its hash is stored.
    console.log(
      `api: no admin API key existed, so one was created. Store it now; it is not shown again:\n  ${firstAdmin.key}`,
    );
  }

  // Graceful shutdown: stop accepting connections, finish in-flight requests, then close the clients.
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await temporalConnection.close();
    await db.$disconnect();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  try {
    await app.listen({ host: config.HOST, port: config.PORT });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      const { StartupError } = await import('../lib/startup-error');
      throw new StartupError(`Port ${config.PORT} on ${config.HOST} is already in use. Stop what uses it or set PORT.`);
    }
    throw error;
  }
}

main().catch(exitOnStartupError);
