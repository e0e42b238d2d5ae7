-- CreateTable
CREATE TABLE "CaseMonthRollup" (
    "propertyId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "cases" INTEGER NOT NULL,
    "open" INTEGER NOT NULL,
    "breached" INTEGER NOT NULL,
    "breachedAcknowledge" INTEGER NOT NULL,
    "breachedGatherFacts" INTEGER NOT NULL,
    "breachedResolve" INTEGER NOT NULL,
    "recovered" INTEGER NOT NULL,
    "followedUp" INTEGER NOT NULL,
    "openedAt" TIMESTAMPTZ(3)[],
    "flags" INTEGER[],
    "acknowledgeSeconds" INTEGER[],
    "resolveSeconds" INTEGER[],
    "acknowledgeList" TEXT NOT NULL,
    "resolveList" TEXT NOT NULL,

    CONSTRAINT "CaseMonthRollup_pkey" PRIMARY KEY ("propertyId","month")
);

-- CreateTable
CREATE TABLE "CaseVolumeRollup" (
    "propertyId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "rootCauseFamily" TEXT NOT NULL,
    "openedAt" TIMESTAMPTZ(3)[],

    CONSTRAINT "CaseVolumeRollup_pkey" PRIMARY KEY ("propertyId","category","rootCauseFamily")
);

-- CreateTable
CREATE TABLE "HouseholdCaseRollup" (
    "propertyId" TEXT NOT NULL,
    "residentId" TEXT NOT NULL,
    "openedAt" TIMESTAMPTZ(3)[],

    CONSTRAINT "HouseholdCaseRollup_pkey" PRIMARY KEY ("propertyId","residentId")
);

-- CreateIndex
CREATE INDEX "CaseMonthRollup_month_idx" ON "CaseMonthRollup"("month");

-- CreateIndex
CREATE INDEX "Case_propertyId_category_rootCauseFamily_openedAt_idx" ON "Case"("propertyId", "category", "rootCauseFamily", "openedAt");

