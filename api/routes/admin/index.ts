import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { inScope, scopeFilter, seesPortfolio, type Principal } from '../../../domain/access';
import * as D from '../../../domain/directory';
import * as Triggers from '../../../domain/events';
import type { CaseCategory, Severity } from '../../../domain/case';
import type { StaffRole, StagePolicy } from '../../../domain/policies';
import { mintApiKey } from '../../../lib/api-keys';
import type * as Rows from '../../../prisma/generated/client';
import { problems } from '../../problems';
import { resource, type Access } from './resource';
import { isoOrNull as iso, dayOrNull as day } from '../../../domain/clock';

/**
 * Administration: the directory (properties, households, staff), API keys, policies, ownership rules and
 * trigger rules. Anyone may read what lies in their properties; only admins change properties, staff, keys,
 * policies and rules (the default of `resource`); managers and integrations also keep households current.
 */
const page = (after?: string) => (after ? { id: { gt: after } } : {});
const PropertyFilter = z.object({ propertyId: D.identifier('propertyId').meta({ example: 'maple-court' }).optional() });
/** Portfolio-wide rows are listed with `propertyId=*`. */
const PortfolioFilter = z.object({
  propertyId: z.union([z.literal(D.PORTFOLIO), D.identifier('propertyId')]).optional(),
});

/** Rows of one property: seen, created and changed by keys of that property. */
const inProperty: Access<{ propertyId: string }, { propertyId: string }, unknown> = {
  visible: (p, row) => inScope(p, row.propertyId),
  mayCreate: (p, input) => inScope(p, input.propertyId),
};
/** Rows of one property or of the whole portfolio ("*"): seen by all; changing the latter needs a portfolio key. */
const mayWrite = (p: Principal, propertyId: string) =>
  propertyId === D.PORTFOLIO ? seesPortfolio(p) : inScope(p, propertyId);
const portfolioOrProperty: Access<{ propertyId: string }, { propertyId: string }, unknown> = {
  visible: (p, row) => row.propertyId === D.PORTFOLIO || inScope(p, row.propertyId),
  mayCreate: (p, input) => mayWrite(p, input.propertyId),
  mayChange: (p, row) => mayWrite(p, row.propertyId),
};
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
const byId = { id: 'asc' } as const;

