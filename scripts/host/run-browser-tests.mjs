#!/usr/bin/env node
// Runs the segmentation unit tests (test/unit/segment*.test.ts) in Chromium as well as in Node:
// the web extension segments text with the browser's ICU, whose word and sentence boundaries
// differ from Node's in places ("U.S" is one word in Node's, two in Chromium's). The suites
// are bundled for the browser with esbuild (Node's assert replaced by test/web/assert.ts) and
// run with mocha's browser build in a blank page of Debian's Chromium, headless.
//
// Usage: node scripts/host/run-browser-tests.mjs   (npm run test:browser)
//
// Environment:
//   FRAMING_LENS_TEST_TIMEOUT  time limit in seconds (default 300)

import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { HostError, launchBrowser, runMain, stopOnSignals } from './host.mjs';
import { REPO_ROOT } from './paths.mjs';
import { browserTestBundle } from './browser-bundle.mjs';

const UNIT_DIR = path.join(REPO_ROOT, 'test', 'unit');
/** The suites that exercise Intl.Segmenter directly: the segmentation tests. */
const SUITES = /^segment.*\.test\.ts$/;
const TIMEOUT_S = Number(process.env.FRAMING_LENS_TEST_TIMEOUT ?? 300);

async function main() {
  const started = Date.now();
  const suites = fs.readdirSync(UNIT_DIR).filter((name) => SUITES.test(name)).sort().map((name) => path.join(UNIT_DIR, name));
  if (suites.length === 0) throw new HostError(`no suites match ${SUITES} in ${path.relative(REPO_ROOT, UNIT_DIR)}`);
  const script = await browserTestBundle({
    imports: [path.join(REPO_ROOT, 'test', 'web', 'mochaSetup.ts'), ...suites, path.join(REPO_ROOT, 'test', 'web', 'runInPage.ts')],
    format: 'iife',
    what: 'the Chromium unit-test bundle',
  });

  stopOnSignals();
  const browser = await launchBrowser();
  const page = await browser.newPage();
  // mocha's spec reporter logs with printf-style arguments; print them in order, formatted.
  let printed = Promise.resolve();
  page.on('console', (message) => {
    const values = Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => String(arg))));
    printed = printed.then(async () => {
      const line = format(...(await values));
      (message.type() === 'error' ? process.stderr : process.stdout).write(line + '\n');
    });
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setContent('<!DOCTYPE html><meta charset="utf-8"><title>Framing Lens unit tests</title>');
  await page.addScriptTag({ content: script });
  if (errors.length > 0) throw new HostError(`the test bundle failed to load in Chromium: ${errors[0]}`);

  const version = browser.version();
  let timer;
  const timedOut = new Promise((resolve) => (timer = setTimeout(resolve, TIMEOUT_S * 1000, 'timeout')));
  const result = await Promise.race([page.evaluate(() => globalThis.runUnitTests()), timedOut]);
  clearTimeout(timer);
  await printed;
  if (result === 'timeout') {
    console.error(`error: the unit tests in Chromium did not finish within ${TIMEOUT_S} s`);
    return 1;
  }
  console.log(
    `browser (Chromium ${version}): ${result.passes} passed, ${result.failures} failed, ${result.pending} skipped, ` +
      `${suites.length} suites, ${Math.round((Date.now() - started) / 1000)} s`
  );
  return result.failures > 0 || result.passes === 0 ? 1 : 0;
}

runMain(main);
