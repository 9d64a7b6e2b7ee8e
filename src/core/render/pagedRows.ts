import * as l10n from '@vscode/l10n';
import { escapeHtml as h } from './escape';

/**
 * Long lists shown a page at a time. The report of two book-length articles holds thousands
 * of aligned sentences, changes and quotes; rendered whole it is tens of megabytes of HTML,
 * and the report panel took many seconds to show its first screen. With a page size, each
 * long list shows its first rows and a "Show N more" button under them; the panel's script
 * asks its host for the next rows of that list, which renders them with the same code
 * (`rowsHtml`). Without a page size (the exported files) every row is rendered.
 */

/** One long list, in display order: how many rows it has, and row `index` as HTML. */
export interface PagedList {
  readonly length: number;
  readonly row: (index: number) => string;
}

/** A list of `items`, each rendered by `row`. */
export function listOf<T>(items: readonly T[], row: (item: T) => string): PagedList {
  return { length: items.length, row: (index) => row(items[index]!) };
}

/** How a body is paged: rows shown at first and added by each "Show more", and how many rows of a list the reader has already asked for. */
export interface Paging {
  readonly pageSize?: number;
  /** Rows each "Show more" adds; default `pageSize`. */
  readonly moreSize?: number;
  /** Rows of list `name` to show at first, when more than a page (the reader asked for more before an update). */
  readonly shownRows?: (name: string) => number | undefined;
}

/** The rows to show at first and the button that asks for more (empty when every row is shown). */
export function firstRows(name: string, list: PagedList, paging: Paging): { readonly rows: string; readonly more: string } {
  const total = list.length;
  const size = paging.pageSize;
  if (!size || total <= size) return { rows: rowsHtml(list, 0, total), more: '' };
  const shown = Math.min(total, Math.max(size, paging.shownRows?.(name) ?? 0));
  return { rows: rowsHtml(list, 0, shown), more: moreControl(name, shown, total, paging.moreSize ?? size) };
}

/** Rows `[from, from + count)` of a list. */
export function rowsHtml(list: PagedList, from: number, count: number): string {
  let html = '';
  const end = Math.min(list.length, from + count);
  for (let i = Math.max(0, from); i < end; i++) html += list.row(i);
  return html;
}

/**
 * The control under a paged list: `data-more` names the list (its rows are the element with
 * the same `data-rows` in the control's parent), `data-next` the first row not yet shown.
 */
export function moreControl(name: string, shown: number, total: number, pageSize: number): string {
  if (shown >= total) return '';
  const next = Math.min(pageSize, total - shown);
  return (
    `<p class="fl-more-rows" data-more="${h(name)}" data-next="${shown}" data-total="${total}">` +
    `<button type="button" class="flp-button fl-more-button">${h(l10n.t('Show {0} more', count(next)))}</button> ` +
    `<span class="fl-muted">${h(l10n.t('{0} of {1} shown', count(shown), count(total)))}</span></p>`
  );
}

/** 7199 → "7,199". */
function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}
