import * as assert from 'assert';
import { isInitial } from '../../src/core/substitutions/nameWords';

/** mulberry32, so every run draws the same cases. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('name word tests', () => {
  it('tell initials as the two patterns do, on 50,000 generated tokens', () => {
    const patterns = (token: string) => /^\p{Lu}\.?$/u.test(token) || /^(\p{L}[.\-\u2010\u2011])+\p{L}?\.?$/u.test(token);
    const pieces = ['D', 'd', 'J', 'R', '.', '-', '\u2010', '\u2011', 'S', 'C', 'É', 'é', '\u{1D400}', '\u{1D41A}', '1', "'", 'ab', 'Ж', '\ud835'];
    const next = random(11);
    for (let n = 0; n < 50_000; n++) {
      let token = '';
      const length = 1 + Math.floor(next() * 6);
      for (let i = 0; i < length; i++) token += pieces[Math.floor(next() * pieces.length)];
      assert.strictEqual(isInitial(token), patterns(token), JSON.stringify(token));
    }
  });
});
