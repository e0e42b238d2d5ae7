import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../console/build.cjs';
import { startStack } from '../support/stack';
import { BROWSER_CLIENT_ID, newSigningKey, startOidcProvider } from '../support/oidc-provider';
import { cspViolations, DESKTOP, expectAccessible, launchChromium, screenshot } from './browser';

/**
 * The whole sign-in through the organisation's provider, in Chromium (issue 18): the console's button, the
 * provider's own login and consent pages (oidc-provider's development interactions), the code coming back
 * to /console/, the queue; then working a case, the token renewed before it expires, and signing out.
 */
const tag = randomUUID().slice(0, 6);
const P = `oidc-ui-${tag}`;
const AUDIENCE = `https://recovery-${tag}.example.test/api`;
const managerEmail = `casey.${tag}@example.test`;
const ORGANISATION = 'Maple Property Group';

let provider: Awaited<ReturnType<typeof startOidcProvider>>;
let stack: Awaited<ReturnType<typeof startStack>>;
let browser: Browser;
let base: string;
let caseId: string;
const summary = `Intercom dead for a week (${tag})`;

/** A free loopback port: the provider must know the console's redirect URI before the API starts. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  await ensureBuilt();
  const apiPort = await freePort();
  base = `http://127.0.0.1:${apiPort}`;
  // Access tokens live 75 s, so the console renews one about 15 s after signing in.
  provider = await startOidcProvider({
    keys: [await newSigningKey(`ui-${tag}`)],
    audience: AUDIENCE,
    browserRedirectUris: [`${base}/console/`],
    accessTokenSeconds: 75,
  });
  stack = await startStack({
    app: {
      oidc: {
        issuer: provider.issuer,
        audience: AUDIENCE,
        clientId: BROWSER_CLIENT_ID,
        staffClaim: 'email',
        organisation: ORGANISATION,
        scopes: 'openid email offline_access',
      },
    },
  });
  await stack.app.listen({ host: '127.0.0.1', port: apiPort });
  await stack.db.property.create({ data: { id: P, name: 'Maple Court', timeZone: 'UTC' } });
  await stack.db.household.create({
    data: { id: `${P}-hh`, propertyId: P, unit: '7C', name: 'Robin Park', contacts: [{ name: 'Robin' }] },
  });
  await stack.db.staffMember.create({
    data: { id: `${P}-casey`, name: 'Casey', role: 'community_manager', propertyIds: [P], email: managerEmail },
  });
  const opened = await stack.app.inject({
    method: 'POST',
    url: '/v1/cases',
    headers: stack.adminHeaders,
    payload: {
      propertyId: P,
      residentId: `${P}-hh`,
      category: 'maintenance_delay',
      severity: 'high',
      channel: 'phone',
      summary,
    },
  });
  expect(opened.statusCode, opened.body).toBe(201);
  caseId = (opened.json() as { id: string }).id;
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  await provider?.stop();
});

/** From the console's button through the provider's login and consent pages, back to the console. */
async function signInThroughProvider(page: Page, login: string) {
  await page.goto(`${base}/console/`);
  await page.getByRole('button', { name: `Sign in with ${ORGANISATION}` }).click();
  await page.waitForURL((url) => url.origin === provider.issuer);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.origin === base);
}

describe('signing in with the organisation’s provider', () => {
  it('goes from the sign-in button to the queue, works a case, renews the token and signs out', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    const refused = cspViolations(page);

    await page.goto(`${base}/console/`);
    await page.getByRole('button', { name: `Sign in with ${ORGANISATION}` }).waitFor();
    await expectAccessible(page, 'sign-in with a provider');
    await screenshot(page, 'oidc-sign-in');

    await signInThroughProvider(page, managerEmail);
    await page.getByRole('heading', { name: 'My queue', level: 1 }).waitFor();
    // The code and state are gone from the address bar.
    expect(new URL(page.url()).search).toBe('');
    await page.getByText(`${P}-casey · community manager`).waitFor();

    // Work the case: the manager acknowledges it, recorded as them.
    await page.getByRole('link', { name: summary }).click();
    await page.getByRole('heading', { name: summary, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Send acknowledgement' }).click();
    await expect.poll(() => page.getByTestId('stage').textContent(), { timeout: 20_000 }).toBe('Gather the facts');
    const acknowledged = await stack.db.caseEvent.findFirstOrThrow({ where: { caseId, type: 'acknowledged' } });
    expect(acknowledged.payload).toMatchObject({ by: `${P}-casey` });

    // Before the access token expires the console renews it with the refresh token, without leaving the page.
    const before = await page.evaluate(() => sessionStorage.getItem('service-recovery.api-key'));
    const refresh = await page.waitForRequest(
      (request: Request) =>
        request.url() === `${provider.issuer}/token` && (request.postData() ?? '').includes('grant_type=refresh_token'),
      { timeout: 60_000 },
    );
    expect((await refresh.response())?.status()).toBe(200);
    await expect.poll(() => page.evaluate(() => sessionStorage.getItem('service-recovery.api-key'))).not.toBe(before);
    await page.getByRole('link', { name: 'My queue', exact: true }).click();
    await page.getByRole('link', { name: summary }).waitFor();
    // A reload keeps the tab signed in with the renewed token.
    await page.reload();
    await page.getByRole('link', { name: summary }).waitFor();

    // Sign out: the tokens are forgotten here and the provider's session ends too.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL((url) => url.origin === base);
    await page.getByRole('button', { name: `Sign in with ${ORGANISATION}` }).waitFor();
    const kept = await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('service-recovery')));
    expect(kept).toEqual([]);
    expect(refused).toEqual([]);
    await context.close();
  });

  it('tells a person the directory does not know why the service refused them', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await signInThroughProvider(page, `nobody.${tag}@example.test`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`No staff member has the email "nobody.${tag}@example.test"`);
    await page.getByRole('button', { name: `Sign in with ${ORGANISATION}` }).waitFor();
    await context.close();
  });

  it('serves the console with a CSP that lets it reach the provider, and its sign-in settings', async () => {
    const page = await stack.app.inject({ method: 'GET', url: '/console/' });
    expect(page.headers['content-security-policy']).toContain(`connect-src 'self' ${provider.issuer}`);
    const config = await stack.app.inject({ method: 'GET', url: '/console/config.json' });
    expect(config.json()).toEqual({
      oidc: {
        issuer: provider.issuer,
        clientId: BROWSER_CLIENT_ID,
        audience: AUDIENCE,
        organisation: ORGANISATION,
        scopes: 'openid email offline_access',
      },
    });
  });
});
