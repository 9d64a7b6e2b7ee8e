import * as l10n from '@vscode/l10n';
import { pagedListKey, renderCollectionBody, renderCollectionMoreRows, type CollectionList } from '../../core/render/collectionSections';
import { escapeHtml, escapeHtmlWithMarkup } from '../../core/render/escape';
import { renderMoreRows, renderReportBody } from '../../core/render/htmlSections';
import { moreControl } from '../../core/render/pagedRows';
import type { MoreMessage, PanelReport, ReportMode, ReportPanelState, ReportStatus } from '../../webview/protocol/report';

/** What the report panel shows: the report (when it has it), its rendering and where it came from. */
export interface ShownReport {
  /** Undefined only for the empty page (nothing compared yet, or a report too large to restore). */
  readonly report: PanelReport | undefined;
  readonly body: string;
  readonly mode: ReportMode;
  readonly titles: readonly string[];
  /** The compared documents' URIs as strings (`Uri.toString()`), in article order; empty when unknown. */
  readonly uris: readonly string[];
}

/**
 * Above this many characters of report JSON, the webview state keeps only the titles.
 *
 * The state holds the report rather than the rendered body: the two are about the same size
 * (the body repeats sentences in several sections and carries the links' offsets; the
 * report carries per-word tone data), but from the report a restored panel is rendered
 * again by the current renderer and can still export all three formats. The state is
 * written to the workbench's storage on every update and read back on every window reload,
 * so for inputs of book length the panel stores nothing heavy and, after a reload, asks to
 * compare again instead of slowing every reload down. Measured: two articles of 5,000 words
 * give about 0.4 MB of JSON (some 7 characters per character of text), so the limit sits
 * near 90,000 words per side.
 */
export const STATE_REPORT_LIMIT = 4_000_000;

/** Characters of JSON per character of article text, generously (measured: about 7). */
const JSON_PER_TEXT_CHARACTER = 10;

/**
 * Rows each long list of the panel shows at first: a first screen that shows at once however
 * long the articles (the exported files list every row).
 */
export const PAGE_SIZE = 50;
/** Rows each "Show more" adds. */
export const MORE_SIZE = 200;

/**
 * A report rendered for the panel, each long list a page at a time; `shownRows` gives how many
 * rows of a list (by `pagedListKey`) the reader has asked for, kept across updates.
 */
export function showReport(report: PanelReport, mode: ReportMode, uris: readonly string[], shownRows?: (key: string) => number | undefined): ShownReport {
  const options = { interactive: true, pageSize: PAGE_SIZE, moreSize: MORE_SIZE, ...(shownRows ? { shownRows } : {}) };
  return {
    report,
    body: report.schemaVersion === 2 ? renderCollectionBody(report, options) : renderReportBody(report, options),
    mode,
    titles: report.articles.map((a) => a.title),
    uris,
  };
}

/**
 * The rows a `more` message asks for, from the report the panel shows: their HTML, the control
 * that replaces the list's "Show more", and the list's key with the rows now shown. Undefined
 * for a list the report does not have.
 */
export function moreRows(shown: ShownReport, message: MoreMessage): { html: string; control: string; key: string; shown: number } | undefined {
  const report = shown.report;
  if (!report) return undefined;
  const options = { interactive: true, pageSize: PAGE_SIZE, moreSize: MORE_SIZE };
  let rows: { html: string; next: number; total: number } | undefined;
  let key: string;
  if (report.schemaVersion === 2) {
    const list: CollectionList | undefined =
      message.list === 'coverage' ? (message.pair ? undefined : { name: 'coverage' }) : message.pair ? { name: message.list, pair: message.pair } : undefined;
    if (!list) return undefined;
    rows = renderCollectionMoreRows(report, list, message.from, MORE_SIZE, options);
    key = pagedListKey(list);
  } else {
    if (message.list === 'coverage' || message.pair) return undefined;
    rows = renderMoreRows(report, message.list, message.from, MORE_SIZE, options);
    key = message.list;
  }
  if (!rows) return undefined;
  return { html: rows.html, control: moreControl(message.list, rows.next, rows.total, MORE_SIZE), key, shown: rows.next };
}

/** The page shown when there is nothing to show (a panel restored without a report). */
export function emptyReport(titles: readonly string[] = []): ShownReport {
  const named = titles.filter(Boolean);
  const list = named.map((t) => `<strong>${escapeHtml(t)}</strong>`);
  const which =
    named.length >= 2
      ? escapeHtmlWithMarkup(l10n.t('The report of {0} and {1} was too large to keep across a window reload.'), list.slice(0, -1).join(', '), list[list.length - 1]!)
      : escapeHtml(l10n.t('There is no report to show.'));
  const command = `<strong>${escapeHtml(l10n.t('Framing Lens: Compare Articles'))}</strong>`;
  const run = escapeHtmlWithMarkup(l10n.t('Run {0} to compare two or more articles; this panel then shows their report and follows your edits.'), command);
  return {
    report: undefined,
    body: `<section class="fl-empty-state"><h1>${escapeHtml(l10n.t('Framing Lens report'))}</h1><p>${which} ${run}</p></section>`,
    mode: 'snapshot',
    titles,
    uris: [],
  };
}

export function statusOf(shown: ShownReport): ReportStatus {
  return { mode: shown.mode, canExport: shown.report !== undefined, titles: shown.titles };
}

/** What the webview should keep with `setState`; see `STATE_REPORT_LIMIT`. */
export function panelState(shown: ShownReport): ReportPanelState {
  const base = { version: 1 as const, titles: shown.titles, uris: shown.uris };
  const report = shown.report;
  if (!report) {
    return base;
  }
  // Serialising a long report takes tens of milliseconds (hundreds for book length): do it
  // only when the estimate is near the limit, not when it is far below or far above it.
  const articles: readonly { characters: number }[] = report.articles;
  const estimate = articles.reduce((total, a) => total + a.characters, 0) * JSON_PER_TEXT_CHARACTER * (report.schemaVersion === 2 ? articles.length - 1 : 1);
  if (estimate <= STATE_REPORT_LIMIT) return { ...base, report };
  if (estimate > 2 * STATE_REPORT_LIMIT) return base;
  return JSON.stringify(report).length <= STATE_REPORT_LIMIT ? { ...base, report } : base;
}

/**
 * Reads a state written by an earlier webview (possibly by an older version of the
 * extension, or damaged) and turns it back into a snapshot, rendered again from the report
 * so the restored page is escaped by the current renderer.
 */
export function restoreState(state: unknown): ShownReport | undefined {
  if (!isRecord(state) || state['version'] !== 1) {
    return undefined;
  }
  const titles = strings(state['titles']) ?? [];
  const uris = strings(state['uris']) ?? [];
  const report = state['report'];
  if (isReport(report)) {
    try {
      return showReport(report, 'snapshot', uris);
    } catch {
      // A report of an older shape that the renderer cannot read.
    }
  }
  return emptyReport(titles);
}

function isReport(value: unknown): value is PanelReport {
  if (!isRecord(value)) return false;
  const articles = value['articles'];
  if (value['schemaVersion'] === 2) {
    return (
      Array.isArray(articles) &&
      articles.length >= 2 &&
      ['framing', 'spelling', 'coverage', 'unshared', 'comparisons', 'similarity'].every((key) => Array.isArray(value[key])) &&
      (value['comparisons'] as unknown[]).every(isRecord)
    );
  }
  if (value['schemaVersion'] !== 1) return false;
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

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? [...(value as string[])] : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
