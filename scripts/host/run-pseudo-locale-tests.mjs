#!/usr/bin/env node
// Runs the pseudo-locale tests (out/test/pseudo/**/*.test.js) in a real VS Code extension
// host whose display language is qps-ploc: the extension's strings, pseudo-localised from
// l10n/bundle.l10n.json and package.nls.json by @vscode/l10n-dev, come out accented, so any
// plain English word the tests find on screen is a string the code does not localise. The
// pseudo-locale files are written for the run and removed afterwards. The Tone panel's page,
// which draws its own text, is checked the same way in Chromium first (pseudoWebviews.mjs).
//
// Usage: node scripts/host/run-pseudo-locale-tests.mjs   (after npm run build && npm run compile)
//
// Environment:
//   FRAMING_LENS_TEST_TIMEOUT  time limit in seconds (default 600); on time-out a screenshot
//                              of the workbench is saved to .vscode-test/failure-pseudo.png
//                              and code-server's log to .vscode-test/failure-pseudo-code-server.log
//   FRAMING_LENS_HOST_VERBOSE  set to 1 to echo code-server's log and the page's console

import path from 'node:path';
import { runExtensionTests } from './extension-tests.mjs';
import { runMain } from './host.mjs';
import { PSEUDO_LOCALE, writePseudoLocaleFiles } from './pseudoLocale.mjs';
import { checkPseudoWebviews } from './pseudoWebviews.mjs';
import { REPO_ROOT } from './paths.mjs';

runMain(async () => {
  writePseudoLocaleFiles();
  const webviewFailures = await checkPseudoWebviews();
  const code = await runExtensionTests({
    testsModule: path.join(REPO_ROOT, 'out', 'test', 'pseudo', 'index.js'),
    folder: path.join(REPO_ROOT, 'test', 'fixtures', 'workspace'),
    locale: PSEUDO_LOCALE,
    timeoutS: Number(process.env.FRAMING_LENS_TEST_TIMEOUT ?? 600),
    failurePrefix: path.join(REPO_ROOT, '.vscode-test', 'failure-pseudo'),
    verbose: process.env.FRAMING_LENS_HOST_VERBOSE === '1',
  });
  return code !== 0 ? code : webviewFailures > 0 ? 1 : 0;
});
