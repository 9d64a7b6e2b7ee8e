import * as assert from 'assert';
import { compareArticles } from '../../src/core/compare';
import { renderReport } from '../../src/core/render';
import { spelledApart } from '../../src/core/render/labels';
import type { FramingCategory } from '../../src/core/types';
import { highlights } from '../../src/core/views/highlights';

const OPTIONS = {
  categories: new Set<FramingCategory>(['place-name']),
  wordDifferences: false,
  oneSidedContent: false,
  spellingVariants: true,
};

describe('spelling variants listed only where the articles spell differently', () => {
  const a = 'The defense ministry said the organizations had met. The defense minister flew home.';
  const alike = 'The defense ministry said the talks had ended. Officials met on Monday.';
  const apart = 'The defence ministry said the talks had ended. Officials met on Monday.';

  it('does not list a word both spell alike, or one only one article uses', () => {
    const report = compareArticles({ text: a }, { text: alike });
    // Not even in the JSON: "defense" in both articles is no spelling variant.
    assert.deepStrictEqual(report.spelling, []);
    assert.deepStrictEqual(spelledApart(report), []);
    assert.ok(!/Spelling variants \(not counted/.test(renderReport(report, 'markdown')));
    assert.match(renderReport(report, 'markdown'), /spelling variants: 0/);
    const marks = highlights(report, OPTIONS);
    assert.deepStrictEqual([...marks.a, ...marks.b].filter((h) => h.kind === 'spelling'), [], 'nothing marked as a spelling variant');
  });

  it('lists and marks a word the two spell differently', () => {
    const report = compareArticles({ text: a }, { text: apart });
    assert.deepStrictEqual(spelledApart(report).map((f) => f.setId), ['defense-defence']);
    assert.match(renderReport(report, 'markdown'), /Spelling variants \(not counted as framing\): defense ×2 \/ defence\./);
    const marks = highlights(report, OPTIONS);
    assert.deepStrictEqual(marks.b.filter((h) => h.kind === 'spelling').map((h) => apart.slice(h.start, h.end)), ['defence']);
  });
});
