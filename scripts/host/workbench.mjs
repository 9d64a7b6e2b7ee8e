// Drives a real VS Code workbench (code-server + headless Chromium) the way a person would,
// for screenshots and end-to-end checks:
//
//   import * as wb from './workbench.mjs';
//   const session = await wb.openWorkbench({ folder: 'examples', theme: 'dark' });
//   await wb.openFile(session.page, 'harbour-gazette.txt');
//   await wb.runCommand(session.page, 'Framing Lens: Compare Articles');
//   await wb.pickItem(session.page, 'continental-wire.txt');
//   await wb.hoverText(session.page, 'protesters');
//   await wb.screenshot(session.page, 'screenshots-out', 'hover');
//   await session.close();
//
// Selectors are VS Code 1.100's DOM; every wait has a time limit and fails with a message
// that says what it waited for.

import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, startCodeServer, stopAll, workbenchUrl } from './host.mjs';

const DEFAULT_TIMEOUT = 30_000;
const EDITOR_HOVER = '.monaco-resizable-hover .monaco-hover:not(.hidden) .monaco-hover-content';

/**
 * Starts code-server and Chromium and opens the workbench with the extension loaded.
 *
 * @param {object} [options]
 * @param {string} [options.folder] folder to open, absolute or relative to the repository
 * @param {'light'|'dark'} [options.theme] colour theme (default light)
 * @param {Record<string, unknown>} [options.settings] extra user settings
 * @param {{ width: number, height: number }} [options.viewport] page size (default 1280×800)
 * @param {number} [options.deviceScaleFactor] 2 for sharper README pictures (default 1)
 * @param {string[]} [options.installExtensions] .vsix files to install instead of loading the repository
 * @param {string} [options.locale] display language (`qps-ploc`: the pseudo-locale)
 * @returns {Promise<{ page: import('playwright-core').Page, url: string, close: () => Promise<void> }>}
 */
export async function openWorkbench(options = {}) {
  const theme = options.theme ?? 'light';
  const server = await startCodeServer({ theme, settings: options.settings, installExtensions: options.installExtensions, locale: options.locale });
  const browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    colorScheme: theme,
  });
  const page = await context.newPage();
  // With installed extensions the workbench runs them as a user would, not a development copy.
  const url = workbenchUrl(server, { folder: options.folder, extensionDevelopmentPath: options.installExtensions ? false : undefined });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await waitForWorkbench(page, { folder: Boolean(options.folder) });
  return {
    page,
    url,
    close: async () => {
      await browser.close().catch(() => {});
      await server.stop();
    },
  };
}

/**
 * Waits until the workbench is usable: layout drawn, theme applied, explorer filled (when a
 * folder is open) and the status bar's startup spinner gone.
 *
 * @param {import('playwright-core').Page} page
 * @param {{ folder?: boolean, timeoutMs?: number }} [options]
 */
export async function waitForWorkbench(page, options = {}) {
  const timeout = options.timeoutMs ?? 60_000;
  await step(`the workbench to load`, page.waitForSelector('.monaco-workbench .part.statusbar', { timeout }));
  await step(`the colour theme to apply`, page.waitForSelector('.monaco-workbench[class*="vscode-theme-"]', { timeout }));
  if (options.folder ?? true) {
    await step(`the explorer to list the folder`, page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout }));
  }
  // A spinning icon in the status bar means startup work (extension activation) is going on;
  // give it a while to finish, but a spinner that stays is not an error.
  await page
    .waitForFunction(() => !document.querySelector('.part.statusbar .codicon-modifier-spin'), undefined, { timeout: 10_000 })
    .catch(() => {});
  await page.waitForTimeout(1000);
}

/**
 * Opens a file through Quick Open (Ctrl+P), as a person would.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} fileName a name (or part of a path) that Quick Open finds; the first match opens
 * @param {{ beside?: boolean }} [options] open it in a new editor group to the right (Ctrl+Enter)
 */
