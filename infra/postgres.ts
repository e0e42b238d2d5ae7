import fs from 'node:fs';
import os from 'node:os';
import { createHash } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import type { Config } from '../lib/config';
import { StartupError } from '../lib/startup-error';
import { isExecutable, lastLines, run, which } from './process';

/**
 * A private PostgreSQL cluster in the project's data folder, for laptops and tests: `initdb` once,
 * then `pg_ctl start` on a loopback port. Production points DATABASE_URL at a managed PostgreSQL.
 */
export interface EmbeddedPostgres {
  url: string;
  /** Where the cluster's files are (always under the data folder). */
  dataDir: string;
  /** False when the cluster was already running (another `npm start`): then `stop()` leaves it alone. */
  startedHere: boolean;
  stop(): Promise<void>;
}

const DATABASE = 'service_recovery';

export function findPostgresBinaries(): string {
  const candidates: string[] = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  const onPath = which('pg_ctl');
  if (onPath) candidates.push(path.dirname(onPath));
  for (const root of ['/usr/lib/postgresql', '/usr/local/opt', '/opt/homebrew/opt']) {
    if (!fs.existsSync(root)) continue;
    const versions = fs
      .readdirSync(root)
      .filter((name) => /^(postgresql@)?\d+$/.test(name))
      .sort((a, b) => Number(b.replace(/\D/g, '')) - Number(a.replace(/\D/g, '')));
    for (const version of versions) candidates.push(path.join(root, version, 'bin'));
  }
  candidates.push('/usr/local/pgsql/bin');
  const found = candidates.find(
    (dir) => isExecutable(path.join(dir, 'pg_ctl')) && isExecutable(path.join(dir, 'initdb')),
  );
  if (!found) {
    throw new StartupError(
      'PostgreSQL is not configured and no PostgreSQL server binaries were found (looked for pg_ctl and initdb in PG_BIN, ' +
        'on PATH and in /usr/lib/postgresql/*/bin). Install PostgreSQL 14 or newer (e.g. `apt install postgresql`), ' +
        'or set DATABASE_URL to an existing database.',
    );
  }
  return found;
}

/** initdb refuses to run as root; on such machines the cluster belongs to the `postgres` system user. */
function asClusterOwner(command: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [command, args];
  const runuser = which('runuser') ?? '/usr/sbin/runuser';
  return [runuser, ['-u', 'postgres', '--', command, ...args]];
}

/**
 * The data folder, made reachable for the cluster's owner (the `postgres` user when running as root). Never
 * a temporary folder: the cluster is durable data, and Temporal's state beside it would outlive it. When a
 * folder above the data folder is closed to that user (a clone under /root, say), start stops and says so.
 */
export async function clusterHome(dataDir: string): Promise<string> {
  const target = path.resolve(dataDir);
  const parts = target.split(path.sep).filter(Boolean);
  const folders = parts.map((_, i) => path.sep + parts.slice(0, i + 1).join(path.sep));
  // The data folder and the folders made for it now are ours to open for passing through.
  const ours = new Set([target, ...folders.filter((dir) => !fs.existsSync(dir))]);
  fs.mkdirSync(target, { recursive: true });
  if (process.getuid?.() !== 0) return dataDir;
  const reachable = async (dir: string) => (await run(...asClusterOwner('test', ['-x', dir]))).code === 0;
  if (await reachable(target)) return dataDir;
  // Open our own folders on the way to the owner (to pass through, not to read; the cluster keeps 0700);
  // stop at the first folder of someone else's that is closed to it.
  for (const dir of folders) {
    if (await reachable(dir)) continue;
    if (ours.has(dir)) {
      fs.chmodSync(dir, fs.statSync(dir).mode | 0o111);
      if (await reachable(dir)) continue;
    }
    throw new StartupError(
      `The embedded PostgreSQL runs as the postgres user (this process runs as root), and that user cannot enter ${dir}, ` +
        `so it cannot reach DATA_DIR (${dataDir}). Set DATA_DIR to a folder the postgres user can reach ` +
        `(e.g. DATA_DIR=/var/lib/service-recovery), or let it through with \`chmod o+x ${dir}\`, or run as a ` +
        'non-root user, or set DATABASE_URL to an existing PostgreSQL.',
    );
  }
  return dataDir;
}

