// A real VS Code (1.100.3, from code-server) running headless and offline, for the
// integration tests, screenshots and `npm start`.
//
//   const server = await startCodeServer({ theme: 'dark' });
//   const browser = await launchBrowser();
//   const page = await browser.newPage();
//   await page.goto(workbenchUrl(server, { folder: 'test/fixtures/workspace' }));
//   …
//   await stopAll();
//
// code-server serves VS Code's web workbench and runs VS Code's own Node extension host, so
// the extension under development (this repository, via extensionDevelopmentPath) runs as
// on the desktop. Every server gets fresh temporary user-data and extensions folders, and
// every process started here is stopped by stopAll(), on exit and on Ctrl+C.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_PATH, CODE_SERVER_DIR, CODE_SERVER_ENTRY, REPO_ROOT, fail } from './paths.mjs';

/** Theme names accepted by the helpers, mapped to VS Code's built-in themes. */
export const THEMES = {
  light: 'Default Light Modern',
  dark: 'Default Dark Modern',
};

/**
 * User settings that keep the workbench quiet and screenshots clean: no welcome page, no
 * trust prompt, no telemetry or update checks, no chat entry points in the title bar.
 */
export function defaultSettings(theme = 'light') {
  if (!(theme in THEMES)) throw new Error(`unknown theme ${JSON.stringify(theme)}; use "light" or "dark"`);
  return {
    'workbench.colorTheme': THEMES[theme],
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'window.commandCenter': true,
    'chat.commandCenter.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'git.enabled': false,
    'editor.minimap.enabled': false,
  };
}

/** Processes and folders to clean up, in start order. */
const running = new Set();

/** Error thrown when code-server or Chromium cannot be started; the message is one line. */
export class HostError extends Error {}

/**
 * Starts code-server on a free loopback port with fresh state.
 *
 * @param {object} [options]
 * @param {'light'|'dark'} [options.theme] colour theme written to the user settings
 * @param {Record<string, unknown>} [options.settings] extra user settings, merged over the defaults
 * @param {boolean} [options.verbose] echo code-server's own log to stderr
 * @param {number} [options.timeoutMs] how long to wait for "HTTP server listening"
 * @param {string[]} [options.installExtensions] .vsix files to install before starting
 * @param {string} [options.locale] display language of the workbench and of `vscode.env.language` (`qps-ploc`: the pseudo-locale)
 * @returns {Promise<{ url: string, port: number, authority: string, stateDir: string, userDataDir: string,
 *   logFile: string, stop: () => Promise<void>, onUnexpectedExit: (listener: (reason: string, logTail: string[]) => void) => void }>}
 */
