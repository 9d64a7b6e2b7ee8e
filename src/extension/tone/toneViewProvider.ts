import * as vscode from 'vscode';
import { pageLocale } from '../l10n/configure';
import { toneModelFor, type ToneModel } from '../../core/views/toneModel';
import { parseToneFromWebview, type ToneFromWebview, type ToneToWebview } from '../../webview/protocol/tone';
import { CommandId } from '../commandIds';
import type { ComparisonSource, LiveComparison } from '../comparison/types';
import { Disposable } from '../util/dispose';
import { makeNonce, toneHtml } from './toneHtml';

/**
 * The Tone panel: a webview view in the Framing Lens container that draws the live
 * comparison's tone. Its context is not kept while hidden, so the page is rebuilt when the
 * view shows again; the page says `ready` and gets the current model then, and in between
 * the host posts only to a page that is visible and has said `ready`.
 */
export class ToneViewProvider extends Disposable implements vscode.WebviewViewProvider {
  public static readonly viewType = 'framingLens.tone';

  private view: vscode.WebviewView | undefined;
  /** Listeners of the current view, released when VS Code disposes it. */
  private viewListeners: vscode.Disposable[] = [];
  /** True between the page's `ready` and the view being hidden (which discards the page). */
  private pageReady = false;
  private cached: { key: LiveComparison['report'] | LiveComparison['collection']; id: number; revision: number; model: ToneModel } | undefined;
  private posted: ToneModel | null | undefined;
  private postTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly _onDidPost = this._register(new vscode.EventEmitter<ToneModel | null>());
  private readonly _onDidReceive = this._register(new vscode.EventEmitter<ToneFromWebview>());

  /** Fires with every model posted to the page (null = empty state). */
  public readonly onDidPost = this._onDidPost.event;
  /** Fires with every valid message from the page, after it has been handled. */
  public readonly onDidReceive = this._onDidReceive.event;

  public constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly source: ComparisonSource
  ) {
    super();
    // Posted in a turn of its own, not in the one that delivers the comparison to every view.
    this._register(source.onDidChange(() => this.schedulePost()));
    this._register({ dispose: () => clearTimeout(this.postTimer) });
    this._register({ dispose: () => this.releaseView() });
  }

  public resolveWebviewView(view: vscode.WebviewView): void {
    this.releaseView();
    this.view = view;
    this.pageReady = false;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    view.webview.options = { enableScripts: true, localResourceRoots: [media] };
    this.viewListeners.push(
      view.webview.onDidReceiveMessage((message: unknown) => void this.handleMessage(message)),
      view.onDidChangeVisibility(() => {
        // Without retained context a hidden page is thrown away; the next one says `ready`.
        if (!view.visible) {
          this.pageReady = false;
        }
      }),
      view.onDidDispose(() => {
        if (this.view === view) {
          this.releaseView();
        }
      })
    );
    view.webview.html = toneHtml({
      cspSource: view.webview.cspSource,
      styleUri: view.webview.asWebviewUri(vscode.Uri.joinPath(media, 'tone.css')).toString(),
      scriptUri: view.webview.asWebviewUri(vscode.Uri.joinPath(media, 'tone.js')).toString(),
      nonce: makeNonce(),
      model: this.model(),
      locale: pageLocale(),
    });
  }

  /** Whether VS Code has handed the provider its view (the panel has been shown once). */
  public get isResolved(): boolean {
    return this.view !== undefined;
  }

  /** Whether the page has loaded and said `ready` since it was last shown. */
  public get isReady(): boolean {
    return this.pageReady;
  }

  /** The page's HTML as last set, for tests (undefined before the view is resolved). */
  public get html(): string | undefined {
    return this.view?.webview.html;
  }

  /** The model last posted to the page: undefined before the first post, null for the empty state. */
  public get lastPosted(): ToneModel | null | undefined {
    return this.posted;
  }

  /** Handles one message from the page; exposed so tests can act as the page. */
  public async handleMessage(received: unknown): Promise<void> {
    const message = parseToneFromWebview(received, this.source.current?.articles.length ?? 0);
    if (!message) {
      return;
    }
    switch (message.type) {
      case 'ready':
        this.pageReady = true;
        this.post();
        break;
      case 'reveal':
        // A bar of a comparison that has since ended or been replaced points nowhere.
        if (this.source.current?.id === message.comparisonId) {
          try {
            await this.source.revealArticle(message.article, message.start, message.end);
          } catch (error) {
            void vscode.window.showErrorMessage(vscode.l10n.t('Framing Lens: could not show the sentence ({0}).', errorText(error)));
          }
        }
        break;
      case 'compare':
        await vscode.commands.executeCommand(CommandId.CompareArticles);
        break;
    }
    this._onDidReceive.fire(message);
  }

  private schedulePost(): void {
    if (this.postTimer !== undefined) return;
    this.postTimer = setTimeout(() => {
      this.postTimer = undefined;
      this.post();
    }, 0);
  }

  /** Sends the current model to the page, if there is a page that listens. */
  private post(): void {
    const view = this.view;
    if (!view || !this.pageReady || !view.visible) {
      return;
    }
    const model = this.model();
    const message: ToneToWebview = { type: 'update', model };
    this.posted = model;
    void view.webview.postMessage(message);
    this._onDidPost.fire(model);
  }

  /** The model of the live comparison, rebuilt only when the comparison or its revision changed. */
  private model(): ToneModel | null {
    const comparison = this.source.current;
    if (!comparison) {
      this.cached = undefined;
      return null;
    }
    const { id, revision } = comparison;
    const key = comparison.collection ?? comparison.report;
    if (this.cached?.key !== key || this.cached.id !== id || this.cached.revision !== revision) {
      // The engine computes the model with the reports; it is built here only when it did not.
      const model = comparison.tone ? { ...comparison.tone, comparisonId: id, revision } : toneModelFor(comparison, { comparisonId: id, revision });
      this.cached = { key, id, revision, model };
    }
    return this.cached.model;
  }

  private releaseView(): void {
    for (const listener of this.viewListeners) {
      listener.dispose();
    }
    this.viewListeners = [];
    this.view = undefined;
    this.pageReady = false;
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
