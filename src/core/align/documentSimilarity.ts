import type { Alignment, SegmentedText } from '../types';
import type { PairFeatures } from './sentenceFeatures';
import { buildFeatures } from './sentenceFeatures';
import { TokenKind } from './vocabulary';

/** The sentence weights an alignment was computed with, kept so they are not recomputed. */
export interface AlignmentWeights {
  readonly a: SegmentedText;
  readonly b: SegmentedText;
  readonly features: PairFeatures;
}

// Keyed by the alignment object so that the weights never outlive it or leak into its JSON.
const weightsOfAlignment = new WeakMap<Alignment, AlignmentWeights>();

/** Lets `alignSentences` hand over the weights it already computed. */
export function rememberWeights(alignment: Alignment, weights: AlignmentWeights): void {
  weightsOfAlignment.set(alignment, weights);
}

/**
 * Share of the content-word weight of both articles that lies in aligned pairs, in [0, 1].
 *
 * Weights are the IDF weights the alignment uses, so a shared name or figure counts for more
 * than a shared "said". Identical texts give 1 and unrelated texts about 0; content only one
 * article has lowers it in proportion to its weight. Wording changes inside a pair do not:
 * they are what the word differences show, while this number answers "how much of the two
 * stories do they tell in common".
 */
export function documentSimilarity(a: SegmentedText, b: SegmentedText, alignment: Alignment): number {
  const cached = weightsOfAlignment.get(alignment);
  const features = cached && cached.a === a && cached.b === b ? cached.features : buildFeatures(a, b);
  const total = features.a.total + features.b.total;
  if (total <= 0) {
    // No content words on either side: identical if everything pairs up (or both are empty).
    return alignment.onlyInA.length === 0 && alignment.onlyInB.length === 0 ? 1 : 0;
  }
  // Summing what is left out (rather than what is aligned) makes identical texts exactly 1.
  let unaligned = 0;
  for (const i of alignment.onlyInA) {
    unaligned += features.a.weights[i] ?? 0;
  }
  for (const j of alignment.onlyInB) {
    unaligned += features.b.weights[j] ?? 0;
  }
  return Math.min(1, Math.max(0, 1 - unaligned / total));
}

/** How much of their vocabulary two articles share (see `sharedVocabulary`). */
export interface SharedVocabulary {
  /** Share of the content words (weighted by IDF) of the article with fewer. */
  readonly words: number;
  /** The same over names and strong figures alone, or undefined when one article has none. */
  readonly names: number | undefined;
}

/**
 * How much of their vocabulary two articles share, whatever the alignment found: two reports
 * of one event in very different words share their names, figures and topic words even when
 * no sentence of one closely matches a sentence of the other, while unrelated articles share
 * next to nothing. Reporting verbs and hedges ("said", "claims") do not count.
 */
export function sharedVocabulary(a: SegmentedText, b: SegmentedText, alignment: Alignment): SharedVocabulary {
  const cached = weightsOfAlignment.get(alignment);
  const features = cached && cached.a === a && cached.b === b ? cached.features : buildFeatures(a, b);
  const { idf, dfA, dfB, kinds } = features;
  const words = [0, 0, 0];
  const names = [0, 0, 0];
  for (let t = 0; t < features.vocabularySize; t++) {
    const kind = kinds[t]!;
    if (kind === TokenKind.Apparatus) {
      continue;
    }
    const counts = kind === TokenKind.Name || kind === TokenKind.StrongFigure ? [words, names] : [words];
    for (const sums of counts) {
      if (dfA[t]! > 0) sums[0]! += idf[t]!;
      if (dfB[t]! > 0) sums[1]! += idf[t]!;
      if (dfA[t]! > 0 && dfB[t]! > 0) sums[2]! += idf[t]!;
    }
  }
  const share = (sums: number[]) => {
    const smaller = Math.min(sums[0]!, sums[1]!);
    return smaller > 0 ? sums[2]! / smaller : undefined;
  };
  return { words: share(words) ?? 0, names: share(names) };
}
