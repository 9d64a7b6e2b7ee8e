import type { Alignment, ArticleSentiment, ToneGap } from '../types';

/**
 * Splits the difference in total score (B − A) into what changed wording inside aligned pairs
 * contributes (Σ over pairs of B's sentences minus A's sentences) and what content only one
 * article has contributes (Σ only-in-B minus Σ only-in-A). The two parts add up to the total
 * whenever every sentence is either in a pair or unmatched, which alignment guarantees.
 */
export function toneGap(a: ArticleSentiment, b: ArticleSentiment, alignment: Alignment): ToneGap {
  const scoreOf = (sentiment: ArticleSentiment, indices: readonly number[]) =>
    indices.reduce((sum, i) => sum + (sentiment.sentences[i]?.score ?? 0), 0);
  let fromWording = 0;
  for (const pair of alignment.pairs) {
    fromWording += scoreOf(b, pair.b) - scoreOf(a, pair.a);
  }
  const fromOneSidedContent = scoreOf(b, alignment.onlyInB) - scoreOf(a, alignment.onlyInA);
  return { total: b.score - a.score, fromWording, fromOneSidedContent };
}
