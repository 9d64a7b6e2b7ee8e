import type { Engine } from '../core/engine/engine';

/**
 * What differs between the extension hosts Framing Lens runs in: VS Code's Node host on the
 * desktop, and a browser's web worker (vscode.dev, github.dev, code-server). Each entry point
 * gives one to `activateExtension`, so the code below it uses no Node API and runs in both.
 */
export interface ExtensionPlatform {
  /** Makes the engine the comparisons run on. */
  createEngine(): Engine;
  /**
   * Whether two `file:` paths that differ only in letter case name different files (Linux).
   * False where that is not known: an export is then refused over an article on any doubt.
   */
  readonly caseSensitivePaths: boolean;
}
