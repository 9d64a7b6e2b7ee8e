import * as vscode from 'vscode';
import type { ComparedDocuments } from '../comparison/types';
import { Disposable } from '../util/dispose';

/**
 * Wraps the lines of the compared editors while they are compared (`framingLens.wordWrap`),
 * so a paragraph's highlights are in view instead of off to the right, and unwraps them again
 * when the comparison stops. Only those editors: the user's `editor.wordWrap` setting is not
 * touched. VS Code offers no API to wrap one editor but its own toggle, which acts on the
 * active editor, so each editor is made active in turn (the active one is restored after),
 * and only documents whose `editor.wordWrap` is `off` are toggled, and toggled back, once.
 */
export class CompareWordWrap extends Disposable {
  /** Documents this wrapped, by URI, to unwrap when the comparison ends. */
  private readonly _wrapped = new Set<string>();
  private _comparison: number | undefined;
  /** Toggling is serialised: each step moves the focus. */
  private _queue: Promise<void> = Promise.resolve();

  constructor(private readonly controller: ComparedDocuments) {
    super();
    this._register(controller.onDidChange((comparison) => {
      if (!comparison) this.enqueue(() => this.unwrapAll());
      else if (comparison.id !== this._comparison || this._wrapped.size === 0) {
        this._comparison = comparison.id;
        this.enqueue(() => this.wrapCompared());
      }
    }));
    this._register(controller.onDidChangeConfig((config) => this.enqueue(() => (config.wordWrap && controller.current ? this.wrapCompared() : this.unwrapAll()))));
    this._register({ dispose: () => void this.unwrapAll() });
  }

  /** URIs of the documents wrapped for the comparison (for tests). */
  public get wrapped(): readonly string[] {
    return [...this._wrapped];
  }

  /** Resolves when the wrapping asked for so far is done (for tests). */
  public settled(): Promise<void> {
    return this._queue;
  }

  private enqueue(step: () => Promise<void>): void {
    this._queue = this._queue.then(step, step);
  }

  private async wrapCompared(): Promise<void> {
    const current = this.controller.current;
    if (!current || !this.controller.config.wordWrap) return;
    const targets = vscode.window.visibleTextEditors.filter((editor) => {
      const key = editor.document.uri.toString();
      return this.controller.articleOf(editor.document.uri) !== undefined && !this._wrapped.has(key) && wrapSetting(editor.document) === 'off';
    });
    // Unwrap what an earlier comparison wrapped and this one no longer compares.
    const compared = new Set(current.articles.map((uri) => uri.toString()));
    const stale = [...this._wrapped].filter((key) => !compared.has(key));
    await this.toggle(targets, true);
    await this.toggle(vscode.window.visibleTextEditors.filter((editor) => stale.includes(editor.document.uri.toString())), false);
    for (const key of stale) this._wrapped.delete(key);
  }

  private async unwrapAll(): Promise<void> {
    if (this._wrapped.size === 0) return;
    const editors = vscode.window.visibleTextEditors.filter((editor) => this._wrapped.has(editor.document.uri.toString()));
    await this.toggle(editors, false);
    // A wrapped document no longer shown keeps its wrap until it is next opened: nothing to toggle it in.
    this._wrapped.clear();
  }

  /** Toggles word wrap in each editor (one per document), then gives the focus back. */
  private async toggle(editors: readonly vscode.TextEditor[], wrapping: boolean): Promise<void> {
    const seen = new Set<string>();
    const unique = editors.filter((editor) => {
      const key = editor.document.uri.toString();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (unique.length === 0) return;
    const active = vscode.window.activeTextEditor;
    for (const editor of unique) {
      // An editor closed meanwhile (the user, or Stop followed by closing) is not opened again to toggle it.
      if (!(await reshow(editor))) continue;
      await vscode.commands.executeCommand('editor.action.toggleWordWrap');
      const key = editor.document.uri.toString();
      if (wrapping) this._wrapped.add(key);
      else this._wrapped.delete(key);
    }
    if (active) await reshow(active);
  }
}

/**
 * Makes a shown editor the active one again; false when it is gone. It can close between the
 * check and the call (Stop, then Close All), and VS Code then refuses to show it, which is
 * no error here: there is nothing left to toggle.
 */
async function reshow(editor: vscode.TextEditor): Promise<boolean> {
  if (!vscode.window.visibleTextEditors.includes(editor) || editor.document.isClosed) return false;
  try {
    await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false, preview: false });
    return true;
  } catch {
    return false;
  }
}

/** The `editor.wordWrap` that applies to a document (its language's, else the general one). */
function wrapSetting(document: vscode.TextDocument): string {
  return vscode.workspace.getConfiguration('editor', { uri: document.uri, languageId: document.languageId }).get<string>('wordWrap', 'off');
}
