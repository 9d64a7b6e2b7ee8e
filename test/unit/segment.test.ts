import * as assert from 'assert';
import { segment } from '../../src/core/text/segment';
import type { SegmentedText } from '../../src/core/types';

function assertExactOffsets(doc: SegmentedText): void {
  for (const s of doc.sentences) assert.strictEqual(doc.text.slice(s.start, s.end), s.text);
  for (const w of doc.words) assert.strictEqual(doc.text.slice(w.start, w.end), w.text);
}

describe('segment', () => {
  it('gives nothing for empty and whitespace-only text', () => {
    for (const text of ['', '   ', '\n\n\t\r\n']) {
      const doc = segment(text);
      assert.deepStrictEqual([doc.paragraphs.length, doc.sentences.length, doc.words.length], [0, 0, 0]);
    }
  });

  it('treats blank lines and single line breaks between sentences as paragraph breaks', () => {
    const doc = segment('First paragraph here.\n\nSecond one.\nThird one.');
    assert.deepStrictEqual(doc.sentences.map((s) => s.paragraph), [0, 1, 2]);
  });

  it('joins the lines of a hard-wrapped paragraph into one sentence', () => {
    const doc = segment('The ministry said the shipment\nwas delayed by a week.');
    assert.strictEqual(doc.paragraphs.length, 1);
    assert.strictEqual(doc.sentences.length, 1);
  });

  it('does not end a sentence after common abbreviations or initials', () => {
    const doc = segment('Dr. Smith met Gen. Jones and George W. Bush in the U.S. on Monday. Then they left.');
    assert.deepStrictEqual(
      doc.sentences.map((s) => s.text),
      ['Dr. Smith met Gen. Jones and George W. Bush in the U.S. on Monday.', 'Then they left.']
    );
  });

  it('keeps offsets exact with CRLF, tabs, curly quotes, emoji and non-Latin scripts', () => {
    const text = '👋🏽 “Kyiv’s mayor said\tno,” she wrote.\r\n\r\nПривет, мир! 北京是中国的首都。Ça va?';
    const doc = segment(text);
    assertExactOffsets(doc);
    assert.ok(doc.words.some((w) => w.text === 'Kyiv’s' && w.norm === 'kyiv'));
    assert.ok(doc.words.some((w) => w.text === 'Привет'));
    assert.ok(doc.words.some((w) => w.text === '北京'));
    assert.ok(doc.words.some((w) => w.norm === 'ca'), 'accents are folded in the normal form');
  });

  it('keeps words with inner apostrophes and numbers with separators whole, and splits hyphens', () => {
    const doc = segment('It cost 6,000 dollars, officials didn’t say why the non-interference pledge held.');
    const texts = doc.words.map((w) => w.text);
    assert.ok(texts.includes('6,000'));
    assert.ok(texts.includes('didn’t'));
    assert.ok(texts.includes('non') && texts.includes('interference'));
  });

  it('numbers sentences and words consistently', () => {
    const doc = segment('One two. Three four five.\nSix.');
    doc.sentences.forEach((s, i) => {
      assert.strictEqual(s.index, i);
      for (let w = s.firstWord; w < s.firstWord + s.wordCount; w++) assert.strictEqual(doc.words[w]!.sentence, i);
    });
    assert.strictEqual(doc.words.length, 6);
  });

  it('segments a 1 MB single-line article with exact offsets', () => {
    const sentence = 'The regional governor said that eleven drones were shot down over the port overnight. ';
    const text = sentence.repeat(Math.ceil(1_048_576 / sentence.length));
    const doc = segment(text);
    assert.strictEqual(doc.sentences.length, Math.ceil(1_048_576 / sentence.length));
    assertExactOffsets(doc);
  });
});
