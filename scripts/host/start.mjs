#!/usr/bin/env node
// Starts VS Code (code-server) with the extension loaded and examples/ open, prints the
// address to open in a browser, and runs until Ctrl+C. Nothing is left running afterwards.
//
// Usage: npm start   (builds first)   or   node scripts/host/start.mjs [folder] [--dark]
//
// The server listens on 127.0.0.1 only, without a password; to reach it from another
// machine, forward the port (e.g. ssh -L PORT:127.0.0.1:PORT host).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { installCodeServer } from './install-code-server.mjs';
import { HostError, runMain, startCodeServer, stopOnSignals, workbenchUrl } from './host.mjs';
import { REPO_ROOT } from './paths.mjs';

async function main() {
  const args = process.argv.slice(2);
  const folder = path.resolve(REPO_ROOT, args.find((arg) => !arg.startsWith('--')) ?? 'examples');
  if (!fs.existsSync(folder)) throw new HostError(`no folder ${path.relative(REPO_ROOT, folder) || folder} to open`);
  if (!fs.existsSync(path.join(REPO_ROOT, 'dist', 'extension.js'))) {
    throw new HostError('dist/extension.js is missing: run npm run build first (npm start does)');
  }
  installCodeServer();
  stopOnSignals();
  const server = await startCodeServer({ theme: args.includes('--dark') ? 'dark' : 'light' });
  console.log(`\nVS Code with Framing Lens is running. Open this address in a browser:\n\n  ${workbenchUrl(server, { folder })}\n`);
  console.log('To be shown around: F1, "Welcome: Open Walkthrough…", then "Get Started with Framing Lens" (a few minutes on the examples).');
  console.log(`The server listens on this machine only (127.0.0.1:${server.port}). From another machine, forward the port`);
  console.log(`first, e.g. ssh -L ${server.port}:127.0.0.1:${server.port} ${os.hostname()}, then open the same address there.`);
  console.log('After changing the code, run npm run build and reload the page. Press Ctrl+C to stop.');
  // Keep running until a signal arrives (stopOnSignals cleans up), or the server stops by itself.
  return new Promise((resolve) =>
    server.onUnexpectedExit((reason, tail) => {
      console.error(`error: code-server stopped (${reason}):\n${tail.join('\n')}`);
      resolve(1);
    })
  );
}

runMain(main);
