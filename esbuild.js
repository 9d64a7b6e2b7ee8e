// Bundles the extension host entry, the CLI and the webview scripts.
// Usage: node esbuild.js [--production] [--watch]
const esbuild = require('esbuild');
const fs = require('fs');
const { noNodeBuiltins } = require('./scripts/noNodeBuiltins.cjs');

/**
 * The Node entries load Readability and linkedom from one shared bundle beside them
 * (`dist/pageLibs.js`, see src/pageLibs.ts) at the first HTML page, instead of each carrying
 * and parsing them at every start.
 */
const sharedPageLibs = {
  name: 'shared-page-libs',
  setup(build) {
    build.onResolve({ filter: /^(linkedom|@mozilla\/readability)$/ }, () => ({ path: './pageLibs.js', external: true }));
  },
};

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Entry points: [input, output, platform]. */
const targets = [
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'], plugins: [sharedPageLibs] },
  { entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' }, define: { __VERSION__: JSON.stringify(require('./package.json').version) }, plugins: [sharedPageLibs] },
  { entryPoints: ['src/pageLibs.ts'], outfile: 'dist/pageLibs.js', platform: 'node', format: 'cjs' },
  ...webviewEntries(),
  // The engine's worker thread (desktop) and the web extension's entry, once they exist. The web
  // extension runs in a web worker: packages' `worker` builds, never ones that need `document`.
  ...optionalEntry({ entryPoints: ['src/engineWorker.ts'], outfile: 'dist/engineWorker.js', platform: 'node', format: 'cjs', plugins: [sharedPageLibs] }),
  ...optionalEntry({ entryPoints: ['src/web/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], conditions: ['worker'], plugins: [noNodeBuiltins('the web extension')] }),
];

function optionalEntry(target) {
  return fs.existsSync(target.entryPoints[0]) ? [target] : [];
}

function webviewEntries() {
  const dir = 'src/webview';
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('Main.ts'))
    .map((name) => ({
      entryPoints: [`${dir}/${name}`],
      outfile: `media/${name.replace(/Main\.ts$/, '')}.js`,
      platform: 'browser',
      format: 'iife',
    }));
}

/** Prints build errors in the `file:line:col: error:` form that editors' problem matchers read. */
const problemMatcherPlugin = {
  name: 'problem-matcher',
  setup(build) {
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
    });
  },
};

async function main() {
  const contexts = await Promise.all(
    targets.map((target) =>
      esbuild.context({
        bundle: true,
        minify: production,
        sourcemap: !production,
        sourcesContent: false,
        target: 'es2022',
        logLevel: 'silent',
        ...target,
        plugins: [...(target.plugins ?? []), problemMatcherPlugin],
      })
    )
  );
  if (watch) {
    await Promise.all(contexts.map((ctx) => ctx.watch()));
    return;
  }
  let failed = false;
  for (const ctx of contexts) {
    try {
      await ctx.rebuild();
    } catch {
      failed = true;
    }
    await ctx.dispose();
  }
  if (fs.existsSync('dist/cli.js')) fs.chmodSync('dist/cli.js', 0o755);
  // The lexicon file schema, for contributes.jsonValidation.
  fs.copyFileSync('src/core/lexicon/lexicon.schema.json', 'dist/lexicon.schema.json');
  if (failed) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
