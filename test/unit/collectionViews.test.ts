import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { compareCollection } from '../../src/core/collection/compareCollection';
import { articleView } from '../../src/core/views/articleView';
import { collectionHighlights } from '../../src/core/views/collectionHighlights';
import { highlights, highlightsAt, type HighlightOptions } from '../../src/core/views/highlights';
import { hoverMarkdown } from '../../src/core/views/hoverText';
import { collectionStatusSummary, variantLines } from '../../src/core/views/status';
import type { FramingCategory } from '../../src/core/types';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/collection');
const text = (name: string) => fs.readFileSync(path.join(FIXTURES, `${name}.txt`), 'utf8');
const OPTIONS: HighlightOptions = {
  categories: new Set<FramingCategory>(['place-name', 'reporting-verb', 'event-label', 'actor-label', 'territory', 'hedge', 'emotive', 'agency', 'distancing']),
  wordDifferences: true,
  oneSidedContent: true,
  spellingVariants: true,
};
const COMMANDS = { revealCounterpart: 'framingLens.revealCounterpart', openReport: 'framingLens.openReport', revealInArticle: 'framingLens.revealInArticle' };

describe('collection views', () => {
  const texts = [text('wire'), text('daily'), text('gazette')];
  const collection = compareCollection(texts.map((t, k) => ({ text: t, path: `${k}.txt` })));
  const live = { focus: 0, partner: 1, report: {} as never, collection };

  it('draws every other article as side B of its comparison with the focus', () => {
    const view = articleView(live, 2)!;
    assert.strictEqual(view.side, 'b');
    assert.strictEqual(view.report.articles[1].title, 'Six villages under water after Dniester dam breach');
    assert.strictEqual(articleView(live, 7), undefined);
  });

  it('marks a word that agrees with the focus but not with another outlet', () => {
    const view = articleView(live, 2)!;
    const list = collectionHighlights(collection, 2, highlights(view.report, OPTIONS)[view.side], OPTIONS);
    const places = list.filter((h) => h.kind === 'framing:place-name').map((h) => texts[2]!.slice(h.start, h.end));
    assert.deepStrictEqual(places, ['Odesa']);
    const sorted = [...list].sort((x, y) => x.start - y.start || y.end - x.end);
    assert.deepStrictEqual(list, sorted);
  });

  it('lists in the hover how each outlet words it, with a link that selects that outlet’s word', () => {
    const view = articleView(live, 2)!;
    const list = collectionHighlights(collection, 2, highlights(view.report, OPTIONS)[view.side], OPTIONS);
    const at = texts[2]!.indexOf('Odesa');
    const markdown = hoverMarkdown({ report: view.report, side: view.side, hits: highlightsAt(list, at + 1), commands: COMMANDS, collection, article: 2 });
    const lines = markdown.split('\n').filter((l) => /^\*\*[ABC]\*\*/.test(l));
    assert.strictEqual(lines.length, 3);
    assert.match(lines[0]!, /^\*\*C\*\* \(this article\): \*Odesa\*/);
    assert.match(lines[2]!, /^\*\*B\*\* · Villages flooded after dam fails near Odessa: \*Odessa\* ×2 · \[Reveal\]/);
    const arg = JSON.parse(decodeURIComponent(/revealInArticle\?([^ )]+)/.exec(lines[2]!)![1]!)) as [{ article: number; start: number; end: number }];
    assert.strictEqual(texts[1]!.slice(arg[0].start, arg[0].end), 'Odessa');
  });

  it('escapes an outlet title that carries Markdown', () => {
    const hostile = compareCollection([
      { text: texts[0]!, path: 'a.txt' },
      { text: texts[1]!, path: 'b.txt', title: '[click](command:evil) *bold*' },
      { text: texts[2]!, path: 'c.txt' },
    ]);
    const view = articleView({ ...live, collection: hostile }, 2)!;
    const list = collectionHighlights(hostile, 2, highlights(view.report, OPTIONS)[view.side], OPTIONS);
    const markdown = hoverMarkdown({ report: view.report, side: view.side, hits: highlightsAt(list, texts[2]!.indexOf('Odesa') + 1), commands: COMMANDS, collection: hostile, article: 2 });
    assert.ok(!markdown.includes('](command:evil)'), markdown);
    assert.ok(markdown.includes('\\[click\\]'));
  });

  it('sums up the collection for the status bar', () => {
    assert.strictEqual(collectionStatusSummary(collection), 'Framing: 3 outlets · 1 contrast · 1 fact not in all · focus A');
    assert.deepStrictEqual(variantLines(collection), ['odesa: A, C · odessa: B']);
  });
});
