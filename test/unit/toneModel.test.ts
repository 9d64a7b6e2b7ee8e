import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { compareCollection } from '../../src/core/collection/compareCollection';
import { pairReportOf } from '../../src/core/collection/pairReport';
import type { ArticleSentiment, CollectionReport, Report, SentenceRef, SentimentDriver } from '../../src/core/types';
import type { ToneArticle } from '../../src/core/views/toneModel';
import { collectionToneModel, MAX_DRIVERS, PREVIEW_LENGTH, preview, toneModelFor, toneModelOf } from '../../src/core/views/toneModel';

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
    headline: title,
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
    excluded: { a: [], b: [] },
    notices: [],
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
    const model = toneModelOf(base, { comparisonId: 4, revision: 2 });
    assert.strictEqual(model.comparisonId, 4);
    assert.strictEqual(model.revision, 2);
    assert.strictEqual(model.enabled, true);
    assert.strictEqual(model.articles.length, 2);
    const [a, b] = model.articles as [ToneArticle, ToneArticle];
    assert.deepStrictEqual([a.label, a.article, a.focus, a.title, a.score, a.sentences.length], ['A', 0, true, 'harbour-gazette.txt', 4, 3]);
    assert.deepStrictEqual([b.label, b.article, b.focus, b.title, b.score, b.sentences.length], ['B', 1, false, 'continental-wire.txt', -8, 2]);
    assert.strictEqual(b.comparative, Math.round((-8 / 37) * 10000) / 10000);
  });

  it('gives every sentence its offsets, score and a preview of its text', () => {
    const model = toneModelOf(base);
    const [sentence] = model.articles[1]!.sentences.slice(1);
    assert.deepStrictEqual(sentence, {
      start: base.sentences.b[1]!.start,
      end: base.sentences.b[1]!.end,
      score: -5,
      preview: 'Residents were terrified and angry.',
    });
  });

  it('scales both strips by the strongest sentence of either article', () => {
    assert.strictEqual(toneModelOf(base).scale, 5);
    const flat = report({ a: ['One.'], b: ['Two.'], scoresA: [0], scoresB: [0] });
    assert.strictEqual(toneModelOf(flat).scale, 1);
  });

  it('lists the driving words with weights and counts, split by sign and capped', () => {
    const many = Array.from({ length: MAX_DRIVERS + 3 }, (_, i) => ({ word: `bad${i}`, weight: -2, count: 1 }));
    const model = toneModelOf(report({ a: ['x.'], b: ['y.'], scoresA: [0], scoresB: [0], drivers: [{ word: 'praised', weight: 3, count: 2 }, ...many] }));
    assert.deepStrictEqual(model.articles[0]!.positive, [{ word: 'praised', weight: 3, count: 2 }]);
    assert.strictEqual(model.articles[0]!.negative.length, MAX_DRIVERS);
    assert.deepStrictEqual(model.articles[0]!.negative[0], { word: 'bad0', weight: -2, count: 1 });
  });

  it('keeps actors’ mentions and scores and the tone gap whose parts add up to the total', () => {
    const model = toneModelOf(base);
    assert.deepStrictEqual(model.actors, [{ actor: 'Odesa', tones: [{ mentions: 2, score: -3 }, { mentions: 0, score: 0 }] }]);
    assert.strictEqual(model.gaps.length, 1);
    const [gap] = model.gaps;
    assert.deepStrictEqual([gap!.a, gap!.b, gap!.total], [0, 1, -12]);
    assert.strictEqual(gap!.fromWording + gap!.fromOneSidedContent, gap!.total);
    assert.match(model.limits, /AFINN/);
  });

  it('names the compared documents the sides stand for, so a reveal reaches the right one after a focus switch', () => {
    const model = toneModelOf(base, { articles: [1, 0] });
    assert.deepStrictEqual(
      model.articles.map((a) => [a.article, a.label, a.focus]),
      [
        [1, 'A', true],
        [0, 'B', false],
      ]
    );
    const live = toneModelFor({ report: base, focus: 1, partner: 0 }, { comparisonId: 3 });
    assert.deepStrictEqual(live, { ...model, comparisonId: 3 });
  });

  it('marks tone as switched off when the report says so, or when told', () => {
    const off = report({ a: ['x.'], b: ['y.'], scoresA: [0], scoresB: [0], limits: 'Tone analysis is switched off.' });
    assert.strictEqual(toneModelOf(off).enabled, false);
    assert.strictEqual(toneModelOf(base, { enabled: false }).enabled, false);
  });

  it('stays small for long articles: previews, not whole sentences or scored words', () => {
    const long = 'word '.repeat(400).trim() + '.';
    const sentences = Array.from({ length: 800 }, () => long);
    const big = report({ a: sentences, b: sentences, scoresA: sentences.map(() => -1), scoresB: sentences.map(() => 1) });
    const model = toneModelOf(big);
    assert.strictEqual(model.articles[0]!.sentences.length, 800);
    const size = JSON.stringify(model).length;
    assert.ok(size < 250_000, `model is ${size} characters`);
    assert.ok(size * 10 < JSON.stringify(big).length, 'model is not much smaller than the report');
  });
});

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/collection');
/** The dam breach told four ways; "daily" spells the city Odessa, the others Odesa. */
const OUTLETS = ['wire', 'daily', 'gazette', 'herald'] as const;
const outletInputs = OUTLETS.map((name) => ({ text: fs.readFileSync(path.join(FIXTURES, `${name}.txt`), 'utf8'), path: `/news/${name}.txt` }));

