import type * as vscode from 'vscode';
import { InlineEngine } from '../core/engine/inlineEngine';
import { activateExtension, type FramingLensApi } from '../extension/activate';

/**
 * The web entry point (`browser`): a browser's web worker extension host (vscode.dev,
 * github.dev, code-server). The engine runs inline, on the extension host's own worker
 * thread: code-server refuses to start workers from extension files.
 */
export function activate(context: vscode.ExtensionContext): FramingLensApi {
  return activateExtension(context, {
    createEngine: () => new InlineEngine(),
    // The browser does not say which system holds the files: refuse on any doubt.
    caseSensitivePaths: false,
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
