import * as assert from 'assert';
import { changesContent, clausePieces, fillsOneSlot, tighten } from '../../src/core/substitutions/wording';
import { segment } from '../../src/core/text/segment';
import type { Word } from '../../src/core/types';

/** The words of a phrase, and its text, as the rules see them. */
function phrase(text: string): { text: string; words: Word[] } {
  return { text, words: [...segment(text).words] };
}

function slot(a: string, b: string): boolean {
  const x = phrase(a);
  const y = phrase(b);
  return fillsOneSlot(x.text, x.words, y.text, y.words);
}

function content(a: string, b: string): boolean {
  return changesContent(phrase(a).words, phrase(b).words);
}

describe('wording rules: content words', () => {
  for (const [a, b] of [
    ['rubbished', 'denied'],
    ['said', 'further clarified'],
    ['non-interference', 'strict neutrality'],
    ['illegal migrants', 'asylum seekers'],
  ] as const) {
    it(`"${a}" ↔ "${b}" changes content`, () => assert.ok(content(a, b)));
  }
  for (const [a, b, why] of [
    ['the', 'a', 'function words only'],
    ['41', '43', 'figures only'],
    ['eleven', '11', 'a number word and a figure'],
    ['supply', 'the supply', 'the same word plus an article'],
    ['claims', 'claimed', 'one word inflected two ways'],
    ['hours', 'hour standoff', 'a word kept and another added'],
    ["Pakistan's", 'Pakistan', 'a possessive'],
  ] as const) {
    it(`"${a}" ↔ "${b}" does not (${why})`, () => assert.ok(!content(a, b)));
  }
});

describe('wording rules: one clause', () => {
  it('cuts a span at clause punctuation and drops the filler at the ends of each piece', () => {
    const { text, words } = phrase('lost, and');
    assert.deepStrictEqual(clausePieces(text, words).map((p) => p.map((w) => w.text)), [['lost'], []]);
  });
  it('keeps a hyphenated compound and an apostrophe inside one piece', () => {
    const { text, words } = phrase("none re-transfer of the republic's arms");
    assert.strictEqual(clausePieces(text, words).length, 1);
  });
  it('cuts at quotation marks and dashes', () => {
    const { text, words } = phrase('officials said “a crime” — again');
    assert.strictEqual(clausePieces(text, words).length, 3);
  });
});

describe('wording rules: one slot', () => {
  for (const [a, b] of [
    ['rubbished', 'denied'],
    ['said', 'further clarified'],
    ['police', 'aid groups'],
    ['repeated baseless claims', 'raised fresh concerns'],
    ['armed groups', 'militants'],
  ] as const) {
    it(`"${a}" ↔ "${b}" fills one slot`, () => assert.ok(slot(a, b)));
  }
  for (const [a, b, why] of [
    ['civilians', 'people died', 'a noun against a clause with its verb'],
    ['The reporting', 'When asked', 'a subordinate clause on one side only'],
    ['University President Dr', 'In a statement', 'a phrase of manner against a noun phrase'],
    ['people to flee', 'refugees without shelter', 'an infinitive on one side only'],
    ['Islamabad also twice abstained', 'Pakistan', 'too many content words for one slot'],
  ] as const) {
    it(`"${a}" ↔ "${b}" does not (${why})`, () => assert.ok(!slot(a, b)));
  }
});

describe('wording rules: tightening', () => {
  it('drops filler both sides have at the same end ("slash nearly" ↔ "cut about")', () => {
    const [a, b] = tighten(phrase('slash nearly').words, phrase('cut about').words);
    assert.deepStrictEqual([a.map((w) => w.text), b.map((w) => w.text)], [['slash'], ['cut']]);
  });
  it('keeps a side whose end is content ("said" ↔ "further clarified")', () => {
    const [a, b] = tighten(phrase('said').words, phrase('further clarified').words);
    assert.deepStrictEqual([a.map((w) => w.text), b.map((w) => w.text)], [['said'], ['further', 'clarified']]);
  });
});
