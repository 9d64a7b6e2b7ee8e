import * as l10n from '@vscode/l10n';
import type { AlignedPair, ArticleSentiment, ArticleSummary, FramingEntry, Quote, Report, SentenceRef, Side } from '../types';
import { LOADED_DATA_SOURCE } from '../loaded/loader';
import { escapeHtml as h } from './escape';
import { inlinePieces } from './inlineDiff';
import { alignmentDetails, categoryLabel, loadedNote, pairLabel, substitutionLabel, groupByText, ignoredNote, percent, signed, spelledApart } from './labels';
import { leftOutListHtml, leftOutNoteHtml } from './leftOutSections';
import { lowerBound } from '../text/lowerBound';
import { pairNoticeText } from '../warnings';
import { firstRows, listOf, rowsHtml, type PagedList, type Paging } from './pagedRows';

/**
 * Options of the HTML body. `interactive` adds `data-side/-start/-end` to article text so a
 * webview script can reveal it in the editor; the exported file stays plain. A `pageSize`
 * shows each long list a page at a time (see `pagedRows.ts`); the exported file has none.
 */
export interface HtmlOptions extends Paging {
  readonly interactive?: boolean;
  /**
   * Put before every element id (`fl-findings` becomes `<prefix>fl-findings`), so that several
   * reports can share one document. Default none.
   */
  readonly idPrefix?: string;
}

/**
 * The report's sections as HTML, every article string escaped. No scripts, no inline styles
 * (the report panel's CSP allows neither), no external resources: the same markup serves the
 * webview and the exported file, styled by `REPORT_CSS`. Tables carry `data-label` on their
 * cells so narrow views can stack them.
 */
export function renderReportBody(report: Report, options: HtmlOptions = {}): string {
  const link = locator(options);
  const lists = pagedLists(report, link);
  const changes = report.changes.filter((c) => c.category !== 'spelling-variant');
  const quoteCount = report.quotes.a.length + report.quotes.b.length - report.quotes.shared.length;
  const contrasts = report.framing.filter((f) => f.contrast).length;
  const prefix = options.idPrefix ?? '';
  const section = (id: string, title: string, body: string) => sectionOf(`${prefix}fl-${id}`, title, body);
  // Reports made before the engine listed left-out text have none.
  const leftOut = [report.excluded?.a ?? [], report.excluded?.b ?? []];
  return [
    header(report),
    toc(prefix, [
      ['findings', l10n.t('Key findings'), ''],
      ['summary', l10n.t('Summary'), ''],
      ['framing', framingHeading(), String(contrasts)],
      ['changes', l10n.t('Wording changes'), String(changes.length)],
      ['pair', l10n.t('Aligned articles'), String(report.pairs.length)],
      ['only', l10n.t('No close match'), `${report.onlyInA.length} / ${report.onlyInB.length}`],
      ['quotes', l10n.t('Quotes'), String(quoteCount)],
      ['tone', l10n.t('Tone'), ''],
      ...(leftOut.some((runs) => runs.length > 0) ? [['left-out', l10n.t('Left out'), String(leftOut[0]!.length + leftOut[1]!.length)] as const] : []),
    ]),
    report.notices.map((n) => `<p class="fl-warning" role="note">${h(pairNoticeText(n))}</p>`).join(''),
    leftOutNoteHtml(['A', 'B'], leftOut, `${prefix}fl-left-out`),
    report.ignored ? `<p class="fl-warning" role="note">${h(ignoredNote(report.ignored))}</p>` : '',
    section('findings', l10n.t('Key findings'), keyFindingsList(report, link)),
    section('summary', l10n.t('Summary'), summary(report, contrasts, changes.length)),
    section('framing', framingHeading(), framingTable(lists.framing, options) + loadedList(report, link)),
    section('changes', l10n.t('Wording changes in corresponding sentences'), changesTable(lists.changes, options)),
    section('pair', l10n.t('The two articles, aligned'), alignedTable(report, lists.pair, options)),
    section('only', l10n.t('Sentences with no close match in the other article'), onlyIn(report, lists, options)),
    section('quotes', l10n.t('Quotes and attribution'), quotesTable(report, lists.quotes, options)),
    section('tone', l10n.t('Tone'), toneSection(report, options.interactive ?? false, options.pageSize !== undefined)),
    leftOut.some((runs) => runs.length > 0)
      ? section('left-out', l10n.t('Left out of the analysis'), leftOutListHtml(['A', 'B'], leftOut, (k, run, inner) => link(k === 0 ? 'a' : 'b', run.start, run.end, inner, 'fl-left-out-text')))
      : '',
  ].join('\n');
}

