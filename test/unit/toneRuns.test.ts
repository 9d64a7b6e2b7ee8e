import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { largePair } from '../../bench/largePair';
import { compareArticles } from '../../src/core/compare';
import { MAX_BARS, sentenceCount, toneModelOf } from '../../src/core/views/toneModel';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');

describe('tone model of a long article', function () {
  this.timeout(60_000);
  it('gives a long article at most MAX_BARS bars, each a run of consecutive sentences with their span and mean score', () => {
    const { a, b } = largePair(250_000, FIXTURES);
    const report = compareArticles({ text: a }, { text: b });
    const sentences = report.sentiment.a.sentences;
    assert.ok(sentences.length > MAX_BARS, `${sentences.length} sentences`);
    const model = toneModelOf(report);
    const article = model.articles[0]!;
    assert.ok(article.sentences.length <= MAX_BARS);
    assert.equal(sentenceCount(article), sentences.length);
    let next = 0;
    for (const bar of article.sentences) {
      assert.ok(bar.run, 'every bar of a long article is a run');
      assert.equal(bar.run.first, next);
      const run = sentences.slice(bar.run.first, bar.run.first + bar.run.count);
      assert.equal(bar.start, run[0]!.start);
      assert.equal(bar.end, run.at(-1)!.end);
      assert.equal(bar.score, Math.round((run.reduce((sum, s) => sum + s.score, 0) / run.length) * 10) / 10);
      next += bar.run.count;
    }
    assert.equal(next, sentences.length, 'the runs cover every sentence once');
    assert.ok(model.scale >= 1);
  });

  it('keeps one bar per sentence, without runs, for an article of MAX_BARS sentences or fewer', () => {
    const report = compareArticles({ text: 'Residents were terrified and angry. The council met.' }, { text: 'The council met. Residents were calm.' });
    const article = toneModelOf(report).articles[0]!;
    assert.equal(article.sentences.length, report.sentiment.a.sentences.length);
    assert.equal(article.sentenceCount, undefined);
    assert.ok(article.sentences.every((s) => s.run === undefined));
  });
});
