import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { alignSentences } from '../../src/core/align/alignSentences';
import { segment } from '../../src/core/text/segment';
import type { Alignment, SegmentedText } from '../../src/core/types';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');

interface Aligned {
  a: SegmentedText;
  b: SegmentedText;
  alignment: Alignment;
}

function align(textA: string, textB: string): Aligned {
  const a = segment(textA);
  const b = segment(textB);
  return { a, b, alignment: alignSentences(a, b) };
}

/** A fixture holding two outlets' versions of one story, separated by a line `---`. */
function alignFixture(name: string): Aligned {
  const [textA, textB] = fs.readFileSync(path.join(FIXTURES, `align-pair-${name}.txt`), 'utf8').split(/^---$/m);
  return align(textA!.trim(), textB!.trim());
}

/** The B sentences paired with the A sentence containing `inA`, as text. */
function counterparts({ a, b, alignment }: Aligned, inA: string): string[] {
  const i = a.sentences.findIndex((s) => s.text.includes(inA));
  assert.ok(i >= 0, `no A sentence contains "${inA}"`);
  const pair = alignment.pairs.find((p) => p.a.includes(i));
  return pair ? pair.b.map((j) => b.sentences[j]!.text) : [];
}

function assertPaired(aligned: Aligned, inA: string, inB: string): void {
  const found = counterparts(aligned, inA);
  assert.ok(found.some((text) => text.includes(inB)), `"${inA}…" should pair with "${inB}…", pairs with ${JSON.stringify(found)}`);
}

function assertUnpaired(aligned: Aligned, inA: string): void {
  assert.deepStrictEqual(counterparts(aligned, inA), [], `"${inA}…" should have no counterpart`);
}

describe('alignment of one story told in two outlets’ words', () => {
  it('pairs the flood facts through their figures, names and spellings ("twelve"/"12", "160 millimetres"/"160 mm")', () => {
    const flood = alignFixture('flood');
    assertPaired(flood, 'Nearly 4,000 people were evacuated', 'Some 4,000 residents');
    assertPaired(flood, 'twelve districts', 'in 12 districts');
    assertPaired(flood, 'Rescuers pulled 43 people', 'rescued forty-three people');
    assertPaired(flood, '160 millimetres', '160 mm of rain');
    assertUnpaired(flood, 'Forecasters expect the river');
    assert.strictEqual(flood.alignment.pairs.length, 4);
  });

  it('pairs the ruling and the judge’s words, and leaves each outlet its own reaction', () => {
    const court = alignFixture('court');
    assertPaired(court, 'annulled the permit', 'In a 5-2 decision');
    assertPaired(court, 'Chief Justice Amara Okonkwo', 'Writing for the majority');
    assertUnpaired(court, 'Residents who brought the case');
  });

  it('pairs a turnout told only by its figure ("61 percent" / "61%"), and a name spelled two ways', () => {
    const election = alignFixture('election');
    assertPaired(election, 'With 98% of ballots counted', 'Giulia Ferrante was ahead');
    assertPaired(election, 'Turnout was 61 percent', 'Only 61% of voters');
    assertPaired(election, 'Halvorsen has not conceded', 'Halvorsson');
    assertUnpaired(election, 'Observers from the regional security organisation');
  });

  it('pairs the strike’s pay figures written as "9%" and "nine percent"', () => {
    const strike = alignFixture('strike');
    assertPaired(strike, 'demanding a 9% rise', 'nine percent more pay');
    assertPaired(strike, 'Henrik Aalto', 'Aalto said the strike');
    assertPaired(strike, 'Dock workers at the port of Saltmere', 'Roughly 1,200 dockers');
  });

  it('pairs a fact worded apart when the articles name the same people and places, though nothing else pairs', () => {
    const aligned = align(
      'Customs officers impounded a $40 million superyacht owned by Vadim Kuznetsov, a Russian tycoon, at Marina Nuova on Friday. The vessel had been moored there since March.',
      'Italian authorities confiscated a yacht linked to Vadym Kuznietsov, a Russian businessman, in the harbour of Marina Nuova. Moscow called the move theft.'
    );
    assertPaired(aligned, 'Customs officers impounded', 'Italian authorities confiscated');
    assert.strictEqual(aligned.alignment.pairs.length, 1);
  });

  it('counts lexicon variants and transliterations as one word ("Kiev"/"Kyiv", "rubbished"/"denied", "Zelensky"/"Zelenskyy")', () => {
    const aligned = align(
      'Officials in Kiev rubbished the report about grain convoys. Zelensky met the envoy in Lviv.',
      'Officials in Kyiv denied the report about grain convoys. Zelenskyy met the envoy in Lvov.'
    );
    assert.ok(aligned.alignment.pairs.every((p) => p.similarity === 1 || p.similarity > 0.9), JSON.stringify(aligned.alignment.pairs.map((p) => p.similarity)));
    assert.strictEqual(aligned.alignment.pairs.length, 2);
  });

  it('pairs the lead with the other lead rather than with the headline that restates it', () => {
    const aligned = align(
      'Velmora mayor orders evacuation of river districts\n\nMayor Ilse Brannock ordered the evacuation of the river districts of Velmora on Tuesday as the Tarrow rose.',
      'The mayor of Velmora ordered residents of the river districts to leave on Tuesday.'
    );
    // The headline shares a larger part of itself with B's lead than A's lead does.
    assertPaired(aligned, 'Mayor Ilse Brannock ordered', 'The mayor of Velmora');
    assertUnpaired(aligned, 'Velmora mayor orders evacuation');
  });
});

