import * as vscode from 'vscode';
import { Disposable } from '../util/dispose';

/** One ignored finding: its key (see `core/findings/ignoredFindings.ts`) and a name a reader knows it by. */
export interface IgnoredFinding {
  readonly key: string;
  readonly label: string;
}

/** Where a workspace keeps the findings it ignores: a file the team can see, review and share. */
export const IGNORED_FILE = '.vscode/framing-lens-ignored.json';

/**
 * The findings ignored in this workspace ("Ignore This Finding"), kept in `IGNORED_FILE` of
 * the first workspace folder, so they are visible, reversible by hand or with Restore Ignored
 * Findings, and shared with the folder; without a folder, in the workspace's own storage.
 * Read once, written on each change; a damaged file is read as empty and not overwritten
 * until the user ignores or restores something.
 */
export class IgnoredStore extends Disposable {
  private _items: IgnoredFinding[] = [];
  private readonly _onDidChange = this._register(new vscode.EventEmitter<void>());
  public readonly onDidChange = this._onDidChange.event;
  private readonly _loaded: Promise<void>;

  constructor(private readonly memento: vscode.Memento) {
    super();
    this._loaded = this.load();
  }

  /** Resolves once the file has been read. */
  public ready(): Promise<void> {
    return this._loaded;
  }

  public get items(): readonly IgnoredFinding[] {
    return this._items;
  }

  public get keys(): readonly string[] {
    return this._items.map((item) => item.key);
  }

  public async ignore(item: IgnoredFinding): Promise<void> {
    await this._loaded;
    if (this._items.some((known) => known.key === item.key)) return;
    this._items = [...this._items, item];
    await this.save();
  }

  public async restore(keys: readonly string[]): Promise<void> {
    await this._loaded;
    const drop = new Set(keys);
    const kept = this._items.filter((item) => !drop.has(item.key));
    if (kept.length === this._items.length) return;
    this._items = kept;
    await this.save();
  }

  private file(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, ...IGNORED_FILE.split('/')) : undefined;
  }

  private async load(): Promise<void> {
    const file = this.file();
    let raw: unknown = this.memento.get('framingLens.ignored');
    if (file) {
      try {
        raw = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
      } catch {
        raw = undefined;
      }
    }
    const list = typeof raw === 'object' && raw !== null ? (raw as { ignored?: unknown }).ignored : undefined;
    this._items = Array.isArray(list)
      ? list.filter((item): item is IgnoredFinding => typeof item?.key === 'string' && typeof item?.label === 'string').map(({ key, label }) => ({ key, label }))
      : [];
    if (this._items.length > 0) this._onDidChange.fire();
  }

  private async save(): Promise<void> {
    const data = { version: 1, ignored: this._items };
    const file = this.file();
    if (file) {
      const text = `${JSON.stringify({ $comment: 'Findings Framing Lens does not show in this workspace. Remove a line, or run "Framing Lens: Restore Ignored Findings…".', ...data }, null, 2)}\n`;
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    } else {
      await this.memento.update('framingLens.ignored', data);
    }
    this._onDidChange.fire();
  }
}
