import * as vscode from 'vscode';
import { isArticleDocument, openArticle } from '../comparison/articles';
import type { ComparisonController } from '../comparison/controller';
import type { Messages } from '../comparison/messages';
import { pickArticles, pickManyArticles } from './pickArticles';

/**
 * Framing Lens: Compare Articles. Two articles are a pair; three or more a collection, the
 * first of them the focus. Where the articles come from, in order:
 * - URIs as arguments `(uriA, uriB, …)` or one array of URIs (scripts and tests);
 * - the Explorer context menu `(clicked, selected[])`: the selected files, or the clicked
 *   file as A and a pick for B;
 * - the visible text editors, left to right, when two or more show articles (the editor
 *   title button);
 * - otherwise a multi-select pick among open documents and workspace articles.
 */
export async function compareArticlesCommand(controller: ComparisonController, messages: Messages, ...args: unknown[]): Promise<boolean> {
  const uris = await chooseArticles(args);
  if (!uris) return false;
  const documents: vscode.TextDocument[] = [];
  for (const [k, uri] of uris.entries()) {
    const document = await openArticle(uri, k);
    if (typeof document === 'string') {
      messages.error(document);
      return false;
    }
    documents.push(await asArticleText(document));
  }
  return controller.start(documents);
}

/** Language modes an article is read in as what it is; others are code or data modes. */
const ARTICLE_LANGUAGES = new Set(['plaintext', 'markdown', 'html']);

/**
 * A pasted article in an untitled editor is often guessed to be code or JSON (its quotes and
 * brackets), which would colour it as code around the highlights: it is set to plain text.
 * Only its language mode changes, never its text; saved files keep the mode they have.
 */
async function asArticleText(document: vscode.TextDocument): Promise<vscode.TextDocument> {
  if (document.uri.scheme !== 'untitled' || ARTICLE_LANGUAGES.has(document.languageId)) return document;
  return vscode.languages.setTextDocumentLanguage(document, 'plaintext');
}

async function chooseArticles(args: readonly unknown[]): Promise<vscode.Uri[] | undefined> {
  const [first, second] = args;
  if (Array.isArray(first)) return urisIn(first).length >= 2 ? urisIn(first) : pickManyArticles();
  if (first instanceof vscode.Uri && Array.isArray(second)) {
    const selected = urisIn(second);
    if (selected.length >= 2) return selected;
    const b = await pickArticles(first);
    return b;
  }
  const given = urisIn(args);
  if (given.length >= 2) return given;
  const visible = visibleArticles();
  if (visible.length >= 2) return visible;
  return pickManyArticles();
}

function urisIn(values: readonly unknown[]): vscode.Uri[] {
  return values.filter((u): u is vscode.Uri => u instanceof vscode.Uri);
}

/** The documents of the visible article editors, left to right, each once. */
function visibleArticles(): vscode.Uri[] {
  const byUri = new Map<string, vscode.TextEditor>();
  for (const editor of vscode.window.visibleTextEditors) {
    if (!isArticleDocument(editor.document)) continue;
    const key = editor.document.uri.toString();
    const known = byUri.get(key);
    if (!known || (editor.viewColumn ?? 99) < (known.viewColumn ?? 99)) byUri.set(key, editor);
  }
  return [...byUri.values()].sort((x, y) => (x.viewColumn ?? 99) - (y.viewColumn ?? 99)).map((e) => e.document.uri);
}
