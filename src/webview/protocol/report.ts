/**
 * Messages between the report panel (extension host) and its webview, both ways, the state
 * the webview keeps with `setState`, and the one validator of what reaches the host. Both
 * sides import this file, so a message that one side sends and the other does not understand
 * is a compile error. Every webview's protocol lives in this folder under the same scheme:
 * `<View>ToWebview`, `<View>FromWebview`, and `parse<View>FromWebview`.
 */
import type { CollectionReport, Report, Side } from '../../core/types';

/** What the panel shows: a pair report, or a collection of three or more articles. */
export type PanelReport = Report | CollectionReport;

/** Export formats the toolbar offers (the same names as `renderReport`'s formats). */
export type ExportFormat = 'html' | 'markdown' | 'json';

/**
 * Whether the panel follows a running comparison (`live`) or shows the last report of one
 * that has ended, or one restored after a window reload (`snapshot`).
 */
export type ReportMode = 'live' | 'snapshot';

/** What the toolbar shows next to the report. */
export interface ReportStatus {
  readonly mode: ReportMode;
  /** False when the panel has no report (nothing compared yet, or too large to restore). */
  readonly canExport: boolean;
  /** Titles of the compared articles, for the toolbar and the tab. */
  readonly titles: readonly string[];
}

/**
 * What the webview stores with `setState`, so that `WebviewPanelSerializer` can bring the
 * panel back after a window reload: the report itself, from which the panel is rendered
 * again and can still export (absent only for reports too large to keep; see
 * `STATE_REPORT_LIMIT` in `src/extension/report/shownReport.ts`).
 */
export interface ReportPanelState {
  readonly version: 1;
  readonly report?: PanelReport;
  readonly titles: readonly string[];
  /** The compared documents' URIs (`Uri.toString()`, in article order), to reveal text and to refuse exports over them. */
  readonly uris: readonly string[];
  /** Kept by the webview itself, so a reload returns to the same place. */
  readonly scrollY?: number;
}

// ---------------------------------------------------------------------------------------
// Host → webview
// ---------------------------------------------------------------------------------------

export interface UpdateMessage {
  readonly type: 'update';
  /** Increases with every rendering; the webview skips bodies it already shows. */
  readonly renderId: number;
  /** The report's sections as escaped HTML; absent when the webview already shows `renderId`. */
  readonly body?: string;
  readonly status: ReportStatus;
  /** To pass to `setState`. */
  readonly state: ReportPanelState;
}

/**
 * More rows of a paged list, answering a `more` message: to append to the list's rows, and the
 * control to put in place of the list's "Show more" (empty once every row is shown).
 */
export interface RowsMessage {
  readonly type: 'rows';
  /** The rendering the rows belong to; the webview drops rows of a page it no longer shows. */
  readonly renderId: number;
  readonly list: string;
  readonly pair?: readonly [number, number];
  readonly from: number;
  /** Escaped HTML of the rows, from the host's renderer. */
  readonly html: string;
  readonly control: string;
}

export type ReportToWebview = UpdateMessage | RowsMessage;

// ---------------------------------------------------------------------------------------
// Webview → host
// ---------------------------------------------------------------------------------------

/** The script has loaded and listens; the host posts only after this. */
export interface ReadyMessage {
  readonly type: 'ready';
}

/**
 * Show `[start, end)` of one article in its editor: article `article` of a collection, or side
 * `side` of the pair (the focus `a`, the other article `b`).
 */
export type RevealMessage =
  | { readonly type: 'reveal'; readonly side: Side; readonly start: number; readonly end: number }
  | { readonly type: 'reveal'; readonly article: number; readonly start: number; readonly end: number };

export interface ExportMessage {
  readonly type: 'export';
  readonly format: ExportFormat;
}

/** Make article `article` of a collection the focus. */
export interface FocusMessage {
  readonly type: 'focus';
  readonly article: number;
}

/**
 * The next rows of the paged list `list` (of the pair `pair` of a collection), from row `from`,
 * of rendering `renderId`.
 */
export interface MoreMessage {
  readonly type: 'more';
  readonly renderId: number;
  readonly list: PagedListKey;
  readonly pair?: readonly [number, number];
  readonly from: number;
}

/** The lists a report page shows a page at a time (`PAGED_LISTS`, and a collection's `coverage`). */
export const PAGED_LIST_KEYS = ['framing', 'changes', 'pair', 'only-a', 'only-b', 'quotes', 'coverage'] as const;
export type PagedListKey = (typeof PAGED_LIST_KEYS)[number];

export type ReportFromWebview = ReadyMessage | RevealMessage | ExportMessage | FocusMessage | MoreMessage;

/**
 * What the host puts in the page's `data-fl-initial` attribute (escaped JSON), so the script
 * knows what the server-rendered page shows before any message arrives.
 */
export interface InitialData {
  readonly renderId: number;
  readonly status: ReportStatus;
}

/** Accepts only well-formed messages: the webview shows article text and is not trusted blindly. */
export function parseReportFromWebview(message: unknown): ReportFromWebview | undefined {
  if (typeof message !== 'object' || message === null) {
    return undefined;
  }
  const m = message as Record<string, unknown>;
  switch (m['type']) {
    case 'ready':
      return { type: 'ready' };
    case 'reveal':
      return parseReveal(m);
    case 'export': {
      const format = m['format'];
      return format === 'html' || format === 'markdown' || format === 'json' ? { type: 'export', format } : undefined;
    }
    case 'focus': {
      const article = m['article'];
      return typeof article === 'number' && Number.isInteger(article) && article >= 0 ? { type: 'focus', article } : undefined;
    }
    case 'more':
      return parseMore(m);
    default:
      return undefined;
  }
}

function parseMore(m: Record<string, unknown>): MoreMessage | undefined {
  const { renderId, list, pair, from } = m;
  const whole = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
  if (!whole(renderId) || !whole(from) || !PAGED_LIST_KEYS.includes(list as PagedListKey)) return undefined;
  if (pair === undefined) return { type: 'more', renderId, list: list as PagedListKey, from };
  if (!Array.isArray(pair) || pair.length !== 2 || !whole(pair[0]) || !whole(pair[1])) return undefined;
  return { type: 'more', renderId, list: list as PagedListKey, pair: [pair[0], pair[1]], from };
}

function parseReveal(m: Record<string, unknown>): RevealMessage | undefined {
  const { side, article, start, end } = m;
  const whole = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
  if (!whole(start) || !whole(end) || end < start) return undefined;
  if (article !== undefined) return whole(article) ? { type: 'reveal', article, start, end } : undefined;
  return side === 'a' || side === 'b' ? { type: 'reveal', side, start, end } : undefined;
}
