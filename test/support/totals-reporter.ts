import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the run's totals as one line, `N passed, N failed`, which is the line CI reads to know tests ran.
 * A file that failed outside its tests and an unhandled error each count as a failure.
 */
export default class TotalsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    for (const testModule of testModules) {
      let failedHere = 0;
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failedHere += 1;
      }
      // A file that failed without a failing test (it did not load, or a beforeAll threw and its tests were
      // skipped) is one failure, so it can never pass as "0 failed".
      failed += failedHere > 0 ? failedHere : testModule.state() === 'failed' ? 1 : 0;
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  }
}
