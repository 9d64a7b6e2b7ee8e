import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { findQuotes, quoteReport, sharedQuotes } from '../../src/core/quotes/quotes';
import { segment } from '../../src/core/text/segment';
import type { Quote, SegmentedText } from '../../src/core/types';

function quotes(text: string): { doc: SegmentedText; found: Quote[] } {
  const doc = segment(text);
  const found = findQuotes(doc);
  for (const q of found) {
    for (const span of [q.quote, q.speaker, q.verb]) {
      if (span) {
        assert.strictEqual(text.slice(span.start, span.end), span.text, 'offsets are exact');
      }
    }
  }
  return { doc, found };
}

function summary(q: Quote): [string, string | undefined, string | undefined] {
  return [q.quote.text, q.speaker?.text, q.verb?.text];
}

describe('quotes', () => {
  it('finds curly and straight double quotes without their marks or the trailing comma', () => {
    const { found } = quotes(
      '“The river is falling,” the engineer said. "We will reopen the bridge," Mayor Elena Vasquez said.'
    );
    assert.deepStrictEqual(found.map(summary), [
      ['The river is falling', 'the engineer', 'said'],
      // A capitalised title before the name is part of how the text names the speaker.
      ['We will reopen the bridge', 'Mayor Elena Vasquez', 'said'],
    ]);
  });

  it('keeps a quote that spans several sentences of a paragraph as one quote', () => {
    const text = '“The dam held. The levee did not. We are rebuilding it now,” she said. Work began on Monday.';
    const { found } = quotes(text);
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0]!.quote.text, 'The dam held. The levee did not. We are rebuilding it now');
    assert.strictEqual(found[0]!.sentence, 0);
    assert.deepStrictEqual([found[0]!.speaker?.text, found[0]!.verb?.text], ['she', 'said']);
  });

  it('finds the speaker and verb after the quote, verb first or with an adverb or an appositive', () => {
    const { found } = quotes(
      [
        '“The water is safe,” said Elena Vasquez.',
        '“No one was hurt,” the spokesperson categorically stated, rejecting the rumours.',
        '“We need pumps,” Tomas Reyl, the harbour master, told reporters.',
        '“Help arrived late,” harbour master Tomas Reyl added, speaking at the quay.',
        '“Why now?” asked Vasquez.',
      ].join('\n\n')
    );
    assert.deepStrictEqual(found.map(summary), [
      ['The water is safe', 'Elena Vasquez', 'said'],
      ['No one was hurt', 'the spokesperson', 'stated'],
      ['We need pumps', 'Tomas Reyl', 'told'],
      ['Help arrived late', 'Tomas Reyl', 'added'],
      ['Why now?', 'Vasquez', 'asked'],
    ]);
  });

  it('finds the speaker and verb before the quote', () => {
    const { found } = quotes(
      [
        'Vasquez said: “The bridge opens on Friday.”',
        'The minister told reporters that “the repairs are on schedule.”',
        'The council denied the claims, saying they were “pure invention.”',
        'According to the harbour master, “the quay is closed.”',
      ].join('\n\n')
    );
    assert.deepStrictEqual(found.map(summary), [
      ['The bridge opens on Friday.', 'Vasquez', 'said'],
      ['the repairs are on schedule.', 'The minister', 'told'],
      ['pure invention.', 'The council', 'saying'],
      ['the quay is closed.', 'the harbour master', 'According to'],
    ]);
  });

  it('takes the attribution of a quote that opens a paragraph from a line ending in a colon', () => {
    const { found } = quotes('The harbour master said:\n\n“The quay is closed until Friday.”');
    assert.deepStrictEqual(found.map(summary), [['The quay is closed until Friday.', 'The harbour master', 'said']]);
  });

  it('gives a short scare-quoted phrase its verb, and its speaker when one is named', () => {
    const { found } = quotes('Harbour master Tomas Reyl called the reports “not accurate”. Others described them as “alarmist”.');
    assert.deepStrictEqual(found.map(summary), [
      ['not accurate', 'Tomas Reyl', 'called'],
      ['alarmist', 'Others', 'described'],
    ]);
  });

  it('does not take a scare quote with no reporting verb for an attributed quote', () => {
    const { found } = quotes('Reports that the town was “abandoned” spread quickly.');
    assert.deepStrictEqual(found.map(summary), [['abandoned', undefined, undefined]]);
  });

  it('takes single quotes only where they quote, never apostrophes', () => {
    const text =
      "Port Edda’s mayor, who grew up in the ’90s, said the town’s plan was ‘a fair deal’. The workers’ union " +
      "called it 'a trap' and said they don't agree. Rock 'n' roll played at the quay.";
    const { found } = quotes(text);
    assert.deepStrictEqual(found.map((q) => q.quote.text), ['a fair deal', 'a trap']);
    assert.strictEqual(found[0]!.verb?.text, 'said');
    assert.strictEqual(found[1]!.verb?.text, 'called');
  });

  it('ends an unclosed quote at the end of its paragraph', () => {
    const text = '“We lost everything in the flood, she said.\n\nThe council met on Tuesday.';
    const { found } = quotes(text);
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0]!.quote.text, 'We lost everything in the flood, she said.');
  });

  it('gives an unattributed quote that follows an attributed one in the same paragraph the same speaker', () => {
    const { found } = quotes('“The dam held,” the engineer said. “We were lucky this time.”');
    assert.deepStrictEqual(found.map(summary), [
      ['The dam held', 'the engineer', 'said'],
      ['We were lucky this time.', 'the engineer', 'said'],
    ]);
  });

  it('keeps offsets exact after emoji and CRLF line breaks', () => {
    const text = '🌊 Flood update 🌊\r\n\r\n“The water is falling 🙏,” Vasquez said.\r\n';
    const { found } = quotes(text);
    assert.deepStrictEqual(found.map(summary), [['The water is falling 🙏', 'Vasquez', 'said']]);
  });

  it('pairs the quotes two articles share, each at most once, with similarity in [0, 1]', () => {
    const a = segment(
      '“The levee will be rebuilt before winter. No family will be left without a home,” Vasquez said. ' +
        'She called the damage “severe”.'
    );
    const b = segment(
      'Mayor Elena Vasquez promised that “no family will be left without a home”. ' +
        '“The levee will be rebuilt before the winter,” she added. Critics called the plan “a fantasy”.'
    );
    const qa = findQuotes(a);
    const qb = findQuotes(b);
    const shared = sharedQuotes(a, qa, b, qb);
    assert.strictEqual(shared.length, 1);
    assert.strictEqual(shared[0]!.a, 0);
    assert.ok(shared[0]!.similarity > 0 && shared[0]!.similarity <= 1);
    const report = quoteReport(a, b);
    assert.deepStrictEqual(report.shared, shared);
    assert.strictEqual(report.a.length, qa.length);
  });

  it('pairs a quote one article repeats with the other article’s quote only once', () => {
    const a = segment('“The levee will hold this winter,” Vasquez said.\n\nAgain: “The levee will hold this winter.”');
    const b = segment('“The levee will hold this winter,” the mayor said.');
    const shared = sharedQuotes(a, findQuotes(a), b, findQuotes(b));
    assert.deepStrictEqual(shared, [{ a: 0, b: 0, similarity: 1 }]);
  });

  it('does not pair quotes that only share common words', () => {
    const a = segment('“The water is high,” she said.');
    const b = segment('“The water is cold and the town is quiet,” he said.');
    assert.deepStrictEqual(sharedQuotes(a, findQuotes(a), b, findQuotes(b)), []);
  });

  describe('on the sample articles', () => {
    const dir = path.resolve(__dirname, '../../../../shared/articles');
    const read = (prefix: string) => {
      const name = fs.readdirSync(dir).find((f) => f.startsWith(prefix));
      return segment(fs.readFileSync(path.join(dir, name!), 'utf8').replace(/^\uFEFF/, ''));
    };

    before(function () {
      if (!fs.existsSync(dir)) {
        this.skip();
      }
    });

    it('attributes the first quote of 000 to the spokesperson with "stated"', () => {
      const found = findQuotes(read('000_'));
      const quote = found.find((q) => q.quote.text.startsWith('The reporting about supply of defense items'))!;
      assert.ok(quote);
      assert.strictEqual(quote.verb?.text, 'stated');
      assert.strictEqual(quote.speaker?.text, 'the spokesperson');
    });

    it('finds that 000 and 001 share the quote on non-interference', () => {
      const a = read('000_');
      const b = read('001_');
      const report = quoteReport(a, b);
      const index = report.a.findIndex((q) => q.quote.text.startsWith('Pakistan maintains a policy of non-interference'));
      assert.ok(index >= 0);
      assert.ok(report.shared.some((s) => s.a === index));
    });
  });
});