function framingHeading(): string {
  return l10n.t({ message: 'Framing', args: [], comment: ['Heading of the report section on framing: the words each article chose'] });
}

/** The long lists of a pair report, which a paged body shows a page at a time. */
export const PAGED_LISTS = ['framing', 'changes', 'pair', 'only-a', 'only-b', 'quotes'] as const;
export type PagedListName = (typeof PAGED_LISTS)[number];

/**
 * Rows `[from, from + count)` of one long list of the body `renderReportBody(report, options)`
 * shows, for the report panel's "Show more"; `next` is the first row still not shown.
 */
export function renderMoreRows(report: Report, name: PagedListName, from: number, count: number, options: HtmlOptions = {}): { html: string; next: number; total: number } {
  const list = pagedLists(report, locator(options))[name];
  const next = Math.min(list.length, from + count);
  return { html: rowsHtml(list, from, count), next, total: list.length };
}

function pagedLists(report: Report, link: Locator): Readonly<Record<PagedListName, PagedList>> {
  const onlyRow = (which: Side) => (ref: SentenceRef) => `<li>${sentenceCell(ref, which, link)}</li>`;
  return {
    framing: framingRows(report, link),
    changes: listOf(
      report.changes.filter((c) => c.category !== 'spelling-variant'),
      (c) => changeRow(c, link)
    ),
    pair: alignedRows(report, link),
    'only-a': listOf(report.onlyInA, onlyRow('a')),
    'only-b': listOf(report.onlyInB, onlyRow('b')),
    quotes: quoteRows(report, link),
  };
}

/**
 * A list's first rows in their container, then its "Show more". Paged, the container's
 * `rows` attribute (`data-rows`) names the list for the webview script.
 */
function paged(name: PagedListName, list: PagedList, options: HtmlOptions, container: (rows: string, attribute: string) => string): string {
  const { rows, more } = firstRows(name, list, options);
  return container(rows, options.pageSize ? ` data-rows="${name}"` : '') + more;
}

/** Distinct terms a framing cell shows before it folds the rest into a count. */
const TERMS_SHOWN = 4;

type Locator = (side: Side, start: number, end: number, inner: string, extraClass?: string, focusable?: boolean) => string;

/**
 * Wraps article text. Interactive: `data-side/-start/-end` for the webview script; the
 * outermost spans (sentences, terms, quotes) are keyboard stops, the words inside a sentence
 * are not, so Tab moves sentence by sentence instead of word by word.
 */
function locator(options: HtmlOptions): Locator {
  // Looked up once per body: a long report wraps tens of thousands of spans.
  const titles = { a: h(l10n.t('Show in article {0}', 'A')), b: h(l10n.t('Show in article {0}', 'B')) };
  return (side, start, end, inner, extraClass, focusable = true) => {
    const cls = extraClass ? ` class="${extraClass}"` : '';
    if (!options.interactive) {
      return extraClass ? `<span${cls}>${inner}</span>` : inner;
    }
    const keyboard = focusable ? ` tabindex="0" role="link"` : '';
    return `<span${cls} data-side="${side}" data-start="${start}" data-end="${end}"${keyboard} title="${titles[side]}">${inner}</span>`;
  };
}

/**
 * A section of the report, folded open: its heading is the summary of a `<details>`, so a
 * reader closes what they have read or do not need (no script: it works in exports too).
 */
export function sectionOf(id: string, title: string, body: string): string {
  return `<section id="${h(id)}" aria-labelledby="${h(id)}-h"><details class="fl-fold" open><summary><h2 id="${h(id)}-h">${h(title)}</h2></summary>${body}</details></section>`;
}

function toc(prefix: string, entries: readonly (readonly [string, string, string])[]): string {
  const items = entries
    .map(([id, label, count]) => `<li><a href="#${h(prefix)}fl-${id}">${h(label)}${count ? ` <span class="fl-count">${h(count)}</span>` : ''}</a></li>`)
    .join('');
  return `<nav class="fl-toc" aria-label="${h(l10n.t('Contents'))}"><ul>${items}</ul></nav>`;
}