describe('the Tone panel model of a collection', () => {
  const collection = compareCollection(outletInputs);
  const model = collectionToneModel(collection, { comparisonId: 7, revision: 1 });
  const comparisonOf = (k: number) => collection.comparisons.find((c) => c.b === k)!;

  it('gives every outlet a card and a strip, in order, named by its letter and headline', () => {
    assert.deepStrictEqual([model.comparisonId, model.revision, model.enabled], [7, 1, true]);
    assert.deepStrictEqual(
      model.articles.map((a) => [a.article, a.label, a.title, a.focus]),
      [
        [0, 'A', 'Dam breach floods villages near Odesa', true],
        [1, 'B', 'Villages flooded after dam fails near Odessa', false],
        [2, 'C', 'Six villages under water after Dniester dam breach', false],
        [3, 'D', 'Farmers count losses as dam breach floods Odesa villages', false],
      ]
    );
    for (const article of model.articles) {
      assert.ok(!/\.txt$/.test(article.title), `${article.label} is named by its file: ${article.title}`);
    }
  });

  it('takes each outlet’s tone from its comparison with the focus, and the focus’s from the first', () => {
    model.articles.forEach((article, k) => {
      const summary = collection.articles[k]!;
      assert.strictEqual(article.score, summary.sentiment.score, summary.label);
      assert.strictEqual(article.sentences.length, summary.sentences, summary.label);
      assert.strictEqual(article.words, summary.words, summary.label);
      assert.strictEqual(article.score, article.sentences.reduce((sum, s) => sum + s.score, 0), summary.label);
    });
    const first = collection.comparisons[0]!;
    assert.deepStrictEqual(model.articles[0]!.negative, first.sentiment.a.negative.slice(0, MAX_DRIVERS).map(({ word, weight, count }) => ({ word, weight, count })));
    const herald = comparisonOf(3);
    assert.deepStrictEqual(
      model.articles[3]!.sentences.map((s) => [s.start, s.end]),
      herald.sentiment.b.sentences.map((s) => [s.start, s.end])
    );
    assert.ok(outletInputs[3]!.text.slice(model.articles[3]!.sentences[1]!.start).startsWith(model.articles[3]!.sentences[1]!.preview.replace(/…$/, '')));
  });

  it('draws every strip on one scale: the strongest sentence of any outlet', () => {
    const strongest = Math.max(1, ...model.articles.flatMap((a) => a.sentences.map((s) => Math.abs(s.score))));
    assert.strictEqual(model.scale, strongest);
    const own = Math.max(1, ...model.articles[2]!.sentences.map((s) => Math.abs(s.score)));
    assert.ok(own < model.scale, 'the gazette’s own strongest sentence would have drawn it on its own scale');
  });

  it('lists the actors with one column per outlet, each from that outlet’s comparison with the focus', () => {
    for (const actor of model.actors) {
      assert.strictEqual(actor.tones.length, 4, actor.actor);
    }
    const dniester = model.actors.find((a) => a.actor === 'Dniester');
    assert.ok(dniester, `actors: ${model.actors.map((a) => a.actor).join(', ')}`);
    for (const k of [1, 2, 3]) {
      const listed = comparisonOf(k).sentiment.actors.find((a) => a.actor === 'Dniester')!;
      assert.deepStrictEqual(dniester.tones[k], { mentions: listed.b.mentions, score: listed.b.score });
      assert.deepStrictEqual(dniester.tones[0], { mentions: listed.a.mentions, score: listed.a.score });
    }
  });

  it('merges an actor one outlet spells differently into one row named by both spellings', () => {
    assert.ok(comparisonOf(1).sentiment.actors.some((a) => a.actor === 'Odesa / Odessa'), 'the pair with "daily" names the city both ways');
    const rows = model.actors.filter((a) => /Odess?a/.test(a.actor));
    assert.deepStrictEqual(
      rows.map((a) => a.actor),
      ['Odesa / Odessa']
    );
    assert.ok(rows[0]!.tones.every((t) => t !== null && t.mentions > 0), JSON.stringify(rows[0]!.tones));
    assert.strictEqual(model.actors[0]!.actor, 'Odesa / Odessa', 'the actor every outlet mentions most comes first');
  });

  it('leaves a cell empty (null, not zero) where an outlet’s comparison does not list the actor', () => {
    const trimmed: CollectionReport = {
      ...collection,
      comparisons: collection.comparisons.map((c) =>
        c.b === 2 ? { ...c, sentiment: { ...c.sentiment, actors: c.sentiment.actors.filter((a) => a.actor !== 'Dniester') } } : c
      ),
    };
    const dniester = collectionToneModel(trimmed).actors.find((a) => a.actor === 'Dniester')!;
    assert.strictEqual(dniester.tones[2], null);
    assert.notStrictEqual(dniester.tones[3], null);
  });

  it('gives the tone gap of the focus with each other outlet, whose parts add up', () => {
    assert.deepStrictEqual(
      model.gaps.map((g) => [g.a, g.b]),
      [
        [0, 1],
        [0, 2],
        [0, 3],
      ]
    );
    for (const gap of model.gaps) {
      assert.strictEqual(gap.total, model.articles[gap.b]!.score - model.articles[gap.a]!.score);
      assert.strictEqual(gap.fromWording + gap.fromOneSidedContent, gap.total);
    }
  });

  it('keeps the articles in order and marks another focus when one is chosen', () => {
    const focused = collectionToneModel(compareCollection(outletInputs, { focus: 2 }));
    assert.deepStrictEqual(
      focused.articles.map((a) => [a.article, a.label, a.focus]),
      [
        [0, 'A', false],
        [1, 'B', false],
        [2, 'C', true],
        [3, 'D', false],
      ]
    );
    assert.deepStrictEqual(
      focused.gaps.map((g) => [g.a, g.b]),
      [
        [2, 0],
        [2, 1],
        [2, 3],
      ]
    );
    assert.strictEqual(focused.scale, model.scale);
    assert.deepStrictEqual(
      focused.articles.map((a) => a.score),
      model.articles.map((a) => a.score)
    );
  });

  it('names outlets by the names the user gave them', () => {
    const named = collectionToneModel(compareCollection(outletInputs.map((input, k) => ({ ...input, title: `Outlet <${k}>` }))));
    assert.deepStrictEqual(
      named.articles.map((a) => a.title),
      ['Outlet <0>', 'Outlet <1>', 'Outlet <2>', 'Outlet <3>']
    );
  });

  it('is what the live comparison shows with three or more articles; a pair stays a pair', () => {
    const pair = pairReportOf(collection, collection.comparisons[0]!);
    assert.deepStrictEqual(toneModelFor({ report: pair, collection, focus: 0, partner: 1 }, { comparisonId: 7, revision: 1 }), model);
    const two = toneModelFor({ report: pair, focus: 0, partner: 1 });
    assert.deepStrictEqual(
      two.articles.map((a) => [a.label, a.title]),
      [
        ['A', model.articles[0]!.title],
        ['B', model.articles[1]!.title],
      ]
    );
  });

  it('stays small: about the size of the pair models of its comparisons', () => {
    const size = JSON.stringify(model).length;
    const pairs = collection.comparisons.reduce((sum, c) => sum + JSON.stringify(toneModelOf(pairReportOf(collection, c))).length, 0);
    assert.ok(size < pairs, `${size} ≥ ${pairs}`);
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
