// Runs a tests module (one that exports run(), as for @vscode/test-electron) inside a real
// VS Code extension host: code-server, driven by headless Chromium, with a folder open.
// Shared by the integration tests and the extension-host benchmark.

import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { installCodeServer } from './install-code-server.mjs';
import { HostError, launchBrowser, startCodeServer, stopOnSignals, workbenchUrl } from './host.mjs';
import { REPO_ROOT } from './paths.mjs';

const EXTENSION_MAIN = path.join(REPO_ROOT, 'dist', 'extension.js');
/** The workbench's attempts to reach the extension gallery, which is offline here. */
const HARMLESS = /getaddrinfo ENOTFOUND/;

/**
 * Loads the extension (this repository, `dist/extension.js`) with `testsModule` as its tests
 * path, echoes the extension host's console, and resolves to the host's exit code.
 *
 * @param {object} options
 * @param {string} options.testsModule absolute path of the compiled tests module
 * @param {string} options.folder folder to open
 * @param {number} options.timeoutS time limit; on time-out a screenshot and code-server's log are saved
 * @param {string} options.failurePrefix path prefix of those files (`<prefix>.png`, `<prefix>-code-server.log`)
 * @param {Record<string, unknown>} [options.settings] extra user settings (`remote.extensionKind` to run the extension in the web worker host)
 * @param {string} [options.locale] display language (`qps-ploc`: the pseudo-locale)
 * @param {boolean} [options.verbose] also print code-server's log and the page's console
 * @param {string} [options.build] the command that builds `testsModule`, for the message when it is missing
 * @returns {Promise<number>}
 */
export async function runExtensionTests(options) {
  const { testsModule, folder, timeoutS, failurePrefix, verbose = false } = options;
  for (const [file, how] of [[EXTENSION_MAIN, 'npm run build'], [testsModule, options.build ?? 'npm run compile']]) {
    if (!fs.existsSync(file)) throw new HostError(`${path.relative(REPO_ROOT, file)} is missing: run ${how} first`);
  }
  installCodeServer();
  const started = Date.now();
  stopOnSignals();

  const server = await startCodeServer({ theme: 'light', verbose, settings: options.settings, locale: options.locale, installExtensions: options.installExtensions });
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });

  let resolveExit, rejectExit;
  const exitCode = new Promise((resolve, reject) => ((resolveExit = resolve), (rejectExit = reject)));
  // The workbench forwards the extension host's console here; mocha's spec reporter writes
  // through console.log, with printf-style arguments.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = format(...(Array.isArray(args) ? args : [args]));
    if (!verbose && HARMLESS.test(line)) return;
    (type === 'error' ? process.stderr : process.stdout).write(line + '\n');
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code) || 0));
  page.on('pageerror', (error) => verbose && console.error(`[page] ${error.message}`));
  page.on('console', (message) => verbose && console.error(`[page:${message.type()}] ${message.text()}`));
  page.on('crash', () => rejectExit(new HostError('the workbench page crashed')));
  browser.on('disconnected', () => rejectExit(new HostError('Chromium closed unexpectedly')));

  await page.goto(workbenchUrl(server, { folder, extensionTestsPath: testsModule }), { waitUntil: 'domcontentloaded' });

  let timer;
  const timedOut = new Promise((resolve) => (timer = setTimeout(resolve, timeoutS * 1000, 'timeout')));
  const result = await Promise.race([exitCode, timedOut]);
  clearTimeout(timer);
  if (result === 'timeout') {
    const screenshot = `${failurePrefix}.png`;
    const log = `${failurePrefix}-code-server.log`;
    fs.mkdirSync(path.dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot }).catch(() => {});
    // The server's state folder is removed on exit; keep its log beside the screenshot.
    fs.copyFileSync(server.logFile, log);
    console.error(
      `error: the extension host did not finish within ${timeoutS} s; ` +
        `screenshot: ${path.relative(REPO_ROOT, screenshot)}, code-server log: ${path.relative(REPO_ROOT, log)}`
    );
    return 1;
  }
  console.log(`The extension host exited with code ${result} after ${Math.round((Date.now() - started) / 1000)} s`);
  return result;
}