function header(report: Report): string {
  const article = (x: ArticleSummary) =>
    `<div class="fl-article"><span class="fl-badge fl-badge-${x.label.toLowerCase()}" aria-label="${h(l10n.t('Article {0}', x.label))}">${x.label}</span>` +
    // The headline says what the article is; the file name, beside the counts, which file it is.
    `<div><div class="fl-title">${h(x.headline || x.title)}</div>` +
    `<div class="fl-muted">${x.headline && x.headline !== x.title ? `${h(x.title)} · ` : ''}` +
    `${h(l10n.t('{0} paragraphs · {1} sentences · {2} words', x.paragraphs, x.sentences, x.words))}</div></div></div>`;
  return (
    `<header class="fl-header"><h1>${h(l10n.t('Framing Lens report'))}</h1>` +
    `<div class="fl-articles">${article(report.articles[0])}${article(report.articles[1])}</div></header>`
  );
}

function summary(report: Report, contrasts: number, changes: number): string {
  const al = report.alignment;
  const [a, b] = report.articles;
  const spelling = spelledApart(report).length;
  const changeCount = changes === 1 ? l10n.t('1 wording change') : l10n.t('{0} wording changes', changes);
  const spellingCount = spelling === 1 ? l10n.t('1 spelling variant') : l10n.t('{0} spelling variants', spelling);
  const off = l10n.t({ message: 'off', args: [], comment: ['The value of the tone figure when tone analysis is switched off'] });
  const stat = (label: string, value: string, note: string, cls = '') =>
    `<div class="fl-stat${cls}"><dt>${h(label)}</dt><dd><span class="fl-stat-value">${h(value)}</span><span class="fl-stat-note">${h(note)}</span></dd></div>`;
  return (
    `<dl class="fl-stats">` +
    stat(l10n.t('Similarity'), percent(report.similarity), l10n.t('of the content words lie in corresponding sentences')) +
    stat(l10n.t('Corresponding'), String(al.matched), l10n.t('sentence pairs: {0}', alignmentDetails(al).join(', '))) +
    stat(l10n.t('No close match in B'), String(al.onlyInA), al.onlyInA === 1 ? l10n.t('1 sentence of A') : l10n.t('{0} sentences of A', al.onlyInA), ' fl-stat-a') +
    stat(l10n.t('No close match in A'), String(al.onlyInB), al.onlyInB === 1 ? l10n.t('1 sentence of B') : l10n.t('{0} sentences of B', al.onlyInB), ' fl-stat-b') +
    stat(l10n.t('Framing contrasts'), String(contrasts), `${changeCount} · ${spellingCount}`) +
    (report.sentiment.enabled === false
      ? stat(l10n.t('Tone (AFINN)'), off, l10n.t('tone analysis is switched off'))
      : stat(
          l10n.t('Tone per word (AFINN)'),
          `${signed(a.sentiment.comparative, 3)} / ${signed(b.sentiment.comparative, 3)}`,
          l10n.t('A / B; totals {0} / {1}', signed(a.sentiment.score), signed(b.sentiment.score))
        )) +
    `</dl>`
  );
}

function keyFindingsList(report: Report, link: Locator): string {
  if (report.keyFindings.length === 0) {
    return `<p class="fl-muted">${h(l10n.t('Nothing stands out: the articles word what they share alike.'))}</p>`;
  }
  const items = report.keyFindings.map((finding) => {
    const first = finding.spans[0];
    const text = h(finding.text);
    return `<li class="fl-finding fl-finding-${finding.kind}">${first ? link(first.side, first.start, first.end, text) : text}</li>`;
  });
  return `<ol class="fl-findings">${items.join('')}</ol>`;
}

