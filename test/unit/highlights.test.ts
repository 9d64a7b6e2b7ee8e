import * as assert from 'assert';
import type { FramingCategory, Side } from '../../src/core/types';
import { highlights, highlightsAt, type Highlight, type HighlightOptions } from '../../src/core/views/highlights';
import { TEXT_A, TEXT_B, at, viewsReport } from './helpers/viewsReport';

const ALL: HighlightOptions = {
  categories: new Set<FramingCategory>(['place-name', 'reporting-verb', 'event-label', 'actor-label', 'territory', 'hedge', 'emotive']),
  wordDifferences: true,
  oneSidedContent: true,
  spellingVariants: true,
};

/** "kind: text" for every highlight of one side, in order. */
function marks(list: readonly Highlight[], side: Side): string[] {
  const text = side === 'a' ? TEXT_A : TEXT_B;
  return list.map((h) => `${h.kind}: ${text.slice(h.start, h.end)}`);
}

describe('highlights', () => {
  it('marks one-sided sentences whole, moved sentences on both sides, and only the changed words of reworded ones', () => {
    const result = highlights(viewsReport(), ALL);
    assert.deepStrictEqual(marks(result.a, 'a'), [
      'wordReplaced: Lvov',
      'framing:place-name: Lvov',
      'wordReplaced: claimed',
      'framing:reporting-verb: claimed',
      'onlyInA: Nobody was hurt.',
      'moved: Firefighters came fast.',
      'spelling: defense',
    ]);
    assert.deepStrictEqual(marks(result.b, 'b'), [
      'moved: Firefighters came fast.',
      'wordReplaced: Lviv',
      'framing:place-name: Lviv',
      'wordReplaced: said',
      'framing:reporting-verb: said',
      'onlyInB: Traffic was diverted.',
      'spelling: defence',
    ]);
  });

  it('shows a replaced word that is only a spelling variant as a quiet spelling mark, not a replacement', () => {
    const result = highlights(viewsReport(), ALL);
    const defense = at(TEXT_A, 'defense');
    const there = highlightsAt(result.a, defense.start).map((h) => h.kind);
    assert.deepStrictEqual(there, ['spelling']);
  });

  it('paints only explained changes in a loosely corresponding pair (regression: walls of colour on loose matches)', () => {
    const base = viewsReport();
    const loose = viewsReport({
      pairs: base.pairs.map((p) => ({ ...p, similarity: 0.3 })),
      changes: base.changes.filter((c) => c.a.text !== 'Lvov'),
    });
    const kinds = marks(highlights(loose, ALL).a, 'a');
    assert.ok(!kinds.includes('wordReplaced: Lvov'), 'an unexplained replacement in a loose pair is not painted');
    assert.ok(kinds.includes('wordReplaced: claimed'), 'a replacement the engine explains still is');
    assert.ok(kinds.includes('framing:place-name: Lvov'), 'framing terms do not depend on the pair');
  });

  it('draws nothing the settings switch off', () => {
    const report = viewsReport();
    const none = highlights(report, { categories: new Set(), wordDifferences: false, oneSidedContent: false, spellingVariants: false });
    assert.deepStrictEqual([none.a.length, none.b.length], [0, 0]);
    const verbsOnly = highlights(report, { ...ALL, categories: new Set<FramingCategory>(['reporting-verb']) });
    assert.ok(!verbsOnly.a.some((h) => h.kind === 'framing:place-name'));
    assert.ok(verbsOnly.a.some((h) => h.kind === 'framing:reporting-verb'));
    const noWords = highlights(report, { ...ALL, wordDifferences: false });
    assert.ok(!noWords.a.some((h) => h.kind.startsWith('word')));
    assert.ok(noWords.a.some((h) => h.kind === 'spelling'), 'spelling variants have their own switch');
  });

  it('marks only the framing variants the other article does not use', () => {
    const base = viewsReport();
    const [place, verbs] = base.framing;
    const saidInA = { ...at(TEXT_A, 'mayor'), text: 'mayor', variantId: 'said' };
    const report = viewsReport({
      framing: [place!, { ...verbs!, a: [...verbs!.a, saidInA], variantsA: ['claimed', 'said'] }],
    });
    const verbMarks = highlights(report, ALL).a.filter((h) => h.kind === 'framing:reporting-verb');
    assert.deepStrictEqual(verbMarks.map((h) => TEXT_A.slice(h.start, h.end)), ['claimed']);
    const bVerbs = highlights(report, ALL).b.filter((h) => h.kind === 'framing:reporting-verb');
    assert.deepStrictEqual(bVerbs, [], '"said" is used by both articles, so B has no distinctive verb');
  });

  it('leaves sets without a contrast unmarked', () => {
    const report = viewsReport({ framing: viewsReport().framing.map((f) => ({ ...f, contrast: false })) });
    assert.ok(!highlights(report, ALL).a.some((h) => h.kind.startsWith('framing:')));
  });

  it('keeps every highlight on non-blank text and points it at the report record it comes from', () => {
    const report = viewsReport();
    const result = highlights(report, ALL);
    for (const [side, text] of [['a', TEXT_A], ['b', TEXT_B]] as const) {
      for (const h of result[side]) {
        const slice = text.slice(h.start, h.end);
        assert.strictEqual(slice, slice.trim());
        assert.ok(slice.length > 0);
        const s = h.source;
        const records: unknown[] = [...report.pairs, ...report.framing, ...report.onlyInA, ...report.onlyInB, ...report.changes, ...report.loaded.a, ...report.loaded.b, ...report.excluded.a, ...report.excluded.b];
        const record =
          s.type === 'onlyIn' ? s.sentence
          : s.type === 'moved' || s.type === 'wordDiff' ? s.pair
          : s.type === 'framing' ? s.entry
          : s.type === 'nameVariant' ? s.change
          : s.type === 'loaded' ? s.term
          : s.type === 'spelling' ? s.entry ?? s.change
          : s.type === 'leftOut' ? s.run
          : s.row;
        assert.ok(records.includes(record), `${h.kind} at ${h.start} has no report record`);
      }
    }
  });

  it('finds the highlights under a character, and those touching it only when asked', () => {
    const list = highlights(viewsReport(), ALL).a;
    const lvov = at(TEXT_A, 'Lvov');
    assert.deepStrictEqual(highlightsAt(list, lvov.start).map((h) => h.kind), ['wordReplaced', 'framing:place-name']);
    assert.deepStrictEqual(highlightsAt(list, lvov.end), []);
    assert.strictEqual(highlightsAt(list, lvov.end, true).length, 2);
    assert.deepStrictEqual(highlightsAt(list, at(TEXT_A, 'hits').start), []);
  });

  it('shows a name spelled two ways across the articles as a place-name term', () => {
    const report = viewsReport({
      framing: [],
      changes: [{ kind: 'substitution', category: 'transliteration', a: at(TEXT_A, 'Lvov'), b: at(TEXT_B, 'Lviv'), toneDelta: 0, salience: 6 }],
    });
    const result = highlights(report, ALL);
    assert.ok(result.a.some((h) => h.kind === 'framing:place-name' && h.source.type === 'nameVariant'));
    assert.ok(result.b.some((h) => h.kind === 'framing:place-name' && h.source.type === 'nameVariant'));
  });
});
