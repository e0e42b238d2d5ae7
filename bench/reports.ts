// `npm run bench:reports`: the report routes over the large seed (`npm run seed:large` first).
import { Connection, Client } from '@temporalio/client';
import autocannon from 'autocannon';
import { buildApp } from '../api/app';
import { mintApiKey } from '../lib/api-keys';
import { loadConfig } from '../lib/config';
import { createDb } from '../lib/db';
import { StartupError, exitOnStartupError } from '../lib/startup-error';
import { resolveDatabase } from '../infra/postgres';
import { applyMigrations } from '../infra/migrations';
import { largeDatabaseUrl, LARGE_DATABASE, SIZES } from '../bin/seed-large';
import { saveResults } from './stack';
import { patternReport } from '../reports/patterns';
import { renewalRiskReport } from '../reports/renewal-risk';
import { patternRowsFromCases, renewalRiskReportFromCases } from '../test/support/report-reference';

/**
 * Each report route under autocannon (one connection for latency, four for throughput), against the
 * health route as the HTTP floor measured in the same run. Goal: every report's median under 100 ms. Then the two
 * portfolio-wide reports in process, the new way against the queries before the rollups, taking turns.
 * The API runs in this process on the large database; Temporal is not needed by these routes.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const GOAL_MS = 100;
const REFERENCE_ROUNDS = Number(process.env.BENCH_REFERENCE_ROUNDS ?? 9);

async function main() {
  const log = (line: string) => console.error(`bench:reports: ${line}`);
  const config = loadConfig();
  const database = await resolveDatabase(config, log);
  // A seed made before the latest migrations gets them (the reports read what they create).
  await applyMigrations(largeDatabaseUrl(database.url));
  const db = createDb(largeDatabaseUrl(database.url));
  const connection = await Connection.lazy({ address: '127.0.0.1:1' });
  try {
    const cases = await db.case.count().catch(() => 0);
    if (cases < SIZES.cases)
      throw new StartupError(
        `${LARGE_DATABASE} holds ${cases} cases, not ${SIZES.cases}: run \`npm run seed:large\` first`,
      );
    const admin = (await mintApiKey(db, { name: 'bench admin', role: 'admin', propertyIds: ['*'] })).key;
    const regionalProperties = Array.from({ length: 20 }, (_, i) => `p${String(i + 1).padStart(3, '0')}`);
    const regional = (
      await mintApiKey(db, {
        name: 'bench regional',
        role: 'regional_manager',
        propertyIds: regionalProperties,
        staffId: 'rm-01',
      })
    ).key;
    const app = await buildApp({
      db,
      temporal: new Client({ connection }),
      temporalConnection: connection,
      taskQueue: 'unused',
      logLevel: 'warn',
      rateLimitPerMinute: 1_000_000,
      reportsRateLimitPerMinute: 1_000_000,
    });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });

    const to = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 730 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const routes: { name: string; path: string; key: string; baseline?: true }[] = [
      { name: 'health (HTTP floor)', path: '/healthz', key: admin, baseline: true },
      { name: 'patterns, portfolio, 24 months', path: `/v1/reports/patterns?from=${from}&to=${to}`, key: admin },
      { name: 'patterns, portfolio, 12 months (default)', path: '/v1/reports/patterns', key: admin },
      { name: 'patterns, portfolio, CSV', path: `/v1/reports/patterns?from=${from}&to=${to}&format=csv`, key: admin },
      {
        name: 'patterns, one property',
        path: `/v1/reports/patterns?from=${from}&to=${to}&propertyId=p007`,
        key: admin,
      },
      {
        name: 'patterns, regional key (20 properties)',
        path: `/v1/reports/patterns?from=${from}&to=${to}`,
        key: regional,
      },
      { name: 'renewal risk, portfolio, 90 days', path: '/v1/reports/renewal-risk?withinDays=90', key: admin },
      {
        name: 'renewal risk, one property',
        path: '/v1/reports/renewal-risk?withinDays=90&propertyId=p007',
        key: admin,
      },
      { name: 'resident history', path: '/v1/residents/p007-h0042/history', key: admin },
    ];
    const results = [];
    let baselineP50 = NaN;
    let failed = false;
    for (const route of routes) {
      const run = (connections: number, duration: number) =>
        autocannon({
          url: `${address}${route.path}`,
          connections,
          duration,
          headers: { authorization: `Bearer ${route.key}` },
        });
      await run(1, 2); // warm-up: plans, caches, JIT
      const latency = await run(1, SECONDS);
      const throughput = await run(4, SECONDS);
      const bad = latency.non2xx + latency.errors + throughput.non2xx + throughput.errors;
      if (route.baseline) baselineP50 = latency.latency.p50;
      const pass = route.baseline || (latency.latency.p50 < GOAL_MS && bad === 0);
      failed ||= !pass;
      const entry = {
        route: route.name,
        path: route.path,
        p50: latency.latency.p50,
        p90: latency.latency.p90,
        p99: latency.latency.p99,
        perSecond: throughput.requests.average,
        p50VsFloor: Math.round((latency.latency.p50 / Math.max(baselineP50, 1)) * 10) / 10,
        failedResponses: bad,
        verdict: route.baseline ? 'baseline' : pass ? 'PASS' : 'FAIL',
      };
      results.push(entry);
      console.log(
        `${route.name.padEnd(40)} p50 ${String(entry.p50).padStart(6)} ms  p90 ${String(entry.p90).padStart(6)} ms  p99 ${String(entry.p99).padStart(6)} ms  ` +
          `${String(entry.perSecond).padStart(7)}/s  ×${entry.p50VsFloor} floor (≥1 ms)  ${entry.verdict}${bad ? ` (${bad} failed responses)` : ''}`,
      );
    }
    await app.close();

    // The same reports computed in this process the new way and the way before the rollups (the reference the
    // tests compare with), taking turns so both see the same load: the ratio holds on a noisy machine.
    const portfolio = { from: new Date(from), to: new Date(to), propertyIds: null };
    const pairs: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
      [
        'patterns, portfolio, 24 months',
        () => patternReport(db, portfolio),
        () => patternReport(db, portfolio, patternRowsFromCases),
      ],
      [
        'renewal risk, portfolio, 90 days',
        () => renewalRiskReport(db, { withinDays: 90, limit: 25, propertyIds: null }),
        () => renewalRiskReportFromCases(db, { withinDays: 90, limit: 25, propertyIds: null }),
      ],
    ];
    const sameRun = [];
    for (const [name, now, before] of pairs) {
      const times: { now: number[]; before: number[] } = { now: [], before: [] };
      for (let i = 0; i < REFERENCE_ROUNDS; i++)
        for (const [kind, run] of [
          ['now', now],
          ['before', before],
        ] as const) {
          const started = performance.now();
          await run();
          times[kind].push(performance.now() - started);
        }
      const p50 = (values: number[]) => Math.round(values.sort((a, b) => a - b)[values.length >> 1]!);
      const entry = { report: name, p50: p50(times.now), beforeP50: p50(times.before) };
      sameRun.push({ ...entry, ratio: Math.round((entry.beforeP50 / entry.p50) * 10) / 10 });
      console.log(
        `${name.padEnd(40)} in process: p50 ${entry.p50} ms now, ${entry.beforeP50} ms with the queries before the rollups (×${sameRun.at(-1)!.ratio})`,
      );
    }
    const [counts] = await db.$queryRawUnsafe<Record<string, bigint>[]>(
      `SELECT (SELECT count(*) FROM "Property") AS properties, (SELECT count(*) FROM "Household") AS households, (SELECT count(*) FROM "Case") AS cases, (SELECT count(*) FROM "InboundEvent") AS events`,
    );
    const seed = Object.fromEntries(Object.entries(counts!).map(([k, v]) => [k, Number(v)]));
    console.log(`results: ${saveResults('reports', { goalMs: GOAL_MS, seconds: SECONDS, seed, results, sameRun })}`);
    if (failed) process.exitCode = 1;
  } finally {
    await db.$disconnect();
    await connection.close().catch(() => {});
    await database.embedded?.stop();
  }
}

main().catch(exitOnStartupError);