/** Loaded words under the framing table: quieter, with what the list can and cannot tell. */
function loadedList(report: Report, link: Locator): string {
  const { a, b } = report.loaded;
  if (a.length + b.length === 0) return '';
  const none = l10n.t({ message: 'none', args: [], comment: ['In place of the loaded words of an article that has none'] });
  const terms = (which: Side) => {
    const list = report.loaded[which];
    if (list.length === 0) return `<span class="fl-muted">${h(none)}</span>`;
    return groupByText(list)
      .map((g) => link(which, g.first.start, g.first.end, h(g.first.text), 'fl-term fl-loaded') + (g.count > 1 ? ` <span class="fl-muted">×${g.count}</span>` : ''))
      .join(', ');
  };
  return (
    `<h3>${h(l10n.t("Loaded words in the outlet's own voice"))}</h3>` +
    `<dl class="fl-loaded-list"><div><dt><span class="fl-badge fl-badge-a">A</span></dt><dd>${terms('a')}</dd></div>` +
    `<div><dt><span class="fl-badge fl-badge-b">B</span></dt><dd>${terms('b')}</dd></div></dl>` +
    `<p class="fl-muted fl-limits" role="note">${h(loadedNote())} ${h(l10n.t('Source: {0}', LOADED_DATA_SOURCE))}</p>`
  );
}

function framingTable(list: PagedList, options: HtmlOptions): string {
  if (list.length === 0) {
    return `<p class="fl-muted">${h(l10n.t('Neither article uses a term from the framing lexicon.'))}</p>`;
  }
  return paged(
    'framing',
    list,
    options,
    (rows, attribute) =>
      `<table class="fl-table fl-framing fl-stack"><thead><tr><th scope="col">${h(l10n.t('Category'))}</th><th scope="col">A</th><th scope="col">B</th>` +
      `<th scope="col">${h(l10n.t('What the choice signals'))}</th></tr></thead><tbody${attribute}>${rows}</tbody></table>`
  );
}

function framingRows(report: Report, link: Locator): PagedList {
  const occurrences = (entry: FramingEntry, which: Side) => {
    const list = which === 'a' ? entry.a : entry.b;
    if (list.length === 0) return '<span class="fl-muted">—</span>';
    // A set used everywhere ("said ×12, told ×3, stated…") keeps to one line: the first few, then a count.
    const groups = groupByText(list);
    const shown = groups
      .slice(0, TERMS_SHOWN)
      .map((g) => link(which, g.first.start, g.first.end, h(g.first.text), 'fl-term') + (g.count > 1 ? ` <span class="fl-muted">×${g.count}</span>` : ''))
      .join(', ');
    const rest = groups.length - TERMS_SHOWN;
    if (rest <= 0) return shown;
    const others = rest === 1 ? l10n.t('and 1 other') : l10n.t('and {0} others', rest);
    return `${shown} <span class="fl-muted">${h(others)}</span>`;
  };
  // The same in every row: looked up once.
  const [contrast, same] = [
    l10n.t({ message: 'contrast', args: [], comment: ['Tag of a framing set the two articles word differently'] }),
    l10n.t({ message: 'same', args: [], comment: ['Tag of a framing set the two articles word alike'] }),
  ];
  const setLabel = h(l10n.t({ message: 'Set', args: [], comment: ['Column of the framing table: the set of words that name one thing'] }));
  const signalsLabel = h(l10n.t({ message: 'Signals', args: [], comment: ['Column of the framing table: what the choice of words signals'] }));
  // Contrasts first (the engine ranks within each group), then sets both use alike, then spelling.
  const items = [...report.framing.filter((f) => f.contrast), ...report.framing.filter((f) => !f.contrast), ...spelledApart(report)];
  const row = (entry: FramingEntry) => {
    const spelling = entry.category === 'spelling-variant';
    // A set with one side empty is a term only one article uses: loaded (a contrast) or not.
    const only = entry.b.length === 0 ? l10n.t('only in A') : entry.a.length === 0 ? l10n.t('only in B') : '';
    const chip = spelling ? '' : `<span class="fl-chip${entry.contrast ? ' fl-chip-contrast' : ''}">${h(only || (entry.contrast ? contrast : same))}</span>`;
    const cls = spelling ? 'fl-spelling' : entry.contrast ? 'fl-contrast' : 'fl-alike';
    // The category's colour, as the editor underlines it (see categoryColors.ts).
    const category = entry.agency ? 'agency' : entry.distancing ? 'distancing' : entry.category;
    return (
      `<tr class="${cls} fl-cat-${category}"><td data-label="${setLabel}"><div class="fl-set"><span class="fl-swatch" aria-hidden="true"></span>${h(categoryLabel(entry.category))} ${chip}</div></td>` +
      `<td data-label="A">${occurrences(entry, 'a')}</td><td data-label="B">${occurrences(entry, 'b')}</td>` +
      `<td data-label="${signalsLabel}" class="fl-note">${signals(entry)}</td></tr>`
    );
  };
  return listOf(items, row);
}