async function chownToPostgres(dir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const result = await run('chown', ['-R', 'postgres:postgres', dir]);
  if (result.code !== 0) {
    throw new StartupError(`Cannot give ${dir} to the postgres user (running as root): ${lastLines(result.stderr)}`);
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
  /** False only for throwaway clusters (tests, benchmarks): no fsync, so a crash may lose or corrupt data. */
  durable?: boolean;
}): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => {});
  const bin = findPostgresBinaries();
  const home = await clusterHome(options.dataDir).catch((error: unknown) => {
    // A throwaway cluster (tests, benchmarks; fsync off) holds nothing to keep: when the clone sits behind a
    // folder closed to the postgres user (a CI checkout under /root), it may live in a temporary folder instead.
    if (options.durable !== false || !(error instanceof StartupError)) throw error;
    const id = createHash('sha256').update(path.resolve(options.dataDir)).digest('hex').slice(0, 12);
    const fallback = path.join(os.tmpdir(), `service-recovery-throwaway-${id}`);
    log(`${options.dataDir} is closed to the postgres user; this throwaway cluster lives in ${fallback}`);
    return clusterHome(fallback);
  });
  const clusterDir = path.join(home, 'postgres');
  const logFile = path.join(home, 'postgres.log');

  if (!fs.existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    log(`initialising a PostgreSQL cluster in ${clusterDir}`);
    fs.mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
    await chownToPostgres(clusterDir);
    const [cmd, args] = asClusterOwner(path.join(bin, 'initdb'), [
      '-D',
      clusterDir,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    const result = await run(cmd, args);
    if (result.code !== 0) {
      throw new StartupError(`initdb failed for ${clusterDir}: ${lastLines(result.stderr || result.stdout)}`);
    }
  }
  if (!fs.existsSync(logFile)) fs.writeFileSync(logFile, '');
  await chownToPostgres(logFile);

  const pgCtl = path.join(bin, 'pg_ctl');
  const status = await run(...asClusterOwner(pgCtl, ['status', '-D', clusterDir]));
  const startedHere = status.code !== 0;
  if (startedHere) {
    log(`starting PostgreSQL on 127.0.0.1:${options.port}`);
    // No Unix socket: the cluster is reached over loopback TCP only, so nothing outside the data folder is touched.
    const speed = options.durable === false ? ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off' : '';
    const serverOptions = `-p ${options.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200${speed}`;
    const [cmd, args] = asClusterOwner(pgCtl, [
      'start',
      '-D',
      clusterDir,
      '-l',
      logFile,
      '-w',
      '-t',
      '60',
      '-o',
      serverOptions,
    ]);
    const result = await run(cmd, args);
    if (result.code !== 0) {
      const serverLog = fs.existsSync(logFile) ? lastLines(fs.readFileSync(logFile, 'utf8'), 3) : '';
      throw new StartupError(
        `Embedded PostgreSQL did not start on 127.0.0.1:${options.port} (data in ${clusterDir}): ${serverLog || lastLines(result.stderr)}. ` +
          'If the port is taken, set EMBEDDED_POSTGRES_PORT, or set DATABASE_URL to use an existing PostgreSQL.',
      );
    }
  }
  // A cluster left running from this folder keeps the port it was started with (line 4 of postmaster.pid).
  const port = startedHere ? options.port : (runningPort(clusterDir) ?? options.port);
  if (!startedHere) log(`PostgreSQL is already running from ${clusterDir} on port ${port}`);

  const serverUrl = `postgresql://postgres@127.0.0.1:${port}`;
  await ensureDatabase(`${serverUrl}/${DATABASE}`);
  return {
    url: `${serverUrl}/${DATABASE}`,
    dataDir: clusterDir,
    startedHere,
    async stop() {
      if (startedHere) await run(...asClusterOwner(pgCtl, ['stop', '-D', clusterDir, '-m', 'fast', '-w']));
    },
  };
}

function runningPort(clusterDir: string): number | undefined {
  try {
    const port = Number(fs.readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[3]);
    return Number.isInteger(port) && port > 0 ? port : undefined;
  } catch {
    return undefined;
  }
}

/** Creates the database named in the URL when it does not exist yet (connecting to `postgres`). */
export async function ensureDatabase(databaseUrl: string, options: { recreate?: boolean } = {}): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!name) throw new StartupError(`DATABASE_URL names no database: ${url.host}`);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const quoted = `"${name.replace(/"/g, '""')}"`;
    if (options.recreate) await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${quoted}`);
  } finally {
    await client.end();
  }
}

/** The configured PostgreSQL, or the embedded one when DATABASE_URL is not set. */
export async function resolveDatabase(config: Config, log: (line: string) => void) {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, embedded: undefined };
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.EMBEDDED_POSTGRES_PORT, log });
  return { url: embedded.url, embedded };
}
