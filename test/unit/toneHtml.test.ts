import * as assert from 'assert';
import type { ToneModel } from '../../src/core/views/toneModel';
import { parseToneFromWebview } from '../../src/webview/protocol/tone';
import { makeNonce, toneHtml } from '../../src/extension/tone/toneHtml';

const hostile = '"><script>alert(1)</script><img src=x onerror=alert(2)> & \'quoted\'';

/** Five outlets whose every string is hostile markup: more outlets than a pair, every column and gap row filled. */
function model(): ToneModel {
  const labels = ['A', 'B', 'C', 'D', 'E'];
  const article = (k: number) => ({
    article: k,
    label: labels[k]!,
    title: `${hostile} ${k}`,
    focus: k === 0,
    score: -1,
    comparative: -0.1,
    words: 10,
    sentences: [{ start: 0, end: 10, score: -1, preview: hostile }],
    negative: [{ word: hostile, weight: -1, count: 1 }],
    positive: [],
  });
  return {
    comparisonId: 1,
    revision: 0,
    enabled: true,
    articles: labels.map((_, k) => article(k)),
    scale: 1,
    actors: [{ actor: hostile, tones: [{ mentions: 1, score: -1 }, { mentions: 0, score: 0 }, null, { mentions: 2, score: 3 }, null] }],
    gaps: [1, 2, 3, 4].map((b) => ({ a: 0, b, total: 0, fromWording: 0, fromOneSidedContent: 0 })),
    limits: hostile,
  };
}

describe('the Tone panel page', () => {
  const nonce = makeNonce();
  const html = toneHtml({
    cspSource: 'https://example.vscode-cdn.net',
    styleUri: 'https://example.vscode-cdn.net/media/tone.css',
    scriptUri: 'https://example.vscode-cdn.net/media/tone.js?a=1&b=2',
    nonce,
    model: model(),
    locale: { language: 'en' },
  });

  it('allows nothing but its stylesheet and its one nonce’d script', () => {
    assert.match(nonce, /^[A-Za-z0-9]{32}$/);
    assert.notStrictEqual(makeNonce(), nonce);
    assert.ok(
      html.includes(`content="default-src 'none'; style-src https://example.vscode-cdn.net; script-src 'nonce-${nonce}';"`),
      html
    );
    assert.strictEqual([...html.matchAll(/<script\b/g)].length, 1);
    assert.ok(html.includes(`<script nonce="${nonce}" src="https://example.vscode-cdn.net/media/tone.js?a=1&amp;b=2"></script>`));
  });

  it('carries the model as escaped JSON in one attribute, so article text cannot become markup', () => {
    const attribute = /<main id="root" data-model="([^"]*)"><\/main>/.exec(html);
    assert.ok(attribute, 'no data-model attribute');
    assert.ok(!attribute[1]!.includes('<'));
    assert.ok(!attribute[1]!.includes('"'));
    assert.ok(!/<(script|img)\b/i.test(html.replace(/<script nonce="[^"]+" src="[^"]+"><\/script>/, '')), 'article text became markup');
    const decoded = attribute[1]!
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    assert.deepStrictEqual(JSON.parse(decoded), model());
  });

  it('renders the empty state model as null', () => {
    const empty = toneHtml({ cspSource: 'x', styleUri: 's', scriptUri: 'j', nonce, model: null, locale: { language: 'en' } });
    assert.ok(empty.includes('data-model="null"'));
    assert.ok(empty.includes('<html lang="en">'), 'no strings attribute in English');
  });

  it('carries the UI language and its strings escaped, for the page script to configure', () => {
    const strings = { Tone: '</html><script>alert("x")</script>', 'A & B': 'A & B' };
    const page = toneHtml({ cspSource: 'x', styleUri: 's', scriptUri: 'j', nonce, model: null, locale: { language: 'de"x', strings } });
    assert.ok(page.includes('<html lang="de&quot;x" data-fl-l10n="'));
    assert.strictEqual(page.match(/<script/g)?.length, 1, 'only the page’s own script');
    const attribute = /data-fl-l10n="([^"]*)"/.exec(page)?.[1] ?? '';
    const decoded = attribute.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    assert.deepStrictEqual(JSON.parse(decoded), strings);
  });
});

describe('the Tone panel’s messages from its page', () => {
  const reveal = { type: 'reveal', comparisonId: 3, article: 2, start: 10, end: 42 };

  it('accepts ready, compare, and a reveal of an article the comparison has', () => {
    assert.ok(parseToneFromWebview({ type: 'ready' }, 0));
    assert.ok(parseToneFromWebview({ type: 'compare' }, 0));
    assert.ok(parseToneFromWebview(reveal, 3));
    assert.ok(parseToneFromWebview({ ...reveal, start: 42 }, 3), 'an empty span');
  });

  it('refuses a reveal of an article that is not there, or when nothing is compared', () => {
    assert.ok(!parseToneFromWebview(reveal, 2));
    assert.ok(!parseToneFromWebview(reveal, 0));
    assert.ok(!parseToneFromWebview({ ...reveal, article: -1 }, 3));
    assert.ok(!parseToneFromWebview({ ...reveal, article: 1.5 }, 3));
    assert.ok(!parseToneFromWebview({ ...reveal, article: '1' }, 3));
    const { article: _article, ...withoutArticle } = reveal;
    assert.ok(!parseToneFromWebview(withoutArticle, 3));
  });

  it('refuses a reveal with offsets that are not whole, are negative or run backwards', () => {
    for (const bad of [{ start: 1.5 }, { end: Number.NaN }, { start: -1 }, { start: 50 }, { end: '42' }, { end: Infinity }]) {
      assert.ok(!parseToneFromWebview({ ...reveal, ...bad }, 3), JSON.stringify(bad));
    }
    assert.ok(!parseToneFromWebview({ ...reveal, comparisonId: undefined }, 3), 'no comparison id');
  });

  it('refuses the pair-only form of a reveal (a side instead of an article) and anything unknown', () => {
    assert.ok(!parseToneFromWebview({ type: 'reveal', side: 'a', start: 0, end: 1 }, 2));
    assert.ok(!parseToneFromWebview({ type: 'open', article: 0 }, 2));
    assert.ok(!parseToneFromWebview(null, 2));
    assert.ok(!parseToneFromWebview('ready', 2));
  });
});
