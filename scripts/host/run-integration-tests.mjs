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

import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { installCodeServer } from './install-code-server.mjs';
import { HostError, launchBrowser, runMain, startCodeServer, stopOnSignals, workbenchUrl } from './host.mjs';
import { REPO_ROOT } from './paths.mjs';

const TESTS_MODULE = path.join(REPO_ROOT, 'out', 'test', 'integration', 'index.js');
const EXTENSION_MAIN = path.join(REPO_ROOT, 'dist', 'extension.js');
const WORKSPACE = path.join(REPO_ROOT, 'test', 'fixtures', 'workspace');
const FAILURE_SCREENSHOT = path.join(REPO_ROOT, '.vscode-test', 'failure.png');
const FAILURE_LOG = path.join(REPO_ROOT, '.vscode-test', 'failure-code-server.log');
const TIMEOUT_S = Number(process.env.FRAMING_LENS_TEST_TIMEOUT ?? 600);
/** The workbench's attempts to reach the extension gallery, which is offline here. */
const HARMLESS = /getaddrinfo ENOTFOUND/;
const VERBOSE = process.env.FRAMING_LENS_HOST_VERBOSE === '1';

async function main() {
  for (const [file, how] of [[EXTENSION_MAIN, 'npm run build'], [TESTS_MODULE, 'npm run compile']]) {
    if (!fs.existsSync(file)) throw new HostError(`${path.relative(REPO_ROOT, file)} is missing: run ${how} first`);
  }
  installCodeServer();
  const started = Date.now();
  stopOnSignals();

  const server = await startCodeServer({ theme: 'light', verbose: VERBOSE });
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });

  let resolveExit, rejectExit;
  const exitCode = new Promise((resolve, reject) => ((resolveExit = resolve), (rejectExit = reject)));
  // The workbench forwards the extension host's console here; mocha's spec reporter writes
  // through console.log, with printf-style arguments.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = format(...(Array.isArray(args) ? args : [args]));
    if (!VERBOSE && HARMLESS.test(line)) return;
    (type === 'error' ? process.stderr : process.stdout).write(line + '\n');
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code) || 0));
  page.on('pageerror', (error) => VERBOSE && console.error(`[page] ${error.message}`));
  page.on('console', (message) => VERBOSE && console.error(`[page:${message.type()}] ${message.text()}`));
  page.on('crash', () => rejectExit(new HostError('the workbench page crashed')));
  browser.on('disconnected', () => rejectExit(new HostError('Chromium closed unexpectedly')));

  await page.goto(
    workbenchUrl(server, { folder: WORKSPACE, extensionTestsPath: TESTS_MODULE }),
    { waitUntil: 'domcontentloaded' }
  );

  let timer;
  const timedOut = new Promise((resolve) => (timer = setTimeout(resolve, TIMEOUT_S * 1000, 'timeout')));
  const result = await Promise.race([exitCode, timedOut]);
  clearTimeout(timer);
  if (result === 'timeout') {
    fs.mkdirSync(path.dirname(FAILURE_SCREENSHOT), { recursive: true });
    await page.screenshot({ path: FAILURE_SCREENSHOT }).catch(() => {});
    // The server's state folder is removed on exit; keep its log beside the screenshot.
    fs.copyFileSync(server.logFile, FAILURE_LOG);
    console.error(
      `error: the integration tests did not finish within ${TIMEOUT_S} s; ` +
        `screenshot: ${path.relative(REPO_ROOT, FAILURE_SCREENSHOT)}, code-server log: ${path.relative(REPO_ROOT, FAILURE_LOG)}`
    );
    return 1;
  }
  console.log(`Integration tests exited with code ${result} after ${Math.round((Date.now() - started) / 1000)} s`);
  return result;
}

runMain(main);