const admin: FastifyPluginAsync = async (app) => {
  await app.register(
    resource({
      path: 'properties',
      noun: 'property',
      idExample: 'maple-court',
      create: D.CreateProperty,
      update: D.UpdateProperty,
      view: D.Property,
      toView: (row: Rows.Property) => ({
        ...row,
        createdAt: row.createdAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
      }),
      access: { visible: (p, row) => inScope(p, row.id), mayCreate: (p, input) => inScope(p, input.id) },
      store: {
        find: (a, id) => a.deps.db.property.findUnique({ where: { id } }),
        list: (a, { principal, take, after }) =>
          a.deps.db.property.findMany({
            where: { AND: [page(after), { id: scopeFilter(principal) }] },
            orderBy: byId,
            take,
          }),
        insert: (a, input) => a.deps.db.property.create({ data: input }),
        patch: (a, row, input) => {
          // A change to one field of the calendar is judged with the stored others (opensAt alone can pass closesAt).
          const found = D.updatedCalendarProblems(row, input);
          if (found.length > 0)
            throw problems.invalid(found.map((p) => ({ field: `body.${p.field}`, message: p.message })));
          return a.deps.db.property.update({ where: { id: row.id }, data: input });
        },
      },
    }),
  );

  await app.register(
    resource({
      path: 'households',
      noun: 'household',
      idExample: 'mc-12b',
      create: D.CreateHousehold,
      update: D.UpdateHousehold,
      view: D.Household,
      writeRoles: ['admin', 'community_manager', 'regional_manager', 'integration'],
      listQuery: PropertyFilter,
      toView: (row: Rows.Household) => ({
        ...row,
        contacts: row.contacts as z.infer<typeof D.Contact>[],
        leaseEndsOn: day(row.leaseEndsOn),
        moveInOn: day(row.moveInOn),
        createdAt: row.createdAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
      }),
      access: inProperty,
      store: {
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
            orderBy: byId,
            take,
          }),
        insert: (a, input) =>
          a.deps.db.household.create({
            data: { ...input, leaseEndsOn: toDate(input.leaseEndsOn), moveInOn: toDate(input.moveInOn) },
          }),
        patch: (a, row, input) =>
          a.deps.db.household.update({
            where: { id: row.id },
            data: { ...input, leaseEndsOn: toDate(input.leaseEndsOn), moveInOn: toDate(input.moveInOn) },
          }),
      },
    }),
  );

  await app.register(
    resource({
      path: 'staff',
      noun: 'staff member',
      idExample: 'mc-dana',
      create: D.CreateStaff,
      update: D.UpdateStaff,
      view: D.Staff,
      listQuery: PropertyFilter,
      toView: (row: Rows.StaffMember) => ({
        ...row,
        role: row.role as StaffRole,
        createdAt: row.createdAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
      }),
      // A scoped admin changes only staff who work nowhere else, and keeps them inside its properties.
      access: {
        visible: (p, row) => seesPortfolio(p) || row.propertyIds.some((id) => inScope(p, id)),
        mayCreate: (p, input) => coversAll(p, input.propertyIds),
        mayChange: (p, row) => coversAll(p, row.propertyIds),
        mayPatchTo: (p, input) => input.propertyIds === undefined || coversAll(p, input.propertyIds),
      },
      store: {
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
            orderBy: byId,
            take,
          });
        },
        insert: (a, input) => a.deps.db.staffMember.create({ data: input }),
        patch: (a, row, input) => a.deps.db.staffMember.update({ where: { id: row.id }, data: input }),
      },
    }),
  );

  /** A key as stored, with its secret right after minting (the create's answer shows it once). */
  type ApiKeyRow = Rows.ApiKey & { key?: string };
  const apiKeyView = (row: ApiKeyRow): z.output<typeof D.ApiKey> => ({
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
  });
  await app.register(
    resource({
      path: 'api-keys',
      noun: 'API key',
      id: z.uuid('id must be a key id (UUID)'),
      create: D.CreateApiKey,
      update: D.UpdateApiKey,
      view: D.ApiKey,
      toView: apiKeyView,
      // The secret is in the create's answer only.
      created: {
        view: D.CreatedApiKey,
        toView: (row): z.output<typeof D.CreatedApiKey> => ({ ...apiKeyView(row), key: row.key! }),
      },
      readRoles: ['admin'],
      // Only the secret's hash is unique: a collision is a freak, and says nothing about the key named.
      identity: () => 'an API key with the same secret',
      // An admin of some properties sees and mints only keys that stay inside them.
      access: {
        visible: (p, row) => coversAll(p, row.propertyIds),
        mayCreate: (p, input) => coversAll(p, input.propertyIds),
      },
      store: {
        find: (a, id): Promise<ApiKeyRow | null> => a.deps.db.apiKey.findUnique({ where: { id } }),
        list: async (a, { principal, take, after }) => {
          if (seesPortfolio(principal)) return a.deps.db.apiKey.findMany({ where: page(after), orderBy: byId, take });
          // Keys whose every property is in scope, one page at a time in the database.
          const ids = await a.deps.db.$queryRaw<{ id: string }[]>`
            SELECT id::text FROM "ApiKey"
            WHERE "propertyIds" <@ ${principal.propertyIds}::text[] AND cardinality("propertyIds") > 0
              AND (${after ?? null}::uuid IS NULL OR id > ${after ?? null}::uuid)
            ORDER BY id LIMIT ${take}`;
          return a.deps.db.apiKey.findMany({ where: { id: { in: ids.map((r) => r.id) } }, orderBy: byId });
        },
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
          return { ...row, key };
        },
        patch: (a, row, input) =>
          a.deps.db.apiKey.update({
            where: { id: row.id },
            data: { name: input.name, revokedAt: input.revoked ? (row.revokedAt ?? new Date()) : undefined },
          }),
      },
    }),
  );

  await app.register(
    resource({
      path: 'policies',
      noun: 'policy',
      id: z.uuid('id must be a policy id (UUID)'),
      create: D.CreatePolicy,
      update: D.UpdatePolicy,
      view: D.PolicyRecord,
      listQuery: PortfolioFilter,
      toView: (row: Rows.Policy) => ({
        ...row,
        category: row.category as CaseCategory,
        severity: row.severity as Severity,
        policy: row.policy as StagePolicy,
        updatedAt: row.updatedAt.toISOString(),
      }),
      identity: (input) => `a policy for ${input.propertyId}, ${input.category}, ${input.severity}`,
      access: portfolioOrProperty,
      store: {
        find: (a, id) => a.deps.db.policy.findUnique({ where: { id } }),
        list: (a, { principal, query, take, after }) =>
          a.deps.db.policy.findMany({ where: portfolioRowsWhere(principal, query, after), orderBy: byId, take }),
        insert: (a, input) => a.deps.db.policy.create({ data: { ...input, policy: input.policy as object } }),
        patch: (a, row, input) =>
          a.deps.db.policy.update({ where: { id: row.id }, data: { policy: input.policy as object } }),
      },
    }),
  );

  await app.register(
    resource({
      path: 'ownership-rules',
      noun: 'ownership rule',
      id: z.uuid('id must be a rule id (UUID)'),
      create: D.CreateOwnershipRule,
      update: D.UpdateOwnershipRule,
      view: D.OwnershipRule,
      listQuery: PortfolioFilter,
      toView: (row: Rows.OwnershipRule) => ({
        ...row,
        category: row.category as CaseCategory,
        ownerRole: row.ownerRole as StaffRole,
        createdAt: row.createdAt.toISOString(),
      }),
      identity: (input) => `an ownership rule for ${input.propertyId}, ${input.category}`,
      access: portfolioOrProperty,
      store: {
        find: (a, id) => a.deps.db.ownershipRule.findUnique({ where: { id } }),
        list: (a, { principal, query, take, after }) =>
          a.deps.db.ownershipRule.findMany({ where: portfolioRowsWhere(principal, query, after), orderBy: byId, take }),
        insert: (a, input) => a.deps.db.ownershipRule.create({ data: input }),
        patch: (a, row, input) => a.deps.db.ownershipRule.update({ where: { id: row.id }, data: input }),
      },
    }),
  );

  await app.register(
    resource({
      path: 'trigger-rules',
      noun: 'trigger rule',
      id: z.uuid('id must be a rule id (UUID)'),
      create: Triggers.CreateTriggerRule,
      update: Triggers.UpdateTriggerRule,
      view: Triggers.TriggerRuleRecord,
      listQuery: PortfolioFilter,
      toView: (row: Rows.TriggerRule) => ({
        ...row,
        kind: row.kind as Triggers.TriggerKind,
        category: Triggers.categoryOfTrigger[row.kind as Triggers.TriggerKind],
        severity: row.severity as Triggers.TriggerRuleSettings['severity'],
        params: row.params as Record<string, unknown>,
        updatedAt: row.updatedAt.toISOString(),
      }),
      identity: (input) => `a trigger rule for ${input.propertyId}, ${input.kind}`,
      access: portfolioOrProperty,
      store: {
        find: (a, id) => a.deps.db.triggerRule.findUnique({ where: { id } }),
        list: (a, { principal, query, take, after }) =>
          a.deps.db.triggerRule.findMany({ where: portfolioRowsWhere(principal, query, after), orderBy: byId, take }),
        insert: (a, input) => a.deps.db.triggerRule.create({ data: { ...input, params: input.params as object } }),
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
      },
    }),
  );
};

function toDate(value: string | null | undefined): Date | null | undefined {
  if (value === undefined) return undefined;
  return value === null ? null : new Date(`${value}T00:00:00Z`);
}

export default admin;
