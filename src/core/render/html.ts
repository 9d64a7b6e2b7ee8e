import * as l10n from '@vscode/l10n';
import type { Report } from '../types';
import { escapeHtml } from './escape';
import { renderReportBody } from './htmlSections';
import { REPORT_CSS } from './reportCss';
import { uiLanguage } from '../l10n/uiLanguage';

export { renderReportBody } from './htmlSections';
export type { HtmlOptions } from './htmlSections';

/**
 * A self-contained HTML file: styles inline, no scripts, no external resources, every article
 * string escaped. Its CSP forbids scripts outright, so even a hostile article cannot run code.
 */
export function renderHtmlDocument(report: Report): string {
  const [a, b] = report.articles;
  return htmlDocument(l10n.t('Framing Lens: {0} vs {1}', a.title, b.title), REPORT_CSS, renderReportBody(report));
}

/** The page around a rendered body, for the pair and the collection files alike. */
export function htmlDocument(title: string, css: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(uiLanguage())}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Framing Lens">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
