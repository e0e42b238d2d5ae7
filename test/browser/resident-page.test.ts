import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../domain/case';
import { shortPolicy } from '../../domain/policies';
import { portOrFree } from '../../infra/process';
import { startStack } from '../support/stack';

/**
 * The resident's journey in a real browser (Debian's Chromium through playwright-core) against the real
 * stack: the link taken from the acknowledgement in the outbox, the status page, the plan accepted, the
 * check-in answered — "Yes" closes the case recovered, "No" reopens it — a Spanish household, tampered and
 * expired links, axe-core on every page state, and phone-width screenshots in test-artifacts/.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts');
const PHONE = { width: 360, height: 740 };

let stack: Awaited<ReturnType<typeof startStack>>;
let browser: Browser;
let context: BrowserContext;
let baseUrl: string;
const propertyId = `br-${randomUUID().slice(0, 8)}`;
let staff: { authorization: string };
const axeFindings: { state: string; violations: number; seriousOrCritical: number }[] = [];

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: the browser tests need one. Install it with \`apt-get install -y chromium\` ` +
        '(Debian/Ubuntu; `.ci/run` does this when run as root) or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    );
  }
  const port = await portOrFree(0);
  baseUrl = `http://127.0.0.1:${port}`;
  stack = await startStack({ publicUrl: baseUrl });
  await stack.app.listen({ host: '127.0.0.1', port });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1, locale: 'en-US' });
  fs.mkdirSync(ARTIFACTS, { recursive: true });

  const hours = (amount: number) => ({ amount, unit: 'hours' as const });
  // Generous stage timeframes (nothing escalates mid-test); the check-in goes out 2 s after resolving.
  const policy = {
    ...shortPolicy('maintenance'),
    acknowledge: hours(4),
    gather_facts: hours(24),
    resolve: hours(72),
    followUpReminderAfter: hours(48),
    followUpGiveUpAfter: hours(72),
  };
  await stack.db.property.create({ data: { id: propertyId, name: 'Maple Court', timeZone: 'America/New_York' } });
  await stack.db.staffMember.createMany({
    data: [
      {
        id: `${propertyId}-dana`,
        name: 'Dana Ortiz',
        email: 'dana@example.test',
        role: 'maintenance',
        propertyIds: [propertyId],
      },
      { id: `${propertyId}-cm`, name: 'Chris Moore', role: 'community_manager', propertyIds: [propertyId] },
      { id: `${propertyId}-rm`, name: 'Riley Chen', role: 'regional_manager', propertyIds: [propertyId] },
    ],
  });
  await stack.db.policy.create({
    data: { propertyId, category: 'maintenance_delay', severity: 'high', policy: policy as object },
  });
  staff = await stack.keyFor('community_manager', [propertyId], `${propertyId}-cm`);
}, 180_000);

afterAll(async () => {
  if (axeFindings.length) console.log(`axe-core: ${JSON.stringify(axeFindings)}`);
  await browser?.close();
  await stack?.stop();
});

async function api(method: 'GET' | 'POST', url: string, body?: unknown) {
  const response = await stack.app.inject({
    method,
    url,
    headers: staff,
    ...(body ? { payload: body as object } : {}),
  });
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
  return response.json() as CaseDetail;
}

/** Polls the database until `ok` holds (the workflow's durable timer fires on its own schedule). */
async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A household and its case, acknowledged by staff; the resident's link read from that acknowledgement. */
async function caseWithAcknowledgement(language: string, summary: string) {
  const householdId = `${propertyId}-${randomUUID().slice(0, 6)}`;
  await stack.db.household.create({ data: { id: householdId, propertyId, unit: '12B', name: 'Resident', language } });
  const opened = await api('POST', '/v1/cases', {
    propertyId,
    residentId: householdId,
    category: 'maintenance_delay',
    severity: 'high',
    channel: 'resident_app',
    summary,
  });
  await api('POST', `/v1/cases/${opened.id}/acknowledge`, {});
  const acknowledgement = await stack.db.outboxMessage.findFirstOrThrow({
    where: { caseId: opened.id, template: 'acknowledge.maintenance_delay' },
  });
  const link = acknowledgement.body.match(/https?:\/\/\S+\/r\/[A-Za-z0-9_-]{43}/)?.[0];
  expect(link).toBeDefined();
  return { caseId: opened.id, link: link! };
}

