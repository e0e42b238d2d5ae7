import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope, seesPortfolio, type Principal } from '../../../domain/access';
import { identifier } from '../../../domain/directory';
import { PatternReport, patternReport, patternReportCsv } from '../../../reports/patterns';
import { RenewalRiskReport, renewalRiskReport } from '../../../reports/renewal-risk';
import type { MonthlyReviewInput } from '../../../definitions/monthly-review';
import { requireRole } from '../../plugins/auth';
import { HttpProblem, Problem, problems } from '../../problems';
import { translateTemporalError } from '../../temporal-errors';
import { DAY_MS } from '../../../domain/clock';

/**
 * Portfolio reports for managers: patterns (JSON or CSV), renewal risk, and the stored monthly reviews.
 * Every figure covers only the key's properties.
 */
const managers = ['community_manager', 'regional_manager', 'admin'] as const;
const MAX_RANGE_DAYS = 5 * 366;

const instant = (field: string) =>
  z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], {
      error: `${field} must be a date (YYYY-MM-DD) or an ISO 8601 date-time`,
    })
    .transform((value) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value));

const PatternQuery = z
  .object({
    from: instant('from').optional().describe('Start of the range (inclusive); default 12 months before `to`'),
    to: instant('to').optional().describe('End of the range (exclusive); default now'),
    propertyId: identifier('propertyId').optional().describe('One property; default every property of the key'),
    format: z
      .enum(['json', 'csv'])
      .default('json')
      .describe('csv: one row per figure (section, property, month, category, root cause, metric, value)'),
  })
  .strict();

/**
 * The two large answers (a portfolio's pattern report is about 0.8 MB, its renewal list 2 MB) are written by plain
 * JSON.stringify: checking them against their schema on every request (the app's zod serializer) took longer than
 * computing them. Their handlers return the schemas' own types (checked by the compiler), and the tests check
 * the answers against the schemas (test/api/report-rollups.test.ts) as the fuzzer does against the OpenAPI document.
 */
const plainJson = () => (data: unknown) => JSON.stringify(data);

/** The properties a report covers: one in scope, or all of the key's (null: the whole portfolio). */
function reportScope(principal: Principal, propertyId: string | undefined): string[] | null {
  if (propertyId) {
    if (!inScope(principal, propertyId)) throw problems.notFound(`property ${propertyId}`);
    return [propertyId];
  }
  return seesPortfolio(principal) ? null : principal.propertyIds;
}

