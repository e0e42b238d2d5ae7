import * as oauth from 'oauth4webapi';
import { session } from '../api/client';
import { BASE } from '../router';

/**
 * Signing in with the organisation's identity provider: Authorization Code with PKCE (a public client, no
 * secret), the access token sent to the API as the bearer value, renewed before it expires (with the
 * refresh token when the provider gives one, else by a fresh redirect that the provider's own session
 * answers without asking). Loaded only when OIDC is configured, so key sign-in costs nothing extra.
 */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  audience: string;
  organisation: string;
  scopes: string;
}

const PENDING = 'service-recovery.oidc-pending';
const TOKENS = 'service-recovery.oidc';
/** Renew this long before the access token expires. */
const RENEW_BEFORE_MS = 60_000;

interface Pending {
  verifier: string;
  state: string;
  nonce: string;
  returnTo: string;
}
interface Tokens {
  refreshToken?: string;
  idToken?: string;
  expiresAt: number;
}

const redirectUri = () => `${window.location.origin}${BASE}`;

function parts(config: OidcConfig) {
  const issuer = new URL(config.issuer);
  // Plain http is allowed by the API's configuration only for a provider on this machine.
  const options = { [oauth.allowInsecureRequests]: issuer.protocol === 'http:' };
  const client: oauth.Client = { client_id: config.clientId };
  return { issuer, options, client };
}

async function discover(config: OidcConfig) {
  const { issuer, options } = parts(config);
  return oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, options));
}

/** Leaves for the provider's sign-in page; comes back to /console/ with a code. */
export async function startSignIn(config: OidcConfig, { silent = false } = {}) {
  const as = await discover(config);
  const pending: Pending = {
    verifier: oauth.generateRandomCodeVerifier(),
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
    returnTo: window.location.pathname.slice(BASE.length - 1) || '/',
  };
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  const url = new URL(as.authorization_endpoint!);
  url.search = new URLSearchParams({
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    response_type: 'code',
    scope: config.scopes,
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(pending.verifier),
    code_challenge_method: 'S256',
    ...(silent ? { prompt: 'none' } : {}),
  }).toString();
  window.location.assign(url.href);
}

/** True when this page load is the provider's answer to a sign-in this tab started. */
export function isCallback(): boolean {
  const params = new URLSearchParams(window.location.search);
  return (params.has('code') || params.has('error')) && params.has('state') && sessionStorage.getItem(PENDING) !== null;
}

/**
 * Exchanges the code for tokens and keeps them for this tab; resolves to the screen the person was on.
 * Throws a sentence for the sign-in page when the provider refused.
 */
export async function completeSignIn(config: OidcConfig): Promise<string> {
  const pending = JSON.parse(sessionStorage.getItem(PENDING)!) as Pending;
  sessionStorage.removeItem(PENDING);
  const current = new URL(window.location.href);
  // The code must not stay in the address bar or the history.
  window.history.replaceState(null, '', BASE);
  const as = await discover(config);
  const { client, options } = parts(config);
  let params: URLSearchParams;
  try {
    params = oauth.validateAuthResponse(as, client, current, pending.state);
  } catch (error) {
    const detail =
      error instanceof oauth.AuthorizationResponseError
        ? (error.error_description ?? error.error)
        : (error as Error).message;
    throw new Error(`${config.organisation} did not sign you in: ${detail}`, { cause: error });
  }
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    client,
    oauth.None(),
    params,
    redirectUri(),
    pending.verifier,
    options,
  );
  const tokens = await oauth.processAuthorizationCodeResponse(as, client, response, { expectedNonce: pending.nonce });
  keep(tokens);
  return pending.returnTo;
}

function keep(tokens: oauth.TokenEndpointResponse) {
  const previous = stored();
  session.signIn(tokens.access_token);
  const next: Tokens = {
    refreshToken: tokens.refresh_token ?? previous?.refreshToken,
    idToken: tokens.id_token ?? previous?.idToken,
    expiresAt: Date.now() + (tokens.expires_in ?? 300) * 1000,
  };
  sessionStorage.setItem(TOKENS, JSON.stringify(next));
}

function stored(): Tokens | null {
  const raw = sessionStorage.getItem(TOKENS);
  return raw ? (JSON.parse(raw) as Tokens) : null;
}

/** Whether the bearer in this tab came from the provider (and not from an API key). */
export const signedInWithProvider = () => stored() !== null;

/**
 * On opening the console with a token that is about to run out (a reload after a while): renew it first,
 * so the first API call does not fail. Resolves to false when the page is leaving for the provider.
 */
export async function freshOnOpen(config: OidcConfig): Promise<boolean> {
  const tokens = stored();
  if (!tokens || tokens.expiresAt - Date.now() > RENEW_BEFORE_MS) return true;
  if (tokens.refreshToken) {
    try {
      await refresh(config, tokens.refreshToken);
      return true;
    } catch {
      // Fall through to a fresh sign-in at the provider.
    }
  }
  forget();
  await startSignIn(config, { silent: true });
  return false;
}

async function refresh(config: OidcConfig, refreshToken: string) {
  const as = await discover(config);
  const { client, options } = parts(config);
  const response = await oauth.refreshTokenGrantRequest(as, client, oauth.None(), refreshToken, options);
  keep(await oauth.processRefreshTokenResponse(as, client, response));
}

/**
 * Keeps the access token fresh while the console is open: shortly before it expires, a refresh-token grant
 * (no page change), else a silent redirect through the provider. Returns a function that stops it.
 */
export function keepFresh(config: OidcConfig, onLost: (reason: string) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    const tokens = stored();
    if (!tokens) return;
    timer = setTimeout(() => void renew(), Math.max(0, tokens.expiresAt - Date.now() - RENEW_BEFORE_MS));
  };
  const renew = async () => {
    const tokens = stored();
    if (!tokens) return;
    if (!tokens.refreshToken) return startSignIn(config, { silent: true });
    try {
      await refresh(config, tokens.refreshToken);
      schedule();
    } catch (error) {
      if (error instanceof oauth.ResponseBodyError) {
        // The provider ended the session (signed out elsewhere, refresh token revoked): sign in again.
        forget();
        onLost(`Your ${config.organisation} session ended; sign in again.`);
      } else {
        // A network hiccup: try again in a little while, before the token runs out.
        timer = setTimeout(() => void renew(), 10_000);
      }
    }
  };
  schedule();
  return () => clearTimeout(timer);
}

function forget() {
  sessionStorage.removeItem(TOKENS);
  session.signOut();
}

/** Forgets the tokens here, then ends the session at the provider when it offers that. */
export async function signOut(config: OidcConfig) {
  const idToken = stored()?.idToken;
  forget();
  const as = await discover(config).catch(() => null);
  if (!as?.end_session_endpoint) return;
  const url = new URL(as.end_session_endpoint);
  url.search = new URLSearchParams({
    client_id: config.clientId,
    post_logout_redirect_uri: redirectUri(),
    ...(idToken ? { id_token_hint: idToken } : {}),
  }).toString();
  window.location.assign(url.href);
}
