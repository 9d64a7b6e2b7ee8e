import * as vscode from 'vscode';
import { Disposable } from '../util/dispose';

/**
 * Watches the files of `framingLens.lexicons` for changes made outside VS Code (another
 * editor, a script, a `git pull`) and calls `changed` once per burst of events, so the live
 * comparison uses the new lists without a save in VS Code or a change of the setting.
 * A relative path is watched in every workspace folder (the loader takes the first that has
 * it); an absolute one where it is.
 */
export class LexiconWatcher extends Disposable {
  private _watchers: vscode.FileSystemWatcher[] = [];
  private _timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly changed: () => void) {
    super();
    this._register({ dispose: () => this.stopWatching() });
  }

  /** Watches these paths from now on. */
  watch(paths: readonly string[]): void {
    this.stopWatching();
    for (const path of paths) {
      for (const pattern of patternsOf(path)) {
        const watcher = vscode.workspace.createFileSystemWatcher(pattern);
        const fire = () => this.schedule();
        watcher.onDidChange(fire);
        watcher.onDidCreate(fire);
        watcher.onDidDelete(fire);
        this._watchers.push(watcher);
      }
    }
  }

  private schedule(): void {
    // A save by another program is often a truncate and a write: one reload for both.
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this.changed(), 150);
  }

  private stopWatching(): void {
    clearTimeout(this._timer);
    for (const watcher of this._watchers) watcher.dispose();
    this._watchers = [];
  }
}

function patternsOf(path: string): vscode.RelativePattern[] {
  const slash = path.replace(/\\/g, '/');
  if (/^(\/|[a-zA-Z]:\/|\/\/)/.test(slash)) {
    const cut = slash.lastIndexOf('/');
    const folder = slash.slice(0, cut) || '/';
    return [new vscode.RelativePattern(vscode.Uri.file(folder), slash.slice(cut + 1))];
  }
  const relative = slash.replace(/^\.\//, '');
  return (vscode.workspace.workspaceFolders ?? []).map((folder) => new vscode.RelativePattern(folder, relative));
}