export async function openFile(page, fileName, options = {}) {
  await focusWorkbench(page);
  await page.keyboard.press('Control+P');
  await quickInputReady(page);
  await page.keyboard.type(fileName);
  const base = path.basename(fileName);
  await step(
    `Quick Open to list ${fileName}`,
    page.waitForFunction(
      (name) => [...document.querySelectorAll('.quick-input-list .monaco-list-row .label-name')].some((el) => el.textContent?.includes(name)),
      base,
      { timeout: DEFAULT_TIMEOUT }
    )
  );
  await page.keyboard.press(options.beside ? 'Control+Enter' : 'Enter');
  await step(
    `an editor tab for ${base}`,
    page.waitForFunction(
      (name) => {
        const tab = document.querySelector('.editor-group-container.active .tab.active .label-name');
        return tab?.textContent === name && document.querySelector('.editor-group-container.active .monaco-editor .view-line');
      },
      base,
      { timeout: DEFAULT_TIMEOUT }
    )
  );
  await page.waitForTimeout(300);
}

/**
 * Runs a command through the command palette (F1, type its title, Enter).
 *
 * @param {import('playwright-core').Page} page
 * @param {string} title the title as the palette shows it, e.g. "Framing Lens: Compare Articles"
 */
export async function runCommand(page, title) {
  await focusWorkbench(page);
  await page.keyboard.press('F1');
  await quickInputReady(page);
  await page.keyboard.type(title);
  await step(
    `the command palette to offer "${title}"`,
    page.waitForFunction(
      (wanted) => {
        const first = document.querySelector('.quick-input-list .monaco-list-row[data-index="0"] .label-name');
        return first?.textContent?.toLowerCase().replace(/\s+/g, ' ').includes(wanted.toLowerCase());
      },
      title,
      { timeout: DEFAULT_TIMEOUT }
    )
  );
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
}

/**
 * Chooses an item in the quick pick that is open (a command's picker): types `text` to
 * filter, waits until the first row's label contains it, presses Enter.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} text part of the item's label, e.g. a file name
 */
export async function pickItem(page, text) {
  await quickInputReady(page);
  await page.keyboard.type(text);
  await step(
    `the picker to offer "${text}"`,
    page.waitForFunction(
      (wanted) => {
        const first = document.querySelector('.quick-input-list .monaco-list-row[data-index="0"] .label-name');
        return first?.textContent?.toLowerCase().includes(wanted.toLowerCase());
      },
      text,
      { timeout: DEFAULT_TIMEOUT }
    )
  );
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
}

/**
 * In a multi-select quick pick, ticks the item of each name (filtering for it first), leaves
 * ticked ones as they are, then accepts.
 *
 * @param {import('playwright-core').Page} page
 * @param {string[]} names labels (or parts of them) of the items to tick
 */
export async function pickMany(page, names) {
  await quickInputReady(page);
  for (const name of names) {
    await page.fill('.quick-input-widget .quick-input-box input', name);
    const row = page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: name }) }).first();
    await step(`the picker to offer "${name}"`, row.waitFor({ state: 'visible', timeout: DEFAULT_TIMEOUT }));
    if ((await row.getAttribute('aria-checked')) !== 'true') await row.locator('.monaco-checkbox').first().click();
  }
  await page.fill('.quick-input-widget .quick-input-box input', '');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
}

/**
 * Moves the mouse over the first visible occurrence of `text` in the active editor and
 * waits for a hover to appear.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} text text on one line of the editor, as displayed
 * @param {{ occurrence?: number, waitForHover?: boolean }} [options] which match (0-based) and
 *   whether to wait for `.monaco-hover` (default true)
 * @returns {Promise<{ x: number, y: number }>} where the mouse went
 */
