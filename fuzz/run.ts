// `npm run test:fuzz`: schemathesis against /openapi.json on the real service, with an admin key.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBenchStack } from '../bench/stack';

/**
 * Every documented operation is called with generated requests (valid and invalid), a bounded number per
 * operation so the run takes a few minutes. Fails on any 5xx or any answer that breaks its documented
 * schema. schemathesis comes from PyPI into a virtualenv under ~/.cache/service-recovery (once); the JUnit
 * report goes to fuzz/reports/junit.xml. FUZZ_EXAMPLES (default 15) bounds the examples per operation.
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
  let status: number;
  try {
    const reportDir = path.join(__dirname, 'reports');
    fs.mkdirSync(reportDir, { recursive: true });
    const result = spawnSync(
      bin,
      [
        'run',
        `${stack.apiUrl}/openapi.json`,
        '--header',
        `Authorization: Bearer ${stack.adminKey}`,
        '--checks',
        'not_a_server_error,response_schema_conformance',
        '--max-examples',
        process.env.FUZZ_EXAMPLES ?? '15',
        '--seed',
        '20261123',
        '--request-timeout',
        '30',
        '--report',
        'junit',
        '--report-junit-path',
        path.join(reportDir, 'junit.xml'),
      ],
      { stdio: 'inherit', env: { ...process.env, SCHEMATHESIS_HOOKS: '' } },
    );
    status = result.status ?? 1;
  } finally {
    await stack.stop();
  }
  process.exit(status);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
