import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';

export const workflowsPath = path.join(__dirname, '..', 'workflows', 'index.ts');

/** The workflow code bundled in this process, without the bundler's progress report (its errors still throw). */
export function bundleWorkflows() {
  const quiet = { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} };
  return bundleWorkflowCode({ workflowsPath, logger: quiet });
}

/**
 * The workflow code, bundled in a child process: webpack takes a few hundred MiB to bundle, and a worker that
 * bundled in-process kept that as resident memory for its whole life (README, Worker capacity).
 */
export async function bundleInChildProcess(): Promise<{ code: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workflow-bundle-'));
  const out = path.join(dir, 'workflows.js');
  try {
    const stderr: Buffer[] = [];
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', __filename, out], {
        cwd: path.join(__dirname, '..'), // where `tsx` resolves, whatever directory the worker started in
        stdio: ['ignore', 'inherit', 'pipe'],
      });
      child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
      child.on('error', reject);
      child.on('exit', resolve);
    });
    if (code !== 0)
      throw new Error(`bundling the workflows failed (exit ${code}): ${Buffer.concat(stderr).toString().trim()}`);
    return { code: fs.readFileSync(out, 'utf8') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// The child: bundle and write the code where the worker asked.
if (require.main === module) {
  const out = process.argv[2];
  if (!out) throw new Error('usage: workflow-bundle.ts <output file>');
  bundleWorkflows()
    .then(({ code }) => fs.writeFileSync(out, code))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
