-- AlterTable
ALTER TABLE "Household" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "link" TEXT;

-- CreateTable
CREATE TABLE "ResidentLink" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "caseId" UUID NOT NULL,
    "householdId" TEXT NOT NULL,
    "propertyId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResidentLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ResidentLink_key_key" ON "ResidentLink"("key");

-- CreateIndex
CREATE UNIQUE INDEX "ResidentLink_tokenHash_key" ON "ResidentLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ResidentLink_caseId_idx" ON "ResidentLink"("caseId");
