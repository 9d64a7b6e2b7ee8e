import * as assert from 'assert';
import { actorTones, articleSentiment, MAX_ACTORS } from '../../src/core/sentiment';
import { segment } from '../../src/core/text/segment';
import type { ActorTone, SegmentedText } from '../../src/core/types';

function tones(textA: string, textB: string): ActorTone[] {
  const a = segment(textA);
  const b = segment(textB);
  return actorTones(a, articleSentiment(a), b, articleSentiment(b));
}

const A = [
  'Moscow welcomed the agreement on the Edda river dam.',
  'Russian engineers praised the design.',
  'Kyiv called the flooding a disaster.',
  'Officials told us the water was falling.',
].join(' ');

const B = [
  'The Kremlin criticised the dam.',
  'Ukrainian officials were angry about the damage.',
  'The US offered help, and Washington sent engineers.',
].join(' ');

describe('actor tone', () => {
  it('scores the sentences that mention an actor through its capital, demonym or short form', () => {
    const russia = tones(A, B).find((t) => t.actor === 'Russia')!;
    assert.strictEqual(russia.a.mentions, 2);
    assert.strictEqual(russia.a.score, 2 + 1 + 3);
    assert.strictEqual(russia.b.mentions, 1);
    assert.strictEqual(russia.b.score, -2);
    const ukraine = tones(A, B).find((t) => t.actor === 'Ukraine')!;
    assert.strictEqual(ukraine.a.score, -2);
    assert.strictEqual(ukraine.b.score, -3 - 3);
  });

  it('averages the comparative scores of the sentences that mention an actor', () => {
    const a = segment(A);
    const sa = articleSentiment(a);
    const russia = actorTones(a, sa, segment(''), articleSentiment(segment(''))).find((t) => t.actor === 'Russia')!;
    assert.strictEqual(russia.a.comparative, (sa.sentences[0]!.comparative + sa.sentences[1]!.comparative) / 2);
    assert.deepStrictEqual(russia.b, { mentions: 0, score: 0, comparative: 0 });
  });

  it('takes "US" in capitals for the United States but never the pronoun "us"', () => {
    const inA = tones(A, '').find((t) => t.actor === 'the US');
    assert.strictEqual(inA, undefined);
    const us = tones('', B).find((t) => t.actor === 'the US')!;
    assert.strictEqual(us.b.mentions, 1);
  });

  it('finds proper names in the texts and counts a surname alone as the full name', () => {
    const result = tones(
      'Port Edda mayor Elena Vasquez praised the crews. The dam held, Vasquez said.',
      'Critics blamed Vasquez for the delay.'
    );
    const vasquez = result.find((t) => t.actor === 'Elena Vasquez')!;
    assert.ok(vasquez, JSON.stringify(result.map((t) => t.actor)));
    assert.strictEqual(vasquez.a.mentions, 2);
    assert.strictEqual(vasquez.b.mentions, 1);
    assert.ok(!result.some((t) => t.actor === 'Critics' || t.actor === 'The'));
  });

  it('ignores capitalised words that only start sentences or also appear in lower case', () => {
    const result = tones('Heavy rain fell. Heavy rain fell again.', 'The rain was heavy. Rain fell.');
    assert.deepStrictEqual(result, []);
  });

  it('lists actors both articles mention first, then by mentions, and caps the list', () => {
    const countries = ['France', 'Germany', 'Poland', 'Japan', 'China', 'India', 'Iran', 'Iraq', 'Syria', 'Egypt', 'Qatar', 'Cuba', 'Canada', 'Brazil'];
    const textA = countries.map((c) => `${c} sent aid.`).join(' ') + ' Mexico sent aid. Mexico sent more aid.';
    const textB = 'Cuba sent aid.';
    const result = tones(textA, textB);
    assert.strictEqual(result.length, MAX_ACTORS);
    assert.strictEqual(result[0]!.actor, 'Cuba');
    assert.strictEqual(result[1]!.actor, 'Mexico');
  });
});

describe('actor names spelled two ways', () => {
  it('merges one name spelled differently by the two articles into one actor', () => {
    const result = tones(
      'Drones hit the port of Odesa. Officials in Odesa praised the rescue.',
      'A strike hit the port of Odessa. Officials in Odessa condemned the attack.'
    );
    const merged = result.find((t) => t.actor === 'Odesa / Odessa');
    assert.ok(merged, JSON.stringify(result.map((t) => t.actor)));
    assert.deepStrictEqual([merged.a.mentions, merged.b.mentions], [2, 2]);
    assert.ok(!result.some((t) => t.actor === 'Odesa' || t.actor === 'Odessa'), 'no longer listed apart');
  });
});

/** The actor names of a comparison. */
const actorNames = (textA: string, textB = '') => tones(textA, textB).map((t) => t.actor);

/**
 * The same text segmented with a sentence boundary after `cut` (the first occurrence), as a
 * segmenter that takes "Paul D." for the end of a sentence would leave it.
 */
