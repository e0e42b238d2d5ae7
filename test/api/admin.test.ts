import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack } from '../support/stack';

/**
 * Administration CRUD (api/routes/admin), through the HTTP API against the real database: create, a duplicate
 * id, paging, update, revoking a key, and isolation by property. The key cache is off (`apiKeyCacheMs: 0`), so
 * a revocation takes effect on the next request rather than after the cache's lifetime.
 */
let stack: Awaited<ReturnType<typeof startStack>>;
const tag = randomUUID().slice(0, 6);
const A = `adm-a-${tag}`;
const B = `adm-b-${tag}`;
let admin: Record<string, string>;
let adminA: Record<string, string>;

type Json = Record<string, unknown>;
const send = (method: 'GET' | 'POST' | 'PATCH', url: string, headers: Record<string, string>, payload?: unknown) =>
  stack.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as Json }) });

beforeAll(async () => {
  stack = await startStack({ app: { apiKeyCacheMs: 0 } });
  admin = stack.adminHeaders;
  for (const id of [A, B]) {
    const created = await send('POST', '/v1/properties', admin, { id, name: `Property ${id}`, timeZone: 'UTC' });
    expect(created.statusCode, created.body).toBe(201);
  }
  const { authorization } = await stack.keyFor('admin', [A]);
  adminA = { authorization };
}, 120_000);
afterAll(() => stack?.stop());

const household = (id: string, propertyId: string) => ({ id, propertyId, unit: id.slice(-2), name: `Household ${id}` });

describe('create and read', () => {
  it('creates a property, answers 201 with its location, and reads it back', async () => {
    const id = `adm-new-${tag}`;
    const created = await send('POST', '/v1/properties', admin, { id, name: 'Birch Gardens', timeZone: 'UTC' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.headers.location).toBe(`/v1/properties/${id}`);
    expect(created.json()).toMatchObject({ id, name: 'Birch Gardens', timeZone: 'UTC' });

    const read = await send('GET', `/v1/properties/${id}`, admin);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id, name: 'Birch Gardens', timeZone: 'UTC' });
  });

  it('a duplicate id answers 409 naming the id, and leaves the first row as it was', async () => {
    const id = `${A}-dup`;
    expect((await send('POST', '/v1/households', admin, household(id, A))).statusCode).toBe(201);
    const again = await send('POST', '/v1/households', admin, { ...household(id, A), name: 'Someone else' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ status: 409, detail: `household ${id} already exists` });
    expect((await send('GET', `/v1/households/${id}`, admin)).json()).toMatchObject({ name: `Household ${id}` });
  });

  it('a duplicate of a rule keyed by property and category names what it collides on', async () => {
    const rule = { propertyId: A, category: 'move_in', ownerRole: 'community_manager' };
    expect((await send('POST', '/v1/ownership-rules', admin, rule)).statusCode).toBe(201);
    const again = await send('POST', '/v1/ownership-rules', admin, { ...rule, ownerRole: 'frontline' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ detail: `an ownership rule for ${A}, move_in already exists` });
  });
});