async function checkAccessibility(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  axeFindings.push({ state, violations: results.violations.length, seriousOrCritical: serious.length });
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`),
    state,
  ).toEqual([]);
  expect(results.passes.length, `${state}: axe ran its rules`).toBeGreaterThan(3);
}

/** The whole page and what a phone shows first; readable at 360 px means nothing wider than the screen. */
async function screenshot(page: Page, name: string) {
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}-first-screen.png`) });
}

const statusText = (page: Page) => page.locator('#status').innerText();

describe('a resident closes the loop from their phone', () => {
  it('link from the acknowledgement → status → accept the plan → check-in "Yes" → recovered', async () => {
    const { caseId, link } = await caseWithAcknowledgement('en-US', 'Dishwasher repair promised Monday, still broken');
    const page = await context.newPage();
    const first = await page.goto(link);
    expect(first?.status()).toBe(200);
    expect(await statusText(page)).toBe('We are looking into what happened.');
    expect(await page.getByText('Dana, Maintenance').count()).toBe(1);
    expect(await page.content()).not.toContain('Ortiz');
    await checkAccessibility(page, 'gather facts');
    await screenshot(page, 'resident-status-en');

    // "Send a message" while the facts are gathered.
    await page.getByLabel('Your message').fill('The technician can come any morning.');
    await page.getByRole('button', { name: 'Send message' }).click();
    expect(await page.getByRole('status').innerText()).toContain('Your message was sent.');
    await checkAccessibility(page, 'message sent');

    await api('POST', `/v1/cases/${caseId}/facts`, {
      whatHappened: 'Part back-ordered, nobody told the resident',
      rootCauseFamily: 'organizational',
    });
    await api('POST', `/v1/cases/${caseId}/resolution-plan`, {
      plan: 'A technician replaces the pump on Thursday morning; a $50 credit on your rent.',
    });

    // The resident opened the link twice (say, from the e-mail and the text message).
    const otherTab = await context.newPage();
    await otherTab.goto(link);
    await page.goto(link);
    expect(await statusText(page)).toBe('Waiting for your answer: do you agree with our proposal?');
    expect(await page.getByRole('region', { name: 'Our proposal' }).innerText()).toContain('a $50 credit on your rent');
    await checkAccessibility(page, 'plan for agreement');
    await screenshot(page, 'resident-plan-en');
    await page.getByLabel('Comment (optional)').fill('Thursday works.');
    await page.getByRole('button', { name: 'Yes, I agree' }).click();
    expect(await page.getByRole('status').innerText()).toBe('Thank you: we will go ahead with the plan.');
    await screenshot(page, 'resident-thanks-en');

    await otherTab.getByRole('button', { name: 'Yes, I agree' }).click();
    expect(await otherTab.locator('h1').innerText()).toBe('Already answered');
    await checkAccessibility(otherTab, 'already answered');

    const agreed = await api('GET', `/v1/cases/${caseId}`);
    expect(agreed.timeline.filter((e) => e.type === 'resident_agreed').map((e) => e.payload)).toEqual([
      { by: 'resident' },
    ]);
    expect(
      agreed.timeline.filter((e) => e.type === 'resident_message').map((e) => (e.payload as { by: string }).by),
    ).toEqual(['resident']);

    await api('POST', `/v1/cases/${caseId}/resolve`, { actionsTaken: 'Pump replaced; credit applied' });
    await eventually(
      () => stack.db.outboxMessage.count({ where: { caseId, template: 'follow_up.check_in' } }),
      (n) => n === 1,
    );
    const checkIn = await stack.db.outboxMessage.findFirstOrThrow({
      where: { caseId, template: 'follow_up.check_in' },
    });
    expect(checkIn.body).toContain(link);

    await page.goto(link);
    expect(await statusText(page)).toBe('Waiting for your answer: is everything fixed?');
    await checkAccessibility(page, 'check-in');
    await screenshot(page, 'resident-check-in-en');
    await page.getByRole('button', { name: "Yes, it's fixed" }).click();
    expect(await page.getByRole('status').innerText()).toBe('Thank you! We are glad it is fixed.');

    const closed = await api('GET', `/v1/cases/${caseId}`);
    expect(closed).toMatchObject({ status: 'closed', outcome: 'recovered' });
    expect(closed.timeline.find((e) => e.type === 'resident_satisfied')?.payload).toEqual({ by: 'resident' });
    await page.goto(link);
    expect(await statusText(page)).toBe('Closed: you told us it is fixed. Thank you!');
    expect(await page.locator('form').count()).toBe(0);
    await checkAccessibility(page, 'closed');

    // Thirty days after the close, the link stops working.
    await stack.db.case.update({
      where: { id: caseId },
      data: { closedAt: new Date(Date.now() - 31 * 24 * 60 * 60 * 1000) },
    });
    const expired = await page.goto(link);
    expect(expired?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    await page.close();
    await otherTab.close();
  });

  it('a Spanish household sees Spanish; "No, still a problem" reopens the case', async () => {
    const { caseId, link } = await caseWithAcknowledgement('es-MX', 'La calefacción no funciona');
    const page = await context.newPage();
    await page.goto(link);
    expect(await page.locator('html').getAttribute('lang')).toBe('es-MX');
    expect(await page.locator('h1').innerText()).toBe('Su solicitud');
    expect(await statusText(page)).toBe('Estamos investigando lo ocurrido.');
    expect(await page.getByText('Dana, Mantenimiento').count()).toBe(1);
    // The next step's date, in Spanish, in the property's time zone.
    const next = await page.getByRole('region', { name: 'Qué pasa ahora' }).innerText();
    expect(next).toMatch(/Le contaremos lo que averigüemos antes del \p{L}+, \d+ de \p{L}+ de \d{4}, \d{1,2}:\d{2}/u);
    await checkAccessibility(page, 'Spanish status');
    await screenshot(page, 'resident-status-es');

    await api('POST', `/v1/cases/${caseId}/facts`, {
      whatHappened: 'Thermostat wiring',
      rootCauseFamily: 'organizational',
    });
    await api('POST', `/v1/cases/${caseId}/resolution-plan`, {
      plan: 'Rewire the thermostat',
      needsResidentAgreement: false,
    });
    await api('POST', `/v1/cases/${caseId}/resolve`, { actionsTaken: 'Rewired' });
    const checkIn = await eventually(
      () => stack.db.outboxMessage.findFirst({ where: { caseId, template: 'follow_up.check_in' } }),
      (m) => m !== null,
    );
    expect(checkIn!.subject).toBe('¿Quedó todo resuelto a su satisfacción?');

    await page.goto(link);
    expect(await statusText(page)).toBe('Esperando su respuesta: ¿quedó todo resuelto?');
    await checkAccessibility(page, 'Spanish check-in');
    await screenshot(page, 'resident-check-in-es');
    await page.getByLabel('Comentario (opcional)').fill('Sigue haciendo frío por la noche.');
    await page.getByRole('button', { name: 'No, sigue habiendo un problema' }).click();
    expect(await page.getByRole('status').innerText()).toContain('Hemos reabierto su solicitud');

    const reopened = await api('GET', `/v1/cases/${caseId}`);
    expect(reopened).toMatchObject({ status: 'open', stage: 'resolve', reopenCount: 1 });
    expect(reopened.timeline.find((e) => e.type === 'resident_dissatisfied')?.payload).toEqual({ by: 'resident' });
    await page.goto(link);
    expect(await statusText(page)).toBe('Estamos trabajando en una solución.');
    await page.close();
  });

  it('a tampered link gets the plain 404 page', async () => {
    const { link } = await caseWithAcknowledgement('en', 'Gym door card reader broken');
    const tampered = link.slice(0, -1) + (link.endsWith('A') ? 'B' : 'A');
    const page = await context.newPage();
    const response = await page.goto(tampered);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    expect(await page.content()).not.toContain('Gym door');
    await checkAccessibility(page, 'not found');
    await page.close();
  });
});
