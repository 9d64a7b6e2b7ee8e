import type { CollectionReport } from '../types';
import { renderCollectionBody } from './collectionSections';
import { escapeHtml } from './escape';
import { COLLECTION_CSS, REPORT_CSS } from './reportCss';

/**
 * A collection report as a self-contained HTML file, like the pair report's: styles inline,
 * no scripts, no external resources, every article string escaped, a CSP that forbids scripts.
 */
export function renderCollectionHtmlDocument(report: CollectionReport): string {
  const title = `Framing Lens: ${report.articles.map((a) => a.title).join(' · ')}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Framing Lens">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}${COLLECTION_CSS}</style>
</head>
<body>
${renderCollectionBody(report)}
</body>
</html>
`;
}
