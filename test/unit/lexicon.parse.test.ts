import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { mergeLexicons, parseLexicon } from '../../src/core/lexicon/lexicon';
import type { Lexicon } from '../../src/core/types';

function validSet(id = 'capital-name'): Record<string, unknown> {
  return {
    id,
    category: 'place-name',
    explanation: 'Which transliteration of the capital an article uses.',
    source: 'A public decision.',
    variants: [
      { id: 'old', terms: ['Oldtown'], note: 'Old spelling.' },
      { id: 'new', terms: ['Newtown'], note: 'New spelling.' },
    ],
  };
}

const messages = (json: unknown) => parseLexicon(json, 'my-lexicon.json').problems.map((p) => p.message);

describe('parseLexicon', () => {
  it('returns the lexicon and no problems for a valid file', () => {
    const parsed = parseLexicon({ version: 1, sets: [validSet()] }, 'my-lexicon.json');
    assert.deepStrictEqual(parsed.problems, []);
    assert.strictEqual(parsed.lexicon?.sets[0]?.id, 'capital-name');
    assert.strictEqual(parsed.lexicon?.version, 1);
  });

  it('accepts a file without "version" and with a "$schema" reference', () => {
    assert.deepStrictEqual(messages({ $schema: './lexicon.schema.json', sets: [validSet()] }), []);
  });

  it('rejects input that is not a lexicon object, naming the file', () => {
    assert.deepStrictEqual(messages([1, 2]), ['my-lexicon.json is not a lexicon: expected an object with a "sets" array']);
    assert.deepStrictEqual(messages({ version: 1 }), ['sets must be an array of contrast sets (my-lexicon.json has none)']);
  });

  it('says which terms array is wrong and what it must be', () => {
    const set = validSet();
    (set.variants as Array<Record<string, unknown>>)[0]!.terms = [];
    const bad = { sets: [validSet('a'), validSet('b'), validSet('c'), set] };
    const parsed = parseLexicon(bad, 'my-lexicon.json');
    assert.strictEqual(parsed.lexicon, undefined, 'a file with problems gives no lexicon');
    assert.deepStrictEqual(parsed.problems, [
      { path: 'sets[3].variants[0].terms', message: 'sets[3].variants[0].terms must be a non-empty array of strings' },
    ]);
  });

  it('lists the allowed categories when a category is unknown', () => {
    const set = { ...validSet(), category: 'slant' };
    assert.deepStrictEqual(messages({ sets: [set] }), [
      'sets[0].category "slant" is not a category; use one of: place-name, reporting-verb, event-label, actor-label, territory, hedge, emotive, spelling-variant',
    ]);
  });

  it('reports a duplicate set id with the index of the first one', () => {
    assert.deepStrictEqual(messages({ sets: [validSet('dup'), validSet('ok'), validSet('dup')] }), [
      'sets[2].id "dup" is already the id of sets[0]; set ids must be unique',
    ]);
  });

  it('reports missing texts, bad ids, bad weights and unknown properties', () => {
    const set = { ...validSet('Bad Id'), explanation: '  ', weight: 5, colour: 'red' };
    delete (set as Record<string, unknown>).source;
    assert.deepStrictEqual(messages({ sets: [set] }), [
      'sets[0].colour is not a known property (known: id, category, explanation, source, variants, exceptions, weight)',
      'sets[0].id must be a kebab-case string such as "kyiv-kiev", not "Bad Id"',
      'sets[0].explanation must be a non-empty string: what the choice between the variants signals',
      'sets[0].source must be a non-empty string: where the explanation comes from (style guide, decision, dictionary)',
      'sets[0].weight must be 1, 2 or 3 (how much a contrast in this set matters), not 5',
    ]);
  });

  it('reports variant problems: duplicate ids, missing notes, non-boolean inflect, empty variants', () => {
    const set = validSet();
    set.variants = [
      { id: 'same', terms: ['Oldtown'], note: 'x' },
      { id: 'same', terms: ['Newtown'], inflect: 'yes' },
    ];
    assert.deepStrictEqual(messages({ sets: [set] }), [
      'sets[0].variants[1].id "same" is already the id of sets[0].variants[0]',
      'sets[0].variants[1].note must be a non-empty string: who tends to use this variant and what it implies',
      'sets[0].variants[1].inflect must be true or false',
    ]);
    assert.deepStrictEqual(messages({ sets: [{ ...validSet(), variants: [] }] }), [
      'sets[0].variants must be a non-empty array of variants (one variant is allowed for a one-sided loaded term)',
    ]);
  });

  it('reads "marked" on a variant, keeps it off when absent, and refuses a non-boolean', () => {
    const set = validSet();
    set.variants = [
      { id: 'plain', terms: ['Oldtown'], marked: false, note: 'Plain.' },
      { id: 'loaded', terms: ['Badtown'], marked: true, note: 'Loaded.' },
      { id: 'unsaid', terms: ['Newtown'], note: 'Default.' },
    ];
    const variants = parseLexicon({ sets: [set] }, 'x').lexicon!.sets[0]!.variants;
    assert.deepStrictEqual(variants.map((v) => v.marked), [false, true, undefined]);
    assert.deepStrictEqual(messages({ sets: [{ ...validSet(), variants: [{ id: 'v', terms: ['Oldtown'], marked: 'yes', note: 'x' }] }] }), [
      'sets[0].variants[0].marked must be true or false',
    ]);
  });

  it('accepts every set and variant property the schema documents, and no other', () => {
    // The schema ships for users' editors: a property it offers must not be refused here.
    const schema = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../src/core/lexicon/lexicon.schema.json'), 'utf8'));
    const variantKeys = Object.keys(schema.definitions.variant.properties);
    const setKeys = Object.keys(schema.definitions.set.properties);
    const variant = { id: 'v', terms: ['Oldtown'], inflect: false, marked: true, note: 'Note.' };
    const set = { ...validSet(), weight: 2, exceptions: ['Oldtown Rovers'], variants: [variant, { id: 'w', terms: ['Newtown'], note: 'Note.' }] };
    assert.deepStrictEqual([...variantKeys].sort(), Object.keys(variant).sort());
    assert.deepStrictEqual([...setKeys].sort(), Object.keys(set).sort());
    assert.deepStrictEqual(messages({ sets: [set] }), []);
  });

  it('refuses terms that are only function words, have no words, or start with a wildcard', () => {
    const set = validSet();
    (set.variants as Array<Record<string, unknown>>)[0]!.terms = ['of the', '—', '* with arms'];
    assert.deepStrictEqual(messages({ sets: [set] }), [
      'sets[0].variants[0].terms[0] "of the" consists only of function words, which would flag neutral text',
      'sets[0].variants[0].terms[1] "—" contains no words',
      'sets[0].variants[0].terms[2] "* with arms" may use "*" only between words (it stands for any one word)',
    ]);
  });

  it('refuses an exception that contains none of the set\'s terms, and accepts one in base form', () => {
    const set = { ...validSet(), exceptions: ['Oldtown Rovers', 'chicken Kiev'] };
    assert.deepStrictEqual(messages({ sets: [set] }), [
      'sets[0].exceptions[1] "chicken Kiev" contains none of the set\'s terms, so it can never apply',
    ]);
    const verbs = {
      ...validSet('verbs'),
      variants: [{ id: 'claimed', terms: ['claimed'], inflect: false, note: 'Distancing.' }],
      exceptions: ['claim responsibility'],
    };
    assert.deepStrictEqual(messages({ sets: [verbs] }), []);
  });

  it('rejects a version other than 1', () => {
    assert.deepStrictEqual(messages({ version: 2, sets: [] }), ['version must be 1 (the only lexicon format so far), not 2']);
  });
});

describe('mergeLexicons', () => {
  const lexicon = (...ids: string[]): Lexicon => parseLexicon({ sets: ids.map((id) => validSet(id)) }, 'x').lexicon!;

  it('adds new sets after the base ones', () => {
    assert.deepStrictEqual(mergeLexicons(lexicon('a', 'b'), lexicon('c')).sets.map((s) => s.id), ['a', 'b', 'c']);
  });

  it('lets a later set with the same id replace the earlier one in place', () => {
    const base = lexicon('a', 'b');
    const user = parseLexicon({ sets: [{ ...validSet('a'), weight: 3 }] }, 'user').lexicon!;
    const merged = mergeLexicons(base, user);
    assert.deepStrictEqual(merged.sets.map((s) => [s.id, s.weight]), [['a', 3], ['b', undefined]]);
    assert.strictEqual(base.sets[0]!.weight, undefined, 'the base lexicon is not changed');
  });
});
