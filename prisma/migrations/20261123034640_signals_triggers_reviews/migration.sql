-- DropIndex
DROP INDEX "Case_residentId_idx";

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "breachedStages" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "triggerRule" TEXT;

-- AlterTable
ALTER TABLE "OutboxMessage" ALTER COLUMN "caseId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "InboundEvent" (
    "id" BIGSERIAL NOT NULL,
    "source" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "propertyId" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ref" TEXT,
    "score" SMALLINT,
    "payload" JSONB NOT NULL,
    "batchId" TEXT NOT NULL,
    "processedAt" TIMESTAMPTZ(3),
    "caseIds" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "InboundEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TriggerRule" (
    "id" UUID NOT NULL,
    "propertyId" TEXT NOT NULL DEFAULT '*',
    "kind" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "severity" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TriggerRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonthlyReview" (
    "id" UUID NOT NULL,
    "propertyId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "report" JSONB NOT NULL,
    "recipients" TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MonthlyReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InboundEvent_householdId_occurredAt_idx" ON "InboundEvent"("householdId", "occurredAt");

-- CreateIndex
CREATE INDEX "InboundEvent_propertyId_occurredAt_idx" ON "InboundEvent"("propertyId", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "InboundEvent_source_externalId_key" ON "InboundEvent"("source", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "TriggerRule_propertyId_kind_key" ON "TriggerRule"("propertyId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "MonthlyReview_propertyId_month_key" ON "MonthlyReview"("propertyId", "month");

-- CreateIndex
CREATE INDEX "Case_residentId_category_status_idx" ON "Case"("residentId", "category", "status");

-- CreateIndex
CREATE INDEX "Case_openedAt_idx" ON "Case"("openedAt");

-- CreateIndex
CREATE INDEX "Case_propertyId_openedAt_idx" ON "Case"("propertyId", "openedAt");

-- The default trigger rules of the portfolio (domain/signals.ts defaultTriggerRules), for operators to change over the API.
INSERT INTO "TriggerRule" ("id", "propertyId", "kind", "enabled", "severity", "params", "updatedAt") VALUES
  (gen_random_uuid(), '*', 'low_survey_score', true, 'high', '{"maxScore":2}'::jsonb, now()),
  (gen_random_uuid(), '*', 'work_order_overdue', true, 'medium', '{"timeframes":{"emergency":{"amount":4,"unit":"hours"},"urgent":{"amount":24,"unit":"hours"},"routine":{"amount":3,"unit":"business_days"}}}'::jsonb, now()),
  (gen_random_uuid(), '*', 'work_order_closed_late', true, 'low', '{"timeframes":{"emergency":{"amount":4,"unit":"hours"},"urgent":{"amount":24,"unit":"hours"},"routine":{"amount":3,"unit":"business_days"}}}'::jsonb, now()),
  (gen_random_uuid(), '*', 'repeat_requests', true, 'medium', '{"requests":3,"withinDays":30}'::jsonb, now()),
  (gen_random_uuid(), '*', 'move_in_friction', true, 'medium', '{"issues":2,"withinDays":30}'::jsonb, now()),
  (gen_random_uuid(), '*', 'unanswered_message', true, 'medium', '{"timeframe":{"amount":1,"unit":"business_days"}}'::jsonb, now()),
  (gen_random_uuid(), '*', 'amenity_problem', true, 'low', '{"problems":["reservation_failed","double_booked","access_denied"]}'::jsonb, now()),
  (gen_random_uuid(), '*', 'package_problem', true, 'medium', '{"statuses":["missing","damaged","misdelivered"]}'::jsonb, now())
ON CONFLICT ("propertyId", "kind") DO NOTHING;
