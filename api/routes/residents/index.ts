import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../../domain/access';
import { identifier } from '../../../domain/directory';
import { ResidentHistory, residentHistory } from '../../../reports/resident-history';
import { requireRole } from '../../plugins/auth';
import { Problem, problems } from '../../problems';

/** A household's whole story, for the staff member about to talk to them. */
const residents: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/:id/history',
    {
      schema: {
        tags: ['residents'],
        summary: 'Every case and event of a household across departments, in order, with its renewal risk',
        params: z.object({ id: identifier('id').meta({ example: 'mc-12b' }) }),
        querystring: z.object({
          limit: z.coerce
            .number()
            .int()
            .min(1, 'limit must be at least 1')
            .max(2000, 'limit must be at most 2000')
            .default(500)
            .describe('The most recent items to return'),
        }),
        response: { 200: ResidentHistory, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 503: Problem },
      },
    },
    async (request) => {
      const principal = requireRole(
        request,
        ['frontline', 'community_manager', 'regional_manager', 'admin'],
        'reading a resident’s history',
      );
      const history = await residentHistory(
        app.deps.db,
        request.params.id,
        (propertyId) => inScope(principal, propertyId),
        request.query.limit,
      );
      if (!history) throw problems.notFound(`household ${request.params.id}`);
      return history;
    },
  );
};

export default residents;
