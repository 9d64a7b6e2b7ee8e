import * as vscode from 'vscode';
import { pageLocale } from '../l10n/configure';
import type { ComparisonSource, LiveComparison } from '../comparison/types';
import { CommandId } from '../commandIds';
import { Disposable } from '../util/dispose';
import { articleLabel } from '../../core/collection/outletNames';
import { parseReportFromWebview, type ExportFormat, type MoreMessage, type RevealMessage, type RowsMessage, type UpdateMessage } from '../../webview/protocol/report';
import { makeNonce, panelHtml } from './panelHtml';
import { emptyReport, moreRows, panelState, restoreState, showReport, statusOf, type ShownReport } from './shownReport';

/** What a report panel needs from the rest of the extension. */
export interface ReportPanelDeps {
  readonly extensionUri: vscode.Uri;
  readonly source: ComparisonSource;
  /** Exports what the panel shows (its export buttons). */
  readonly exportShown: (shown: ShownReport, format: ExportFormat) => Promise<unknown>;
}

/** The panel's title: the report, or a snapshot of it once the comparison has ended. */
function panelTitle(mode: ShownReport['mode']): string {
  return mode === 'live' ? vscode.l10n.t('Framing Report') : vscode.l10n.t('Framing Report (snapshot)');
}

/**
 * The report webview. There is at most one: it follows the live comparison, keeps the last
 * report as a snapshot when the comparison ends, and is restored after a window reload by
 * the `WebviewPanelSerializer` (`revive`) from the state its script keeps.
 *
 * The page is rendered on the host (escaped, script-free sections) so that it shows at once;
 * later updates travel as `update` messages, which keeps the scroll position while the user
 * edits. A hidden panel gets a fresh page instead, since messages to it would be dropped.
 * Long lists show a page of rows; "Show more" asks for the next rows of a list (`more`), which
 * the host renders from the report it shows, and remembers, so an update keeps them shown.
 */
export class ReportPanel extends Disposable {
  static readonly viewType = 'framingLens.report';

  private static _current: ReportPanel | undefined;

  /** The open report panel, if any. */
  static get current(): ReportPanel | undefined {
    return ReportPanel._current;
  }

