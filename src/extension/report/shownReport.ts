import { renderReportBody } from '../../core/render/htmlSections';
import type { Report } from '../../core/types';
import type { ReportMode, ReportPanelState, ReportStatus } from '../../webview/report/protocol';

/** What the report panel shows: the report (when it has it), its rendering and where it came from. */
export interface ShownReport {
  /** Undefined only for a very large report restored from its rendered body (see `panelState`). */
  readonly report: Report | undefined;
  readonly body: string;
  readonly mode: ReportMode;
  readonly titles: readonly [string, string];
  /** The compared documents' URIs as strings (`Uri.toString()`); empty when unknown. */
  readonly uris: readonly [string, string];
}

/**
 * Above this many characters of report JSON, the webview state keeps the rendered body
 * instead of the report.
 *
 * Why the report is the normal choice: from it the panel re-renders with the current
 * renderer after a reload and can still export all three formats. Why a limit at all: the
 * state is serialised into the workbench's storage on every update, and the report carries
 * every sentence and per-word tone data (roughly three to four times the articles' text),
 * so for book-length inputs it would make each live update and each window reload slow.
 * The body is smaller (it has no per-word data and no offsets beyond the links) and is all
 * a restored snapshot needs to be read; exports from such a snapshot ask the user to
 * compare again. Two long news articles (5,000 words each) stay well below the limit.
 */
export const STATE_REPORT_LIMIT = 1_500_000;

/** A report rendered for the panel. */
export function showReport(report: Report, mode: ReportMode, uris: readonly [string, string]): ShownReport {
  return {
    report,
    body: renderReportBody(report, { interactive: true }),
    mode,
    titles: [report.articles[0].title, report.articles[1].title],
    uris,
  };
}

/** The page shown when there is nothing to show (a panel restored without state). */
export function emptyReport(): ShownReport {
  return {
    report: undefined,
    body:
      '<section class="fl-empty-state"><h1>Framing Lens report</h1>' +
      '<p>There is no report to show. Run <strong>Framing Lens: Compare Articles</strong> to compare two articles; ' +
      'this panel then shows their report and follows your edits.</p></section>',
    mode: 'snapshot',
    titles: ['', ''],
    uris: ['', ''],
  };
}

export function statusOf(shown: ShownReport): ReportStatus {
  return { mode: shown.mode, canExport: shown.report !== undefined, titles: shown.titles };
}

/** What the webview should keep with `setState`; see `STATE_REPORT_LIMIT`. */
export function panelState(shown: ShownReport): ReportPanelState {
  const base = { version: 1 as const, titles: shown.titles, uris: shown.uris };
  if (shown.report && JSON.stringify(shown.report).length <= STATE_REPORT_LIMIT) {
    return { ...base, report: shown.report };
  }
  return { ...base, body: shown.body };
}

/**
 * Reads a state written by an earlier webview (possibly by an older version of the
 * extension, or damaged) and turns it back into a snapshot. A stored report is rendered
 * again, so the restored page is escaped by the current renderer; a stored body is what this
 * extension rendered before, shown in a page whose CSP still forbids any script but ours.
 */
export function restoreState(state: unknown): ShownReport | undefined {
  if (!isRecord(state) || state['version'] !== 1) {
    return undefined;
  }
  const titles = stringPair(state['titles']) ?? ['', ''];
  const uris = stringPair(state['uris']) ?? ['', ''];
  const report = state['report'];
  if (isReport(report)) {
    try {
      return showReport(report, 'snapshot', uris);
    } catch {
      // A report of an older shape that the renderer cannot read: fall back to the body.
    }
  }
  const body = state['body'];
  if (typeof body === 'string' && body.length > 0) {
    return { report: undefined, body, mode: 'snapshot', titles, uris };
  }
  return undefined;
}

function isReport(value: unknown): value is Report {
  if (!isRecord(value) || value['schemaVersion'] !== 1) return false;
  const articles = value['articles'];
  return (
    Array.isArray(articles) &&
    articles.length === 2 &&
    Array.isArray(value['framing']) &&
    Array.isArray(value['pairs']) &&
    isRecord(value['sentences']) &&
    isRecord(value['sentiment']) &&
    isRecord(value['quotes'])
  );
}

function stringPair(value: unknown): [string, string] | undefined {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string'
    ? [value[0], value[1]]
    : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
