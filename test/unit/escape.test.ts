import * as assert from 'assert';
import { escapeHtml, escapeMarkdown } from '../../src/core/render/escape';

describe('escaping article text', () => {
  it('escapes every HTML-significant character', () => {
    assert.strictEqual(escapeHtml(`<script>alert("x")</script> & 'y'`), '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });

  it('keeps Markdown from turning article text into links, emphasis, HTML or table cells', () => {
    const escaped = escapeMarkdown('[click](http://x) *bold* <img src=x> a|b\nnext');
    assert.ok(!/(^|[^\\])[\[\]*|]/.test(escaped), escaped);
    assert.ok(!escaped.includes('<'));
    assert.ok(!escaped.includes('\n'));
  });
});
