import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z, type ZodType } from 'zod';
import type { Principal } from '../../../domain/access';
import { apiRoles, type ApiRole } from '../../../domain/directory';
import { identifier } from '../../../domain/text';
import { forbidden, requireRole } from '../../plugins/auth';
import { HttpProblem, Problem, problems } from '../../problems';

/** Who may see a resource's rows, and who may create or change them. Rows out of sight answer 404, as if absent. */
export interface Access<Row, Create, Update> {
  visible(principal: Principal, row: Row): boolean;
  /** May this caller create this (e.g. in a property outside its scope: no, and the answer is 404). */
  mayCreate(principal: Principal, input: Create): boolean;
  /** May it change a row it sees (no: 403, since the row is visible). Default: seeing the row is enough. */
  mayChange?(principal: Principal, row: Row): boolean;
  /** May the change take the row where it names (e.g. to properties outside the scope: no, answered 404). */
  mayPatchTo?(principal: Principal, input: Update): boolean;
}

/** Where the rows live. `list` answers up to `take` rows the caller sees, in id order, after the cursor. */
export interface Store<Row, Create, Update> {
  find(app: FastifyInstance, id: string): Promise<Row | null>;
  list(
    app: FastifyInstance,
    args: { principal: Principal; query: Record<string, unknown>; take: number; after?: string },
  ): Promise<Row[]>;
  insert(app: FastifyInstance, input: Create, principal: Principal): Promise<Row>;
  patch(app: FastifyInstance, row: Row, input: Update): Promise<Row>;
}

/**
 * One administered resource (properties, households, staff, keys, policies, rules): `POST /v1/<path>`,
 * `GET /v1/<path>` (paged), `GET` and `PATCH /v1/<path>/:id`. The schemas type everything else: what the
 * store receives is what `create` and `update` parse to, and `toView` must give what `view` answers.
 */
export interface ResourceSpec<
  Row extends { id: string },
  Create extends ZodType,
  Update extends ZodType,
  View extends ZodType,
> {
  /** Path segment and the word used in messages, e.g. `properties` / `property`. */
  path: string;
  noun: string;
  create: Create;
  update: Update;
  view: View;
  /** The row as the view answers it; its parameter's type names the row type. */
  toView(row: Row): z.output<View>;
  access: Access<NoInfer<Row>, z.output<Create>, z.output<Update>>;
  store: Store<Row, z.output<Create>, z.output<Update>>;
  /** The id in paths and cursors. Default: a readable id chosen by the creator (`maple-court`). */
  id?: ZodType<string>;
  /** An id of the demo portfolio, so the docs' example request works. */
  idExample?: string;
  /** Default: everyone reads, admins write. */
  readRoles?: readonly ApiRole[];
  writeRoles?: readonly ApiRole[];
  /** Extra list filters (query string). */
  listQuery?: z.ZodObject;
  /** What a create answers, when more than the view (a minted key's secret, shown once). */
  created?: { view: ZodType; toView(row: NoInfer<Row>): unknown };
  /** How a 409 names the row a create collides with. Default: `<noun> <id>`, for rows whose creator names the id. */
  identity?(input: z.output<Create>): string;
}

const ListPage = z.object({
  limit: z.coerce.number().int().min(1, 'limit must be at least 1').max(200, 'limit must be at most 200').default(50),
});
const everyone = apiRoles;
const admins = ['admin'] as const;

