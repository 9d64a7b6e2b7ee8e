import * as l10n from '@vscode/l10n';
import { pairReportOf } from '../collection/pairReport';
import type { CollectionFraming, CollectionReport, CollectionUse } from '../types';
import { leftOutListHtml, leftOutNoteHtml } from './leftOutSections';
import {
  MATRIX_ROWS,
  UNSHARED_SHOWN,
  citedUses,
  factSentences,
  keyPoints,
  matrixRows,
  outletName,
  ownUses,
  sentenceCount,
  setName,
  splitCoverage,
  wordsForHeading,
  collectionNoticeText,
} from './collectionLabels';
import { escapeHtml as h, escapeHtmlWithMarkup } from './escape';
import { renderMoreRows, renderReportBody, sectionOf, type HtmlOptions, type PagedListName } from './htmlSections';
import { groupByText, percent } from './labels';
import { firstRows, listOf, rowsHtml, type PagedList } from './pagedRows';

/** Options of the collection's HTML body. */
export interface CollectionHtmlOptions extends HtmlOptions {
  /** The article whose comparison with the focus is shown open; default the first. */
  readonly openPair?: number;
}

/**
 * A long list of a collection body: the facts some outlets leave out (`coverage`), or one of
 * the pair lists (see `PAGED_LISTS`) of the comparison of articles `pair`. Paged, its name is
 * `pagedListKey` of it for `shownRows`.
 */
export type CollectionList = { readonly name: 'coverage' } | { readonly name: PagedListName; readonly pair: readonly [number, number] };

/** The key `shownRows` is asked with for a list of a collection body. */
export function pagedListKey(list: CollectionList): string {
  return 'pair' in list ? `${list.pair[0]}-${list.pair[1]}:${list.name}` : list.name;
}

/**
 * Rows `[from, from + count)` of one long list of `renderCollectionBody(report, options)`, for
 * the report panel's "Show more"; undefined for a pair that is not one of the comparisons.
 */
export function renderCollectionMoreRows(
  report: CollectionReport,
  list: CollectionList,
  from: number,
  count: number,
  options: CollectionHtmlOptions = {}
): { html: string; next: number; total: number } | undefined {
  if (!('pair' in list)) {
    const rows = coverageRows(report, locator(report, options.interactive ?? false));
    return { html: rowsHtml(rows, from, count), next: Math.min(rows.length, from + count), total: rows.length };
  }
  const [a, b] = list.pair;
  const comparison = report.comparisons.find((c) => c.a === a && c.b === b);
  return comparison ? renderMoreRows(pairReportOf(report, comparison), list.name, from, count, options) : undefined;
}

/** Distinct wordings a matrix cell shows before it folds the rest into a count. */
const TERMS_SHOWN = 4;

/**
 * The collection report's sections as HTML, under the same rules as `renderReportBody`:
 * every article string escaped, no scripts, no inline styles, styled by `REPORT_CSS` and
 * `COLLECTION_CSS`, cells with `data-label`. Interactive: article text carries `data-article`, `data-start` and
 * `data-end` (the article's index and offsets into its text), so a webview can reveal it in
 * that article's editor; inside each pair's body the pair report's `data-side` stays, and its
 * `<details>` says which articles are sides a and b (`data-a`, `data-b`).
 */
