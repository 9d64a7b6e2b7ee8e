import type { AlignedPair, ArticleSentiment, FramingEntry, Quote, Report, SentenceRef, Side } from '../types';
import { escapeHtml as h } from './escape';
import { inlinePieces } from './inlineDiff';
import { CATEGORY_LABELS, PAIR_LABELS, SUBSTITUTION_LABELS, percent, signed, summaryLines } from './labels';

/**
 * Options of the HTML body. `interactive` adds `data-side/-start/-end` to article text so a
 * webview script can reveal it in the editor; the exported file stays plain.
 */
export interface HtmlOptions {
  readonly interactive?: boolean;
}

/** The report's sections as HTML, every article string escaped. No scripts, no inline styles. */
export function renderReportBody(report: Report, options: HtmlOptions = {}): string {
  const link = locator(options);
  return [
    header(report),
    report.warnings.map((w) => `<p class="fl-warning" role="note">${h(w)}</p>`).join(''),
    section('summary', 'Summary', `<ul class="fl-summary">${summaryLines(report).map((l) => `<li>${h(l)}</li>`).join('')}</ul>`),
    section('framing', 'Framing', framingTable(report, link)),
    section('changes', 'Wording changes in corresponding sentences', changesTable(report, link)),
    section('pair', 'The two articles, aligned', alignedTable(report, link)),
    section('only', 'Content only one article has', onlyIn(report, link)),
    section('quotes', 'Quotes and attribution', quotesTable(report, link)),
    section('tone', 'Tone', toneSection(report)),
  ].join('\n');
}

type Locator = (side: Side, start: number, end: number, inner: string, extraClass?: string) => string;

function locator(options: HtmlOptions): Locator {
  return (side, start, end, inner, extraClass) => {
    const cls = extraClass ? ` class="${extraClass}"` : '';
    if (!options.interactive) {
      return `<span${cls}>${inner}</span>`;
    }
    const label = side === 'a' ? 'A' : 'B';
    return `<span${cls} data-side="${side}" data-start="${start}" data-end="${end}" tabindex="0" role="link" title="Reveal in article ${label}">${inner}</span>`;
  };
}

function section(id: string, title: string, body: string): string {
  return `<section id="fl-${id}" aria-labelledby="fl-${id}-h"><h2 id="fl-${id}-h">${h(title)}</h2>${body}</section>`;
}

function header(report: Report): string {
  const [a, b] = report.articles;
  const article = (x: typeof a) =>
    `<div class="fl-article fl-side-${x.label.toLowerCase()}"><span class="fl-badge">${x.label}</span> <strong>${h(x.title)}</strong>` +
    `<span class="fl-muted"> · ${x.sentences} sentences · ${x.words} words</span></div>`;
  return `<header class="fl-header"><h1>Framing Lens report</h1>${article(a)}${article(b)}</header>`;
}

function framingTable(report: Report, link: Locator): string {
  const rows = report.framing;
  if (rows.length === 0 && report.spelling.length === 0) {
    return '<p class="fl-muted">Neither article uses a term from the framing lexicon.</p>';
  }
  const occurrences = (entry: FramingEntry, which: Side) => {
    const list = which === 'a' ? entry.a : entry.b;
    if (list.length === 0) return '<span class="fl-muted">—</span>';
    return groupByText(list)
      .map((g) => link(which, g.first.start, g.first.end, h(g.first.text) + (g.count > 1 ? ` <span class="fl-muted">×${g.count}</span>` : ''), 'fl-term'))
      .join(', ');
  };
  const body = [...rows, ...report.spelling]
    .map(
      (entry) =>
        `<tr class="${entry.contrast ? 'fl-contrast' : 'fl-alike'}"><td>${h(CATEGORY_LABELS[entry.category])}${entry.contrast ? ' <span class="fl-chip">contrast</span>' : ''}</td>` +
        `<td>${occurrences(entry, 'a')}</td><td>${occurrences(entry, 'b')}</td>` +
        `<td>${h(entry.note)}<div class="fl-source">Source: ${h(entry.source)}</div></td></tr>`
    )
    .join('');
  return `<table class="fl-table"><thead><tr><th scope="col">Category</th><th scope="col">A</th><th scope="col">B</th><th scope="col">What the choice signals</th></tr></thead><tbody>${body}</tbody></table>`;
}

function groupByText(list: readonly { text: string; start: number; end: number }[]) {
  const groups = new Map<string, { first: (typeof list)[number]; count: number }>();
  for (const item of list) {
    const key = item.text.toLowerCase();
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { first: item, count: 1 });
  }
  return [...groups.values()];
}

