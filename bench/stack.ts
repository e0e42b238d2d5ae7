import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { shortPolicy } from '../domain/policies';
import { mintApiKey } from '../lib/api-keys';
import { createDb, type Db } from '../lib/db';
import { ensureDatabase, startEmbeddedPostgres } from '../infra/postgres';
import { applyMigrations } from '../infra/migrations';
import { portOrFree, terminate } from '../infra/process';
import { locateTemporalCli, startDevServer, type DevServer } from '../infra/temporal-server';

/**
 * The real service for a benchmark: embedded PostgreSQL and a Temporal dev server on free ports, the worker
 * and the API as their own processes (as in production), and a Temporal client in the bench process for
 * the direct baseline. Everything stops with `stop()`.
 */
export const ROOT = path.join(__dirname, '..');
export const PROPERTY = 'bench-court';
/** Households of the bench property (a case must name a household of its property). */
export const BENCH_HOUSEHOLDS = 1000;
export const benchHousehold = (i: number) => `bench-hh-${i % BENCH_HOUSEHOLDS}`;

export interface BenchStack {
  db: Db;
  client: Client;
  taskQueue: string;
  apiUrl: string;
  adminKey: string;
  worker: ChildProcess;
  databaseUrl: string;
  temporalAddress: string;
  /** Restarts the worker (stop it first), with `env` over the stack's own (e.g. `WORKER_*` tuning). */
  startWorker(env?: Record<string, string>): Promise<ChildProcess>;
  /** CPU seconds used so far by each part of the stack (Linux), to cost a workload per operation. */
  cpuSeconds(): CpuSeconds;
  stopPostgres(): Promise<void>;
  startPostgres(): Promise<void>;
  restartTemporal(): Promise<void>;
  api: ChildProcess;
  startApi(): Promise<ChildProcess>;
  stop(): Promise<void>;
}

const log = (line: string) => console.error(`bench: ${line}`);

export interface BenchStackOptions {
  acknowledgeSeconds?: number;
  /** Temporal's state in memory instead of a SQLite file: faster, but `restartTemporal` then loses it. */
  temporalInMemory?: boolean;
  /** Over the worker's environment (e.g. `WORKER_*` tuning, `WORKER_METRICS_ADDRESS`). */
  workerEnv?: Record<string, string>;
  /** Node flags for the worker, e.g. `--cpu-prof` to profile it (written when it stops). */
  workerNodeFlags?: string[];
}

export async function startBenchStack(options: BenchStackOptions = {}): Promise<BenchStack> {
  const stops: Array<() => Promise<void>> = [];
  try {
    return await start(options, stops);
  } catch (error) {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    throw error;
  }
}

