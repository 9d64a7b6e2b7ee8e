import * as vscode from 'vscode';
import { FORMAT_EXTENSIONS, REPORT_FORMATS, renderCollection, renderReport, type ReportFormat } from '../../core/render/index';
import { detectFormat } from '../../core/text/maskMarkup';
import { kebabSlug } from '../../core/text/slug';
import type { PanelReport } from '../../webview/protocol/report';
import type { ExtensionPlatform } from '../platform';
import { absolutePathUri } from '../util/uris';

/** A report to export and the documents it was made from (never written to). */
export interface ExportSubject {
  readonly report: PanelReport;
  /** The compared documents; an export over one of them is refused. */
  readonly articles: readonly vscode.Uri[];
}

/** How paths compare where the export runs (see `ExtensionPlatform`). */
export type ExportPaths = Pick<ExtensionPlatform, 'caseSensitivePaths'>;

/**
 * Arguments of `framingLens.exportReport` for scripts and tests: with both, the file is
 * written without any dialog; with only `format`, the save dialog still asks where.
 */
export interface ExportArgs {
  readonly format?: ReportFormat;
  readonly uri?: vscode.Uri | string;
}

/** The formats to pick from; a function, so the picks are in the UI language. */
function formatPicks(): readonly (vscode.QuickPickItem & { readonly format: ReportFormat })[] {
  return [
    {
      format: 'html',
      label: vscode.l10n.t({ message: 'HTML', comment: ['The name of a file format'] }),
      description: vscode.l10n.t('self-contained page'),
      detail: vscode.l10n.t('Opens in any browser; styles included, no scripts, nothing loaded from elsewhere.'),
    },
    {
      format: 'markdown',
      label: vscode.l10n.t({ message: 'Markdown', comment: ['The name of a file format'] }),
      description: vscode.l10n.t('for notes, wikis and reviews'),
      detail: vscode.l10n.t('Summary, framing table, wording changes, one-sided content, quotes and tone.'),
    },
    {
      format: 'json',
      label: vscode.l10n.t({ message: 'JSON', comment: ['The name of a file format'] }),
      description: vscode.l10n.t('the full report'),
      detail: vscode.l10n.t('Every span with offsets into the articles, for scripts and further analysis (schema version 1 for two articles, 2 for more).'),
    },
  ];
}

/** The save dialog's file type for each format: its name (in the UI language) and extensions. */
function saveFilters(format: ReportFormat): Record<string, string[]> {
  switch (format) {
    case 'html':
      return { [vscode.l10n.t('HTML page')]: ['html', 'htm'] };
    case 'markdown':
      return { [vscode.l10n.t({ message: 'Markdown', comment: ['The name of a file format'] })]: ['md', 'markdown'] };
    case 'json':
      return { [vscode.l10n.t({ message: 'JSON', comment: ['The name of a file format'] })]: ['json'] };
  }
}

/**
 * Exports a report: asks for the format and the file unless `args` gives them, refuses to
 * write over one of the compared articles, writes with `workspace.fs` (so it works on any
 * file system the workbench has), and offers to open or reveal the result.
 *
 * @returns the file written, or undefined when cancelled or refused
 */
export async function exportReport(subject: ExportSubject, rawArgs: unknown, paths: ExportPaths): Promise<vscode.Uri | undefined> {
  const args = parseArgs(rawArgs);
  const format = args.format ?? (args.uri && formatFromPath(args.uri.path)) ?? (await pickFormat());
  if (!format) {
    return undefined;
  }
  const target =
    args.uri ??
    (await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Export Framing Lens report'),
      saveLabel: vscode.l10n.t('Export'),
      defaultUri: defaultTarget(subject, format),
      filters: saveFilters(format),
    }));
  if (!target) {
    return undefined;
  }
  if (isArticle(target, subject, paths)) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Framing Lens does not write to the articles it compares. Choose another file than {0} for the report.', baseName(target))
    );
    return undefined;
  }
  const report = subject.report;
  const sources = format === 'json' ? fileTexts(report) : undefined;
  const text = report.schemaVersion === 2 ? renderCollection(report, format, sources) : renderReport(report, format, sources);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  void offerToOpen(target, format);
  return target;
}

/**
 * `framing-report-<a>-vs-<b>.<ext>` for a pair, `framing-report-<n>-outlets-<focus>.<ext>` for
 * a collection; next to the first article when it is a file, else in the workspace.
 */
export function defaultFileName(report: PanelReport, format: ReportFormat): string {
  if (report.schemaVersion === 2) {
    const focus = report.articles[report.focus]!;
    return `framing-report-${report.articles.length}-outlets-${slug(focus.title, 'focus')}.${FORMAT_EXTENSIONS[format]}`;
  }
  const [a, b] = report.articles;
  return `framing-report-${slug(a.title, 'a')}-vs-${slug(b.title, 'b')}.${FORMAT_EXTENSIONS[format]}`;
}