export function renderCollectionBody(report: CollectionReport, options: CollectionHtmlOptions = {}): string {
  const link = locator(report, options.interactive ?? false);
  const prefix = options.idPrefix ?? '';
  const section = (id: string, title: string, body: string) =>
    sectionOf(`${prefix}fl-${id}`, title, body);
  const { omitted } = splitCoverage(report);
  const unshared = report.unshared.reduce((n, list) => n + list.length, 0);
  const focus = report.articles[report.focus]!;
  const pairsEntry = l10n.t({ message: 'Pairs', args: [], comment: ['Contents entry: the focus outlet compared with each other outlet, one pair at a time'] });
  const entries: [string, string, string][] = [
    ['points', l10n.t('Key points'), ''],
    ['matrix', l10n.t('Who uses which words'), String(report.framing.filter((f) => f.contrast).length)],
    ['coverage', l10n.t('Facts left out'), String(omitted.length)],
    ['unshared', l10n.t('Only one outlet'), String(unshared)],
    ['similarity', l10n.t('Similarity'), ''],
    ['pairs', pairsEntry, String(report.comparisons.length)],
  ];
  const labels = report.articles.map((a) => a.label);
  const leftOut = report.excluded ?? [];
  const leftOutCount = leftOut.reduce((n, runs) => n + runs.length, 0);
  if (leftOutCount > 0) entries.push(['left-out', l10n.t('Left out'), String(leftOutCount)]);
  const toc = entries
    .map(([id, label, count]) => `<li><a href="#${h(prefix)}fl-${id}">${h(label)}${count ? ` <span class="fl-count">${h(count)}</span>` : ''}</a></li>`)
    .join('');
  return [
    header(report, options.interactive ?? false),
    `<nav class="fl-toc" aria-label="${h(l10n.t('Contents'))}"><ul>${toc}</ul></nav>`,
    report.notices.map((n) => `<p class="fl-warning" role="note">${h(collectionNoticeText(report, n))}</p>`).join(''),
    leftOutNoteHtml(labels, leftOut, `${prefix}fl-left-out`),
    section('points', l10n.t('Key points'), `<ul class="fl-findings">${keyPoints(report).map((p) => `<li>${h(p)}</li>`).join('')}</ul>`),
    section('matrix', l10n.t('Who uses which words'), matrix(report, link)),
    section('coverage', l10n.t('Which outlets carry each fact'), coverage(report, link, options)),
    section('unshared', l10n.t('Sentences only one outlet carries'), unsharedLists(report, link)),
    section('similarity', l10n.t('Similarity'), similarity(report)),
    section('pairs', l10n.t`${focus.label} against each other outlet`, pairs(report, options, prefix)),
    leftOutCount > 0 ? section('left-out', l10n.t('Left out of the analysis'), leftOutListHtml(labels, leftOut, (k, run, inner) => link(k, run.start, run.end, inner, 'fl-left-out-text'))) : '',
  ].join('\n');
}

type Locator = (article: number, start: number, end: number, inner: string, extraClass?: string) => string;

/** Wraps article text; interactive, with the article and offsets a webview script reads. */
function locator(report: CollectionReport, interactive: boolean): Locator {
  return (article, start, end, inner, extraClass) => {
    const cls = extraClass ? ` class="${extraClass}"` : '';
    if (!interactive) return extraClass ? `<span${cls}>${inner}</span>` : inner;
    const title = h(l10n.t('Show in article {0}', report.articles[article]?.label ?? ''));
    return `<span${cls} data-article="${article}" data-start="${start}" data-end="${end}" tabindex="0" role="link" title="${title}">${inner}</span>`;
  };
}

function badge(label: string): string {
  return `<span class="fl-badge" aria-label="${h(l10n.t('Article {0}', label))}">${h(label)}</span>`;
}

/**
 * The outlets compared, the focus marked. Interactive, every other outlet has a button that
 * asks the webview's host to make it the focus.
 */
function header(report: CollectionReport, interactive: boolean): string {
  const chip = l10n.t({ message: 'focus', args: [], comment: ['Marks the outlet every other outlet is compared with'] });
  const outlets = report.articles
    .map((x, k) => {
      const title = h(l10n.t('Compare every other outlet with {0}', x.label));
      const focus =
        k === report.focus
          ? `<div class="fl-muted"><span class="fl-chip">${h(chip)}</span></div>`
          : interactive
            ? `<div><button type="button" class="fl-focus" data-focus="${k}" title="${title}">${h(l10n.t('Focus on {0}', x.label))}</button></div>`
            : '';
      return (
        `<div class="fl-article">${badge(x.label)}<div><div class="fl-title">${h(x.title)}</div>` +
        (x.path ? `<div class="fl-muted"><small class="fl-path">${h(x.path)}</small></div>` : '') +
        `<div class="fl-muted">${h(l10n.t('{0} sentences · {1} words', x.sentences, x.words))}</div>${focus}</div></div>`
      );
    })
    .join('');
  return `<header class="fl-header"><h1>${h(l10n.t('Framing Lens: {0} outlets compared', report.articles.length))}</h1><div class="fl-articles">${outlets}</div></header>`;
}

function columnHeads(report: CollectionReport, first: string): string {
  return `<th scope="col">${h(first)}</th>${report.articles.map((a) => `<th scope="col" title="${h(a.title)}">${h(a.label)}</th>`).join('')}`;
}

