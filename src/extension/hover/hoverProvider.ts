import * as vscode from 'vscode';
import { articleView } from '../../core/views/articleView';
import { highlightsAt } from '../../core/views/highlights';
import { hoverMarkdown } from '../../core/views/hoverText';
import { CommandId } from '../commandIds';
import type { ComparedDocuments } from '../comparison/types';
import type { HighlightStore } from '../comparison/highlightStore';

/** The only commands a hover may run: the links `hoverMarkdown` adds. */
const ENABLED_COMMANDS = [CommandId.RevealCounterpart, CommandId.OpenReport, CommandId.RevealInArticle, CommandId.IncludeLeftOut, CommandId.HoverDetails, CommandId.IgnoreFinding];

/**
 * Explains the highlight under the mouse in either compared document. Reads the precomputed
 * highlights and report only; the Markdown comes from the pure `hoverMarkdown`.
 */
export class ComparisonHoverProvider implements vscode.HoverProvider {
  /** Short hovers fit the hover box; the details come with the Details link, until Fewer details. */
  public detail: 'short' | 'full' = 'short';

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
        ignoreFinding: CommandId.IgnoreFinding,
        toggleDetails: `${CommandId.HoverDetails}?${encodeURIComponent(JSON.stringify([{ uri: document.uri.toString(), offset: document.offsetAt(position) }]))}`,
      },
      detail: this.detail,
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

/**
 * Registers the hover for every document (it answers only for the compared ones) and the
 * command of its Details / Fewer details link, which shows the hover again, at the same place,
 * with or without its details.
 */
export function registerHover(controller: ComparedDocuments, store: HighlightStore): vscode.Disposable {
  const provider = new ComparisonHoverProvider(controller, store);
  return vscode.Disposable.from(
    vscode.languages.registerHoverProvider('*', provider),
    vscode.commands.registerCommand(CommandId.HoverDetails, async (arg?: unknown) => {
      provider.detail = provider.detail === 'short' ? 'full' : 'short';
      const at = hoverPlace(arg);
      const editor = at && vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === at.uri);
      if (!editor || !at) return;
      const position = editor.document.positionAt(at.offset);
      editor.selection = new vscode.Selection(position, position);
      await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
      await vscode.commands.executeCommand('editor.action.showHover');
    })
  );
}

/** The place a Details link names: `{ uri, offset }`. */
function hoverPlace(arg: unknown): { uri: string; offset: number } | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { uri, offset } = arg as { uri?: unknown; offset?: unknown };
  return typeof uri === 'string' && typeof offset === 'number' && Number.isInteger(offset) && offset >= 0 ? { uri, offset } : undefined;
}
