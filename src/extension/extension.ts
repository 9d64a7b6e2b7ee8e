import * as vscode from 'vscode';

/** Composition root: wires the parts of the extension together. */
export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('framingLens.compareArticles', () => {
      void vscode.window.showInformationMessage('Framing Lens: comparison is not wired yet.');
    })
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
