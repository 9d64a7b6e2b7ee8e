import * as vscode from 'vscode';
import { activateExtension, type FramingLensApi } from './activate';
import { WorkerEngine } from './engine/workerEngine';
import { uiBundle } from './l10n/configure';

export type { FramingLensApi } from './activate';

/**
 * The desktop entry point (`main`): VS Code's Node extension host. The engine runs on a worker
 * thread (`dist/engineWorker.js`), so long articles never block the other extensions; where no
 * worker can run it says so once in the Framing Lens output and compares inline.
 */
export function activate(context: vscode.ExtensionContext): FramingLensApi {
  let output: vscode.LogOutputChannel | undefined;
  const log = (line: string) => {
    if (!output) {
      output = vscode.window.createOutputChannel('Framing Lens', { log: true });
      context.subscriptions.push(output);
    }
    output.warn(line);
  };
  return activateExtension(context, {
    createEngine: () => new WorkerEngine({ script: vscode.Uri.joinPath(context.extensionUri, 'dist', 'engineWorker.js').fsPath, log, l10n: uiBundle() }),
    caseSensitivePaths: process.platform === 'linux',
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
