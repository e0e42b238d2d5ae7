import type { Client, Connection } from '@temporalio/client';
import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../lib/db';
import errors from './plugins/errors';
import health from './routes/health';
import cases from './routes/cases';

export interface AppDeps {
  db: Db;
  temporal: Client;
  temporalConnection: Connection;
  taskQueue: string;
  logLevel?: string;
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
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', deps);

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Service Recovery API',
        version: '1',
        description: 'Open resident service-recovery cases and act on them; every case runs as a durable Temporal workflow.',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(errors);
  await app.register(health);
  await app.register(cases, { prefix: '/v1/cases' });
  return app;
}
