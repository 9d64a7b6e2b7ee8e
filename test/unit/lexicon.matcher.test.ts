import * as assert from 'assert';
import { defaultLexicon } from '../../src/core/lexicon/defaultLexicon';
import { inflections } from '../../src/core/lexicon/inflect';
import { compileLexicon, findTerms, lookupVariant } from '../../src/core/lexicon/matcher';
import { segment } from '../../src/core/text/segment';
import type { Lexicon, TermMatch } from '../../src/core/types';

const compiled = () => compileLexicon(defaultLexicon());
const find = (text: string): TermMatch[] => findTerms(segment(text), compiled());
const texts = (text: string, setId?: string) => find(text).filter((m) => !setId || m.setId === setId).map((m) => m.text);

/** A small lexicon written for these tests, so they do not depend on the shipped data. */
const tiny: Lexicon = {
  version: 1,
  sets: [
    {
      id: 'capital',
      category: 'place-name',
      explanation: 'Test set.',
      source: 'Test.',
      variants: [
        { id: 'kiev', terms: ['Kiev'], note: 'Russian-derived.' },
        { id: 'kyiv', terms: ['Kyiv'], note: 'Ukrainian.' },
      ],
      exceptions: ['chicken Kiev', 'Dynamo Kiev'],
    },
    {
      id: 'rebuttal',
      category: 'reporting-verb',
      explanation: 'Test set.',
      source: 'Test.',
      variants: [
        { id: 'deny', terms: ['deny'], note: 'Plain.' },
        { id: 'lash-out', terms: ['lash out'], note: 'Emotive.' },
      ],
      exceptions: ['deny access'],
    },
    {
      id: 'label',
      category: 'actor-label',
      explanation: 'Test set.',
      source: 'Test.',
      variants: [
        { id: 'seeker', terms: ['asylum seeker'], note: 'Legal status.' },
        { id: 'separatist', terms: ['separatist'], note: 'Aim.' },
        { id: 'pro-russian', terms: ['pro-Russian separatist'], note: 'Sympathies.' },
      ],
    },
  ],
};