function matrix(report: CollectionReport, link: Locator): string {
  const rows = matrixRows(report);
  if (rows.length === 0) return `<p class="fl-muted">${h(l10n.t('No outlet uses a term from the framing lexicon.'))}</p>`;
  const wordsFor = wordsForHeading();
  const body = rows
    .slice(0, MATRIX_ROWS)
    .map((row) => {
      const spelling = row.category === 'spelling-variant';
      const chip = row.contrast ? ` <span class="fl-chip fl-chip-contrast">${h(l10n.t('outlets differ'))}</span>` : '';
      const cls = spelling ? 'fl-spelling' : row.contrast ? 'fl-contrast' : 'fl-alike';
      const cells = report.articles.map((a, k) => `<td data-label="${h(a.label)}">${cell(row, k, link)}</td>`).join('');
      return `<tr class="${cls}"><td data-label="${h(wordsFor)}"><div class="fl-set">${h(setName(row))}${chip}</div></td>${cells}</tr>`;
    })
    .join('');
  const rest = rows.length - MATRIX_ROWS;
  return (
    `<p class="fl-muted">${h(l10n.t('Each cell: the words the outlet uses in its own voice, with how often; — where it does not use them.'))}</p>` +
    `<table class="fl-table fl-matrix fl-stack"><thead><tr>${columnHeads(report, wordsFor)}</tr></thead><tbody>${body}</tbody></table>` +
    (rest > 0 ? `<p class="fl-muted">${h(l10n.t`… and ${rest} more (see the JSON report).`)}</p>` : '')
  );
}

function cell(row: CollectionFraming, k: number, link: Locator): string {
  const terms = (uses: readonly CollectionUse[], cls: string) => {
    const groups = groupByText(uses);
    const shown = groups
      .slice(0, TERMS_SHOWN)
      .map((g) => link(k, g.first.start, g.first.end, h(g.first.text), cls) + (g.count > 1 ? ` <span class="fl-muted">×${g.count}</span>` : ''))
      .join(', ');
    const rest = groups.length - TERMS_SHOWN;
    if (rest <= 0) return shown;
    return `${shown} <span class="fl-muted">${h(rest === 1 ? l10n.t('and 1 other') : l10n.t`and ${rest} others`)}</span>`;
  };
  const own = ownUses(row, k);
  if (own.length > 0) return terms(own, 'fl-term');
  const cited = citedUses(row, k);
  if (cited.length === 0) return '<span class="fl-muted">—</span>';
  return `<span class="fl-muted">${escapeHtmlWithMarkup(l10n.t('— (not its own words: {0})'), terms(cited, 'fl-quote'))}</span>`;
}

/** One fact's sentences, each linked to its outlet's text. */
function factHtml(report: CollectionReport, group: CollectionReport['coverage'][number], link: Locator): string {
  return factSentences(report, group)
    .map((s) => link(s.article, s.start, s.end, h(s.text), 'fl-sentence'))
    .join(' ');
}

/** The facts some outlets leave out, one row each. */
function coverageRows(report: CollectionReport, link: Locator): PagedList {
  const badges = (articles: readonly number[]) => articles.map((k) => badge(report.articles[k]!.label)).join(' ');
  const [fact, carried, missing] = coverageHeads().map(h);
  return listOf(
    splitCoverage(report).omitted,
    (g) =>
      `<tr><td data-label="${fact}">${factHtml(report, g, link)}</td><td data-label="${carried}">${badges(g.articles)}</td>` +
      `<td data-label="${missing}" class="fl-gap">${badges(g.missing)}</td></tr>`
  );
}

/** The coverage table's column headings, which its cells repeat as `data-label`. */
function coverageHeads(): [string, string, string] {
  return [
    l10n.t({ message: 'Fact', args: [], comment: ['Column heading: a fact, in the words of one outlet that carries it'] }),
    l10n.t({ message: 'Carried by', args: [], comment: ['Column heading: the outlets that carry a fact'] }),
    l10n.t({ message: 'Left out by', args: [], comment: ['Column heading: the outlets that leave a fact out'] }),
  ];
}

