import fs from 'node:fs';
import path from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { bundleWorkflows } from '../../worker/workflow-bundle';

export const historiesDir = path.join(__dirname, '..', 'fixtures', 'histories');

/**
 * With RECORD_HISTORIES=1, saves the event history of a finished test case as a replay fixture
 * (`npm run test:record-histories`). The replay test runs every fixture against the current workflow code,
 * so a change that breaks running cases (a non-deterministic change without `patched`) fails the suite.
 */
export async function recordHistory(handle: WorkflowHandle, name: string): Promise<void> {
  if (process.env.RECORD_HISTORIES !== '1') return;
  const history = await handle.fetchHistory();
  fs.mkdirSync(historiesDir, { recursive: true });
  // HISTORY_PREFIX names fixtures recorded under a new patch, so the ones recorded before stay as they were.
  const prefix = process.env.HISTORY_PREFIX ?? '';
  fs.writeFileSync(path.join(historiesDir, `${prefix}${name}.json`), historyToJSON(history));
}

/** The workflow code bundled for replaying histories, as the worker bundles it. */
export const bundleForReplay = bundleWorkflows;
