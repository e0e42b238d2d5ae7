import { createHmac, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createMessagingActivities, directoryAddressBook } from '../activities/messaging';
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

describe('outbox', () => {
  it('sends a message once however often the activity is retried', async () => {
    const delivered: string[] = [];
    const { sendMessage } = createMessagingActivities(db, {
      name: 'memory',
      deliver: async (m) => void delivered.push(m.key),
    });
    const m = message();
    expect(await sendMessage(m)).toEqual({ delivered: true });
    expect(await sendMessage(m)).toEqual({ delivered: false });
    expect(delivered).toEqual([m.key]);
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { key: m.key } });
    expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
  });

  it('a failed delivery is recorded and retried by the activity; the retry sends it', async () => {
    let fail = true;
    const transport: MessageTransport = {
      name: 'flaky',
      deliver: async () => {
        if (fail) throw new Error('connection refused');
      },
    };
    const { sendMessage } = createMessagingActivities(db, transport);
    const m = message();
    await expect(sendMessage(m)).rejects.toThrow(/connection refused/);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { key: m.key } })).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'connection refused',
    });
    fail = false;
    expect(await sendMessage(m)).toEqual({ delivered: true });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { key: m.key } })).toMatchObject({
      status: 'sent',
      attempts: 2,
      lastError: null,
    });
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
      await createMessagingActivities(db, transport).sendResidentMessage({ key: `test:${randomUUID()}`, ...request });
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
    await createMessagingActivities(
      db,
      logTransport((line) => lines.push(line)),
    ).sendResidentMessage({ key: `test:${randomUUID()}`, ...elsewhere });
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
    const { sendMessage } = createMessagingActivities(db, transport);
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

    const toStaff = message({
      caseId,
      audience: 'staff',
      recipient: `staff:${staffId}`,
      subject: 'Case escalated to you',
    });
    expect(await sendMessage(toStaff)).toEqual({ delivered: true });
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
    expect(await sendMessage(message({ caseId, recipient: `resident:${householdId}` }))).toEqual({ delivered: true });
    expect(mails[1]!.to).toEqual(['robin@example.test']);

    const toNobody = message({ caseId, recipient: 'resident:no-contact-on-file' });
    expect(await sendMessage(toNobody)).toEqual({ delivered: false });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { key: toNobody.key } })).toMatchObject({
      status: 'undeliverable',
      lastError: 'no e-mail address on file for resident:no-contact-on-file',
    });
    expect(mails).toHaveLength(2);
  });
});