  /** Reveals the report panel, or opens it in `column` showing the live comparison. */
  static createOrShow(deps: ReportPanelDeps, column: vscode.ViewColumn = vscode.ViewColumn.Beside): ReportPanel {
    const existing = ReportPanel._current;
    if (existing) {
      existing.panel.reveal(existing.panel.viewColumn ?? column);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(ReportPanel.viewType, panelTitle('live'), { viewColumn: column, preserveFocus: false }, webviewOptions(deps.extensionUri));
    return new ReportPanel(panel, deps, undefined);
  }

  /** Brings a panel back after a window reload, from the state its webview stored. */
  static revive(panel: vscode.WebviewPanel, state: unknown, deps: ReportPanelDeps): ReportPanel {
    panel.webview.options = webviewOptions(deps.extensionUri);
    return new ReportPanel(panel, deps, restoreState(state));
  }

  private shown: ShownReport;
  private renderId = 0;
  /** The rendering the page in `webview.html` contains. */
  private htmlRenderId = -1;
  /** The rendering the webview shows, as far as the host knows (after `ready` and updates). */
  private webviewRenderId = -1;
  private ready = false;
  private html: string | undefined;
  private posted: UpdateMessage | undefined;
  /** Rows of each long list the reader asked to see (by list key), for the comparison `expandedFor`. */
  private readonly expanded = new Map<string, number>();
  private expandedFor: number | undefined;
  /** The body no longer holds every row shown (rows were added since it was rendered). */
  private bodyLacksRows = false;

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly deps: ReportPanelDeps,
    restored: ShownReport | undefined
  ) {
    super();
    ReportPanel._current?.dispose();
    ReportPanel._current = this;
    panel.iconPath = vscode.Uri.joinPath(deps.extensionUri, 'media', 'activity.svg');

    const live = deps.source.current;
    this.expandedFor = live?.id;
    this.shown = live ? this.fromLive(live) : (restored ?? emptyReport());
    this.renderId++;
    this.setHtml();

    this._register(panel.onDidDispose(() => this.dispose()));
    this._register(panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message)));
    this._register(panel.onDidChangeViewState(() => this.refreshIfStale()));
    this._register(deps.source.onDidChange((comparison) => this.follow(comparison)));
  }

  override dispose(): void {
    if (this.isDisposed) {
      return;
    }
    if (ReportPanel._current === this) {
      ReportPanel._current = undefined;
    }
    super.dispose();
    this.panel.dispose();
  }

  // ---- what tests and the commands read --------------------------------------------------

  /** What the panel shows now. */
  get report(): ShownReport {
    return this.shown;
  }

  /** The HTML last assigned to the webview (the full page). */
  get lastHtml(): string | undefined {
    return this.html;
  }

  /** The last update posted to the webview. */
  get lastPosted(): UpdateMessage | undefined {
    return this.posted;
  }

  get visible(): boolean {
    return this.panel.visible;
  }

  get isReady(): boolean {
    return this.ready;
  }

  /** Handles a message as if the webview had sent it (the webview's own messages come here too). */
  async receive(message: unknown): Promise<void> {
    const parsed = parseReportFromWebview(message);
    if (!parsed) {
      return;
    }
    switch (parsed.type) {
      case 'ready':
        // A (re)loaded webview shows the page in `webview.html`, whatever it showed before.
        this.ready = true;
        this.webviewRenderId = this.htmlRenderId;
        this.post();
        return;
      case 'reveal':
        await this.reveal(this.articleOf(parsed), parsed.start, parsed.end);
        return;
      case 'export':
        await this.deps.exportShown(this.shown, parsed.format);
        return;
      case 'focus': {
        const uri = this.deps.source.current?.articles[parsed.article];
        if (uri && this.shown.mode === 'live') await vscode.commands.executeCommand(CommandId.FocusOnArticle, uri);
        return;
      }
      case 'more':
        this.showMore(parsed);
        return;
    }
  }

  /** Sends the next rows of a list, if the webview still shows the rendering it asked from. */
  private showMore(message: MoreMessage): void {
    if (message.renderId !== this.renderId) return;
    const rows = moreRows(this.shown, message);
    if (!rows) return;
    this.expanded.set(rows.key, rows.shown);
    this.bodyLacksRows = true;
    const answer: RowsMessage = {
      type: 'rows',
      renderId: this.renderId,
      list: message.list,
      ...(message.pair ? { pair: message.pair } : {}),
      from: message.from,
      html: rows.html,
      control: rows.control,
    };
    void this.panel.webview.postMessage(answer);
  }

  // ---- following the comparison ------------------------------------------------------------

  private follow(comparison: LiveComparison | undefined): void {
    if (comparison) {
      // A new comparison starts with every list at its first page.
      if (comparison.id !== this.expandedFor) this.expanded.clear();
      this.expandedFor = comparison.id;
      this.update(this.fromLive(comparison));
    } else if (this.shown.mode === 'live') {
      // The comparison ended: keep its last report, marked as a snapshot.
      this.update({ ...this.shown, mode: 'snapshot' });
    }
  }

  private update(next: ShownReport): void {
    const bodyChanged = next.body !== this.shown.body;
    this.shown = next;
    if (bodyChanged) this.bodyLacksRows = false;
    if (bodyChanged) {
      this.renderId++;
    }
    this.panel.title = panelTitle(next.mode);
    if (this.panel.visible) {
      this.post();
    } else {
      this.setHtml();
    }
  }

  private refreshIfStale(): void {
    if (!this.panel.visible && this.htmlRenderId !== this.renderId) {
      this.setHtml();
    }
  }

  private setHtml(): void {
    if (this.bodyLacksRows && this.shown.report) {
      // A fresh page shows the rows the reader asked for, as the old page did.
      this.shown = showReport(this.shown.report, this.shown.mode, this.shown.uris, (key) => this.expanded.get(key));
      this.bodyLacksRows = false;
    }
    const webview = this.panel.webview;
    const media = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.deps.extensionUri, 'media', name)).toString();
    this.html = panelHtml({
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      scriptUri: media('report.js'),
      styleUri: media('report.css'),
      body: this.shown.body,
      renderId: this.renderId,
      status: statusOf(this.shown),
      locale: pageLocale(),
    });
    this.htmlRenderId = this.renderId;
    this.panel.title = panelTitle(this.shown.mode);
    // The page reloads; it says `ready` again and is brought up to date then.
    this.ready = false;
    webview.html = this.html;
  }

  /** Posts the current state; the body only when the webview does not show it yet. */
  private post(): void {
    if (!this.ready) {
      return;
    }
    const message: UpdateMessage = {
      type: 'update',
      renderId: this.renderId,
      ...(this.webviewRenderId === this.renderId ? {} : { body: this.shown.body }),
      status: statusOf(this.shown),
      state: panelState(this.shown),
    };
    this.posted = message;
    this.webviewRenderId = this.renderId;
    void this.panel.webview.postMessage(message).then((delivered) => {
      if (!delivered) {
        // Dropped (hidden without retained context): the page is reloaded when shown again.
        this.webviewRenderId = -1;
      }
    });
  }

  private fromLive(comparison: LiveComparison): ShownReport {
    const shownRows = (key: string) => this.expanded.get(key);
    if (comparison.collection) return showReport(comparison.collection, 'live', comparison.articles.map((uri) => uri.toString()), shownRows);
    return showReport(comparison.report, 'live', [comparison.a.toString(), comparison.b.toString()], shownRows);
  }

  // ---- revealing article text --------------------------------------------------------------

  /** The article a reveal message means: its index, or the pair side's place in the report. */
  private articleOf(message: RevealMessage): number {
    if ('article' in message) return message.article;
    const report = this.shown.report;
    // In a collection, the pair the panel details is the focus (a) against its partner (b).
    const live = this.deps.source.current;
    if (report?.schemaVersion === 2 && live) return message.side === 'a' ? live.focus : live.partner;
    return message.side === 'a' ? 0 : 1;
  }

  private async reveal(article: number, start: number, end: number): Promise<void> {
    const live = this.deps.source.current;
    if (this.shown.mode === 'live' && live) {
      await this.deps.source.revealArticle(article, start, end);
      return;
    }
    // A snapshot: open the document itself; its text may have changed since, so clamp.
    const label = articleLabel(article);
    const uriText = this.shown.uris[article];
    try {
      if (!uriText) {
        throw new Error('unknown document');
      }
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uriText));
      const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
      const editor = await vscode.window.showTextDocument(document, { selection: range, preview: false });
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    } catch {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('Article {0} of this snapshot is no longer open or available. Compare the articles again to link the report to them.', label)
      );
    }
  }
}


function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableFindWidget: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
  };
}