function splitAfter(text: string, cut: string): SegmentedText {
  const doc = segment(text);
  const offset = text.indexOf(cut) + cut.length;
  const at = doc.sentences.findIndex((s) => s.start < offset && offset < s.end);
  const s = doc.sentences[at]!;
  const firstAfter = doc.words.findIndex((w) => w.start >= offset);
  const head = { ...s, end: offset, text: text.slice(s.start, offset), wordCount: firstAfter - s.firstWord };
  const tailStart = doc.words[firstAfter]!.start;
  const tail = { ...s, start: tailStart, text: text.slice(tailStart, s.end), firstWord: firstAfter, wordCount: s.firstWord + s.wordCount - firstAfter };
  const sentences = [...doc.sentences.slice(0, at), head, tail, ...doc.sentences.slice(at + 1)].map((x, index) => ({ ...x, index }));
  const words = doc.words.map((w) => ({ ...w, sentence: w.index >= firstAfter ? w.sentence + 1 : w.sentence }));
  return { ...doc, sentences, words };
}

describe('actor aliases', () => {
  it('counts "Gov. X", "Governor X", "Ms. X" and the surname alone as one actor named by the full name', () => {
    const result = tones(
      'Gov. Ana Silva visited the flooded town on Monday. Ms. Silva promised new pumps. Silva said the levee held.',
      'Governor Ana Silva toured the damage. Residents cheered Gov. Silva.'
    );
    assert.deepStrictEqual(
      result.map((t) => [t.actor, t.a.mentions, t.b.mentions]),
      [['Ana Silva', 3, 2]]
    );
  });

  it('names the actor by its fullest form: "Paul D. Ryan", "Paul Ryan", "Speaker Ryan", "Mr. Ryan"', () => {
    const result = tones(
      'House Speaker Paul D. Ryan met the governors on Tuesday. Mr. Ryan called the talks useful.',
      'Paul Ryan said little. Speaker Ryan left early.'
    );
    const ryan = result.filter((t) => /Ryan/.test(t.actor));
    assert.deepStrictEqual(ryan.map((t) => [t.actor, t.a.mentions, t.b.mentions]), [['Paul D. Ryan', 2, 2]]);
  });

  it('takes the whole title off a name ("Secretary of State Joan Alvarez" is Joan Alvarez)', () => {
    assert.deepStrictEqual(actorNames('Secretary of State Joan Alvarez said the recount was accurate. Alvarez thanked the clerks.'), ['Joan Alvarez']);
  });

  it('no actor named "Paul D" (regression: the dotted initial cut the name in two)', () => {
    const names = actorNames('House Speaker Paul D. Ryan met the governors. Paul D. Ryan left early.', 'Paul D. Ryan said little.');
    assert.deepStrictEqual(names, ['Paul D. Ryan']);
  });

  it('no actor named "Paul D" when the segmenter ends a sentence after the initial', () => {
    const a = splitAfter('House Speaker Paul D. Ryan met the governors. Mr. Ryan left early.', 'Paul D.');
    assert.strictEqual(a.words.find((w) => w.text === 'Ryan')!.sentence, 1, 'the split the test relies on');
    const b = segment('');
    const names = actorTones(a, articleSentiment(a), b, articleSentiment(b)).map((t) => t.actor);
    assert.deepStrictEqual(names, ['Paul D. Ryan']);
  });

  it('no actor named "R", "S.C" or "D-Fla" (regression: party-state tags taken for names)', () => {
    const names = actorNames(
      'Sen. Lindsey Graham, R-S.C., met Sen. Ted Cruz (R-Texas) on Monday. Graham, R-S.C., spoke first.',
      'Rep. Maria Lopez (D-Fla.) objected. Lopez (D-Fla.) left, and Cruz (R-Texas) stayed.'
    );
    for (const fragment of ['R', 'S.C', 'D-Fla', 'D', 'Fla', 'Texas', 'R-Texas', 'R-S.C']) {
      assert.ok(!names.includes(fragment), `${fragment} in ${JSON.stringify(names)}`);
    }
    assert.ok(names.includes('Lindsey Graham') && names.includes('Ted Cruz') && names.includes('Maria Lopez'), JSON.stringify(names));
  });

  it('no actor made of a title, an initial or single letters', () => {
    const names = actorNames('Gov. J. said the plan was fine. Gov. J. left. The B. said nothing. Gen. X spoke. Gen. X left.');
    assert.deepStrictEqual(names, []);
  });

  it('merges a multi-word name transliterated word for word into one actor', () => {
    const result = tones(
      'Regional governor Mykola Hrytsenko praised the crews. Hrytsenko said the bridge held.',
      'Regional governor Nikolai Gritsenko blamed the crews. Gritsenko said the bridge failed.'
    );
    const merged = result.find((t) => t.actor === 'Mykola Hrytsenko / Nikolai Gritsenko');
    assert.ok(merged, JSON.stringify(result.map((t) => t.actor)));
    assert.deepStrictEqual([merged.a.mentions, merged.b.mentions], [2, 2]);
  });

  it('merges one name spelled two ways even when each article names it only once', () => {
    const names = actorNames('Libyan leader Muammar Gaddafi spoke in Tripoli.', 'Libyan leader Moammar Qaddafi spoke in Tripoli.');
    assert.ok(names.includes('Muammar Gaddafi / Moammar Qaddafi'), JSON.stringify(names));
  });

  it('does not merge two institution words that differ only by an ending ("Ministry"/"Minister")', () => {
    const names = actorNames('The Ministry of Fisheries met the Ministry of Ports.', 'The Minister of Fisheries met the Minister of Ports.');
    assert.ok(!names.some((n) => n.includes(' / ')), JSON.stringify(names));
  });
});
