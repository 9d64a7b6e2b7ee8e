/**
 * The libraries that find a page's main content (Readability on linkedom), bundled on their
 * own for the Node entries (`dist/pageLibs.js`). They are about 40 % of each bundle and only
 * an HTML page needs them, so the CLI, the engine's worker and the extension host no longer
 * parse them at every start; `src/core/extract/mainContent.ts` loads them at the first page.
 * The web extension keeps them in its single bundle (a web worker loads one script).
 */
export { Readability } from '@mozilla/readability';
export { parseHTML } from 'linkedom';
