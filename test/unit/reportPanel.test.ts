import * as assert from 'node:assert/strict';
import { compareArticles } from '../../src/core/compare';
import { renderHtmlDocument } from '../../src/core/render/html';
import { renderReportBody } from '../../src/core/render/htmlSections';
import type { Lexicon, Report } from '../../src/core/types';
import { makeNonce, panelHtml } from '../../src/extension/report/panelHtml';
import { emptyReport, panelState, restoreState, showReport, statusOf } from '../../src/extension/report/shownReport';
import type { InitialData } from '../../src/webview/protocol/report';

const LEXICON: Lexicon = {
  version: 1,
  sets: [
    {
      id: 'kyiv-kiev',
      category: 'place-name',
      explanation: 'Kyiv follows Ukrainian spelling; Kiev the Russian-based one.',
      source: 'AP Stylebook, August 2019',
      variants: [
        { id: 'kyiv', terms: ['Kyiv'], note: 'Ukrainian-based.' },
        { id: 'kiev', terms: ['Kiev'], note: 'Russian-based.' },
      ],
    },
  ],
};

const A = [
  'Barge Hits Ferry',
  '',
  'A cargo barge struck a passenger ferry near Kiev on Sunday, injuring nine people.',
  '',
  'A blog captioned its photo <script>alert(1)</script> and <b onclick="x()">bold</b> before deleting it.',
].join('\n');
const B = [
  'Barge Hits Ferry',
  '',
  'A cargo barge struck a passenger ferry near Kyiv on Sunday, injuring nine people.',
  '',
  'Prosecutors opened an investigation into the "barge" owner & crew.',
].join('\n');

function report(): Report {
  return compareArticles({ text: A, title: 'Gazette <A>' }, { text: B, title: 'Wire "B"' }, { lexicon: LEXICON });
}

