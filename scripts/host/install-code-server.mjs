#!/usr/bin/env node
// Installs code-server (VS Code's server and web client, from the npm registry) into
// .vscode-test/code-server/, outside the project's lock file, without internet access
// beyond the npm registry. Idempotent: does nothing when the right version is there.
//
// Usage: node scripts/host/install-code-server.mjs
//
// Three parts of code-server's install need help offline (see docs on the test host):
//  - its postinstall refuses to run as root unless npm_config_unsafe_perm=true;
//  - node-pty's postinstall runs `npx node-gyp`, which asks for a "yes" unless npm_config_yes=true;
//  - @vscode/ripgrep downloads `rg` from the internet unless a cached archive exists, so we
//    put Debian's /usr/bin/rg into that cache first.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CODE_SERVER_DIR, CODE_SERVER_ENTRY, CODE_SERVER_VERSION, fail } from './paths.mjs';

/** The archive name @vscode/ripgrep 1.15.11 looks for in its cache before downloading. */
const RIPGREP_CACHE = path.join(
  os.tmpdir(),
  'vscode-ripgrep-cache-1.15.11',
  'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz'
);

/** Returns the version line of the installed code-server (`4.100.3 <commit> with Code 1.100.3`), or undefined. */
export function installedVersion() {
  if (!fs.existsSync(CODE_SERVER_ENTRY)) return undefined;
  const result = spawnSync(process.execPath, [CODE_SERVER_ENTRY, '--version'], { encoding: 'utf8' });
  if (result.status !== 0) return undefined;
  // The first run also logs that it wrote a default config file; keep only the version line.
  return result.stdout.split('\n').find((line) => /^\d+\.\d+\.\d+ /.test(line))?.trim();
}

/** Whether code-server CODE_SERVER_VERSION is installed and runs. */
export function isInstalled() {
  return installedVersion()?.startsWith(CODE_SERVER_VERSION + ' ') ?? false;
}

function findRipgrep() {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'rg');
    if (dir && fs.existsSync(candidate)) return fs.realpathSync(candidate);
  }
  return undefined;
}

function seedRipgrepCache() {
  if (fs.existsSync(RIPGREP_CACHE)) return;
  const rg = findRipgrep();
  if (!rg) fail('install ripgrep: apt-get install ripgrep');
  fs.mkdirSync(path.dirname(RIPGREP_CACHE), { recursive: true });
  // tar -C <dir of rg> rg puts the binary at the archive's root, as the real release does.
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-stage-'));
  fs.copyFileSync(rg, path.join(staging, 'rg'));
  fs.chmodSync(path.join(staging, 'rg'), 0o755);
  const partial = RIPGREP_CACHE + '.partial';
  const tar = spawnSync('tar', ['-czf', partial, '-C', staging, 'rg'], { stdio: 'inherit' });
  fs.rmSync(staging, { recursive: true, force: true });
  if (tar.status !== 0) fail(`could not create the ripgrep cache archive ${RIPGREP_CACHE}`);
  fs.renameSync(partial, RIPGREP_CACHE);
}

/** Installs code-server if needed; exits the process with a one-line message on failure. */
export function installCodeServer() {
  if (isInstalled()) {
    console.log(`code-server ${CODE_SERVER_VERSION} already installed in ${path.relative(process.cwd(), CODE_SERVER_DIR) || '.'}`);
    return;
  }
  seedRipgrepCache();
  fs.mkdirSync(CODE_SERVER_DIR, { recursive: true });
  const manifest = path.join(CODE_SERVER_DIR, 'package.json');
  fs.writeFileSync(
    manifest,
    JSON.stringify({ name: 'framing-lens-code-server', private: true, description: 'Test host cache; not part of the project.' }, null, 2) + '\n'
  );
  console.log(`Installing code-server ${CODE_SERVER_VERSION} into ${CODE_SERVER_DIR} (about a minute or two)…`);
  const started = Date.now();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(
    npm,
    ['install', '--no-audit', '--no-fund', '--loglevel=error', `code-server@${CODE_SERVER_VERSION}`],
    {
      cwd: CODE_SERVER_DIR,
      stdio: 'inherit',
      env: { ...process.env, npm_config_unsafe_perm: 'true', npm_config_yes: 'true' },
    }
  );
  if (result.error) fail(`could not run npm: ${result.error.message}`);
  if (result.status !== 0) {
    fail(
      `npm install code-server@${CODE_SERVER_VERSION} failed (exit ${result.status}); ` +
        'check that libkrb5-dev is installed (apt-get install libkrb5-dev) and the npm registry is reachable'
    );
  }
  const version = installedVersion();
  if (!isInstalled()) fail(`code-server installed but --version printed ${JSON.stringify(version ?? '')}`);
  console.log(`Installed code-server ${version} in ${Math.round((Date.now() - started) / 1000)} s`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  installCodeServer();
}
