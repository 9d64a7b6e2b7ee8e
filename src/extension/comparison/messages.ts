import * as vscode from 'vscode';

export type MessageSeverity = 'error' | 'warning' | 'info';

export interface ShownMessage {
  readonly severity: MessageSeverity;
  readonly text: string;
}

/** A notification's text: a sentence (in the UI language already) after the product's name. */
export function framingLensSays(sentence: string): string {
  return vscode.l10n.t({ message: 'Framing Lens: {0}', args: [sentence], comment: ['{0} is a sentence, translated already; keep the product name Framing Lens'] });
}

/** How many recent messages are kept for the integration tests. */
const KEPT = 20;

/**
 * Shows notifications without waiting for the user to dismiss them, and remembers the last
 * few so integration tests can check what a user was told.
 */
export class Messages {
  private readonly _shown: ShownMessage[] = [];

  /** The most recent messages, oldest first. */
  public get shown(): readonly ShownMessage[] {
    return this._shown;
  }

  public error(text: string): void {
    this.remember('error', text);
    void vscode.window.showErrorMessage(text);
  }

  public warning(text: string): void {
    this.remember('warning', text);
    void vscode.window.showWarningMessage(text);
  }

  public info(text: string): void {
    this.remember('info', text);
    void vscode.window.showInformationMessage(text);
  }

  private remember(severity: MessageSeverity, text: string): void {
    this._shown.push({ severity, text });
    if (this._shown.length > KEPT) this._shown.shift();
  }
}
