import * as assert from 'assert';
import type { ArticleSentiment, Report, SentenceRef, SentimentDriver } from '../../src/core/types';
import { MAX_DRIVERS, PREVIEW_LENGTH, preview, toToneModel } from '../../src/core/views/toneModel';

/** Sentences of an article as the report lists them, with their offsets in `text`. */
function refs(sentences: readonly string[]): { text: string; refs: SentenceRef[] } {
  let text = '';
  const out: SentenceRef[] = [];
  sentences.forEach((sentence, index) => {
    if (index > 0) {
      text += ' ';
    }
    out.push({ sentence: index, start: text.length, end: text.length + sentence.length, text: sentence });
    text += sentence;
  });
  return { text, refs: out };
}

function tone(sentences: readonly SentenceRef[], scores: readonly number[], drivers: SentimentDriver[] = []): ArticleSentiment {
  const score = scores.reduce((sum, s) => sum + s, 0);
  return {
    score,
    comparative: score / 37,
    positive: drivers.filter((d) => d.weight > 0),
    negative: drivers.filter((d) => d.weight < 0),
    sentences: sentences.map((s, i) => ({ sentence: i, start: s.start, end: s.end, score: scores[i]!, comparative: 0, words: [] })),
  };
}

function report(options: { a: string[]; b: string[]; scoresA: number[]; scoresB: number[]; limits?: string; drivers?: SentimentDriver[] }): Report {
  const a = refs(options.a);
  const b = refs(options.b);
  const sa = tone(a.refs, options.scoresA, options.drivers);
  const sb = tone(b.refs, options.scoresB);
  const summary = (label: 'A' | 'B', title: string, s: ArticleSentiment, n: number) => ({
    label,
    path: `/tmp/${title}`,
    title,
    paragraphs: 1,
    sentences: n,
    words: 37,
    characters: 200,
    sentiment: { score: s.score, comparative: s.comparative },
  });
  return {
    schemaVersion: 1,
    articles: [summary('A', 'harbour-gazette.txt', sa, a.refs.length), summary('B', 'continental-wire.txt', sb, b.refs.length)],
    similarity: 0.5,
    alignment: { matched: 1, identical: 0, moved: 0, split: 0, merged: 0, onlyInA: 1, onlyInB: 1 },
    keyFindings: [],
    framing: [],
    changes: [],
    loaded: { a: [], b: [] },
    spelling: [],
    pairs: [],
    onlyInA: [],
    onlyInB: [],
    sentiment: {
      enabled: !/switched off/.test(options.limits ?? ""),
      a: sa,
      b: sb,
      actors: [
        { actor: 'Odesa', a: { mentions: 2, score: -3, comparative: -0.1 }, b: { mentions: 0, score: 0, comparative: 0 } },
      ],
      gap: { total: sb.score - sa.score, fromWording: -2, fromOneSidedContent: sb.score - sa.score + 2 },
      limits: options.limits ?? 'Tone is counted from a word list (AFINN-165), not read for meaning.',
    },
    quotes: { a: [], b: [], shared: [] },
    sentences: { a: a.refs, b: b.refs },
    warnings: [],
  };
}