async function start(options: BenchStackOptions, stops: Array<() => Promise<void>>): Promise<BenchStack> {
  // A folder per stack, so test files and benchmarks can run side by side; removed at stop.
  const dataDir = path.join(ROOT, '.data', 'bench', `run-${randomUUID().slice(0, 8)}`);
  fs.mkdirSync(dataDir, { recursive: true });
  stops.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  const pgPort = await portOrFree(54359 + Math.floor(Math.random() * 500));
  const servers = {
    pg: await startEmbeddedPostgres({ dataDir, port: pgPort, log, durable: false }),
    temporal: undefined as unknown as DevServer,
  };
  stops.push(() => servers.pg.stop());
  const pg = servers.pg;
  const databaseUrl = pg.url.replace(/\/[^/]+$/, '/service_recovery_bench');
  await ensureDatabase(databaseUrl, { recreate: true });
  await applyMigrations(databaseUrl);

  const cli = await locateTemporalCli({ log });
  // Persisted, so a fault test can restart it; a fresh file each run.
  const temporalDb = options.temporalInMemory ? undefined : path.join(dataDir, 'temporal.sqlite');
  const temporalOptions = {
    cliPath: cli,
    port: await portOrFree(7263 + Math.floor(Math.random() * 500)),
    dbFile: temporalDb,
    logFile: path.join(dataDir, 'temporal.log'),
    log,
  };
  servers.temporal = await startDevServer(temporalOptions);
  const server = servers.temporal;
  stops.push(() => servers.temporal.stop());

  const db = createDb(databaseUrl, { max: 20 });
  await db.property.create({ data: { id: PROPERTY, name: 'Bench Court', timeZone: 'UTC' } });
  await db.staffMember.createMany({
    data: [
      { id: 'bench-maint', name: 'Dana', role: 'maintenance', propertyIds: [PROPERTY] },
      { id: 'bench-cm', name: 'Chris', role: 'community_manager', propertyIds: [PROPERTY] },
      { id: 'bench-rm', name: 'Riley', role: 'regional_manager', propertyIds: [PROPERTY] },
    ],
  });
  await db.household.createMany({
    data: Array.from({ length: BENCH_HOUSEHOLDS }, (_, i) => ({
      id: benchHousehold(i),
      propertyId: PROPERTY,
      unit: String(i),
      name: `Household ${i}`,
    })),
  });
  // Short follow-up so a whole lifecycle fits a benchmark; the acknowledge timer as the caller needs it.
  const policy = {
    ...shortPolicy(),
    acknowledge: { amount: options.acknowledgeSeconds ?? 3600, unit: 'seconds' as const },
  };
  await db.policy.create({
    data: { propertyId: '*', category: 'maintenance_delay', severity: 'medium', policy: policy as object },
  });
  const { key: adminKey } = await mintApiKey(db, { name: 'bench admin', role: 'admin', propertyIds: ['*'] });

  const taskQueue = `bench-${randomUUID().slice(0, 8)}`;
  const port = await portOrFree(3300 + Math.floor(Math.random() * 500));
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: server.address,
    TEMPORAL_TASK_QUEUE: taskQueue,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    MESSAGE_TRANSPORT: 'log',
    SEED_DEMO: 'false',
    RATE_LIMIT_PER_MINUTE: '1000000',
    REPORTS_RATE_LIMIT_PER_MINUTE: '1000000',
  };
  // Outside the run's folder, so the worker's and API's logs outlive the run (a failed fault test needs them).
  const logPath = `${dataDir}.log`;
  const logFile = fs.openSync(logPath, 'a');
  const pollingLines = () =>
    fs
      .readFileSync(logPath, 'utf8')
      .split('\n')
      .filter((line) => line.includes(`polling task queue "${taskQueue}"`)).length;
  const spawnChild = (script: string, extraEnv: Record<string, string> = {}, flags: string[] = []) =>
    spawn(process.execPath, [...flags, '--import', 'tsx', path.join(ROOT, 'bin', script)], {
      cwd: ROOT,
      env: { ...env, ...extraEnv },
      stdio: ['ignore', logFile, logFile],
    });

  const state = {
    worker: spawnChild('worker.ts', options.workerEnv, options.workerNodeFlags),
    api: spawnChild('api.ts'),
  };
  stops.push(async () => {
    await terminate(state.api);
    await terminate(state.worker);
  });
  const apiUrl = `http://127.0.0.1:${port}`;
  const apiReady = () =>
    waitFor(
      async () => (await fetch(`${apiUrl}/readyz`).catch(() => null))?.ok === true,
      60_000,
      'the API to answer /readyz',
    );
  await apiReady();
  // The worker bundles the workflows before it polls; measuring before that would time the bundler.
  await waitFor(async () => pollingLines() >= 1, 120_000, 'the worker to poll its task queue');

  const connection = await Connection.connect({ address: server.address });
  stops.push(() => connection.close());
  const client = new Client({ connection });
  stops.push(() => db.$disconnect());

  return {
    db,
    client,
    taskQueue,
    apiUrl,
    adminKey,
    get worker() {
      return state.worker;
    },
    databaseUrl,
    temporalAddress: server.address,
    async stopPostgres() {
      await servers.pg.stop();
    },
    async startPostgres() {
      servers.pg = await startEmbeddedPostgres({ dataDir, port: pgPort, log, durable: false });
    },
    async restartTemporal() {
      await servers.temporal.stop();
      servers.temporal = await startDevServer(temporalOptions);
    },
    get api() {
      return state.api;
    },
    async startApi() {
      state.api = spawnChild('api.ts');
      await apiReady();
      return state.api;
    },
    cpuSeconds() {
      return {
        worker: treeCpuSeconds(state.worker.pid),
        api: treeCpuSeconds(state.api.pid),
        temporal: treeCpuSeconds(servers.temporal.pid),
        postgres: treeCpuSeconds(postmasterPid(servers.pg.dataDir)),
        bench: treeCpuSeconds(process.pid, { children: false }),
      };
    },
    async startWorker(extraEnv) {
      const before = pollingLines();
      state.worker = spawnChild('worker.ts', { ...options.workerEnv, ...extraEnv }, options.workerNodeFlags);
      await waitFor(async () => pollingLines() > before, 120_000, 'the restarted worker to poll its task queue');
      return state.worker;
    },
    async stop() {
      for (const stop of stops.reverse()) await stop().catch((error) => log(`stop: ${error}`));
    },
  };
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface CpuSeconds {
  worker: number;
  api: number;
  temporal: number;
  postgres: number;
  bench: number;
}

const TICKS_PER_SECOND = 100;

/** utime + stime of a process and, with `children`, of its live descendants and its reaped ones (Linux). */
export function treeCpuSeconds(pid: number | undefined, options: { children?: boolean } = {}): number {
  if (!pid) return 0;
  const stats = new Map<number, string[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command (which may hold spaces) in parentheses: state is field 3.
      stats.set(Number(entry), text.slice(text.lastIndexOf(')') + 2).split(' '));
    } catch {
      // exited meanwhile
    }
  }
  const ticks = (fields: string[], withReaped: boolean) =>
    Number(fields[11]) + Number(fields[12]) + (withReaped ? Number(fields[13]) + Number(fields[14]) : 0);
  const own = stats.get(pid);
  if (!own) return 0;
  let total = ticks(own, options.children !== false);
  if (options.children !== false) {
    const parents = new Set([pid]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [child, fields] of stats) {
        if (!parents.has(child) && parents.has(Number(fields[1]))) {
          parents.add(child);
          total += ticks(fields, true);
          grew = true;
        }
      }
    }
  }
  return total / TICKS_PER_SECOND;
}

function postmasterPid(clusterDir: string): number | undefined {
  const file = path.join(clusterDir, 'postmaster.pid');
  return fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8').split('\n')[0]) : undefined;
}

/** Resident set size of a process in MiB (Linux). */
export function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round((kb / 1024) * 10) / 10;
}

export function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

export function saveResults(name: string, results: unknown): string {
  const dir = path.join(ROOT, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify({ machine: machine(), ...(results as object) }, null, 2) + '\n');
  return file;
}
