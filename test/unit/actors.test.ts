import * as assert from 'assert';
import { actorTones, articleSentiment, MAX_ACTORS } from '../../src/core/sentiment';
import { segment } from '../../src/core/text/segment';
import type { ActorTone } from '../../src/core/types';

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
