import * as vscode from 'vscode';
import type { ArticleInput } from '../../core/compare';
import { decodeText } from '../../core/io/decodeText';
import type { ArticleFormat } from '../../core/text/maskMarkup';
import type { Side } from '../../core/types';

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

export function label(side: Side): 'A' | 'B' {
  return side === 'a' ? 'A' : 'B';
}

/**
 * Opens an article given by URI as a text document, refusing binary files before VS Code
 * tries to show them as text. Resolves to the document, or to a message saying why not.
 */
export async function openArticle(uri: vscode.Uri, side: Side): Promise<vscode.TextDocument | string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open;
  if (uri.scheme !== 'untitled') {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (error) {
      return `Framing Lens: article ${label(side)} (${documentName(uri)}) could not be read: ${(error as Error).message}`;
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) return `Framing Lens: article ${label(side)} (${documentName(uri)}) ${decoded.reason}`;
  }
  try {
    return await vscode.workspace.openTextDocument(uri);
  } catch (error) {
    return `Framing Lens: article ${label(side)} (${documentName(uri)}) could not be opened: ${(error as Error).message}`;
  }
}

/**
 * Why two documents cannot be compared, as the message to show; undefined when they can.
 * Checks the cheap things first: the same document twice, then binary content, then emptiness.
 */
export function refusal(a: vscode.TextDocument, b: vscode.TextDocument): string | undefined {
  if (a.uri.toString() === b.uri.toString()) {
    return `Framing Lens: A and B are the same document (${documentName(a.uri)}) — choose two different articles`;
  }
  for (const [side, document] of [['a', a], ['b', b]] as const) {
    const text = document.getText();
    if (text.includes('\u0000')) {
      return `Framing Lens: article ${label(side)} (${documentName(document.uri)}) is not a text file (it contains binary data)`;
    }
    if (text.trim().length === 0) {
      return `Framing Lens: article ${label(side)} is empty — nothing to compare`;
    }
  }
  return undefined;
}

/**
 * What the engine reads from a document: its text exactly as VS Code holds it (with the
 * document's own line endings, so report offsets are document offsets), never written back.
 */
export function articleInput(document: vscode.TextDocument): ArticleInput {
  const isFile = document.uri.scheme === 'file';
  const format = formatOf(document);
  return {
    text: document.getText(),
    path: isFile ? document.uri.fsPath : document.uri.toString(),
    title: documentName(document.uri),
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
