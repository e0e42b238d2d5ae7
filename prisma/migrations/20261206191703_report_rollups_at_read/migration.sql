-- CreateTable
CREATE TABLE "ReportRollupPending" (
    "id" BIGSERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "k1" TEXT NOT NULL,
    "k2" TEXT NOT NULL,
    "k3" TEXT,

    CONSTRAINT "ReportRollupPending_pkey" PRIMARY KEY ("id")
);

-- Report rollups rebuilt when read, not at every write -------------------------------------------------------------
-- Rebuilding a key at each statement that touched it made every write to a busy key cost all of that key's cases,
-- one writer after another (a burst of 10,000 cases at one property: each intake, escalation and resolve re-read
-- the month's cases and the property's whole category history under one lock; PostgreSQL was a third of the
-- stack's CPU). The trigger now only records the keys a statement touched (the same keys as before), and
-- "report_rollups_refresh"() rebuilds each pending key once, from the cases, before a report reads the rollups
-- (reports/patterns.ts) and every few seconds in the worker. Rebuilt, not added to: the rows stay exact whatever
-- happened, as before.

CREATE OR REPLACE FUNCTION "case_report_rollups"() RETURNS trigger LANGUAGE plpgsql AS $fn$
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
  EXECUTE format($q$
    SELECT array_agg(k.p ORDER BY k.p, k.h), array_agg(k.h ORDER BY k.p, k.h) FROM (
      SELECT DISTINCT x.p, x.h FROM (%s) pair,
        LATERAL (VALUES ((pair.o)."propertyId", (pair.o)."residentId"), ((pair.n)."propertyId", (pair.n)."residentId")) x(p, h)
      WHERE x.p IS NOT NULL
        AND ((pair.o)."propertyId", (pair.o)."openedAt", (pair.o)."residentId")
        IS DISTINCT FROM ((pair.n)."propertyId", (pair.n)."openedAt", (pair.n)."residentId")) k$q$, pairs)
  INTO p, h;
  IF p IS NOT NULL THEN
    INSERT INTO "ReportRollupPending" (kind, k1, k2) SELECT 'household', x, y FROM unnest(p, h) u(x, y);
  END IF;
  RETURN NULL;
END $fn$;


-- Rebuilds every key written since the last refresh, once each; returns how many pending rows it took. One refresh
-- at a time (a second waits, then takes only what was written meanwhile). A write not yet committed when the
-- pending rows are taken leaves its row for the next refresh, so no key is missed; a key rebuilt twice is harmless.
CREATE FUNCTION "report_rollups_refresh"() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  taken integer;
  mp text[]; mm date[];
  vp text[]; vc text[]; vr text[];
  hp text[]; hh text[];
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
    array_agg(k2 ORDER BY k1, k2) FILTER (WHERE kind = 'household')
  INTO taken, mp, mm, vp, vc, vr, hp, hh FROM keys;
  IF mp IS NOT NULL THEN
    PERFORM "case_month_rollup_rebuild"(mp, mm);
  END IF;
  IF vp IS NOT NULL THEN
    PERFORM "case_volume_rollup_rebuild"(vp, vc, vr);
  END IF;
  IF hp IS NOT NULL THEN
    PERFORM "household_case_rollup_rebuild"(hp, hh);
  END IF;
  RETURN coalesce(taken, 0);
END $$;

CREATE OR REPLACE FUNCTION "case_report_rollups_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE "CaseMonthRollup", "CaseVolumeRollup", "HouseholdCaseRollup", "ReportRollupPending";
  RETURN NULL;
END $$;