describe('paging', () => {
  it('walks every page of a property’s households with limit and cursor, each once, in id order', async () => {
    const property = `adm-page-${tag}`;
    expect(
      (await send('POST', '/v1/properties', admin, { id: property, name: 'Paged', timeZone: 'UTC' })).statusCode,
    ).toBe(201);
    const ids = ['05', '01', '04', '02', '03'].map((n) => `${property}-${n}`);
    for (const id of ids)
      expect((await send('POST', '/v1/households', admin, household(id, property))).statusCode).toBe(201);

    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const query: string = `propertyId=${property}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await send('GET', `/v1/households?${query}`, admin);
      expect(page.statusCode, page.body).toBe(200);
      const body = page.json() as { items: { id: string }[]; nextCursor: string | null };
      pages.push(body.items.map((item) => item.id));
      cursor = body.nextCursor;
    } while (cursor && pages.length < 10);

    expect(pages).toEqual([
      [`${property}-01`, `${property}-02`],
      [`${property}-03`, `${property}-04`],
      [`${property}-05`],
    ]);
  });

  it('a full last page says there is no next one', async () => {
    const page = await send('GET', `/v1/properties?limit=200`, adminA);
    expect(page.json()).toEqual({ items: [expect.objectContaining({ id: A })], nextCursor: null });
  });

  it('refuses a limit out of range and a cursor that is not an id, naming the field', async () => {
    for (const [query, field] of [
      ['limit=0', 'querystring.limit'],
      ['limit=201', 'querystring.limit'],
      ['cursor=not%20an%20id', 'querystring.cursor'],
    ]) {
      const answer = await send('GET', `/v1/households?${query}`, admin);
      expect(answer.statusCode, query).toBe(400);
      expect(
        (answer.json() as { errors: { field: string }[] }).errors.map((e) => e.field),
        query,
      ).toContain(field);
    }
  });
});

describe('update', () => {
  it('changes only the fields sent', async () => {
    const id = `${A}-upd`;
    await send('POST', '/v1/households', admin, { ...household(id, A), language: 'es' });
    const changed = await send('PATCH', `/v1/households/${id}`, admin, { name: 'Renamed' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ id, name: 'Renamed', unit: 'pd', language: 'es', propertyId: A });
    expect((await send('GET', `/v1/households/${id}`, admin)).json()).toMatchObject({ name: 'Renamed' });
  });

  it('an unknown id answers 404 naming it', async () => {
    const answer = await send('PATCH', `/v1/staff/nobody-${tag}`, admin, { name: 'X' });
    expect(answer.statusCode).toBe(404);
    expect(answer.json()).toMatchObject({ detail: `staff member nobody-${tag} does not exist` });
  });
});

describe('revoking an API key', () => {
  it('a revoked key stops working on its next request', async () => {
    const minted = await send('POST', '/v1/api-keys', adminA, { name: 'Front desk', role: 'admin', propertyIds: [A] });
    expect(minted.statusCode, minted.body).toBe(201);
    const { id, key } = minted.json() as { id: string; key: string };
    const asKey = { authorization: `Bearer ${key}` };
    expect((await send('GET', `/v1/properties/${A}`, asKey)).statusCode).toBe(200);

    const revoked = await send('PATCH', `/v1/api-keys/${id}`, adminA, { revoked: true });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect((revoked.json() as { revokedAt: string | null }).revokedAt).not.toBeNull();

    const after = await send('GET', `/v1/properties/${A}`, asKey);
    expect(after.statusCode).toBe(401);
    expect(after.headers['www-authenticate']).toBe('Bearer');
  });

  it('revoking again keeps the first revocation time', async () => {
    const minted = (
      await send('POST', '/v1/api-keys', admin, { name: 'Twice', role: 'admin', propertyIds: [A] })
    ).json();
    const { id } = minted as { id: string };
    const first = (await send('PATCH', `/v1/api-keys/${id}`, admin, { revoked: true })).json() as Json;
    const second = (await send('PATCH', `/v1/api-keys/${id}`, admin, { revoked: true })).json() as Json;
    expect(second.revokedAt).toBe(first.revokedAt);
  });
});

describe('isolation: an admin of property A and the rows of property B', () => {
  const hhB = `${B}-hh`;
  let keyOfB: string;
  beforeAll(async () => {
    expect((await send('POST', '/v1/households', admin, household(hhB, B))).statusCode).toBe(201);
    const minted = await send('POST', '/v1/api-keys', admin, { name: 'B only', role: 'admin', propertyIds: [B] });
    keyOfB = (minted.json() as { id: string }).id;
  });

  /** The answer with the id written as `<id>`, so two answers can be compared for what they reveal. */
  const revealed = (response: { statusCode: number; json(): unknown }, id: string) =>
    JSON.parse(
      JSON.stringify({ status: response.statusCode, ...(response.json() as Json), instance: undefined })
        .split(id)
        .join('<id>'),
    );

  it('reading or changing B’s rows answers exactly as for ids that do not exist', async () => {
    const missing = `${A}-missing`;
    const missingKey = randomUUID();
    for (const [method, path, id, ghost, body] of [
      ['GET', '/v1/properties/', B, missing, undefined],
      ['PATCH', '/v1/properties/', B, missing, { name: 'Taken over' }],
      ['GET', '/v1/households/', hhB, missing, undefined],
      ['PATCH', '/v1/households/', hhB, missing, { name: 'Taken over' }],
      ['GET', '/v1/api-keys/', keyOfB, missingKey, undefined],
      ['PATCH', '/v1/api-keys/', keyOfB, missingKey, { revoked: true }],
    ] as const) {
      const theirs = await send(method, `${path}${id}`, adminA, body);
      const none = await send(method, `${path}${ghost}`, adminA, body);
      expect(theirs.statusCode, `${method} ${path}${id}`).toBe(404);
      expect(revealed(theirs, id), `${method} ${path}${id}`).toEqual(revealed(none, ghost));
    }
    // Nothing changed: B's rows read back as they were, and B's key still works.
    expect((await send('GET', `/v1/properties/${B}`, admin)).json()).toMatchObject({ name: `Property ${B}` });
    expect((await send('GET', `/v1/households/${hhB}`, admin)).json()).toMatchObject({ name: `Household ${hhB}` });
    expect((await send('GET', `/v1/api-keys/${keyOfB}`, admin)).json()).toMatchObject({ revokedAt: null });
  });

  it('lists show none of B’s rows, even when asked for B', async () => {
    const households = await send('GET', `/v1/households?propertyId=${B}`, adminA);
    expect(households.json()).toEqual({ items: [], nextCursor: null });
    const all = (await send('GET', '/v1/households?limit=200', adminA)).json() as { items: { propertyId: string }[] };
    expect(all.items.filter((item) => item.propertyId !== A)).toEqual([]);
    const keys = (await send('GET', '/v1/api-keys?limit=200', adminA)).json() as { items: { id: string }[] };
    expect(keys.items.map((k) => k.id)).not.toContain(keyOfB);
  });

  it('creating in B, or on an id B already holds, answers 404, never 409', async () => {
    const inB = await send('POST', '/v1/households', adminA, household(`${B}-new`, B));
    expect(inB.statusCode).toBe(404);
    const taken = await send('POST', '/v1/households', adminA, household(hhB, A));
    expect(taken.statusCode).toBe(404);
    expect((await send('GET', `/v1/households/${hhB}`, admin)).json()).toMatchObject({ propertyId: B });
    expect((await send('GET', `/v1/households/${B}-new`, admin)).statusCode).toBe(404);
  });
});