function coverage(report: CollectionReport, link: Locator, options: CollectionHtmlOptions): string {
  const { omitted, shared } = splitCoverage(report);
  const fact = (group: (typeof report.coverage)[number]) => factHtml(report, group, link);
  const paged = firstRows('coverage', coverageRows(report, link), options);
  const omittedTable =
    omitted.length === 0
      ? `<p class="fl-muted">${h(l10n.t('Every fact two or more outlets carry, all of them carry.'))}</p>`
      : `<table class="fl-table fl-coverage fl-stack"><thead><tr>${coverageHeads().map((head) => `<th scope="col">${h(head)}</th>`).join('')}</tr></thead>` +
        `<tbody${options.pageSize ? ' data-rows="coverage"' : ''}>${paged.rows}</tbody></table>${paged.more}`;
  const all = report.articles.length;
  const sharedSummary = shared.length === 1 ? l10n.t`1 fact all ${all} outlets carry` : l10n.t`${shared.length} facts all ${all} outlets carry`;
  const sharedList =
    shared.length === 0
      ? ''
      : `<details class="fl-more"><summary>${h(sharedSummary)}</summary>` +
        `<ul class="fl-only-list">${shared.map((g) => `<li>${fact(g)}</li>`).join('')}</ul></details>`;
  const facts = report.coverage.length;
  const summary =
    facts === 1
      ? l10n.t`1 fact two or more outlets carry; ${omitted.length} of them some outlet leaves out.`
      : l10n.t`${facts} facts two or more outlets carry; ${omitted.length} of them some outlet leaves out.`;
  return (
    `<p class="fl-muted">${h(summary)}</p>` +
    omittedTable +
    sharedList
  );
}

function unsharedLists(report: CollectionReport, link: Locator): string {
  const outlets = report.unshared.map((list, k) => ({ list, k })).filter((x) => x.list.length > 0);
  if (outlets.length === 0) return `<p class="fl-muted">${h(l10n.t('None: every sentence has a counterpart in another outlet.'))}</p>`;
  return outlets
    .map(({ list, k }) => {
      const article = report.articles[k]!;
      const items = list
        .slice(0, UNSHARED_SHOWN)
        .map((s) => `<li>${link(k, s.start, s.end, h(s.text), 'fl-sentence')}</li>`)
        .join('');
      const rest = list.length > UNSHARED_SHOWN ? `<p class="fl-muted">${h(l10n.t`… and ${list.length - UNSHARED_SHOWN} more (see the JSON report).`)}</p>` : '';
      return `<details class="fl-more"><summary>${badge(article.label)} ${h(`${article.title}: ${sentenceCount(list.length)}`)}</summary><ul class="fl-only-list">${items}</ul>${rest}</details>`;
    })
    .join('');
}

function similarity(report: CollectionReport): string {
  const rows = report.articles
    .map((a, i) => {
      const cells = report.articles
        .map((b, j) => `<td data-label="${h(b.label)}" class="fl-num">${i === j ? '—' : h(percent(report.similarity[i]?.[j] ?? 0))}</td>`)
        .join('');
      return `<tr><th scope="row" title="${h(a.title)}">${h(a.label)}</th>${cells}</tr>`;
    })
    .join('');
  return (
    `<p class="fl-muted">${h(l10n.t('Share of the content words that lie in corresponding sentences, for each pair of outlets.'))}</p>` +
    `<table class="fl-table fl-similarity"><thead><tr>${columnHeads(report, '')}</tr></thead><tbody>${rows}</tbody></table>`
  );
}

/** Each comparison's full pair report, folded; ids prefixed per pair so that none repeats. */
function pairs(report: CollectionReport, options: CollectionHtmlOptions, prefix: string): string {
  const focus = report.articles[report.focus]!;
  const open = options.openPair ?? report.comparisons[0]?.b;
  return report.comparisons
    .map((comparison) => {
      const other = report.articles[comparison.b]!;
      const pair = [comparison.a, comparison.b] as const;
      const body = renderReportBody(pairReportOf(report, comparison), {
        interactive: options.interactive ?? false,
        idPrefix: `${prefix}pair-${comparison.a}-${comparison.b}-`,
        ...(options.pageSize ? { pageSize: options.pageSize } : {}),
        ...(options.moreSize ? { moreSize: options.moreSize } : {}),
        ...(options.shownRows ? { shownRows: (name: string) => options.shownRows!(pagedListKey({ name: name as PagedListName, pair })) } : {}),
      });
      const mapping =
        focus.label !== 'A' || other.label !== 'B' ? ` <span class="fl-muted">${h(l10n.t('(in this pair, A is {0} and B is {1})', focus.label, other.label))}</span>` : '';
      return (
        `<details class="fl-pair" data-a="${comparison.a}" data-b="${comparison.b}"${comparison.b === open ? ' open' : ''}>` +
        `<summary>${h(l10n.t('{0} vs {1}', outletName(focus), outletName(other)))} <span class="fl-count">${h(percent(comparison.similarity))}</span>${mapping}</summary>` +
        `${body}</details>`
      );
    })
    .join('');
}
