import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiRole } from '../../../domain/directory';
import { principalOf } from '../../plugins/auth';
import { Problem } from '../../problems';

const Me = z.object({
  role: ApiRole,
  propertyIds: z.array(z.string()).describe('The key’s properties; "*" for the whole portfolio'),
  staffId: z.string().nullable().describe('The staff member the key belongs to, if any'),
  actor: z.string().describe('Recorded as `by` on the case timeline'),
});

/** Who the key is: a UI uses it to show the right queue and the actions the role may take. */
const me: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/me',
    {
      schema: {
        tags: ['session'],
        summary: 'The caller: role, properties and staff member of the API key',
        response: { 200: Me, 401: Problem },
      },
    },
    async (request) => {
      const { role, propertyIds, staffId, actor } = principalOf(request);
      return { role, propertyIds, staffId, actor };
    },
  );
};

export default me;
