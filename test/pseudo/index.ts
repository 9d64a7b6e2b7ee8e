/**
 * Entry point of the pseudo-locale tests, loaded by an extension host that runs in the
 * `qps-ploc` display language (scripts/host/run-pseudo-locale-tests.mjs): every `*.test.js`
 * next to this file.
 */
import { runHostSuites } from '../hostMocha';

export function run(): Promise<void> {
  return runHostSuites(__dirname, 'pseudo-locale');
}
