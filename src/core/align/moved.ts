import { lowerBound } from '../text/lowerBound';

/**
 * Which pairs sit out of reading order.
 *
 * Given the B positions of the pairs taken in A order, the pairs on a longest strictly
 * increasing subsequence read in the same order in both articles; every other pair was moved.
 * Choosing the longest such chain marks the fewest pairs as moved, which is what a reader
 * expects when one paragraph is lifted elsewhere: that paragraph moved, not all the others.
 *
 * Patience sorting with binary search: O(n log n), so a few thousand pairs cost nothing.
 *
 * @param positions B position of each pair, in A order.
 * @returns `true` for each pair that is not on the chosen increasing subsequence.
 */
export function movedFlags(positions: readonly number[]): boolean[] {
  const n = positions.length;
  // tails[len] = index of the smallest possible last element of an increasing run of len + 1.
  const tails = new Int32Array(n);
  const previous = new Int32Array(n).fill(-1);
  let length = 0;
  for (let i = 0; i < n; i++) {
    const value = positions[i]!;
    const run = lowerBound(tails, (tail) => positions[tail]! < value, 0, length);
    if (run > 0) {
      previous[i] = tails[run - 1]!;
    }
    tails[run] = i;
    if (run === length) {
      length++;
    }
  }
  const moved = new Array<boolean>(n).fill(true);
  for (let i = length > 0 ? tails[length - 1]! : -1; i >= 0; i = previous[i]!) {
    moved[i] = false;
  }
  return moved;
}
