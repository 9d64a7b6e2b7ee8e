/**
 * Entry point of the integration tests in the web worker extension host (code-server with
 * the extension in its web worker, as on vscode.dev), loaded through `extensionTestsPath`.
 * A worker cannot read test files from disk, so scripts/host/run-web-tests.mjs bundles this
 * module, mocha's browser build and the suites imported below into one script.
 *
 * The suites are the integration suites that need no Node API (test/web/tsconfig.json
 * checks that, with browser-worker globals only), plus the web host's own.
 */
import './mochaSetup';
import '../integration/activation.test';
import '../integration/analysis.test';
import '../integration/leftOut.test';
import '../integration/tone.test';
import '../integration/walkthrough.test';
import './webWorker.test';

export function run(): Promise<void> {
  if (typeof (globalThis as { importScripts?: unknown }).importScripts !== 'function') {
    return Promise.reject(new Error('the web suites run in the web worker extension host: set remote.extensionKind of Framing Lens to ["web"]'));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} web integration test${failures === 1 ? '' : 's'} failed`));
      else resolve();
    });
    runner.once('end', () => {
      const { passes = 0, failures = 0, pending = 0 } = runner.stats ?? {};
      console.log(`web integration: ${passes} passed, ${failures} failed, ${pending} skipped`);
    });
  });
}
