import * as assert from 'assert';
import { alignSentences } from '../../src/core/align';
import { framingContext, quotedSpans } from '../../src/core/lexicon/context';
import { defaultLexicon } from '../../src/core/lexicon/defaultLexicon';
import { framingEntries } from '../../src/core/lexicon/framing';
import { compileLexicon, findTerms } from '../../src/core/lexicon/matcher';
import { findQuotes } from '../../src/core/quotes/quotes';
import { segment } from '../../src/core/text/segment';
import type { Quote } from '../../src/core/types';

/** The framing entries as the engine computes them, with alignment and quotes passed in. */
function wired(a: string, b: string) {
  const docA = segment(a);
  const docB = segment(b);
  const lex = compileLexicon(defaultLexicon());
  const context = framingContext(docA, alignSentences(docA, docB), findQuotes(docA), findQuotes(docB));
  return framingEntries(findTerms(docA, lex), findTerms(docB, lex), lex, context).framing;
}

describe('framing context from an alignment and quotes', () => {
  it('gives the counterpart of a sentence as the span of its aligned sentence in B, and nothing for an unmatched one', () => {
    const a = 'Refugees crossed the river near Goma on Friday. The weather was cold.';
    const b = 'Migrants crossed the river near Goma on Friday, officials said. A storm hit the coast of Chile.';
    const docA = segment(a);
    const docB = segment(b);
    const { counterparts } = framingContext(docA, alignSentences(docA, docB));
    assert.deepStrictEqual(counterparts!(a.indexOf('Refugees')), [{ start: docB.sentences[0]!.start, end: docB.sentences[0]!.end }]);
    assert.deepStrictEqual(counterparts!(a.indexOf('weather')), []);
  });

  it('makes two labels of the same people in corresponding sentences a contrast, and of different people not', () => {
    const same = wired('Refugees crossed the river near Goma on Friday.', 'Migrants crossed the river near Goma on Friday.');
    assert.strictEqual(same.find((e) => e.setId === 'migrant-label')?.contrast, true);
    const different = wired(
      'Refugees from Sudan reached a camp in Chad on Monday. Aid agencies asked for tents and water.',
      'Aid agencies asked for tents and water. Migrants from Tunisia were turned back off Lampedusa.'
    );
    assert.strictEqual(different.find((e) => e.setId === 'migrant-label')?.contrast, false);
  });

  it('makes an event named only one way in each article a contrast, even in sentences that do not correspond (invasion / conflict regression)', () => {
    const framing = wired(
      'Drones hit a grain terminal in the port overnight. Since the invasion began, the port has been a frequent target.',
      'Drones hit a grain terminal in the port overnight. Moscow says arms deliveries prolong the conflict.'
    );
    const entry = framing.find((e) => e.a.some((o) => o.text === 'invasion'));
    assert.ok(entry?.contrast, JSON.stringify(entry));
    assert.ok(entry.b.some((o) => o.text === 'conflict'));
  });

  it('leaves a label inside an attributed quotation to the speaker', () => {
    const framing = wired(
      '“These terrorists will pay,” the interior minister said on Sunday.',
      'The interior minister said on Sunday that the attackers would pay.'
    );
    assert.strictEqual(framing.find((e) => e.setId === 'armed-group-label')?.contrast, false);
  });

  it('merges overlapping quoted spans and sorts them', () => {
    const q = (start: number, end: number): Quote => ({ quote: { text: 'x'.repeat(end - start), start, end }, sentence: 0 });
    assert.deepStrictEqual(quotedSpans([q(30, 40), q(0, 10), q(5, 12)]), [{ start: 0, end: 12 }, { start: 30, end: 40 }]);
  });
});
