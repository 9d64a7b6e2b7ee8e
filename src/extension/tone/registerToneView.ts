import * as vscode from 'vscode';
import type { ToneModel } from '../../core/views/toneModel';
import type { ToneFromWebview } from '../../webview/protocol/tone';
import { CommandId } from '../commandIds';
import type { ComparisonSource } from '../comparison/types';
import { ToneViewProvider } from './toneViewProvider';

/**
 * What the Tone panel offers the rest of the extension and its integration tests, which
 * cannot look inside a webview: what was posted to it, and a way to act as the page.
 */
export interface ToneFeatures {
  /** The model last posted to the page: undefined before the first post, null for the empty state. */
  lastModel(): ToneModel | null | undefined;
  /** Whether VS Code has created the view (it has been shown at least once). */
  isResolved(): boolean;
  /** Whether the page's script has loaded and said `ready` (it runs under the panel's CSP). */
  isReady(): boolean;
  /** The page's HTML as last set (undefined before the view is resolved). */
  html(): string | undefined;
  /** Fires with every model posted to the page. */
  readonly onDidPost: vscode.Event<ToneModel | null>;
  /** Handles a message as if the page had sent it (e.g. a click on a sentence bar). */
  handleMessage(message: ToneFromWebview): Promise<void>;
}

/** Registers the Tone view and the Show Tone Panel command in `context.subscriptions`. */
export function registerToneView(context: vscode.ExtensionContext, source: ComparisonSource): ToneFeatures {
  const provider = new ToneViewProvider(context.extensionUri, source);
  context.subscriptions.push(
    provider,
    vscode.window.registerWebviewViewProvider(ToneViewProvider.viewType, provider, {
      webviewOptions: { retainContextWhenHidden: false },
    }),
    vscode.commands.registerCommand(CommandId.ShowTone, showTone)
  );
  return {
    lastModel: () => provider.lastPosted,
    isResolved: () => provider.isResolved,
    isReady: () => provider.isReady,
    html: () => provider.html,
    onDidPost: provider.onDidPost,
    handleMessage: (message) => provider.handleMessage(message),
  };
}

/** Opens the Framing Lens container and focuses the Tone view (VS Code adds `<viewId>.focus`). */
async function showTone(): Promise<void> {
  await vscode.commands.executeCommand(`${ToneViewProvider.viewType}.focus`);
}
