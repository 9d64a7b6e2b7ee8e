import * as vscode from 'vscode';

/** The open document of a URI, if any. */
export function findDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed);
}

function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  return tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined;
}

/** The URIs of the tabs in a tab change. */
export function tabUris(tabs: readonly vscode.Tab[]): vscode.Uri[] {
  return tabs.flatMap((tab) => {
    const uri = tabUri(tab);
    return uri ? [uri] : [];
  });
}

/** Whether some editor tab shows the document. */
export function hasTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tabUri(tab)?.toString() === key));
}

/**
 * The compared articles side by side, each in its own editor column in the order given, as
 * permanent (not preview) editors; the first keeps the focus. VS Code has at most nine
 * columns: from the tenth article on, articles share the last column as tabs.
 */
export async function showSideBySide(documents: readonly vscode.TextDocument[]): Promise<void> {
  for (let k = 0; k < documents.length; k++) {
    const viewColumn = Math.min(k + 1, 9) as vscode.ViewColumn;
    await vscode.window.showTextDocument(documents[k]!, { viewColumn, preview: false, preserveFocus: k > 0 });
  }
}

/** Shows and selects `[start, end)` of a document in the editor that shows it (or in `column`). */
export async function revealSpan(uri: vscode.Uri, start: number, end: number, column: vscode.ViewColumn): Promise<void> {
  const document = findDocument(uri) ?? (await vscode.workspace.openTextDocument(uri));
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? column, preview: false });
  const length = document.getText().length;
  const range = new vscode.Range(document.positionAt(Math.min(start, length)), document.positionAt(Math.min(end, length)));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
