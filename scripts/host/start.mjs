#!/usr/bin/env node
// Starts VS Code (code-server) with the extension loaded and a copy of examples/ open, at
// the Get Started walkthrough, prints the address to open in a browser, and runs until
// Ctrl+C. Nothing is left running afterwards, and the copy is removed.
//
// Usage: npm start   (builds first)   or   node scripts/host/start.mjs [folder] [--dark]
// (a folder given is opened as it is, without the walkthrough)
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
  const given = args.find((arg) => !arg.startsWith('--'));
  const folder = given ? path.resolve(given) : examplesWithTour();
  if (!fs.existsSync(folder)) throw new HostError(`no folder ${given} to open`);
  if (!fs.existsSync(path.join(REPO_ROOT, 'dist', 'extension.js'))) {
    throw new HostError('dist/extension.js is missing: run npm run build first (npm start does)');
  }
  installCodeServer();
  stopOnSignals();
  const server = await startCodeServer({ theme: args.includes('--dark') ? 'dark' : 'light' });
  console.log(`\nVS Code with Framing Lens is running. Open this address in a browser:\n\n  ${workbenchUrl(server, { folder })}\n`);
  console.log(
    given
      ? 'To be shown around: F1, "Welcome: Open Walkthrough…", then "Get Started with Framing Lens" (a few minutes on the examples).'
      : 'It opens at the Get Started walkthrough: a few minutes on the example articles, which are a copy (removed on exit).'
  );
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

/**
 * A fresh copy of the example articles, removed on exit (trying things changes nothing in
 * the repository), with the file that has the extension open its walkthrough there once
 * (src/extension/walkthrough/tour.ts), hidden from the Explorer.
 */
function examplesWithTour() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'framing-lens-examples-'));
  process.once('exit', () => fs.rmSync(folder, { recursive: true, force: true }));
  fs.cpSync(path.join(REPO_ROOT, 'examples'), folder, { recursive: true });
  fs.mkdirSync(path.join(folder, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(folder, '.vscode', 'framing-lens-tour.json'), JSON.stringify({ about: 'Written by npm start: Framing Lens opens its walkthrough once in this folder.' }, null, 2) + '\n');
  fs.writeFileSync(path.join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'files.exclude': { '.vscode': true } }, null, 2) + '\n');
  return folder;
}

runMain(main);
