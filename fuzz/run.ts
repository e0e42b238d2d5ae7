// `npm run test:fuzz`: schemathesis, every check and every phase, against /openapi.json on the real service,
// once as an admin and once as a frontline key of one property.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBenchStack } from '../bench/stack';
import { seedDemoPortfolio } from '../lib/demo-portfolio';

/**
 * Every documented operation is called with generated requests, valid and invalid (phases examples,
 * coverage, fuzzing and stateful: the stateful phase follows the document's links, e.g. from an opened case
 * to its actions), a bounded number per operation so the run takes minutes. `--checks all`: no 5xx, every
 * status, content type, header and body as documented, schema-valid requests accepted and schema-invalid
 * ones refused, 405 with `Allow` for undocumented methods, 401 without a key. Fails on any failure.
 * The demo portfolio is loaded so the documented examples (maple-court, mc-12b, …) name real rows.
 * schemathesis comes from PyPI into a virtualenv under ~/.cache/service-recovery (once); JUnit reports go
 * to fuzz/reports/. FUZZ_EXAMPLES (default 15) bounds the examples per operation; FUZZ_KEYS (admin,frontline)
 * picks the runs.
 */
const VERSION = '4.32.5';
const venv = path.join(os.homedir(), '.cache', 'service-recovery', `schemathesis-${VERSION}`);
const bin = path.join(venv, 'bin', 'schemathesis');

function ensureSchemathesis() {
  if (fs.existsSync(bin)) return;
  console.log(`fuzz: installing schemathesis ${VERSION} from PyPI into ${venv} (once)`);
  const run = (command: string, args: string[]) => {
    const result = spawnSync(command, args, { stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
  };
  run('python3', ['-m', 'venv', venv]);
  run(path.join(venv, 'bin', 'pip'), ['install', '--quiet', `schemathesis==${VERSION}`]);
}

async function main() {
  ensureSchemathesis();
  const stack = await startBenchStack();
  const failed: string[] = [];
  try {
    const demo = await seedDemoPortfolio(stack.db);
    const keys: Record<string, string> = { admin: stack.adminKey, frontline: demo.frontline };
    const reportDir = path.join(__dirname, 'reports');
    fs.mkdirSync(reportDir, { recursive: true });
    for (const who of (process.env.FUZZ_KEYS ?? 'admin,frontline').split(',')) {
      const key = keys[who];
      if (!key) throw new Error(`FUZZ_KEYS: no key "${who}" (admin, frontline)`);
      console.log(`\nfuzz: as ${who === 'admin' ? 'a portfolio admin' : 'a frontline key of maple-court'}`);
      const result = spawnSync(
        bin,
        [
          '--config-file',
          path.join(__dirname, 'schemathesis.toml'),
          'run',
          `${stack.apiUrl}/openapi.json`,
          '--header',
          `Authorization: Bearer ${key}`,
          '--checks',
          'all',
          '--phases',
          'examples,coverage,fuzzing,stateful',
          '--max-examples',
          process.env.FUZZ_EXAMPLES ?? '15',
          '--seed',
          process.env.FUZZ_SEED ?? '20261123',
          '--request-timeout',
          '30',
          '--report',
          'junit',
          '--report-junit-path',
          path.join(reportDir, `junit-${who}.xml`),
        ],
        { stdio: 'inherit', env: { ...process.env, SCHEMATHESIS_HOOKS: '' } },
      );
      if (result.status !== 0) failed.push(who);
    }
  } finally {
    await stack.stop();
  }
  if (failed.length > 0) console.error(`fuzz: failures as ${failed.join(' and ')}`);
  process.exit(failed.length > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
