import type { MatchCandidate, Proposals } from './matchCandidates';
import { NONE } from './matchCandidates';
import { movedFlags } from './moved';

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
  proposals: Proposals,
  countA: number,
  countB: number
): MatchCandidate[] {
  const moved = movedFlags(chosen.map((match) => match.b[0]!));
  if (!moved.includes(true)) {
    return chosen;
  }
  const usedA = new Uint8Array(countA);
  const usedB = new Uint8Array(countB);
  for (const match of chosen) {
    match.a.forEach((i) => (usedA[i] = 1));
    match.b.forEach((j) => (usedB[j] = 1));
  }
  const byA = new Map<number, MatchCandidate[]>();
  const byB = new Map<number, MatchCandidate[]>();
  for (let k = 0; k < proposals.length; k++) {
    if (proposals.a2[k] === NONE && proposals.b2[k] === NONE) {
      const proposal = proposals.get(k);
      push(byA, proposal.a[0]!, proposal);
      push(byB, proposal.b[0]!, proposal);
    }
  }
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
    const floor = match.similarity - ORDER_TOLERANCE;
    let best: MatchCandidate | undefined;
    // Keep A sentence i, give it a free B sentence between its A-order anchors.
    const [bLow, bHigh] = window(anchors, (m) => m.a[0]!, (m) => m.b, i);
    for (const option of byA.get(i) ?? []) {
      const other = option.b[0]!;
      if (!usedB[other] && other > bLow && other < bHigh && option.similarity >= floor) {
        best = better(best, option);
      }
    }
    // Or keep B sentence j, give it a free A sentence between its B-order anchors.
    const [aLow, aHigh] = window(anchorsByB, (m) => m.b[0]!, (m) => m.a, j);
    for (const option of byB.get(j) ?? []) {
      const other = option.a[0]!;
      if (!usedA[other] && other > aLow && other < aHigh && option.similarity >= floor) {
        best = better(best, option);
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

function push(map: Map<number, MatchCandidate[]>, key: number, value: MatchCandidate): void {
  const list = map.get(key);
  if (list) {
    list.push(value);
  } else {
    map.set(key, [value]);
  }
}

function better(current: MatchCandidate | undefined, option: MatchCandidate): MatchCandidate {
  return !current || option.similarity > current.similarity ? option : current;
}

/**
 * Bounds on the other side for a sentence at `position`: the last sentence used by the anchor
 * before it and the first used by the anchor after it (anchors sorted by `key`).
 */
function window(
  anchors: readonly MatchCandidate[],
  key: (m: MatchCandidate) => number,
  other: (m: MatchCandidate) => readonly number[],
  position: number
): [number, number] {
  let low = -1;
  let high = Number.MAX_SAFE_INTEGER;
  let lo = 0;
  let hi = anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(anchors[mid]!) < position) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  if (lo > 0) {
    const before = other(anchors[lo - 1]!);
    low = before[before.length - 1]!;
  }
  if (lo < anchors.length) {
    high = other(anchors[lo]!)[0]!;
  }
  return [low, high];
}
