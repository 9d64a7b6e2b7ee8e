// Installs the packaged .vsix into a fresh headless VS Code (code-server) exactly as a user
// would, opens the example articles and runs Compare Articles from the command palette; checks
// that the comparison starts (status bar), that a hover explains a framing term, and that the
// report panel opens. Prints "vsix: N passed, N failed" and exits non-zero on a failure.
//
// Usage: npm run test:vsix   (packages first)

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runMain } from './host.mjs';
import { REPO_ROOT } from './paths.mjs';
import * as wb from './workbench.mjs';

const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
const VSIX = path.join(REPO_ROOT, `${pkg.name}-${pkg.version}.vsix`);
const A = 'harbour-gazette.txt';
const B = 'continental-wire.txt';

runMain(async () => {
  if (!fs.existsSync(VSIX)) throw new Error(`${path.basename(VSIX)} not found: run npm run package first`);
  const sizeKb = fs.statSync(VSIX).size / 1024;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'framing-lens-vsix-'));
  for (const name of [A, B]) fs.copyFileSync(path.join(REPO_ROOT, 'examples', name), path.join(folder, name));
  const results = [];
  const check = async (name, fn) => {
    try {
      await fn();
      results.push([name, true]);
      console.log(`  ✔ ${name}`);
    } catch (error) {
      results.push([name, false]);
      console.log(`  ✘ ${name}: ${error.message.split('\n')[0]}`);
    }
  };
  console.log(`${path.basename(VSIX)} (${sizeKb.toFixed(0)} KB)`);
  await check('the package is under 2 MB', async () => {
    if (sizeKb >= 2048) throw new Error(`${sizeKb.toFixed(0)} KB`);
  });
  const session = await wb.openWorkbench({ folder, installExtensions: [VSIX], settings: { 'files.autoSave': 'off' } });
  const { page } = session;
  try {
    await check('Compare Articles from the palette starts a comparison', async () => {
      // One article open: the palette asks which to compare, the open one already ticked.
      await wb.openFile(page, A);
      await wb.runCommand(page, 'Framing Lens: Compare Articles');
      await wb.pickMany(page, [A, B]);
      await page.waitForFunction(
        () => [...document.querySelectorAll('.part.statusbar .statusbar-item')].some((el) => /Framing: \d+ contrast/.test(el.textContent ?? '')),
        undefined,
        { timeout: 60_000 }
      );
    });
    await check('a hover explains the place-name contrast', async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+1');
      // The article's CodeLens ("A · 12 sentences · …") arrives after the highlights and
      // pushes the text down a line: hovering before it lands would point at the wrong place.
      await page.waitForSelector('.editor-group-container.active .codelens-decoration', { timeout: 30_000 });
      await page.waitForTimeout(300);
      await wb.hoverText(page, 'Odesa');
      const text = await page.textContent('.monaco-resizable-hover .monaco-hover:not(.hidden) .monaco-hover-content');
      if (!/Place and person names/.test(text ?? '') || !/Odessa/.test(text ?? '')) throw new Error(`hover says: ${text}`);
      await page.mouse.move(5, 400);
      await page.keyboard.press('Escape');
    });
    await check('Open Report shows the report panel', async () => {
      await wb.runCommand(page, 'Framing Lens: Open Report');
      await page.waitForSelector('.tab .label-name:text("Framing Report")', { timeout: 30_000 });
      await page.waitForSelector('iframe.webview.ready', { timeout: 30_000 });
    });
    if (results.some(([, ok]) => !ok)) await wb.screenshot(page, path.join(REPO_ROOT, '.vscode-test'), 'vsix-failure');
  } finally {
    await session.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
  const failed = results.filter(([, ok]) => !ok).length;
  console.log(`vsix: ${results.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
});
