import * as vscode from 'vscode';
import type { ArticleInput } from '../../core/compare';
import { decodeProblemText, decodeText } from '../../core/io/decodeText';
import type { ArticleFormat } from '../../core/text/maskMarkup';
import { articleLabel } from '../../core/collection/outletNames';
import { framingLensSays } from './messages';

/** Schemes of editors that show something other than an article (output, SCM input, …). */
const NON_ARTICLE_SCHEMES = new Set([
  'output',
  'debug',
  'vscode-scm',
  'git',
  'comment',
  'vscode-notebook-cell',
  'vscode-interactive-input',
  'vscode-settings',
  'vscode-terminal',
  'walkThroughSnippet',
  'vscode-chat-code-block',
]);

/** Whether a document can be an article (a file, an untitled editor, a remote file…). */
export function isArticleDocument(document: vscode.TextDocument): boolean {
  return !NON_ARTICLE_SCHEMES.has(document.uri.scheme);
}

/** The name a user knows a document by: the file name, or "Untitled-1". */
export function documentName(uri: vscode.Uri): string {
  const parts = uri.path.split('/');
  return parts[parts.length - 1] || uri.toString();
}

/** "A", "B", "C", …: how messages name an article by its place in the comparison. */
export function label(article: number): string {
  return articleLabel(article);
}

/**
 * Opens an article given by URI as a text document, refusing binary files before VS Code
 * tries to show them as text. Resolves to the document, or to a message saying why not.
 */
export async function openArticle(uri: vscode.Uri, article: number): Promise<vscode.TextDocument | string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open;
  if (uri.scheme !== 'untitled') {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (error) {
      return vscode.l10n.t('Framing Lens: article {0} ({1}) could not be read: {2}', label(article), documentName(uri), (error as Error).message);
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      const why = decodeProblemText(vscode.l10n.t('article {0} ({1})', label(article), documentName(uri)), decoded.problem);
      return framingLensSays(why);
    }
  }
  try {
    return await vscode.workspace.openTextDocument(uri);
  } catch (error) {
    return vscode.l10n.t('Framing Lens: article {0} ({1}) could not be opened: {2}', label(article), documentName(uri), (error as Error).message);
  }
}

/**
 * Why these documents cannot be compared, as the message to show; undefined when they can.
 * Checks the cheap things first: a document given twice, then binary content, then emptiness.
 */
export function refusal(documents: readonly vscode.TextDocument[]): string | undefined {
  const seen = new Map<string, number>();
  for (const [k, document] of documents.entries()) {
    const key = document.uri.toString();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      return documents.length === 2
        ? vscode.l10n.t('Framing Lens: A and B are the same document ({0}) — choose two different articles', documentName(document.uri))
        : vscode.l10n.t('Framing Lens: {0} and {1} are the same document ({2}) — choose different articles', label(earlier), label(k), documentName(document.uri));
    }
    seen.set(key, k);
  }
  for (const [k, document] of documents.entries()) {
    const text = document.getText();
    if (text.includes('\u0000')) {
      return vscode.l10n.t('Framing Lens: article {0} ({1}) is not a text file (it contains binary data)', label(k), documentName(document.uri));
    }
    if (text.trim().length === 0) {
      return vscode.l10n.t('Framing Lens: article {0} is empty — nothing to compare', label(k));
    }
  }
  return undefined;
}

/**
 * What the engine reads from a document: its text exactly as VS Code holds it (with the
 * document's own line endings, so report offsets are document offsets), never written back.
 */
export function articleInput(document: vscode.TextDocument, named = true): ArticleInput {
  const isFile = document.uri.scheme === 'file';
  const format = formatOf(document);
  return {
    text: document.getText(),
    path: isFile ? document.uri.fsPath : document.uri.toString(),
    // A pair names its articles by file name; a collection by headline, unless the user named them.
    ...(named ? { title: documentName(document.uri) } : {}),
    ...(format ? { format } : {}),
  };
}

/** The language mode decides how markup is read; other modes leave it to the file name and text. */
function formatOf(document: vscode.TextDocument): ArticleFormat | undefined {
  switch (document.languageId) {
    case 'html':
      return 'html';
    case 'markdown':
      return 'markdown';
    default:
      return undefined;
  }
}
