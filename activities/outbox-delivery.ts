import { Prisma } from '../prisma/generated/client';
import type { Db } from '../lib/db';
import { firstLine } from '../lib/startup-error';
import { redactSecrets } from '../lib/redact';
import { UndeliverableMessage, type MessageTransport, type OutgoingMessage } from './transports';

/**
 * The outbox's delivery, run by every worker beside its task polling. A case only stores its messages
 * (activities/messaging.ts): delivering one takes a mail server's or a webhook receiver's time, which a case
 * waiting on it would spend holding up its escalations, and which cost a task round trip through the server.
 *
 * Each round claims due messages (`FOR UPDATE SKIP LOCKED`, so workers share the work and never deliver one at
 * once), one per case and recipient in the order stored, so a person reads a case's messages in the order it
 * sent them. A claim lasts `CLAIM_SECONDS`, and a delivery is given `DELIVERY_DEADLINE_MS` within it: a worker
 * killed mid-delivery leaves its messages to another worker once the claim lapses (the key in every delivery
 * lets a receiver drop the rare second copy). A failed delivery is tried again later, 5 s then doubling up to
 * 10 minutes; one that can never go as addressed is kept as undeliverable.
 */
const CLAIM_SECONDS = 60;
/** A delivery still running by then counts as failed (and is tried again later), well before its claim lapses. */
const DELIVERY_DEADLINE_MS = 40_000;
const BATCH = 50;
const FIRST_RETRY_MS = 5_000;
const LONGEST_RETRY_MS = 10 * 60_000;

/** The wait before the next attempt of a message whose `attempts`-th delivery failed. */
export const retryDelayMs = (attempts: number): number =>
  Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);

/** A message as claimed from the outbox: its row's id and attempts so far beside it. */
type ClaimedMessage = OutgoingMessage & { id: bigint; link: string | null; attempts: number };

export interface OutboxDelivery {
  /** Delivers the messages due now (one round); returns how many it claimed. */
  deliverDue(): Promise<number>;
  /** Asks the running delivery for a round now (a message was just stored). */
  wake(): void;
  /** Delivers in rounds until stopped: at once when woken, else every `pollMs`. */
  start(options?: { pollMs?: number; log?: (line: string) => void }): () => Promise<void>;
}

/** `caseIds` limits the delivery to those cases' messages (a test's own, in a database other tests share). */
export function createOutboxDelivery(
  db: Db,
  transport: MessageTransport,
  options: { caseIds?: readonly string[] } = {},
): OutboxDelivery {
  const only = options.caseIds ? Prisma.sql`AND o."caseId" = ANY(${[...options.caseIds]}::uuid[])` : Prisma.empty;
  const claim = () =>
    db.$queryRaw<ClaimedMessage[]>`
      UPDATE "OutboxMessage" AS m
         SET "nextAttemptAt" = now() + make_interval(secs => ${CLAIM_SECONDS})
       WHERE m.id IN (
         SELECT o.id FROM "OutboxMessage" AS o
          WHERE o.status = 'pending' AND o."nextAttemptAt" <= now()
            AND NOT EXISTS (
              SELECT 1 FROM "OutboxMessage" AS earlier
               WHERE earlier."caseId" IS NOT DISTINCT FROM o."caseId" AND earlier.recipient = o.recipient
                 AND earlier.status = 'pending' AND earlier.id < o.id)
            ${only}
          ORDER BY o.id
          LIMIT ${BATCH}
          FOR UPDATE SKIP LOCKED)
      RETURNING m.id, m.key, m."caseId", m.audience, m.recipient, m.template, m.subject, m.body, m.link, m.attempts`;

  async function deliver(message: ClaimedMessage): Promise<void> {
    const { key, caseId, audience, recipient, template, subject, body, link } = message;
    const attempts = message.attempts + 1;
    const pending = { key, status: 'pending' };
    let deadline: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        transport.deliver({ key, caseId, audience, recipient, template, subject, body, ...(link ? { link } : {}) }),
        new Promise((_, reject) => {
          deadline = setTimeout(
            () => reject(new Error(`delivery took longer than ${DELIVERY_DEADLINE_MS / 1000} s`)),
            DELIVERY_DEADLINE_MS,
          );
        }),
      ]);
    } catch (error) {
      const never = error instanceof UndeliverableMessage;
      const lastError = redactSecrets(never ? error.message : firstLine(error));
      const next = never
        ? { status: 'undeliverable' }
        : { nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts)) };
      await db.outboxMessage.updateMany({ where: pending, data: { attempts, lastError, ...next } });
      return;
    } finally {
      clearTimeout(deadline);
    }
    await db.outboxMessage.updateMany({
      where: pending,
      data: { status: 'sent', sentAt: new Date(), attempts, lastError: null },
    });
  }

  async function deliverDue(): Promise<number> {
    const claimed = await claim();
    // At most one message per case and recipient in a round, so delivering them side by side keeps each
    // person's order. Every delivery is waited for, whichever fails to record its outcome (its claim lapses).
    const outcomes = await Promise.allSettled(claimed.map(deliver));
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failed) throw failed.reason;
    return claimed.length;
  }

  let woken = false;
  let wakeUp: (() => void) | null = null;
  function wake() {
    woken = true;
    wakeUp?.();
  }

  function start({ pollMs = 1_000, log = (line: string) => console.error(line) } = {}) {
    let stopped = false;
    const nextRound = () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      }).finally(() => {
        wakeUp = null;
      });
    const running = (async () => {
      while (!stopped) {
        woken = false;
        let claimed = 0;
        try {
          claimed = await deliverDue();
        } catch (error) {
          log(`outbox: delivery round failed, trying again: ${firstLine(error)}`);
        }
        // A full round may have left more due, or freed a person's next message: go again at once.
        if (!stopped && claimed === 0 && !woken) await nextRound();
      }
    })();
    return async () => {
      stopped = true;
      wakeUp?.();
      await running;
    };
  }

  return { deliverDue, wake, start };
}
