import * as assert from 'assert';
import { counterpartOf, noCounterpartMessage } from '../../src/core/views/counterpart';
import { TEXT_A, TEXT_B, at, viewsReport } from './helpers/viewsReport';

describe('counterpartOf', () => {
  const report = viewsReport();

  it('leads from a replaced word to its other side', () => {
    const result = counterpartOf(report, 'a', at(TEXT_A, 'claimed'));
    assert.deepStrictEqual(result, { found: true, side: 'b', ...span(at(TEXT_B, 'said')), what: 'words' });
  });

  it('works from B to A and from a cursor inside the word', () => {
    const said = at(TEXT_B, 'said');
    const result = counterpartOf(report, 'b', { start: said.start + 2, end: said.start + 2 });
    assert.ok(result.found);
    assert.strictEqual(TEXT_A.slice(result.start, result.end), 'claimed');
  });

  it('leads from a moved sentence to the same sentence at its other place', () => {
    const result = counterpartOf(report, 'a', at(TEXT_A, 'came'));
    assert.ok(result.found);
    assert.strictEqual(result.what, 'sentence');
    assert.strictEqual(TEXT_B.slice(result.start, result.end), 'Firefighters came fast.');
  });

  it('says so for content only one article has', () => {
    const result = counterpartOf(report, 'a', at(TEXT_A, 'Nobody'));
    assert.deepStrictEqual(result, { found: false, reason: { code: 'no-close-match' } });
    assert.strictEqual(noCounterpartMessage(result.found ? { code: 'nothing-here' } : result.reason, 'A', 'B'), 'No close match found in article B for this sentence of A.');
  });

  it('leads from a framing term to the other article\'s term of the set in the corresponding sentence', () => {
    const extra = { ...at(TEXT_B, 'Traffic'), variantId: 'lviv' };
    const [place, verbs] = report.framing;
    const withEarlier = viewsReport({ framing: [{ ...place!, b: [extra, ...place!.b] }, verbs!], changes: [], pairs: report.pairs.map((p) => ({ ...p, diffs: [] })) });
    const result = counterpartOf(withEarlier, 'a', at(TEXT_A, 'Lvov'));
    assert.ok(result.found);
    assert.strictEqual(result.what, 'framing-term');
    assert.strictEqual(TEXT_B.slice(result.start, result.end), 'Lviv');
  });

  it('explains a loaded term the other article does not use at all', () => {
    const [place] = report.framing;
    const oneSided = viewsReport({ framing: [{ ...place!, b: [], variantsB: [] }], pairs: [], changes: [] });
    const result = counterpartOf(oneSided, 'a', at(TEXT_A, 'Lvov'));
    assert.deepStrictEqual(result, { found: false, reason: { code: 'term-only-here', term: 'Lvov' } });
    assert.strictEqual(noCounterpartMessage(result.found ? { code: 'nothing-here' } : result.reason, 'A', 'B'), 'Only article A uses a term of this set ("Lvov"); article B has none.');
  });

  it('has nothing to offer outside every record', () => {
    const result = counterpartOf(viewsReport({ pairs: [], onlyInA: [], framing: [], changes: [] }), 'a', { start: 0, end: 0 });
    assert.strictEqual(result.found, false);
  });
});

function span(s: { start: number; end: number }) {
  return { start: s.start, end: s.end };
}
