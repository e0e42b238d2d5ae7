import type { Db } from '../lib/db';
import { firstLine } from '../lib/db';
import { renderResidentMessage, type ResidentContent } from '../domain/resident-messages';
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
      return sendMessage({ key, caseId, audience: 'resident', recipient, link, ...content });
    },
    sendMessage,
  };

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
        await db.outboxMessage.update({ where: { key: message.key }, data: { status: 'undeliverable', attempts: { increment: 1 }, lastError: error.message } });
        return { delivered: false };
      }
      await db.outboxMessage.update({ where: { key: message.key }, data: { attempts: { increment: 1 }, lastError: firstLine(error) } });
      throw error;
    }
    await db.outboxMessage.update({ where: { key: message.key }, data: { status: 'sent', sentAt: new Date(), attempts: { increment: 1 }, lastError: null } });
    return { delivered: true };
  }
}
