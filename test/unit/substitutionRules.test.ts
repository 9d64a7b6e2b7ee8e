import * as assert from 'assert';
import { isSpellingVariant } from '../../src/core/substitutions/spelling';
import { boundedEditDistance, isTransliteration } from '../../src/core/substitutions/transliteration';

describe('spelling variants', () => {
  for (const [a, b] of [
    ['defence', 'defense'],
    ['organised', 'organized'],
    ['favour', 'favor'],
    ['centre', 'center'],
    ['travelled', 'traveled'],
    ['analyse', 'analyze'],
    ['programme', 'program'],
    ['licence', 'license'],
    ['cancelled', 'canceled'],
    ['neighbours', 'neighbors'],
    ['paediatric', 'pediatric'],
    ['grey', 'gray'],
    ['catalogue', 'catalog'],
  ] as const) {
    it(`recognises ${a} / ${b}`, () => assert.ok(isSpellingVariant(a, b) && isSpellingVariant(b, a)));
  }
  for (const [a, b] of [
    ['denied', 'rejected'],
    ['war', 'conflict'],
    ['defence', 'offense'],
    ['our', 'or'],
    ['filled', 'filed'],
    ['four', 'for'],
    ['called', 'caled'],
    ['expelled', 'expeled'],
  ] as const) {
    it(`does not take ${a} / ${b} for a spelling variant`, () => assert.ok(!isSpellingVariant(a, b)));
  }
});

describe('transliterations', () => {
  for (const [a, b] of [
    ['kiev', 'kyiv'],
    ['odessa', 'odesa'],
    ['kharkov', 'kharkiv'],
    ['zelensky', 'zelenskyy'],
  ] as const) {
    it(`recognises ${a} / ${b} as one name spelled two ways`, () => assert.ok(isTransliteration(a, b)));
  }
  for (const [a, b] of [
    ['russia', 'russian'],
    ['pakistan', 'pakistani'],
    ['austria', 'australia'],
    ['london', 'moscow'],
    ['march', 'match'],
  ] as const) {
    it(`does not take ${a} / ${b} for a transliteration`, () => assert.ok(!isTransliteration(a, b)));
  }
  it('computes bounded edit distances and gives up past the limit', () => {
    assert.strictEqual(boundedEditDistance('kiev', 'kyiv', 3), 2);
    assert.strictEqual(boundedEditDistance('a', 'abcdef', 2), 3);
  });
});