export async function startCodeServer(options = {}) {
  if (!fs.existsSync(CODE_SERVER_ENTRY)) {
    throw new HostError('code-server is not installed: run node scripts/host/install-code-server.mjs');
  }
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'framing-lens-host-'));
  const userDataDir = path.join(stateDir, 'user-data');
  const extensionsDir = path.join(stateDir, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir);
  const settings = { ...defaultSettings(options.theme ?? 'light'), ...options.settings };
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2) + '\n');
  if (options.locale) registerLanguagePack(userDataDir, stateDir, options.locale);

  for (const vsix of options.installExtensions ?? []) {
    // Installed the way a user installs a downloaded .vsix, into this server's own folder.
    const install = spawnSync(
      process.execPath,
      [CODE_SERVER_ENTRY, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix],
      { cwd: REPO_ROOT, env: hostEnvironment(stateDir), encoding: 'utf8', timeout: 120_000 }
    );
    if (install.status !== 0) {
      removeStateDir(stateDir);
      throw new HostError(`installing ${vsix} failed: ${(install.stderr || install.stdout || '').trim().split('\n').pop()}`);
    }
  }

  const logFile = path.join(stateDir, 'code-server.log');
  const log = fs.openSync(logFile, 'a');
  const args = [
    CODE_SERVER_ENTRY,
    '--auth', 'none',
    // Port 0: the kernel picks a free port, which code-server then reports; no race.
    '--bind-addr', '127.0.0.1:0',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-workspace-trust',
    '--disable-update-check',
    '--disable-getting-started-override',
    ...(options.locale ? ['--locale', options.locale] : []),
  ];
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: hostEnvironment(stateDir),
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group, so stopping it also stops the extension host and its helpers.
    detached: true,
  });
  const entry = { kind: 'code-server', child, stateDir };
  running.add(entry);

  const url = await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => done(new HostError(`code-server did not start within ${(options.timeoutMs ?? 60_000) / 1000} s; log: ${logFile}`)), options.timeoutMs ?? 60_000);
    function done(error, value) {
      clearTimeout(timer);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(value);
    }
    function onData(chunk) {
      fs.writeSync(log, chunk);
      if (options.verbose) process.stderr.write(chunk);
      output += chunk.toString();
      const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:(\d+)\/?)/.exec(output);
      if (match) {
        output = '';
        done(undefined, `http://127.0.0.1:${match[2]}/`);
      }
    }
    function onExit(code, signal) {
      done(new HostError(`code-server exited before listening (${signal ?? `exit ${code}`}): ${logTail(logFile).join(' | ')}`));
    }
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => {
      fs.writeSync(log, chunk);
      if (options.verbose) process.stderr.write(chunk);
    });
    child.on('exit', onExit);
  }).catch(async (error) => {
    await stopEntry(entry);
    throw error;
  });

  const port = Number(new URL(url).port);
  return {
    url,
    port,
    authority: `127.0.0.1:${port}`,
    stateDir,
    userDataDir,
    logFile,
    stop: () => stopEntry(entry),
    /** Calls `listener(reason, logTail)` if code-server ends without stop() having been called. */
    onUnexpectedExit: (listener) =>
      child.once('exit', (code, signal) => {
        if (running.has(entry)) listener(signal ?? `exit ${code}`, logTail(logFile));
      }),
  };
}

/** The last lines of a log file. */
/**
 * Lets code-server run in `locale` without its language pack from the Marketplace (offline
 * here): code-server shows a language, and tells the extension host it (`vscode.env.language`,
 * which picks the extension's `l10n/bundle.l10n.<locale>.json`), only when a language pack
 * for it is registered in the user data's `languagepacks.json`. This registers one with no
 * translations, so the workbench's own strings stay English and only the extension's change:
 * with `qps-ploc` (the pseudo-locale), every string the extension localises is accented.
 */
function registerLanguagePack(userDataDir, stateDir, locale) {
  const translations = path.join(stateDir, 'language-pack', 'main.i18n.json');
  fs.mkdirSync(path.dirname(translations), { recursive: true });
  fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const pack = {
    hash: `framing-lens-${locale}`,
    label: locale,
    extensions: [{ extensionIdentifier: { id: `framing-lens-tests.${locale}-language-pack` }, version: '0.0.1' }],
    translations: { vscode: translations },
  };
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({ [locale]: pack }));
}

function logTail(file, lines = 5) {
  try {
    return fs.readFileSync(file, 'utf8').trim().split('\n').slice(-lines);
  } catch {
    return [];
  }
}

/**
 * The environment for code-server: ours, minus what would make it talk to another VS Code
 * (run from a VS Code terminal, code-server would hand its arguments to that instance and
 * exit), with its config file and data folder in the fresh state folder instead of $HOME.
 */
function hostEnvironment(stateDir) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('VSCODE_') || key.startsWith('ELECTRON_')) continue;
    env[key] = value;
  }
  env.CODE_SERVER_CONFIG = path.join(stateDir, 'config.yaml');
  env.XDG_DATA_HOME = path.join(stateDir, 'data');
  return env;
}

/**
 * Launches headless Chromium (Debian's package) through playwright-core.
 *
 * @param {{ headless?: boolean }} [options]
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchBrowser(options = {}) {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new HostError('install chromium: apt-get install chromium');
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new HostError('playwright-core is missing: run npm ci');
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const entry = { kind: 'browser', browser };
  running.add(entry);
  browser.on('disconnected', () => running.delete(entry));
  return browser;
}

/**
 * The workbench address for a server.
 *
 * @param {{ authority: string, url: string, stateDir: string }} server from startCodeServer
 * @param {object} [options]
 * @param {string} [options.folder] folder to open (absolute, or relative to the repository)
 * @param {string|false} [options.extensionDevelopmentPath] extension to load; the repository by default
 * @param {string} [options.extensionTestsPath] test module exporting run(); runs the tests and reports the exit code
 * @param {boolean} [options.skipWelcome] skip the welcome page (default true)
 */
