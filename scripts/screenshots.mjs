// Drives a real VS Code (code-server, headless Chromium) through a user's first minutes with
// Framing Lens and writes the pictures the README shows:
//   compare-<theme>.png  the two example articles side by side, highlighted
//   hover-<theme>.png    the hover on a framing term
//   hover-agency-<theme>.png  the hover on agentless wording
//   tone-<theme>.png     the Tone panel
//   legend-<theme>.png   the Legend view: each layer of highlights with its switch and colours
//   report-<theme>.png   the report panel
//   outlets-<theme>.png  three outlets compared at once, the hover listing each outlet's word
//   outlets-report-<theme>.png  the report of the three: the variant matrix first
//   leftout-<theme>.png  a saved web page against an article: the page's furniture dimmed, its hover
//   walkthrough-<theme>.png  the Get Started walkthrough, at its first step
//
// Usage: npm run screenshots [-- --out DIR] [-- --theme light|dark] [-- --locale qps-ploc]
// (--locale qps-ploc: in the pseudo-locale, every localised string accented, to see that
// nothing is left in English and that longer strings still fit; not for the README)
// The examples are copied to a temporary folder first, so nothing in the repository can be
// changed by what the browser types.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runMain } from './host/host.mjs';
import { REPO_ROOT } from './host/paths.mjs';
import { PSEUDO_LOCALE, pseudo, writePseudoLocaleFiles } from './host/pseudoLocale.mjs';
import * as wb from './host/workbench.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const OUT = path.resolve(REPO_ROOT, option('--out', 'docs/images'));
const THEMES = option('--theme', 'light,dark').split(',');
const LOCALE = option('--locale', undefined);
if (LOCALE !== undefined && LOCALE !== PSEUDO_LOCALE) throw new Error(`--locale ${LOCALE}: only ${PSEUDO_LOCALE} (the pseudo-locale) can be shown here`);
/** The extension's English string as the workbench shows it: accented in the pseudo-locale (VS Code's own strings stay English there). */
const ours = (text) => (LOCALE ? pseudo(text) : text);
/** A Framing Lens command's palette entry. */
const command = (title) => `${ours('Framing Lens')}: ${ours(title)}`;
/** A Framing Lens view's generated "Focus on … View" entry, whose frame is VS Code's. */
const focusView = (name) => `${ours('Framing Lens')}: Focus on ${ours(name)} View`;
const A = 'harbour-gazette.txt';
const B = 'continental-wire.txt';
const C = 'grain-market-daily.txt';
const PAGE = 'harbour-gazette-page.html';

function workspaceCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'framing-lens-shots-'));
  for (const name of [A, B, C, PAGE]) fs.copyFileSync(path.join(REPO_ROOT, 'examples', name), path.join(dir, name));
  return dir;
}

async function waitForComparison(page) {
  await page.waitForFunction(
    (wanted) => [...document.querySelectorAll('.part.statusbar .statusbar-item')].some((el) => el.textContent?.includes(wanted)),
    ours('Framing:'),
    { timeout: 60_000 }
  );
  await wb.settle(page, 1500);
}

