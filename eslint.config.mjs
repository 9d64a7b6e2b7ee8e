// Lint rules of the repository, for the engine (src/core): it imports neither VS Code nor Node, and
// depends on no default locale of the host.
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const ENGINE_ONLY =
  'src/core is the engine: it runs in browser workers (the web extension host, webviews) as well as in Node, ' +
  'so it may not use the VS Code API or Node built-ins. Take text or bytes as arguments and leave files, ' +
  'processes and editors to src/extension or src/cli.ts.';

const HOST_LOCALE =
  'The engine gives the same result in every host: pass the locale (\'en\'), or the order and the text follow the ' +
  'default locale of the host (the browser\'s language in the web extension, LANG in Node).';

/** Every Node built-in, by its bare name ("fs", "fs/promises"); the "node:" forms are a pattern below. */
const nodeBuiltins = [...new Set(builtinModules.map((name) => name.replace(/^node:/, '')))].sort();

export default defineConfig([
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      // The TypeScript form also catches `import type` and `import fs = require('fs')`.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['vscode', ...nodeBuiltins].map((name) => ({ name, message: ENGINE_ONLY })),
          patterns: [{ group: ['node:*'], message: ENGINE_ONLY }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='localeCompare'][arguments.length<2]", message: HOST_LOCALE },
        { selector: "CallExpression[callee.property.name=/^toLocale(String|LowerCase|UpperCase)$/][arguments.length=0]", message: HOST_LOCALE },
        { selector: "NewExpression[callee.object.name='Intl'][arguments.length=0]", message: HOST_LOCALE },
      ],
    },
  },
]);
