import * as l10n from '@vscode/l10n';
import type { CollectionReport } from '../types';
import { renderCollectionBody } from './collectionSections';
import { htmlDocument } from './html';
import { COLLECTION_CSS, REPORT_CSS } from './reportCss';

/**
 * A collection report as a self-contained HTML file, like the pair report's: styles inline,
 * no scripts, no external resources, every article string escaped, a CSP that forbids scripts.
 */
export function renderCollectionHtmlDocument(report: CollectionReport): string {
  const titles = report.articles.map((a) => a.title).join(' · ');
  const title = l10n.t({ message: 'Framing Lens: {0}', args: [titles], comment: ['The page title of a report: {0} is the outlets\' headlines'] });
  return htmlDocument(title, REPORT_CSS + COLLECTION_CSS, renderCollectionBody(report));
}
