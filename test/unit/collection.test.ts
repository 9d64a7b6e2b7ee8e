import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle } from '../../src/core/analysis/analyzeArticle';
import { Cancelled, compareAnalyses, compareCollection } from '../../src/core/collection/compareCollection';
import { articleLabel, headlineOf } from '../../src/core/collection/outletNames';
import { PairCache } from '../../src/core/collection/pairCache';
import { compareArticles } from '../../src/core/compare';
import { renderCollection } from '../../src/core/render';
import { alignSentences, DEFAULT_THRESHOLDS } from '../../src/core/align/alignSentences';
import { segment } from '../../src/core/text/segment';
import type { CollectionReport } from '../../src/core/types';

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'collection');
/** The same dam breach told four ways: Odessa in "daily", the engineers' warning left out of "gazette", paragraphs reordered in "herald". */
const NAMES = ['wire', 'daily', 'gazette', 'herald'] as const;
const texts = Object.fromEntries(NAMES.map((n) => [n, fs.readFileSync(path.join(FIXTURES, `${n}.txt`), 'utf8')])) as Record<(typeof NAMES)[number], string>;
const inputs = (names: readonly (typeof NAMES)[number][]) => names.map((n) => ({ text: texts[n], path: `${n}.txt` }));

/** Every record with `text`, `start` and `end` in `value`, with the path to it. */
function spansIn(value: unknown, where = ''): { span: { text: string; start: number; end: number; article?: number }; where: string }[] {
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const found = typeof record.text === 'string' && typeof record.start === 'number' && typeof record.end === 'number' ? [{ span: record as never, where }] : [];
  return [...found, ...Object.entries(record).flatMap(([key, child]) => spansIn(child, `${where}.${key}`))];
}

/** Every span of the collection report slices the article it belongs to. */
function assertCollectionOffsets(report: CollectionReport, articleTexts: readonly string[]): void {
  const { comparisons, ...collection } = report;
  const spans = spansIn(collection);
  assert.ok(spans.length > 20, `only ${spans.length} spans`);
  for (const { span, where } of spans) {
    assert.strictEqual(typeof span.article, 'number', `${where} has no article`);
    assert.strictEqual(articleTexts[span.article!]!.slice(span.start, span.end), span.text, `${where} ${span.start}-${span.end}`);
  }
  for (const comparison of comparisons) {
    const [a, b] = [articleTexts[comparison.a]!, articleTexts[comparison.b]!];
    for (const f of [...comparison.framing, ...comparison.spelling]) {
      f.a.forEach((o) => assert.strictEqual(a.slice(o.start, o.end), o.text));
      f.b.forEach((o) => assert.strictEqual(b.slice(o.start, o.end), o.text));
    }
    for (const c of comparison.changes) {
      assert.strictEqual(a.slice(c.a.start, c.a.end), c.a.text);
      assert.strictEqual(b.slice(c.b.start, c.b.end), c.b.text);
    }
    comparison.sentences.a.forEach((s) => assert.strictEqual(a.slice(s.start, s.end), s.text));
    comparison.sentences.b.forEach((s) => assert.strictEqual(b.slice(s.start, s.end), s.text));
    // Whatever else carries a span slices one of the pair's two articles.
    for (const { span, where } of spansIn(comparison)) {
      const slice = (t: string) => t.slice(span.start, span.end);
      assert.ok(slice(a) === span.text || slice(b) === span.text, `comparison ${comparison.a}-${comparison.b}${where}`);
    }
  }
}

