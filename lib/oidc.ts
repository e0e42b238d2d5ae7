import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';

/** What the API needs to accept an organisation's OpenID Connect access tokens (from lib/config.ts). */
export interface OidcSettings {
  /** The provider's issuer, exactly as its tokens' `iss` says. */
  issuer: string;
  /** The `aud` our access tokens carry (the API's identifier at the provider). */
  audience: string;
  /** The token claim that names the staff member (matched with their e-mail address, else their id). */
  staffClaim: string;
  /** The console's public client (Authorization Code + PKCE); without it the console offers key sign-in only. */
  clientId?: string;
  /** Shown on the console's sign-in button ("Sign in with …"). */
  organisation: string;
  /** Scopes the console asks for. */
  scopes: string;
  /** Least time between two JWKS fetches on unknown key ids (jose's default 30 s; tests lower it). */
  jwksCooldownMs?: number;
}

/** Signature algorithms accepted: asymmetric only, so neither `none` nor a shared secret can pass. */
export const OIDC_ALGORITHMS = ['RS256', 'ES256', 'PS256', 'EdDSA'];

/** The token is not one of ours (401). */
export class InvalidToken extends Error {}
/** The provider's discovery document or keys cannot be read (503). */
export class ProviderUnavailable extends Error {}

/** A bearer value shaped like a JWT (three base64url parts; an unsigned one has an empty third). */
export const looksLikeJwt = (value: string) => /^eyJ[\w-]*\.[\w-]*\.[\w-]*$/.test(value);

export function discoveryUrl(issuer: string): string {
  return `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
}

/**
 * Verifies access tokens against the issuer's keys. The discovery document is read once (again after a
 * failure); jose's remote key set caches the keys and fetches them again when a token names a key id it
 * does not hold, which is how a provider's key rotation reaches us.
 */
export function createOidcVerifier(settings: OidcSettings) {
  let keys: Promise<ReturnType<typeof createRemoteJWKSet>> | null = null;

  async function discover() {
    let document: { issuer?: unknown; jwks_uri?: unknown };
    try {
      const response = await fetch(discoveryUrl(settings.issuer), { signal: AbortSignal.timeout(5_000) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      document = (await response.json()) as typeof document;
    } catch (error) {
      const where = discoveryUrl(settings.issuer);
      const why = (error as Error).message;
      throw new ProviderUnavailable(`the identity provider's discovery document (${where}) cannot be read: ${why}`);
    }
    // OpenID Connect Discovery 1.0 §4.3: the document must name the issuer it was fetched for.
    if (document.issuer !== settings.issuer) {
      const named = JSON.stringify(document.issuer);
      throw new ProviderUnavailable(`the discovery document names the issuer ${named}, not ${settings.issuer}`);
    }
    if (typeof document.jwks_uri !== 'string' || !URL.canParse(document.jwks_uri)) {
      throw new ProviderUnavailable('the discovery document has no jwks_uri');
    }
    return createRemoteJWKSet(new URL(document.jwks_uri), {
      timeoutDuration: 5_000,
      cooldownDuration: settings.jwksCooldownMs ?? 30_000,
    });
  }

  async function keySet() {
    keys ??= discover().catch((error) => {
      keys = null;
      throw error;
    });
    return keys;
  }

  return {
    /** The token's claims, or InvalidToken naming what is wrong, or ProviderUnavailable. */
    async verify(token: string): Promise<JWTPayload> {
      const jwks = await keySet();
      try {
        const { payload } = await jwtVerify(token, jwks, {
          issuer: settings.issuer,
          audience: settings.audience,
          algorithms: OIDC_ALGORITHMS,
          requiredClaims: ['exp'],
          clockTolerance: 30,
        });
        return payload;
      } catch (error) {
        throw explain(error);
      }
    },
  };
}

function explain(error: unknown): Error {
  if (error instanceof errors.JWTExpired) return new InvalidToken('The access token has expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return new InvalidToken('The access token is for another audience');
    if (error.claim === 'iss') return new InvalidToken('The access token is from another issuer');
    return new InvalidToken(`The access token's "${error.claim}" claim is not acceptable (${error.reason})`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return new InvalidToken(`The access token's algorithm is not accepted (only ${OIDC_ALGORITHMS.join(', ')})`);
  }
  if (error instanceof errors.JWKSNoMatchingKey) {
    return new InvalidToken('The access token is signed with a key the identity provider does not publish');
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return new InvalidToken('The access token signature is not valid');
  }
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) {
    return new ProviderUnavailable(`the identity provider's keys cannot be read: ${error.message}`);
  }
  if (error instanceof errors.JOSEError) return new InvalidToken(`The access token is not valid: ${error.message}`);
  // Anything else is the key fetch failing (network, HTTP status).
  return new ProviderUnavailable(`the identity provider's keys cannot be read: ${(error as Error).message}`);
}