describe('lexicon matcher', () => {
  it('matches whole words only: "Kievan" and "Kievskaya" are not "Kiev"', () => {
    assert.deepStrictEqual(texts('Kievan Rus was a medieval state; Kievskaya station is in Moscow.', 'kyiv-kiev'), []);
    assert.deepStrictEqual(texts('Officials in Kiev said so.', 'kyiv-kiev'), ['Kiev']);
  });

  it('does not count a term inside one of its set\'s exceptions ("chicken Kiev", "Dynamo Kiev")', () => {
    const matches = findTerms(segment('We ate chicken Kiev before Dynamo Kiev played in Kyiv.'), compileLexicon(tiny));
    assert.deepStrictEqual(matches.map((m) => m.text), ['Kyiv']);
  });

  it('matches inflected forms of lower-case base terms', () => {
    const lex = compileLexicon(tiny);
    const doc = segment('He denies it. She denied it. They are denying it. Critics lashed out. Two asylum seekers waited.');
    assert.deepStrictEqual(findTerms(doc, lex).map((m) => m.text), ['denies', 'denied', 'denying', 'lashed out', 'asylum seekers']);
  });

  it('honours exceptions in their inflected forms too ("was denied access")', () => {
    const doc = segment('The reporter was denied access, and the ministry denied the report.');
    assert.deepStrictEqual(findTerms(doc, compileLexicon(tiny)).map((m) => m.text), ['denied']);
  });

  it('generates the usual English forms, irregular ones included', () => {
    assert.deepStrictEqual(new Set(inflections('claim')), new Set(['claim', 'claims', 'claimed', 'claiming']));
    assert.ok(['denies', 'denied', 'denying'].every((f) => inflections('deny').includes(f)));
    assert.ok(['admits', 'admitted', 'admitting'].every((f) => inflections('admit').includes(f)));
    assert.ok(['dies', 'died', 'dying'].every((f) => inflections('die').includes(f)));
    assert.ok(['says', 'said'].every((f) => inflections('say').includes(f)));
    assert.ok(inflections('gunman').includes('gunmen'));
    assert.ok(inflections('crisis').includes('crises'));
  });

  it('matches multi-word terms across hyphens and spaces, but not across punctuation or sentences', () => {
    assert.deepStrictEqual(texts('The so-called referendum and the so called vote.', 'so-called-hedge'), ['so-called', 'so called']);
    assert.deepStrictEqual(texts('A Russian-installed official spoke.', 'installed-officials-label'), ['Russian-installed']);
    assert.deepStrictEqual(texts('It was so, called the minister.', 'so-called-hedge'), []);
    assert.deepStrictEqual(texts('He spoke of chicken. Kiev was calm.', 'kyiv-kiev'), ['Kiev']);
  });

  it('lets the longest match win and never returns overlapping matches', () => {
    const lex = compileLexicon(tiny);
    const matches = findTerms(segment('Pro-Russian separatists met a separatist.'), lex);
    assert.deepStrictEqual(matches.map((m) => [m.text, m.variantId]), [['Pro-Russian separatists', 'pro-russian'], ['separatist', 'separatist']]);
    const all = find('The so-called Islamic State claimed the so-called referendum was rigged, Kyiv said.');
    for (let i = 1; i < all.length; i++) assert.ok(all[i - 1]!.end <= all[i]!.start, 'overlap');
    assert.deepStrictEqual(all.filter((m) => m.setId === 'islamic-state-label').map((m) => m.text), ['so-called Islamic State']);
  });

  it('is case-insensitive for lower-case terms, while names need their capital and acronyms their capitals', () => {
    assert.deepStrictEqual(texts('KYIV and Kyiv both count.', 'kyiv-kiev'), ['KYIV', 'Kyiv']);
    assert.deepStrictEqual(texts('Claimed, CLAIMED and claimed.', 'attribution-verbs'), ['Claimed', 'CLAIMED', 'claimed']);
    assert.deepStrictEqual(texts('We roasted a turkey in Turkey.', 'turkiye-turkey'), ['Turkey']);
    assert.deepStrictEqual(texts('The ISIS attack, not Isis the goddess.', 'islamic-state-label'), ['ISIS']);
  });

  it('keeps offsets exact after emoji and CRLF, and leaves a possessive out of the span', () => {
    const text = '👋🏽 Headline\r\n\r\n“Kyiv’s mayor” said the 🇺🇦 flag flew over Kyiv.\r\n';
    const doc = segment(text);
    const matches = findTerms(doc, compiled()).filter((m) => m.setId === 'kyiv-kiev');
    assert.deepStrictEqual(matches.map((m) => m.text), ['Kyiv', 'Kyiv']);
    for (const m of findTerms(doc, compiled())) assert.strictEqual(text.slice(m.start, m.end), m.text);
  });

  it('returns matches sorted by start, each with its set, variant and category', () => {
    const matches = find('The ministry rubbished the claims, then denied them.');
    assert.deepStrictEqual(matches.map((m) => m.start), [...matches.map((m) => m.start)].sort((a, b) => a - b));
    const rubbished = matches.find((m) => m.text === 'rubbished')!;
    assert.deepStrictEqual([rubbished.setId, rubbished.variantId, rubbished.category], ['rebuttal-verbs', 'rubbish', 'reporting-verb']);
  });

  it('does not take ordinary senses of ambiguous words for framing terms', () => {
    assert.deepStrictEqual(texts('Pakistan maintains a policy of neutrality and has maintained a balance.', 'attribution-verbs'), []);
    assert.deepStrictEqual(texts('Teachers went on strike on Monday; a hunger strike followed.', 'attack-label'), []);
    assert.deepStrictEqual(texts('An air strike hit the depot.', 'attack-label'), ['air strike']);
    assert.deepStrictEqual(texts('He had a heart attack during the Cold War and a financial crisis.'), []);
    assert.deepStrictEqual(texts('The council will collect the rubbish on Monday.'), []);
    assert.deepStrictEqual(texts('The group claimed responsibility for the bombing.', 'attribution-verbs'), []);
  });

  it('matches a wildcard word inside a term', () => {
    assert.deepStrictEqual(texts('The allies have pumped Ukraine with arms.', 'weapons-supply-label'), ['pumped Ukraine with arms']);
  });

  it('finds every term in a 1 MB article', function () {
    this.timeout(60000);
    const sentence = 'The ministry rubbished claims that Kiev received arms, while officials in Kyiv denied the alleged deal. ';
    const filler = 'Talks continued on Thursday in the capital with delegations from both countries and observers. ';
    let text = '';
    while (text.length < 1_000_000) text += filler.repeat(9) + sentence;
    const doc = segment(text);
    const lex = compiled();
    const matches: TermMatch[] = findTerms(doc, lex);
    assert.ok(matches.length > 5000);
  });
});

describe('lookupVariant', () => {
  it('classifies a phrase with the set and variant it belongs to, inflections included', () => {
    const hit = lookupVariant(compiled(), 'rubbished');
    assert.deepStrictEqual([hit?.set.id, hit?.variant.id], ['rebuttal-verbs', 'rubbish']);
    const denied = lookupVariant(compiled(), 'denied');
    assert.deepStrictEqual([denied?.set.id, denied?.variant.id], ['rebuttal-verbs', 'deny']);
    assert.strictEqual(lookupVariant(compiled(), 'Kyiv’s')?.variant.id, 'kyiv');
  });

  it('ignores function words at the edges of the phrase', () => {
    assert.strictEqual(lookupVariant(compiled(), 'has rubbished')?.variant.id, 'rubbish');
  });

  it('gives a reporting verb that only starts one variant’s phrases to that variant ("rejected" of "rejected the claims")', () => {
    assert.deepStrictEqual([lookupVariant(compiled(), 'rejected')?.set.id, lookupVariant(compiled(), 'rejected')?.variant.id], ['rebuttal-verbs', 'reject']);
    assert.strictEqual(lookupVariant(compiled(), 'has dismissed')?.variant.id, 'dismiss');
    assert.strictEqual(lookupVariant(compiled(), 'special'), undefined, '"special military operation" is a fixed name, not a verb and its object');
    assert.strictEqual(lookupVariant(compiled(), 'hit'), undefined, '"hit back at" and "hit out at" are two sets');
  });

  it('returns nothing for phrases that are not one form, or are an exception', () => {
    assert.strictEqual(lookupVariant(compiled(), 'rubbished the claims that'), undefined);
    assert.strictEqual(lookupVariant(compiled(), 'chicken Kiev'), undefined);
    assert.strictEqual(lookupVariant(compiled(), 'the'), undefined);
    assert.strictEqual(lookupVariant(compiled(), ''), undefined);
  });
});
