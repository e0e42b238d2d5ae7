import type { Client, Connection } from '@temporalio/client';
import Fastify, { type FastifyInstance } from 'fastify';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../lib/db';
import { hashApiKey } from '../lib/api-keys';
import auth from './plugins/auth';
import { HttpProblem } from './problems';
import errors from './plugins/errors';
import { addLinks, openapiTruth } from './openapi';
import health from './routes/health';
import cases from './routes/cases';
import events from './routes/events';
import residents from './routes/residents';
import reports from './routes/reports';
import admin from './routes/admin';

export interface AppDeps {
  db: Db;
  temporal: Client;
  temporalConnection: Connection;
  taskQueue: string;
  logLevel?: string;
  /** Browser origins allowed by CORS (none by default). */
  corsOrigins?: string[];
  /** Requests per minute per API key (or client address). */
  rateLimitPerMinute?: number;
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
    logger: { level: deps.logLevel ?? 'info' },
    bodyLimit: 64 * 1024,
    requestIdHeader: 'x-request-id',
    // Ids longer than the schemas allow reach validation (a 400 naming them) rather than the router's 414.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 2048 },
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', deps);
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
    if (errors.length > 0) throw new HttpProblem(400, 'validation', 'Invalid request', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
  });
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (closing) reply.header('connection', 'close');
  });

  // External plugins. CSP is left to the UIs that embed the API; the API itself serves JSON (and /docs).
  await app.register(helmet, { contentSecurityPolicy: false });
  await app.register(cors, { origin: deps.corsOrigins?.includes('*') ? true : (deps.corsOrigins ?? []), credentials: false });
  await app.register(rateLimit, {
    max: deps.rateLimitPerMinute ?? 1200,
    timeWindow: '1 minute',
    // Per key (hashed, never logged), else per client address.
    keyGenerator: (request) => {
      const header = request.headers.authorization;
      return header ? `key:${hashApiKey(header)}` : `ip:${request.ip}`;
    },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Service Recovery API',
        version: '1',
        description:
          'Open resident service-recovery cases and act on them; every case runs as a durable Temporal workflow. ' +
          'Every route except health needs `Authorization: Bearer <API key>`; a key sees only its properties.',
      },
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'An API key minted by an admin' } } },
      security: [{ apiKey: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (documents) => addLinks('openapiObject' in documents ? documents.openapiObject : documents.swaggerObject),
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  // The app's own plugins, then the routes.
  await app.register(errors, { methodNotAllowed: truth.methodNotAllowed });
  await app.register(auth);
  await app.register(health);
  await app.register(cases, { prefix: '/v1/cases' });
  await app.register(events, { prefix: '/v1/events' });
  await app.register(residents, { prefix: '/v1/residents' });
  await app.register(reports, { prefix: '/v1/reports' });
  await app.register(admin, { prefix: '/v1' });
  return app;
}

function nulFields(value: unknown, path: string): { field: string; message: string }[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [{ field: path, message: 'must not contain the NUL character' }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => nulFields(item, `${path}.${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (key.includes('\u0000') ? [{ field: `${path}.${key}`, message: 'must not contain the NUL character' }] : nulFields(item, `${path}.${key}`)));
  }
  return [];
}
