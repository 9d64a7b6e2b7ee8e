import * as vscode from 'vscode';
import { ContextKey } from '../commandIds';
import { Disposable } from '../util/dispose';
import { isArticleDocument } from './articles';
import type { ComparedDocuments } from './types';

/**
 * Keeps the context keys of the editor title buttons current:
 * `framingLens.twoTextEditorsVisible` (Compare Articles has two articles to take) and
 * `framingLens.isComparedDocument` (Open Report and Stop Comparing belong to this editor) and
 * `framingLens.isUnfocusedArticle` (Focus on This Article applies to it).
 */
export class EditorContextKeys extends Disposable {
  private _twoVisible: boolean | undefined;
  private _compared: boolean | undefined;
  private _unfocused: boolean | undefined;

  constructor(private readonly controller: ComparedDocuments) {
    super();
    this._register(vscode.window.onDidChangeVisibleTextEditors(() => this.update()));
    this._register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this._register(controller.onDidChange(() => this.update()));
    this.update();
  }

  private update(): void {
    const articles = new Set(
      vscode.window.visibleTextEditors.filter((e) => isArticleDocument(e.document)).map((e) => e.document.uri.toString())
    );
    const twoVisible = articles.size >= 2;
    if (twoVisible !== this._twoVisible) {
      this._twoVisible = twoVisible;
      void vscode.commands.executeCommand('setContext', ContextKey.TwoTextEditorsVisible, twoVisible);
    }
    const active = vscode.window.activeTextEditor;
    const article = active ? this.controller.articleOf(active.document.uri) : undefined;
    const compared = article !== undefined;
    if (compared !== this._compared) {
      this._compared = compared;
      void vscode.commands.executeCommand('setContext', ContextKey.IsComparedDocument, compared);
    }
    const unfocused = compared && article !== this.controller.current?.focus;
    if (unfocused !== this._unfocused) {
      this._unfocused = unfocused;
      void vscode.commands.executeCommand('setContext', ContextKey.IsUnfocusedArticle, unfocused);
    }
  }
}
