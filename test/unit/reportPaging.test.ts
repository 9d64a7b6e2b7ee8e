import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { largePair } from '../../bench/largePair';
import { compareArticles } from '../../src/core/compare';
import { compareCollection } from '../../src/core/collection/compareCollection';
import { renderCollectionBody, renderCollectionMoreRows } from '../../src/core/render/collectionSections';
import { renderHtmlDocument } from '../../src/core/render/html';
import { PAGED_LISTS, renderMoreRows, renderReportBody } from '../../src/core/render/htmlSections';
import type { Report } from '../../src/core/types';
import { MORE_SIZE, moreRows, PAGE_SIZE, panelState, showReport, STATE_REPORT_LIMIT } from '../../src/extension/report/shownReport';
import { parseReportFromWebview } from '../../src/webview/protocol/report';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');

/** The inner HTML of the element carrying `data-rows="<name>"`. */
function rowsOf(html: string, name: string): string {
  const open = new RegExp(`<(tbody|ul)[^>]* data-rows="${name}"[^>]*>`).exec(html);
  assert.ok(open, `no rows of ${name}`);
  const start = open.index + open[0].length;
  return html.slice(start, html.indexOf(`</${open[1]}>`, start));
}

function tbodyAfter(html: string, marker: string): string {
  const at = html.indexOf(marker);
  const start = html.indexOf('>', html.indexOf('<tbody', at)) + 1;
  return html.slice(start, html.indexOf('</tbody>', start));
}

