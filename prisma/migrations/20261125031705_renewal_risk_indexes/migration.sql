-- CreateIndex
CREATE INDEX "Case_status_openedAt_idx" ON "Case"("status", "openedAt");

-- CreateIndex
CREATE INDEX "InboundEvent_score_occurredAt_householdId_propertyId_idx" ON "InboundEvent"("score", "occurredAt", "householdId", "propertyId");
