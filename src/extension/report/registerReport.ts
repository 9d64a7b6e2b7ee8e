import * as vscode from 'vscode';
import { CommandId } from '../commandIds';
import type { ComparisonSource } from '../comparison/types';
import type { UpdateMessage, ReportMode, ReportFromWebview } from '../../webview/protocol/report';
import { exportReport, type ExportPaths, type ExportSubject } from './exportReport';
import { ReportPanel, type ReportPanelDeps } from './reportPanel';
import type { ShownReport } from './shownReport';

/**
 * What the report feature offers the rest of the extension and, through the extension's
 * exports, the integration tests: a view of what the panel shows without scraping the
 * webview's iframe.
 */
export interface ReportFeatures {
  /** The full HTML page last assigned to the report panel's webview, if a panel is open. */
  panelHtml(): string | undefined;
  /** The report sections the panel shows now (including live updates sent as messages). */
  shownBody(): string | undefined;
  /** Whether the open panel follows the live comparison or shows a snapshot. */
  mode(): ReportMode | undefined;
  /** The last update the host posted to the webview. */
  lastPosted(): UpdateMessage | undefined;
  isVisible(): boolean;
  /** Whether the webview's script has loaded and said `ready` since the page was last set. */
  isReady(): boolean;
  /** Handles a message as if the webview had sent it. */
  simulateMessage(message: ReportFromWebview): Promise<void>;
}

/**
 * Registers Open Report, Export Report and the serializer that restores the report panel
 * after a window reload. Everything goes into `context.subscriptions`.
 */
export function registerReport(context: vscode.ExtensionContext, source: ComparisonSource, paths: ExportPaths): ReportFeatures {
  const deps: ReportPanelDeps = {
    extensionUri: context.extensionUri,
    source,
    exportShown: (shown, format) => {
      const subject = subjectOf(shown);
      if (!subject) {
        void vscode.window.showWarningMessage(vscode.l10n.t('There is no report to export. Compare two articles first.'));
        return Promise.resolve(undefined);
      }
      return exportReport(subject, { format }, paths);
    },
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(CommandId.OpenReport, () => openReport(deps)),
    vscode.commands.registerCommand(CommandId.ExportReport, (args?: unknown) => exportCurrent(source, args, paths)),
    vscode.window.registerWebviewPanelSerializer(ReportPanel.viewType, {
      deserializeWebviewPanel: async (panel, state) => {
        ReportPanel.revive(panel, state, deps);
      },
    }),
    { dispose: () => ReportPanel.current?.dispose() }
  );

  return {
    panelHtml: () => ReportPanel.current?.lastHtml,
    shownBody: () => ReportPanel.current?.report.body,
    mode: () => ReportPanel.current?.report.mode,
    lastPosted: () => ReportPanel.current?.lastPosted,
    isVisible: () => ReportPanel.current?.visible ?? false,
    isReady: () => ReportPanel.current?.isReady ?? false,
    simulateMessage: async (message) => {
      await ReportPanel.current?.receive(message);
    },
  };
}

/** Opens (or reveals) the report; without a comparison, offers to start one. */
async function openReport(deps: ReportPanelDeps): Promise<void> {
  if (!deps.source.current && !ReportPanel.current) {
    // Not awaited: the command returns at once while the message waits for the user.
    void vscode.window
      .showInformationMessage(vscode.l10n.t('Framing Lens has no comparison to report on yet. Compare two articles first.'), vscode.l10n.t('Compare Articles'))
      .then(async (choice) => {
        if (choice) {
          await vscode.commands.executeCommand(CommandId.CompareArticles);
          if (deps.source.current) {
            ReportPanel.createOrShow(deps, await reportColumn(deps.source));
          }
        }
      });
    return;
  }
  ReportPanel.createOrShow(deps, ReportPanel.current ? vscode.ViewColumn.Active : await reportColumn(deps.source));
}

/**
 * Where the report opens: a full-width row below the compared articles, so the report is wide
 * enough to read and the articles keep their columns. The window is laid out that way only
 * when it holds nothing but the articles' columns (a layout the user made is left as it is:
 * the report then opens in the column to the right of the articles).
 */
async function reportColumn(source: ComparisonSource): Promise<vscode.ViewColumn> {
  const current = source.current;
  if (!current) {
    return vscode.ViewColumn.Beside;
  }
  const compared = new Set(current.articles.map((uri) => uri.toString()));
  const columns = [...new Set(vscode.window.visibleTextEditors.filter((editor) => compared.has(editor.document.uri.toString())).map((editor) => editor.viewColumn ?? 0))];
  if (columns.length === 0) {
    return vscode.ViewColumn.Beside;
  }
  const groups = vscode.window.tabGroups.all.length;
  if (groups === columns.length && Math.max(...columns) === groups && groups < 9) {
    // Top to bottom: a row of the article columns (60 %), then the report's row.
    await vscode.commands.executeCommand('vscode.setEditorLayout', {
      orientation: 1,
      groups: [{ groups: columns.map(() => ({})), size: 0.6 }, { groups: [{}], size: 0.4 }],
    });
    return (groups + 1) as vscode.ViewColumn;
  }
  return Math.min(Math.max(...columns) + 1, vscode.ViewColumn.Nine) as vscode.ViewColumn;
}

/** Export Report: the live comparison's report, else the snapshot the report panel shows. */
async function exportCurrent(source: ComparisonSource, args: unknown, paths: ExportPaths): Promise<vscode.Uri | undefined> {
  const live = source.current;
  const shown = ReportPanel.current?.report;
  const subject: ExportSubject | undefined = live ? { report: live.collection ?? live.report, articles: live.articles } : shown && subjectOf(shown);
  if (!subject) {
    void vscode.window
      .showInformationMessage(vscode.l10n.t('There is no report to export. Compare two articles first.'), vscode.l10n.t('Compare Articles'))
      .then((choice) => choice && vscode.commands.executeCommand(CommandId.CompareArticles));
    return undefined;
  }
  return exportReport(subject, args, paths);
}

function subjectOf(shown: ShownReport): ExportSubject | undefined {
  if (!shown.report) {
    return undefined;
  }
  const articles = shown.uris.filter((uri) => uri !== '').map((uri) => vscode.Uri.parse(uri));
  return { report: shown.report, articles };
}
