import type { Client, Connection } from '@temporalio/client';
import Fastify, { type FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../lib/db';
import type { OidcSettings } from '../lib/oidc';
import cors from './plugins/external/cors';
import helmet from './plugins/external/helmet';
import swagger from './plugins/external/swagger';
import swaggerUi from './plugins/external/swagger-ui';
import typeProvider from './plugins/external/type-provider';
import auth from './plugins/auth';
import { problems } from './problems';
import errors from './plugins/errors';
import { openapiTruth } from './openapi';
import health from './routes/health';
import cases from './routes/cases';
import events from './routes/events';
import residents from './routes/residents';
import reports from './routes/reports';
import admin from './routes/admin';
import residentPage from './routes/resident';
import { redactResidentLinks } from '../lib/resident-links';
import me from './routes/me';
import consolePlugin from './plugins/console';

export interface AppDeps {
  db: Db;
  temporal: Client;
  temporalConnection: Connection;
  taskQueue: string;
  logLevel?: string;
  /** Browser origins allowed by CORS (none by default). */
  corsOrigins?: string[];
  /** Requests per minute per API key, and failed or keyless requests per client address. */
  rateLimitPerMinute?: number;
  /** How long a looked-up API key is trusted before it is read again (default 5 s): a revocation's delay. */
  apiKeyCacheMs?: number;
  /** Report requests per minute per API key (the costly routes). */
  reportsRateLimitPerMinute?: number;
  /** Days a resident link keeps working after its case closes (default 30). */
  residentLinkDaysAfterClose?: number;
  /** Requests per minute per client address on the resident pages (default 60). */
  residentPageRateLimitPerMinute?: number;
  /** The organisation's OpenID Connect provider, when people sign in through it (OIDC_*). */
  oidc?: OidcSettings;
  /** Where log lines go (tests read them); stdout by default. */
  logStream?: NodeJS.WritableStream;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
}

/**
 * The HTTP API: talks to Temporal (start, signal, update, query) and reads the read model; it never runs a
 * business step itself. External plugins first, then the app's own, then the routes.
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: deps.logLevel ?? 'info',
      ...(deps.logStream ? { stream: deps.logStream } : {}),
      // A resident link in a URL is the resident's key to their case: it never reaches a log line.
      serializers: {
        req: (request: LoggedRequest) => ({
          method: request.method,
          url: redactResidentLinks(request.url),
          host: request.host,
          remoteAddress: request.ip,
          remotePort: request.socket?.remotePort,
        }),
      },
    },
    bodyLimit: 64 * 1024,
    // A client's x-request-id is kept only in a safe form (it lands in logs and answers); else a new id.
    requestIdHeader: false,
    // Ids longer than the schemas allow reach validation (a 400 naming them) rather than the router's 414.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 2048 },
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : crypto.randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.decorate('deps', deps);
  await app.register(typeProvider);
  // First, so every route after it (and the OpenAPI document) gets the shared problem answers.
  const truth = openapiTruth(app);
  // Every answer carries its request id, which is also on every log line of the request. While shutting
  // down, answers also close their connection, so a keep-alive client does not hold the shutdown open.
  let closing = false;
  // PostgreSQL text cannot hold the NUL character: refuse it, naming the field, rather than accept a case
  // whose first write would fail forever. The schemas' patterns already refuse it in every field they
  // know; this is the net behind them, after validation, so unknown keys (dropped by it) are not judged.
  app.addHook('preHandler', async (request) => {
    const errors = [...nulFields(request.query, 'querystring'), ...nulFields(request.body, 'body')];
    if (errors.length > 0) throw problems.invalid(errors);
  });
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (closing) reply.header('connection', 'close');
  });

  // External plugins, one file each with its options (api/plugins/external/).
  await app.register(helmet);
  await app.register(cors);
  await app.register(swagger);
  await app.register(swaggerUi);

  // The app's own plugins, then the routes.
  await app.register(errors, { methodNotAllowed: truth.methodNotAllowed });
  await app.register(auth);
  await app.register(health);
  await app.register(cases, { prefix: '/v1/cases' });
  await app.register(events, { prefix: '/v1/events' });
  await app.register(residents, { prefix: '/v1/residents' });
  await app.register(reports, { prefix: '/v1/reports' });
  await app.register(admin, { prefix: '/v1' });
  await app.register(residentPage, {
    daysAfterClose: deps.residentLinkDaysAfterClose ?? 30,
    rateLimitPerMinute: deps.residentPageRateLimitPerMinute ?? 60,
  });
  await app.register(me, { prefix: '/v1' });
  // The staff console (a single-page app built into console/dist) at /console/.
  await app.register(consolePlugin, { oidc: deps.oidc });
  return app;
}

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
interface LoggedRequest {
  method: string;
  url: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

function nulFields(value: unknown, path: string): { field: string; message: string }[] {
  if (typeof value === 'string')
    return value.includes('\u0000') ? [{ field: path, message: 'must not contain the NUL character' }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => nulFields(item, `${path}.${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      key.includes('\u0000')
        ? [{ field: `${path}.${key}`, message: 'must not contain the NUL character' }]
        : nulFields(item, `${path}.${key}`),
    );
  }
  return [];
}
