/**
 * Entry point of the pseudo-locale suite in the web worker extension host (as on vscode.dev),
 * bundled with mocha's browser build by scripts/host/run-pseudo-locale-tests.mjs: the same
 * checks as in the Node host, on the web extension's build.
 */
import './mochaSetup';
import '../pseudo/pseudoLocale.test';

export function run(): Promise<void> {
  if (typeof (globalThis as { importScripts?: unknown }).importScripts !== 'function') {
    return Promise.reject(new Error('the web pseudo-locale suite runs in the web worker extension host'));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} web pseudo-locale test${failures === 1 ? '' : 's'} failed`));
      else resolve();
    });
    runner.once('end', () => {
      const { passes = 0, failures = 0, pending = 0 } = runner.stats ?? {};
      console.log(`web pseudo-locale: ${passes} passed, ${failures} failed, ${pending} skipped`);
    });
  });
}
