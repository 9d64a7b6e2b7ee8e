import * as assert from 'assert';
import { visibleWords } from '../../src/core/extract/visibleWords';
import { detectFormat, maskMarkup } from '../../src/core/text/maskMarkup';
import { segment } from '../../src/core/text/segment';
import { referenceHtml, referenceMarkdown } from './helpers/referenceMask';

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
    for (const w of doc.words) assert.strictEqual(visibleWords(html.slice(w.start, w.end), w.text), w.text.replace(/\u2060/g, ''), 'word offsets point into the file');
  });

  it('reads a word with an apostrophe written as a reference as one word, as it reads the apostrophe itself', () => {
    const page = '<p>Kyiv&rsquo;s mayor said the council&#8217;s plan won&#x2019;t pass; the players&rsquo; union and Mr O&apos;Neill don&#39;t agree.</p>';
    const plain = "Kyiv’s mayor said the council’s plan won’t pass; the players’ union and Mr O'Neill don't agree.";
    const masked = maskMarkup(page, 'html');
    const words = segment(masked).words;
    assert.deepStrictEqual(words.map((w) => w.norm), segment(plain).words.map((w) => w.norm));
    assert.deepStrictEqual(words.map((w) => page.slice(w.start, w.end)).filter((w) => w.includes('&')), ['Kyiv&rsquo;s', 'council&#8217;s', 'won&#x2019;t', 'O&apos;Neill', 'don&#39;t']);
    // The reader sees the apostrophe, and nothing of the padding.
    assert.strictEqual(visibleWords(page, masked), plain);
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

describe('reading hostile markup in linear time', () => {
  const MB = 1024 * 1024;
  /** Each construct left open, repeated to 1 MB. */
  const hostile: [string, 'html' | 'markdown', string][] = [
    ['an unclosed <script', 'html', '<script x '],
    ['an unclosed <style', 'html', '<STYLE '],
    ['an unclosed comment', 'html', '<!-- a '],
    ['an unclosed CDATA section', 'html', '<![CDATA[ x'],
    ['an unclosed declaration', 'html', '<!doctype '],
    ['an unclosed tag', 'html', '<a href=x '],
    ['an unclosed closing tag', 'html', '</p '],
    ['unclosed entities', 'html', '&amp &#x12 '],
    ['an unclosed Markdown link', 'markdown', '[a '],
    ['an unclosed Markdown image', 'markdown', '![a '],
    ['a link with an unclosed target', 'markdown', '[a](b '],
    ['an unclosed tag in Markdown', 'markdown', '<a x '],
    ['an unclosed comment in Markdown', 'markdown', '<!-- '],
    ['an unclosed script in Markdown', 'markdown', '<script '],
  ];
  for (const [what, format, unit] of hostile) {
    it(`reads 1 MB of ${what} through to the end, blanking it to the same length`, () => {
      const text = unit.repeat(Math.ceil(MB / unit.length));
      const masked = maskMarkup(text, format);
      assert.strictEqual(masked.length, text.length);
    });
  }

  it('reads markup exactly as the reference reading does, on random inputs', () => {
    const pieces = ['<', '>', '/', '!', '-', '[', ']', '(', ')', '\n', ' ', 'a', 'p', 'Kyiv', '&amp;', '&rsquo;', '&#39;', '<p>', '</p>', '<br>', '<script>', '</script >', '<SCRIPT', '</SCRIPT>', '<style>', '</style>', '<!--', '-->', '<![CDATA[', ']]>', '<!doctype html>', '<a href="x">', '</a>', '**', '__', '`', '# ', '> ', '- ', '1. ', '![', '](', 'http://x', '\r\n'];
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 3000; round++) {
      const length = 1 + Math.floor(random() * 40);
      let text = '';
      for (let k = 0; k < length; k++) text += pieces[Math.floor(random() * pieces.length)];
      assert.strictEqual(maskMarkup(text, 'html'), referenceHtml(text), `html: ${JSON.stringify(text)}`);
      assert.strictEqual(maskMarkup(text, 'markdown'), referenceMarkdown(text), `markdown: ${JSON.stringify(text)}`);
    }
  });
});
