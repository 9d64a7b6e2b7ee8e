import * as assert from 'assert';
import { defaultLexicon } from '../../src/core/lexicon/defaultLexicon';
import { FormIndex, type Entry } from '../../src/core/lexicon/forms';
import { inflections } from '../../src/core/lexicon/inflect';
import { termTokens, type TermToken } from '../../src/core/lexicon/terms';
import { STOPWORDS } from '../../src/core/text/normalize';
import type { Lexicon } from '../../src/core/types';

/** Every form made at once, as the index was built before forms were made on demand: the reference. */
function allFormsAtOnce(lexicon: Lexicon): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  const seen = new Set<string>();
  const addForms = (tokens: readonly TermToken[], inflect: boolean, owner: { set: Entry['set']; variant?: Entry['variant']; order: number; key: string }) => {
    if (tokens.length === 0) return;
    const cases = tokens.map((t) => t.caseRule);
    const base = tokens.map((t) => t.norm);
    const add = (words: readonly string[], generated: 0 | 1) => {
      const key = `${owner.key}|${words.join(' ')}|${cases.join()}`;
      if (seen.has(key)) return;
      seen.add(key);
      const entry: Entry = { set: owner.set, ...(owner.variant ? { variant: owner.variant } : {}), words, cases, generated, order: owner.order };
      index.set(words[0]!, [...(index.get(words[0]!) ?? []), entry]);
    };
    if (!inflect) {
      add(base, 0);
      return;
    }
    const choices = tokens.map((token, at) =>
      (at === 0 || at === tokens.length - 1) && !token.wildcard && token.caseRule === 'any' && !STOPWORDS.has(token.norm)
        ? [token.norm, ...inflections(token.norm).filter((form) => form !== token.norm)]
        : [token.norm]
    );
    const last = tokens.length > 1 ? choices[tokens.length - 1]! : [''];
    choices[0]!.forEach((head, i) => {
      last.forEach((tail, j) => {
        const words = [...base];
        words[0] = head;
        if (tokens.length > 1) words[tokens.length - 1] = tail;
        add(words, i === 0 && j === 0 ? 0 : 1);
      });
    });
  };
  lexicon.sets.forEach((set, order) => {
    set.variants.forEach((variant, v) => {
      for (const term of variant.terms) addForms(termTokens(term), variant.inflect !== false, { set, variant, order, key: `${order}:${v}` });
    });
    for (const phrase of set.exceptions ?? []) addForms(termTokens(phrase), true, { set, order, key: `${order}:x` });
  });
  return index;
}

function assertSameForms(lexicon: Lexicon): void {
  const reference = allFormsAtOnce(lexicon);
  const index = new FormIndex(lexicon);
  assert.deepStrictEqual([...index.words()].sort(), [...reference.keys()].sort());
  for (const [word, entries] of reference) {
    assert.deepStrictEqual(index.get(word), entries, word);
  }
  assert.strictEqual(index.get('no-such-word'), undefined);
}

describe('lexicon forms made on demand', () => {
  it('are the forms, in the order, that making them all at once gives, for the bundled lexicon', () => {
    assertSameForms(defaultLexicon());
  });

  it('are the same for repeated forms, uninflected variants, wildcards and exceptions', () => {
    const lexicon: Lexicon = {
      version: 1,
      sets: [
        {
          id: 'mountain',
          category: 'place-name',
          explanation: 'x',
          source: 'x',
          variants: [
            { id: 'mckinley', terms: ['Mt. McKinley', 'Mt McKinley', 'Mount McKinley'], note: 'x' },
            { id: 'denali', terms: ['Denali', 'denali'], note: 'x', inflect: false },
          ],
          exceptions: ['Denali National Park'],
        },
        {
          id: 'rebuttal',
          category: 'reporting-verb',
          explanation: 'x',
          source: 'x',
          variants: [
            { id: 'deny', terms: ['deny', 'denies', 'deny claims', 'deny * claims'], note: 'x' },
            { id: 'reject', terms: ['reject', 'reject the claims', 'reject claims'], note: 'x' },
          ],
          exceptions: ['reject * offer', 'deny entry', 'deny entry'],
        },
      ],
    };
    assertSameForms(lexicon);
  });
});