describe('collection of articles', () => {
  describe('four outlets on one dam breach', () => {
    const report = compareCollection(inputs(NAMES));

    it('labels the articles A–D and names each outlet by its headline', () => {
      assert.deepStrictEqual(
        report.articles.map((a) => [a.label, a.title, a.path]),
        [
          ['A', 'Dam breach floods villages near Odesa', 'wire.txt'],
          ['B', 'Villages flooded after dam fails near Odessa', 'daily.txt'],
          ['C', 'Six villages under water after Dniester dam breach', 'gazette.txt'],
          ['D', 'Farmers count losses as dam breach floods Odesa villages', 'herald.txt'],
        ]
      );
      assert.strictEqual(report.schemaVersion, 2);
      assert.strictEqual(report.focus, 0);
    });

    it('puts the place-name contrast in the variant matrix, one column per outlet', () => {
      const row = report.framing.find((f) => f.setId === 'odesa-odessa');
      assert.ok(row, 'no Odesa/Odessa row');
      assert.strictEqual(row.contrast, true);
      assert.strictEqual(report.framing[0], row, 'the contrast leads the matrix');
      assert.deepStrictEqual(row.variants, [['odesa'], ['odessa'], ['odesa'], ['odesa']]);
      assert.deepStrictEqual(
        row.uses.map((uses) => uses.map((u) => u.text)),
        [['Odesa', 'Odesa'], ['Odessa', 'Odessa'], ['Odesa'], ['Odesa', 'Odesa']]
      );
      row.uses.forEach((uses, k) => uses.forEach((u) => assert.strictEqual(u.article, k)));
    });

    it('lists a set every outlet words alike without calling it a contrast', () => {
      const warned = report.framing.find((f) => f.setId === 'warning-verbs');
      if (warned) {
        assert.strictEqual(warned.contrast, false);
        assert.deepStrictEqual(warned.uses[2], [], 'the gazette never tells the warning');
      }
      assert.ok(report.framing.filter((f) => f.contrast).every((f) => f.setId === 'odesa-odessa'), 'no other contrast');
    });

    it('groups corresponding sentences into facts, and names the outlet that omits one', () => {
      const warning = report.coverage.find((g) => g.sentences.some((s) => s.text.startsWith('Engineers had warned')));
      assert.ok(warning);
      assert.deepStrictEqual(warning.articles, [0, 1, 3]);
      assert.deepStrictEqual(warning.missing, [2]);
      const others = report.coverage.filter((g) => g !== warning);
      assert.strictEqual(others.length, 6);
      others.forEach((g) => assert.deepStrictEqual(g.missing, [], g.sentences[0]!.text));
      assert.deepStrictEqual(report.unshared, [[], [], [], []]);
    });

    it('finds the reordered paragraphs of one outlet and keeps the focus article’s order', () => {
      const herald = report.coverage.map((g) => g.sentences.find((s) => s.article === 3)?.sentence);
      assert.deepStrictEqual(herald, [0, 3, 5, 4, 6, 2, 1]);
      const wire = report.coverage.map((g) => g.sentences.find((s) => s.article === 0)?.sentence);
      assert.deepStrictEqual(wire, [0, 1, 2, 3, 4, 5, 6]);
    });

    it('has a symmetric similarity matrix with ones on the diagonal', () => {
      const n = report.articles.length;
      assert.strictEqual(report.similarity.length, n);
      for (let i = 0; i < n; i++) {
        assert.strictEqual(report.similarity[i]![i], 1);
        for (let j = 0; j < n; j++) {
          const value = report.similarity[i]![j]!;
          assert.ok(value >= 0 && value <= 1);
          assert.strictEqual(value, report.similarity[j]![i]);
        }
      }
      // The outlet that leaves a fact out is the least like the others.
      assert.ok(report.similarity[0]![2]! < report.similarity[0]![3]!);
      report.comparisons.forEach((c) => assert.strictEqual(c.similarity, report.similarity[c.a]![c.b]));
    });

    it('compares the focus with every other outlet in full, as the pair report does', () => {
      assert.deepStrictEqual(
        report.comparisons.map((c) => [c.a, c.b]),
        [
          [0, 1],
          [0, 2],
          [0, 3],
        ]
      );
      const { schemaVersion, articles, excluded: _excluded, ...pair } = compareArticles({ text: texts.wire, path: 'wire.txt' }, { text: texts.daily, path: 'daily.txt' });
      assert.strictEqual(schemaVersion, 1);
      assert.strictEqual(articles.length, 2);
      assert.deepStrictEqual(report.comparisons[0], { a: 0, b: 1, ...pair });
      const spelled = report.comparisons[0]!.changes.map((c) => `${c.a.text}→${c.b.text}`);
      assert.ok(spelled.includes('Odesa→Odessa'), spelled.join(', '));
    });

    it('gives every span the article it slices', () => {
      assertCollectionOffsets(report, NAMES.map((n) => texts[n]));
    });
  });

  describe('three outlets', () => {
    it('compares the chosen focus with the two others', () => {
      const report = compareCollection(inputs(['wire', 'daily', 'gazette']), { focus: 1 });
      assert.strictEqual(report.focus, 1);
      assert.deepStrictEqual(
        report.comparisons.map((c) => [c.a, c.b]),
        [
          [1, 0],
          [1, 2],
        ]
      );
      const row = report.framing.find((f) => f.setId === 'odesa-odessa')!;
      assert.deepStrictEqual(row.variants, [['odesa'], ['odessa'], ['odesa']]);
      assertCollectionOffsets(report, [texts.wire, texts.daily, texts.gazette]);
    });

    it('lists the sentences only one outlet carries', () => {
      const extra = `${texts.gazette}\nA second dam upstream at Mayaky is being inspected by military divers tonight.\n`;
      const report = compareCollection([...inputs(['wire', 'daily']), { text: extra, path: 'gazette.txt' }]);
      assert.deepStrictEqual(
        report.unshared.map((u) => u.map((s) => s.text)),
        [[], [], ['A second dam upstream at Mayaky is being inspected by military divers tonight.']]
      );
      assert.strictEqual(report.unshared[2]![0]!.article, 2);
    });
  });

  describe('work per article', () => {
    it('recomputes only the pairs of the article that changed', () => {
      const cache = new PairCache();
      const analyses = NAMES.map((n) => analyzeArticle({ text: texts[n], path: `${n}.txt` }));
      compareAnalyses(analyses, { cache });
      assert.deepStrictEqual(cache.counts, { alignments: 6, reports: 3 });
      compareAnalyses(analyses, { cache });
      assert.deepStrictEqual(cache.counts, { alignments: 6, reports: 3 }, 'nothing changed, nothing recomputed');
      const edited = [...analyses];
      edited[2] = analyzeArticle({ text: texts.gazette.replace('Boats carried', 'Small boats carried'), path: 'gazette.txt' });
      const report = compareAnalyses(edited, { cache });
      assert.deepStrictEqual(cache.counts, { alignments: 9, reports: 4 }, 'the three pairs of C, one of them with the focus');
      assert.ok(report.coverage.some((g) => g.sentences.some((s) => s.text.startsWith('Small boats'))));
      compareAnalyses(edited, { cache, focus: 2 });
      // C's pairs with A and B now have C as side A, and its pair with D needs its word differences.
      assert.deepStrictEqual(cache.counts, { alignments: 12, reports: 7 }, 'a new focus aligns its pairs in detail');
    });

    it('stops between pairs when cancelled', () => {
      let asked = 0;
      assert.throws(
        () => compareCollection(inputs(NAMES), { isCancelled: () => ++asked > 2 }),
        (error: unknown) => error instanceof Cancelled
      );
      assert.strictEqual(asked, 3);
    });

    it('refuses fewer than two articles and a focus that is not one of them', () => {
      assert.throws(() => compareCollection(inputs(['wire'])), RangeError);
      assert.throws(() => compareCollection(inputs(['wire', 'daily', 'gazette']), { focus: 3 }), RangeError);
    });
  });

  describe('outlet names', () => {
    it('labels articles by letter, then by number past Z', () => {
      assert.deepStrictEqual([0, 1, 25, 26, 30].map(articleLabel), ['A', 'B', 'Z', 'A27', 'A31']);
    });

    it('takes the first line with words as the headline and shortens a long one at a word', () => {
      assert.strictEqual(headlineOf(segment('\n\n  Pakistan denies   supplying arms\n\nBody text here.')), 'Pakistan denies supplying arms');
      const long = headlineOf(segment(`${'word '.repeat(30)}end.`));
      assert.ok(long.length <= 72 && long.endsWith('word…'), long);
      assert.strictEqual(headlineOf(segment('  \n ')), '');
    });
  });

  describe('the shared articles', () => {
    const dir = process.env.FRAMING_LENS_ARTICLES ?? path.resolve(ROOT, '../shared/articles');
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() : [];

    it('says who writes Kiev and who Kyiv across five outlets', function () {
      if (files.length < 5) this.skip();
      const articleTexts = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
      const report = compareCollection(articleTexts.map((text, k) => ({ text, path: files[k] })));
      const row = report.framing.find((f) => f.setId === 'kyiv-kiev');
      assert.ok(row?.contrast);
      const kiev = row.variants.map((v, k) => (v.includes('kiev') ? k : -1)).filter((k) => k >= 0);
      const kyiv = row.variants.map((v, k) => (v.includes('kyiv') ? k : -1)).filter((k) => k >= 0);
      assert.ok(kiev.length > 0 && kyiv.length > 0 && !kiev.some((k) => kyiv.includes(k)));
      assertCollectionOffsets(report, articleTexts);
    });
  });
});

