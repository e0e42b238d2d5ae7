-- Messages are delivered by the worker's outbox delivery (activities/outbox-delivery.ts), not by the step that
-- stores them: a case no longer waits on a mail server. A pending message waits for its next attempt; one stored
-- before this migration is due at once.
-- DropIndex
DROP INDEX "OutboxMessage_status_idx";

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");
