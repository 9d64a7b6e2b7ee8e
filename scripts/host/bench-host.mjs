#!/usr/bin/env node
// The extension-host benchmark (`npm run bench:host`): writes pairs of long generated
// articles into a temporary folder, opens it in a real VS Code extension host (code-server,
// headless Chromium) and runs out/bench/host/index.js there, which compares each pair and
// opens its report, and prints how long the extension host was blocked, how long until the
// highlights and how long until the report's first screen. Prints figures; a missed target
// is not an error.
//
// Usage: node scripts/host/bench-host.mjs [--size CHARACTERS] [--pairs fixtures,synthetic] [--profile DIR]
//        (after npm run build && npm run compile)
//
// --profile DIR also profiles the extension host's thread during each step, writes the
// profiles (.cpuprofile) to DIR and prints the functions that took the most time.
//
// Pairs: `fixtures` repeats the project's fixture pairs with varied numbers and names (many
// framing terms and one-sided sentences: heavy to highlight and report); `synthetic` is the
// engine benchmark's similar pair (bench/synthetic.ts).

import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { runExtensionTests } from './extension-tests.mjs';
import { HostError, runMain } from './host.mjs';
import { REPO_ROOT } from './paths.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const SIZE = Number(option('--size', '1000000'));
const PAIRS = option('--pairs', 'fixtures,synthetic').split(',');
const PROFILE = option('--profile', '');

function writePairs(folder) {
  const require = createRequire(import.meta.url);
  const out = path.join(REPO_ROOT, 'out', 'bench');
  if (!fs.existsSync(path.join(out, 'largePair.js'))) throw new HostError('out/bench is missing: run npm run compile first');
  const { largePair } = require(path.join(out, 'largePair.js'));
  const { article, rewrite, toText } = require(path.join(out, 'synthetic.js'));
  for (const name of PAIRS) {
    let pair;
    if (name === 'fixtures') pair = largePair(SIZE, path.join(REPO_ROOT, 'test', 'fixtures'));
    else if (name === 'synthetic') {
      const original = article(1030, SIZE);
      pair = { a: toText(original), b: toText(rewrite(original, 1031)) };
    } else throw new HostError(`unknown pair ${JSON.stringify(name)}; use fixtures or synthetic`);
    fs.writeFileSync(path.join(folder, `${name}-a.txt`), pair.a);
    fs.writeFileSync(path.join(folder, `${name}-b.txt`), pair.b);
  }
}

runMain(async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'framing-lens-bench-'));
  try {
    writePairs(folder);
    process.env.FRAMING_LENS_BENCH_PAIRS = PAIRS.join(',');
    if (PROFILE) process.env.FRAMING_LENS_BENCH_PROFILE = path.resolve(PROFILE);
    return await runExtensionTests({
      testsModule: path.join(REPO_ROOT, 'out', 'bench', 'host', 'index.js'),
      folder,
      timeoutS: 1200,
      failurePrefix: path.join(REPO_ROOT, '.vscode-test', 'bench-failure'),
      verbose: process.env.FRAMING_LENS_HOST_VERBOSE === '1',
    });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
