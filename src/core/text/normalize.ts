/**
 * Word normalisation shared by alignment, lexicon matching, sentiment and quotes, so that
 * every part of the engine agrees on when two words are "the same".
 */

import { memoizeWord } from './memo';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g;
const WORD_JOINERS = /\u2060/g;

/**
 * Lower-cases, folds accents (é → e), unifies apostrophes and drops a possessive `'s`
 * ("Pakistan’s" → "pakistan"), so that spelling of punctuation never hides a match.
 */
export function normalizeWord(word: string): string {
  // ASCII letters and digits only (most words): lower-cased, and returned as they are when
  // already lower case, without a copy.
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) continue;
    if (code >= 65 && code <= 90) {
      upper = true;
      continue;
    }
    return normalizeOther(word);
  }
  return upper ? word.toLowerCase() : word;
}

function normalizeOther(word: string): string {
  // Word joiners pad an apostrophe written as a character reference (maskMarkup's ENTITY_PAD).
  let w = word.replace(APOSTROPHES, "'").replace(WORD_JOINERS, '').toLowerCase();
  if (/[^\u0000-\u007f]/.test(w)) {
    w = w.normalize('NFKD').replace(COMBINING_MARKS, '').normalize('NFC');
  }
  if (w.endsWith("'s")) {
    w = w.slice(0, -2);
  } else if (w.endsWith("'")) {
    w = w.slice(0, -1);
  }
  return w;
}

/**
 * Function words: they carry grammar, not content. Alignment ignores them when measuring
 * similarity, and no highlight may consist of them alone.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each either few for from further had has have ' +
    'having he her here hers herself him himself his how i if in into is it its itself just me might more most ' +
    'must my myself no nor not now of off on once only or other our ours ourselves out over own same shall she ' +
    'should so some such than that the their theirs them themselves then there these they this those through to ' +
    'too under until up upon us very was we were what when where which while who whom whose why will with would ' +
    'yet you your yours yourself yourselves one ones many much may per via within without among amid since though ' +
    'although however thus therefore whether'
  ).split(' ')
);

/**
 * A light English stemmer (plural, past, gerund, adverb endings) used only to compare words,
 * never shown to the user. It is deliberately conservative: "supplying" and "supplied" meet
 * at "suppl", "claims" and "claimed" at "claim"; it does not try to be Porter.
 */
export const stem: (norm: string) => string = memoizeWord(stemWord);

function stemWord(norm: string): string {
  let w = norm;
  if (w.length <= 3) {
    return w;
  }
  if (w.endsWith('ies') && w.length > 4) {
    w = w.slice(0, -3) + 'y';
  } else if (w.endsWith('sses')) {
    w = w.slice(0, -2);
  } else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) {
    w = w.slice(0, -1);
  }
  if (w.endsWith('ing') && w.length > 5) {
    w = undouble(w.slice(0, -3));
  } else if (w.endsWith('ied') && w.length > 4) {
    w = w.slice(0, -3) + 'y';
  } else if (w.endsWith('ed') && w.length > 4) {
    w = undouble(w.slice(0, -2));
  } else if (w.endsWith('ly') && w.length > 5) {
    w = w.slice(0, -2);
  }
  if (w.endsWith('e') && w.length > 4) {
    w = w.slice(0, -1);
  }
  if (w.endsWith('y') && w.length > 3) {
    w = w.slice(0, -1);
  }
  return w;
}

function undouble(w: string): string {
  const n = w.length;
  if (n > 3 && w[n - 1] === w[n - 2] && !'lsz'.includes(w[n - 1]!)) {
    return w.slice(0, -1);
  }
  return w;
}

/** True when a word has at least one letter in upper case at its start (a name, usually). */
export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}
