import { Context } from '@temporalio/activity';
import type { Db } from '../lib/db';
import { firstLine } from '../lib/db';
import { UndeliverableMessage, type AddressBook, type MessageTransport, type OutgoingMessage } from './transports';

/**
 * The outbox. `sendMessage` stores the message under its unique key (a retry stores nothing new), then
 * delivers it unless it is already marked sent, so a retried activity never sends the same message twice.
 */
/** E-mail addresses from the directory: a staff member's own; a household's first contact with one. */
export function directoryAddressBook(db: Db): AddressBook {
  return async (recipient) => {
    const [kind, id] = recipient.split(':', 2);
    if (kind === 'staff' && id) return (await db.staffMember.findUnique({ where: { id }, select: { email: true } }))?.email ?? null;
    if (kind === 'resident' && id) {
      const household = await db.household.findUnique({ where: { id }, select: { contacts: true } });
      const contacts = (household?.contacts ?? []) as Array<{ email?: string }>;
      return contacts.find((c) => c.email)?.email ?? null;
    }
    return null;
  };
}

export function createMessagingActivities(db: Db, transport: MessageTransport) {
  const outbox = {
    async sendMessage(message: OutgoingMessage): Promise<{ delivered: boolean }> {
      await db.outboxMessage.createMany({ data: [message], skipDuplicates: true });
      const stored = await db.outboxMessage.findUniqueOrThrow({ where: { key: message.key } });
      if (stored.status !== 'pending') return { delivered: false };
      try {
        await transport.deliver({
          key: stored.key,
          caseId: stored.caseId,
          audience: stored.audience,
          recipient: stored.recipient,
          template: stored.template,
          subject: stored.subject,
          body: stored.body,
        });
      } catch (error) {
        if (error instanceof UndeliverableMessage) {
          await db.outboxMessage.update({ where: { key: message.key }, data: { status: 'undeliverable', attempts: { increment: 1 }, lastError: error.message } });
          return { delivered: false };
        }
        await db.outboxMessage.update({ where: { key: message.key }, data: { attempts: { increment: 1 }, lastError: firstLine(error) } });
        throw error;
      }
      await db.outboxMessage.update({ where: { key: message.key }, data: { status: 'sent', sentAt: new Date(), attempts: { increment: 1 }, lastError: null } });
      return { delivered: true };
    },
  };
  return { sendMessage: (message: OutgoingMessage) => whileHeartbeating(() => outbox.sendMessage(message)) };
}

/**
 * Runs `work`, heartbeating every second while it runs: a delivery may take longer than a database write,
 * so the workflow gives it a heartbeat timeout, and a dead worker's attempt is retried once its heartbeats
 * stop rather than when the whole start-to-close timeout has passed. Outside an activity (a test calling
 * the function directly) it only runs `work`.
 */
async function whileHeartbeating<T>(work: () => Promise<T>): Promise<T> {
  let context: Context;
  try {
    context = Context.current();
  } catch {
    return work();
  }
  const beat = setInterval(() => context.heartbeat(), 1_000);
  try {
    return await work();
  } finally {
    clearInterval(beat);
  }
}
