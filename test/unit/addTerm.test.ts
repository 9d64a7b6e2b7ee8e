import * as assert from 'assert';
import { addTermToLexicon, idFrom } from '../../src/core/lexicon/addTerm';
import { parseLexicon } from '../../src/core/lexicon/lexicon';

const NEW_SET = { setId: 'harm-words', variantId: 'injure', category: 'emotive' as const, explanation: 'How harm is put.', source: 'My notes', note: 'the usual word' };

describe('adding a selection to a lexicon file', () => {
  it('makes a valid new file with the set, the variant and the term', () => {
    const result = addTermToLexicon(undefined, { ...NEW_SET, term: '  injuring ' });
    assert.ok('json' in result, JSON.stringify(result));
    const parsed = parseLexicon(JSON.parse(result.json), 'x');
    assert.deepStrictEqual(parsed.problems, []);
    assert.deepStrictEqual(parsed.lexicon!.sets[0]!.variants[0]!.terms, ['injuring']);
    assert.strictEqual(result.added, true);
  });

  it('adds to an existing variant, keeps everything else, and adds a term only once', () => {
    const first = addTermToLexicon(undefined, { ...NEW_SET, term: 'injuring' });
    assert.ok('json' in first);
    const withOther = JSON.parse(first.json) as { sets: unknown[]; $schema?: string };
    withOther.$schema = './lexicon.schema.json';
    withOther.sets.unshift({ id: 'other', category: 'hedge', explanation: 'e', source: 's', variants: [{ id: 'v', terms: ['reportedly'], note: 'n' }] });
    const second = addTermToLexicon(JSON.stringify(withOther), { setId: 'harm-words', variantId: 'injure', term: 'wounding' });
    assert.ok('json' in second, JSON.stringify(second));
    const json = JSON.parse(second.json) as { $schema: string; sets: { id: string; variants: { terms: string[] }[] }[] };
    assert.strictEqual(json.$schema, './lexicon.schema.json');
    assert.deepStrictEqual(json.sets.map((s) => s.id), ['other', 'harm-words']);
    assert.deepStrictEqual(json.sets[1]!.variants[0]!.terms, ['injuring', 'wounding']);
    const again = addTermToLexicon(second.json, { setId: 'harm-words', variantId: 'injure', term: 'Wounding' });
    assert.ok('json' in again && again.added === false && again.json === second.json);
  });

  it('adds a new variant to an existing set', () => {
    const first = addTermToLexicon(undefined, { ...NEW_SET, term: 'injuring' });
    assert.ok('json' in first);
    const second = addTermToLexicon(first.json, { setId: 'harm-words', variantId: 'hurt', note: 'plainer', term: 'hurting' });
    assert.ok('json' in second);
    assert.deepStrictEqual(parseLexicon(JSON.parse(second.json), 'x').lexicon!.sets[0]!.variants.map((v) => v.id), ['injure', 'hurt']);
  });

  it('refuses, saying why, what would not be a valid lexicon, and a file that is not one', () => {
    const missing = addTermToLexicon(undefined, { setId: 'new-set', variantId: 'v', term: 'word' });
    assert.ok('problems' in missing && /needs a category/.test(missing.problems[0]!));
    const broken = addTermToLexicon('{ "version": 1, ', { ...NEW_SET, term: 'word' });
    assert.ok('problems' in broken && /not valid JSON/.test(broken.problems[0]!));
    const invalid = addTermToLexicon(JSON.stringify({ version: 2, sets: [] }), { ...NEW_SET, term: 'word' });
    assert.ok('problems' in invalid && invalid.problems.length > 0);
    const empty = addTermToLexicon(undefined, { ...NEW_SET, term: '   ' });
    assert.ok('problems' in empty && /no text/.test(empty.problems[0]!));
    const long = addTermToLexicon(undefined, { ...NEW_SET, term: 'word '.repeat(30) });
    assert.ok('problems' in long && /too long/.test(long.problems[0]!));
  });

  it('makes kebab-case ids from words', () => {
    assert.strictEqual(idFrom('Port Calloway'), 'port-calloway');
    assert.strictEqual(idFrom('Kyiv’s “mayor”'), 'kyiv-s-mayor');
    assert.strictEqual(idFrom('Ñandú'), 'nandu');
    assert.strictEqual(idFrom('!!!'), 'term');
  });
});
