-- CreateIndex
CREATE INDEX "Household_leaseEndsOn_idx" ON "Household"("leaseEndsOn");
