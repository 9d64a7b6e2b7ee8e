import * as assert from 'assert';
import { readNumber } from '../../src/core/align/numbers';
import { segment } from '../../src/core/text/segment';

/** The feature key of the figure that starts at the first word of `phrase`. */
function keyOf(phrase: string): string | undefined {
  const doc = segment(phrase);
  // "a hundred": the figure starts after the article.
  const start = doc.words[0]?.norm === 'a' ? 1 : 0;
  return readNumber(doc, start, doc.words.length)?.key;
}

/** How many words the figure at the start of `phrase` takes. */
function lengthOf(phrase: string): number | undefined {
  const doc = segment(phrase);
  return readNumber(doc, 0, doc.words.length)?.next;
}

describe('figures as alignment features', () => {
  // Two outlets write one figure in different ways; each group must give a single key.
  const sameFigure: Record<string, string[]> = {
    twelve: ['12 districts', 'twelve districts'],
    'four thousand': ['4,000 people', '4000 people', '4 thousand people'],
    'one and a half million': ['1.5 million', '1,500,000', 'one million five hundred thousand'],
    'thirty-seven': ['37 people', 'thirty-seven people', 'thirty seven people'],
    'five kilometres': ['5 km', '5km', 'five kilometres', '5 kilometers'],
    'two per cent': ['2 per cent', '2%', 'two percent', '2pc'],
    third: ['3rd round', 'third round'],
    'twenty-first': ['21st century', 'twenty-first century'],
    'a dollar sum': ['$364 million', '364 million dollars'],
    'a hundred and twenty': ['120 seats', 'one hundred and twenty seats', 'a hundred and twenty seats'],
    'a decimal': ['52.3 percent', '52.3%'],
    'a round sum in short form': ['£3bn', '£3 billion'],
  };
  for (const [name, phrases] of Object.entries(sameFigure)) {
    it(`gives one key to ${name} however it is written`, () => {
      const keys = phrases.map(keyOf);
      assert.ok(keys[0], `no figure read in "${phrases[0]}"`);
      assert.deepStrictEqual(keys, phrases.map(() => keys[0]), phrases.join(' / '));
    });
  }

  it('keeps different figures, units and kinds apart', () => {
    const distinct = ['2023', '2022', '5 km', '5 miles', '5', '5th', '2%', '2', '£3bn', '$3bn', '1980s'];
    const keys = distinct.map(keyOf);
    assert.strictEqual(new Set(keys).size, distinct.length, JSON.stringify(keys));
  });

  it('reads a date or a score as one figure, not as three small numbers', () => {
    assert.strictEqual(lengthOf('2023-02-17 was a Friday'), 3);
    assert.notStrictEqual(keyOf('2023-02-17'), keyOf('2023-02-18'));
    assert.strictEqual(keyOf('5-2 ruling'), keyOf('5-2 decision'));
    assert.strictEqual(lengthOf('4:17 a.m.'), 2);
  });

  it('leaves a lone "one" alone: it is mostly a pronoun', () => {
    assert.strictEqual(keyOf('one of the residents'), undefined);
    assert.strictEqual(keyOf('one million residents'), keyOf('1,000,000 residents'));
  });

  it('does not join a figure to a unit across punctuation', () => {
    // "5, kilometres away" is a list, not "5 km".
    assert.notStrictEqual(keyOf('5, kilometres'), keyOf('5 kilometres'));
  });
});
