/**
 * Mocha's browser build (it defines the global `mocha`), set up with the options of the Node
 * host's runner (test/integration/index.ts). Imported before the suites: it defines
 * `describe`, `it` and the hooks they call while they load.
 */
import 'mocha/mocha.js';

mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 20_000 });
