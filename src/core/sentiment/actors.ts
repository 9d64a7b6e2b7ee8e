import type { ActorTone, ArticleSentiment, SegmentedText } from '../types';
import { discoverNames } from './actorNames';
import { seedMentions, type SeedMentions } from './actorMentions';
import { compareEnglish } from '../text/englishOrder';

/** How many actors the panel shows: enough for the main parties, few enough to read. */
export const MAX_ACTORS = 12;

/**
 * Tone towards each named actor: for each article, the sentences that mention the actor
 * (`mentions` counts sentences, not occurrences), their summed score and the mean of their
 * comparative scores.
 *
 * Actors come from a seed table (countries with their demonyms, capitals and short forms:
 * "Moscow" and "Kremlin" are Russia; international bodies) and from proper names found in
 * the two texts, each person once however the texts name them (see `discoverNames`). Actors
 * both articles mention come first, then the most mentioned.
 */
export function actorTones(
  a: SegmentedText,
  sa: ArticleSentiment,
  b: SegmentedText,
  sb: ArticleSentiment,
  seedA: SeedMentions = seedMentions(a),
  seedB: SeedMentions = seedMentions(b)
): ActorTone[] {
  const actors = new Map<string, [Set<number>, Set<number>]>();
  const add = (name: string, side: 0 | 1, sentences: Iterable<number>) => {
    const entry = actors.get(name) ?? [new Set<number>(), new Set<number>()];
    for (const s of sentences) {
      entry[side].add(s);
    }
    actors.set(name, entry);
  };
  for (const [name, sentences] of seedA.sentences) {
    add(name, 0, sentences);
  }
  for (const [name, sentences] of seedB.sentences) {
    add(name, 1, sentences);
  }
  for (const found of discoverNames([a, b], [seedA.covered, seedB.covered])) {
    if (!actors.has(found.name)) {
      add(found.name, 0, found.sentences[0]);
      add(found.name, 1, found.sentences[1]);
    }
  }

  const tones = [...actors].map(([actor, [inA, inB]]) => ({
    actor,
    a: toneOf(sa, inA),
    b: toneOf(sb, inB),
  }));
  tones.sort((x, y) => {
    const bothX = x.a.mentions > 0 && x.b.mentions > 0 ? 1 : 0;
    const bothY = y.a.mentions > 0 && y.b.mentions > 0 ? 1 : 0;
    return (
      bothY - bothX ||
      y.a.mentions + y.b.mentions - (x.a.mentions + x.b.mentions) ||
      compareEnglish(x.actor, y.actor)
    );
  });
  return tones.slice(0, MAX_ACTORS);
}

function toneOf(sentiment: ArticleSentiment, sentences: Set<number>): ActorTone['a'] {
  let score = 0;
  let comparative = 0;
  for (const index of sentences) {
    const s = sentiment.sentences[index];
    if (s) {
      score += s.score;
      comparative += s.comparative;
    }
  }
  return {
    mentions: sentences.size,
    score,
    comparative: sentences.size > 0 ? comparative / sentences.size : 0,
  };
}