describe('Report sections (HTML)', () => {
  it('escapes article text, so markup in an article is shown and never parsed', () => {
    const body = renderReportBody(report(), { interactive: true });
    assert.ok(body.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(body.includes('&lt;b onclick=&quot;x()&quot;&gt;bold&lt;/b&gt;'));
    assert.ok(!/<script|<b\b|<[^>]*\sonclick=/i.test(body), 'markup from an article reached the page');
    assert.ok(body.includes('Gazette &lt;A&gt;') && body.includes('Wire &quot;B&quot;'));
  });

  it('has no inline style attributes or scripts, which the panel CSP would block', () => {
    const body = renderReportBody(report(), { interactive: true });
    assert.doesNotMatch(body, /\sstyle=/);
    assert.doesNotMatch(body, /<script|<style|<link/i);
  });

  it('links article text to its offsets only when interactive, and the offsets give back the text', () => {
    const r = report();
    const plain = renderReportBody(r);
    assert.doesNotMatch(plain, /data-side/);
    const body = renderReportBody(r, { interactive: true });
    const terms = [...body.matchAll(/<span class="fl-term" data-side="([ab])" data-start="(\d+)" data-end="(\d+)"[^>]*>([^<]*)<\/span>/g)];
    assert.ok(terms.length >= 2, 'the framing table links its terms');
    // Article text is escaped in the page ("barge" in scare quotes arrives as &quot;barge&quot;).
    const unescape = (html: string) => html.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    for (const [, side, start, end, text] of terms) {
      assert.equal((side === 'a' ? A : B).slice(Number(start), Number(end)), unescape(text!));
    }
  });

  it('has a table of contents whose links all lead to a section', () => {
    const body = renderReportBody(report());
    const targets = [...body.matchAll(/<a href="#([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(targets.length >= 6);
    for (const id of targets) {
      assert.ok(body.includes(`<section id="${id}"`), `no section for #${id}`);
    }
  });

  it('says that tone is switched off instead of showing zeros', () => {
    const body = renderReportBody(compareArticles({ text: A }, { text: B }, { lexicon: LEXICON, sentiment: false }));
    const tone = body.slice(body.indexOf('<section id="fl-tone"'));
    assert.match(tone, /switched off/);
    assert.doesNotMatch(tone, /fl-strip|fl-tone-card/);
    assert.match(body, /<dt>Tone \(AFINN\)<\/dt><dd><span class="fl-stat-value">off<\/span>/);
  });

  it('makes an exported page with no script and a CSP that forbids scripts', () => {
    const page = renderHtmlDocument(report());
    assert.doesNotMatch(page, /<script/i);
    assert.match(page, /default-src 'none'/);
  });
});

describe('Report panel page', () => {
  const page = (titles: readonly [string, string] = ['a', 'b']) =>
    panelHtml({
      cspSource: 'https://webview.example',
      nonce: 'n0nce',
      scriptUri: 'https://webview.example/media/report.js',
      styleUri: 'https://webview.example/media/report.css',
      body: '<section id="fl-summary"></section>',
      renderId: 7,
      status: { mode: 'live', canExport: true, titles },
      locale: { language: 'en' },
    });

  it("allows only the extension's media and nonce'd elements", () => {
    const html = page();
    const csp = /Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    assert.match(csp, /^default-src 'none'; /);
    assert.match(csp, /style-src https:\/\/webview\.example 'nonce-n0nce'/);
    assert.match(csp, /script-src 'nonce-n0nce'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.deepEqual(html.match(/<script[^>]*>/g), ['<script nonce="n0nce" src="https://webview.example/media/report.js">']);
    assert.match(html, /<style nonce="n0nce">/);
  });

  it('carries its initial data as escaped JSON in a data attribute', () => {
    const html = page(['<img src=x onerror=alert(1)>', '"quoted" & \'single\'']);
    const attribute = /data-fl-initial="([^"]*)"/.exec(html)?.[1];
    assert.ok(attribute);
    assert.doesNotMatch(attribute, /[<>"']/);
    const decoded = attribute.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const initial = JSON.parse(decoded) as InitialData;
    assert.equal(initial.renderId, 7);
    assert.deepEqual(initial.status.titles, ['<img src=x onerror=alert(1)>', '"quoted" & \'single\'']);
  });

  it('has real buttons for the exports', () => {
    const buttons = page().match(/<button type="button"[^>]*data-export="(html|markdown|json)"/g) ?? [];
    assert.equal(buttons.length, 3);
  });

  it('makes a different 128-bit nonce each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => makeNonce()));
    assert.equal(nonces.size, 50);
    for (const nonce of nonces) assert.match(nonce, /^[0-9a-f]{32}$/);
  });
});

describe('Report panel state (restore after a reload)', () => {
  it('keeps the report and restores it as a snapshot with the same rendering', () => {
    const shown = showReport(report(), 'live', ['file:///a.txt', 'untitled:Untitled-1']);
    const state = JSON.parse(JSON.stringify(panelState(shown))) as unknown;
    const restored = restoreState(state);
    assert.ok(restored);
    assert.equal(restored.mode, 'snapshot');
    assert.equal(restored.body, shown.body);
    assert.deepEqual(restored.uris, shown.uris);
    assert.equal(statusOf(restored).canExport, true);
  });

  it('shows an empty page rather than failing on a missing or damaged state', () => {
    assert.equal(restoreState(undefined), undefined);
    assert.equal(restoreState({ version: 2 }), undefined);
    const damaged = restoreState({ version: 1, titles: ['A.txt', 'B.txt'], report: { schemaVersion: 1, articles: 'x' } });
    assert.ok(damaged);
    assert.equal(damaged.report, undefined);
    assert.equal(statusOf(damaged).canExport, false);
    assert.match(damaged.body, /A\.txt/);
    assert.equal(emptyReport().report, undefined);
  });

  it('escapes titles on the empty page of a state without a report', () => {
    const restored = restoreState({ version: 1, titles: ['<i>A</i>', 'B'], uris: ['', ''] });
    assert.ok(restored);
    assert.ok(restored.body.includes('&lt;i&gt;A&lt;/i&gt;'));
  });
});
