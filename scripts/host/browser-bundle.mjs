// Bundles test modules for the browser (the web worker extension host, a Chromium page):
// one script, Node's assert replaced by test/web/assert.ts, any other Node built-in refused.

import path from 'node:path';
import esbuild from 'esbuild';
import plugins from '../noNodeBuiltins.cjs';
import { REPO_ROOT } from './paths.mjs';

const ASSERT = path.join(REPO_ROOT, 'test', 'web', 'assert.ts');

/**
 * @param {object} options
 * @param {string[]} options.imports absolute paths of the modules, imported in this order
 * @param {'iife'|'cjs'} options.format `cjs` for an extension host's tests module (it exports `run`)
 * @param {string} options.what what the bundle is, for error messages
 * @param {string} [options.outfile] where to write it; without, the script is returned
 * @returns {Promise<string>} the script (or the outfile)
 */
export async function browserTestBundle(options) {
  const lines = options.imports.map((file) => `import ${JSON.stringify(file)};`);
  if (options.format === 'cjs') lines.push(`export * from ${JSON.stringify(options.imports.at(-1))};`);
  const result = await esbuild.build({
    stdin: { contents: lines.join('\n'), resolveDir: REPO_ROOT, sourcefile: 'browser-tests.js', loader: 'ts' },
    bundle: true,
    platform: 'browser',
    format: options.format,
    target: 'es2022',
    external: ['vscode'],
    plugins: [plugins.noNodeBuiltins(options.what, { assert: ASSERT, 'node:assert': ASSERT, 'node:assert/strict': ASSERT })],
    sourcemap: Boolean(options.outfile),
    write: Boolean(options.outfile),
    ...(options.outfile ? { outfile: options.outfile } : {}),
    logLevel: 'silent',
  }).catch((error) => {
    const first = error.errors?.[0];
    throw new Error(`bundling ${options.what} failed: ${first ? `${first.text}${first.location ? ` (${first.location.file}:${first.location.line})` : ''}` : error.message}`);
  });
  return options.outfile ?? new TextDecoder().decode(result.outputFiles[0].contents);
}
