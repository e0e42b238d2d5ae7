import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configSchema } from '../lib/config';

/**
 * The compose file cannot be run on machines without a Docker engine, so this checks its wiring: every
 * service is there, every variable the code reads is set and points at the service that provides it.
 */
const root = path.join(__dirname, '..');
const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<
    string,
    {
      environment?: Record<string, string | number>;
      ports?: string[];
      command?: string[];
      depends_on?: Record<string, unknown> | string[];
      build?: string;
      image?: string;
    }
  >;
};
const services = compose.services;
const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};
const knownVariables = new Set(Object.keys(configSchema.shape));
const env = (service: string) =>
  Object.fromEntries(Object.entries(services[service]?.environment ?? {}).map(([k, v]) => [k, String(v)]));
const hostPort = (value: string) => {
  const [host, port] = value.split(':');
  return { host, port: Number(port) };
};
const publishedPorts = (service: string) =>
  (services[service]?.ports ?? []).map((p) => Number(String(p).split(':').pop()));

describe('docker-compose.yml', () => {
  it('has the whole production-like stack', () => {
    expect(Object.keys(services).sort()).toEqual(['api', 'migrate', 'postgres', 'temporal', 'temporal-ui', 'worker']);
  });

  it.each(['api', 'worker', 'migrate'])('%s is built from this repository and runs an existing npm script', (name) => {
    const service = services[name]!;
    expect(service.build).toBe('.');
    const [npm, run, script] = service.command ?? [];
    expect([npm, run]).toEqual(['npm', 'run']);
    expect(packageJson.scripts).toHaveProperty(script!);
    expect(fs.existsSync(path.join(root, 'Dockerfile'))).toBe(true);
  });

  it.each(['api', 'worker', 'migrate'])('%s sets only variables the configuration knows, and each parses', (name) => {
    const variables = env(name);
    for (const key of Object.keys(variables)) expect(knownVariables, `${name} sets unknown ${key}`).toContain(key);
    expect(() => configSchema.parse(variables)).not.toThrow();
  });

  it.each(['api', 'worker', 'migrate'])(
    '%s reaches PostgreSQL with the credentials the postgres service creates',
    (name) => {
      const url = new URL(env(name).DATABASE_URL!);
      const postgres = env('postgres');
      expect(url.hostname).toBe('postgres');
      expect(Number(url.port)).toBe(5432);
      expect(decodeURIComponent(url.username)).toBe(postgres.POSTGRES_USER);
      expect(decodeURIComponent(url.password)).toBe(postgres.POSTGRES_PASSWORD);
      expect(url.pathname.slice(1)).toBe(postgres.POSTGRES_DB);
    },
  );

  it.each(['api', 'worker'])('%s reaches Temporal on the port the temporal service publishes', (name) => {
    const { host, port } = hostPort(env(name).TEMPORAL_ADDRESS!);
    expect(host).toBe('temporal');
    expect(publishedPorts('temporal')).toContain(port);
  });

  it('the Temporal server stores its state in the same PostgreSQL, with its credentials', () => {
    const temporal = env('temporal');
    const postgres = env('postgres');
    expect(temporal.POSTGRES_SEEDS).toBe('postgres');
    expect(temporal.POSTGRES_USER).toBe(postgres.POSTGRES_USER);
    expect(temporal.POSTGRES_PWD).toBe(postgres.POSTGRES_PASSWORD);
  });

  it('the Temporal UI talks to the Temporal server, and the API links to the UI it publishes', () => {
    expect(hostPort(env('temporal-ui').TEMPORAL_ADDRESS!).host).toBe('temporal');
    const uiUrl = new URL(env('api').TEMPORAL_UI_URL!);
    expect(publishedPorts('temporal-ui')).toContain(Number(uiUrl.port));
  });

  it('the API listens on all interfaces on the port it publishes', () => {
    const api = env('api');
    expect(api.HOST).toBe('0.0.0.0');
    expect(publishedPorts('api')).toContain(Number(api.PORT));
  });

  it('api and worker start only after migrations succeeded', () => {
    for (const name of ['api', 'worker']) {
      expect(services[name]!.depends_on).toMatchObject({ migrate: { condition: 'service_completed_successfully' } });
    }
  });

  it('the code reads no environment variable outside the validated configuration', () => {
    // Dev and test tooling may read a few extra variables; the service itself reads only lib/config.ts.
    const devOnly = new Set([
      'PG_BIN',
      'XDG_CACHE_HOME',
      'TEST_POSTGRES_PORT',
      'TEST_TEMPORAL_PORT',
      'PATH',
      'HOME',
      'PRISMA_SCHEMA_ENGINE_BINARY',
    ]);
    const read = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(ts|cjs)$/.test(entry.name)) {
          for (const match of fs.readFileSync(full, 'utf8').matchAll(/process\.env\.([A-Z_][A-Z0-9_]*)/g))
            read.add(match[1]!);
        }
      }
    };
    for (const dir of ['api', 'activities', 'workflows', 'lib', 'bin', 'infra']) walk(path.join(root, dir));
    for (const name of read)
      expect(knownVariables.has(name) || devOnly.has(name), `${name} is read but not in lib/config.ts`).toBe(true);
  });
});