const reports: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/patterns',
    {
      serializerCompiler: plainJson,
      schema: {
        tags: ['reports'],
        summary:
          'Patterns: volume by property × category × root cause, times, breach and recovery rates, repeat households, months',
        description:
          'Cases opened in [from, to). `format=csv` (or `Accept: text/csv`) answers the same figures as CSV.',
        querystring: PatternQuery,
        response: {
          200: {
            description: 'The figures, as JSON or (`format=csv`) as CSV',
            content: {
              'application/json': { schema: PatternReport },
              'text/csv': { schema: z.string().describe('One row per figure, with a header row') },
            },
          },
          400: Problem,
          401: Problem,
          403: Problem,
          404: Problem,
          503: Problem,
        },
      },
    },
    async (request, reply) => {
      const principal = requireRole(request, managers, 'reading reports');
      const to = request.query.to ?? new Date();
      const from = request.query.from ?? new Date(to.getTime() - 365 * DAY_MS);
      if (from >= to)
        throw new HttpProblem(
          400,
          'invalid-range',
          'Invalid range',
          `from (${from.toISOString()}) must be before to (${to.toISOString()})`,
        );
      if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS)
        throw new HttpProblem(
          400,
          'invalid-range',
          'Invalid range',
          `the range may span at most ${MAX_RANGE_DAYS} days`,
        );
      const report = await patternReport(app.deps.db, {
        from,
        to,
        propertyIds: reportScope(principal, request.query.propertyId),
      });
      if (request.query.format === 'csv' || request.headers.accept?.includes('text/csv')) {
        const name = `patterns-${from.toISOString().slice(0, 10)}-${to.toISOString().slice(0, 10)}.csv`;
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}"`)
          .serializer((payload: unknown) => payload as string);
        return reply.send(patternReportCsv(report));
      }
      return report;
    },
  );

  app.get(
    '/renewal-risk',
    {
      serializerCompiler: plainJson,
      schema: {
        tags: ['reports'],
        summary: 'Households whose lease ends soon, ranked by renewal risk with the reasons, per property',
        querystring: z
          .object({
            withinDays: z.coerce
              .number()
              .int()
              .min(1, 'withinDays must be at least 1')
              .max(365, 'withinDays must be at most 365')
              .default(90),
            propertyId: identifier('propertyId').optional(),
            limit: z.coerce
              .number()
              .int()
              .min(1)
              .max(500, 'limit must be at most 500')
              .default(25)
              .describe('Households listed per property'),
          })
          .strict(),
        response: { 200: RenewalRiskReport, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 503: Problem },
      },
    },
    async (request) => {
      const principal = requireRole(request, managers, 'reading reports');
      const { withinDays, propertyId, limit } = request.query;
      return renewalRiskReport(app.deps.db, { withinDays, limit, propertyIds: reportScope(principal, propertyId) });
    },
  );

  const MonthlyReview = z.object({
    id: z.string(),
    propertyId: z.string(),
    month: z.string(),
    recipients: z.array(z.string()).describe('Staff it was sent to'),
    createdAt: z.iso.datetime(),
    report: PatternReport,
  });
  const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month must be YYYY-MM');

  app.get(
    '/monthly-reviews',
    {
      schema: {
        tags: ['reports'],
        summary: 'Stored monthly reviews of the key’s properties, newest first',
        querystring: z
          .object({
            propertyId: identifier('propertyId').optional(),
            month: month.optional(),
            limit: z.coerce.number().int().min(1).max(200).default(24),
          })
          .strict(),
        response: {
          200: z.object({ items: z.array(MonthlyReview) }),
          400: Problem,
          401: Problem,
          403: Problem,
          404: Problem,
          503: Problem,
        },
      },
    },
    async (request) => {
      const principal = requireRole(request, managers, 'reading reports');
      const scope = reportScope(principal, request.query.propertyId);
      const rows = await app.deps.db.monthlyReview.findMany({
        where: { propertyId: scope ? { in: scope } : undefined, month: request.query.month },
        orderBy: [{ month: 'desc' }, { propertyId: 'asc' }],
        take: request.query.limit,
      });
      return {
        items: rows.map((r) => ({ ...r, report: r.report as PatternReport, createdAt: r.createdAt.toISOString() })),
      };
    },
  );

  app.post(
    '/monthly-reviews',
    {
      schema: {
        tags: ['reports'],
        summary: 'Run the monthly review now (the schedule runs it on the 1st of every month)',
        body: z
          .object({
            month: month.optional().describe('Default: last month'),
            propertyIds: z.array(identifier('propertyIds[]')).min(1).max(500).optional(),
          })
          .strict(),
        response: {
          202: z.object({ workflowId: z.string() }),
          400: Problem,
          401: Problem,
          403: Problem,
          404: Problem,
          503: Problem,
        },
      },
    },
    async (request, reply) => {
      const principal = requireRole(request, ['admin'], 'running the monthly review');
      const propertyIds = request.body.propertyIds ?? (seesPortfolio(principal) ? undefined : principal.propertyIds);
      for (const id of propertyIds ?? []) if (!inScope(principal, id)) throw problems.notFound(`property ${id}`);
      const input: MonthlyReviewInput = { month: request.body.month, propertyIds };
      const workflowId = `monthly-review-${request.body.month ?? 'last'}-${Date.now()}`;
      try {
        await app.deps.temporal.workflow.start('monthlyReviews', {
          workflowId,
          taskQueue: app.deps.taskQueue,
          args: [input],
        });
      } catch (error) {
        translateTemporalError(error);
      }
      reply.status(202);
      return { workflowId };
    },
  );
};

export default reports;
