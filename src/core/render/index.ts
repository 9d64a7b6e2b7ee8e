import { withFileText } from '../extract/fileSpans';
import type { CollectionReport, Report } from '../types';
import { renderCollectionHtmlDocument } from './collectionHtml';
import { renderCollectionMarkdown } from './collectionMarkdown';
import { renderHtmlDocument } from './html';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';

export type ReportFormat = 'json' | 'markdown' | 'html';

export const REPORT_FORMATS: readonly ReportFormat[] = ['json', 'markdown', 'html'];

/** File extension of each export format. */
export const FORMAT_EXTENSIONS: Readonly<Record<ReportFormat, string>> = { json: 'json', markdown: 'md', html: 'html' };

/**
 * Renders a report in one of the export formats. `sources` are the articles' file texts, in
 * article order: given them, JSON spans carry the file's slice in `text` and the visible words
 * in `display` (see `withFileText`); needed only for HTML and Markdown files.
 */
export function renderReport(report: Report, format: ReportFormat, sources?: readonly string[]): string {
  switch (format) {
    case 'json':
      return renderJson(sources ? withFileText(report, sources) : report);
    case 'markdown':
      return renderMarkdown(report);
    case 'html':
      return renderHtmlDocument(report);
  }
}

/** Renders a collection report (three or more articles) in one of the export formats. */
export function renderCollection(report: CollectionReport, format: ReportFormat, sources?: readonly string[]): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(sources ? withFileText(report, sources) : report, null, 2)}\n`;
    case 'markdown':
      return renderCollectionMarkdown(report);
    case 'html':
      return renderCollectionHtmlDocument(report);
  }
}
