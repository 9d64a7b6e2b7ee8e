#!/usr/bin/env node
// Runs the integration tests of the web extension (test/web/index.ts) in code-server's web
// worker extension host, the kind of host vscode.dev and github.dev run extensions in: the
// user setting remote.extensionKind puts Framing Lens there, on its `browser` entry
// (dist/web/extension.js), instead of in the Node host. A worker cannot load test files from
// disk, so the suites are bundled first into one script (out/test/web/index.js) with mocha's
// browser build. They write into the workspace (an extra lexicon file, an exported report),
// so it is a fresh copy of test/fixtures/workspace, removed afterwards.
//
// Usage: node scripts/host/run-web-tests.mjs   (after npm run build; npm run test:web)
//
// Environment:
//   FRAMING_LENS_TEST_TIMEOUT  time limit in seconds (default 600); on time-out a screenshot
//                              of the workbench is saved to .vscode-test/failure-web.png and
//                              code-server's log to .vscode-test/failure-web-code-server.log
//   FRAMING_LENS_HOST_VERBOSE  set to 1 to echo code-server's log and the page's console

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { browserTestBundle } from './browser-bundle.mjs';
import { runExtensionTests } from './extension-tests.mjs';
import { HostError, runMain } from './host.mjs';
import { REPO_ROOT } from './paths.mjs';

const WEB_MAIN = path.join(REPO_ROOT, 'dist', 'web', 'extension.js');
const TESTS_MODULE = path.join(REPO_ROOT, 'out', 'test', 'web', 'index.js');
const { publisher, name } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));

runMain(async () => {
  if (!fs.existsSync(WEB_MAIN)) throw new HostError(`${path.relative(REPO_ROOT, WEB_MAIN)} is missing: run npm run build first`);
  await browserTestBundle({
    imports: [path.join(REPO_ROOT, 'test', 'web', 'index.ts')],
    format: 'cjs',
    what: 'the web integration tests',
    outfile: TESTS_MODULE,
  });
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'framing-lens-web-workspace-'));
  // Removed once code-server has stopped (runMain stops it, then exits).
  process.once('exit', () => fs.rmSync(workspace, { recursive: true, force: true }));
  fs.cpSync(path.join(REPO_ROOT, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  return runExtensionTests({
    testsModule: TESTS_MODULE,
    folder: workspace,
    settings: { 'remote.extensionKind': { [`${publisher}.${name}`]: ['web'] } },
    timeoutS: Number(process.env.FRAMING_LENS_TEST_TIMEOUT ?? 600),
    failurePrefix: path.join(REPO_ROOT, '.vscode-test', 'failure-web'),
    verbose: process.env.FRAMING_LENS_HOST_VERBOSE === '1',
    build: 'npm run test:web',
  });
});
