/**
 * Weighted set arithmetic over sorted token-id arrays. Sentences hold a few dozen content
 * words at most, so linear merges beat hashing here.
 */

/** Total weight of the tokens two sorted sets share. */
export function sharedWeight(x: Int32Array, y: Int32Array, idf: Float64Array): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < x.length && j < y.length) {
    const tx = x[i]!;
    const ty = y[j]!;
    if (tx === ty) {
      sum += idf[tx]!;
      i++;
      j++;
    } else if (tx < ty) {
      i++;
    } else {
      j++;
    }
  }
  return sum;
}

/** Weight of the tokens of `x` found in `y1` or `y2`: how much of `x` a pair of sentences covers. */
export function coveredWeight(x: Int32Array, y1: Int32Array, y2: Int32Array, idf: Float64Array): number {
  let j1 = 0;
  let j2 = 0;
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const t = x[i]!;
    while (j1 < y1.length && y1[j1]! < t) {
      j1++;
    }
    while (j2 < y2.length && y2[j2]! < t) {
      j2++;
    }
    if ((j1 < y1.length && y1[j1] === t) || (j2 < y2.length && y2[j2] === t)) {
      sum += idf[t]!;
    }
  }
  return sum;
}

/**
 * Weighted Dice coefficient `2·shared / (weightX + weightY)` in [0, 1]. Dice rather than
 * cosine or Jaccard: it is the share of both sentences' content that the pair has in common,
 * which is also how the document similarity is defined, so the two read the same way.
 */
export function dice(shared: number, weightX: number, weightY: number): number {
  const sum = weightX + weightY;
  if (sum <= 0) {
    return 0;
  }
  return Math.min(1, Math.max(0, (2 * shared) / sum));
}
