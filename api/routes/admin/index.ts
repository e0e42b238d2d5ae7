import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { inScope, scopeFilter, seesPortfolio, type Principal } from '../../../domain/access';
import * as D from '../../../domain/directory';
import * as Triggers from '../../../domain/events';
import type { StaffRole, StagePolicy } from '../../../domain/policies';
import { mintApiKey } from '../../../lib/api-keys';
import { problems } from '../../problems';
import { resource } from './resource';
import { isoOrNull as iso, dayOrNull as day } from '../../../domain/clock';

const invalid = problems.invalid;

/**
 * Administration: the directory (properties, households, staff), API keys, policies, ownership rules and
 * trigger rules.
 * Anyone may read what lies in their properties; only admins change properties, staff, keys, policies and
 * rules; managers and integrations also keep households current.
 */
const everyone = D.apiRoles;
const admins = ['admin'] as const;
const page = (after?: string) => (after ? { id: { gt: after } } : {});
const IdParam = D.identifier('id');
const PropertyFilter = z.object({ propertyId: D.identifier('propertyId').meta({ example: 'maple-court' }).optional() });
/** Portfolio-wide rows are listed with `propertyId=*`. */
const PortfolioFilter = z.object({
  propertyId: z.union([z.literal(D.PORTFOLIO), D.identifier('propertyId')]).optional(),
});

/** Portfolio-wide rows ("*") are visible to all; changing them needs a portfolio-wide key. */
const portfolioOrInScope = (p: Principal, propertyId: string) =>
  propertyId === D.PORTFOLIO ? true : inScope(p, propertyId);
const mayWritePortfolioOrInScope = (p: Principal, propertyId: string) =>
  propertyId === D.PORTFOLIO ? seesPortfolio(p) : inScope(p, propertyId);
/** Rows of the key's properties plus the portfolio-wide ones, optionally one property's, after a cursor. */
const portfolioRowsWhere = (p: Principal, query: Record<string, unknown>, after?: string) => {
  const scope = scopeFilter(p);
  return {
    AND: [
      page(after),
      scope ? { propertyId: { in: [...scope.in, D.PORTFOLIO] } } : {},
      { propertyId: query.propertyId as string | undefined },
    ],
  };
};
const coversAll = (p: Principal, ids: string[]) =>
  seesPortfolio(p) || ids.every((id) => id !== D.PORTFOLIO && inScope(p, id));

