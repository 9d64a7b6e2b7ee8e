import * as assert from 'assert';
import { namesAnotherSource } from '../../src/core/substitutions/sources';
import { finalVerbStart, isLightVerbOnly, isVerbGroup, reports } from '../../src/core/substitutions/verbGroups';
import { segment } from '../../src/core/text/segment';
import type { Word } from '../../src/core/types';

const words = (text: string): Word[] => [...segment(text).words];

describe('wording slots: verb groups', () => {
  for (const text of ['stormed', 'stepped down', 'was forced to resign', 'had been detained', 'was leaving', 'fled']) {
    it(`"${text}" is one verb group`, () => assert.ok(isVerbGroup(words(text))));
  }
  for (const [text, why] of [
    ['rising', 'an -ing form without an auxiliary'],
    ['is forecast', 'no past form after the auxiliary'],
    ['armed groups', 'a past form before a noun'],
    ['Ahmed', 'a capitalised name ending in -ed'],
    ['forced the minister out', 'an object after the verb'],
  ] as const) {
    it(`"${text}" is not (${why})`, () => assert.ok(!isVerbGroup(words(text))));
  }
  it('finds the verb closing a subject ("A crowd of squatters stormed"), not an auxiliary\'s participle', () => {
    assert.strictEqual(finalVerbStart(words('A crowd of squatters stormed')), 4);
    assert.strictEqual(finalVerbStart(words('were arrested')), -1);
    assert.strictEqual(finalVerbStart(words('Police fired tear gas')), -1);
  });
});

describe('wording slots: light verbs and verbs of saying', () => {
  for (const text of ['bringing', 'taking', 'leaving', 'carried out', 'had made', 'gave']) {
    it(`"${text}" is a light verb only`, () => assert.ok(isLightVerbOnly(words(text))));
  }
  for (const text of ['killing', 'took control', 'seized', 'the total']) {
    it(`"${text}" is not`, () => assert.ok(!isLightVerbOnly(words(text))));
  }
  it('tells a verb of saying ("said", "further clarified") from an act ("arrested") and from nouns ("claim", "report")', () => {
    assert.ok(reports(words('said')) && reports(words('further clarified')) && reports(words('Greek police said')));
    assert.ok(!reports(words('arrested')) && !reports(words('the claim')) && !reports(words('a report')) && !reports(words('the state')));
  });
});

describe('wording slots: sources and actors', () => {
  for (const [a, b] of [
    ['police', 'aid groups'],
    ['survivors', 'police'],
    ['witnesses', 'residents'],
    ['prosecutors', 'his lawyers'],
    ['the health ministry', 'doctors'],
  ] as const) {
    it(`"${a}" ↔ "${b}" names another source`, () => assert.ok(namesAnotherSource(words(a), words(b))));
  }
  for (const [a, b, why] of [
    ['police', 'authorities', 'an umbrella word for any body'],
    ['residents', 'people', 'an umbrella word for any people'],
    ['Campus police', 'Police in riot gear', 'the same role'],
    ['soldiers', 'troops', 'the same role'],
    ['Somali men', 'foreign criminals', 'labels, not roles: the lexicon and the other rules judge them'],
    ['protesters', 'rioters', 'labels, not roles'],
  ] as const) {
    it(`"${a}" ↔ "${b}" does not (${why})`, () => assert.ok(!namesAnotherSource(words(a), words(b))));
  }
});
