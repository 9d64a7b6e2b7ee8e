import * as assert from 'assert';
import { compareArticles } from '../../src/core/compare';
import { defaultLexicon } from '../../src/core/lexicon/defaultLexicon';
import type { Lexicon } from '../../src/core/types';

describe('alignment with a user lexicon', () => {
  // "walkout" and "stoppage" name the same act only by the user's own set.
  const a = 'The walkout closed the Lormont depot. The mayor spoke later.';
  const b = 'A stoppage closed the depot. It rained all day in the hills.';
  const lexicon: Lexicon = {
    version: 1,
    sets: [
      ...defaultLexicon().sets,
      {
        id: 'labour-action',
        category: 'event-label',
        explanation: 'Names for a strike.',
        source: 'House style guide',
        variants: [
          { id: 'walkout', terms: ['walkout'], note: 'Plain.' },
          { id: 'stoppage', terms: ['stoppage'], note: 'Plain.' },
        ],
      },
    ],
  };

  it('lets the variants of a user set count as one word when pairing sentences (user lexicon ignored by alignment regression)', () => {
    const similarity = (report: ReturnType<typeof compareArticles>) => report.pairs.find((p) => p.a.includes(0) && p.b.includes(0))?.similarity ?? 0;
    const without = similarity(compareArticles({ text: a }, { text: b }));
    const withSet = similarity(compareArticles({ text: a }, { text: b }, { lexicon }));
    assert.ok(withSet > without + 0.2, `similarity with the user set ${withSet}, without ${without}`);
  });
});
