import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { databaseIsReachable } from '../../../lib/db';
import { temporalIsReachable } from '../../../lib/temporal';

const Check = z.enum(['up', 'down']);

const health: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/healthz',
    {
      config: { public: true },
      schema: {
        security: [],
        tags: ['health'],
        summary: 'The process is alive',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  const Readiness = z.object({
    status: z.enum(['ready', 'unavailable']),
    checks: z.object({ temporal: Check, postgres: Check }),
  });
  app.get(
    '/readyz',
    {
      config: { public: true },
      schema: {
        security: [],
        tags: ['health'],
        summary: 'Temporal and PostgreSQL are reachable',
        response: { 200: Readiness, 503: Readiness },
      },
    },
    async (_request, reply) => {
      const [temporal, postgres] = await Promise.all([
        temporalIsReachable(app.deps.temporalConnection),
        databaseIsReachable(app.deps.db),
      ]);
      const ready = temporal && postgres;
      reply.status(ready ? 200 : 503);
      return {
        status: ready ? ('ready' as const) : ('unavailable' as const),
        checks: {
          temporal: temporal ? ('up' as const) : ('down' as const),
          postgres: postgres ? ('up' as const) : ('down' as const),
        },
      };
    },
  );
};

export default health;