describe('the Tone panel model', () => {
  const base = report({
    a: ['The port reopened on Tuesday.', 'Officials praised the calm response.', 'No one was hurt.'],
    b: ['The port was attacked overnight.', 'Residents were terrified and angry.'],
    scoresA: [0, 3, 1],
    scoresB: [-3, -5],
    drivers: [
      { word: 'praised', weight: 3, count: 1 },
      { word: 'hurt', weight: -2, count: 1 },
    ],
  });

  it('carries each article’s title, score, score per word and sentence count', () => {
    const model = toToneModel(base, { comparisonId: 4, revision: 2 });
    assert.strictEqual(model.comparisonId, 4);
    assert.strictEqual(model.revision, 2);
    assert.strictEqual(model.enabled, true);
    const [a, b] = model.articles;
    assert.deepStrictEqual([a.label, a.side, a.title, a.score, a.sentences.length], ['A', 'a', 'harbour-gazette.txt', 4, 3]);
    assert.deepStrictEqual([b.label, b.side, b.title, b.score, b.sentences.length], ['B', 'b', 'continental-wire.txt', -8, 2]);
    assert.strictEqual(b.comparative, Math.round((-8 / 37) * 10000) / 10000);
  });

  it('gives every sentence its offsets, score and a preview of its text', () => {
    const model = toToneModel(base);
    const [sentence] = model.articles[1].sentences.slice(1);
    assert.deepStrictEqual(sentence, {
      start: base.sentences.b[1]!.start,
      end: base.sentences.b[1]!.end,
      score: -5,
      preview: 'Residents were terrified and angry.',
    });
  });

  it('scales both strips by the strongest sentence of either article', () => {
    assert.strictEqual(toToneModel(base).scale, 5);
    const flat = report({ a: ['One.'], b: ['Two.'], scoresA: [0], scoresB: [0] });
    assert.strictEqual(toToneModel(flat).scale, 1);
  });

  it('lists the driving words with weights and counts, split by sign and capped', () => {
    const many = Array.from({ length: MAX_DRIVERS + 3 }, (_, i) => ({ word: `bad${i}`, weight: -2, count: 1 }));
    const model = toToneModel(report({ a: ['x.'], b: ['y.'], scoresA: [0], scoresB: [0], drivers: [{ word: 'praised', weight: 3, count: 2 }, ...many] }));
    assert.deepStrictEqual(model.articles[0].positive, [{ word: 'praised', weight: 3, count: 2 }]);
    assert.strictEqual(model.articles[0].negative.length, MAX_DRIVERS);
    assert.deepStrictEqual(model.articles[0].negative[0], { word: 'bad0', weight: -2, count: 1 });
  });

  it('keeps actors’ mentions and scores and the tone gap whose parts add up to the total', () => {
    const model = toToneModel(base);
    assert.deepStrictEqual(model.actors, [{ actor: 'Odesa', a: { mentions: 2, score: -3 }, b: { mentions: 0, score: 0 } }]);
    assert.strictEqual(model.gap.total, -12);
    assert.strictEqual(model.gap.fromWording + model.gap.fromOneSidedContent, model.gap.total);
    assert.match(model.limits, /AFINN/);
  });

  it('marks tone as switched off when the report says so, or when told', () => {
    const off = report({ a: ['x.'], b: ['y.'], scoresA: [0], scoresB: [0], limits: 'Tone analysis is switched off.' });
    assert.strictEqual(toToneModel(off).enabled, false);
    assert.strictEqual(toToneModel(base, { enabled: false }).enabled, false);
  });

  it('stays small for long articles: previews, not whole sentences or scored words', () => {
    const long = 'word '.repeat(400).trim() + '.';
    const sentences = Array.from({ length: 800 }, () => long);
    const big = report({ a: sentences, b: sentences, scoresA: sentences.map(() => -1), scoresB: sentences.map(() => 1) });
    const model = toToneModel(big);
    assert.strictEqual(model.articles[0].sentences.length, 800);
    const size = JSON.stringify(model).length;
    assert.ok(size < 250_000, `model is ${size} characters`);
    assert.ok(size * 10 < JSON.stringify(big).length, 'model is not much smaller than the report');
  });
});

describe('sentence previews', () => {
  it('keeps a short sentence whole, on one line', () => {
    assert.strictEqual(preview('The port\n  reopened.'), 'The port reopened.');
  });

  it('cuts a long sentence at a word boundary and marks the cut', () => {
    const text = 'The harbour authority said that the night-time strike damaged two cranes, a grain silo and part of the pier.';
    const cut = preview(text);
    assert.ok(cut.length <= PREVIEW_LENGTH + 1, cut);
    assert.ok(cut.endsWith('…'));
    assert.ok(text.startsWith(cut.slice(0, -1)), cut);
    assert.ok(!/[\s,]…$/.test(cut), cut);
  });

  it('never splits a surrogate pair when a single long word has to be cut', () => {
    const text = 'a'.repeat(PREVIEW_LENGTH - 1) + '😀' + 'b'.repeat(20);
    const cut = preview(text);
    assert.ok(!/[\ud800-\udbff]…$/.test(cut), 'ends in half an emoji');
  });
});
