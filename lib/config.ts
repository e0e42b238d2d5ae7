import path from 'node:path';
import { z } from 'zod';
import { showConfigValue } from './redact';
import { StartupError } from './startup-error';
import type { OidcSettings } from './oidc';

/**
 * All configuration, validated once at start. Every entry point calls `loadConfig()` and nothing else
 * reads `process.env`, so a malformed value is reported by name before anything starts.
 */
const port = z.coerce
  .number({ error: 'must be a port number' })
  .int('must be a whole number')
  .min(1, 'must be between 1 and 65535')
  .max(65535, 'must be between 1 and 65535');

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgresql:' || url.protocol === 'postgres:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'must be a URL like postgresql://user:password@host:5432/database');

const hostAndPort = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9.\-[\]:]+:\d{1,5}$/, 'must be host:port, e.g. localhost:7233')
  .refine((value) => {
    const p = Number(value.slice(value.lastIndexOf(':') + 1));
    return p >= 1 && p <= 65535;
  }, 'has a port outside 1-65535');

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

const workerCount = (min: number, max: number) =>
  z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`);

/** The worker's measured defaults (README Performance names the runs that chose them). */
export const WORKER_DEFAULTS = {
  cachedWorkflows: 500,
  workflowTasks: 40,
  workflowTaskPolls: 10,
  activities: 100,
  localActivities: 100,
  dbConnections: 10,
  workflowHeapMiB: 0,
  stackTraces: false,
};

export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    HOST: z.string().trim().min(1).default('127.0.0.1'),
    PORT: port.default(3000),
    DATABASE_URL: z.preprocess(emptyAsUndefined, postgresUrl.optional()),
    TEMPORAL_ADDRESS: z.preprocess(emptyAsUndefined, hostAndPort.optional()),
    TEMPORAL_NAMESPACE: z.string().trim().min(1).default('default'),
    TEMPORAL_TASK_QUEUE: z.string().trim().min(1).default('service-recovery'),
    TEMPORAL_UI_URL: z.preprocess(emptyAsUndefined, z.url('must be a URL').optional()),
    TEMPORAL_CLI_PATH: z.preprocess(emptyAsUndefined, z.string().optional()),
    /** Tests only: Temporal's time-skipping test server (else the cached Java build, else the SDK's download). */
    TEMPORAL_TEST_SERVER_PATH: z.preprocess(emptyAsUndefined, z.string().optional()),
    /** Where the embedded PostgreSQL cluster and Temporal dev-server database live. */
    DATA_DIR: z.string().trim().min(1).default('.data'),
    EMBEDDED_TEMPORAL_PORT: port.default(7233),
    EMBEDDED_TEMPORAL_UI_PORT: port.default(8233),
    EMBEDDED_POSTGRES_PORT: port.default(54329),
    /** Seconds to wait for Temporal/PostgreSQL at start before giving up with a clear message. */
    CONNECT_TIMEOUT_SECONDS: z.coerce.number().positive().max(600).default(10),
    /** How resident and staff messages leave the outbox: logged (default), a signed webhook, or SMTP. */
    MESSAGE_TRANSPORT: z.enum(['log', 'webhook', 'smtp']).default('log'),
    MESSAGE_WEBHOOK_URL: z.preprocess(emptyAsUndefined, z.url('must be a URL').optional()),
    /** HMAC-SHA256 key; receivers verify the `x-signature` header with it. */
    MESSAGE_WEBHOOK_SECRET: z.preprocess(
      emptyAsUndefined,
      z.string().min(16, 'must be at least 16 characters').optional(),
    ),
    SMTP_URL: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^smtps?:\/\//, 'must be a URL like smtp://user:pass@host:587')
        .optional(),
    ),
    MESSAGE_FROM: z.string().trim().min(3).default('Service Recovery <no-reply@localhost>'),
    /** The first admin key, taken when the database has none; without it one is created and printed once. */
    ADMIN_API_KEY: z.preprocess(emptyAsUndefined, z.string().min(24, 'must be at least 24 characters').optional()),
    /** Origins allowed to call the API from a browser, comma-separated (none by default). */
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((value, context) => {
        const origins = value
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean);
        for (const origin of origins) {
          if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin))
            context.addIssue({
              code: 'custom',
              message: `has "${origin}", which is not an origin like https://app.example.com`,
            });
        }
        return origins;
      }),
    /** Requests per minute per API key, and requests without a valid key per client address. */
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(1200),
    /** Report requests per minute per API key (default: 60, or RATE_LIMIT_PER_MINUTE when lower). */
    REPORTS_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).optional(),
    /** Where residents open their links (`PUBLIC_URL/r/<token>`); default the API's own address. */
    PUBLIC_URL: z.preprocess(
      emptyAsUndefined,
      z
        .url('must be a URL like https://recovery.example.com')
        .refine((v) => /^https?:\/\//.test(v), 'must be an http(s) URL')
        .optional(),
    ),
    /** Days a resident link keeps working after its case closes (fractions allowed). */
    RESIDENT_LINK_DAYS_AFTER_CLOSE: z.coerce
      .number({ error: 'must be a number of days' })
      .min(0, 'must not be negative')
      .max(3650)
      .default(30),
    /** Requests per minute per client address on the resident pages (`/r/…`). */
    RESIDENT_PAGE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(60),
    /**
     * People sign in with the organisation's OpenID Connect provider: its issuer (https, or http on
     * loopback for a local provider), the audience of the access tokens the API accepts, and the claim
     * that names the staff member (matched with their e-mail address, else their id).
     */
    OIDC_ISSUER: z.preprocess(
      emptyAsUndefined,
      z
        .url('must be a URL like https://example.okta.com/oauth2/default')
        .refine((v) => {
          const url = new URL(v);
          const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
          return url.protocol === 'https:' || (url.protocol === 'http:' && loopback);
        }, 'must be an https URL (http only on localhost)')
        .refine((v) => !/[?#]/.test(v), 'must not have a query or fragment')
        .optional(),
    ),
    OIDC_AUDIENCE: z.preprocess(emptyAsUndefined, z.string().trim().min(1).optional()),
    /** The console's public client at the provider (Authorization Code + PKCE, no secret). */
    OIDC_CLIENT_ID: z.preprocess(emptyAsUndefined, z.string().trim().min(1).optional()),
    OIDC_STAFF_CLAIM: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_.:/-]{1,100}$/, 'must be a claim name like email')
      .default('email'),
    /** Shown on the console's button: "Sign in with <OIDC_ORG_NAME>". */
    OIDC_ORG_NAME: z.string().trim().min(1).max(60, 'must be at most 60 characters').default('your organisation'),
    /** Scopes the console asks for (e.g. Entra ID also needs the API's scope, api://…/access_as_user). */
    OIDC_SCOPES: z
      .string()
      .trim()
      .min(1)
      .default('openid email profile offline_access')
      .refine((v) => v.split(/\s+/).includes('openid'), 'must include openid'),
    /**
     * Worker tuning (README "What starts, and how to point it elsewhere"; the defaults were measured with
     * `npm run bench:tuning` and `npm run bench:capacity`). Workflows kept in memory between their tasks
     * (an evicted case replays its history at its next task); workflow and activity tasks and local
     * activities run at once; concurrent workflow-task polls; the worker's PostgreSQL connections.
     */
    WORKER_CACHED_WORKFLOWS: workerCount(0, 100_000).default(WORKER_DEFAULTS.cachedWorkflows),
    WORKER_WORKFLOW_TASKS: workerCount(2, 10_000).default(WORKER_DEFAULTS.workflowTasks),
    WORKER_WORKFLOW_TASK_POLLS: workerCount(2, 1_000).default(WORKER_DEFAULTS.workflowTaskPolls),
    WORKER_ACTIVITIES: workerCount(1, 10_000).default(WORKER_DEFAULTS.activities),
    WORKER_LOCAL_ACTIVITIES: workerCount(1, 10_000).default(WORKER_DEFAULTS.localActivities),
    WORKER_DB_CONNECTIONS: workerCount(1, 1_000).default(WORKER_DEFAULTS.dbConnections),
    /**
     * Old-space limit of the workflow thread's V8 heap, MiB (0: Node's own, derived from the machine's memory).
     * Under a burst the thread creates and evicts cases faster than a lazy collector frees them.
     */
    WORKER_WORKFLOW_HEAP_MIB: workerCount(0, 65_536).default(WORKER_DEFAULTS.workflowHeapMiB),
    /**
     * The SDK's stack traces of running workflows (the Temporal UI's Stack Trace tab). Off by default: they cost a
     * captured stack per promise a case creates (README Performance); turn on to look inside a stuck case.
     */
    WORKER_STACK_TRACES: z
      .enum(['true', 'false'], { error: "must be 'true' or 'false'" })
      .default(String(WORKER_DEFAULTS.stackTraces) as 'true' | 'false')
      .transform((v) => v === 'true'),
    /** host:port where the worker serves Temporal's SDK metrics for Prometheus (off when unset). */
    WORKER_METRICS_ADDRESS: z.preprocess(emptyAsUndefined, hostAndPort.optional()),
    /** Load the demo portfolio into an empty database on `npm start`. */
    SEED_DEMO: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
  })
  .superRefine((config, context) => {
    if (config.MESSAGE_TRANSPORT === 'webhook') {
      if (!config.MESSAGE_WEBHOOK_URL)
        context.addIssue({
          code: 'custom',
          path: ['MESSAGE_WEBHOOK_URL'],
          message: 'is required when MESSAGE_TRANSPORT=webhook',
        });
      if (!config.MESSAGE_WEBHOOK_SECRET)
        context.addIssue({
          code: 'custom',
          path: ['MESSAGE_WEBHOOK_SECRET'],
          message: 'is required when MESSAGE_TRANSPORT=webhook',
        });
    }
    if (config.OIDC_ISSUER && !config.OIDC_AUDIENCE) {
      const message = 'is required when OIDC_ISSUER is set (the aud of the access tokens the API accepts)';
      context.addIssue({ code: 'custom', path: ['OIDC_AUDIENCE'], message });
    }
    for (const name of ['OIDC_AUDIENCE', 'OIDC_CLIENT_ID'] as const) {
      if (config[name] && !config.OIDC_ISSUER) {
        context.addIssue({
          code: 'custom',
          path: [name],
          message: 'needs OIDC_ISSUER (the identity provider) as well',
        });
      }
    }
    // The SDK's own limits, named here rather than adjusted silently at the worker's start.
    const cache = config.WORKER_CACHED_WORKFLOWS;
    if (cache === 1)
      context.addIssue({
        code: 'custom',
        path: ['WORKER_CACHED_WORKFLOWS'],
        message: 'must be 0 (no cache) or at least 2',
      });
    if (cache > 0 && config.WORKER_WORKFLOW_TASKS > cache)
      context.addIssue({
        code: 'custom',
        path: ['WORKER_WORKFLOW_TASKS'],
        message: `must not exceed WORKER_CACHED_WORKFLOWS (${cache}): a task in hand holds its workflow in the cache`,
      });
    if (config.WORKER_WORKFLOW_TASK_POLLS > config.WORKER_WORKFLOW_TASKS)
      context.addIssue({
        code: 'custom',
        path: ['WORKER_WORKFLOW_TASK_POLLS'],
        message: `must not exceed WORKER_WORKFLOW_TASKS (${config.WORKER_WORKFLOW_TASKS})`,
      });
    if (config.MESSAGE_TRANSPORT === 'smtp' && !config.SMTP_URL) {
      context.addIssue({ code: 'custom', path: ['SMTP_URL'], message: 'is required when MESSAGE_TRANSPORT=smtp' });
    }
  });

