-- Writers to "Case" wait until this migration commits: a write committed while the backfill below reads the cases,
-- through the trigger as it was (which marks no household for the renewal list), would leave its household's row
-- wrong and unmarked. Once committed, the writers run the trigger below.
LOCK TABLE "Case" IN SHARE ROW EXCLUSIVE MODE;

-- CreateTable
CREATE TABLE "HouseholdRiskFacts" (
    "propertyId" TEXT NOT NULL,
    "residentId" TEXT NOT NULL,
    "cases" INTEGER NOT NULL,
    "open" INTEGER NOT NULL,
    "unrecovered" INTEGER NOT NULL,
    "noResponse" INTEGER NOT NULL,
    "breached" INTEGER NOT NULL,
    "repeatIssue" INTEGER NOT NULL,
    "firstClosedAt" TIMESTAMPTZ(3),

    CONSTRAINT "HouseholdRiskFacts_pkey" PRIMARY KEY ("propertyId","residentId")
);

-- CreateTable
CREATE TABLE "HouseholdRiskFactsState" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "countedFrom" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "HouseholdRiskFactsState_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HouseholdRiskFacts_firstClosedAt_idx" ON "HouseholdRiskFacts"("firstClosedAt");

-- CreateIndex
CREATE INDEX "HouseholdRiskFacts_residentId_idx" ON "HouseholdRiskFacts"("residentId");

-- The renewal list's facts kept by the write path ----------------------------------------------------------------
-- The whole-portfolio renewal list read every case of the last 12 months (~54,000 on the large seed) and joined them
-- to the households whose lease ends soon, ~60 ms of PostgreSQL per list. It now reads one row per household and
-- property, counted when a write marks it and rebuilt by "report_rollups_refresh"() with the other rollups. The 12
-- months move: a row counts the cases opened since it was rebuilt less 12 months and 10 minutes (or still open), and
-- is rebuilt again once its earliest counted closed case has left that window; until then the list counts such a row
-- from the cases (reports/renewal-risk.ts), as it does a row whose write is not yet rebuilt (still pending). The
-- state row says how early the rows may count from, so a list asked for a day before that counts all from the cases.

CREATE FUNCTION "household_risk_facts_rebuild"(properties text[], households text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  -- 8,760 hours: the report's 365 days of 24 hours (an interval of days would follow the session's daylight saving).
  -- To the millisecond, as the state stores it: a microsecond later than the state would leave cases uncounted.
  counted_from timestamptz := date_trunc('milliseconds', now() - interval '8760 hours' - interval '10 minutes');
  kp text[];
  kh text[];
BEGIN
  -- One rebuild at a time (the refresh holds this lock already; a second taking of it in a transaction is free).
  PERFORM pg_advisory_xact_lock(hashtext('report_rollups_refresh'));
  SELECT array_agg(k.p), array_agg(k.h) INTO kp, kh FROM (
    SELECT p, h FROM unnest(properties, households) k(p, h) WHERE p IS NOT NULL
    UNION
    -- Rows that count a closed case opened before counted_from: that case has left every list from now on.
    SELECT "propertyId", "residentId" FROM "HouseholdRiskFacts" WHERE "firstClosedAt" < counted_from) k;
  IF kp IS NULL THEN
    RETURN;
  END IF;
  DELETE FROM "HouseholdRiskFacts" f USING unnest(kp, kh) k(p, h) WHERE f."propertyId" = k.p AND f."residentId" = k.h;
  INSERT INTO "HouseholdRiskFacts" ("propertyId", "residentId", cases, open, unrecovered, "noResponse", breached,
    "repeatIssue", "firstClosedAt")
  SELECT k.p, k.h, count(*)::int,
    count(*) FILTER (WHERE c.status = 'open')::int,
    count(*) FILTER (WHERE c.outcome = 'unrecovered')::int,
    count(*) FILTER (WHERE c.outcome = 'no_response')::int,
    count(*) FILTER (WHERE c.breached)::int,
    count(*) FILTER (WHERE c.category = 'repeat_issue')::int,
    min(c."openedAt") FILTER (WHERE c.status <> 'open')
  FROM unnest(kp, kh) k(p, h) JOIN "Case" c ON c."residentId" = k.h AND c."propertyId" = k.p
  WHERE c."openedAt" >= counted_from OR c.status = 'open'
  GROUP BY k.p, k.h;
  -- Every row now counts from counted_from or earlier; never moved back (a clock set back would undo the guarantee).
  UPDATE "HouseholdRiskFactsState" SET "countedFrom" = greatest("countedFrom", counted_from) WHERE id = 1;
END $$;

