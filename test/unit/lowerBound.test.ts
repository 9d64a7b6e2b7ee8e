import * as assert from 'node:assert/strict';
import { lastIndexWhere, lowerBound } from '../../src/core/text/lowerBound';

/** A small seeded generator, so a failing case can be reproduced. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sortedValues(next: () => number, length: number, range: number): number[] {
  return Array.from({ length }, () => Math.floor(next() * range)).sort((x, y) => x - y);
}

describe('lowerBound', () => {
  it('returns the start of an empty range', () => {
    assert.equal(lowerBound([], () => true), 0);
    assert.equal(lowerBound([1, 2, 3], () => true, 2, 2), 2);
    assert.equal(lastIndexWhere([], () => true), -1);
  });

  it('returns the end of the range when every item is before', () => {
    assert.equal(lowerBound([1, 2, 3], (x) => x < 10), 3);
    assert.equal(lowerBound([1, 2, 3, 4, 5], (x) => x < 10, 1, 4), 4);
    assert.equal(lastIndexWhere([1, 2, 3], (x) => x < 10), 2);
  });

  it('returns the start of the range when no item is before', () => {
    assert.equal(lowerBound([5, 6, 7], (x) => x < 0), 0);
    assert.equal(lowerBound([5, 6, 7, 8], (x) => x < 0, 1, 3), 1);
    assert.equal(lastIndexWhere([5, 6, 7], (x) => x < 0), -1);
  });

  it('finds the first of equal items, and lastIndexWhere the last of them', () => {
    const values = [1, 3, 3, 3, 5];
    assert.equal(lowerBound(values, (x) => x < 3), 1);
    assert.equal(lowerBound(values, (x) => x <= 3), 4);
    assert.equal(lastIndexWhere(values, (x) => x <= 3), 3);
  });

  it('searches typed arrays and passes each item its index', () => {
    const values = Int32Array.from([2, 4, 6, 8]);
    const seen: number[] = [];
    const found = lowerBound(values, (x, i) => {
      assert.equal(values[i], x);
      seen.push(i);
      return x < 5;
    });
    assert.equal(found, 2);
    assert.ok(seen.length <= 3, `called ${seen.length} times`);
  });

  it('agrees with a linear scan on random sorted arrays and ranges', () => {
    const next = random(20240611);
    for (let round = 0; round < 2000; round++) {
      const values = sortedValues(next, Math.floor(next() * 40), 12);
      const target = Math.floor(next() * 14) - 1;
      const from = Math.floor(next() * (values.length + 1));
      const to = from + Math.floor(next() * (values.length - from + 1));
      const context = `${JSON.stringify(values)} target ${target} range [${from}, ${to})`;

      let first = from;
      while (first < to && values[first]! < target) first++;
      assert.equal(lowerBound(values, (x) => x < target, from, to), first, context);

      let last = -1;
      for (let i = 0; i < values.length; i++) if (values[i]! <= target) last = i;
      assert.equal(lastIndexWhere(values, (x) => x <= target), last, context);
    }
  });
});