export async function hoverText(page, text, options = {}) {
  await focusWorkbench(page);
  const point = await page.evaluate(
    ({ text, occurrence }) => {
      const editor = document.querySelector('.editor-group-container.active .monaco-editor');
      if (!editor) return undefined;
      // Lines are absolutely positioned, not in document order: sort them by their top.
      const lines = [...editor.querySelectorAll('.view-lines .view-line')].sort(
        (a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top
      );
      let seen = 0;
      for (const line of lines) {
        const nodes = [];
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        let full = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          nodes.push({ node, start: full.length });
          full += node.textContent;
        }
        // The editor renders spaces as no-break spaces.
        const normalised = full.replace(/\u00a0/g, ' ');
        for (let index = normalised.indexOf(text); index >= 0; index = normalised.indexOf(text, index + 1)) {
          if (seen++ < occurrence) continue;
          const locate = (offset) => {
            const hit = nodes.findLast((n) => n.start <= offset) ?? nodes[0];
            return [hit.node, Math.min(offset - hit.start, hit.node.textContent.length)];
          };
          const range = document.createRange();
          range.setStart(...locate(index));
          range.setEnd(...locate(index + text.length));
          const rect = range.getClientRects()[0];
          if (!rect) return undefined;
          const x = rect.left + rect.width / 2;
          const y = rect.top + rect.height / 2;
          // Something else (a picker, a notification, a panel) may lie over the text.
          const covered = !line.contains(document.elementFromPoint(x, y));
          return { x, y, covered };
        }
      }
      return undefined;
    },
    { text, occurrence: options.occurrence ?? 0 }
  );
  if (!point) throw new Error(`hoverText: "${text}" is not on a visible line of the active editor`);
  if (point.covered) throw new Error(`hoverText: "${text}" is covered by another part of the workbench`);
  // Come from a little to the left, so the editor sees the mouse move onto the word.
  await page.mouse.move(point.x - 40, point.y);
  await page.mouse.move(point.x, point.y, { steps: 5 });
  if (options.waitForHover ?? true) {
    // The editor's hover (a resizable content widget), not a workbench tooltip.
    await step(`a hover over "${text}"`, page.waitForSelector(EDITOR_HOVER, { state: 'visible', timeout: DEFAULT_TIMEOUT }));
    await page.waitForTimeout(300);
  }
  return point;
}

/**
 * Clears notification toasts so they don't cover a picture.
 *
 * @param {import('playwright-core').Page} page
 */
export async function clearNotifications(page) {
  await runCommand(page, 'Notifications: Clear All Notifications');
}

/**
 * Waits a moment for animations and rendering to settle.
 *
 * @param {import('playwright-core').Page} page
 * @param {number} [ms] default 500
 */
export async function settle(page, ms = 500) {
  await page.waitForTimeout(ms);
}

/**
 * Saves a screenshot of the page (or of one element) as `<dir>/<name>.png`.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} dir folder, created if needed (relative paths from the current directory)
 * @param {string} name file name without extension
 * @param {{ selector?: string }} [options] capture only the first element matching selector
 * @returns {Promise<string>} the file written
 */
export async function screenshot(page, dir, name, options = {}) {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.resolve(dir, `${name}.png`);
  if (options.selector) await page.locator(options.selector).first().screenshot({ path: file });
  else await page.screenshot({ path: file });
  return file;
}

/** Stops every workbench opened in this process. */
export const closeAll = stopAll;

async function focusWorkbench(page) {
  // Close a quick input or hover left open by an earlier step.
  if (await page.locator('.quick-input-widget:visible').count()) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
  }
}

async function quickInputReady(page) {
  await step('the quick input to open', page.waitForSelector('.quick-input-widget .quick-input-box input', { state: 'visible', timeout: DEFAULT_TIMEOUT }));
}

async function step(what, promise) {
  try {
    return await promise;
  } catch (error) {
    throw new Error(`timed out waiting for ${what}: ${error.message.split('\n')[0]}`);
  }
}
