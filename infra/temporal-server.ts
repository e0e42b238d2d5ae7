import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { StartupError } from '../lib/startup-error';
import { caseSearchAttributes } from '../definitions/search-attributes';
import { isExecutable, lastLines, run, terminate, which } from './process';

/**
 * The embedded Temporal server for laptops and tests: the Temporal CLI's `server start-dev` (full server
 * and Web UI in one process, SQLite). Production points TEMPORAL_ADDRESS at a Temporal cluster or Cloud.
 */
export const TEMPORAL_CLI_VERSION = '1.5.1';
const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal';

export function cacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'service-recovery', 'bin');
}

/**
 * The `temporal` binary: TEMPORAL_CLI_PATH, else PATH, else the project's cache, else built once through the
 * Go module proxy into the cache, else downloaded the way the Temporal SDK does.
 */
export async function locateTemporalCli(
  options: { explicitPath?: string; log?: (line: string) => void } = {},
): Promise<string> {
  const log = options.log ?? (() => {});
  if (options.explicitPath) {
    if (!isExecutable(options.explicitPath)) {
      throw new StartupError(
        `TEMPORAL_CLI_PATH=${options.explicitPath} is not an executable file. Point it at the \`temporal\` binary, or unset it.`,
      );
    }
    return options.explicitPath;
  }
  const onPath = which('temporal');
  if (onPath) return onPath;
  const cached = path.join(cacheDir(), 'temporal');
  if (isExecutable(cached)) return cached;

  fs.mkdirSync(cacheDir(), { recursive: true });
  const go = which('go');
  if (go) {
    log(
      `building the Temporal CLI v${TEMPORAL_CLI_VERSION} with Go into ${cacheDir()} (first time only; several minutes)`,
    );
    const started = Date.now();
    const result = await run(go, ['install', `${TEMPORAL_CLI_MODULE}@v${TEMPORAL_CLI_VERSION}`], {
      env: { ...process.env, GOBIN: cacheDir(), CGO_ENABLED: '0' },
    });
    if (result.code === 0 && isExecutable(cached)) {
      log(`built the Temporal CLI in ${Math.round((Date.now() - started) / 1000)} s`);
      return cached;
    }
    log(`building the Temporal CLI failed (${lastLines(result.stderr, 2)}); trying a download`);
  }
  return downloadTemporalCli(cached, log);
}

async function downloadTemporalCli(target: string, log: (line: string) => void): Promise<string> {
  const platform = process.platform === 'darwin' ? 'darwin' : process.platform === 'win32' ? 'windows' : 'linux';
  const arch = process.arch === 'arm64' ? 'arm64' : 'amd64';
  const url = `https://temporal.download/cli/archive/v${TEMPORAL_CLI_VERSION}?platform=${platform}&arch=${arch}`;
  const fix =
    'Install it (`brew install temporal`, or https://docs.temporal.io/cli), put it on PATH or set TEMPORAL_CLI_PATH, ' +
    'install Go so it can be built, or set TEMPORAL_ADDRESS to use an existing Temporal server.';
  log(`downloading the Temporal CLI from ${url}`);
  let archive: Buffer;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(120_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    archive = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    throw new StartupError(
      `The Temporal CLI was not found and could not be downloaded from ${url} (${(error as Error).message}). ${fix}`,
    );
  }
  const archivePath = `${target}.tar.gz`;
  fs.writeFileSync(archivePath, archive);
  const result = await run('tar', ['-xzf', archivePath, '-C', path.dirname(target), 'temporal']);
  fs.rmSync(archivePath, { force: true });
  if (result.code !== 0 || !isExecutable(target)) {
    throw new StartupError(
      `The Temporal CLI archive from ${url} could not be unpacked (${lastLines(result.stderr, 2)}). ${fix}`,
    );
  }
  return target;
}

export interface DevServer {
  address: string;
  uiUrl?: string;
  /** False when a server was already answering at the address: then `stop()` leaves it alone. */
  startedHere: boolean;
  /** The server's process, when started here (benchmarks account its CPU). */
  pid?: number;
  stop(): Promise<void>;
}

/** Answers whether a Temporal frontend responds at `address` within `timeoutMs`. */
export async function temporalResponds(address: string, timeoutMs = 2_000): Promise<boolean> {
  let connection: Connection | undefined;
  try {
    connection = await Connection.connect({ address, connectTimeout: timeoutMs });
    await connection.workflowService.getSystemInfo({});
    return true;
  } catch {
    return false;
  } finally {
    await connection?.close().catch(() => {});
  }
}

export async function startDevServer(options: {
  cliPath: string;
  port: number;
  uiPort?: number;
  /** SQLite file to persist workflows across restarts; in memory when absent. */
  dbFile?: string;
  logFile?: string;
  log?: (line: string) => void;
}): Promise<DevServer> {
  const log = options.log ?? (() => {});
  const address = `127.0.0.1:${options.port}`;
  const uiUrl = options.uiPort ? `http://127.0.0.1:${options.uiPort}` : undefined;
  if (await temporalResponds(address, 1_000)) {
    log(`a Temporal server already answers at ${address}; using it`);
    return { address, uiUrl, startedHere: false, async stop() {} };
  }

  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(options.port), '--log-level', 'warn'];
  if (options.uiPort) args.push('--ui-port', String(options.uiPort));
  else args.push('--headless');
  if (options.dbFile) {
    fs.mkdirSync(path.dirname(options.dbFile), { recursive: true });
    args.push('--db-filename', options.dbFile);
  }
  for (const key of caseSearchAttributes) args.push('--search-attribute', `${key.name}=${cliTypeName(key.type)}`);

  log(`starting the Temporal dev server on ${address}${uiUrl ? ` (Web UI ${uiUrl})` : ''}`);
  const output = options.logFile ? fs.openSync(options.logFile, 'a') : 'ignore';
  const child: ChildProcess = spawn(options.cliPath, args, { stdio: ['ignore', output, output] });
  let exitedEarly: string | undefined;
  child.once('exit', (code, signal) => (exitedEarly = `exited with ${code ?? signal}`));

  const deadline = Date.now() + 90_000;
  while (!(await temporalResponds(address, 1_000))) {
    if (exitedEarly || Date.now() > deadline) {
      child.kill('SIGKILL');
      const tail =
        options.logFile && fs.existsSync(options.logFile) ? lastLines(fs.readFileSync(options.logFile, 'utf8'), 3) : '';
      throw new StartupError(
        `The embedded Temporal dev server did not become ready on ${address} (${exitedEarly ?? 'timed out after 90 s'}${tail ? `: ${tail}` : ''}). ` +
          'If the port is taken, set EMBEDDED_TEMPORAL_PORT, or set TEMPORAL_ADDRESS to use an existing Temporal server.',
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    address,
    uiUrl,
    startedHere: true,
    pid: child.pid,
    stop: () => terminate(child),
  };
}

function cliTypeName(type: string): string {
  const names: Record<string, string> = {
    TEXT: 'Text',
    KEYWORD: 'Keyword',
    INT: 'Int',
    DOUBLE: 'Double',
    BOOL: 'Bool',
    DATETIME: 'Datetime',
    KEYWORD_LIST: 'KeywordList',
  };
  const name = names[type];
  if (!name) throw new Error(`no Temporal CLI name for search attribute type ${type}`);
  return name;
}
