import type { Db } from '../lib/db';
import { renderResidentMessage, type ResidentContent } from '../domain/resident-messages';
import type { AddressBook, OutgoingMessage } from './transports';

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

/**
 * The outbox, as the cases see it: a message is stored under its unique key (a retry stores nothing new) and
 * the worker's delivery is woken (activities/outbox-delivery.ts), which sends it once. Storing takes a database
 * write, so a case runs these as local activities; cases recorded before, and the monthly review, as regular
 * ones. `queued` is false when the key was already stored.
 */
export function createMessagingActivities(db: Db, delivery: { wake(): void }) {
  async function sendMessage(message: OutgoingMessage): Promise<{ queued: boolean }> {
    const { count } = await db.outboxMessage.createMany({ data: [message], skipDuplicates: true });
    if (count > 0) delivery.wake();
    return { queued: count > 0 };
  }

  return {
    /** Words from the household's catalog (looked up within the case's property only), then the outbox. */
    async sendResidentMessage(request: ResidentMessageRequest): Promise<{ queued: boolean }> {
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
}
