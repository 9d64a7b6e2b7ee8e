import * as vscode from 'vscode';
import { isArticleDocument, openArticle } from '../comparison/articles';
import type { ComparisonController } from '../comparison/controller';
import type { Messages } from '../comparison/messages';
import { pickArticles } from './pickArticles';

/**
 * Framing Lens: Compare Articles. Where the two articles come from, in order:
 * - two URIs as arguments `(uriA, uriB)` (scripts and tests);
 * - the Explorer context menu `(clicked, selected[])`: the two selected files, or the clicked
 *   file as A and a pick for B;
 * - the two visible text editors (left = A, right = B), as from the editor title button;
 * - otherwise a pick among open documents and workspace articles, A then B.
 */
export async function compareArticlesCommand(controller: ComparisonController, messages: Messages, first?: unknown, second?: unknown): Promise<boolean> {
  const uris = await chooseArticles(messages, first, second);
  if (!uris) return false;
  const a = await openArticle(uris[0], 'a');
  if (typeof a === 'string') {
    messages.error(a);
    return false;
  }
  const b = await openArticle(uris[1], 'b');
  if (typeof b === 'string') {
    messages.error(b);
    return false;
  }
  return controller.start(a, b);
}

async function chooseArticles(messages: Messages, first: unknown, second: unknown): Promise<[vscode.Uri, vscode.Uri] | undefined> {
  if (first instanceof vscode.Uri && second instanceof vscode.Uri) return [first, second];
  if (first instanceof vscode.Uri && Array.isArray(second)) {
    const selected = second.filter((u): u is vscode.Uri => u instanceof vscode.Uri);
    if (selected.length === 2) return [selected[0]!, selected[1]!];
    if (selected.length > 2) {
      messages.warning(`Framing Lens: select two files to compare, not ${selected.length}.`);
      return undefined;
    }
    return pickArticles(first);
  }
  const visible = twoVisibleArticles();
  if (visible) return visible;
  return pickArticles();
}

/** The documents of exactly two visible article editors, left one first. */
function twoVisibleArticles(): [vscode.Uri, vscode.Uri] | undefined {
  const byUri = new Map<string, vscode.TextEditor>();
  for (const editor of vscode.window.visibleTextEditors) {
    if (!isArticleDocument(editor.document)) continue;
    const key = editor.document.uri.toString();
    const known = byUri.get(key);
    if (!known || (editor.viewColumn ?? 99) < (known.viewColumn ?? 99)) byUri.set(key, editor);
  }
  if (byUri.size !== 2) return undefined;
  const [left, right] = [...byUri.values()].sort((x, y) => (x.viewColumn ?? 99) - (y.viewColumn ?? 99));
  return [left!.document.uri, right!.document.uri];
}
