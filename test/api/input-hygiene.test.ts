import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack } from '../support/stack';

/** Inputs the fuzzer (npm run test:fuzz) found answered 500 or hanging; each now gets a 400 naming it. */
let stack: Awaited<ReturnType<typeof startStack>>;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

describe('input the database cannot take', () => {
  it('a NUL character anywhere in the body or query is refused, naming the field, and nothing is started', async () => {
    const response = await stack.app.inject({
      method: 'POST',
      url: '/v1/cases',
      headers: stack.adminHeaders,
      payload: {
        propertyId: 'nul-test',
        residentId: 'hh-1',
        category: 'other',
        severity: 'low',
        channel: 'sms',
        summary: 'x',
        details: 'a\u0000b',
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'body.details', message: 'must not contain the NUL character' }]);
    const query = await stack.app.inject({
      method: 'GET',
      url: '/v1/staff?propertyId=a%00b',
      headers: stack.adminHeaders,
    });
    expect(query.statusCode).toBe(400);
    expect(query.json().errors[0].field).toBe('querystring.propertyId');
    expect(await stack.db.case.count({ where: { propertyId: 'nul-test' } })).toBe(0);
  });

  it('a cursor that is not an id of the listed kind is a 400, not a database error', async () => {
    for (const path of ['/v1/policies', '/v1/ownership-rules', '/v1/trigger-rules', '/v1/api-keys', '/v1/staff']) {
      const response = await stack.app.inject({
        method: 'GET',
        url: `${path}?cursor=${'0'.repeat(150)}%C3%AE`,
        headers: stack.adminHeaders,
      });
      expect(response.statusCode, path).toBe(400);
      expect(response.json().errors[0].field, path).toBe('querystring.cursor');
    }
  });
});
