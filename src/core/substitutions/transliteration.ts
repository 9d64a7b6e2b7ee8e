/**
 * Recognises one name spelled two ways ("Kiev"/"Kyiv", "Kharkov"/"Kharkiv",
 * "Zelensky"/"Zelenskyy"), the usual trace of two transliteration conventions.
 *
 * Letters alone mislead: "Russia"/"Russian" and "Austria"/"Australia" are close in edit
 * distance but are different words. So a pair must share its consonant skeleton (vowels and
 * `y` removed, doubled letters collapsed), differ by a small edit distance, and neither may be
 * the other plus a suffix (demonyms, plurals).
 */
export function isTransliteration(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y || x.length < 4 || y.length < 4 || x[0] !== y[0]) {
    return false;
  }
  if (x.startsWith(y) || y.startsWith(x)) {
    return isDoubledEnding(x, y);
  }
  if (skeleton(x) !== skeleton(y)) {
    return false;
  }
  // The shared skeleton already rules out most accidents, so two edits are allowed even in short names.
  const limit = Math.min(3, Math.max(2, Math.floor(Math.min(x.length, y.length) / 3)));
  return boundedEditDistance(x, y, limit) <= limit;
}

/** "Zelensky"/"Zelenskyy": a doubled final letter is a spelling, not a suffix. */
function isDoubledEnding(x: string, y: string): boolean {
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return long.length === short.length + 1 && long.endsWith(short.slice(-1) + short.slice(-1));
}

/** Consonants in order, without vowels, `y` or doubled letters: the part transliterations keep. */
export function skeleton(word: string): string {
  return word.replace(/[aeiouy'’\-\s]/g, '').replace(/(.)\1+/g, '$1');
}

/** Levenshtein distance, giving up (returning limit + 1) as soon as it must exceed `limit`. */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) {
    return limit + 1;
  }
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) {
      return limit + 1;
    }
    previous = current;
  }
  return previous[b.length]!;
}
