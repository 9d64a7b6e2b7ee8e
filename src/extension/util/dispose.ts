import * as vscode from 'vscode';

/**
 * Base class for anything that owns listeners or VS Code resources: register them with
 * `_register` and they are all released by one `dispose()`, so nothing leaks when a
 * comparison stops or the extension deactivates.
 */
export abstract class Disposable implements vscode.Disposable {
  private readonly _disposables: vscode.Disposable[] = [];
  private _isDisposed = false;

  protected get isDisposed(): boolean {
    return this._isDisposed;
  }

  protected _register<T extends vscode.Disposable>(value: T): T {
    if (this._isDisposed) {
      value.dispose();
    } else {
      this._disposables.push(value);
    }
    return value;
  }

  public dispose(): void {
    if (this._isDisposed) {
      return;
    }
    this._isDisposed = true;
    while (this._disposables.length > 0) {
      this._disposables.pop()?.dispose();
    }
  }
}