/**
 * The set's explanation, with the notes on the variants in use and the source folded away in
 * a `<details>` (keyboard-operable, and it works without a script in the exported file): the
 * notes run to several lines per set, and a table of them reads as a wall of text.
 */
function signals(entry: FramingEntry): string {
  const explanation = entry.explanation.trim();
  const notes = (explanation && entry.note.startsWith(explanation) ? entry.note.slice(explanation.length) : explanation ? '' : entry.note).trim();
  const inner = (notes ? `<p>${h(notes)}</p>` : '') + (entry.source ? `<p class="fl-source">${h(l10n.t('Source: {0}', entry.source))}</p>` : '');
  const more = inner ? `<details class="fl-more"><summary>${h(notes ? l10n.t('Variant notes and source') : l10n.t('Source'))}</summary>${inner}</details>` : '';
  return `${h(explanation || entry.note)}${more}`;
}

function changesTable(list: PagedList, options: HtmlOptions): string {
  if (list.length === 0) {
    return `<p class="fl-muted">${h(l10n.t('No short wording changes inside corresponding sentences.'))}</p>`;
  }
  return paged(
    'changes',
    list,
    options,
    (rows, attribute) =>
      `<table class="fl-table fl-changes fl-stack"><thead><tr><th scope="col">A</th><th scope="col">B</th><th scope="col">${h(changeKind())}</th>` +
      `<th scope="col" class="fl-num">${h(toneChange())}</th></tr></thead><tbody${attribute}>${rows}</tbody></table>`
  );
}

function changeRow(c: Report['changes'][number], link: Locator): string {
  return (
    `<tr><td data-label="A">${link('a', c.a.start, c.a.end, h(c.a.text), 'fl-del')}</td><td data-label="B">${link('b', c.b.start, c.b.end, h(c.b.text), 'fl-ins')}</td>` +
    `<td data-label="${h(changeKind())}">${h(substitutionLabel(c.category))}</td>` +
    `<td data-label="${h(toneChange())}" class="fl-num">${c.toneDelta === 0 ? '' : h(signed(c.toneDelta))}</td></tr>`
  );
}

/** The heading of the column saying what kind of wording change a row is. */
function changeKind(): string {
  return l10n.t({ message: 'Kind', args: [], comment: ['Column of the wording changes table: what kind of change (framing term, spelling variant…)'] });
}

/** The heading of the column of a change's tone difference. */
function toneChange(): string {
  return l10n.t({ message: 'Tone B − A', args: [], comment: ['Column of the wording changes table: how much the tone score changes from A to B'] });
}

interface Row {
  readonly order: number;
  readonly html: () => string;
}

/** Rows in A's reading order; sentences only in B are placed after their B predecessor's row. */
function alignedRows(report: Report, link: Locator): PagedList {
  const rows: Row[] = [];
  const bRowOrder = new Map<number, number>();
  for (const pair of report.pairs) {
    const order = pair.a[0]!;
    rows.push({ order, html: () => pairRow(report, pair, link) });
    for (const b of pair.b) bRowOrder.set(b, order);
  }
  for (const ref of report.onlyInA) {
    rows.push({ order: ref.sentence, html: () => `<tr class="fl-only-a"><td data-label="A">${sentenceCell(ref, 'a', link)}</td><td data-label="B" class="fl-gap">${h(noCloseMatch())}</td></tr>` });
  }
  // The nearest B sentence before each one-sided B sentence that is in a pair, by binary
  // search: a long run of one-sided sentences would otherwise be searched back one by one.
  const pairedB = [...bRowOrder.keys()].sort((x, y) => x - y);
  for (const ref of report.onlyInB) {
    const before = lowerBound(pairedB, (b) => b < ref.sentence) - 1;
    const order = before >= 0 ? bRowOrder.get(pairedB[before]!)! : -1;
    rows.push({ order: order + 0.5, html: () => `<tr class="fl-only-b"><td data-label="A" class="fl-gap">${h(noCloseMatch())}</td><td data-label="B">${sentenceCell(ref, 'b', link)}</td></tr>` });
  }
  rows.sort((x, y) => x.order - y.order);
  return listOf(rows, (r) => r.html());
}

