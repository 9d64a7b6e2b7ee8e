#!/usr/bin/env node
// Runs the pseudo-locale tests (out/test/pseudo/**/*.test.js) in a real VS Code extension
// host whose display language is qps-ploc: the extension's strings, pseudo-localised from
// l10n/bundle.l10n.json and package.nls.json by @vscode/l10n-dev, come out accented, so any
// plain English word the tests find on screen is a string the code does not localise. The
// pseudo-locale files are written for the run and removed afterwards. The Tone panel's page,
// which draws its own text, is checked the same way in Chromium first (pseudoWebviews.mjs);
// the host suite runs in the Node extension host, then in the web worker one.
//
// Usage: node scripts/host/run-pseudo-locale-tests.mjs   (after npm run build && npm run compile)
//
// Environment:
//   FRAMING_LENS_TEST_TIMEOUT  time limit in seconds (default 600); on time-out a screenshot
//                              of the workbench is saved to .vscode-test/failure-pseudo.png
//                              and code-server's log to .vscode-test/failure-pseudo-code-server.log
//   FRAMING_LENS_HOST_VERBOSE  set to 1 to echo code-server's log and the page's console

import fs from 'node:fs';
import path from 'node:path';
import { browserTestBundle } from './browser-bundle.mjs';
import { runExtensionTests } from './extension-tests.mjs';
import { runMain } from './host.mjs';
import { PSEUDO_LOCALE, writePseudoLocaleFiles } from './pseudoLocale.mjs';
import { checkPseudoWebviews } from './pseudoWebviews.mjs';
import { REPO_ROOT } from './paths.mjs';

runMain(async () => {
  writePseudoLocaleFiles();
  const webviewFailures = await checkPseudoWebviews();
  const common = {
    folder: path.join(REPO_ROOT, 'test', 'fixtures', 'workspace'),
    locale: PSEUDO_LOCALE,
    timeoutS: Number(process.env.FRAMING_LENS_TEST_TIMEOUT ?? 600),
    verbose: process.env.FRAMING_LENS_HOST_VERBOSE === '1',
  };
  const node = await runExtensionTests({ ...common, testsModule: path.join(REPO_ROOT, 'out', 'test', 'pseudo', 'index.js'), failurePrefix: path.join(REPO_ROOT, '.vscode-test', 'failure-pseudo') });
  // The same suite in the web worker extension host, on the web extension's build (see run-web-tests.mjs).
  const webTests = path.join(REPO_ROOT, 'out', 'test', 'web', 'pseudo.js');
  await browserTestBundle({ imports: [path.join(REPO_ROOT, 'test', 'web', 'pseudoIndex.ts')], format: 'cjs', what: 'the web pseudo-locale suite', outfile: webTests });
  const { publisher, name } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  const web = await runExtensionTests({
    ...common,
    testsModule: webTests,
    settings: { 'remote.extensionKind': { [`${publisher}.${name}`]: ['web'] } },
    failurePrefix: path.join(REPO_ROOT, '.vscode-test', 'failure-pseudo-web'),
    build: 'npm run test:pseudo',
  });
  return node !== 0 ? node : web !== 0 ? web : webviewFailures > 0 ? 1 : 0;
});
