import { createHmac, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createMessagingActivities } from '../../activities/messaging';
import { createOutboxDelivery } from '../../activities/outbox-delivery';
import { webhookTransport, type OutgoingMessage } from '../../activities/transports';
import { loadConfig } from '../../lib/config';
import { createDb, type Db } from '../../lib/db';
import { verifyWebhook } from '../../lib/webhook-signature';

/**
 * Secrets (issue 13, items 7 and 8): a malformed configuration value is reported by name without printing
 * a secret; a webhook URL's token never lands in the outbox; webhook signatures cover a timestamp, so a
 * receiver can refuse a replayed message.
 */
let db: Db;
let server: http.Server;
let baseUrl: string;
const received: Array<{ headers: http.IncomingHttpHeaders; body: string }> = [];
let status = 500;

beforeAll(async () => {
  db = createDb(inject('databaseUrl'));
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server?.close();
  await db?.$disconnect();
});

function configError(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe('configuration errors name the variable, never the secret (item 7)', () => {
  it.each([
    ['ADMIN_API_KEY', 'tooshort-s3cr3t', 's3cr3t'],
    ['MESSAGE_WEBHOOK_SECRET', 'sh0rt-s3cr3t', 's3cr3t'],
    ['DATABASE_URL', 'postgresql://app:hunter2@', 'hunter2'],
    ['DATABASE_URL', 'mysql://app:hunter2@db.example.com/app', 'hunter2'],
    ['DATABASE_URL', 'postgres://:99999/app?sslmode=require&password=hunter2', 'hunter2'],
    ['DATABASE_URL', 'host=db password=hunter2 user=app', 'hunter2'],
    ['SMTP_URL', 'mail://relay:hunter2@smtp.example.com:587', 'hunter2'],
    ['TEMPORAL_UI_URL', 'not a url ?token=hunter2', 'hunter2'],
  ])('%s=%s', (name, value, secret) => {
    const message = configError({ [name]: value });
    expect(message).toContain(name);
    expect(message).not.toContain(secret);
  });

  it('values that are no secret are still quoted, so the mistake can be seen', () => {
    expect(configError({ PORT: '3000x' })).toBe('Invalid configuration: PORT="3000x" must be a port number');
  });
});

const message = (): OutgoingMessage => ({
  key: `secrets-test:${randomUUID()}`,
  caseId: null,
  audience: 'staff',
  recipient: 'staff:nobody',
  template: 'test',
  subject: 'Subject',
  body: 'Body',
});

describe('the outbox keeps no webhook token (item 7)', () => {
  it('a failed delivery records the error without the token in the URL path, query or credentials', async () => {
    status = 500;
    for (const url of [
      `${baseUrl}/hooks/T0K3N-in-path?x=1`,
      `${baseUrl}/hooks?token=T0K3N-in-query`,
      `${baseUrl.replace('//', '//user:T0K3N-pass@')}/hooks`,
    ]) {
      const m = { ...message(), caseId: randomUUID() };
      const delivery = createOutboxDelivery(db, webhookTransport(url, 'a-shared-secret-of-16+'), {
        caseIds: [m.caseId],
      });
      await createMessagingActivities(db, delivery).sendMessage(m);
      // fetch refuses a URL with credentials before sending, naming it; the others answer 500.
      expect(await delivery.deliverDue()).toBe(1);
      const row = await db.outboxMessage.findUniqueOrThrow({ where: { key: m.key } });
      expect(row.lastError).toMatch(url.includes('@') ? /credentials/ : /answered 500/);
      expect(row.lastError).not.toMatch(/T0K3N/);
    }
  });
});

describe('webhook signatures cover a timestamp (item 8)', () => {
  it('x-signature is t=<unix seconds>,v1=<HMAC-SHA256 of "<t>.<body>">', async () => {
    status = 204;
    received.length = 0;
    const at = new Date('2026-11-24T12:00:00Z');
    await webhookTransport(`${baseUrl}/hooks`, 'a-shared-secret-of-16+', () => at).deliver(message());
    const [{ headers, body }] = received as [{ headers: http.IncomingHttpHeaders; body: string }];
    const t = String(at.getTime() / 1000);
    expect(headers['x-signature']).toBe(
      `t=${t},v1=${createHmac('sha256', 'a-shared-secret-of-16+').update(`${t}.${body}`).digest('hex')}`,
    );
  });

  it('a receiver verifying as the README says accepts a fresh message and refuses a replayed, old or altered one', () => {
    const secret = 'a-shared-secret-of-16+';
    const body = '{"key":"k"}';
    const sentAt = new Date('2026-11-24T12:00:00Z');
    const sign = (t: number, signed: string) =>
      `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${signed}`).digest('hex')}`;
    const t = sentAt.getTime() / 1000;
    expect(verifyWebhook(secret, sign(t, body), body, 300, new Date(sentAt.getTime() + 60_000))).toBeNull();
    // Replayed ten minutes later: refused.
    expect(verifyWebhook(secret, sign(t, body), body, 300, new Date(sentAt.getTime() + 600_000))).toMatch(/tolerance/);
    // A fresh timestamp glued to the old signature does not match.
    const replayed = sign(t, body).replace(`t=${t}`, `t=${t + 600}`);
    expect(verifyWebhook(secret, replayed, body, 300, new Date(sentAt.getTime() + 600_000))).toMatch(/does not match/);
    expect(verifyWebhook(secret, sign(t, body), '{"key":"other"}', 300, sentAt)).toMatch(/does not match/);
    expect(
      verifyWebhook(secret, `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`, body, 300, sentAt),
    ).toMatch(/no timestamp/);
  });
});