/** In the aligned table, the cell beside a sentence the other article has no counterpart of. */
function noCloseMatch(): string {
  return l10n.t('no close match');
}

function alignedTable(report: Report, list: PagedList, options: HtmlOptions): string {
  if (list.length === 0) {
    return `<p class="fl-muted">${h(l10n.t('Both articles are empty.'))}</p>`;
  }
  const [a, b] = report.articles;
  return (
    `<p class="fl-legend"><span class="fl-del">${h(l10n.t('only in A'))}</span> <span class="fl-ins">${h(l10n.t('only in B'))}</span> ` +
    `<span class="fl-rep">${h(pairLabel('modified'))}</span> <span class="fl-chip">${h(moved())}</span></p>` +
    paged(
      'pair',
      list,
      options,
      (rows, attribute) =>
        `<table class="fl-table fl-aligned fl-stack"><thead><tr><th scope="col">A · ${h(a.title)}</th><th scope="col">B · ${h(b.title)}</th></tr></thead><tbody${attribute}>${rows}</tbody></table>`
    )
  );
}

function pairRow(report: Report, pair: AlignedPair, link: Locator): string {
  const cell = (which: Side) => {
    const pieces = inlinePieces(which === 'a' ? report.sentences.a : report.sentences.b, pair, which);
    const inner = pieces
      .map((p) => (p.kind ? link(which, p.start, p.end, h(p.text), p.kind === 'replaced' ? 'fl-rep' : which === 'a' ? 'fl-del' : 'fl-ins', false) : h(p.text)))
      .join('');
    const span = which === 'a' ? pair.aSpan : pair.bSpan;
    return link(which, span.start, span.end, inner, 'fl-sentence');
  };
  const tags = [pair.kind !== 'identical' && pair.kind !== 'modified' ? pairLabel(pair.kind) : '', pair.moved ? moved() : '']
    .filter(Boolean)
    .map((t) => `<span class="fl-chip">${h(t)}</span>`)
    .join(' ');
  const cls = pair.kind === 'identical' ? 'fl-identical' : 'fl-modified';
  return `<tr class="${cls}${pair.moved ? ' fl-moved' : ''}"><td data-label="A">${cell('a')}</td><td data-label="B">${cell('b')}${tags ? ` ${tags}` : ''}</td></tr>`;
}

/** The tag of a sentence pair whose sentences stand in a different order in the two articles. */
function moved(): string {
  return l10n.t({ message: 'moved', args: [], comment: ['Tag of a sentence pair that stands in a different place in the other article'] });
}

function sentenceCell(ref: SentenceRef, which: Side, link: Locator): string {
  return link(which, ref.start, ref.end, h(ref.text), 'fl-sentence');
}

function onlyIn(report: Report, lists: Readonly<Record<PagedListName, PagedList>>, options: HtmlOptions): string {
  const list = (name: 'only-a' | 'only-b', which: Side) =>
    lists[name].length === 0
      ? `<p class="fl-muted">${h(l10n.t('Nothing: every sentence has a close match.'))}</p>`
      : paged(name, lists[name], options, (rows, attribute) => `<ul class="fl-only-list fl-only-list-${which}"${attribute}>${rows}</ul>`);
  return (
    `<div class="fl-columns"><div><h3><span class="fl-badge fl-badge-a">A</span> ${h(l10n.t('In A, no close match in B ({0})', report.onlyInA.length))}</h3>` +
    `${list('only-a', 'a')}</div>` +
    `<div><h3><span class="fl-badge fl-badge-b">B</span> ${h(l10n.t('In B, no close match in A ({0})', report.onlyInB.length))}</h3>` +
    `${list('only-b', 'b')}</div></div>`
  );
}

