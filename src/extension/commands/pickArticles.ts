import * as vscode from 'vscode';
import { documentName, isArticleDocument } from '../comparison/articles';

/** Workspace files offered as articles. */
const ARTICLE_GLOB = '**/*.{txt,md,markdown,html,htm}';
const EXCLUDE_GLOB = '**/node_modules/**';
const MAX_FILES = 2000;

interface ArticleItem extends vscode.QuickPickItem {
  readonly uri?: vscode.Uri;
}

/**
 * Asks for two articles, A then B, among the open text documents (untitled ones included)
 * and the workspace's .txt, .md and .html files. `first`, when given, is A already.
 * Resolves to undefined when the user cancels or there is nothing to pick.
 */
export async function pickArticles(first?: vscode.Uri): Promise<vscode.Uri[] | undefined> {
  const items = await candidates();
  if (items.filter((item) => item.uri).length + (first ? 1 : 0) < 2) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Framing Lens: open two articles (or a folder with .txt, .md or .html files) to compare them.'));
    return undefined;
  }
  const a = first ?? (await pickOne(items, vscode.l10n.t('Compare Articles: choose article A (left) — Step 1 of 2')))?.uri;
  if (!a) return undefined;
  const rest = withoutEmptySections(items.filter((item) => item.uri?.toString() !== a.toString()));
  const title = first
    ? vscode.l10n.t('Compare Articles: choose article B (right) to compare with {0}', documentName(a))
    : vscode.l10n.t('Compare Articles: choose article B (right) to compare with {0} — Step 2 of 2', documentName(a));
  const b = (await pickOne(rest, title))?.uri;
  return b ? [a, b] : undefined;
}

/**
 * Asks for two or more articles at once (a multi-select pick); the first picked in the list
 * is the focus. Resolves to undefined when the user cancels, and says so when one was picked.
 */
export async function pickManyArticles(): Promise<vscode.Uri[] | undefined> {
  const items = await candidates();
  if (items.filter((item) => item.uri).length < 2) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Framing Lens: open two articles (or a folder with .txt, .md or .html files) to compare them.'));
    return undefined;
  }
  // The article in the active editor is the likely focus: it starts ticked.
  const active = vscode.window.activeTextEditor?.document.uri.toString();
  const offered = items.map((item) => (item.uri && item.uri.toString() === active ? { ...item, picked: true } : item));
  const picked = await vscode.window.showQuickPick(offered, {
    title: vscode.l10n.t('Compare Articles: choose two or more articles (the active one, or the first, is the focus)'),
    placeHolder: vscode.l10n.t('Type to filter; Space selects, Enter compares'),
    matchOnDescription: true,
    ignoreFocusOut: true,
    canPickMany: true,
  });
  if (!picked) return undefined;
  // The active article, when ticked, is the focus; the others follow in the list's order.
  const uris = picked.flatMap((item) => (item.uri ? [item.uri] : [])).sort((x, y) => Number(y.toString() === active) - Number(x.toString() === active));
  if (uris.length < 2) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Framing Lens: choose at least two articles to compare.'));
    return undefined;
  }
  return uris;
}

async function pickOne(items: readonly ArticleItem[], title: string): Promise<ArticleItem | undefined> {
  return vscode.window.showQuickPick(items, {
    title,
    placeHolder: vscode.l10n.t('Type to filter open documents and workspace articles'),
    matchOnDescription: true,
    ignoreFocusOut: true,
  });
}

/** Documents open in editor tabs first (untitled ones included), then the workspace's articles. */
async function candidates(): Promise<ArticleItem[]> {
  const seen = new Set<string>();
  const unique = (uri: vscode.Uri) => !seen.has(uri.toString()) && Boolean(seen.add(uri.toString()));
  const open = vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .flatMap((tab) => (tab.input instanceof vscode.TabInputText ? [tab.input.uri] : []))
    .filter((uri) => isArticleUri(uri) && unique(uri));
  const files = vscode.workspace.workspaceFolders ? await vscode.workspace.findFiles(ARTICLE_GLOB, EXCLUDE_GLOB, MAX_FILES) : [];
  const workspace = files.sort((x, y) => x.path.localeCompare(y.path)).filter(unique);
  const items: ArticleItem[] = [];
  if (open.length > 0) items.push({ label: vscode.l10n.t('Open documents'), kind: vscode.QuickPickItemKind.Separator });
  items.push(...open.map((uri) => item(uri, true)));
  if (workspace.length > 0) items.push({ label: vscode.l10n.t('Workspace articles'), kind: vscode.QuickPickItemKind.Separator });
  items.push(...workspace.map((uri) => item(uri, false)));
  return items;
}

/** Drops separators left with no item under them. */
function withoutEmptySections(items: readonly ArticleItem[]): ArticleItem[] {
  return items.filter((item, i) => item.uri || (items[i + 1] !== undefined && items[i + 1]!.uri !== undefined));
}

function item(uri: vscode.Uri, open: boolean): ArticleItem {
  return { uri, label: documentName(uri), description: describe(uri, open) };
}

function isArticleUri(uri: vscode.Uri): boolean {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return document ? isArticleDocument(document) : uri.scheme === 'file' || uri.scheme === 'untitled';
}

/** Where a document is, and for one open in a tab, that it is open: "open · notes/a.txt". */
function describe(uri: vscode.Uri, open: boolean): string {
  if (uri.scheme === 'untitled') return open ? vscode.l10n.t('open · unsaved') : vscode.l10n.t('unsaved');
  const where = vscode.workspace.asRelativePath(uri, true);
  return open ? vscode.l10n.t({ message: 'open · {0}', args: [where], comment: ['{0} is the path of a document open in an editor tab'] }) : where;
}
