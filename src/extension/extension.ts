import type * as vscode from 'vscode';
import { InlineEngine } from '../core/engine/inlineEngine';
import { activateExtension, type FramingLensApi } from './activate';

export type { FramingLensApi } from './activate';

/** The desktop entry point (`main`): VS Code's Node extension host. */
export function activate(context: vscode.ExtensionContext): FramingLensApi {
  return activateExtension(context, {
    createEngine: () => new InlineEngine(),
    caseSensitivePaths: process.platform === 'linux',
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
