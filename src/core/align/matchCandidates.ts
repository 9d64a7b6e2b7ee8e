import type { Candidates, ContentFloor } from './invertedIndex';
import { candidateShared } from './invertedIndex';
import type { PairFeatures, SideFeatures } from './sentenceFeatures';
import { coveredWeight, dice, sharedWeight } from './similarity';

/** Thresholds of the matcher (see `DEFAULT_THRESHOLDS` for the values and why). */
export interface MatchThresholds extends ContentFloor {
  /** Lowest similarity at which two sentences (or groups) count as telling the same thing. */
  readonly minSimilarity: number;
  /** Share of the single sentence that each half of a split or merge must add on its own. */
  readonly minPartShare: number;
  /** How much a split or merge must beat the best one-to-one pair of its members. */
  readonly minGroupGain: number;
}

/** One correspondence: one or two sentences on each side (never two on both). */
export interface MatchCandidate {
  readonly a: readonly number[];
  readonly b: readonly number[];
  readonly similarity: number;
}

/** Marks the absent second sentence of a one-sentence side. */
export const NONE = -1;

/**
 * All proposed correspondences, as parallel typed arrays rather than one object each: long
 * texts propose tens of thousands, and objects would keep the garbage collector busy.
 * Entry `k` pairs A sentences `a1[k]` (and `a2[k]` unless `NONE`) with B sentences `b1[k]`
 * (and `b2[k]` unless `NONE`).
 */
export class Proposals {
  a1: Int32Array = new Int32Array(256);
  a2: Int32Array = new Int32Array(256);
  b1: Int32Array = new Int32Array(256);
  b2: Int32Array = new Int32Array(256);
  similarity: Float64Array = new Float64Array(256);
  length = 0;

  push(a1: number, a2: number, b1: number, b2: number, similarity: number): void {
    if (this.length === this.a1.length) {
      this.a1 = grow(this.a1);
      this.a2 = grow(this.a2);
      this.b1 = grow(this.b1);
      this.b2 = grow(this.b2);
      const wider = new Float64Array(this.similarity.length * 2);
      wider.set(this.similarity);
      this.similarity = wider;
    }
    const k = this.length++;
    this.a1[k] = a1;
    this.a2[k] = a2;
    this.b1[k] = b1;
    this.b2[k] = b2;
    this.similarity[k] = similarity;
  }

  /** Entry `k` as a plain record. */
  get(k: number): MatchCandidate {
    const a2 = this.a2[k]!;
    const b2 = this.b2[k]!;
    return {
      a: a2 === NONE ? [this.a1[k]!] : [this.a1[k]!, a2],
      b: b2 === NONE ? [this.b1[k]!] : [this.b1[k]!, b2],
      similarity: this.similarity[k]!,
    };
  }
}

function grow(array: Int32Array): Int32Array {
  const wider = new Int32Array(array.length * 2);
  wider.set(array);
  return wider;
}

/**
 * Proposes every one-to-one candidate (all already reach the threshold) and every split and
 * merge grown around them.
 *
 * The larger half of a real split already resembles the whole sentence, so each candidate
 * pair is tried together with the neighbours of its B sentence (split) and of its A sentence
 * (merge). A group is proposed only when each half adds a real share of the single sentence
 * on its own (never one good match plus a bystander) and the group as a whole is clearly more
 * similar than the best one-to-one pair any of its members could form.
 */
export function propose(features: PairFeatures, candidates: Candidates, thresholds: MatchThresholds): Proposals {
  const { a, b } = features;
  const countA = a.weights.length;
  const countB = b.weights.length;
  const proposals = new Proposals();
  const bestA = new Float64Array(countA);
  const bestB = new Float64Array(countB);
  for (let i = 0; i < countA; i++) {
    for (let k = candidates.start[i]!; k < candidates.start[i + 1]!; k++) {
      const j = candidates.b[k]!;
      const similarity = dice(candidates.shared[k]!, a.weights[i]!, b.weights[j]!);
      proposals.push(i, NONE, j, NONE, similarity);
      bestA[i] = Math.max(bestA[i]!, similarity);
      bestB[j] = Math.max(bestB[j]!, similarity);
    }
  }
  const group = new GroupEvaluator(features, thresholds);
  for (let i = 0; i < countA; i++) {
    for (let k = candidates.start[i]!; k < candidates.start[i + 1]!; k++) {
      const j = candidates.b[k]!;
      // Each group is tried once: from its first member, or from the second when the first
      // is not a candidate itself.
      if (j + 1 < countB) {
        const best = Math.max(bestA[i]!, bestB[j]!, bestB[j + 1]!);
        const similarity = group.evaluate(a, i, b, j, best);
        if (similarity > 0) {
          proposals.push(i, NONE, j, j + 1, similarity);
        }
      }
      if (j > 0 && candidateShared(candidates, i, j - 1) === 0) {
        const best = Math.max(bestA[i]!, bestB[j - 1]!, bestB[j]!);
        const similarity = group.evaluate(a, i, b, j - 1, best);
        if (similarity > 0) {
          proposals.push(i, NONE, j - 1, j, similarity);
        }
      }
      if (i + 1 < countA) {
        const best = Math.max(bestB[j]!, bestA[i]!, bestA[i + 1]!);
        const similarity = group.evaluate(b, j, a, i, best);
        if (similarity > 0) {
          proposals.push(i, i + 1, j, NONE, similarity);
        }
      }
      if (i > 0 && candidateShared(candidates, i - 1, j) === 0) {
        const best = Math.max(bestB[j]!, bestA[i - 1]!, bestA[i]!);
        const similarity = group.evaluate(b, j, a, i - 1, best);
        if (similarity > 0) {
          proposals.push(i - 1, i, j, NONE, similarity);
        }
      }
    }
  }
  return proposals;
}

class GroupEvaluator {
  constructor(
    private readonly features: PairFeatures,
    private readonly thresholds: MatchThresholds
  ) {}

  /**
   * Similarity of sentence `single` of one side with sentences `first` and `first + 1` of
   * the other, or 0 when they do not qualify as a split or merge of it. `best` is the best
   * one-to-one similarity among the three sentences.
   */
  evaluate(singleSide: SideFeatures, single: number, groupSide: SideFeatures, first: number, best: number): number {
    const { idf } = this.features;
    const { minPartShare, minSimilarity, minGroupGain } = this.thresholds;
    // Nothing can beat a near-perfect one-to-one pair by the required gain.
    if (best + minGroupGain > 1) {
      return 0;
    }
    const singleWeight = singleSide.weights[single]!;
    const minPart = minPartShare * singleWeight;
    // Each half must share at least `minPart` on its own; checking that first rejects most
    // neighbours with one merge.
    const shared2 = sharedWeight(singleSide, single, groupSide, first + 1, idf);
    if (shared2 < minPart) {
      return 0;
    }
    const shared1 = sharedWeight(singleSide, single, groupSide, first, idf);
    if (shared1 < minPart) {
      return 0;
    }
    const covered = coveredWeight(singleSide, single, groupSide, first, idf);
    if (covered - shared2 < minPart || covered - shared1 < minPart) {
      return 0;
    }
    // The group's content is the union of its two sentences.
    const groupWeight =
      groupSide.weights[first]! + groupSide.weights[first + 1]! - sharedWeight(groupSide, first, groupSide, first + 1, idf);
    const similarity = dice(covered, singleWeight, groupWeight);
    if (similarity < minSimilarity || similarity < best + minGroupGain) {
      return 0;
    }
    return similarity;
  }
}
