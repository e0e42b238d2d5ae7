import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z, type ZodType } from 'zod';
import type { Principal } from '../../../domain/access';
import type { ApiRole } from '../../../domain/directory';
import { forbidden, requireRole } from '../../plugins/auth';
import { HttpProblem, Problem, problems } from '../../problems';

/**
 * One administered resource (properties, households, staff, keys, policies, ownership rules): create, read,
 * update and list, scoped to the caller's properties. Rows outside the scope answer 404, as if absent.
 */
export interface ResourceSpec<Row, Create, Update> {
  /** Path segment and the word used in messages, e.g. `properties` / `property`. */
  path: string;
  noun: string;
  tag: string;
  idSchema: ZodType<string>;
  /** An id of the demo portfolio, so the docs' example request works. */
  idExample?: string;
  create: ZodType<Create>;
  update: ZodType<Update>;
  view: ZodType;
  readRoles: readonly ApiRole[];
  writeRoles: readonly ApiRole[];
  /** Extra list filters (query string). */
  listQuery?: z.ZodObject;
  find(app: FastifyInstance, id: string): Promise<Row | null>;
  list(
    app: FastifyInstance,
    args: { principal: Principal; query: Record<string, unknown>; take: number; after?: string },
  ): Promise<Row[]>;
  visible(principal: Principal, row: Row): boolean;
  /** May this caller create this (e.g. in a property outside its scope: no, and the answer is 404). */
  mayCreate(principal: Principal, input: Create): boolean | Promise<boolean>;
  /**
   * May this caller change this row it sees (the create rule applied to the row; no: 403, since the row is
   * visible). Without it, seeing the row is enough.
   */
  mayChange?(principal: Principal, row: Row): boolean;
  /** May the change take the row where it names (e.g. new properties outside the scope: no, answered 404). */
  mayPatchTo?(principal: Principal, input: Update): boolean | Promise<boolean>;
  /** The id a create would take, when the caller chooses it: a collision with a row it cannot see is a 404. */
  chosenId?(input: Create): string;
  insert(
    app: FastifyInstance,
    input: Create,
    principal: Principal,
  ): Promise<{ row: Row; extra?: Record<string, unknown> }>;
  patch(app: FastifyInstance, row: Row, input: Update): Promise<Row>;
  toView(row: Row): unknown;
  idOf(row: Row): string;
  createdView?: ZodType;
}

const ListPage = z.object({
  limit: z.coerce.number().int().min(1, 'limit must be at least 1').max(200, 'limit must be at most 200').default(50),
});

export function resource<Row, Create, Update>(spec: ResourceSpec<Row, Create, Update>): FastifyPluginAsyncZod {
  return async (app) => {
    const Params = z.object({ id: spec.idExample ? spec.idSchema.meta({ example: spec.idExample }) : spec.idSchema });
    // A cursor is the last id of the previous page, so it has the id's form; anything else would reach the
    // database as a bad id.
    const Query = ListPage.extend({ cursor: spec.idSchema.optional().describe('`nextCursor` of the previous page') });
    const Page = z.object({ items: z.array(spec.view), nextCursor: z.string().nullable() });
    const tags = [spec.tag];

    async function load(principal: Principal, id: string): Promise<Row> {
      const row = await spec.find(app, id);
      if (!row || !spec.visible(principal, row)) throw problems.notFound(`${spec.noun} ${id}`);
      return row;
    }

    app.post(
      `/${spec.path}`,
      {
        schema: {
          tags,
          summary: `Create a ${spec.noun}`,
          body: spec.create as ZodType,
          response: {
            201: (spec.createdView ?? spec.view) as ZodType,
            400: Problem,
            401: Problem,
            403: Problem,
            404: Problem,
            409: Problem,
            503: Problem,
          },
        },
      },
      async (request, reply) => {
        const principal = requireRole(request, spec.writeRoles, `creating a ${spec.noun}`);
        const input = request.body as Create;
        const outOfScope = () => problems.notFound(`the property of this ${spec.noun}`);
        if (!(await spec.mayCreate(principal, input))) throw outOfScope();
        try {
          const { row, extra } = await spec.insert(app, input, principal);
          reply.status(201).header('location', `/v1/${spec.path}/${encodeURIComponent(spec.idOf(row))}`);
          return { ...(spec.toView(row) as object), ...extra };
        } catch (error) {
          if ((error as { code?: string }).code === 'P2002') {
            // Colliding with a row of another property must not reveal that it exists.
            const existing = spec.chosenId ? await spec.find(app, spec.chosenId(input)) : null;
            if (existing && !spec.visible(principal, existing)) throw outOfScope();
            const detail = `a ${spec.noun} with this identity already exists`;
            throw new HttpProblem(409, 'already-exists', 'Already exists', detail);
          }
          throw error;
        }
      },
    );

    app.get(
      `/${spec.path}`,
      {
        schema: {
          tags,
          summary: `List ${spec.path} in the key’s properties`,
          querystring: spec.listQuery ? Query.extend(spec.listQuery.shape).strict() : Query.strict(),
          response: { 200: Page, 400: Problem, 401: Problem, 403: Problem, 503: Problem },
        },
      },
      async (request) => {
        const principal = requireRole(request, spec.readRoles, `listing ${spec.path}`);
        const { limit, cursor, ...query } = request.query as { limit: number; cursor?: string } & Record<
          string,
          unknown
        >;
        const rows = await spec.list(app, { principal, query, take: limit + 1, after: cursor });
        const page = rows.slice(0, limit);
        return {
          items: page.map(spec.toView),
          nextCursor: rows.length > limit && page.length ? spec.idOf(page[page.length - 1]!) : null,
        };
      },
    );

    app.get(
      `/${spec.path}/:id`,
      {
        schema: {
          tags,
          summary: `One ${spec.noun}`,
          params: Params,
          response: { 200: spec.view, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 503: Problem },
        },
      },
      async (request) => {
        const principal = requireRole(request, spec.readRoles, `reading a ${spec.noun}`);
        return spec.toView(await load(principal, (request.params as { id: string }).id));
      },
    );

    app.patch(
      `/${spec.path}/:id`,
      {
        schema: {
          tags,
          summary: `Update a ${spec.noun}`,
          params: Params,
          body: spec.update as ZodType,
          response: { 200: spec.view, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 503: Problem },
        },
      },
      async (request) => {
        const principal = requireRole(request, spec.readRoles, `updating a ${spec.noun}`);
        const row = await load(principal, (request.params as { id: string }).id);
        requireRole(request, spec.writeRoles, `updating a ${spec.noun}`);
        const input = request.body as Update;
        if (spec.mayChange && !spec.mayChange(principal, row)) {
          const detail = `this ${spec.noun} reaches beyond this key’s properties; changing it needs a key that covers them all`;
          throw forbidden(detail);
        }
        if (spec.mayPatchTo && !(await spec.mayPatchTo(principal, input))) {
          throw problems.notFound(`the property of this ${spec.noun}`);
        }
        return spec.toView(await spec.patch(app, row, input));
      },
    );
  };
}