export function workbenchUrl(server, options = {}) {
  const remote = (file) => `vscode-remote://${server.authority}${path.resolve(REPO_ROOT, file)}`;
  const payload = [];
  let extension;
  let location;
  if (options.extensionDevelopmentPath !== false) {
    extension = path.resolve(REPO_ROOT, options.extensionDevelopmentPath ?? REPO_ROOT);
    location = outsideCodeServer(server, extension);
    payload.push(['extensionDevelopmentPath', remote(location)]);
  }
  if (options.extensionTestsPath) {
    // The workbench runs the tests in the extension host of the extension whose folder holds
    // them, so tests inside the extension are named through the same location: they then run
    // where the extension runs, in the web worker host when remote.extensionKind puts it there.
    const tests = path.resolve(REPO_ROOT, options.extensionTestsPath);
    const inside = extension && path.relative(extension, tests);
    const named = inside && !inside.startsWith('..') && !path.isAbsolute(inside) ? path.join(location, inside) : tests;
    payload.push(['extensionTestsPath', remote(named)]);
  }
  if (options.skipWelcome ?? true) payload.push(['skipWelcome', 'true']);
  const query = new URLSearchParams();
  if (options.folder) query.set('folder', path.resolve(REPO_ROOT, options.folder));
  query.set('payload', JSON.stringify(payload));
  return `${server.url}?${query}`;
}

/**
 * A path to `extension` that does not contain code-server's install.
 *
 * The workbench looks for themes "of the extension under development" by location: every
 * theme whose extension lies inside extensionDevelopmentPath wins over the user's setting.
 * code-server is installed in .vscode-test/ inside the repository, so its built-in themes
 * all qualify, and the workbench would ignore `workbench.colorTheme` and pick the first one
 * (Light+). A symbolic link in the server's state folder gives the extension a location of
 * its own; the extension host loads it through the link as from the real folder.
 */
function outsideCodeServer(server, extension) {
  const inside = path.relative(extension, CODE_SERVER_DIR);
  if (inside.startsWith('..') || path.isAbsolute(inside)) return extension;
  const link = path.join(server.stateDir, 'dev', path.basename(extension));
  if (!fs.existsSync(link)) {
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(extension, link, 'dir');
  }
  return link;
}

async function stopEntry(entry) {
  if (!running.delete(entry)) return;
  if (entry.kind === 'browser') {
    await entry.browser.close().catch(() => {});
    return;
  }
  const { child, stateDir } = entry;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    killGroup(child.pid, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  // Children that outlived code-server itself (an extension host mid-shutdown) still share its group.
  killGroup(child.pid, 'SIGKILL');
  removeStateDir(stateDir);
}

/** Removes a server's state folder; the links to extensions go first, never their targets. */
function removeStateDir(stateDir) {
  const links = path.join(stateDir, 'dev');
  if (fs.existsSync(links)) for (const name of fs.readdirSync(links)) fs.unlinkSync(path.join(links, name));
  fs.rmSync(stateDir, { recursive: true, force: true, maxRetries: 3 });
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Stops every browser and code-server started by this module, newest first. */
export async function stopAll() {
  for (const entry of [...running].reverse()) await stopEntry(entry);
}

// A last, synchronous cleanup if the process exits without stopAll() (an uncaught error,
// process.exit): no code-server is left behind. Chromium is Playwright's child and ends with us.
process.on('exit', () => {
  for (const entry of running) {
    if (entry.kind !== 'code-server') continue;
    killGroup(entry.child.pid, 'SIGKILL');
    removeStateDir(entry.stateDir);
  }
});

/**
 * Stops everything on Ctrl+C or SIGTERM and exits with 130/143.
 * Call once from a command-line script.
 */
export function stopOnSignals() {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.once(signal, () => {
      stopAll().finally(() => process.exit(code));
    });
  }
}

/** Runs a command-line main function: HostError becomes one line on stderr and exit 1. */
export function runMain(main) {
  main().then(
    (code) => stopAll().then(() => process.exit(code ?? 0)),
    (error) => {
      stopAll().finally(() => {
        if (error instanceof HostError) fail(error.message);
        console.error(error);
        process.exit(1);
      });
    }
  );
}
