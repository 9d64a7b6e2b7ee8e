import * as assert from 'assert';
import { icuSentenceStarts, regexWordRanges, wordRanges } from '../../src/core/text/segment';
import { sentenceStarts } from '../../src/core/text/sentenceBreaks';
import { lastToken } from '../../src/core/text/abbreviations';
import { normalizeWord } from '../../src/core/text/normalize';
import { random } from './helpers/random';

/** Text drawn from pieces that sit at the edges of the word rules: joiners, tags, digits, marks. */
function draw(next: () => number, pieces: readonly string[], length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
  return text;
}

const WORD_PIECES = [
  'a', 'b', 'z', 'A', 'Q', 'D', 'R', 'I', 'N.Y', 'R-Texas', 'D-', 'I-N.Y.', '-', '--', '.', '..', ',', "'", '’', '‘',
  ' ', '  ', '\t', '0', '7', '1,000', ',5', '3,', 'é', 'É', 'ß', 'ø', '\u0301', 'ª', 'º', '²', '½', 'µ', 'Ω', 'ж', 'Ж',
  'ї', '“', '”', '«', '»', '—', '–', '…', '\u00a0', '\u2009', '(', ')', '"', '?', '!', ':', ';', '$', '%', '/', '_',
  'x-R', '9R-', 'U.S', 'U.S.', "Kyiv's", 'Zelensky’s', 'e.g.', '1.5', '2.', '\u200b', '\u00ad',
];

describe('segmentation fast paths', () => {
  it('finds the words the regular expression finds, on 20,000 generated sentences', () => {
    const next = random(2024);
    const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
    for (let n = 0; n < 20_000; n++) {
      const sentence = draw(next, WORD_PIECES, 1 + Math.floor(next() * 30));
      assert.deepStrictEqual(wordRanges(sentence, segmenter), regexWordRanges(sentence), JSON.stringify(sentence));
    }
  });

  it('finds the words the regular expression finds in every character of Latin, Greek, Cyrillic and punctuation', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
    for (const [from, to] of [
      [0, 0x530],
      [0x2000, 0x2070],
    ] as const) {
      for (let code = from; code < to; code++) {
        const c = String.fromCharCode(code);
        for (const sentence of [c, `a${c}b`, `1${c}2`, `R${c}T`, `R-${c}x`, `${c}R-Tx`, `x.${c}`, `A${c}.B`]) {
          assert.deepStrictEqual(wordRanges(sentence, segmenter), regexWordRanges(sentence), `U+${code.toString(16)} in ${JSON.stringify(sentence)}`);
        }
      }
    }
  });

  it('normalises words as the general rule does, on 20,000 generated words', () => {
    // The rule as written before the ASCII fast path: the reference the fast path must equal.
    const reference = (word: string) => {
      if (/^[A-Za-z0-9]+$/.test(word)) return word.toLowerCase();
      let w = word.replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'").toLowerCase();
      if (/[^\u0000-\u007f]/.test(w)) w = w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
      if (w.endsWith("'s")) w = w.slice(0, -2);
      else if (w.endsWith("'")) w = w.slice(0, -1);
      return w;
    };
    const next = random(7);
    const pieces = ['a', 'z', 'A', 'Z', '0', '9', "'", '’', "'s", '’s', 'S', 'é', 'É', '.', '-', 'ß', '`', 'ı', 'İ', 'K'];
    for (let n = 0; n < 20_000; n++) {
      const word = draw(next, pieces, Math.floor(next() * 8));
      assert.strictEqual(normalizeWord(word), reference(word), JSON.stringify(word));
    }
  });

  const SENTENCE_PIECES = [
    '. ', '.', ' ', '  ', '\t', '\u00a0', 'a', 'b', 'The', 'A', 'U.S.', 'e.g.', '!', '?', '?!', '...', '…', '"', '“', '”', '‘',
    '’', '(', ')', '[', ']', '«', '»', ',', ';', ':', '—', '–', '-', '‐', '1', '2.5', 'é', 'É', 'ж', 'Ж', 'ª', '²', '$', '*',
    ' said.', ' He', ' she', '.)', '?"', '!”', '. 3', 'x.Y', 'Mr. Smith', 'D.C. The', 'p.m. on', '.․',
  ];

  it('cuts sentences where ICU cuts them, on 100,000 generated texts', () => {
    const next = random(99);
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    // Any character of the ranges, now and then, among the pieces that decide the rules.
    const any = () => String.fromCharCode(next() < 0.8 ? Math.floor(next() * 0x530) : 0x2000 + Math.floor(next() * 0x70));
    let handled = 0;
    for (let n = 0; n < 100_000; n++) {
      let text = '';
      const length = 1 + Math.floor(next() * 16);
      for (let i = 0; i < length; i++) text += next() < 0.15 ? any() : SENTENCE_PIECES[Math.floor(next() * SENTENCE_PIECES.length)];
      const starts = sentenceStarts(text);
      if (starts) {
        handled++;
        assert.deepStrictEqual(starts, icuSentenceStarts(text, segmenter), JSON.stringify(text));
      }
    }
    // Most texts are handled here, not passed on to ICU.
    assert.ok(handled > 60_000, `${handled} handled`);
  });

  it('cuts sentences where ICU cuts them around every character of Latin, Greek, Cyrillic and punctuation', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    const contexts = ['a.# B', 'A.# b', 'x.)# Y', 'no!# Go', '1.#2', 'U.#S', 'e.g.# x', '"Hi."# He', 'ok?# ', '#. The', '#.# #', 'a.#b', 'A. #c', 'x. (#) y'];
    for (const [from, to] of [
      [0, 0x530],
      [0x2000, 0x2070],
    ] as const) {
      for (let code = from; code < to; code++) {
        for (const context of contexts) {
          const text = context.replace(/#/g, String.fromCharCode(code));
          const starts = sentenceStarts(text);
          if (starts) assert.deepStrictEqual(starts, icuSentenceStarts(text, segmenter), `U+${code.toString(16)} in ${JSON.stringify(text)}`);
        }
      }
    }
  });

  it('reads the word before a final full stop as the expression does, on 50,000 generated texts', () => {
    const expression = /(?:^|[^\p{L}\p{M}\p{N}.'’-])((?:\p{L}\.)*\p{L}+)\.$/u;
    const pieces = ['a', 'Z', 'Sen', 'U', '.', '.', ' ', '(', "'", '’', '-', '1', 'é', 'e\u0301', 'ж', '\u{1D400}', '\u{1D7CE}', '\ud835', '\udc00', '“', ',', 'D.C', 'e.g'];
    const next = random(31);
    for (let n = 0; n < 50_000; n++) {
      const text = draw(next, pieces, Math.floor(next() * 10));
      const match = expression.exec(text);
      const expected = match ? { word: match[1], atStart: match.index === 0 && match[0] === match[1] + '.' } : undefined;
      assert.deepStrictEqual(lastToken(text), expected, JSON.stringify(text));
    }
  });
});
