import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack } from '../support/stack';

/**
 * Item 9 of issue 13: a client's x-request-id only in a safe form; a Content-Security-Policy on every
 * answer, the /docs pages included; the API-key list paged for a property-scoped admin.
 */
let stack: Awaited<ReturnType<typeof startStack>>;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('x-request-id', () => {
  it('keeps a safe client id and replaces anything else with a new one', async () => {
    const echo = async (id: string) =>
      (await stack.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': id } })).headers[
        'x-request-id'
      ];
    expect(await echo('req-123_abc.def:9')).toBe('req-123_abc.def:9');
    for (const unsafe of [
      'two words',
      '<script>alert(1)</script>',
      'x'.repeat(129),
      'line\u2028break',
      '{"json":1}',
      'a%0d%0ab',
    ]) {
      expect(await echo(unsafe), unsafe).toMatch(UUID);
    }
  });
});

describe('Content-Security-Policy', () => {
  it('the /docs pages carry a policy without inline scripts; JSON answers one that allows nothing', async () => {
    const docs = await stack.app.inject({ method: 'GET', url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toMatch(/text\/html/);
    const policy = String(docs.headers['content-security-policy']);
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    const api = await stack.app.inject({ method: 'GET', url: '/v1/properties', headers: stack.adminHeaders });
    expect(api.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
  });
});

describe('API keys listed by a property-scoped admin', () => {
  it('pages through exactly the keys inside its properties', async () => {
    const mine = `keys-${randomUUID().slice(0, 6)}`;
    const other = `keys-other-${randomUUID().slice(0, 6)}`;
    const admin = await stack.keyFor('admin', [mine]);
    const inside = [admin.keyId];
    for (let i = 0; i < 4; i++) inside.push((await stack.keyFor('integration', [mine])).keyId);
    for (let i = 0; i < 3; i++) await stack.keyFor('integration', [mine, other]);
    await stack.keyFor('integration', [other]);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await stack.app.inject({
        method: 'GET',
        url: `/v1/api-keys?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        headers: { authorization: admin.authorization },
      });
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json() as { items: { id: string }[]; nextCursor: string | null };
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((k) => k.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 20);
    expect(seen).toEqual([...inside].sort());
  });
});
