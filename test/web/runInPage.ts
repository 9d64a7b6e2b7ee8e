/**
 * The end of the unit-test bundle that runs in a Chromium page (scripts/host/
 * run-browser-tests.mjs): the runner calls `runUnitTests()` once the page has loaded the
 * suites, and reads mocha's report from the page's console.
 */

/** What the run ends with: the counts of mocha's stats. */
export interface PageRunResult {
  readonly passes: number;
  readonly failures: number;
  readonly pending: number;
}

(globalThis as { runUnitTests?: () => Promise<PageRunResult> }).runUnitTests = () =>
  new Promise((resolve) => {
    const runner = mocha.run(() => {
      const { passes = 0, failures = 0, pending = 0 } = runner.stats ?? {};
      resolve({ passes, failures, pending });
    });
  });
