// An esbuild plugin for browser bundles (the web extension, and the tests that run in a
// browser): the build fails when anything in the bundle imports a Node built-in.
const { builtinModules } = require('module');

const NAMES = new Set(builtinModules.map((name) => name.replace(/^node:/, '')));

/**
 * Fails the build when a browser bundle imports a Node built-in, wherever the import is (our
 * code or a dependency), before esbuild resolves it: otherwise a package that happens to be
 * installed under the same name (`punycode`, `buffer`) or a dependency's `browser` field
 * (`"fs": false`) would stand in for it silently, and the bundle would fail only when run.
 *
 * @param {string} what the bundle, for the message ("the web extension")
 * @param {Record<string, string>} [replacements] built-ins the bundle replaces on purpose, by
 *   import path, with the absolute path of the module to use instead (the tests' `assert`)
 */
function noNodeBuiltins(what, replacements = {}) {
  return {
    name: 'no-node-builtins',
    setup(build) {
      build.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
        if (Object.hasOwn(replacements, args.path)) return { path: replacements[args.path] };
        const name = args.path.replace(/^node:/, '');
        if (!args.path.startsWith('node:') && !NAMES.has(name) && !NAMES.has(name.split('/')[0])) return undefined;
        return { errors: [{ text: `"${args.path}" is a Node built-in, not available in the browser where ${what} runs (imported by ${args.importer})` }] };
      });
    },
  };
}

module.exports = { noNodeBuiltins };
