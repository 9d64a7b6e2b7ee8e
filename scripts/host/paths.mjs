// Paths and versions shared by the test-host scripts.

import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the extension's development path). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** code-server 4.100.3 ships VS Code 1.100.3, the newest release that runs on Node 20. */
export const CODE_SERVER_VERSION = '4.100.3';

/** Cache folder for code-server, gitignored and outside the project's lock file. */
export const CODE_SERVER_DIR = path.join(REPO_ROOT, '.vscode-test', 'code-server');

/** code-server's Node entry point. */
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** Debian's Chromium, driven through playwright-core (which never downloads a browser here). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Prints one line to stderr and exits with status 1. */
export function fail(message) {
  console.error(`error: ${message}`);
  process.exit(1);
}