function changesTable(report: Report, link: Locator): string {
  if (report.changes.length === 0) {
    return '<p class="fl-muted">No short wording changes inside corresponding sentences.</p>';
  }
  const rows = report.changes
    .map(
      (c) =>
        `<tr><td>${link('a', c.a.start, c.a.end, h(c.a.text), 'fl-del')}</td><td>${link('b', c.b.start, c.b.end, h(c.b.text), 'fl-ins')}</td>` +
        `<td>${h(SUBSTITUTION_LABELS[c.category])}${c.setId ? ` <code>${h(c.setId)}</code>` : ''}</td><td class="fl-num">${c.toneDelta === 0 ? '' : h(signed(c.toneDelta))}</td></tr>`
    )
    .join('');
  return `<table class="fl-table"><thead><tr><th scope="col">A</th><th scope="col">B</th><th scope="col">Kind</th><th scope="col">Tone B − A</th></tr></thead><tbody>${rows}</tbody></table>`;
}

interface Row {
  readonly order: number;
  readonly html: string;
}

/** Rows in A's reading order; sentences only in B are placed after their B predecessor's row. */
function alignedTable(report: Report, link: Locator): string {
  const rows: Row[] = [];
  const bRowOrder = new Map<number, number>();
  for (const pair of report.pairs) {
    const order = pair.a[0]!;
    rows.push({ order, html: pairRow(report, pair, link) });
    for (const b of pair.b) bRowOrder.set(b, order);
  }
  for (const ref of report.onlyInA) {
    rows.push({ order: ref.sentence, html: `<tr class="fl-only-a"><td>${sentenceCell(ref, 'a', link)}</td><td class="fl-muted fl-empty">only in A</td></tr>` });
  }
  for (const ref of report.onlyInB) {
    let order = -1;
    for (let j = ref.sentence - 1; j >= 0; j--) {
      const found = bRowOrder.get(j);
      if (found !== undefined) {
        order = found;
        break;
      }
    }
    rows.push({ order: order + 0.5, html: `<tr class="fl-only-b"><td class="fl-muted fl-empty">only in B</td><td>${sentenceCell(ref, 'b', link)}</td></tr>` });
  }
  rows.sort((x, y) => x.order - y.order);
  if (rows.length === 0) {
    return '<p class="fl-muted">Both articles are empty.</p>';
  }
  return (
    `<p class="fl-legend"><span class="fl-del">only in A</span> <span class="fl-ins">only in B</span> <span class="fl-rep">reworded</span> <span class="fl-chip">moved</span></p>` +
    `<table class="fl-table fl-aligned"><thead><tr><th scope="col">A</th><th scope="col">B</th></tr></thead><tbody>${rows.map((r) => r.html).join('')}</tbody></table>`
  );
}

function pairRow(report: Report, pair: AlignedPair, link: Locator): string {
  const cell = (which: Side) => {
    const pieces = inlinePieces(which === 'a' ? report.sentences.a : report.sentences.b, pair, which);
    const inner = pieces
      .map((p) => (p.kind ? link(which, p.start, p.end, h(p.text), p.kind === 'replaced' ? 'fl-rep' : which === 'a' ? 'fl-del' : 'fl-ins') : h(p.text)))
      .join('');
    const span = which === 'a' ? pair.aSpan : pair.bSpan;
    return link(which, span.start, span.end, inner, 'fl-sentence');
  };
  const tags = [pair.kind !== 'identical' && pair.kind !== 'modified' ? PAIR_LABELS[pair.kind] : '', pair.moved ? 'moved' : '']
    .filter(Boolean)
    .map((t) => `<span class="fl-chip">${t}</span>`)
    .join(' ');
  const cls = pair.kind === 'identical' ? 'fl-identical' : 'fl-modified';
  return `<tr class="${cls}${pair.moved ? ' fl-moved' : ''}"><td>${cell('a')}</td><td>${cell('b')}${tags ? ` ${tags}` : ''}</td></tr>`;
}

function sentenceCell(ref: SentenceRef, which: Side, link: Locator): string {
  return link(which, ref.start, ref.end, h(ref.text), 'fl-sentence');
}

function onlyIn(report: Report, link: Locator): string {
  const list = (refs: readonly SentenceRef[], which: Side) =>
    refs.length === 0
      ? '<p class="fl-muted">Nothing: every sentence has a counterpart.</p>'
      : `<ul>${refs.map((r) => `<li>${sentenceCell(r, which, link)}</li>`).join('')}</ul>`;
  return (
    `<div class="fl-columns"><div><h3>Only in A (${report.onlyInA.length})</h3>${list(report.onlyInA, 'a')}</div>` +
    `<div><h3>Only in B (${report.onlyInB.length})</h3>${list(report.onlyInB, 'b')}</div></div>`
  );
}

