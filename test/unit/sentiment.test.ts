import * as assert from 'assert';
import { articleSentiment, sentimentLimits, wordWeight } from '../../src/core/sentiment';
import { segment } from '../../src/core/text/segment';

function score(text: string) {
  const doc = segment(text);
  return { doc, sentiment: articleSentiment(doc) };
}

describe('sentiment', () => {
  it('gives a positive sentence a positive score and a negative one a negative score', () => {
    const { sentiment } = score('Residents of Port Edda praised the brave rescue crews. The flood caused terrible damage.');
    assert.ok(sentiment.sentences[0]!.score > 0);
    assert.ok(sentiment.sentences[1]!.score < 0);
    assert.strictEqual(sentiment.score, sentiment.sentences[0]!.score + sentiment.sentences[1]!.score);
  });

  it('flips the weight of a word after a negator, and the scored span includes the negator', () => {
    const plain = score('The mayor was happy with the repairs.').sentiment;
    const negated = score('The mayor was not happy with the repairs.').sentiment;
    assert.strictEqual(plain.score, 3);
    assert.strictEqual(negated.score, -3);
    assert.deepStrictEqual(
      negated.sentences[0]!.words.map((w) => [w.text, w.weight]),
      [['not happy', -3]]
    );
    assert.deepStrictEqual(negated.negative[0], { word: 'not happy', weight: -3, count: 1 });
  });

  it('honours negators written with a curly apostrophe', () => {
    assert.strictEqual(score('Officials don’t like the new dam.').sentiment.score, -2);
  });

  it('keeps exact offsets for scored words after emoji and CRLF line breaks', () => {
    const text = '🎉 Residents were delighted 🎉 by the calm.\r\n\r\nThe 🌊 flood was a disaster 😢 for the harbour.\r\n';
    const { sentiment } = score(text);
    const words = sentiment.sentences.flatMap((s) => s.words);
    assert.deepStrictEqual(
      words.map((w) => w.text),
      ['delighted', 'calm', 'disaster']
    );
    for (const w of words) {
      assert.strictEqual(text.slice(w.start, w.end), w.text);
    }
  });

  it('sorts the driving words by weight times count', () => {
    const { sentiment } = score(
      'The damage was bad. More damage followed. A good day, a good night, a good week. The outcome was wonderful.'
    );
    const strength = (d: { weight: number; count: number }) => Math.abs(d.weight * d.count);
    for (const list of [sentiment.positive, sentiment.negative]) {
      for (let i = 1; i < list.length; i++) {
        assert.ok(strength(list[i - 1]!) >= strength(list[i]!), `${list[i - 1]!.word} before ${list[i]!.word}`);
      }
    }
    assert.deepStrictEqual(sentiment.positive[0], { word: 'good', weight: 3, count: 3 });
    assert.deepStrictEqual(sentiment.negative[0], { word: 'damage', weight: -3, count: 2 });
  });

  it('computes the comparative score as score divided by the number of words', () => {
    const { doc, sentiment } = score('The crews were brave. The storm was terrible and the damage was bad.');
    assert.strictEqual(sentiment.comparative, sentiment.score / doc.words.length);
    const first = sentiment.sentences[0]!;
    assert.strictEqual(first.comparative, first.score / doc.sentences[0]!.wordCount);
  });

  it('gives an empty text zeros and no NaN', () => {
    for (const text of ['', '   \n\n  ', '— … —']) {
      const { sentiment } = score(text);
      assert.strictEqual(sentiment.score, 0);
      assert.strictEqual(sentiment.comparative, 0);
      assert.deepStrictEqual(sentiment.positive, []);
      assert.deepStrictEqual(sentiment.negative, []);
      for (const s of sentiment.sentences) {
        assert.ok(!Number.isNaN(s.comparative));
      }
    }
  });

  it('does not score a listed word inside a capitalised name', () => {
    assert.strictEqual(score('Delegates from the United Nations and Great Britain arrived in Port Edda.').sentiment.score, 0);
    assert.strictEqual(score('The two towns are united and great.').sentiment.score, 1 + 3);
  });

  it('scores a title-case headline even though every word is capitalised', () => {
    assert.ok(score('Brave Crews Rescue Stranded Families In Port Edda').sentiment.score > 0);
  });

  it('scores a hyphenated compound only when AFINN lists it whole', () => {
    const { sentiment } = score('The well-being of the town comes first, said the anti-war group.');
    assert.deepStrictEqual(
      sentiment.sentences[0]!.words.map((w) => [w.text, w.weight]),
      [['well-being', 2]]
    );
  });

  it('reports the AFINN weight of a word for hovers', () => {
    assert.strictEqual(wordWeight('Good'), 3);
    assert.strictEqual(wordWeight('disaster'), -2);
    assert.strictEqual(wordWeight('well-being'), 2);
    assert.strictEqual(wordWeight('Port'), undefined);
    assert.strictEqual(wordWeight(''), undefined);
  });

  it('states the limits of the method in one sentence', () => {
    assert.match(sentimentLimits(), /word list/);
    assert.match(sentimentLimits(), /sarcasm/);
    assert.match(sentimentLimits(), /quotes/);
    assert.match(sentimentLimits(), /English/);
  });
});
