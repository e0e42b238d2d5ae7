import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

/** Runs an entry point as its own process, the way `npm run start:api` does, and collects what it says. */
function runEntry(
  script: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [require.resolve('tsx/cli'), path.join(__dirname, '..', 'bin', script)], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', CONNECT_TIMEOUT_SECONDS: '3', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stderr: stderr.trim(), ms: Date.now() - started }));
  });
}

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('start-up failures give one clear line and a non-zero exit', () => {
  const databaseUrl = inject('databaseUrl');
  const temporalAddress = inject('temporalAddress');

  it('API with an unreachable Temporal names Temporal, the address and the variable', async () => {
    const port = await closedPort();
    const result = await runEntry('api.ts', { DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: `127.0.0.1:${port}` });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`Temporal is unreachable at 127.0.0.1:${port} (TEMPORAL_ADDRESS)`);
  });

  it('worker with an unreachable PostgreSQL names PostgreSQL, the address and the variable', async () => {
    const port = await closedPort();
    const result = await runEntry('worker.ts', {
      DATABASE_URL: `postgresql://app:secret@127.0.0.1:${port}/service_recovery`,
      TEMPORAL_ADDRESS: temporalAddress,
    });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(
      `PostgreSQL is unreachable at postgresql://app:***@127.0.0.1:${port}/service_recovery (DATABASE_URL)`,
    );
    expect(result.stderr).not.toContain('secret');
  });

  it('API without DATABASE_URL says how to fix it', async () => {
    const result = await runEntry('api.ts', { TEMPORAL_ADDRESS: temporalAddress });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^service-recovery: DATABASE_URL is not set: the API needs PostgreSQL\./);
  });

  it('a malformed port is rejected before anything starts, naming the variable', async () => {
    const result = await runEntry('start.ts', { PORT: '3000x' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('service-recovery: Invalid configuration: PORT="3000x" must be a port number');
  });
});