export type Config = z.infer<typeof configSchema> & { dataDir: string; publicUrl: string };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      return `${name}=${showConfigValue(name, env[name])} ${issue.message}`;
    });
    throw new StartupError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const host = parsed.data.HOST === '0.0.0.0' ? '127.0.0.1' : parsed.data.HOST;
  const publicUrl = (parsed.data.PUBLIC_URL ?? `http://${host}:${parsed.data.PORT}`).replace(/\/+$/, '');
  return { ...parsed.data, dataDir: path.resolve(parsed.data.DATA_DIR), publicUrl };
}

/** The OIDC settings for the API, or undefined when people sign in with API keys only. */
export function oidcSettings(config: Config): OidcSettings | undefined {
  if (!config.OIDC_ISSUER || !config.OIDC_AUDIENCE) return undefined;
  return {
    issuer: config.OIDC_ISSUER,
    audience: config.OIDC_AUDIENCE,
    staffClaim: config.OIDC_STAFF_CLAIM,
    clientId: config.OIDC_CLIENT_ID,
    organisation: config.OIDC_ORG_NAME,
    scopes: config.OIDC_SCOPES,
  };
}

export function requireDatabaseUrl(config: Config, role: string): string {
  if (!config.DATABASE_URL) {
    throw new StartupError(
      `DATABASE_URL is not set: the ${role} needs PostgreSQL. Set DATABASE_URL=postgresql://user:password@host:5432/db, ` +
        'or run `npm start`, which starts an embedded PostgreSQL when none is configured.',
    );
  }
  return config.DATABASE_URL;
}

export function requireTemporalAddress(config: Config, role: string): string {
  if (!config.TEMPORAL_ADDRESS) {
    throw new StartupError(
      `TEMPORAL_ADDRESS is not set: the ${role} needs a Temporal server. Set TEMPORAL_ADDRESS=host:7233, ` +
        'or run `npm start`, which starts an embedded Temporal dev server when none is configured.',
    );
  }
  return config.TEMPORAL_ADDRESS;
}

export { redactUrl } from './redact';
