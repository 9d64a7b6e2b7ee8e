import * as vscode from 'vscode';

/**
 * The URI of an absolute path given in a setting or a command argument. Where the workspace
 * is on the disk, that is the `file:` URI. Where it is on another file system (code-server's
 * `vscode-remote:` in a web worker host, a virtual workspace on vscode.dev), `file:` cannot be
 * read there, so the path is taken on the file system of the first workspace folder.
 */
export function absolutePathUri(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const file = vscode.Uri.file(path);
  return !folder || folder.uri.scheme === 'file' ? file : folder.uri.with({ path: file.path });
}
