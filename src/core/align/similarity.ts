import type { SideFeatures } from './sentenceFeatures';

/**
 * Weighted set arithmetic over the sorted token ids of sentences. Sentences hold a few dozen
 * content words at most, so linear merges beat hashing; they read the flat token arrays in
 * place, because a view object per call would cost more than the merge itself on long texts.
 */

/** Total weight of the tokens sentence `x` of one side and sentence `y` of another share. */
export function sharedWeight(sideX: SideFeatures, x: number, sideY: SideFeatures, y: number, idf: Float64Array): number {
  const tx = sideX.tokens;
  const ty = sideY.tokens;
  let i = sideX.offsets[x]!;
  const endX = sideX.offsets[x + 1]!;
  let j = sideY.offsets[y]!;
  const endY = sideY.offsets[y + 1]!;
  let sum = 0;
  while (i < endX && j < endY) {
    const a = tx[i]!;
    const b = ty[j]!;
    if (a === b) {
      sum += idf[a]!;
      i++;
      j++;
    } else if (a < b) {
      i++;
    } else {
      j++;
    }
  }
  return sum;
}

/**
 * Weight of the tokens of sentence `x` found in sentence `y` or `y + 1` of the other side:
 * how much of `x` a pair of consecutive sentences covers.
 */
export function coveredWeight(sideX: SideFeatures, x: number, sideY: SideFeatures, y: number, idf: Float64Array): number {
  const tx = sideX.tokens;
  const ty = sideY.tokens;
  let j1 = sideY.offsets[y]!;
  const end1 = sideY.offsets[y + 1]!;
  let j2 = end1;
  const end2 = sideY.offsets[y + 2]!;
  let sum = 0;
  for (let i = sideX.offsets[x]!; i < sideX.offsets[x + 1]!; i++) {
    const t = tx[i]!;
    while (j1 < end1 && ty[j1]! < t) {
      j1++;
    }
    while (j2 < end2 && ty[j2]! < t) {
      j2++;
    }
    if ((j1 < end1 && ty[j1] === t) || (j2 < end2 && ty[j2] === t)) {
      sum += idf[t]!;
    }
  }
  return sum;
}

/**
 * Weighted Dice coefficient `2·shared / (weightX + weightY)` in [0, 1]: the share of both
 * sentences' content that they have in common. Unlike containment it penalises a short
 * sentence matched against a long one that merely mentions the same names.
 */
export function dice(shared: number, weightX: number, weightY: number): number {
  const sum = weightX + weightY;
  if (sum <= 0) {
    return 0;
  }
  return Math.min(1, Math.max(0, (2 * shared) / sum));
}