describe('the content floor', () => {
  // Regression: one-word lines of page furniture and short headlines paired with any body
  // sentence that repeated their word, because one shared word is most of a fragment.
  it('keeps fragments, datelines and three-word headlines from pairing by chance', () => {
    const aligned = align(
      'Follow\n\nShort Url\n\nVELMORA:\n\nFlood hits Velmora\n\nThe army sent boats to the Tarrow embankment on Tuesday.',
      'Follow the river gauges online. A short url points to the map. Velmora waits. Velmora braces for more rain.'
    );
    for (const fragment of ['Follow', 'Short Url', 'VELMORA', 'Flood hits Velmora']) {
      assertUnpaired(aligned, fragment);
    }
  });

  it('still pairs short sentences that are the same words', () => {
    const aligned = align('Follow\n\nThe levee held.', 'Follow\n\nThe levee held.');
    assert.strictEqual(aligned.alignment.pairs.length, 2);
  });

  // Regression: "Pakistan denies these allegations." paired with another article's denial of
  // a different report, on the country's name and two reporting words.
  it('does not pair two sentences that share only a frequent name and reporting words', () => {
    const aligned = align(
      'Velmora denies supplying pumps. Velmora officials spoke on Monday. Velmora schools reopened. Velmora trains run again.',
      'Velmora denies these allegations. Velmora farmers counted losses. Velmora bridges reopened. Velmora buses run again.'
    );
    assertUnpaired(aligned, 'Velmora denies supplying pumps');
  });
});

/**
 * A long text from one sentence template with words drawn from short lists and its own place
 * names: two such texts share most of their wording and, by chance, some figures, but tell
 * nothing in common.
 */
function templated(seed: number, sentences: number): string {
  let state = seed;
  const pick = <T>(list: readonly T[]): T => {
    // mulberry32, as in the benchmark's synthetic articles.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return list[((t ^ (t >>> 14)) >>> 0) % list.length]!;
  };
  const figures = Array.from({ length: 900 }, (_, k) => 13 + k);
  const plurals = ['residents', 'families', 'workers', 'pupils', 'patients', 'farmers', 'drivers', 'traders'];
  const actors = ['the council', 'the ministry', 'the mayor', 'the army', 'police', 'the court', 'the governor', 'the utility'];
  const verbs = ['closed', 'inspected', 'repaired', 'blocked', 'funded', 'opened', 'sold', 'moved'];
  const nouns = ['bridge', 'school', 'market', 'clinic', 'depot', 'harbour', 'station', 'road'];
  const [starts, ends] = seed === 1 ? [['Tar', 'Vel', 'Dun', 'Kor'], ['mora', 'mere', 'wick', 'stad']] : [['Sal', 'Bre', 'Mon', 'Hal'], ['ford', 'by', 'ton', 'holm']];
  const place = () => pick(starts) + pick(ends);
  return Array.from(
    { length: sentences },
    () => `About ${pick(figures)} ${pick(plurals)} were affected after ${pick(actors)} ${pick(verbs)} the ${pick(nouns)} in ${place()}, according to ${place()}.`
  ).join(' ');
}

describe('texts written from one template', () => {
  // Regression: sentences of two unrelated texts paired on their shared wording alone
  // (three in four sentences of these texts), even where not one name or figure matched.
  it('do not pair sentences that share common wording and, by chance, a figure', () => {
    const { a, alignment } = align(templated(1, 400), templated(2, 400));
    assert.ok(alignment.pairs.length <= 0.1 * a.sentences.length, `${alignment.pairs.length} pairs of ${a.sentences.length}`);
  });
});
