// Desktop VS Code runs of the integration suites, through @vscode/test-cli:
//   npm run test:desktop
// It downloads VS Code into .vscode-test/, so it needs internet access and a display (on a
// Linux machine without one: xvfb-run -a npm run test:desktop). The suites are the same that
// `npm run test:integration` runs headless in code-server (scripts/host/).
// VSCODE_TEST_VERSION picks another VS Code, e.g. `stable` or `insiders`.
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  label: 'integration',
  files: 'out/test/integration/**/*.test.js',
  // The same VS Code as the headless host (code-server 4.100.3) and the oldest that
  // engines.vscode allows.
  version: process.env.VSCODE_TEST_VERSION ?? '1.100.3',
  workspaceFolder: 'test/fixtures/workspace',
  launchArgs: ['--disable-extensions', '--skip-welcome', '--skip-release-notes', '--disable-workspace-trust'],
  mocha: {
    ui: 'bdd',
    timeout: 20_000,
    color: false,
  },
});
