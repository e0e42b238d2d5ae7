import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the run's totals as one line, `N passed, N failed`, which is the line CI reads to know tests ran.
 * A file that failed to load (no test collected) and an unhandled error each count as a failure, so a
 * broken suite can never print "0 failed".
 */
export default class TotalsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    for (const testModule of testModules) {
      let collected = 0;
      for (const test of testModule.children.allTests()) {
        collected += 1;
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
      }
      if (collected === 0 && testModule.state() === 'failed') failed += 1;
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  }
}
