import { TestWorkflowEnvironment } from '@temporalio/testing';
import { inject } from 'vitest';
import { ensureSearchAttributes } from '../../lib/temporal';

/**
 * A fresh time-skipping test server for one test file (located by the suite's global setup), with the
 * case search attributes registered as on a real server, so upserts behave the same.
 */
export async function createTimeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  const env = await startWithRetries();
  await ensureSearchAttributes(env.connection, env.namespace ?? 'default');
  return env;
}

/**
 * The SDK gives the Java test server 5 s to open its port; a JVM starting on a busy two-core machine can take
 * longer, so a start that timed out is tried again (three attempts) rather than failing the whole file.
 */
async function startWithRetries(attempts = 3): Promise<TestWorkflowEnvironment> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: inject('testServer') } });
    } catch (error) {
      if (attempt >= attempts || !/did not start within/.test(String(error))) throw error;
    }
  }
}
