import type { Candidates } from './invertedIndex';
import { candidateShared } from './invertedIndex';
import type { PairFeatures } from './sentenceFeatures';
import { tokensOf } from './sentenceFeatures';
import { coveredWeight, dice, sharedWeight } from './similarity';

/**
 * Thresholds of the matcher, tuned on the sample articles (same-briefing reports from
 * different outlets, near-duplicates, unrelated pages) and on the fixtures in the tests.
 */
export interface MatchThresholds {
  /** Lowest similarity at which two sentences count as telling the same thing. */
  readonly minSimilarity: number;
  /** Share of a sentence that each half of a split or merge must cover on its own. */
  readonly minPartShare: number;
  /** How much a split or merge must beat the best one-to-one pair of its members. */
  readonly minGroupGain: number;
}

/** One possible correspondence: one or two sentences on each side (never two on both). */
export interface MatchCandidate {
  readonly a: readonly number[];
  readonly b: readonly number[];
  readonly similarity: number;
}

/** One-to-one candidates at or above the similarity threshold. */
export function singleCandidates(
  features: PairFeatures,
  candidates: Candidates,
  thresholds: MatchThresholds
): MatchCandidate[] {
  const result: MatchCandidate[] = [];
  const countA = candidates.start.length - 1;
  for (let i = 0; i < countA; i++) {
    for (let k = candidates.start[i]!; k < candidates.start[i + 1]!; k++) {
      const j = candidates.b[k]!;
      const shared = candidates.shared[k]!;
      const similarity = dice(shared, features.a.weights[i]!, features.b.weights[j]!);
      if (similarity >= thresholds.minSimilarity) {
        result.push({ a: [i], b: [j], similarity });
      }
    }
  }
  return result;
}

/** Best one-to-one similarity of every sentence on each side, over all its candidates. */
function bestSingles(features: PairFeatures, candidates: Candidates): [Float64Array, Float64Array] {
  const bestA = new Float64Array(features.a.weights.length);
  const bestB = new Float64Array(features.b.weights.length);
  for (let i = 0; i < bestA.length; i++) {
    for (let k = candidates.start[i]!; k < candidates.start[i + 1]!; k++) {
      const j = candidates.b[k]!;
      const similarity = dice(candidates.shared[k]!, features.a.weights[i]!, features.b.weights[j]!);
      bestA[i] = Math.max(bestA[i]!, similarity);
      bestB[j] = Math.max(bestB[j]!, similarity);
    }
  }
  return [bestA, bestB];
}

/**
 * One-to-two (`split`) and two-to-one (`merged`) candidates. A group is proposed only when
 * the two sentences are consecutive, each of them covers a real share of the single sentence
 * on its own (so a group is never one good match plus a bystander), and the group as a whole
 * is clearly more similar than the best one-to-one pair any of its members could form.
 */
export function groupCandidates(
  features: PairFeatures,
  candidates: Candidates,
  thresholds: MatchThresholds
): MatchCandidate[] {
  const { a, b, idf } = features;
  const [bestA, bestB] = bestSingles(features, candidates);
  const result: MatchCandidate[] = [];
  const countA = a.weights.length;

  const accept = (
    singleWeight: number,
    covered: number,
    part1: number,
    part2: number,
    groupWeight: number,
    best: number
  ): number => {
    const minPart = thresholds.minPartShare * singleWeight;
    if (covered - part2 < minPart || covered - part1 < minPart) {
      return -1;
    }
    const similarity = dice(covered, singleWeight, groupWeight);
    if (similarity < thresholds.minSimilarity || similarity < best + thresholds.minGroupGain) {
      return -1;
    }
    return similarity;
  };

  for (let i = 0; i < countA; i++) {
    // Split: A sentence i against consecutive B sentences j, j + 1 (adjacent in the sorted list).
    for (let k = candidates.start[i]!; k + 1 < candidates.start[i + 1]!; k++) {
      const j = candidates.b[k]!;
      if (candidates.b[k + 1] !== j + 1) {
        continue;
      }
      const tokensA = tokensOf(a, i);
      const first = tokensOf(b, j);
      const second = tokensOf(b, j + 1);
      const covered = coveredWeight(tokensA, first, second, idf);
      const groupWeight = b.weights[j]! + b.weights[j + 1]! - sharedWeight(first, second, idf);
      const best = Math.max(bestA[i]!, bestB[j]!, bestB[j + 1]!);
      const similarity = accept(
        a.weights[i]!,
        covered,
        candidates.shared[k]!,
        candidates.shared[k + 1]!,
        groupWeight,
        best
      );
      if (similarity >= 0) {
        result.push({ a: [i], b: [j, j + 1], similarity });
      }
    }
    // Merged: A sentences i, i + 1 against one B sentence j that both share content with.
    if (i + 1 < countA) {
      for (let k = candidates.start[i]!; k < candidates.start[i + 1]!; k++) {
        const j = candidates.b[k]!;
        const nextShared = candidateShared(candidates, i + 1, j);
        if (nextShared === 0) {
          continue;
        }
        const first = tokensOf(a, i);
        const second = tokensOf(a, i + 1);
        const tokensB = tokensOf(b, j);
        const covered = coveredWeight(tokensB, first, second, idf);
        const groupWeight = a.weights[i]! + a.weights[i + 1]! - sharedWeight(first, second, idf);
        const best = Math.max(bestB[j]!, bestA[i]!, bestA[i + 1]!);
        const similarity = accept(
          b.weights[j]!,
          covered,
          candidates.shared[k]!,
          nextShared,
          groupWeight,
          best
        );
        if (similarity >= 0) {
          result.push({ a: [i, i + 1], b: [j], similarity });
        }
      }
    }
  }
  return result;
}