-- Report rollups, kept by a trigger on "Case" ---------------------------------------------------------------
-- Every writer of "Case" (the workflows' read-model writes, repairs, seeds, tests) keeps them, in its own
-- statement: after each statement that inserts, deletes or changes a reported column of a case, the rollup rows
-- of the keys it touched (before and after) are rebuilt from "Case". Rebuilding (not adding deltas) keeps them
-- exact whatever happened; the keys are locked first, in one order, so two writers of one key rebuild one
-- after the other and the second reads what the first committed (each statement below takes a new snapshot,
-- as writes here run under READ COMMITTED).

-- Locks the keys of one rollup: an advisory lock per key, in hash order; a bulk write locks the table instead.
CREATE FUNCTION "report_rollup_lock"(rollup regclass, keys text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  h integer;
BEGIN
  IF cardinality(keys) > 1000 THEN
    EXECUTE format('LOCK TABLE %s IN EXCLUSIVE MODE', rollup);
    RETURN;
  END IF;
  EXECUTE format('LOCK TABLE %s IN ROW EXCLUSIVE MODE', rollup);
  FOR h IN SELECT DISTINCT hashtext(k) FROM unnest(keys) k ORDER BY 1 LOOP
    PERFORM pg_advisory_xact_lock(rollup::oid::integer, h);
  END LOOP;
END $$;

-- One property × one UTC month: the pattern report's counts and, in opening order, each case's flags and times.
CREATE FUNCTION "case_month_rollup_rebuild"(properties text[], months date[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "report_rollup_lock"('"CaseMonthRollup"', ARRAY(SELECT p || '|' || m FROM unnest(properties, months) k(p, m)));
  DELETE FROM "CaseMonthRollup" r USING unnest(properties, months) k(p, m) WHERE r."propertyId" = k.p AND r.month = k.m;
  INSERT INTO "CaseMonthRollup" ("propertyId", month, cases, open, breached, "breachedAcknowledge", "breachedGatherFacts",
    "breachedResolve", recovered, "followedUp", "openedAt", flags, "acknowledgeSeconds", "resolveSeconds",
    "acknowledgeList", "resolveList")
  SELECT k.p, k.m, count(*)::int,
    count(*) FILTER (WHERE c.flags & 1 <> 0)::int, count(*) FILTER (WHERE c.flags & 2 <> 0)::int,
    count(*) FILTER (WHERE c.flags & 4 <> 0)::int, count(*) FILTER (WHERE c.flags & 8 <> 0)::int,
    count(*) FILTER (WHERE c.flags & 16 <> 0)::int, count(*) FILTER (WHERE c.flags & 32 <> 0)::int,
    count(*) FILTER (WHERE c.flags & 64 <> 0)::int,
    array_agg(c."openedAt" ORDER BY c."openedAt", c.id), array_agg(c.flags ORDER BY c."openedAt", c.id),
    array_agg(date_part('epoch', c."acknowledgedAt" - c."openedAt")::int ORDER BY c."openedAt", c.id),
    array_agg(date_part('epoch', c."resolvedAt" - c."openedAt")::int ORDER BY c."openedAt", c.id),
    coalesce(string_agg(date_part('epoch', c."acknowledgedAt" - c."openedAt")::int::text, ',' ORDER BY c."openedAt", c.id), ''),
    coalesce(string_agg(date_part('epoch', c."resolvedAt" - c."openedAt")::int::text, ',' ORDER BY c."openedAt", c.id), '')
  FROM (SELECT DISTINCT p, m FROM unnest(properties, months) k(p, m)) k
  JOIN LATERAL (
    SELECT id, "openedAt", "acknowledgedAt", "resolvedAt",
      CASE WHEN status = 'open' THEN 1 ELSE 0 END
      | CASE WHEN breached THEN 2 ELSE 0 END
      | CASE WHEN breached AND 'acknowledge' = ANY("breachedStages") THEN 4 ELSE 0 END
      | CASE WHEN breached AND 'gather_facts' = ANY("breachedStages") THEN 8 ELSE 0 END
      | CASE WHEN breached AND 'resolve' = ANY("breachedStages") THEN 16 ELSE 0 END
      | CASE WHEN outcome = 'recovered' THEN 32 ELSE 0 END
      | CASE WHEN outcome IN ('recovered', 'unrecovered', 'no_response') THEN 64 ELSE 0 END AS flags
    FROM "Case"
    WHERE "propertyId" = k.p AND "openedAt" >= k.m::timestamp AT TIME ZONE 'UTC'
      AND "openedAt" < (k.m + interval '1 month') AT TIME ZONE 'UTC'
  ) c ON true
  GROUP BY k.p, k.m;
END $$;

-- One property × category × root cause family ("unrecorded" when none): its cases' opening instants, sorted.
CREATE FUNCTION "case_volume_rollup_rebuild"(properties text[], categories text[], roots text[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "report_rollup_lock"('"CaseVolumeRollup"',
    ARRAY(SELECT p || '|' || c || '|' || r FROM unnest(properties, categories, roots) k(p, c, r)));
  DELETE FROM "CaseVolumeRollup" v USING unnest(properties, categories, roots) k(p, c, r)
  WHERE v."propertyId" = k.p AND v.category = k.c AND v."rootCauseFamily" = k.r;
  INSERT INTO "CaseVolumeRollup" ("propertyId", category, "rootCauseFamily", "openedAt")
  SELECT k.p, k.c, k.r, array_agg(c."openedAt" ORDER BY c."openedAt")
  FROM (SELECT DISTINCT p, c, r FROM unnest(properties, categories, roots) k(p, c, r)) k
  JOIN "Case" c ON c."propertyId" = k.p AND c.category = k.c
    AND (c."rootCauseFamily" = k.r OR (k.r = 'unrecorded' AND c."rootCauseFamily" IS NULL))
  GROUP BY k.p, k.c, k.r;
END $$;

-- One household at one property with two cases or more: their opening instants, sorted.
CREATE FUNCTION "household_case_rollup_rebuild"(properties text[], households text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "report_rollup_lock"('"HouseholdCaseRollup"',
    ARRAY(SELECT p || '|' || h FROM unnest(properties, households) k(p, h)));
  DELETE FROM "HouseholdCaseRollup" r USING unnest(properties, households) k(p, h)
  WHERE r."propertyId" = k.p AND r."residentId" = k.h;
  INSERT INTO "HouseholdCaseRollup" ("propertyId", "residentId", "openedAt")
  SELECT k.p, k.h, array_agg(c."openedAt" ORDER BY c."openedAt")
  FROM (SELECT DISTINCT p, h FROM unnest(properties, households) k(p, h)) k
  JOIN "Case" c ON c."residentId" = k.h AND c."propertyId" = k.p
  GROUP BY k.p, k.h
  HAVING count(*) >= 2;
END $$;

-- The keys a statement touched, as each changed case was and is: for an update, only the rollups whose columns
-- changed (most writes change none: a note, an owner, a message).
CREATE FUNCTION "case_report_rollups"() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  pairs text;
  p text[];
  m date[];
  c text[];
  r text[];
  h text[];
BEGIN
  -- (Nested: an INSERT's or a DELETE's trigger has no old_rows or no new_rows to plan a query over.)
  IF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (
      SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o."propertyId", o."openedAt", o.status, o.outcome, o.breached, o."breachedStages", o."acknowledgedAt",
             o."resolvedAt", o.category, o."rootCauseFamily", o."residentId")
        IS DISTINCT FROM (n."propertyId", n."openedAt", n.status, n.outcome, n.breached, n."breachedStages",
             n."acknowledgedAt", n."resolvedAt", n.category, n."rootCauseFamily", n."residentId")
    ) THEN
      RETURN NULL;
    END IF;
  END IF;
  pairs := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT NULL::"Case" AS o, n FROM new_rows n'
    WHEN 'DELETE' THEN 'SELECT o, NULL::"Case" AS n FROM old_rows o'
    ELSE 'SELECT o, n FROM old_rows o JOIN new_rows n ON n.id = o.id' END;
  EXECUTE format($q$
    SELECT array_agg(k.p ORDER BY k.p, k.m), array_agg(k.m ORDER BY k.p, k.m) FROM (
      SELECT DISTINCT x.p, date_trunc('month', x.at AT TIME ZONE 'UTC')::date AS m FROM (%s) pair,
        LATERAL (VALUES ((pair.o)."propertyId", (pair.o)."openedAt"), ((pair.n)."propertyId", (pair.n)."openedAt")) x(p, at)
      WHERE x.p IS NOT NULL
        AND ((pair.o)."propertyId", (pair.o)."openedAt", (pair.o).status, (pair.o).outcome, (pair.o).breached,
             (pair.o)."breachedStages", (pair.o)."acknowledgedAt", (pair.o)."resolvedAt")
        IS DISTINCT FROM ((pair.n)."propertyId", (pair.n)."openedAt", (pair.n).status, (pair.n).outcome,
             (pair.n).breached, (pair.n)."breachedStages", (pair.n)."acknowledgedAt", (pair.n)."resolvedAt")) k$q$, pairs)
  INTO p, m;
  IF p IS NOT NULL THEN
    PERFORM "case_month_rollup_rebuild"(p, m);
  END IF;
  EXECUTE format($q$
    SELECT array_agg(k.p ORDER BY k.p, k.c, k.r), array_agg(k.c ORDER BY k.p, k.c, k.r), array_agg(k.r ORDER BY k.p, k.c, k.r)
    FROM (
      SELECT DISTINCT x.p, x.c, coalesce(x.r, 'unrecorded') AS r FROM (%s) pair,
        LATERAL (VALUES ((pair.o)."propertyId", (pair.o).category, (pair.o)."rootCauseFamily"),
                        ((pair.n)."propertyId", (pair.n).category, (pair.n)."rootCauseFamily")) x(p, c, r)
      WHERE x.p IS NOT NULL
        AND ((pair.o)."propertyId", (pair.o)."openedAt", (pair.o).category, (pair.o)."rootCauseFamily")
        IS DISTINCT FROM ((pair.n)."propertyId", (pair.n)."openedAt", (pair.n).category, (pair.n)."rootCauseFamily")) k$q$,
    pairs)
  INTO p, c, r;
  IF p IS NOT NULL THEN
    PERFORM "case_volume_rollup_rebuild"(p, c, r);
  END IF;
  EXECUTE format($q$
    SELECT array_agg(k.p ORDER BY k.p, k.h), array_agg(k.h ORDER BY k.p, k.h) FROM (
      SELECT DISTINCT x.p, x.h FROM (%s) pair,
        LATERAL (VALUES ((pair.o)."propertyId", (pair.o)."residentId"), ((pair.n)."propertyId", (pair.n)."residentId")) x(p, h)
      WHERE x.p IS NOT NULL
        AND ((pair.o)."propertyId", (pair.o)."openedAt", (pair.o)."residentId")
        IS DISTINCT FROM ((pair.n)."propertyId", (pair.n)."openedAt", (pair.n)."residentId")) k$q$, pairs)
  INTO p, h;
  IF p IS NOT NULL THEN
    PERFORM "household_case_rollup_rebuild"(p, h);
  END IF;
  RETURN NULL;
END $fn$;

CREATE TRIGGER "Case_report_rollups_insert" AFTER INSERT ON "Case"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "case_report_rollups"();
CREATE TRIGGER "Case_report_rollups_update" AFTER UPDATE ON "Case"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "case_report_rollups"();
CREATE TRIGGER "Case_report_rollups_delete" AFTER DELETE ON "Case"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "case_report_rollups"();

CREATE FUNCTION "case_report_rollups_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE "CaseMonthRollup", "CaseVolumeRollup", "HouseholdCaseRollup";
  RETURN NULL;
END $$;
CREATE TRIGGER "Case_report_rollups_truncate" AFTER TRUNCATE ON "Case"
  FOR EACH STATEMENT EXECUTE FUNCTION "case_report_rollups_truncate"();

-- Backfill: every key of the cases already recorded.
SELECT "case_month_rollup_rebuild"(array_agg(p), array_agg(m))
FROM (SELECT DISTINCT "propertyId" AS p, date_trunc('month', "openedAt" AT TIME ZONE 'UTC')::date AS m FROM "Case") k;
SELECT "case_volume_rollup_rebuild"(array_agg(p), array_agg(c), array_agg(r))
FROM (SELECT DISTINCT "propertyId" AS p, category AS c, coalesce("rootCauseFamily", 'unrecorded') AS r FROM "Case") k;
SELECT "household_case_rollup_rebuild"(array_agg(p), array_agg(h))
FROM (SELECT DISTINCT "propertyId" AS p, "residentId" AS h FROM "Case") k;
