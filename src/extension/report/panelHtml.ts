import * as l10n from '@vscode/l10n';
import { escapeHtml as h } from '../../core/render/escape';
import { COLLECTION_CSS, REPORT_CSS } from '../../core/render/reportCss';
import type { ExportFormat, InitialData, ReportStatus } from '../../webview/protocol/report';
import { statusText } from '../../webview/report/statusText';
import { webviewPage, type PageLocale } from '../util/webviewPage';

export { makeNonce } from '../util/webviewPage';

/** What the report panel's page is made of; plain strings, so this module needs no `vscode`. */
export interface PanelPage {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** A fresh random value for each page. */
  readonly nonce: string;
  /** `asWebviewUri` of `media/report.js` and `media/report.css`. */
  readonly scriptUri: string;
  readonly styleUri: string;
  /** The report's sections (`renderReportBody(report, { interactive: true })`), already escaped. */
  readonly body: string;
  readonly renderId: number;
  readonly status: ReportStatus;
  readonly locale: PageLocale;
}

/** The export buttons; a function, so their text is in the UI language configured at activation. */
function exportButtons(): readonly { format: ExportFormat; label: string; title: string }[] {
  return [
    { format: 'html', label: l10n.t({ message: 'HTML', comment: ['The name of a file format'] }), title: l10n.t('Export as a self-contained HTML page') },
    { format: 'markdown', label: l10n.t({ message: 'Markdown', comment: ['The name of a file format'] }), title: l10n.t('Export as Markdown') },
    { format: 'json', label: l10n.t({ message: 'JSON', comment: ['The name of a file format'] }), title: l10n.t('Export as JSON (schema version 1)') },
  ];
}

/**
 * The whole page of the report panel. Locked down: nothing loads but the extension's own
 * `media/` files and the nonce'd style element; the only script is `media/report.js`; the
 * initial data travels in an escaped `data-` attribute, never inside a script.
 */
export function panelHtml(page: PanelPage): string {
  const initial: InitialData = { renderId: page.renderId, status: page.status };
  return webviewPage({
    cspSource: page.cspSource,
    nonce: page.nonce,
    locale: page.locale,
    title: l10n.t('Framing Lens report'),
    // The collection rules are scoped to its own classes: a pair page is unaffected.
    inlineStyle: REPORT_CSS + COLLECTION_CSS,
    stylesheets: [page.styleUri],
    media: true,
    script: page.scriptUri,
    data: { attribute: 'fl-initial', value: initial },
    body: `${toolbar(page.status)}\n<main id="fl-report" class="fl-report">\n${page.body}\n</main>`,
  });
}

/** The bar above the report: live/snapshot indicator and the export buttons. */
export function toolbar(status: ReportStatus): string {
  const buttons = exportButtons().map(
    (e) =>
      `<button type="button" class="flp-button" data-export="${e.format}" title="${h(e.title)}"${status.canExport ? '' : ' disabled'}>${h(e.label)}</button>`
  ).join('');
  return (
    `<div class="flp-toolbar">` +
    `<div class="flp-status" role="status" aria-live="polite">${statusHtml(status)}</div>` +
    `<div class="flp-exports" role="group" aria-label="${h(l10n.t('Export the report'))}">` +
    `<span class="flp-label" aria-hidden="true">${h(l10n.t('Export'))}</span>${buttons}</div>` +
    `</div>`
  );
}

/** The indicator's inner HTML; the webview script builds the same from `statusText`. */
export function statusHtml(status: ReportStatus): string {
  const text = statusText(status);
  return `<span class="flp-mode flp-mode-${status.mode}">${h(text.label)}</span> <span class="flp-detail">${h(text.detail)}</span>`;
}