const admin: FastifyPluginAsync = async (app) => {
  await app.register(
    resource({
      path: 'properties',
      noun: 'property',
      tag: 'administration',
      idSchema: IdParam,
      idExample: 'maple-court',
      create: D.CreateProperty,
      update: D.UpdateProperty,
      view: D.Property,
      readRoles: everyone,
      writeRoles: admins,
      find: (a, id) => a.deps.db.property.findUnique({ where: { id } }),
      list: (a, { principal, take, after }) =>
        a.deps.db.property.findMany({
          where: { AND: [page(after), { id: scopeFilter(principal) }] },
          orderBy: { id: 'asc' },
          take,
        }),
      visible: (p, row) => inScope(p, row.id),
      mayCreate: (p, input) => inScope(p, input.id),
      chosenId: (input) => input.id,
      insert: async (a, input) => ({ row: await a.deps.db.property.create({ data: input }) }),
      patch: (a, row, input) => {
        // A change to one field of the calendar is judged with the stored others (opensAt alone can pass closesAt).
        const problems = D.updatedCalendarProblems(row, input);
        if (problems.length > 0) throw invalid(problems.map((p) => ({ field: `body.${p.field}`, message: p.message })));
        return a.deps.db.property.update({ where: { id: row.id }, data: input });
      },
      toView: (row) => ({ ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() }),
      idOf: (row) => row.id,
    }),
  );

  await app.register(
    resource({
      path: 'households',
      noun: 'household',
      tag: 'administration',
      idSchema: IdParam,
      idExample: 'mc-12b',
      create: D.CreateHousehold,
      update: D.UpdateHousehold,
      view: D.Household,
      readRoles: everyone,
      writeRoles: ['admin', 'community_manager', 'regional_manager', 'integration'],
      listQuery: PropertyFilter,
      find: (a, id) => a.deps.db.household.findUnique({ where: { id } }),
      list: (a, { principal, query, take, after }) =>
        a.deps.db.household.findMany({
          where: {
            AND: [
              page(after),
              { propertyId: scopeFilter(principal) },
              { propertyId: query.propertyId as string | undefined },
            ],
          },
          orderBy: { id: 'asc' },
          take,
        }),
      visible: (p, row) => inScope(p, row.propertyId),
      mayCreate: (p, input) => inScope(p, input.propertyId),
      chosenId: (input) => input.id,
      insert: async (a, input) => ({
        row: await a.deps.db.household.create({
          data: { ...input, leaseEndsOn: toDate(input.leaseEndsOn), moveInOn: toDate(input.moveInOn) },
        }),
      }),
      patch: (a, row, input) =>
        a.deps.db.household.update({
          where: { id: row.id },
          data: { ...input, leaseEndsOn: toDate(input.leaseEndsOn), moveInOn: toDate(input.moveInOn) },
        }),
      toView: (row) => ({
        ...row,
        contacts: row.contacts as z.infer<typeof D.Contact>[],
        leaseEndsOn: day(row.leaseEndsOn),
        moveInOn: day(row.moveInOn),
        createdAt: row.createdAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
      }),
      idOf: (row) => row.id,
    }),
  );

  await app.register(
    resource({
      path: 'staff',
      noun: 'staff member',
      tag: 'administration',
      idSchema: IdParam,
      idExample: 'mc-dana',
      create: D.CreateStaff,
      update: D.UpdateStaff,
      view: D.Staff,
      readRoles: everyone,
      writeRoles: admins,
      listQuery: PropertyFilter,
      find: (a, id) => a.deps.db.staffMember.findUnique({ where: { id } }),
      list: (a, { principal, query, take, after }) => {
        const scope = scopeFilter(principal);
        return a.deps.db.staffMember.findMany({
          where: {
            AND: [
              page(after),
              scope ? { propertyIds: { hasSome: scope.in } } : {},
              query.propertyId ? { propertyIds: { has: query.propertyId as string } } : {},
            ],
          },
          orderBy: { id: 'asc' },
          take,
        });
      },
      visible: (p, row) => seesPortfolio(p) || row.propertyIds.some((id) => inScope(p, id)),
      mayCreate: (p, input) => coversAll(p, input.propertyIds),
      chosenId: (input) => input.id,
      // A scoped admin changes only staff who work nowhere else, and keeps them inside its properties.
      mayChange: (p, row) => coversAll(p, row.propertyIds),
      mayPatchTo: (p, input) => input.propertyIds === undefined || coversAll(p, input.propertyIds),
      insert: async (a, input) => ({ row: await a.deps.db.staffMember.create({ data: input }) }),
      patch: (a, row, input) => a.deps.db.staffMember.update({ where: { id: row.id }, data: input }),
      toView: (row) => ({
        ...row,
        role: row.role as StaffRole,
        createdAt: row.createdAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
      }),
      idOf: (row) => row.id,
    }),
  );

  await app.register(
    resource({
      path: 'api-keys',
      noun: 'API key',
      tag: 'administration',
      idSchema: z.uuid('id must be a key id (UUID)'),
      create: D.CreateApiKey,
      update: D.UpdateApiKey,
      view: D.ApiKey,
      createdView: D.CreatedApiKey,
      readRoles: admins,
      writeRoles: admins,
      find: (a, id) => a.deps.db.apiKey.findUnique({ where: { id } }),
      list: async (a, { principal, take, after }) => {
        const orderBy = { id: 'asc' } as const;
        if (seesPortfolio(principal)) return a.deps.db.apiKey.findMany({ where: page(after), orderBy, take });
        // Keys whose every property is in scope, one page at a time in the database.
        const ids = await a.deps.db.$queryRaw<{ id: string }[]>`
          SELECT id::text FROM "ApiKey"
          WHERE "propertyIds" <@ ${principal.propertyIds}::text[] AND cardinality("propertyIds") > 0
            AND (${after ?? null}::uuid IS NULL OR id > ${after ?? null}::uuid)
          ORDER BY id LIMIT ${take}`;
        return a.deps.db.apiKey.findMany({ where: { id: { in: ids.map((r) => r.id) } }, orderBy });
      },
      // An admin of some properties sees and mints only keys that stay inside them.
      visible: (p, row) => coversAll(p, row.propertyIds),
      mayCreate: (p, input) => coversAll(p, input.propertyIds),
      insert: async (a, input, principal) => {
        // The staff member a key acts as must work at every property of the key (or be one the caller sees,
        // for a portfolio key); otherwise the same answer as a staff member that does not exist.
        if (input.staffId) {
          const staff = await a.deps.db.staffMember.findUnique({
            where: { id: input.staffId },
            select: { propertyIds: true },
          });
          const worksAtEvery = (ids: string[]) =>
            ids.includes(D.PORTFOLIO) || ids.every((id) => staff!.propertyIds.includes(id));
          const fits =
            staff && staff.propertyIds.some((id) => inScope(principal, id)) && worksAtEvery(input.propertyIds);
          if (!fits) throw problems.notFound(`staff member ${input.staffId}`);
        }
        const { row, key } = await mintApiKey(a.deps.db, input);
        return { row, extra: { key } };
      },
      patch: (a, row, input) =>
        a.deps.db.apiKey.update({
          where: { id: row.id },
          data: { name: input.name, revokedAt: input.revoked ? (row.revokedAt ?? new Date()) : undefined },
        }),
      toView: (row) => ({
        id: row.id,
        name: row.name,
        prefix: row.prefix,
        role: row.role as D.ApiRole,
        propertyIds: row.propertyIds,
        staffId: row.staffId,
        integration: row.integration,
        createdAt: row.createdAt.toISOString(),
        lastUsedAt: iso(row.lastUsedAt),
        revokedAt: iso(row.revokedAt),
      }),
      idOf: (row) => row.id,
    }),
  );

  await app.register(
    resource({
      path: 'policies',
      noun: 'policy',
      tag: 'administration',
      idSchema: z.uuid('id must be a policy id (UUID)'),
      create: D.CreatePolicy,
      update: D.UpdatePolicy,
      view: D.PolicyRecord,
      readRoles: everyone,
      writeRoles: admins,
      listQuery: PortfolioFilter,
      find: (a, id) => a.deps.db.policy.findUnique({ where: { id } }),
      list: (a, { principal, query, take, after }) =>
        a.deps.db.policy.findMany({ where: portfolioRowsWhere(principal, query, after), orderBy: { id: 'asc' }, take }),
      visible: (p, row) => portfolioOrInScope(p, row.propertyId),
      mayCreate: (p, input) => mayWritePortfolioOrInScope(p, input.propertyId),
      mayChange: (p, row) => mayWritePortfolioOrInScope(p, row.propertyId),
      insert: async (a, input) => ({
        row: await a.deps.db.policy.create({ data: { ...input, policy: input.policy as object } }),
      }),
      patch: (a, row, input) =>
        a.deps.db.policy.update({ where: { id: row.id }, data: { policy: input.policy as object } }),
      toView: (row) => ({ ...row, policy: row.policy as StagePolicy, updatedAt: row.updatedAt.toISOString() }),
      idOf: (row) => row.id,
    }),
  );

  await app.register(
    resource({
      path: 'ownership-rules',
      noun: 'ownership rule',
      tag: 'administration',
      idSchema: z.uuid('id must be a rule id (UUID)'),
      create: D.CreateOwnershipRule,
      update: D.UpdateOwnershipRule,
      view: D.OwnershipRule,
      readRoles: everyone,
      writeRoles: admins,
      listQuery: PortfolioFilter,
      find: (a, id) => a.deps.db.ownershipRule.findUnique({ where: { id } }),
      list: (a, { principal, query, take, after }) =>
        a.deps.db.ownershipRule.findMany({
          where: portfolioRowsWhere(principal, query, after),
          orderBy: { id: 'asc' },
          take,
        }),
      visible: (p, row) => portfolioOrInScope(p, row.propertyId),
      mayCreate: (p, input) => mayWritePortfolioOrInScope(p, input.propertyId),
      mayChange: (p, row) => mayWritePortfolioOrInScope(p, row.propertyId),
      insert: async (a, input) => ({ row: await a.deps.db.ownershipRule.create({ data: input }) }),
      patch: (a, row, input) => a.deps.db.ownershipRule.update({ where: { id: row.id }, data: input }),
      toView: (row) => ({ ...row, createdAt: row.createdAt.toISOString() }),
      idOf: (row) => row.id,
    }),
  );
  await app.register(
    resource({
      path: 'trigger-rules',
      noun: 'trigger rule',
      tag: 'administration',
      idSchema: z.uuid('id must be a rule id (UUID)'),
      create: Triggers.CreateTriggerRule,
      update: Triggers.UpdateTriggerRule,
      view: Triggers.TriggerRuleRecord,
      readRoles: everyone,
      writeRoles: admins,
      listQuery: PortfolioFilter,
      find: (a, id) => a.deps.db.triggerRule.findUnique({ where: { id } }),
      list: (a, { principal, query, take, after }) =>
        a.deps.db.triggerRule.findMany({
          where: portfolioRowsWhere(principal, query, after),
          orderBy: { id: 'asc' },
          take,
        }),
      visible: (p, row) => portfolioOrInScope(p, row.propertyId),
      mayCreate: (p, input) => mayWritePortfolioOrInScope(p, input.propertyId),
      mayChange: (p, row) => mayWritePortfolioOrInScope(p, row.propertyId),
      insert: async (a, input) => ({
        row: await a.deps.db.triggerRule.create({ data: { ...input, params: input.params as object } }),
      }),
      patch: (a, row, input) => {
        // The params must fit the rule's kind, which the row fixes.
        const params =
          input.params === undefined
            ? undefined
            : Triggers.TriggerParams[row.kind as Triggers.TriggerKind].safeParse(input.params);
        if (params && !params.success) {
          const field = (path: PropertyKey[]) => ['body', 'params', ...path].join('.');
          const message = (text: string) => `${text} (for a ${row.kind} rule)`;
          throw problems.invalid(
            params.error.issues.map((i) => ({ field: field(i.path), message: message(i.message) })),
          );
        }
        return a.deps.db.triggerRule.update({
          where: { id: row.id },
          data: { enabled: input.enabled, severity: input.severity, params: params?.data as object | undefined },
        });
      },
      toView: (row) => ({
        ...row,
        kind: row.kind as Triggers.TriggerKind,
        category: Triggers.categoryOfTrigger[row.kind as Triggers.TriggerKind],
        severity: row.severity as Triggers.TriggerRuleSettings['severity'],
        params: row.params as Record<string, unknown>,
        updatedAt: row.updatedAt.toISOString(),
      }),
      idOf: (row) => row.id,
    }),
  );
};

function toDate(value: string | null | undefined): Date | null | undefined {
  if (value === undefined) return undefined;
  return value === null ? null : new Date(`${value}T00:00:00Z`);
}

export default admin;
