import { createHmac, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createMessagingActivities, directoryAddressBook } from '../activities/messaging';
import { createOutboxDelivery, retryDelayMs } from '../activities/outbox-delivery';
import {
  logTransport,
  smtpTransport,
  webhookTransport,
  type MessageTransport,
  type OutgoingMessage,
} from '../activities/transports';
import { createDb, type Db } from '../lib/db';

/**
 * The outbox and its transports against real receivers: an HTTP server for the signed webhook and an SMTP
 * server for e-mail, with the outbox in the suite's PostgreSQL.
 */
let db: Db;
beforeAll(() => {
  db = createDb(inject('databaseUrl'));
});
afterAll(() => db?.$disconnect());

const message = (overrides: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
  key: `test:${randomUUID()}`,
  caseId: randomUUID(),
  audience: 'resident',
  recipient: 'resident:household-12b',
  template: 'acknowledge.maintenance_delay',
  subject: 'We are sorry about your repair',
  body: 'Thank you for telling us…',
  ...overrides,
});

/**
 * The outbox as a case uses it (messages stored) and the worker's delivery of it, limited to the given messages'
 * cases: other test files share the table.
 */
function outbox(transport: MessageTransport, messages: Array<{ caseId: string | null }>) {
  const delivery = createOutboxDelivery(db, transport, { caseIds: messages.map((m) => m.caseId!).filter(Boolean) });
  let wakes = 0;
  const activities = createMessagingActivities(db, { wake: () => void (wakes += 1) });
  return { ...activities, delivery, wakes: () => wakes };
}
const recording = (delivered: OutgoingMessage[] = []) => ({
  delivered,
  transport: { name: 'memory', deliver: async (m: OutgoingMessage) => void delivered.push(m) } as MessageTransport,
});
const row = (m: OutgoingMessage) => db.outboxMessage.findUniqueOrThrow({ where: { key: m.key } });

