// `npm run bench`: every benchmark in turn, each saving its results under bench/results/.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * Runs the benchmarks one after another (never side by side: they would share two cores). The reports
 * benchmark needs the large seed (`npm run seed:large`, a few minutes, once); it is skipped with a note
 * when the seed is missing. BENCH_ONLY=cases,events picks some.
 */
const all = [
  { name: 'cases', script: 'cases.ts' },
  { name: 'events', script: 'events.ts' },
  { name: 'capacity', script: 'capacity.ts' },
  { name: 'reports', script: 'reports.ts' },
];
const only = process.env.BENCH_ONLY?.split(',');
let failed = 0;
for (const bench of all.filter((b) => !only || only.includes(b.name))) {
  console.log(`\n=== bench: ${bench.name} ===`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, bench.script)], {
    stdio: 'inherit',
    env: process.env,
  });
  if (result.status !== 0) {
    failed += 1;
    console.log(`bench ${bench.name} failed (exit ${result.status ?? result.signal})`);
  }
}
process.exit(failed === 0 ? 0 : 1);
