import { describe, expect, it } from 'vitest';
import { loadConfig, oidcSettings } from '../lib/config';
import { StartupError } from '../lib/startup-error';
import { workerTuning } from '../worker';

function problemWith(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(StartupError);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('configuration', () => {
  it('has working defaults for a laptop', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: 'service-recovery',
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.TEMPORAL_ADDRESS).toBeUndefined();
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ EMBEDDED_POSTGRES_PORT: '0' }, 'EMBEDDED_POSTGRES_PORT'],
    [{ DATABASE_URL: 'mysql://localhost/db' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ TEMPORAL_ADDRESS: 'localhost' }, 'TEMPORAL_ADDRESS'],
    [{ TEMPORAL_ADDRESS: 'localhost:99999' }, 'TEMPORAL_ADDRESS'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('rejects %o naming %s', (env, name) => {
    expect(problemWith(env)).toContain(`${name}=`);
  });

  it('names every malformed variable at once', () => {
    const message = problemWith({ PORT: 'x', TEMPORAL_ADDRESS: 'nope' });
    expect(message).toContain('PORT=');
    expect(message).toContain('TEMPORAL_ADDRESS=');
  });

  it('treats an empty value as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', TEMPORAL_ADDRESS: '' }).DATABASE_URL).toBeUndefined();
  });

  describe('OpenID Connect (issue 18)', () => {
    const idp = { OIDC_ISSUER: 'https://idp.example.com', OIDC_AUDIENCE: 'api' };
    it.each([
      [{ OIDC_ISSUER: 'http://idp.example.com', OIDC_AUDIENCE: 'api' }, 'OIDC_ISSUER', 'must be an https URL'],
      [{ OIDC_ISSUER: 'https://idp.example.com/?t=1', OIDC_AUDIENCE: 'api' }, 'OIDC_ISSUER', 'must not have a query'],
      [{ OIDC_ISSUER: 'https://idp.example.com' }, 'OIDC_AUDIENCE', 'is required when OIDC_ISSUER is set'],
      [{ OIDC_AUDIENCE: 'api' }, 'OIDC_AUDIENCE', 'needs OIDC_ISSUER'],
      [{ OIDC_CLIENT_ID: 'console' }, 'OIDC_CLIENT_ID', 'needs OIDC_ISSUER'],
      [{ ...idp, OIDC_STAFF_CLAIM: 'e mail' }, 'OIDC_STAFF_CLAIM', 'must be a claim name'],
      [{ ...idp, OIDC_SCOPES: 'email profile' }, 'OIDC_SCOPES', 'must include openid'],
    ])('rejects %o naming %s', (env, name, message) => {
      const problem = problemWith(env);
      expect(problem).toContain(`${name}=`);
      expect(problem).toContain(message);
    });

    it('is off without OIDC_ISSUER, and carries its defaults when on', () => {
      expect(oidcSettings(loadConfig({}))).toBeUndefined();
      const okta = { OIDC_ISSUER: 'https://example.okta.com/oauth2/default', OIDC_AUDIENCE: 'api://service-recovery' };
      const settings = oidcSettings(loadConfig(okta));
      expect(settings).toEqual({
        issuer: 'https://example.okta.com/oauth2/default',
        audience: 'api://service-recovery',
        staffClaim: 'email',
        clientId: undefined,
        organisation: 'your organisation',
        scopes: 'openid email profile offline_access',
      });
      // A provider on this machine (tests, a local Keycloak) may use plain http.
      const local = 'http://127.0.0.1:8080/realms/x';
      expect(oidcSettings(loadConfig({ OIDC_ISSUER: local, OIDC_AUDIENCE: 'a' }))?.issuer).toBe(local);
    });
  });

  describe('worker tuning (issue 19)', () => {
    it('bounds the workflow cache by default and keeps the SDK concurrency', () => {
      const tuning = workerTuning(loadConfig({}));
      expect(tuning).toEqual({
        cachedWorkflows: 500,
        workflowTasks: 40,
        workflowTaskPolls: 10,
        activities: 100,
        localActivities: 100,
      });
      expect(loadConfig({}).WORKER_DB_CONNECTIONS).toBe(10);
      expect(loadConfig({}).WORKER_WORKFLOW_HEAP_MIB).toBe(0);
      expect(loadConfig({}).WORKER_STACK_TRACES).toBe(false);
      expect(loadConfig({}).WORKER_METRICS_ADDRESS).toBeUndefined();
    });

    it('takes each setting from its variable', () => {
      const config = loadConfig({
        WORKER_CACHED_WORKFLOWS: '2000',
        WORKER_WORKFLOW_TASKS: '80',
        WORKER_WORKFLOW_TASK_POLLS: '20',
        WORKER_ACTIVITIES: '30',
        WORKER_LOCAL_ACTIVITIES: '60',
        WORKER_DB_CONNECTIONS: '25',
        WORKER_WORKFLOW_HEAP_MIB: '512',
        WORKER_STACK_TRACES: 'true',
        WORKER_METRICS_ADDRESS: '0.0.0.0:9464',
      });
      expect(workerTuning(config)).toEqual({
        cachedWorkflows: 2000,
        workflowTasks: 80,
        workflowTaskPolls: 20,
        activities: 30,
        localActivities: 60,
      });
      expect(config.WORKER_DB_CONNECTIONS).toBe(25);
      expect(config.WORKER_WORKFLOW_HEAP_MIB).toBe(512);
      expect(config.WORKER_STACK_TRACES).toBe(true);
      expect(config.WORKER_METRICS_ADDRESS).toBe('0.0.0.0:9464');
      // No cache at all is allowed, and then no bound on the tasks from it.
      expect(workerTuning(loadConfig({ WORKER_CACHED_WORKFLOWS: '0', WORKER_WORKFLOW_TASKS: '60' }))).toMatchObject({
        cachedWorkflows: 0,
        workflowTasks: 60,
      });
    });

    it.each([
      [{ WORKER_CACHED_WORKFLOWS: 'many' }, 'WORKER_CACHED_WORKFLOWS', 'must be a whole number'],
      [{ WORKER_CACHED_WORKFLOWS: '-1' }, 'WORKER_CACHED_WORKFLOWS', 'must be between 0 and 100000'],
      [{ WORKER_CACHED_WORKFLOWS: '1' }, 'WORKER_CACHED_WORKFLOWS', 'must be 0 (no cache) or at least 2'],
      [{ WORKER_WORKFLOW_TASKS: '1' }, 'WORKER_WORKFLOW_TASKS', 'must be between 2 and 10000'],
      [{ WORKER_CACHED_WORKFLOWS: '20' }, 'WORKER_WORKFLOW_TASKS', 'must not exceed WORKER_CACHED_WORKFLOWS (20)'],
      [
        { WORKER_WORKFLOW_TASK_POLLS: '50' },
        'WORKER_WORKFLOW_TASK_POLLS',
        'must not exceed WORKER_WORKFLOW_TASKS (40)',
      ],
      [{ WORKER_ACTIVITIES: '0' }, 'WORKER_ACTIVITIES', 'must be between 1 and 10000'],
      [{ WORKER_DB_CONNECTIONS: '2.5' }, 'WORKER_DB_CONNECTIONS', 'must be a whole number'],
      [{ WORKER_WORKFLOW_HEAP_MIB: '-512' }, 'WORKER_WORKFLOW_HEAP_MIB', 'must be between 0 and 65536'],
      [{ WORKER_STACK_TRACES: 'yes' }, 'WORKER_STACK_TRACES', "must be 'true' or 'false'"],
      [{ WORKER_METRICS_ADDRESS: '9464' }, 'WORKER_METRICS_ADDRESS', 'must be host:port'],
    ])('rejects %o naming %s', (env, name, message) => {
      const problem = problemWith(env);
      expect(problem).toContain(`${name}=`);
      expect(problem).toContain(message);
    });
  });
});
