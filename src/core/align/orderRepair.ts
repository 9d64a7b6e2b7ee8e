import { lowerBound } from '../text/lowerBound';
import type { Candidates } from './invertedIndex';
import type { MatchCandidate } from './matchCandidates';
import { movedFlags } from './moved';
import type { PairFeatures } from './sentenceFeatures';
import { dice } from './similarity';

/**
 * How much similarity a pair may give up to stay in reading order. News copy repeats itself:
 * a headline or standfirst restates a sentence of the body, so one sentence often has two
 * near-equal counterparts, and best-first choice alone may pick the headline and report the
 * body sentence as missing. Within this margin the counterpart in reading order wins; a real
 * move (a paragraph lifted elsewhere) has no in-order alternative this close and stays moved.
 */
export const ORDER_TOLERANCE = 0.15;

/**
 * Replaces out-of-order one-to-one pairs by an in-order alternative of nearly the same
 * similarity whose other sentence is still free. `chosen` must be sorted by A position; the
 * result is too.
 */
export function preferReadingOrder(
  chosen: MatchCandidate[],
  features: PairFeatures,
  candidates: Candidates
): MatchCandidate[] {
  const moved = movedFlags(chosen.map((match) => match.b[0]!));
  if (!moved.includes(true)) {
    return chosen;
  }
  const countA = features.a.weights.length;
  const countB = features.b.weights.length;
  const usedA = new Uint8Array(countA);
  const usedB = new Uint8Array(countB);
  for (const match of chosen) {
    match.a.forEach((i) => (usedA[i] = 1));
    match.b.forEach((j) => (usedB[j] = 1));
  }
  const byB = transpose(candidates, countB);
  const similarity = (i: number, j: number, shared: number): number =>
    dice(shared, features.a.weights[i]!, features.b.weights[j]!);
  // The pairs that stay in order, as anchors: an alternative must fit between two of them.
  const anchors = chosen.filter((_, index) => !moved[index]);
  const anchorsByB = [...anchors].sort((x, y) => x.b[0]! - y.b[0]!);

  const result = chosen.slice();
  for (let index = 0; index < result.length; index++) {
    const match = result[index]!;
    if (!moved[index] || match.a.length !== 1 || match.b.length !== 1) {
      continue;
    }
    const i = match.a[0]!;
    const j = match.b[0]!;
    let best: MatchCandidate | undefined;
    let bestSimilarity = match.similarity - ORDER_TOLERANCE;
    // Keep A sentence i, give it a free B sentence between its A-order anchors.
    const [bLow, bHigh] = window(anchors, (m) => m.a[0]!, (m) => m.b, i);
    for (let k = candidates.start[i]!; k < candidates.start[i + 1]!; k++) {
      const other = candidates.b[k]!;
      const value = similarity(i, other, candidates.shared[k]!);
      if (!usedB[other] && other > bLow && other < bHigh && value >= bestSimilarity) {
        best = { a: [i], b: [other], similarity: value };
        bestSimilarity = value;
      }
    }
    // Or keep B sentence j, give it a free A sentence between its B-order anchors.
    const [aLow, aHigh] = window(anchorsByB, (m) => m.b[0]!, (m) => m.a, j);
    for (let k = byB.start[j]!; k < byB.start[j + 1]!; k++) {
      const other = byB.a[k]!;
      const value = similarity(other, j, byB.shared[k]!);
      if (!usedA[other] && other > aLow && other < aHigh && value >= bestSimilarity) {
        best = { a: [other], b: [j], similarity: value };
        bestSimilarity = value;
      }
    }
    if (best) {
      usedA[i] = 0;
      usedB[j] = 0;
      usedA[best.a[0]!] = 1;
      usedB[best.b[0]!] = 1;
      result[index] = best;
    }
  }
  return result.sort((x, y) => x.a[0]! - y.a[0]!);
}

/** The candidate lists turned around: for each B sentence, its A candidates. */
function transpose(
  candidates: Candidates,
  countB: number
): { start: Int32Array; a: Int32Array; shared: Float64Array } {
  const start = new Int32Array(countB + 1);
  for (let k = 0; k < candidates.b.length; k++) {
    start[candidates.b[k]! + 1]!++;
  }
  for (let j = 0; j < countB; j++) {
    start[j + 1]! += start[j]!;
  }
  const fill = start.slice(0, countB);
  const a = new Int32Array(candidates.b.length);
  const shared = new Float64Array(candidates.b.length);
  for (let i = 0; i + 1 < candidates.start.length; i++) {
    for (let k = candidates.start[i]!; k < candidates.start[i + 1]!; k++) {
      const slot = fill[candidates.b[k]!]!++;
      a[slot] = i;
      shared[slot] = candidates.shared[k]!;
    }
  }
  return { start, a, shared };
}

/**
 * Bounds on the other side for a sentence at `position`: the last sentence used by the anchor
 * before it and the first used by the anchor after it (anchors sorted by `key`).
 */
export function window(
  anchors: readonly MatchCandidate[],
  key: (m: MatchCandidate) => number,
  other: (m: MatchCandidate) => readonly number[],
  position: number
): [number, number] {
  let low = -1;
  let high = Number.MAX_SAFE_INTEGER;
  const next = lowerBound(anchors, (m) => key(m) < position);
  if (next > 0) {
    const before = other(anchors[next - 1]!);
    low = before[before.length - 1]!;
  }
  if (next < anchors.length) {
    high = other(anchors[next]!)[0]!;
  }
  return [low, high];
}
