import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../api/app';
import type { CaseDetail } from '../../domain/case';
import type { OidcSettings } from '../../lib/oidc';
import { startStack } from '../support/stack';
import { newSigningKey, OTHER_AUDIENCE, startOidcProvider, type SigningKey } from '../support/oidc-provider';

/**
 * People sign in with their organisation's OpenID provider (issue 18): a real `oidc-provider` on a loopback
 * port issues the access tokens; the API verifies them against the provider's published keys and maps the
 * token's e-mail claim to an active staff member, whose role and properties decide what the person sees.
 */
const tag = randomUUID().slice(0, 6);
const A = `oidc-a-${tag}`;
const B = `oidc-b-${tag}`;
const AUDIENCE = `https://recovery-${tag}.example.test/api`;
const email = (who: string) => `${who}.${tag}@example.test`;
/** Client id at the provider → the e-mail address its tokens carry (one client per person). */
const people = {
  'manager-a': email('chris'),
  // The directory holds "sam…", the provider sends it capitalised: addresses match in any case.
  'front-a': email('Sam').toUpperCase(),
  'front-b': email('blake'),
  gone: email('gone'),
  stranger: email('stranger'),
  // "_" and "%" are wildcards of SQL LIKE: this address must not find chris.
  wildcard: `_hris.${tag}@example.test`,
  'no-email': null,
  // A service desk login with no e-mail address: its token's subject is the staff id.
  [`desk-${tag}`]: null,
};

let provider: Awaited<ReturnType<typeof startOidcProvider>>;
let stack: Awaited<ReturnType<typeof startStack>>;
let keyOne: SigningKey;
let caseA: string;
let caseB: string;

beforeAll(async () => {
  keyOne = await newSigningKey(`one-${tag}`);
  provider = await startOidcProvider({ keys: [keyOne], audience: AUDIENCE, people });
  stack = await startStack({
    app: { oidc: settings({ issuer: provider.issuer, jwksCooldownMs: 0 }) },
  });
  for (const property of [A, B]) {
    await stack.db.property.create({ data: { id: property, name: property, timeZone: 'UTC' } });
    await stack.db.household.create({
      data: { id: `${property}-hh`, propertyId: property, unit: '1', name: 'Household', contacts: [{ name: 'Jo' }] },
    });
  }
  await stack.db.staffMember.createMany({
    data: [
      { id: `${A}-cm`, name: 'Chris', role: 'community_manager', propertyIds: [A], email: email('chris') },
      { id: `${A}-front`, name: 'Sam', role: 'concierge', propertyIds: [A], email: email('sam') },
      { id: `${B}-front`, name: 'Blake', role: 'frontline', propertyIds: [B], email: email('blake') },
      { id: `${A}-gone`, name: 'Gone', role: 'frontline', propertyIds: [A], email: email('gone'), active: false },
      { id: `desk-${tag}`, name: 'Desk', role: 'regional_manager', propertyIds: [A, B] },
    ],
  });
  const open = async (propertyId: string) => {
    const res = await stack.app.inject({
      method: 'POST',
      url: '/v1/cases',
      headers: stack.adminHeaders,
      payload: {
        propertyId,
        residentId: `${propertyId}-hh`,
        category: 'amenity',
        severity: 'low',
        channel: 'phone',
        summary: 'Gym card not working',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { id: string }).id;
  };
  caseA = await open(A);
  caseB = await open(B);
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  await provider?.stop();
});

function settings(overrides: Partial<OidcSettings> & { issuer: string }): OidcSettings {
  return { audience: AUDIENCE, staffClaim: 'email', organisation: 'Test Org', scopes: 'openid', ...overrides };
}

/** Another API app over the same stack, with other OIDC settings (or none). */
async function otherApp(oidc?: OidcSettings, rateLimitPerMinute?: number) {
  const { db, temporal, temporalConnection, taskQueue } = stack;
  return buildApp({ db, temporal, temporalConnection, taskQueue, logLevel: 'silent', oidc, rateLimitPerMinute });
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const get = (url: string, token: string) => stack.app.inject({ method: 'GET', url, headers: bearer(token) });

/** A token the provider would never issue, signed by the test with `key`. */
function forged(
  key: SigningKey,
  claims: Record<string, unknown>,
  { issuer = provider.issuer, audience = AUDIENCE, expiresAt = '10 min' } = {},
) {
  return new SignJWT({ email: email('chris'), ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'at+jwt' })
    .setIssuer(issuer)
    .setAudience(audience)
    .setSubject('chris')
    .setIssuedAt()
    .setExpirationTime(expiresAt)
    .sign(key.privateKey);
}

type Answer = { statusCode: number; json(): unknown };
function expectRefused(response: Answer, status: number, type: string, detail: RegExp) {
  expect(response.statusCode).toBe(status);
  expect(response.json()).toMatchObject({
    type: `https://service-recovery.dev/problems/${type}`,
    status,
    detail: expect.stringMatching(detail),
  });
}

describe('an access token from the organisation’s provider', () => {
  it('makes the person the principal their staff row describes: role, properties, staff id', async () => {
    const me = await get('/v1/me', await provider.tokenFor('manager-a'));
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json()).toEqual({ role: 'community_manager', propertyIds: [A], staffId: `${A}-cm`, actor: `${A}-cm` });
    // A concierge acts as frontline staff, as a staff key of that person would; the address matched in any case.
    const front = await get('/v1/me', await provider.tokenFor('front-a'));
    expect(front.json()).toEqual({ role: 'frontline', propertyIds: [A], staffId: `${A}-front`, actor: `${A}-front` });
  });

  it('lets a manager work a case of their property, recorded as them', async () => {
    const token = await provider.tokenFor('manager-a');
    const acknowledged = await stack.app.inject({
      method: 'POST',
      url: `/v1/cases/${caseA}/acknowledge`,
      headers: bearer(token),
      payload: { message: 'Thank you for telling us, and sorry: a new card is on its way.' },
    });
    expect(acknowledged.statusCode, acknowledged.body).toBe(200);
    const detail = (await get(`/v1/cases/${caseA}`, token)).json() as CaseDetail;
    expect(detail.stage).toBe('gather_facts');
    expect(detail.timeline.find((t) => t.type === 'acknowledged')).toMatchObject({ payload: { by: `${A}-cm` } });
  });

  it("never shows a person another property's case: 404, exactly as for a case that does not exist", async () => {
    const token = await provider.tokenFor('front-b');
    const elsewhere = await get(`/v1/cases/${caseA}`, token);
    const nowhere = await get(`/v1/cases/${randomUUID()}`, token);
    expect(elsewhere.statusCode).toBe(404);
    expect(nowhere.statusCode).toBe(404);
    expect(elsewhere.json()).toMatchObject({ type: (nowhere.json() as { type: string }).type, title: 'Not found' });
    expect((await get(`/v1/cases/${caseB}`, token)).statusCode).toBe(200);
    const listed = (await get('/v1/cases?limit=100', token)).json() as { items: { id: string; propertyId: string }[] };
    expect(listed.items.map((c) => c.id)).toContain(caseB);
    expect(listed.items.every((c) => c.propertyId === B)).toBe(true);
  });

  it('keeps API keys working beside it', async () => {
    const me = await stack.app.inject({ method: 'GET', url: '/v1/me', headers: stack.adminHeaders });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ role: 'admin' });
  });
});

