import * as assert from 'assert';
import { detectFormat, maskMarkup } from '../../src/core/text/maskMarkup';
import { segment } from '../../src/core/text/segment';

describe('reading HTML and Markdown articles', () => {
  const html = '<html><head><title>T</title><script>alert("Kiev")</script><style>p{}</style></head>\n<body><p>Drones hit <b>Odesa</b> port.</p><p>Kyiv&rsquo;s mayor said &ldquo;no&rdquo;.</p><!-- Kiev --></body></html>';

  it('keeps the length, so offsets point into the original file', () => {
    assert.strictEqual(maskMarkup(html, 'html').length, html.length);
  });

  it('drops script, style, comments and tags, and never reads words from them', () => {
    const doc = segment(maskMarkup(html, 'html'));
    const words = doc.words.map((w) => w.norm);
    assert.ok(!words.includes('alert') && !words.includes('kiev') && !words.includes('script'));
    assert.ok(words.includes('odesa') && words.includes('kyiv'));
    for (const w of doc.words) assert.strictEqual(html.slice(w.start, w.end), w.text, 'word offsets point into the file');
  });

  it('turns block tags into paragraph breaks', () => {
    const doc = segment(maskMarkup(html, 'html'));
    assert.ok(doc.paragraphs.length >= 2);
    assert.ok(doc.sentences.some((s) => s.text.startsWith('Drones hit')));
  });

  it('blanks Markdown link targets, images and emphasis marks but keeps link text', () => {
    const md = '## Port hit\n\nThe **ministry** [denied](https://example.org/kiev) it. ![map](kiev.png)';
    const masked = maskMarkup(md, 'markdown');
    assert.strictEqual(masked.length, md.length);
    const words = segment(masked).words.map((w) => w.norm);
    assert.deepStrictEqual(words, ['port', 'hit', 'the', 'ministry', 'denied', 'it']);
  });

  it('detects the format from the file name or the text', () => {
    assert.strictEqual(detectFormat('a/b.HTML', ''), 'html');
    assert.strictEqual(detectFormat('notes.md', ''), 'markdown');
    assert.strictEqual(detectFormat(undefined, '  <!DOCTYPE html><p>x'), 'html');
    assert.strictEqual(detectFormat('a.txt', 'plain words'), 'text');
  });
});