function defaultTarget(subject: ExportSubject, format: ReportFormat): vscode.Uri | undefined {
  const name = defaultFileName(subject.report, format);
  const first = subject.articles[0];
  if (first && first.scheme !== 'untitled') {
    return vscode.Uri.joinPath(first, '..', name);
  }
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, name) : undefined;
}

/** A file-name-safe short form of a title: "Harbour Gazette.txt" → "harbour-gazette". */
function slug(title: string, fallback: string): string {
  return kebabSlug(title.replace(/\.(txt|md|markdown|html?)$/i, ''), fallback);
}

async function pickFormat(): Promise<ReportFormat | undefined> {
  const pick = await vscode.window.showQuickPick(formatPicks(), {
    title: vscode.l10n.t('Export Framing Lens report'),
    placeHolder: vscode.l10n.t('Format of the exported report'),
  });
  return pick?.format;
}

const FORMAT_OF_EXTENSION: Readonly<Record<string, ReportFormat>> = { html: 'html', htm: 'html', md: 'markdown', markdown: 'markdown', json: 'json' };

function formatFromPath(path: string): ReportFormat | undefined {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? undefined : FORMAT_OF_EXTENSION[path.slice(dot + 1).toLowerCase()];
}

function isArticle(target: vscode.Uri, subject: ExportSubject, paths: ExportPaths): boolean {
  const samePath = (x: string, y: string) => (paths.caseSensitivePaths ? x === y : x.toLowerCase() === y.toLowerCase());
  const same = (x: vscode.Uri, y: vscode.Uri) =>
    x.toString() === y.toString() || (x.scheme === 'file' && y.scheme === 'file' && samePath(x.fsPath, y.fsPath));
  if (subject.articles.some((article) => same(target, article))) {
    return true;
  }
  // A restored snapshot may not know its URIs; the report still records the articles' paths.
  return target.scheme === 'file' && subject.report.articles.some((article) => article.path !== '' && samePath(article.path, target.fsPath));
}

async function offerToOpen(target: vscode.Uri, format: ReportFormat): Promise<void> {
  // The buttons' text is what the clicked choice is compared with.
  const open = format === 'html' ? vscode.l10n.t('Open in Browser') : vscode.l10n.t('Open');
  const reveal = vscode.l10n.t('Reveal in Explorer');
  const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Framing Lens report exported to {0}.', baseName(target)), open, reveal);
  if (choice === open) {
    if (format === 'html') {
      await vscode.env.openExternal(target);
    } else {
      await vscode.commands.executeCommand('vscode.open', target);
    }
  } else if (choice === reveal) {
    // The OS file manager on the desktop; the workbench's own Explorer elsewhere (web, remote).
    const command = vscode.env.uiKind === vscode.UIKind.Desktop && target.scheme === 'file' ? 'revealFileInOS' : 'revealInExplorer';
    await vscode.commands.executeCommand(command, target);
  }
}

function parseArgs(raw: unknown): { format?: ReportFormat; uri?: vscode.Uri } {
  if (typeof raw !== 'object' || raw === null || raw instanceof vscode.Uri) {
    // Menus pass the resource they were invoked on; that is not an export target.
    return {};
  }
  const args = raw as Record<string, unknown>;
  const format = REPORT_FORMATS.find((f) => f === args['format']);
  return { ...(format ? { format } : {}), ...(toUri(args['uri']) ? { uri: toUri(args['uri'])! } : {}) };
}

function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) {
    return value;
  }
  if (typeof value === 'string' && value.length > 0) {
    // An absolute path, or a URI with a scheme.
    return /^[a-zA-Z][\w+.-]+:/.test(value) && !/^[a-zA-Z]:[\\/]/.test(value) ? vscode.Uri.parse(value) : absolutePathUri(value);
  }
  if (typeof value === 'object' && value !== null && typeof (value as { scheme?: unknown }).scheme === 'string') {
    return vscode.Uri.from(value as { scheme: string; path?: string; authority?: string; query?: string; fragment?: string });
  }
  return undefined;
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/**
 * The texts of the report's articles, in its article order, when some is HTML or Markdown and
 * every one is still open with the length it was compared at: the JSON's spans then carry
 * the file's slices (see `withFileText`). Otherwise the spans keep the words as read.
 */
function fileTexts(report: PanelReport): string[] | undefined {
  const texts: string[] = [];
  for (const article of report.articles) {
    const document = vscode.workspace.textDocuments.find((d) => (d.uri.scheme === 'file' ? d.uri.fsPath : d.uri.toString()) === article.path);
    const text = document?.getText();
    if (text === undefined || text.length !== article.characters) return undefined;
    texts.push(text);
  }
  return report.articles.some((article, k) => detectFormat(article.path, texts[k]!) !== 'text') ? texts : undefined;
}