describe('a valid token for a person the directory does not allow: 403 naming the reason', () => {
  it('unknown person', async () => {
    const res = await get('/v1/me', await provider.tokenFor('stranger'));
    expectRefused(res, 403, 'unknown-staff-member', new RegExp(`No staff member has the email "${email('stranger')}"`));
  });

  it('an address that only matches someone as a LIKE pattern', async () => {
    const res = await get('/v1/me', await provider.tokenFor('wildcard'));
    expectRefused(res, 403, 'unknown-staff-member', /No staff member has the email "_hris/);
  });

  it('inactive person', async () => {
    const res = await get('/v1/me', await provider.tokenFor('gone'));
    expectRefused(res, 403, 'inactive-staff-member', new RegExp(`${A}-gone .* is inactive`));
  });

  it('a token without the staff claim', async () => {
    const res = await get('/v1/me', await provider.tokenFor('no-email'));
    expectRefused(res, 403, 'unknown-staff-member', /has no "email" claim/);
  });
});

describe('a token that is not ours: 401', () => {
  it('expired', async () => {
    const token = await forged(keyOne, {}, { expiresAt: '-5 min' });
    expectRefused(await get('/v1/me', token), 401, 'unauthorized', /has expired/);
  });

  it('for another audience (a real token of the same provider for another API)', async () => {
    const token = await provider.tokenFor('manager-a', OTHER_AUDIENCE);
    expectRefused(await get('/v1/me', token), 401, 'unauthorized', /another audience/);
  });

  it('from another issuer (a real provider holding the same keys)', async () => {
    const other = await startOidcProvider({ keys: [keyOne], audience: AUDIENCE, people });
    try {
      const token = await other.tokenFor('manager-a');
      expectRefused(await get('/v1/me', token), 401, 'unauthorized', /another issuer/);
    } finally {
      await other.stop();
    }
  });

  it('unsigned (alg none)', async () => {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: provider.issuer, aud: AUDIENCE, email: email('chris'), iat: now, exp: now + 600 };
    const token = `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
    expectRefused(await get('/v1/me', token), 401, 'unauthorized', /algorithm is not accepted/);
  });

  it('signed with a key the provider does not publish', async () => {
    const token = await forged(await newSigningKey(`unknown-${tag}`), {});
    expectRefused(await get('/v1/me', token), 401, 'unauthorized', /key the identity provider does not publish/);
  });

  it('with a signature that does not match', async () => {
    const token = await provider.tokenFor('front-b');
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const raised = Buffer.from(JSON.stringify({ ...claims, email: email('chris') })).toString('base64url');
    const tampered = `${header}.${raised}.${signature}`;
    expectRefused(await get('/v1/me', tampered), 401, 'unauthorized', /signature is not valid/);
  });

  it('without an exp claim', async () => {
    const token = await new SignJWT({ email: email('chris') })
      .setProtectedHeader({ alg: 'RS256', kid: keyOne.kid })
      .setIssuer(provider.issuer)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .sign(keyOne.privateKey);
    expectRefused(await get('/v1/me', token), 401, 'unauthorized', /"exp" claim/);
  });
});

describe('key rotation at the provider', () => {
  it('accepts a token signed with the new key at once, and refuses one signed with the removed key', async () => {
    // Before: the API holds key one (a token signed with it is accepted), and a second token is kept unused.
    expect((await get('/v1/me', await provider.tokenFor('manager-a'))).statusCode).toBe(200);
    const signedWithRemovedKey = await provider.tokenFor('front-a');
    // The provider restarts on the same issuer publishing only key two.
    const keyTwo = await newSigningKey(`two-${tag}`);
    const port = provider.port;
    await provider.stop();
    provider = await startOidcProvider({ keys: [keyTwo], audience: AUDIENCE, people, port });
    const signedWithNewKey = await provider.tokenFor('front-a');
    const header = JSON.parse(Buffer.from(signedWithNewKey.split('.')[0]!, 'base64url').toString());
    expect(header).toMatchObject({ kid: keyTwo.kid });

    const accepted = await get('/v1/me', signedWithNewKey);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ staffId: `${A}-front` });
    const removed = await get('/v1/me', signedWithRemovedKey);
    expectRefused(removed, 401, 'unauthorized', /key the identity provider does not publish/);
  });
});

describe('OIDC_STAFF_CLAIM', () => {
  it('names another claim; a value that is no e-mail address matches the staff id', async () => {
    const app = await otherApp(settings({ issuer: provider.issuer, staffClaim: 'sub', jwksCooldownMs: 0 }));
    try {
      const token = await provider.tokenFor(`desk-${tag}`);
      const res = await app.inject({ method: 'GET', url: '/v1/me', headers: bearer(token) });
      expect(res.statusCode, res.body).toBe(200);
      const desk = `desk-${tag}`;
      expect(res.json()).toEqual({ role: 'regional_manager', propertyIds: [A, B], staffId: desk, actor: desk });
    } finally {
      await app.close();
    }
  });
});

describe('rate limits', () => {
  it('count refused people per client address, like unknown keys, and signed-in people per person', async () => {
    const app = await otherApp(settings({ issuer: provider.issuer, jwksCooldownMs: 0 }), 3);
    try {
      const me = (token: string, remoteAddress: string) =>
        app.inject({ method: 'GET', url: '/v1/me', headers: bearer(token), remoteAddress });
      const stranger = await provider.tokenFor('stranger');
      const manager = await provider.tokenFor('manager-a');
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await me(stranger, '10.0.0.1')).statusCode);
      expect(statuses).toEqual([403, 403, 403, 429]);
      // The address is now held back, whoever signs in from it; another address is not.
      expect((await me(manager, '10.0.0.1')).statusCode).toBe(429);
      const own = [];
      for (let i = 0; i < 4; i++) own.push((await me(manager, `10.0.1.${i}`)).statusCode);
      // Three per minute per person, from whatever address (a fresh token of the same person counts too).
      expect(own).toEqual([200, 200, 200, 429]);
      expect((await me(await provider.tokenFor('manager-a'), '10.0.2.1')).statusCode).toBe(429);
    } finally {
      await app.close();
    }
  });
});

describe('the provider unreachable', () => {
  it('is a 503 naming the identity provider, not a 401', async () => {
    const app = await otherApp(settings({ issuer: 'http://127.0.0.1:9' }));
    try {
      const token = await forged(keyOne, {}, { issuer: 'http://127.0.0.1:9' });
      const res = await app.inject({ method: 'GET', url: '/v1/me', headers: bearer(token) });
      expectRefused(res, 503, 'dependency-unavailable', /identity provider/);
    } finally {
      await app.close();
    }
  });
});

describe('OpenAPI', () => {
  it('documents the openIdConnect scheme beside the bearer key when OIDC is configured', async () => {
    const document = (await stack.app.inject({ method: 'GET', url: '/openapi.json' })).json() as {
      components: { securitySchemes: Record<string, Record<string, string>> };
      security: Record<string, string[]>[];
    };
    expect(document.components.securitySchemes).toMatchObject({
      apiKey: { type: 'http', scheme: 'bearer' },
      openIdConnect: { type: 'openIdConnect', openIdConnectUrl: `${provider.issuer}/.well-known/openid-configuration` },
    });
    expect(document.security).toEqual([{ apiKey: [] }, { openIdConnect: [] }]);
  });

  it('has only the bearer key without OIDC', async () => {
    const app = await otherApp();
    try {
      const answer = await app.inject({ method: 'GET', url: '/openapi.json' });
      const document = answer.json() as { components: { securitySchemes: object } };
      expect(Object.keys(document.components.securitySchemes)).toEqual(['apiKey']);
    } finally {
      await app.close();
    }
  });
});
