import { differsOnlyBySuffix } from './nameWords';

/**
 * Recognises one name spelled two ways ("Kiev"/"Kyiv", "Kharkov"/"Kharkiv",
 * "Zelensky"/"Zelenskyy", "Gaddafi"/"Qaddafi"), the usual trace of two transliteration
 * conventions.
 *
 * Letters alone mislead: "Russia"/"Russian" and "Austria"/"Australia" are close in edit
 * distance but are different words. So a pair must share its sound key (see `soundKey`),
 * differ by a small edit distance, start alike, and neither may be the other plus an English
 * suffix (demonyms, plurals, "Ministry"/"Minister").
 */
export function isTransliteration(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y || x.length < 4 || y.length < 4 || !sameOnset(x, y)) {
    return false;
  }
  if (x.startsWith(y) || y.startsWith(x)) {
    return isDoubledEnding(x, y) || isFinalH(x, y);
  }
  if (soundKey(x) !== soundKey(y) || differsOnlyBySuffix(x, y)) {
    return false;
  }
  // The shared key already rules out most accidents, so two edits are allowed even in short names.
  const limit = Math.min(3, Math.max(2, Math.floor(Math.min(x.length, y.length) / 3)));
  return boundedEditDistance(x, y, limit) <= limit;
}

/**
 * A looser test for the other words of a multi-word name whose surname is already a
 * transliteration: given names are often the two languages' forms of one name
 * ("Mykola"/"Nikolai", "Volodymyr"/"Vladimir"), one consonant apart and several letters off.
 * Never used on a word alone.
 */
export function isLooseNameVariant(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) {
    return true;
  }
  if (x.length < 3 || y.length < 3 || differsOnlyBySuffix(x, y)) {
    return false;
  }
  const kx = soundKey(x);
  const ky = soundKey(y);
  if (kx.length === 0 || boundedEditDistance(kx, ky, 1) > 1) {
    return false;
  }
  const limit = Math.ceil(Math.max(x.length, y.length) / 2);
  return boundedEditDistance(x, y, limit) <= limit;
}

/**
 * Two multi-word names, word for word, as one name spelled two ways: "Mykola Hrytsenko" /
 * "Nikolai Gritsenko", "Volodymyr Zelensky" / "Volodymyr Zelenskyy". The last word (the
 * surname, the most distinctive part) must be identical or a transliteration; the others
 * identical or, when the surname differs too, loose variants. At least one word differs.
 */
export function isNameVariant(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length === 0) {
    return false;
  }
  const last = a.length - 1;
  const surnameSame = a[last]!.toLowerCase() === b[last]!.toLowerCase();
  if (!surnameSame && !isTransliteration(a[last]!, b[last]!) && !isShortDoubled(a[last]!, b[last]!)) {
    return false;
  }
  let differs = !surnameSame;
  for (let i = 0; i < last; i++) {
    const same = a[i]!.toLowerCase() === b[i]!.toLowerCase();
    if (same) continue;
    differs = true;
    if (!(surnameSame ? isTransliteration(a[i]!, b[i]!) : isLooseNameVariant(a[i]!, b[i]!))) {
      return false;
    }
  }
  return differs;
}

/** "Lin"/"Linn": too short to judge alone, but a doubled last letter inside a longer name. */
function isShortDoubled(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return Math.min(x.length, y.length) >= 3 && (x.startsWith(y) || y.startsWith(x)) && isDoubledEnding(x, y);
}

/** Velar and glottal consonants that transliterations swap (Gaddafi/Qaddafi, Hrytsenko/Gritsenko). */
const VELAR = /[cghkq]/;

/** Same first letter, or (in longer words) two velars: "Hrytsenko"/"Gritsenko". */
function sameOnset(x: string, y: string): boolean {
  return x[0] === y[0] || (x.length >= 5 && y.length >= 5 && VELAR.test(x[0]!) && VELAR.test(y[0]!));
}

/** "Warsame"/"Warsameh", "Fatima"/"Fatimah": a final h after a vowel is a romanisation habit. */
function isFinalH(x: string, y: string): boolean {
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return long === `${short}h` && /[aeiou]$/.test(short);
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

/** Spellings of one sound across romanisation systems, rewritten to one letter first. */
const DIGRAPHS: Readonly<Record<string, string>> = { ch: 'c', sh: 's', zh: 'j', dh: 'd', th: 't', ph: 'f', tz: 'ts', ck: 'k' };
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', "'", '’', '-', ' ', '.']);
const VELARS = new Set(['c', 'g', 'h', 'k', 'q']);

const keyCache = new Map<string, string>();
/** Enough for every distinct name of two long articles; cleared rather than grown without end. */
const KEY_CACHE_LIMIT = 100_000;

/**
 * The consonant skeleton with the letters romanisations disagree on folded together: c, g,
 * h, k and q are one velar ("Qaddafi", "Gadhafi", "Kadhafi" all give `kdf`), digraphs are one
 * letter, v and w are one, x is ks, a final h after a vowel is dropped ("Warsameh"). Used to
 * bucket candidate names (equal keys) and to compare them. One pass over the letters, cached.
 */
export function soundKey(word: string): string {
  const cached = keyCache.get(word);
  if (cached !== undefined) {
    return cached;
  }
  let w = word.toLowerCase();
  if (w.length > 2 && w.endsWith('h') && 'aeiou'.includes(w[w.length - 2]!)) {
    w = w.slice(0, -1);
  }
  let key = '';
  for (let i = 0; i < w.length; i++) {
    let c = w[i]!;
    const digraph = DIGRAPHS[c + (w[i + 1] ?? '')];
    if (digraph !== undefined) {
      c = digraph;
      i++;
    } else if (c === 't' && w[i + 1] === 'c' && w[i + 2] === 'h') {
      c = 'c';
      i += 2;
    }
    for (const letter of c === 'x' ? 'ks' : c) {
      if (VOWELS.has(letter)) continue;
      const l = VELARS.has(letter) ? 'k' : letter === 'w' ? 'v' : letter;
      if (key[key.length - 1] !== l) key += l;
    }
  }
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  keyCache.set(word, key);
  return key;
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
