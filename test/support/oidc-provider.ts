import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider from 'oidc-provider';

/**
 * A real OpenID provider for the tests (panva's `oidc-provider`, certified), on a loopback port, signing
 * JWT access tokens with keys the test holds, so a test can rotate them and forge what a provider never
 * would (expired, unsigned, another key).
 */
export interface SigningKey {
  kid: string;
  /** The private JWK the provider signs with. */
  jwk: JWK;
  privateKey: CryptoKey;
}

export async function newSigningKey(kid: string): Promise<SigningKey> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
  return { kid, jwk, privateKey };
}

export interface ProviderOptions {
  /** Signing keys, the first one signs. */
  keys: SigningKey[];
  /** Audience of the access tokens (the API's OIDC_AUDIENCE). */
  audience: string;
  /** Client-credentials clients: client id → the e-mail address its tokens carry (one per person). */
  people?: Record<string, string | null>;
  /** A browser client (Authorization Code + PKCE, no secret) with these redirect URIs. */
  browserRedirectUris?: string[];
  /** Listen on this port (a restart keeps the issuer); a free one when absent. */
  port?: number;
  accessTokenSeconds?: number;
}

export const CLIENT_SECRET = 'a-test-client-secret-that-is-long-enough';
export const BROWSER_CLIENT_ID = 'service-recovery-console';
/** The resource indicator of an API that is not ours: its tokens carry another audience. */
export const OTHER_AUDIENCE = 'https://other-api.example.test';

export async function startOidcProvider(options: ProviderOptions) {
  const people = options.people ?? {};
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    jwks: { keys: options.keys.map((k) => k.jwk) as never },
    clients: [
      ...Object.keys(people).map((clientId) => ({
        client_id: clientId,
        client_secret: CLIENT_SECRET,
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
      })),
      ...(options.browserRedirectUris
        ? [
            {
              client_id: BROWSER_CLIENT_ID,
              token_endpoint_auth_method: 'none',
              grant_types: ['authorization_code', 'refresh_token'],
              response_types: ['code'],
              redirect_uris: options.browserRedirectUris,
              post_logout_redirect_uris: options.browserRedirectUris,
            },
          ]
        : []),
    ],
    // A person signs in with their e-mail address as the login (devInteractions accepts any login).
    findAccount: (_ctx: unknown, sub: string) => ({ accountId: sub, claims: () => ({ sub, email: sub }) }),
    claims: { openid: ['sub'], email: ['email'] },
    features: {
      devInteractions: { enabled: true },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => options.audience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx: unknown, resource: string) => ({
          scope: 'openid email offline_access',
          audience: resource,
          accessTokenFormat: 'jwt',
          accessTokenTTL: options.accessTokenSeconds ?? 600,
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    // The staff claim in the access token: a person's e-mail address, as an organisation's provider adds it.
    extraTokenClaims: async (_ctx: unknown, token: { clientId?: string; accountId?: string }) => {
      if (token.accountId) return { email: token.accountId };
      const email = token.clientId ? people[token.clientId] : undefined;
      return email ? { email } : undefined;
    },
    // Refresh tokens for the browser client without forcing a consent prompt (as Okta or Entra ID do).
    issueRefreshToken: async (_ctx: unknown, client: { grantTypeAllowed(type: string): boolean }) =>
      client.grantTypeAllowed('refresh_token'),
    pkce: { required: () => true },
    ttl: { ClientCredentials: options.accessTokenSeconds ?? 600, AccessToken: options.accessTokenSeconds ?? 600 },
  } as never);
  // Plain http on loopback: the provider must not insist on TLS-only cookies.
  provider.proxy = true;
  // Every answer closes its connection, so no client keeps a socket to a provider that a test restarts.
  const handle = provider.callback();
  server.on('request', (request, response) => {
    response.setHeader('connection', 'close');
    void handle(request, response);
  });

  /** A real access token for the person behind `clientId`, for `resource` (default: the API's audience). */
  async function tokenFor(clientId: string, resource = options.audience): Promise<string> {
    const response = await fetch(`${issuer}/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${clientId}:${CLIENT_SECRET}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', resource, scope: 'openid' }),
    });
    const body = (await response.json()) as { access_token?: string };
    if (!response.ok || !body.access_token) {
      throw new Error(`token request failed: ${response.status} ${JSON.stringify(body)}`);
    }
    return body.access_token;
  }

  return {
    issuer,
    port,
    provider,
    tokenFor,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
