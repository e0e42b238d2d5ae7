import fs from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { beforeAll, describe, expect, it } from 'vitest';
import { historiesDir } from '../support/histories';
import { workflowsPath } from '../support/workflow-harness';

/**
 * Histories recorded from real runs (`npm run test:record-histories`) replayed against the current code: a
 * change that would break cases already running in production fails here. Re-record only for a change that
 * is deliberately incompatible and guarded with `patched()`, never to make this test pass.
 */
const fixtures = fs.existsSync(historiesDir) ? fs.readdirSync(historiesDir).filter((f) => f.endsWith('.json')).sort() : [];

describe('replay of recorded case histories', () => {
  let workflowBundle: WorkflowBundleWithSourceMap;
  beforeAll(async () => {
    workflowBundle = await bundleWorkflowCode({ workflowsPath, logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} } });
  }, 120_000);

  it('has recorded histories to replay', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(3);
  });

  it.each(fixtures)('%s replays deterministically against the current workflow code', async (file) => {
    const history = JSON.parse(fs.readFileSync(path.join(historiesDir, file), 'utf8'));
    await Worker.runReplayHistory({ workflowBundle, replayName: file }, history, file.replace(/\.json$/, ''));
  });
});
