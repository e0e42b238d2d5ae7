import nodemailer from 'nodemailer';
import type { Config } from '../lib/config';
import { signWebhook } from '../lib/webhook-signature';
import { redactResidentLinks } from '../lib/resident-links';

/**
 * How a message leaves the outbox. Every delivery carries the message's unique key, so a receiver (webhook)
 * or mail system (Message-ID) can drop the rare redelivery after a crash between sending and marking sent.
 */
export interface OutgoingMessage {
  key: string;
  /** Null for messages about no single case (the monthly review). */
  caseId: string | null;
  audience: string;
  recipient: string;
  template: string;
  subject: string;
  body: string;
  /** The resident's personal link, on resident-facing messages about a case. */
  link?: string | null;
}

export interface MessageTransport {
  readonly name: string;
  deliver(message: OutgoingMessage): Promise<void>;
}

/**
 * A message that can never be delivered as addressed (e.g. nobody has an e-mail address on file). It is
 * kept in the outbox as undeliverable for staff to follow up by hand, instead of being retried forever and
 * holding up the case.
 */
export class UndeliverableMessage extends Error {
  override name = 'UndeliverableMessage';
}

/**
 * Turns a logical recipient (`staff:<id>`, `resident:<id>`) of a message about a case into an e-mail
 * address, or null.
 */
export type AddressBook = (recipient: string, caseId: string | null) => Promise<string | null>;

export function logTransport(write: (line: string) => void = (line) => console.log(line)): MessageTransport {
  return {
    name: 'log',
    async deliver(message) {
      // Logs travel further than messages: the resident's link (their key to the case) never goes into them.
      write(redactResidentLinks(JSON.stringify({ msg: 'message delivered', transport: 'log', ...message })));
    },
  };
}

/**
 * POSTs the message as JSON, signed over the time of sending and the body (`x-signature: t=<unix seconds>,
 * v1=<hex HMAC-SHA256 of "<t>.<body>">`), so a receiver can reject a replayed old message.
 */
export function webhookTransport(url: string, secret: string, now: () => Date = () => new Date()): MessageTransport {
  return {
    name: 'webhook',
    async deliver(message) {
      const body = JSON.stringify(message);
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': message.key,
          'x-signature': signWebhook(secret, body, now()),
        },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      // The URL may carry a token (in its path or query): only its origin is named.
      if (!response.ok) throw new Error(`webhook at ${new URL(url).origin} answered ${response.status}`);
    },
  };
}

export function smtpTransport(smtpUrl: string, from: string, addressOf: AddressBook): MessageTransport {
  // Bounded well within the outbox's delivery deadline (nodemailer's own: 2 min to connect, 10 min idle).
  const mailer = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 15_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    name: 'smtp',
    async deliver(message) {
      const to = await addressOf(message.recipient, message.caseId);
      if (!to) throw new UndeliverableMessage(`no e-mail address on file for ${message.recipient}`);
      await mailer.sendMail({
        from,
        to,
        subject: message.subject,
        text: message.body,
        messageId: `<${message.key.replace(/[^A-Za-z0-9.:-]/g, '-')}@service-recovery>`,
      });
    },
  };
}

export function transportFromConfig(config: Config, addressOf: AddressBook): MessageTransport {
  switch (config.MESSAGE_TRANSPORT) {
    case 'webhook':
      return webhookTransport(config.MESSAGE_WEBHOOK_URL!, config.MESSAGE_WEBHOOK_SECRET!);
    case 'smtp':
      return smtpTransport(config.SMTP_URL!, config.MESSAGE_FROM, addressOf);
    default:
      return logTransport();
  }
}
