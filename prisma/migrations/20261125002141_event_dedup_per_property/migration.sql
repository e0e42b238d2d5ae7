-- DropIndex
DROP INDEX "InboundEvent_source_externalId_key";

-- CreateIndex
CREATE UNIQUE INDEX "InboundEvent_propertyId_source_externalId_key" ON "InboundEvent"("propertyId", "source", "externalId");
