-- CreateIndex
CREATE INDEX "Case_report_idx" ON "Case"("openedAt", "propertyId", "category", "rootCauseFamily", "status", "outcome", "breached", "breachedStages", "acknowledgedAt", "resolvedAt", "residentId");
