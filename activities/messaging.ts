import { Context } from '@temporalio/activity';
import type { Db } from '../lib/db';
import { firstLine } from '../lib/startup-error';
import { redactSecrets } from '../lib/redact';
import { renderResidentMessage, type ResidentContent } from '../domain/resident-messages';
import { UndeliverableMessage, type AddressBook, type MessageTransport, type OutgoingMessage } from './transports';

/**
 * The outbox. `sendMessage` stores the message under its unique key (a retry stores nothing new), then
 * delivers it unless it is already marked sent, so a retried activity never sends the same message twice.
 */
/**
 * E-mail addresses from the directory: a staff member's own; a household's first contact with one. Both are
 * looked up at the case's property only, so a case can never reach a person of another property.
 */
export function directoryAddressBook(db: Db): AddressBook {
  return async (recipient, caseId) => {
    const [kind, id] = recipient.split(':', 2);
    if (!id) return null;
    const propertyId = caseId
      ? (await db.case.findUnique({ where: { id: caseId }, select: { propertyId: true } }))?.propertyId
      : undefined;
    if (kind === 'staff') {
      // Messages about no single case (the monthly review) go to the staff member wherever they work.
      if (caseId && !propertyId) return null;
      const where = propertyId ? { id, propertyIds: { has: propertyId } } : { id };
      return (await db.staffMember.findFirst({ where, select: { email: true } }))?.email ?? null;
    }
    if (kind === 'resident' && propertyId) {
      const household = await db.household.findFirst({ where: { id, propertyId }, select: { contacts: true } });
      const contacts = (household?.contacts ?? []) as Array<{ email?: string }>;
      return contacts.find((c) => c.email)?.email ?? null;
    }
    return null;
  };
}

/** A message to the household of a case, in the household's language, carrying its link. */
export interface ResidentMessageRequest {
  key: string;
  caseId: string;
  propertyId: string;
  householdId: string;
  link: string | null;
  content: ResidentContent;
}

export function createMessagingActivities(db: Db, transport: MessageTransport) {
  async function sendMessage(message: OutgoingMessage): Promise<{ delivered: boolean }> {
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
        ...(stored.link ? { link: stored.link } : {}),
      });
    } catch (error) {
      if (error instanceof UndeliverableMessage) {
        await db.outboxMessage.update({
          where: { key: message.key },
          data: { status: 'undeliverable', attempts: { increment: 1 }, lastError: redactSecrets(error.message) },
        });
        return { delivered: false };
      }
      await db.outboxMessage.update({
        where: { key: message.key },
        data: { attempts: { increment: 1 }, lastError: redactSecrets(firstLine(error)) },
      });
      throw error;
    }
    await db.outboxMessage.update({
      where: { key: message.key },
      data: { status: 'sent', sentAt: new Date(), attempts: { increment: 1 }, lastError: null },
    });
    return { delivered: true };
  }

  return {
    /** Words from the household's catalog (looked up within the case's property only), then the outbox. */
    async sendResidentMessage(request: ResidentMessageRequest): Promise<{ delivered: boolean }> {
      const household = await db.household.findFirst({
        where: { id: request.householdId, propertyId: request.propertyId },
        select: { language: true },
      });
      const content = renderResidentMessage(request.content, household?.language, request.link);
      const recipient = `resident:${request.householdId}`;
      const { key, caseId, link } = request;
      return whileHeartbeating(() => sendMessage({ key, caseId, audience: 'resident', recipient, link, ...content }));
    },
    sendMessage: (message: OutgoingMessage) => whileHeartbeating(() => sendMessage(message)),
  };
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