/** Runs `shoot` in a fresh window on a copy of the examples, closing both afterwards. */
async function inWorkbench(theme, shoot) {
  const folder = workspaceCopy();
  const session = await wb.openWorkbench({
    folder,
    theme,
    locale: LOCALE,
    viewport: { width: 1440, height: 900 },
    // Default settings but for auto save, off so nothing typed could reach a file.
    settings: { 'files.autoSave': 'off', 'workbench.activityBar.location': 'default' },
  });
  const { page } = session;
  try {
    return await shoot(page);
  } finally {
    await session.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

async function shootTheme(theme) {
  return inWorkbench(theme, async (page) => {
    // Two articles side by side: Compare Articles takes the visible editors.
    await wb.openFile(page, A);
    await wb.openFile(page, B, { beside: true });
    await wb.runCommand(page, command('Compare Articles'));
    await waitForComparison(page);
    await page.keyboard.press('Escape');
    const shots = [await wb.screenshot(page, OUT, `compare-${theme}`)];

    await page.keyboard.press('Control+1');
    await wb.hoverText(page, 'Odesa');
    await wb.settle(page, 800);
    shots.push(await wb.screenshot(page, OUT, `hover-${theme}`));
    await page.mouse.move(5, 450);
    await page.keyboard.press('Escape');

    // B tells the injuries without saying who caused them: the agency hover.
    await page.keyboard.press('Control+2');
    await wb.hoverText(page, 'were hurt');
    await wb.settle(page, 800);
    shots.push(await wb.screenshot(page, OUT, `hover-agency-${theme}`));
    await page.mouse.move(5, 450);
    await page.keyboard.press('Escape');

    await wb.runCommand(page, focusView('Tone'));
    await wb.settle(page, 2500);
    shots.push(await wb.screenshot(page, OUT, `tone-${theme}`));

    // The legend: what each colour means, each layer with its switch.
    await wb.runCommand(page, focusView('Legend'));
    await wb.settle(page, 800);
    for (const layer of ['Framing terms', 'Word differences']) {
      await page.locator('.monaco-list-row', { hasText: ours(layer) }).first().click({ position: { x: 12, y: 10 } });
      await wb.settle(page, 300);
    }
    await page.mouse.move(5, 450);
    await wb.settle(page, 800);
    shots.push(await wb.screenshot(page, OUT, `legend-${theme}`));

    await wb.runCommand(page, command('Open Report'));
    await wb.settle(page, 3500);
    shots.push(await wb.screenshot(page, OUT, `report-${theme}`));

    return shots;
  });
}

/** Three outlets at once, in a fresh window: the editors with the hover, then the report. */
async function shootOutlets(theme) {
  return inWorkbench(theme, async (page) => {
    const shots = [];
    await wb.runCommand(page, 'View: Close Primary Side Bar');
    await wb.openFile(page, A);
    await wb.openFile(page, B, { beside: true });
    await wb.openFile(page, C, { beside: true });
    await wb.runCommand(page, command('Compare Articles'));
    await waitForComparison(page);
    await page.keyboard.press('Control+3');
    await wb.hoverText(page, 'Odesa');
    await wb.settle(page, 800);
    shots.push(await wb.screenshot(page, OUT, `outlets-${theme}`));
    await page.mouse.move(5, 450);
    await page.keyboard.press('Escape');

    // The report of many outlets is wide: shown alone, as a reader would maximise it.
    await wb.runCommand(page, command('Open Report'));
    await wb.settle(page, 2500);
    await wb.runCommand(page, 'View: Toggle Maximize Editor Group');
    await wb.settle(page, 1500);
    shots.push(await wb.screenshot(page, OUT, `outlets-report-${theme}`));
    return shots;
  });
}

/** A saved web page against the wire's article: what is not the article is dimmed, and says why. */
async function shootLeftOut(theme) {
  return inWorkbench(theme, async (page) => {
    await wb.runCommand(page, 'View: Close Primary Side Bar');
    await wb.openFile(page, PAGE);
    await wb.openFile(page, B, { beside: true });
    await wb.runCommand(page, command('Compare Articles'));
    await waitForComparison(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+1');
    await wb.hoverText(page, 'We use cookies');
    await wb.settle(page, 800);
    return [await wb.screenshot(page, OUT, `leftout-${theme}`)];
  });
}

/** The walkthrough a new user is offered, in a fresh window. */
async function shootWalkthrough(theme) {
  return inWorkbench(theme, async (page) => {
    await wb.runCommand(page, 'Welcome: Open Walkthrough');
    await wb.pickItem(page, ours('Get Started with Framing Lens'));
    await wb.settle(page, 2500);
    return [await wb.screenshot(page, OUT, `walkthrough-${theme}`)];
  });
}

runMain(async () => {
  if (LOCALE) writePseudoLocaleFiles();
  const written = [];
  for (const theme of THEMES) {
    written.push(...(await shootTheme(theme)), ...(await shootOutlets(theme)), ...(await shootLeftOut(theme)), ...(await shootWalkthrough(theme)));
  }
  for (const file of written) console.log(path.relative(process.cwd(), file));
  return 0;
});