describe('report pages: long lists a page at a time', () => {
  let report: Report;
  before(() => {
    const { a, b } = largePair(40_000, FIXTURES);
    report = compareArticles({ text: a }, { text: b });
  });

  it('shows the first page of each long list with a "Show more" that says how many are left, and pages on to the same rows as the whole list', () => {
    const pageSize = 30;
    const paged = renderReportBody(report, { interactive: true, pageSize });
    const whole = renderReportBody(report, { interactive: true });
    assert.ok(paged.length < whole.length / 2, `${paged.length} of ${whole.length} characters`);
    let pagedLists = 0;
    for (const name of PAGED_LISTS) {
      const total = renderMoreRows(report, name, 0, 0, { interactive: true }).total;
      if (total <= pageSize) continue;
      pagedLists++;
      const control = new RegExp(`<p class="fl-more-rows" data-more="${name}" data-next="${pageSize}" data-total="${total}"><button type="button" class="flp-button fl-more-button">Show ${Math.min(pageSize, total - pageSize)} more</button>`);
      assert.match(paged, control);
      let rows = rowsOf(paged, name);
      for (let from = pageSize; from < total; from += pageSize) {
        const more = renderMoreRows(report, name, from, pageSize, { interactive: true, pageSize });
        assert.equal(more.next, Math.min(total, from + pageSize));
        rows += more.html;
      }
      const everything = name === 'only-a' || name === 'only-b' ? rowsOf(renderReportBody(report, { interactive: true, pageSize: 1e9 }), name) : undefined;
      if (everything !== undefined) assert.equal(rows, everything);
      else assert.ok(whole.includes(rows), `the pages of ${name} are not the whole list`);
    }
    assert.ok(pagedLists >= 3, `only ${pagedLists} lists were long enough to page`);
  });

  it('keeps the rows a reader asked for when the page is rendered again', () => {
    const paged = renderReportBody(report, { interactive: true, pageSize: 20, shownRows: (name) => (name === 'pair' ? 45 : undefined) });
    assert.match(paged, /data-more="pair" data-next="45"/);
    assert.match(paged, /data-more="only-a" data-next="20"/);
  });

  it('leaves the exported file whole: every row, no paging attributes, one bar per sentence', () => {
    const html = renderHtmlDocument(report);
    assert.doesNotMatch(html, /data-rows|data-more|fl-more-rows/);
    assert.equal(tbodyAfter(html, 'class="fl-table fl-aligned').split('<tr').length - 1, renderMoreRows(report, 'pair', 0, 0).total);
    assert.equal((html.match(/<rect /g) ?? []).length, report.sentiment.a.sentences.length + report.sentiment.b.sentences.length);
  });

  it('draws the tone strip of a long article in the panel with at most 200 bars, each over its sentences', () => {
    const { a, b } = largePair(120_000, FIXTURES);
    const long = compareArticles({ text: a }, { text: b });
    assert.ok(long.sentiment.a.sentences.length > 800);
    const strip = /<svg class="fl-strip"[^]*?<\/svg>/.exec(renderReportBody(long, { interactive: true, pageSize: 100 }))![0];
    const bars = strip.match(/<rect [^>]*>/g) ?? [];
    assert.ok(bars.length <= 200 && bars.length >= 150, `${bars.length} bars`);
    const first = long.sentiment.a.sentences[0]!;
    assert.match(bars[0]!, new RegExp(`data-start="${first.start}"`));
    assert.match(strip, /Sentences 1–\d+: [−+]?\d\.\d on average/);
  });

  it('answers a more message from the report the panel shows, with the control that follows', () => {
    const shown = showReport(report, 'live', ['file:///a', 'file:///b']);
    const total = renderMoreRows(report, 'pair', 0, 0).total;
    assert.ok(total > PAGE_SIZE);
    const rows = moreRows(shown, { type: 'more', renderId: 1, list: 'pair', from: PAGE_SIZE });
    assert.ok(rows);
    assert.equal(rows.key, 'pair');
    assert.equal(rows.shown, Math.min(total, PAGE_SIZE + MORE_SIZE));
    assert.equal(rows.html, renderMoreRows(report, 'pair', PAGE_SIZE, MORE_SIZE, { interactive: true }).html);
    assert.match(shown.body, new RegExp(`data-more="pair" data-next="${PAGE_SIZE}" data-total="${total}"><button type="button" class="flp-button fl-more-button">Show ${Math.min(MORE_SIZE, total - PAGE_SIZE)} more`));
    assert.equal(rows.control === '', rows.shown >= total);
    assert.equal(moreRows(shown, { type: 'more', renderId: 1, list: 'coverage', from: 0 }), undefined, 'a pair report has no coverage list');
  });

  it('pages a collection: its facts left out and each comparison’s lists, by pair', () => {
    const { a, b } = largePair(30_000, FIXTURES);
    const collection = compareCollection([{ text: a }, { text: b }, { text: `${b}\nOne more line about the floods.\n` }]);
    const body = renderCollectionBody(collection, { interactive: true, pageSize: 10 });
    assert.match(body, /data-more="pair" data-next="10"/);
    const pair = [collection.comparisons[1]!.a, collection.comparisons[1]!.b] as const;
    const more = renderCollectionMoreRows(collection, { name: 'pair', pair }, 10, 10, { interactive: true });
    assert.ok(more && more.html.startsWith('<tr'));
    assert.equal(renderCollectionMoreRows(collection, { name: 'pair', pair: [7, 9] }, 10, 10), undefined);
    const shown = showReport(collection, 'live', ['a', 'b', 'c']);
    assert.equal(moreRows(shown, { type: 'more', renderId: 1, list: 'pair', from: 10 }), undefined, 'a collection list names its pair');
    assert.equal(moreRows(shown, { type: 'more', renderId: 1, list: 'pair', pair, from: 10 })?.key, `${pair[0]}-${pair[1]}:pair`);
  });

  it('keeps no report for a window reload when its articles are far too long, without serialising it to find out', () => {
    const chars = STATE_REPORT_LIMIT; // ten JSON characters per text character: ten times the limit
    const huge = { ...report, articles: [{ ...report.articles[0], characters: chars }, { ...report.articles[1], characters: chars }] as Report['articles'], trap: { toJSON: () => assert.fail('serialised') } };
    const state = panelState(showReport(huge as Report, 'live', ['a', 'b']));
    assert.equal(state.report, undefined);
    assert.deepEqual(state.titles, report.articles.map((a) => a.title));
  });

  it('accepts only well-formed more messages from the webview', () => {
    assert.deepEqual(parseReportFromWebview({ type: 'more', renderId: 2, list: 'quotes', from: 100 }), { type: 'more', renderId: 2, list: 'quotes', from: 100 });
    assert.deepEqual(parseReportFromWebview({ type: 'more', renderId: 2, list: 'pair', pair: [0, 2], from: 0 }), { type: 'more', renderId: 2, list: 'pair', pair: [0, 2], from: 0 });
    for (const bad of [
      { type: 'more', renderId: 2, list: 'everything', from: 0 },
      { type: 'more', renderId: 2, list: 'pair', from: -1 },
      { type: 'more', renderId: 2, list: 'pair', pair: [0], from: 0 },
      { type: 'more', renderId: 2, list: 'pair', pair: ['0', 1], from: 0 },
      { type: 'more', list: 'pair', from: 0 },
    ]) {
      assert.equal(parseReportFromWebview(bad), undefined, JSON.stringify(bad));
    }
  });
});
