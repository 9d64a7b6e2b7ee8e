import * as vscode from 'vscode';
import { CommandId } from '../commandIds';
import type { ComparedDocuments } from '../comparison/types';
import { Disposable } from '../util/dispose';

/**
 * A CodeLens on the first line of each compared article saying which article it is: its
 * letter, its headline (or, in a collection, the outlet's name) and how many sentences were
 * compared, e.g. "A · 18 sentences · Floods close the harbour road" (the headline last, where
 * a narrow column cuts it). A click opens the report. Shown only while the article is compared.
 */
export class ArticleLens extends Disposable implements vscode.CodeLensProvider {
  private readonly _onDidChange = this._register(new vscode.EventEmitter<void>());
  public readonly onDidChangeCodeLenses = this._onDidChange.event;

  constructor(private readonly controller: ComparedDocuments) {
    super();
    this._register(controller.onDidChange(() => this._onDidChange.fire()));
    this._register(vscode.languages.registerCodeLensProvider('*', this));
  }

  public provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const title = this.label(document.uri);
    if (!title) return [];
    return [new vscode.CodeLens(new vscode.Range(0, 0, 0, 0), { title, command: CommandId.OpenReport, tooltip: vscode.l10n.t('Framing Lens: open the report') })];
  }

  /** The lens's text for a document, undefined when it is not compared. */
  public label(uri: vscode.Uri): string | undefined {
    const current = this.controller.current;
    const article = this.controller.articleOf(uri);
    if (!current || article === undefined) return undefined;
    const sentences = (count: number) => (count === 1 ? vscode.l10n.t('1 sentence') : vscode.l10n.t('{0} sentences', count));
    if (current.collection) {
      const summary = current.collection.articles[article];
      if (!summary) return undefined;
      const name =
        article === current.focus
          ? vscode.l10n.t({ message: '{0} (focus)', args: [summary.label], comment: ['{0} is the letter of the article the others are compared with'] })
          : summary.label;
      return `${name} · ${sentences(summary.sentences)} · ${short(summary.title)}`;
    }
    const side = article === current.focus ? 0 : article === current.partner ? 1 : undefined;
    if (side === undefined) return undefined;
    const summary = current.report.articles[side];
    // A pair is named by its files elsewhere (tabs, report); the lens says what the article is about.
    return `${summary.label} · ${sentences(summary.sentences)} · ${short(summary.headline || summary.title)}`;
  }
}

/** A headline cut to a lens's length. */
function short(title: string): string {
  const flat = title.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}
