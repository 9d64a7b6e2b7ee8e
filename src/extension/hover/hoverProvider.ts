import * as vscode from 'vscode';
import { articleView } from '../../core/views/articleView';
import { highlightsAt } from '../../core/views/highlights';
import { hoverMarkdown } from '../../core/views/hoverText';
import { CommandId } from '../commandIds';
import type { ComparedDocuments } from '../comparison/types';
import type { HighlightStore } from '../comparison/highlightStore';

/** The only commands a hover may run: the links `hoverMarkdown` adds. */
const ENABLED_COMMANDS = [CommandId.RevealCounterpart, CommandId.OpenReport, CommandId.RevealInArticle, CommandId.IncludeLeftOut];

/**
 * Explains the highlight under the mouse in either compared document. Reads the precomputed
 * highlights and report only; the Markdown comes from the pure `hoverMarkdown`.
 */
export class ComparisonHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly controller: ComparedDocuments,
    private readonly store: HighlightStore
  ) {}

  public provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    const current = this.controller.current;
    const article = this.controller.articleOf(document.uri);
    const view = current && article !== undefined ? articleView(current, article) : undefined;
    // A document edited since the last report would be explained with stale offsets.
    if (!view || this.controller.upToDateDocument(view.article)?.version !== document.version) return undefined;
    const hits = highlightsAt(this.store.get(view.article), document.offsetAt(position));
    if (hits.length === 0 || token.isCancellationRequested) return undefined;
    const markdown = hoverMarkdown({
      report: view.report,
      side: view.side,
      hits,
      commands: {
        revealCounterpart: CommandId.RevealCounterpart,
        openReport: CommandId.OpenReport,
        revealInArticle: CommandId.RevealInArticle,
        includeLeftOut: CommandId.IncludeLeftOut,
      },
      variantNote: (setId, variantId) => this.controller.variantNote(setId, variantId),
      ...(view.collection ? { collection: view.collection, article: view.article } : {}),
    });
    if (!markdown || token.isCancellationRequested) return undefined;
    const content = new vscode.MarkdownString(markdown);
    content.isTrusted = { enabledCommands: ENABLED_COMMANDS };
    // The smallest highlight under the mouse is what the hover is anchored to.
    const anchor = hits.reduce((x, y) => (y.end - y.start < x.end - x.start ? y : x));
    return new vscode.Hover(content, new vscode.Range(document.positionAt(anchor.start), document.positionAt(anchor.end)));
  }
}

/** Registers the hover for every document; it answers only for the compared ones. */
export function registerHover(controller: ComparedDocuments, store: HighlightStore): vscode.Disposable {
  return vscode.languages.registerHoverProvider('*', new ComparisonHoverProvider(controller, store));
}