function quotesTable(report: Report, list: PagedList, options: HtmlOptions): string {
  const { quotes } = report;
  if (quotes.a.length + quotes.b.length === 0) {
    return `<p class="fl-muted">${h(l10n.t('No quotations found.'))}</p>`;
  }
  return paged(
    'quotes',
    list,
    options,
    (rows, attribute) =>
      `<table class="fl-table fl-quotes fl-stack"><thead><tr><th scope="col">${h(quoteLabel())}</th><th scope="col">${h(l10n.t('In A: speaker, verb'))}</th>` +
      `<th scope="col">${h(l10n.t('In B: speaker, verb'))}</th></tr></thead><tbody${attribute}>${rows}</tbody></table>`
  );
}

/** Shared quotes first, then A's own, then B's own. */
function quoteRows(report: Report, link: Locator): PagedList {
  const { quotes } = report;
  // The same cells in every row: looked up once.
  const [quoteCell, inA, inB] = [h(quoteLabel()), h(l10n.t('In A')), h(l10n.t('In B'))];
  const notQuoted = `<span class="fl-muted">${h(l10n.t('not quoted'))}</span>`;
  const noSpeaker = `<span class="fl-muted">${h(l10n.t('speaker not found'))}</span>`;
  const both = h(l10n.t({ message: 'both', args: [], comment: ['Tag of a quote both articles have'] }));
  const who = (q: Quote | undefined) => {
    if (!q) return notQuoted;
    const speaker = q.speaker ? h(q.speaker.text) : noSpeaker;
    return `${speaker}${q.verb ? `, <span class="fl-verb">${h(q.verb.text)}</span>` : ''}`;
  };
  const quote = (q: Quote, which: Side) => link(which, q.quote.start, q.quote.end, `“${h(q.quote.text)}”`, 'fl-quote');
  const rows: (() => string)[] = [];
  for (const s of quotes.shared) {
    rows.push(
      () =>
        `<tr class="fl-shared"><td data-label="${quoteCell}">${quote(quotes.a[s.a]!, 'a')} <span class="fl-chip">${both}</span></td>` +
        `<td data-label="${inA}">${who(quotes.a[s.a])}</td><td data-label="${inB}">${who(quotes.b[s.b])}</td></tr>`
    );
  }
  const sharedA = new Set(quotes.shared.map((s) => s.a));
  const sharedB = new Set(quotes.shared.map((s) => s.b));
  quotes.a.forEach(
    (q, i) =>
      sharedA.has(i) ||
      rows.push(
        () =>
          `<tr><td data-label="${quoteCell}">${quote(q, 'a')} <span class="fl-chip">${h(l10n.t('A only'))}</span></td>` +
          `<td data-label="${inA}">${who(q)}</td><td data-label="${inB}">${who(undefined)}</td></tr>`
      )
  );
  quotes.b.forEach(
    (q, i) =>
      sharedB.has(i) ||
      rows.push(
        () =>
          `<tr><td data-label="${quoteCell}">${quote(q, 'b')} <span class="fl-chip">${h(l10n.t('B only'))}</span></td>` +
          `<td data-label="${inA}">${who(undefined)}</td><td data-label="${inB}">${who(q)}</td></tr>`
      )
  );
  return listOf(rows, (render) => render());
}

/** The heading of the quotes table's column of the quotations themselves. */
function quoteLabel(): string {
  return l10n.t({ message: 'Quote', args: [], comment: ['Column of the quotes table: the quotation'] });
}

