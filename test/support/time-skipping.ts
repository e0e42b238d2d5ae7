import { TestWorkflowEnvironment } from '@temporalio/testing';
import { inject } from 'vitest';
import { ensureSearchAttributes } from '../../lib/temporal';

/**
 * A fresh time-skipping test server for one test file (located by the suite's global setup), with the
 * case search attributes registered as on a real server, so upserts behave the same.
 */
export async function createTimeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: inject('testServer') } });
  await ensureSearchAttributes(env.connection, env.namespace ?? 'default');
  return env;
}