CREATE OR REPLACE FUNCTION "case_report_rollups"() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  pairs text;
  p text[];
  m date[];
  c text[];
  r text[];
  h text[];
  kinds text[];
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
    INSERT INTO "ReportRollupPending" (kind, k1, k2) SELECT 'month', x, y::text FROM unnest(p, m) u(x, y);
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
    INSERT INTO "ReportRollupPending" (kind, k1, k2, k3) SELECT 'volume', x, y, z FROM unnest(p, c, r) u(x, y, z);
  END IF;
  -- Households, in one pass: those whose opening instants a statement changed (kind household: repeat households),
  -- and those whose cases the renewal list counts it changed (kind risk: HouseholdRiskFacts).
  EXECUTE format($q$
    SELECT array_agg(k.kind ORDER BY k.kind, k.p, k.h), array_agg(k.p ORDER BY k.kind, k.p, k.h),
      array_agg(k.h ORDER BY k.kind, k.p, k.h) FROM (
      SELECT DISTINCT change.kind, x.p, x.h FROM (%s) pair,
        LATERAL (VALUES ((pair.o)."propertyId", (pair.o)."residentId"), ((pair.n)."propertyId", (pair.n)."residentId")) x(p, h),
        LATERAL (VALUES
          ('household', ((pair.o)."propertyId", (pair.o)."openedAt", (pair.o)."residentId")
            IS DISTINCT FROM ((pair.n)."propertyId", (pair.n)."openedAt", (pair.n)."residentId")),
          ('risk', ((pair.o)."propertyId", (pair.o)."residentId", (pair.o)."openedAt", (pair.o).status, (pair.o).outcome,
               (pair.o).breached, (pair.o).category)
            IS DISTINCT FROM ((pair.n)."propertyId", (pair.n)."residentId", (pair.n)."openedAt", (pair.n).status,
               (pair.n).outcome, (pair.n).breached, (pair.n).category))) change(kind, changed)
      WHERE x.p IS NOT NULL AND change.changed) k$q$, pairs)
  INTO kinds, p, h;
  IF p IS NOT NULL THEN
    INSERT INTO "ReportRollupPending" (kind, k1, k2) SELECT u.kind, u.x, u.y FROM unnest(kinds, p, h) u(kind, x, y);
  END IF;
  RETURN NULL;
END $fn$;

-- As before (migration report_rollups_at_read), with the renewal list's facts: the keys marked kind risk, and the rows
-- whose earliest counted closed case has left the 12 months, rebuilt once each.
CREATE OR REPLACE FUNCTION "report_rollups_refresh"() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  taken integer;
  mp text[]; mm date[];
  vp text[]; vc text[]; vr text[];
  hp text[]; hh text[];
  rp text[]; rh text[];
BEGIN
  -- Under a snapshot older than this statement, the rebuild would miss writes whose pending rows it takes.
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'report_rollups_refresh() runs under READ COMMITTED, not %', current_setting('transaction_isolation');
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('report_rollups_refresh'));
  WITH claimed AS (DELETE FROM "ReportRollupPending" RETURNING kind, k1, k2, k3),
  keys AS (SELECT DISTINCT kind, k1, k2, k3 FROM claimed)
  SELECT (SELECT count(*)::int FROM claimed),
    array_agg(k1 ORDER BY k1, k2) FILTER (WHERE kind = 'month'),
    array_agg(k2::date ORDER BY k1, k2) FILTER (WHERE kind = 'month'),
    array_agg(k1 ORDER BY k1, k2, k3) FILTER (WHERE kind = 'volume'),
    array_agg(k2 ORDER BY k1, k2, k3) FILTER (WHERE kind = 'volume'),
    array_agg(k3 ORDER BY k1, k2, k3) FILTER (WHERE kind = 'volume'),
    array_agg(k1 ORDER BY k1, k2) FILTER (WHERE kind = 'household'),
    array_agg(k2 ORDER BY k1, k2) FILTER (WHERE kind = 'household'),
    array_agg(k1 ORDER BY k1, k2) FILTER (WHERE kind = 'risk'),
    array_agg(k2 ORDER BY k1, k2) FILTER (WHERE kind = 'risk')
  INTO taken, mp, mm, vp, vc, vr, hp, hh, rp, rh FROM keys;
  IF mp IS NOT NULL THEN
    PERFORM "case_month_rollup_rebuild"(mp, mm);
  END IF;
  IF vp IS NOT NULL THEN
    PERFORM "case_volume_rollup_rebuild"(vp, vc, vr);
  END IF;
  IF hp IS NOT NULL THEN
    PERFORM "household_case_rollup_rebuild"(hp, hh);
  END IF;
  IF rp IS NOT NULL OR EXISTS (SELECT 1 FROM "HouseholdRiskFacts"
      WHERE "firstClosedAt" < now() - interval '8760 hours' - interval '10 minutes') THEN
    PERFORM "household_risk_facts_rebuild"(rp, rh);
  END IF;
  RETURN coalesce(taken, 0);
END $$;

CREATE OR REPLACE FUNCTION "case_report_rollups_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE "CaseMonthRollup", "CaseVolumeRollup", "HouseholdCaseRollup", "HouseholdRiskFacts", "ReportRollupPending";
  RETURN NULL;
END $$;

-- Backfill: every household's facts from the cases already recorded.
INSERT INTO "HouseholdRiskFactsState" (id, "countedFrom")
VALUES (1, date_trunc('milliseconds', now() - interval '8760 hours' - interval '10 minutes'));
SELECT "household_risk_facts_rebuild"(array_agg(p), array_agg(h))
FROM (SELECT DISTINCT "propertyId" AS p, "residentId" AS h FROM "Case") k;
