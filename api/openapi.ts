import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { z } from 'zod';
import { Problem, problemType } from './problems';

/**
 * Keeps the OpenAPI document honest in one place rather than in every route: each route's schema gains the
 * problem answers the app's shared machinery can give (rate limit, authentication, body parsing, validation,
 * unreachable dependencies), all as `application/problem+json`; the routes declare only their own (403, 404,
 * 409, 422). It also remembers which methods each path has, so another method answers 405 with `Allow`.
 */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const descriptions: Record<number, string> = {
  400: 'Invalid request: `errors` names every invalid field',
  401: 'No API key, or an unknown or revoked one (`WWW-Authenticate: Bearer`)',
  403: 'The key’s role may not do this',
  404: 'Does not exist, or lies outside the key’s properties (the same answer)',
  409: 'Conflicts with the current state',
  413: 'The body is larger than this route accepts',
  415: 'The body is not `application/json`',
  422: 'Well-formed but refused: see `type`',
  429: 'Too many requests: per key, or per address without a valid key; retry after `retry-after` seconds',
  503: 'Temporal or PostgreSQL is unreachable; retry after `retry-after` seconds',
};

type ResponseSchemas = Record<string, unknown>;

/** Is this response schema a problem (the shared one or an extension of it)? */
function isProblemSchema(schema: unknown): schema is z.ZodObject {
  if (schema === Problem) return true;
  if (!(schema instanceof z.ZodObject)) return false;
  const shape = schema.shape as Record<string, unknown>;
  return 'type' in shape && 'title' in shape && 'status' in shape;
}

/** The problem statuses a route can answer besides the ones it declares. */
export function sharedProblemStatuses(route: Pick<RouteOptions, 'schema' | 'config'>): number[] {
  const schema = route.schema ?? {};
  const statuses = [400];
  // The public routes (health) are not limited; every other one is, per key or, without a valid key, per address.
  if (!(route.config as { public?: boolean } | undefined)?.public) statuses.push(401, 429, 503);
  if (schema.body) statuses.push(413, 415);
  if (schema.params) statuses.push(404);
  return statuses;
}

export function documentProblems(route: RouteOptions): void {
  const schema = route.schema;
  if (!schema || schema.hide) return;
  const response: ResponseSchemas = { ...((schema.response as ResponseSchemas | undefined) ?? {}) };
  for (const status of sharedProblemStatuses(route)) response[String(status)] ??= Problem;
  for (const [status, body] of Object.entries(response)) {
    if (Number(status) >= 400 && isProblemSchema(body)) {
      const description = descriptions[Number(status)] ?? 'A problem';
      response[status] = { description, content: { [PROBLEM_CONTENT_TYPE]: { schema: body } } };
    }
  }
  schema.response = response;
}

/** Fastify's route patterns (`/v1/cases/:id/acknowledge`) as matchers of concrete paths. */
function matcher(url: string): RegExp {
  const pattern = url
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${pattern}/?$`);
}

export interface OpenapiTruth {
  /** Answers 405 with `Allow` when the path exists with other methods; false when the path is unknown. */
  methodNotAllowed(request: FastifyRequest, reply: FastifyReply): boolean;
}

export function openapiTruth(app: FastifyInstance): OpenapiTruth {
  const paths = new Map<string, { match: RegExp; methods: Set<string> }>();
  app.addHook('onRoute', (route) => {
    documentProblems(route);
    // Wildcards (CORS preflight on every path, the docs' static files) say nothing about a path's methods.
    if (route.url.includes('*')) return;
    const entry = paths.get(route.url) ?? { match: matcher(route.url), methods: new Set<string>() };
    for (const method of [route.method].flat()) entry.methods.add(method.toUpperCase());
    if (entry.methods.has('GET')) entry.methods.add('HEAD');
    paths.set(route.url, entry);
  });
  return {
    methodNotAllowed(request, reply) {
      const path = request.url.split('?')[0]!;
      const allowed = new Set<string>();
      for (const { match, methods } of paths.values()) {
        if (match.test(path)) for (const method of methods) allowed.add(method);
      }
      if (allowed.size === 0 || allowed.has(request.method)) return false;
      allowed.add('OPTIONS');
      const allow = [...allowed].sort().join(', ');
      reply
        .status(405)
        .header('allow', allow)
        .type(PROBLEM_CONTENT_TYPE)
        .send({
          type: problemType('method-not-allowed'),
          title: 'Method not allowed',
          status: 405,
          detail: `${request.method} is not allowed on ${path}; allowed: ${allow}`,
          instance: request.url,
        });
      return true;
    },
  };
}

interface OpenApiDocument {
  paths?: Record<string, Record<string, { responses?: Record<string, { links?: Record<string, unknown> }> }>>;
}

const pointer = (path: string, method: string) => `#/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}`;
const linkName = (method: string, path: string) =>
  `${method}${path
    .split('/')
    .filter((part) => part && part !== 'v1' && part !== '{id}')
    .map((part) => part.replace(/(^|-)(\w)/g, (_m, _dash, c: string) => c.toUpperCase()))
    .join('')}`;

/**
 * OpenAPI links from what a create answers to what can be done with it next: the case a `POST /v1/cases`
 * opens to its reading and every action on it, and each created resource (`POST /v1/policies`, …) to its
 * `GET` and `PATCH` by id. Clients and schemathesis's stateful phase follow them to walk a case through
 * its stages.
 */
export function addLinks<T extends object>(document: T): T {
  const doc = document as OpenApiDocument;
  const paths = doc.paths ?? {};
  for (const [path, operations] of Object.entries(paths)) {
    const created = operations.post?.responses?.['201'];
    if (!created) continue;
    const links: Record<string, unknown> = {};
    for (const [target, targetOperations] of Object.entries(paths)) {
      if (!target.startsWith(`${path}/{id}`)) continue;
      for (const method of Object.keys(targetOperations)) {
        links[linkName(method, target)] = {
          operationRef: pointer(target, method),
          parameters: { id: '$response.body#/id' },
          description: `The ${method.toUpperCase()} ${target} of what this created`,
        };
      }
    }
    if (Object.keys(links).length > 0) created.links = links;
  }
  // After one action on a case, the next ones: so a walk can take the case from stage to stage.
  const caseActions = Object.keys(paths).filter((path) => path.startsWith('/v1/cases/{id}/') && paths[path]!.post);
  for (const from of caseActions) {
    const answered = paths[from]!.post!.responses?.['200'];
    if (!answered) continue;
    answered.links = Object.fromEntries(
      ['/v1/cases/{id}', ...caseActions].map((target) => {
        const method = target === '/v1/cases/{id}' ? 'get' : 'post';
        const link = { operationRef: pointer(target, method), parameters: { id: '$request.path.id' } };
        return [linkName(method, target), link];
      }),
    );
  }
  return document;
}
