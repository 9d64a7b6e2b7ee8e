import type { CollectionReport } from '../types';
import { renderCollectionBody } from './collectionSections';
import { htmlDocument } from './html';
import { COLLECTION_CSS, REPORT_CSS } from './reportCss';

/**
 * A collection report as a self-contained HTML file, like the pair report's: styles inline,
 * no scripts, no external resources, every article string escaped, a CSP that forbids scripts.
 */
export function renderCollectionHtmlDocument(report: CollectionReport): string {
  const title = `Framing Lens: ${report.articles.map((a) => a.title).join(' · ')}`;
  return htmlDocument(title, REPORT_CSS + COLLECTION_CSS, renderCollectionBody(report));
}
