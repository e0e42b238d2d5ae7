import { createHash, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../api/app';
import type { CaseDetail } from '../../domain/case';
import { shortPolicy } from '../../domain/policies';
import { startStack } from '../support/stack';

/**
 * The resident link and page over HTTP (`inject`) against the real Temporal server and PostgreSQL: the link
 * in the case and the messages, what the page shows and hides, its headers, CSRF, repeats, tampering,
 * expiry and the logs. The browser journey is in test/browser/resident-page.test.ts.
 */
const PUBLIC_URL = 'https://recovery.example.test';
let stack: Awaited<ReturnType<typeof startStack>>;
const propertyId = `rp-${randomUUID().slice(0, 8)}`;
const householdId = `${propertyId}-h1`;
let admin: { authorization: string };
let manager: { authorization: string };
const logLines: string[] = [];

beforeAll(async () => {
  stack = await startStack({ publicUrl: PUBLIC_URL });
  admin = stack.adminHeaders;
  await stack.db.property.create({ data: { id: propertyId, name: 'Rue des Pins', timeZone: 'America/Toronto' } });
  await stack.db.staffMember.createMany({
    data: [
      {
        id: `${propertyId}-maint`,
        name: 'Dana Ortiz',
        email: 'dana.secret@example.test',
        role: 'maintenance',
        propertyIds: [propertyId],
      },
      { id: `${propertyId}-cm`, name: 'Chris Moore', role: 'community_manager', propertyIds: [propertyId] },
      { id: `${propertyId}-rm`, name: 'Riley Chen', role: 'regional_manager', propertyIds: [propertyId] },
    ],
  });
  await stack.db.policy.create({
    data: {
      propertyId,
      category: 'package',
      severity: 'low',
      policy: { ...shortPolicy(), acknowledge: { amount: 1, unit: 'hours' } } as object,
    },
  });
  // The property's own rule: a portfolio-wide one another file seeds for a moment (the demo's) must not pick
  // this property's owners in the shared database.
  await stack.db.ownershipRule.create({ data: { propertyId, category: 'package', ownerRole: 'maintenance' } });
  manager = await stack.keyFor('community_manager', [propertyId], `${propertyId}-cm`);
});
afterAll(() => stack?.stop());

async function post(url: string, body: unknown, headers: Record<string, string> = admin) {
  return stack.app.inject({ method: 'POST', url, payload: body as object, headers });
}

async function openCase(residentId = householdId): Promise<CaseDetail> {
  const response = await post('/v1/cases', {
    propertyId,
    residentId,
    category: 'package',
    severity: 'low',
    channel: 'in_person',
    summary: 'Package marked delivered, not in the locker',
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const pathOf = (link: string) => new URL(link).pathname;

/** The page, its cookie and the hidden fields of each form, as a browser would keep them. */
async function page(path: string, cookie?: string) {
  const response = await stack.app.inject({ method: 'GET', url: path, headers: cookie ? { cookie } : {} });
  const setCookie = String(response.headers['set-cookie'] ?? '').split(';')[0] || cookie || '';
  const forms = [
    ...response.body.matchAll(
      /<form method="post" action="([^"]+)">.*?name="nonce" value="([^"]+)".*?name="csrf" value="([^"]+)"/gs,
    ),
  ].map((m) => ({ action: m[1]!, nonce: m[2]!, csrf: m[3]! }));
  return { response, cookie: setCookie, forms, html: response.body };
}

function submit(action: string, fields: Record<string, string>, cookie: string) {
  return stack.app.inject({
    method: 'POST',
    url: action,
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    payload: new URLSearchParams(fields).toString(),
  });
}

describe('the resident link', () => {
  it('is on the case for staff, stored as a hash, bound to case and household, in every resident message', async () => {
    await stack.db.household.create({
      data: { id: householdId, propertyId, unit: '3', name: 'Camille Roy', language: 'fr-CA' },
    });
    const created = await openCase();
    expect(created.residentLink).toMatch(new RegExp(`^${PUBLIC_URL}/r/[A-Za-z0-9_-]{43}$`));
    const token = pathOf(created.residentLink!).slice(3);

    const rows = await stack.db.residentLink.findMany({ where: { caseId: created.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      householdId,
      propertyId,
      tokenHash: createHash('sha256').update(token).digest('hex'),
    });
    expect(JSON.stringify(rows)).not.toContain(token);

    const read = await stack.app.inject({ method: 'GET', url: `/v1/cases/${created.id}`, headers: manager });
    expect(read.json().residentLink).toBe(created.residentLink);
    const outside = await stack.keyFor('community_manager', ['elsewhere']);
    expect(
      (await stack.app.inject({ method: 'GET', url: `/v1/cases/${created.id}`, headers: outside })).statusCode,
    ).toBe(404);

    const acknowledged = await post(`/v1/cases/${created.id}/acknowledge`, {}, manager);
    expect(acknowledged.statusCode, acknowledged.body).toBe(200);
    await post(`/v1/cases/${created.id}/notes`, { body: 'Le colis est au bureau', visibility: 'resident' }, manager);
    const outbox = await stack.db.outboxMessage.findMany({
      where: { caseId: created.id, audience: 'resident' },
      orderBy: { id: 'asc' },
    });
    expect(outbox.map((m) => m.template)).toEqual(['acknowledge.package', 'note.resident']);
    for (const message of outbox) {
      expect(message.link).toBe(created.residentLink);
      expect(message.body).toContain(created.residentLink!);
    }
    // The household's language: French.
    expect(outbox[0]!.subject).toBe('Merci de nous l’avoir signalé : nous nous en occupons');
  });
});

describe('the resident page', () => {
  it('shows where the case stands in plain words and hides everything internal', async () => {
    const created = await openCase();
    await post(`/v1/cases/${created.id}/acknowledge`, {}, manager);
    await post(
      `/v1/cases/${created.id}/notes`,
      { body: 'INTERNAL: resident is difficult', visibility: 'internal' },
      manager,
    );
    const { response, html } = await page(pathOf(created.residentLink!));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).not.toMatch(/script-src|unsafe-inline/);
    expect(html).not.toContain('<script');

    expect(html).toContain('<html lang="fr-CA">');
    expect(html).toContain('Nous examinons ce qui s’est passé.');
    expect(html).toContain('Dana, Entretien');
    expect(html).toContain('Package marked delivered, not in the locker');
    expect(html).toContain('Merci de nous avoir prévenus.');
    for (const hidden of [
      'Ortiz',
      'dana.secret@example.test',
      'INTERNAL',
      'Chris',
      'Riley',
      created.id,
      'breach',
      'escalat',
    ]) {
      expect(html, hidden).not.toContain(hidden);
    }
  });

  it('a message from the page is on the timeline by the resident, reaches the owner; a resubmit adds nothing', async () => {
    const created = await openCase();
    const path = pathOf(created.residentLink!);
    const { cookie, forms } = await page(path);
    const form = forms.find((f) => f.action.endsWith('/message'))!;
    expect(form).toBeDefined();

    const fields = { nonce: form.nonce, csrf: form.csrf, message: 'Le casier 12 est vide' };
    const first = await submit(form.action, fields, cookie);
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('Votre message a été envoyé.');
    const again = await submit(form.action, fields, cookie);
    expect(again.statusCode).toBe(200);
    expect(again.body).toContain('Déjà répondu');

    const events = await stack.db.caseEvent.findMany({ where: { caseId: created.id, type: 'resident_message' } });
    expect(events.map((e) => e.payload)).toEqual([
      { by: 'resident', messageId: form.nonce, body: 'Le casier 12 est vide' },
    ]);
    const toOwner = await stack.db.outboxMessage.findMany({
      where: { caseId: created.id, template: 'staff.resident_message' },
    });
    expect(toOwner.map((m) => m.recipient)).toEqual([`staff:${propertyId}-maint`]);
    expect(toOwner[0]!.body).toContain('Le casier 12 est vide');
    expect((await page(path, cookie)).html).toContain('Le casier 12 est vide');
  });

  it('refuses a form without the CSRF proof of this browser, and changes nothing', async () => {
    const created = await openCase();
    const path = pathOf(created.residentLink!);
    const { cookie, forms } = await page(path);
    const form = forms.find((f) => f.action.endsWith('/message'))!;
    const otherBrowser = `sr_csrf=${'A'.repeat(43)}`;
    for (const [fields, withCookie] of [
      [{ nonce: form.nonce, message: 'no proof' }, cookie],
      [{ nonce: form.nonce, csrf: form.csrf, message: 'wrong browser' }, otherBrowser],
      [{ nonce: form.nonce, csrf: form.csrf, message: 'no cookie' }, ''],
    ] as const) {
      const response = await submit(form.action, fields, withCookie);
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
    }
    expect(await stack.db.caseEvent.count({ where: { caseId: created.id, type: 'resident_message' } })).toBe(0);
  });

  it('answers tampered, unknown and malformed links with the same plain 404', async () => {
    const created = await openCase();
    const token = pathOf(created.residentLink!).slice(3);
    const flipped = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    const bodies = new Set<string>();
    for (const path of [`/r/${flipped}`, `/r/${'x'.repeat(43)}`, '/r/short', `/r/${flipped}/message`]) {
      const response = path.endsWith('/message')
        ? await submit(path, { message: 'x' }, '')
        : await stack.app.inject({ method: 'GET', url: path });
      expect(response.statusCode, path).toBe(404);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-store');
      bodies.add(response.body);
    }
    expect(bodies.size).toBe(1);
    expect([...bodies][0]).toContain('Page not found');
  });

  it('a link bound to another household or property than its case opens nothing', async () => {
    const created = await openCase();
    const path = pathOf(created.residentLink!);
    expect((await page(path)).response.statusCode).toBe(200);
    await stack.db.residentLink.updateMany({ where: { caseId: created.id }, data: { householdId: 'someone-else' } });
    expect((await page(path)).response.statusCode).toBe(404);
    await stack.db.residentLink.updateMany({
      where: { caseId: created.id },
      data: { householdId: created.residentId, propertyId: 'other-property' },
    });
    expect((await page(path)).response.statusCode).toBe(404);
  });

  it('keeps working for the configured days after the case closes, then 404s', async () => {
    const created = await openCase();
    const path = pathOf(created.residentLink!);
    const cancelled = await post(`/v1/cases/${created.id}/cancel`, { reason: 'duplicate' }, manager);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const closed = await page(path);
    expect(closed.response.statusCode).toBe(200);
    expect(closed.html).not.toContain('action="/r/');

    const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);
    await stack.db.case.update({ where: { id: created.id }, data: { closedAt: daysAgo(29.9) } });
    expect((await page(path)).response.statusCode).toBe(200);
    await stack.db.case.update({ where: { id: created.id }, data: { closedAt: daysAgo(30) } });
    expect((await page(path)).response.statusCode).toBe(404);
  });

  it('rate limits per client address with a plain page', async () => {
    const limited = await buildApp({ ...stack.app.deps, logLevel: 'silent', residentPageRateLimitPerMinute: 3 });
    try {
      const answers = [];
      for (let i = 0; i < 5; i++) {
        answers.push(await limited.inject({ method: 'GET', url: `/r/${'y'.repeat(43)}`, remoteAddress: '10.1.1.1' }));
      }
      expect(answers.map((a) => a.statusCode)).toEqual([404, 404, 404, 429, 429]);
      const tooMany = answers[4]!;
      expect(tooMany.headers['content-type']).toMatch(/^text\/html/);
      expect(Number(tooMany.headers['retry-after'])).toBeGreaterThan(0);
      expect(tooMany.body).toContain('Please try again in a moment');
      const other = await limited.inject({ method: 'GET', url: `/r/${'y'.repeat(43)}`, remoteAddress: '10.1.1.2' });
      expect(other.statusCode).toBe(404);
    } finally {
      await limited.close();
    }
  });

  it('never writes a token into the request log', async () => {
    const stream = new Writable({ write: (chunk, _encoding, done) => void (logLines.push(String(chunk)), done()) });
    const logged = await buildApp({ ...stack.app.deps, logLevel: 'info', logStream: stream });
    try {
      const created = await openCase();
      const path = pathOf(created.residentLink!);
      const token = path.slice(3);
      expect((await logged.inject({ method: 'GET', url: path })).statusCode).toBe(200);
      await logged.inject({ method: 'GET', url: `${path}x` });
      await logged.inject({
        method: 'POST',
        url: `${path}/message`,
        payload: 'message=hi',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      const text = logLines.join('');
      expect(text).toContain('/r/[redacted]');
      expect(text).not.toContain(token);
    } finally {
      await logged.close();
    }
  });
});

describe('household language', () => {
  it('is validated as a BCP 47 tag and stored in canonical form', async () => {
    const bad = await post('/v1/households', {
      id: `${propertyId}-h9`,
      propertyId,
      unit: '9',
      name: 'X',
      language: 'not a tag!',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'body.language' })]);
    const good = await post('/v1/households', {
      id: `${propertyId}-h9`,
      propertyId,
      unit: '9',
      name: 'X',
      language: 'es-mx',
    });
    expect(good.statusCode, good.body).toBe(201);
    expect(good.json().language).toBe('es-MX');
  });
});