describe('outbox', () => {
  it('stores a message once however often the step is retried, and the delivery sends it once', async () => {
    const { delivered, transport } = recording();
    const m = message();
    const box = outbox(transport, [m]);
    expect(await box.sendMessage(m)).toEqual({ queued: true });
    expect(await box.sendMessage(m)).toEqual({ queued: false });
    expect(box.wakes()).toBe(1);
    expect(await row(m)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await box.delivery.deliverDue()).toBe(1);
    expect(await box.delivery.deliverDue()).toBe(0);
    expect(delivered.map((d) => d.key)).toEqual([m.key]);
    expect(await row(m)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
  });

  it('a failed delivery is recorded and tried again once its back-off has passed; the retry sends it', async () => {
    let fail = true;
    const transport: MessageTransport = {
      name: 'flaky',
      deliver: async () => {
        if (fail) throw new Error('connection refused');
      },
    };
    const m = message();
    const box = outbox(transport, [m]);
    await box.sendMessage(m);
    const before = Date.now();
    expect(await box.delivery.deliverDue()).toBe(1);
    const failed = await row(m);
    expect(failed).toMatchObject({ status: 'pending', attempts: 1, lastError: 'connection refused' });
    // 5 s for the first retry (then doubling): not due again at once.
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + retryDelayMs(1) - 1_000);
    expect(await box.delivery.deliverDue()).toBe(0);
    await db.outboxMessage.update({ where: { key: m.key }, data: { nextAttemptAt: new Date(Date.now() - 1) } });
    fail = false;
    expect(await box.delivery.deliverDue()).toBe(1);
    expect(await row(m)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });

  it('backs off 5 s, doubling, up to 10 minutes', () => {
    expect([1, 2, 3, 4, 8, 20].map(retryDelayMs)).toEqual([5_000, 10_000, 20_000, 40_000, 600_000, 600_000]);
  });

  it("delivers a case's messages to one person in the order stored, one at a time; other people's alongside", async () => {
    const { delivered, transport } = recording();
    const caseId = randomUUID();
    const first = message({ caseId, template: 'first' });
    const second = message({ caseId, template: 'second' });
    const toStaff = message({ caseId, audience: 'staff', recipient: 'staff:cm-1', template: 'to staff' });
    const box = outbox(transport, [first]);
    for (const m of [first, second, toStaff]) await box.sendMessage(m);
    expect(await box.delivery.deliverDue()).toBe(2);
    expect(delivered.map((d) => d.template).sort()).toEqual(['first', 'to staff']);
    expect(await box.delivery.deliverDue()).toBe(1);
    expect(delivered.map((d) => d.template)).toEqual(expect.arrayContaining(['second']));
    expect(delivered.findIndex((d) => d.template === 'first')).toBeLessThan(
      delivered.findIndex((d) => d.template === 'second'),
    );
  });

  it('a message waiting on its retry holds back the later ones to the same person, not to others', async () => {
    const caseId = randomUUID();
    const first = message({ caseId, template: 'first' });
    const second = message({ caseId, template: 'second' });
    const toStaff = message({ caseId, audience: 'staff', recipient: 'staff:cm-1', template: 'to staff' });
    const delivered: string[] = [];
    const transport: MessageTransport = {
      name: 'refusing the first',
      deliver: async (m) => {
        if (m.template === 'first') throw new Error('mailbox busy');
        delivered.push(m.template);
      },
    };
    const box = outbox(transport, [first]);
    for (const m of [first, second, toStaff]) await box.sendMessage(m);
    await box.delivery.deliverDue();
    await box.delivery.deliverDue();
    expect(delivered).toEqual(['to staff']);
    expect(await row(second)).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('two workers delivering at once send each message exactly once', async () => {
    const caseIds = Array.from({ length: 40 }, () => randomUUID());
    const messages = caseIds.map((caseId) => message({ caseId }));
    const { delivered, transport } = recording();
    const slow: MessageTransport = {
      name: 'slow',
      deliver: async (m) => {
        await new Promise((resolve) => setImmediate(resolve));
        await transport.deliver(m);
      },
    };
    const one = outbox(slow, messages);
    const other = createOutboxDelivery(db, slow, { caseIds });
    for (const m of messages) await one.sendMessage(m);
    const rounds = async (delivery: typeof other) => {
      while ((await delivery.deliverDue()) > 0);
    };
    await Promise.all([rounds(one.delivery), rounds(other), rounds(one.delivery)]);
    expect(delivered.map((d) => d.key).sort()).toEqual(messages.map((m) => m.key).sort());
    const rows = await db.outboxMessage.findMany({ where: { caseId: { in: caseIds } } });
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });

  it('a running delivery sends a stored message when woken, without waiting for its next poll', async () => {
    const { delivered, transport } = recording();
    const caseId = randomUUID();
    const [before, woken] = [message({ caseId, template: 'before' }), message({ caseId, template: 'woken' })];
    const delivery = createOutboxDelivery(db, transport, { caseIds: [caseId] });
    const activities = createMessagingActivities(db, delivery);
    await activities.sendMessage(before);
    // A poll far beyond the test's time: after its first rounds (which send `before`) only a wake sends more.
    const stop = delivery.start({ pollMs: 10 * 60_000 });
    try {
      await expect.poll(async () => (await row(before)).status, { timeout: 10_000 }).toBe('sent');
      await activities.sendMessage(woken);
      await expect.poll(() => delivered.map((d) => d.template), { timeout: 10_000 }).toEqual(['before', 'woken']);
    } finally {
      await stop();
    }
  });
});

describe('signed webhook transport', () => {
  it('POSTs the message with its idempotency key and an HMAC-SHA256 signature of time and body; a non-2xx answer fails', async () => {
    const received: Array<{ headers: http.IncomingHttpHeaders; body: string }> = [];
    let status = 204;
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/messages`;
      const transport = webhookTransport(url, 'shared-secret');
      const m = message();
      await transport.deliver(m);
      expect(received).toHaveLength(1);
      const [{ headers, body }] = received as [{ headers: http.IncomingHttpHeaders; body: string }];
      expect(JSON.parse(body)).toEqual(m);
      expect(headers['idempotency-key']).toBe(m.key);
      const [, t] = /^t=(\d+),v1=[0-9a-f]{64}$/.exec(String(headers['x-signature']))!;
      expect(headers['x-signature']).toBe(
        `t=${t},v1=${createHmac('sha256', 'shared-secret').update(`${t}.${body}`).digest('hex')}`,
      );
      status = 500;
      await expect(transport.deliver(message())).rejects.toThrow(/answered 500/);
    } finally {
      server.close();
    }
  });
});

describe('resident messages', () => {
  it("go out in the household's language with the link as a field of the webhook payload; the log transport blanks the token", async () => {
    const propertyId = `msg-${randomUUID().slice(0, 8)}`;
    const householdId = `${propertyId}-h`;
    await db.household.create({ data: { id: householdId, propertyId, unit: '1', name: 'Lucía', language: 'es-MX' } });
    const received: string[] = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => void (received.push(body), res.writeHead(204).end()));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const link = `https://recovery.example.test/r/${'t'.repeat(43)}`;
    const request = {
      caseId: randomUUID(),
      propertyId,
      householdId,
      link,
      content: { kind: 'check_in' as const, summary: 'Calefacción' },
    };
    try {
      const transport = webhookTransport(
        `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
        'shared-secret',
      );
      const box = outbox(transport, [request]);
      await box.sendResidentMessage({ key: `test:${randomUUID()}`, ...request });
      expect(await box.delivery.deliverDue()).toBe(1);
      const payload = JSON.parse(received[0]!) as OutgoingMessage;
      expect(payload).toMatchObject({
        audience: 'resident',
        recipient: `resident:${householdId}`,
        template: 'follow_up.check_in',
        link,
      });
      expect(payload.subject).toBe('¿Quedó todo resuelto a su satisfacción?');
      expect(payload.body.endsWith(`aquí: ${link}`)).toBe(true);
    } finally {
      server.close();
    }

    // The same household id in another property is not this household: its language is not used.
    const elsewhere = { ...request, propertyId: 'another-property' };
    const lines: string[] = [];
    const logged = outbox(
      logTransport((line) => lines.push(line)),
      [elsewhere],
    );
    await logged.sendResidentMessage({ key: `test:${randomUUID()}`, ...elsewhere });
    expect(await logged.delivery.deliverDue()).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Was everything completed to your satisfaction?');
    expect(lines[0]).toContain('/r/[redacted]');
    expect(lines[0]).not.toContain('t'.repeat(43));
  });
});

describe('SMTP transport', () => {
  let smtp: SMTPServer;
  let port: number;
  const mails: Array<{ to: string[]; raw: string }> = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk) => (raw += chunk));
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    port = (smtp.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

  it('mails staff at the address on file, with the outbox key as Message-ID; no address → undeliverable, not retried', async () => {
    const staffId = `staff-${randomUUID().slice(0, 8)}`;
    await db.staffMember.create({
      data: { id: staffId, name: 'Chris', email: 'chris@example.test', role: 'community_manager', propertyIds: ['p'] },
    });
    const transport = smtpTransport(
      `smtp://127.0.0.1:${port}`,
      'Service Recovery <recovery@example.test>',
      directoryAddressBook(db),
    );
    // Addresses are looked up at the case's property, so the messages are about a case at 'p'.
    const householdId = `hh-${randomUUID().slice(0, 8)}`;
    const caseId = randomUUID();
    await db.case.create({
      data: {
        id: caseId,
        workflowId: `case-${caseId}`,
        propertyId: 'p',
        residentId: householdId,
        category: 'other',
        severity: 'low',
        channel: 'other',
        summary: 'x',
        stage: 'acknowledge',
        status: 'open',
        openedAt: new Date(),
      },
    });
    const box = outbox(transport, [{ caseId }]);
    /** Stores the message and delivers it; true when it went out. */
    const sendMessage = async (m: OutgoingMessage) => {
      await box.sendMessage(m);
      await box.delivery.deliverDue();
      return (await row(m)).status === 'sent';
    };

    const toStaff = message({
      caseId,
      audience: 'staff',
      recipient: `staff:${staffId}`,
      subject: 'Case escalated to you',
    });
    expect(await sendMessage(toStaff)).toBe(true);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual(['chris@example.test']);
    expect(mails[0]!.raw).toMatch(/Subject: Case escalated to you/);
    expect(mails[0]!.raw).toContain(`Message-ID: <${toStaff.key.replace(/[^A-Za-z0-9.:-]/g, '-')}@service-recovery>`);

    await db.household.create({
      data: {
        id: householdId,
        propertyId: 'p',
        unit: '3C',
        name: 'Sky',
        contacts: [
          { name: 'Sky (no e-mail)', phone: '+1 555 0101' },
          { name: 'Robin', email: 'robin@example.test' },
        ],
      },
    });
    expect(await sendMessage(message({ caseId, recipient: `resident:${householdId}` }))).toBe(true);
    expect(mails[1]!.to).toEqual(['robin@example.test']);

    const toNobody = message({ caseId, recipient: 'resident:no-contact-on-file' });
    expect(await sendMessage(toNobody)).toBe(false);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { key: toNobody.key } })).toMatchObject({
      status: 'undeliverable',
      lastError: 'no e-mail address on file for resident:no-contact-on-file',
    });
    expect(mails).toHaveLength(2);
  });
});
