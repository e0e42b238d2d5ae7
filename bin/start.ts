// `npm start`: the whole service on a laptop. Starts what is not configured (PostgreSQL, Temporal dev
// server), applies migrations, then runs the worker and the API as child processes with the same entry
// points production uses, prints the URLs, and stops every child cleanly on Ctrl-C.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, redactUrl } from '../lib/config';
import { StartupError, exitOnStartupError } from '../lib/startup-error';
import { resolveDatabase } from '../infra/postgres';
import { applyMigrations } from '../infra/migrations';
import { isEmpty, seedDemoPortfolio, type DemoKeys } from '../lib/demo-portfolio';
import { exited, terminate } from '../infra/process';
import { locateTemporalCli, startDevServer, type DevServer } from '../infra/temporal-server';
import { connectDb } from '../lib/db';
import { connectTemporal } from '../lib/temporal';

const log = (line: string) => console.log(`start: ${line}`);
const stops: Array<() => Promise<void>> = [];
let stopping: Promise<void> | null = null;

/**
 * Stops every part, the last started first, then exits. A supervisor signals the whole process group, so
 * the signal can arrive more than once (directly and relayed by npm/tsx): every call waits for the one
 * stop, so no second signal cuts it short and leaves PostgreSQL running.
 */
async function stopAll(code: number): Promise<never> {
  stopping ??= (async () => {
    log('stopping…');
    for (const stop of stops.reverse()) await stop().catch((error) => console.error(error));
    log('stopped');
  })();
  await stopping;
  process.exit(code);
}

function child(name: string, script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const tsx = require.resolve('tsx/cli');
  const proc = spawn(process.execPath, [tsx, path.join(__dirname, script)], { env, stdio: 'inherit' });
  stops.push(() => terminate(proc));
  void exited(proc).then((code) => {
    if (!stopping) {
      console.error(`start: the ${name} exited (${code}); stopping everything`);
      void stopAll(1);
    }
  });
  return proc;
}

async function waitForReady(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return;
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new StartupError(`the API did not become ready at ${url} within ${timeoutMs / 1000} s`);
}

async function main() {
  const started = Date.now();
  const config = loadConfig();
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  fs.mkdirSync(config.dataDir, { recursive: true });

  const database = await resolveDatabase(config, log);
  if (database.embedded) stops.push(() => database.embedded!.stop());
  const db = await connectDb(database.url, database.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL');
  const applied = await applyMigrations(database.url);
  if (applied.length) log(`applied migrations ${applied.join(', ')}`);
  let demo: DemoKeys | null = null;
  if (config.SEED_DEMO && (await isEmpty(db))) demo = await seedDemoPortfolio(db, config.ADMIN_API_KEY);
  await db.$disconnect();

  let temporalAddress = config.TEMPORAL_ADDRESS;
  let temporalUi = config.TEMPORAL_UI_URL;
  if (!temporalAddress) {
    const cli = await locateTemporalCli({ explicitPath: config.TEMPORAL_CLI_PATH, log });
    const server: DevServer = await startDevServer({
      cliPath: cli,
      port: config.EMBEDDED_TEMPORAL_PORT,
      uiPort: config.EMBEDDED_TEMPORAL_UI_PORT,
      dbFile: path.join(config.dataDir, 'temporal.sqlite'),
      logFile: path.join(config.dataDir, 'temporal.log'),
      log,
    });
    stops.push(() => server.stop());
    temporalAddress = server.address;
    temporalUi ??= server.uiUrl;
  } else {
    const connection = await connectTemporal(temporalAddress, 'TEMPORAL_ADDRESS', config);
    await connection.close();
  }

  const env = { ...process.env, DATABASE_URL: database.url, TEMPORAL_ADDRESS: temporalAddress };
  child('worker', 'worker.ts', env);
  child('API', 'api.ts', env);
  const apiUrl = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${config.PORT}`;
  await waitForReady(`${apiUrl}/readyz`, 60_000);
  if (stopping) return;
  const demoCase = demo ? await openDemoCase(apiUrl, demo.frontline) : null;

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const withProvider = config.OIDC_ISSUER && config.OIDC_CLIENT_ID;
  const signIn = withProvider ? `with ${config.OIDC_ORG_NAME} or an API key` : 'with an API key';
  console.log(
    [
      '',
      `Service Recovery is ready (${seconds} s):`,
      `  API          ${apiUrl}`,
      `  API docs     ${apiUrl}/docs   (OpenAPI: ${apiUrl}/openapi.json)`,
      `  Console      ${apiUrl}/console/   (staff: sign in ${signIn})`,
      `  Temporal UI  ${temporalUi ?? `(not known; set TEMPORAL_UI_URL)`}   namespace ${config.TEMPORAL_NAMESPACE}`,
      `  PostgreSQL   ${redactUrl(database.url)}${database.embedded ? ` (embedded, data in ${database.embedded.dataDir})` : ''}`,
      ...(demo
        ? [
            '',
            'The database was empty, so a demo portfolio was loaded (Maple Court, New York; Harbour View, London;',
            'staff in every role, households, default policies). Keys, shown this once (only hashes are stored):',
            `  admin                     ${demo.admin ?? '(from ADMIN_API_KEY)'}`,
            `  frontline (Maple Court)   ${demo.frontline}`,
            `  integration (resident app) ${demo.integration}`,
            'Try it at /console/ (sign in with a key) or /docs with "Authorize". Set SEED_DEMO=false to start empty.',
          ]
        : []),
      ...(demoCase
        ? [
            '',
            `A demo case was opened for household mc-12b (${demoCase.id}).`,
            "The resident's own page (open it on a phone):",
            `  ${demoCase.residentLink}`,
          ]
        : []),
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

/** A first case for the demo household, so its resident link can be opened at once; null if that fails. */
async function openDemoCase(apiUrl: string, key: string): Promise<{ id: string; residentLink: string } | null> {
  try {
    const response = await fetch(`${apiUrl}/v1/cases`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': 'demo-case' },
      body: JSON.stringify({
        propertyId: 'maple-court',
        residentId: 'mc-12b',
        category: 'maintenance_delay',
        severity: 'high',
        channel: 'resident_app',
        summary: 'Dishwasher repair promised Monday, still broken',
        unit: '12B',
      }),
    });
    const body = (await response.json()) as { id?: string; residentLink?: string | null };
    return response.ok && body.id && body.residentLink ? { id: body.id, residentLink: body.residentLink } : null;
  } catch (error) {
    log(`could not open the demo case: ${String(error)}`);
    return null;
  }
}

main().catch(async (error) => {
  for (const stop of stops.reverse()) await stop().catch(() => {});
  exitOnStartupError(error);
});
