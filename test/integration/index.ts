/**
 * Entry point of the integration tests, loaded by VS Code's extension host (through
 * `extensionTestsPath`, both under code-server and under `@vscode/test-electron`): every
 * `*.test.js` next to this file.
 */
import { runHostSuites } from '../hostMocha';

export function run(): Promise<void> {
  return runHostSuites(__dirname, 'integration');
}