function toneSection(report: Report, interactive: boolean, binned: boolean): string {
  const { sentiment } = report;
  // Reports saved before `enabled` existed had tone on.
  if (sentiment.enabled === false) {
    return `<p class="fl-muted" role="note">${h(sentiment.limits)}</p>`;
  }
  const drivers = (s: ArticleSentiment) => {
    const list = [...s.negative.slice(0, 6), ...s.positive.slice(0, 6)];
    if (list.length === 0) return `<p class="fl-muted">${h(l10n.t('No scored words.'))}</p>`;
    return `<ul class="fl-drivers" aria-label="${h(l10n.t('Words that drive the score'))}">${list
      .map((d) => `<li class="${d.weight < 0 ? 'fl-neg' : 'fl-pos'}">${h(d.word)} <span class="fl-weight">${h(signed(d.weight))}${d.count > 1 ? ` ×${d.count}` : ''}</span></li>`)
      .join('')}</ul>`;
  };
  const card = (side: Side, s: ArticleSentiment) => {
    const label = side === 'a' ? 'A' : 'B';
    return (
      `<div class="fl-tone-card"><h3><span class="fl-badge fl-badge-${side}">${label}</span> ${h(l10n.t('{0} per word', signed(s.comparative, 3)))} ` +
      `<span class="fl-muted">${h(l10n.t('(total {0})', signed(s.score)))}</span></h3>${toneStrip(s, side, interactive, binned)}${drivers(s)}</div>`
    );
  };
  const gap = sentiment.gap;
  const mentions = (x: { mentions: number; score: number }) =>
    x.mentions
      ? `${h(signed(x.score))} <span class="fl-muted">${h(x.mentions === 1 ? l10n.t('in 1 sentence') : l10n.t('in {0} sentences', x.mentions))}</span>`
      : `<span class="fl-muted">${h(l10n.t('not mentioned'))}</span>`;
  const name = () => l10n.t({ message: 'Name', args: [], comment: ['Column of the tone table: the country or group the sentences mention'] });
  const actors =
    sentiment.actors.length === 0
      ? ''
      : `<h3>${h(l10n.t('Tone of sentences that mention…'))}</h3><table class="fl-table fl-actors">` +
        `<thead><tr><th scope="col">${h(name())}</th><th scope="col">A</th><th scope="col">B</th></tr></thead><tbody>${sentiment.actors
          .map((x) => `<tr><td>${h(x.actor)}</td><td>${mentions(x.a)}</td><td>${mentions(x.b)}</td></tr>`)
          .join('')}</tbody></table>`;
  return (
    `<div class="fl-columns">${card('a', sentiment.a)}${card('b', sentiment.b)}</div>` +
    `<h3>${h(l10n.t('Where the gap comes from'))}</h3>` +
    `<p class="fl-gap-line">${h(l10n.t('Tone gap (B − A)'))} <strong>${h(signed(gap.total))}</strong>: ` +
    `${h(l10n.t('{0} from changed wording in corresponding sentences, {1} from content only one article has.', signed(gap.fromWording), signed(gap.fromOneSidedContent)))}` +
    `</p>${actors}` +
    `<p class="fl-muted fl-limits" role="note">${h(sentiment.limits)}</p>`
  );
}

/** Most bars a binned strip draws; beyond this many sentences, a bar stands for several (each under a pixel wide anyway). */
const STRIP_BARS = 200;

/**
 * One bar per sentence, coloured by sign and strength; an SVG needs no inline styles.
 * Interactive: each bar carries its sentence's offsets, so a click shows the sentence.
 * `binned` (the panel): a long article's sentences share bars, each bar their mean score and
 * their span, so the strip stays small; the exported file keeps one bar per sentence.
 */
function toneStrip(s: ArticleSentiment, side: Side, interactive: boolean, binned: boolean): string {
  const sentences = s.sentences;
  if (sentences.length === 0) return '';
  const per = binned ? Math.ceil(sentences.length / STRIP_BARS) : 1;
  const count = Math.ceil(sentences.length / per);
  const width = 100 / count;
  let bars = '';
  for (let i = 0; i < count; i++) {
    const group = sentences.slice(i * per, (i + 1) * per);
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const score = per === 1 ? first.score : group.reduce((sum, x) => sum + x.score, 0) / group.length;
    const level = Math.min(3, Math.ceil(Math.abs(score) / 2));
    const cls = score < 0 ? `fl-bar-neg${level}` : score > 0 ? `fl-bar-pos${level}` : 'fl-bar-zero';
    const data = interactive ? ` data-side="${side}" data-start="${first.start}" data-end="${last.end}"` : '';
    const title =
      group.length === 1
        ? l10n.t('Sentence {0}: {1}', i * per + 1, signed(score))
        : l10n.t('Sentences {0}–{1}: {2} on average', i * per + 1, i * per + group.length, signed(score, 1));
    bars += `<rect class="${cls}"${data} x="${(i * width).toFixed(3)}" y="0" width="${Math.max(width - 0.15, 0.1).toFixed(3)}" height="10"><title>${h(title)}</title></rect>`;
  }
  return `<svg class="fl-strip" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="${h(l10n.t('Tone of each sentence, in reading order'))}">${bars}</svg>`;
}