function quotesTable(report: Report, link: Locator): string {
  const { quotes } = report;
  if (quotes.a.length + quotes.b.length === 0) {
    return '<p class="fl-muted">No quotations found.</p>';
  }
  const who = (q: Quote | undefined) =>
    q ? `${h(q.speaker?.text ?? '—')}<div class="fl-verb">${h(q.verb?.text ?? '')}</div>` : '<span class="fl-muted">—</span>';
  const quote = (q: Quote, which: Side) => link(which, q.quote.start, q.quote.end, `“${h(q.quote.text)}”`, 'fl-quote');
  const rows: string[] = [];
  for (const s of quotes.shared) {
    rows.push(`<tr class="fl-shared"><td>${quote(quotes.a[s.a]!, 'a')} <span class="fl-chip">both</span></td><td>${who(quotes.a[s.a])}</td><td>${who(quotes.b[s.b])}</td></tr>`);
  }
  const sharedA = new Set(quotes.shared.map((s) => s.a));
  const sharedB = new Set(quotes.shared.map((s) => s.b));
  quotes.a.forEach((q, i) => sharedA.has(i) || rows.push(`<tr><td>${quote(q, 'a')}</td><td>${who(q)}</td><td><span class="fl-muted">—</span></td></tr>`));
  quotes.b.forEach((q, i) => sharedB.has(i) || rows.push(`<tr><td>${quote(q, 'b')}</td><td><span class="fl-muted">—</span></td><td>${who(q)}</td></tr>`));
  return `<table class="fl-table"><thead><tr><th scope="col">Quote</th><th scope="col">In A: who, verb</th><th scope="col">In B: who, verb</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function toneSection(report: Report): string {
  const { sentiment } = report;
  const drivers = (s: ArticleSentiment) =>
    [...s.negative.slice(0, 5), ...s.positive.slice(0, 5)]
      .map((d) => `<span class="${d.weight < 0 ? 'fl-neg' : 'fl-pos'}">${h(d.word)} ${h(signed(d.weight))}${d.count > 1 ? ` ×${d.count}` : ''}</span>`)
      .join(' ') || '<span class="fl-muted">no scored words</span>';
  const card = (label: 'A' | 'B', s: ArticleSentiment) =>
    `<div class="fl-tone-card"><h3>${label}: ${h(signed(s.score))} <span class="fl-muted">(${h(signed(s.comparative, 3))} per word)</span></h3>` +
    `${toneStrip(s)}<p class="fl-drivers">${drivers(s)}</p></div>`;
  const gap = sentiment.gap;
  const actors =
    sentiment.actors.length === 0
      ? ''
      : `<table class="fl-table"><thead><tr><th scope="col">Tone towards</th><th scope="col">A</th><th scope="col">B</th></tr></thead><tbody>${sentiment.actors
          .map(
            (x) =>
              `<tr><td>${h(x.actor)}</td><td>${x.a.mentions ? `${h(signed(x.a.score))} <span class="fl-muted">in ${x.a.mentions} sentence${x.a.mentions === 1 ? '' : 's'}</span>` : '<span class="fl-muted">not mentioned</span>'}</td>` +
              `<td>${x.b.mentions ? `${h(signed(x.b.score))} <span class="fl-muted">in ${x.b.mentions} sentence${x.b.mentions === 1 ? '' : 's'}</span>` : '<span class="fl-muted">not mentioned</span>'}</td></tr>`
          )
          .join('')}</tbody></table>`;
  return (
    `<div class="fl-columns">${card('A', sentiment.a)}${card('B', sentiment.b)}</div>` +
    `<p>Tone gap (B − A): <strong>${h(signed(gap.total))}</strong>: ${h(signed(gap.fromWording))} from changed wording in corresponding sentences, ` +
    `${h(signed(gap.fromOneSidedContent))} from content only one article has.</p>${actors}` +
    `<p class="fl-muted fl-limits">${h(sentiment.limits)} Similarity ${h(percent(report.similarity))}.</p>`
  );
}

/** One bar per sentence, coloured by sign and strength; an SVG needs no inline styles. */
function toneStrip(s: ArticleSentiment): string {
  if (s.sentences.length === 0) return '';
  const width = 100 / s.sentences.length;
  const bars = s.sentences
    .map((x, i) => {
      const level = Math.min(3, Math.ceil(Math.abs(x.score) / 2));
      const cls = x.score < 0 ? `fl-bar-neg${level}` : x.score > 0 ? `fl-bar-pos${level}` : 'fl-bar-zero';
      return `<rect class="${cls}" x="${(i * width).toFixed(3)}" y="0" width="${Math.max(width - 0.15, 0.1).toFixed(3)}" height="10"><title>Sentence ${i + 1}: ${h(signed(x.score))}</title></rect>`;
    })
    .join('');
  return `<svg class="fl-strip" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="Tone of each sentence">${bars}</svg>`;
}
