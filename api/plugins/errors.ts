import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { HttpProblem, problemType, problems } from '../problems';

/**
 * The single error handler: every error leaves as application/problem+json with a stable type; internals
 * never leak (a 500 says only that something failed and carries the request id for the logs).
 */
export interface ErrorsOptions {
  /** Answers 405 (with `Allow`) for a known path asked with another method; false when the path is unknown. */
  methodNotAllowed?: (request: FastifyRequest, reply: FastifyReply) => boolean;
}

export default fp(async function errors(app: FastifyInstance, options: ErrorsOptions) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    // A method no route has (e.g. QUERY without a body type) can fail before the not-found handler runs.
    if (request.is404 && options.methodNotAllowed?.(request, reply)) return;
    let status: number;
    let body: Record<string, unknown>;
    if (error instanceof HttpProblem) {
      status = error.status;
      body = error.toProblem(request.url);
      if (status === 401) reply.header('www-authenticate', 'Bearer');
    } else if (isDatabaseUnavailable(error)) {
      status = 503;
      request.log.warn({ err: error }, 'PostgreSQL unavailable');
      body = problems.unavailable('PostgreSQL').toProblem(request.url);
      reply.header('retry-after', '5');
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      status = 400;
      const fields = error.validation.map((issue) => {
        const where = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
        const field = [error.validationContext, where].filter(Boolean).join('.');
        return { field, message: issue.message ?? 'is invalid' };
      });
      body = problems.invalid(fields).toProblem();
    } else if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      status = error.statusCode;
      const kinds: Record<number, string> = {
        400: 'bad-request',
        413: 'payload-too-large',
        415: 'unsupported-media-type',
        429: 'rate-limited',
      };
      body = {
        type: problemType(kinds[status] ?? 'client-error'),
        title: error.name || 'Bad request',
        status,
        detail: error.message,
      };
    } else {
      status = 500;
      request.log.error({ err: error }, 'unhandled error');
      body = {
        type: problemType('internal'),
        title: 'Internal error',
        status,
        detail: `Something failed; quote request id ${request.id}`,
      };
    }
    reply
      .status(status)
      .type('application/problem+json')
      .send({ ...body, instance: request.url });
  });

  // Unknown routes are counted per client address by the auth hook, so probing for paths is slow.
  app.setNotFoundHandler((request, reply) => {
    if (options.methodNotAllowed?.(request, reply)) return;
    reply
      .status(404)
      .type('application/problem+json')
      .send({
        type: problemType('not-found'),
        title: 'Not found',
        status: 404,
        detail: `No route ${request.method} ${request.url}`,
        instance: request.url,
      });
  });
});

const UNAVAILABLE_CODES = new Set([
  'P1001',
  'P1002',
  'P1017',
  'P2024',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  '57P01',
  '57P03',
  '08006',
  '08001',
]);

/** PostgreSQL could not be reached or dropped the connection (as opposed to a bad query). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (
    let e = error as { code?: unknown; cause?: unknown; message?: unknown } | undefined, depth = 0;
    e && depth < 5;
    e = e.cause as typeof e, depth++
  ) {
    if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
    if (
      typeof e.message === 'string' &&
      /ECONNREFUSED|Can't reach database|Connection terminated|connection timeout|Timed out fetching a new connection/i.test(
        e.message,
      )
    )
      return true;
    const original = (e as { originalCode?: unknown }).originalCode;
    if (typeof original === 'string' && UNAVAILABLE_CODES.has(original)) return true;
  }
  return false;
}