describe('collection notices', () => {
  const ROOT_DIR = path.resolve(__dirname, '../../..');
  const read = (n: string) => fs.readFileSync(path.join(ROOT_DIR, 'test', 'fixtures', 'collection', `${n}.txt`), 'utf8');

  it('says, as data, which article is not English and which pair shares nothing or is identical', () => {
    const report = compareCollection([
      { text: read('wire'), path: 'wire.txt' },
      { text: read('wire'), path: 'copy.txt' },
      { text: 'Правительство объявило новые меры поддержки для фермеров в пострадавших районах.', path: 'ru.txt' },
    ]);
    assert.deepStrictEqual(report.notices, [
      { code: 'not-english', article: 2 },
      { code: 'identical', articles: [0, 1] },
      { code: 'unrelated', articles: [0, 2] },
      { code: 'unrelated', articles: [1, 2] },
    ]);
    const markdown = renderCollection(report, 'markdown');
    assert.ok(markdown.includes('> **Note:** Article C is mostly not in English'), markdown.slice(0, 600));
    assert.ok(markdown.includes('> **Note:** Articles A and B are identical.'));
    const html = renderCollection(report, 'html');
    assert.ok(html.includes('<p class="fl-warning" role="note">No sentence of A corresponds to a sentence of C: they may not be about the same event.</p>'));
  });

  it('has no notice for outlets on one story', () => {
    assert.deepStrictEqual(compareCollection([{ text: read('wire') }, { text: read('daily') }, { text: read('gazette') }]).notices, []);
  });
});

describe('alignment without word differences', () => {
  it('pairs the same sentences, with the same kinds and similarities, only without diffs', () => {
    const dir = path.resolve(__dirname, '../../../test/fixtures/collection');
    const names = ['wire', 'daily', 'gazette', 'herald'];
    const docs = names.map((n) => segment(fs.readFileSync(path.join(dir, `${n}.txt`), 'utf8')));
    for (let i = 0; i < docs.length; i++) {
      for (let j = 0; j < docs.length; j++) {
        if (i === j) continue;
        const full = alignSentences(docs[i]!, docs[j]!);
        const outline = alignSentences(docs[i]!, docs[j]!, DEFAULT_THRESHOLDS, undefined, false);
        const shape = (a: typeof full) => ({ ...a, pairs: a.pairs.map(({ diffs: _diffs, ...pair }) => pair) });
        assert.deepStrictEqual(shape(outline), shape(full), `${names[i]} against ${names[j]}`);
        assert.ok(outline.pairs.every((p) => p.diffs.length === 0));
      }
    }
  });
});
