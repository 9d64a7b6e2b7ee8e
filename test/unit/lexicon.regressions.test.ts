import * as assert from 'assert';
import { defaultLexicon } from '../../src/core/lexicon/defaultLexicon';
import { compileLexicon, findTerms } from '../../src/core/lexicon/matcher';
import { segment } from '../../src/core/text/segment';

const terms = (text: string) => findTerms(segment(text), compileLexicon(defaultLexicon())).map((m) => `${m.setId}:${m.text}`);

describe('lexicon regressions', () => {
  it('does not take "strikes threaten food supplies" for a reporting verb (only a speaker threatens to or that)', () => {
    assert.ok(!terms('Strikes on ports threaten food supplies far beyond Ukraine.').some((t) => t.startsWith('warning-verbs')));
    assert.deepStrictEqual(
      terms('The minister threatened to expel the envoy.').filter((t) => t.startsWith('warning-verbs')),
      ['warning-verbs:threatened to']
    );
  });
});
