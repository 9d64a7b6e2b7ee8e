#!/usr/bin/env node
// Runs the integration tests (out/test/integration/**/*.test.js) inside a real VS Code
// extension host: code-server, driven by headless Chromium, with test/fixtures/workspace
// open. Prints mocha's report and exits with the extension host's exit code.
//
// Usage: node scripts/host/run-integration-tests.mjs   (after npm run build && npm run compile)
//
// Environment:
//   FRAMING_LENS_TEST_TIMEOUT  time limit in seconds (default 600); on time-out a screenshot
//                              of the workbench is saved to .vscode-test/failure.png and
//                              code-server's log to .vscode-test/failure-code-server.log
//   FRAMING_LENS_HOST_VERBOSE  set to 1 to echo code-server's log and the page's console

import path from 'node:path';
import { runExtensionTests } from './extension-tests.mjs';
import { runMain } from './host.mjs';
import { REPO_ROOT } from './paths.mjs';

runMain(() =>
  runExtensionTests({
    testsModule: path.join(REPO_ROOT, 'out', 'test', 'integration', 'index.js'),
    folder: path.join(REPO_ROOT, 'test', 'fixtures', 'workspace'),
    timeoutS: Number(process.env.FRAMING_LENS_TEST_TIMEOUT ?? 600),
    failurePrefix: path.join(REPO_ROOT, '.vscode-test', 'failure'),
    verbose: process.env.FRAMING_LENS_HOST_VERBOSE === '1',
  })
);
