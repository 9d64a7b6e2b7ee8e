/**
 * Binary search over items in order, so that offsets, sentences, words and sorted indices are
 * searched one way everywhere.
 *
 * `isBefore` must be true for a leading run of the range and false for the rest (items sorted by
 * the key it tests). It is called on O(log n) items.
 *
 * @param items Items in order.
 * @param isBefore Whether an item comes before the place searched for.
 * @param from First index of the range searched (default 0).
 * @param to End of the range searched, exclusive (default `items.length`).
 * @returns The first index in `[from, to)` whose item is not before, or `to` when every item is.
 */
export function lowerBound<T>(
  items: ArrayLike<T>,
  isBefore: (item: T, index: number) => boolean,
  from = 0,
  to = items.length
): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isBefore(items[mid]!, mid)) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/**
 * Index of the last item for which `holds` is true, where it is true for a leading run of the
 * items: "the last sentence starting at or before this offset".
 *
 * @returns The index, or -1 when `holds` is false for the first item (or there are none).
 */
export function lastIndexWhere<T>(items: ArrayLike<T>, holds: (item: T, index: number) => boolean): number {
  return lowerBound(items, holds) - 1;
}
