-- CreateIndex
CREATE INDEX "InboundEvent_householdId_score_occurredAt_idx" ON "InboundEvent"("householdId", "score", "occurredAt");
