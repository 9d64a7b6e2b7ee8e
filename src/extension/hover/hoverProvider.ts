import * as vscode from 'vscode';
import { highlightsAt } from '../../core/views/highlights';
import { hoverMarkdown } from '../../core/views/hoverText';
import { CommandId } from '../commandIds';
import type { ComparisonController } from '../comparison/controller';
import type { HighlightStore } from '../comparison/highlightStore';

/** The only commands a hover may run: the links `hoverMarkdown` adds. */
const ENABLED_COMMANDS = [CommandId.RevealCounterpart, CommandId.OpenReport];

/**
 * Explains the highlight under the mouse in either compared document. Reads the precomputed
 * highlights and report only; the Markdown comes from the pure `hoverMarkdown`.
 */
export class ComparisonHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly controller: ComparisonController,
    private readonly store: HighlightStore
  ) {}

  public provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    const side = this.controller.sideOf(document.uri);
    const report = this.controller.current?.report;
    // A document edited since the last report would be explained with stale offsets.
    if (!side || !report || this.controller.upToDateDocument(side)?.version !== document.version) return undefined;
    const hits = highlightsAt(this.store.get(side), document.offsetAt(position));
    if (hits.length === 0 || token.isCancellationRequested) return undefined;
    const markdown = hoverMarkdown({
      report,
      side,
      hits,
      commands: { revealCounterpart: CommandId.RevealCounterpart, openReport: CommandId.OpenReport },
      variantNote: (setId, variantId) => this.controller.variantNote(setId, variantId),
    });
    if (!markdown || token.isCancellationRequested) return undefined;
    const content = new vscode.MarkdownString(markdown);
    content.isTrusted = { enabledCommands: ENABLED_COMMANDS };
    // The smallest highlight under the mouse is what the hover is anchored to.
    const anchor = hits.reduce((x, y) => (y.end - y.start < x.end - x.start ? y : x));
    return new vscode.Hover(content, new vscode.Range(document.positionAt(anchor.start), document.positionAt(anchor.end)));
  }
}

/** Registers the hover for every document; it answers only for the two compared ones. */
export function registerHover(controller: ComparisonController, store: HighlightStore): vscode.Disposable {
  return vscode.languages.registerHoverProvider('*', new ComparisonHoverProvider(controller, store));
}
