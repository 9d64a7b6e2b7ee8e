import * as assert from 'assert';
import type { ToneModel } from '../../src/core/views/toneModel';
import { makeNonce, toneHtml } from '../../src/extension/tone/toneHtml';

const hostile = '"><script>alert(1)</script><img src=x onerror=alert(2)> & \'quoted\'';

function model(): ToneModel {
  const article = (side: 'a' | 'b', label: 'A' | 'B') => ({
    side,
    label,
    title: hostile,
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
    articles: [article('a', 'A'), article('b', 'B')],
    scale: 1,
    actors: [{ actor: hostile, a: { mentions: 1, score: -1 }, b: { mentions: 0, score: 0 } }],
    gap: { total: 0, fromWording: 0, fromOneSidedContent: 0 },
    limits: 'limits',
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
    const decoded = attribute[1]!
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    assert.deepStrictEqual(JSON.parse(decoded), model());
  });

  it('renders the empty state model as null', () => {
    const empty = toneHtml({ cspSource: 'x', styleUri: 's', scriptUri: 'j', nonce, model: null });
    assert.ok(empty.includes('data-model="null"'));
  });
});