/** The id the creator chose, when the create body names one. */
const chosenId = (input: unknown): string | undefined => {
  const id = (input as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
};

export function resource<
  Row extends { id: string },
  Create extends ZodType,
  Update extends ZodType,
  View extends ZodType,
>(spec: ResourceSpec<Row, Create, Update, View>): FastifyPluginAsyncZod {
  const { path, noun, access, store } = spec;
  const readRoles = spec.readRoles ?? everyone;
  const writeRoles = spec.writeRoles ?? admins;
  const idSchema = spec.id ?? identifier('id');
  const identity = spec.identity ?? ((input: z.output<Create>) => `${noun} ${chosenId(input)}`);
  return async (app) => {
    const Params = z.object({ id: spec.idExample ? idSchema.meta({ example: spec.idExample }) : idSchema });
    // A cursor is the last id of the previous page, so it has the id's form; anything else would reach the
    // database as a bad id.
    const Query = ListPage.extend({ cursor: idSchema.optional().describe('`nextCursor` of the previous page') });
    // The spec's `toView` is checked against the view; inside this generic factory the answers are plain schemas.
    const view: ZodType = spec.view;
    const Page = z.object({ items: z.array(view), nextCursor: z.string().nullable() });
    const tags = ['administration'];
    const outOfScope = () => problems.notFound(`the property of this ${noun}`);

    async function load(principal: Principal, id: string): Promise<Row> {
      const row = await store.find(app, id);
      if (!row || !access.visible(principal, row)) throw problems.notFound(`${noun} ${id}`);
      return row;
    }

    app.post(
      `/${path}`,
      {
        schema: {
          tags,
          summary: `Create a ${noun}`,
          body: spec.create,
          response: {
            201: spec.created?.view ?? view,
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
        const principal = requireRole(request, writeRoles, `creating a ${noun}`);
        const input = request.body as z.output<Create>;
        if (!access.mayCreate(principal, input)) throw outOfScope();
        try {
          const row = await store.insert(app, input, principal);
          reply.status(201).header('location', `/v1/${path}/${encodeURIComponent(row.id)}`);
          return spec.created ? spec.created.toView(row) : spec.toView(row);
        } catch (error) {
          if ((error as { code?: string }).code === 'P2002') {
            // Colliding with a row of another property must not reveal that it exists.
            const id = chosenId(input);
            const existing = id === undefined ? null : await store.find(app, id);
            if (existing && !access.visible(principal, existing)) throw outOfScope();
            throw new HttpProblem(409, 'already-exists', 'Already exists', `${identity(input)} already exists`);
          }
          throw error;
        }
      },
    );

    app.get(
      `/${path}`,
      {
        schema: {
          tags,
          summary: `List ${path} in the key’s properties`,
          querystring: Query.extend(spec.listQuery?.shape ?? {}).strict(),
          response: { 200: Page, 400: Problem, 401: Problem, 403: Problem, 503: Problem },
        },
      },
      async (request) => {
        const principal = requireRole(request, readRoles, `listing ${path}`);
        // The page's fields, then the resource's own filters (`listQuery`).
        const { limit, cursor, ...query } = request.query as z.output<typeof Query> & Record<string, unknown>;
        const rows = await store.list(app, { principal, query, take: limit + 1, after: cursor });
        const page = rows.slice(0, limit);
        return {
          items: page.map((row) => spec.toView(row)),
          nextCursor: rows.length > limit && page.length ? page[page.length - 1]!.id : null,
        };
      },
    );

    app.get(
      `/${path}/:id`,
      {
        schema: {
          tags,
          summary: `One ${noun}`,
          params: Params,
          response: { 200: view, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 503: Problem },
        },
      },
      async (request) => {
        const principal = requireRole(request, readRoles, `reading a ${noun}`);
        return spec.toView(await load(principal, request.params.id));
      },
    );

    app.patch(
      `/${path}/:id`,
      {
        schema: {
          tags,
          summary: `Update a ${noun}`,
          params: Params,
          body: spec.update,
          response: { 200: view, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 503: Problem },
        },
      },
      async (request) => {
        const principal = requireRole(request, readRoles, `updating a ${noun}`);
        const row = await load(principal, request.params.id);
        requireRole(request, writeRoles, `updating a ${noun}`);
        const input = request.body as z.output<Update>;
        if (access.mayChange && !access.mayChange(principal, row)) {
          const beyond = `this ${noun} reaches beyond this key’s properties`;
          throw forbidden(`${beyond}; changing it needs a key that covers them all`);
        }
        if (access.mayPatchTo && !access.mayPatchTo(principal, input)) throw outOfScope();
        return spec.toView(await store.patch(app, row, input));
      },
    );
  };
}
