import * as assert from 'assert';
import { defaultLexicon, defaultLexiconFiles } from '../../src/core/lexicon/defaultLexicon';
import { FRAMING_CATEGORIES, parseLexicon } from '../../src/core/lexicon/lexicon';
import { compileLexicon, findTerms } from '../../src/core/lexicon/matcher';
import { termTokens } from '../../src/core/lexicon/terms';
import { STOPWORDS } from '../../src/core/text/normalize';
import { segment } from '../../src/core/text/segment';
import type { FramingCategory, LexiconSet } from '../../src/core/types';

/** Categories whose sets may have a single variant: a loaded word or hedge framed by its presence. */
const ONE_SIDED_CATEGORIES: readonly FramingCategory[] = ['emotive', 'hedge'];

const sets = (): readonly LexiconSet[] => defaultLexicon().sets;
const termKey = (term: string) => termTokens(term).map((t) => t.norm).join(' ');

describe('default lexicon data', () => {
  it('parses without a single problem', () => {
    const all = defaultLexiconFiles().flatMap(([, file]) => file.sets);
    const parsed = parseLexicon({ version: 1, sets: all }, 'default');
    assert.deepStrictEqual(parsed.problems, []);
    assert.ok(parsed.lexicon);
  });

  it('keeps each category in its own file, named after the category', () => {
    for (const [name, file] of defaultLexiconFiles()) {
      for (const raw of file.sets as Array<{ id: string; category: string }>) {
        assert.strictEqual(`${raw.category}.json`, name, `${raw.id} is in ${name}`);
      }
    }
  });

  it('has at least 120 contrast sets, covering every category', () => {
    assert.ok(sets().length >= 120, `only ${sets().length} sets`);
    for (const category of FRAMING_CATEGORIES) {
      assert.ok(sets().some((s) => s.category === category), `no set in ${category}`);
    }
  });

  it('has at least 20 spelling-variant sets', () => {
    assert.ok(sets().filter((s) => s.category === 'spelling-variant').length >= 20);
  });

  it('never uses a set id twice', () => {
    const ids = sets().map((s) => s.id);
    assert.deepStrictEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
  });

  it('never puts one term in two sets of the same category', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const set of sets()) {
      for (const term of set.variants.flatMap((v) => v.terms)) {
        const key = `${set.category}:${termKey(term)}`;
        const other = owner.get(key);
        if (other && other !== set.id) clashes.push(`${term} in ${other} and ${set.id}`);
        owner.set(key, set.id);
      }
    }
    assert.deepStrictEqual(clashes, []);
  });

  it('never puts one term in two variants of the same set', () => {
    const clashes: string[] = [];
    for (const set of sets()) {
      const seen = new Map<string, string>();
      for (const variant of set.variants) {
        for (const term of variant.terms) {
          const other = seen.get(termKey(term));
          if (other && other !== variant.id) clashes.push(`${set.id}: ${term} in ${other} and ${variant.id}`);
          seen.set(termKey(term), variant.id);
        }
      }
    }
    assert.deepStrictEqual(clashes, []);
  });

  it('gives every set two variants or more, unless it is a one-sided loaded term or hedge', () => {
    const lone = sets().filter((s) => s.variants.length < 2 && !ONE_SIDED_CATEGORIES.includes(s.category));
    assert.deepStrictEqual(lone.map((s) => s.id), []);
  });

  it('marks no spelling variant, and leaves a plain variant in every set that names people or reports speech', () => {
    // A set whose every variant is marked would make each mention a finding, however neutral.
    for (const set of sets()) {
      if (set.category === 'spelling-variant') {
        assert.ok(set.variants.every((v) => v.marked === undefined), `${set.id} marks a spelling`);
      }
      if (set.category === 'actor-label' || set.category === 'reporting-verb') {
        assert.ok(set.variants.some((v) => v.marked !== true), `${set.id} has no plain variant`);
      }
    }
  });

  it('explains every set and variant, with a source, in full sentences of some length', () => {
    for (const set of sets()) {
      assert.ok(set.explanation.length >= 40, `${set.id} explanation is too short`);
      assert.ok(set.source.length >= 10, `${set.id} source is too short`);
      assert.ok(set.weight === undefined || [1, 2, 3].includes(set.weight), `${set.id} weight`);
      for (const variant of set.variants) {
        assert.ok(variant.note.trim().length >= 10, `${set.id}/${variant.id} note is too short`);
        assert.ok(variant.terms.length > 0, `${set.id}/${variant.id} has no terms`);
      }
    }
  });

  it('has no term made only of function words', () => {
    for (const set of sets()) {
      for (const term of set.variants.flatMap((v) => v.terms)) {
        assert.ok(!termTokens(term).every((t) => STOPWORDS.has(t.norm)), `${set.id}: "${term}"`);
      }
    }
  });

  it('cuts every term into the same words the article segmenter would', () => {
    for (const set of sets()) {
      for (const term of set.variants.flatMap((v) => v.terms).concat(set.exceptions ?? [])) {
        if (term.includes('*')) continue;
        const fromSegmenter = segment(term).words.map((w) => w.norm);
        assert.deepStrictEqual(termTokens(term).map((t) => t.norm), fromSegmenter, `${set.id}: "${term}"`);
      }
    }
  });

  it('finds each written term of every variant in a sentence that contains it', () => {
    const compiled = compileLexicon(defaultLexicon());
    const missed: string[] = [];
    for (const set of sets()) {
      for (const variant of set.variants) {
        for (const term of variant.terms) {
          const text = `Yesterday ${term.replace(/\*/g, 'them')} appeared.`;
          const hit = findTerms(segment(text), compiled).find((m) => m.setId === set.id && m.variantId === variant.id);
          if (!hit) missed.push(`${set.id}/${variant.id}: "${term}"`);
        }
      }
    }
    assert.deepStrictEqual(missed, []);
  });
});
