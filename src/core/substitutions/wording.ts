import type { Word } from '../types';
import { STOPWORDS, stem } from '../text/normalize';
import { differsOnlyBySuffix, letterCount } from './nameWords';
import { isPastForm, isVerbGroup } from './verbGroups';

/**
 * What makes a replaced span inside an aligned pair a wording change a journalist would list:
 * a real substitution of content words in one syntactic slot ("rubbished" ↔ "denied", "said"
 * ↔ "further clarified"), not grammar ("the supply" ↔ "supply", "claims" ↔ "claimed"), not
 * figures ("12" ↔ "15"), and not one clause rewritten as another.
 */

/** Number words: a different figure is a difference of fact, not of wording. */
const NUMBER_WORDS = new Set(
  (
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
    'seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand ' +
    'thousands million millions billion billions trillion dozen dozens half quarter first second third fourth fifth'
  ).split(' ')
);

/**
 * Words that open a subordinate clause. A span that brings one in where the other side has
 * none ("The reporting" ↔ "When asked") restructures the sentence rather than choosing a word.
 */
const CLAUSE_OPENERS = new Set(
  'when while whilst because although though if unless after before since until as whether that which who whom whose where'.split(' ')
);

/** Punctuation between two words that ends a clause or a quotation. */
const CLAUSE_GAP = /[,;:()\[\]"“”‘’—–]|\s'|'\s|\s-\s/;

/** A word that carries content: letters (two or more), not a function word, not a figure. */
export function isContentWord(word: Word): boolean {
  return letterCount(word.norm) >= 2 && !STOPWORDS.has(word.norm) && !NUMBER_WORDS.has(word.norm) && !/\d/.test(word.norm);
}

/**
 * Both sides carry content, and not the same content: "the supply" ↔ "supply", "claims" ↔
 * "claimed" or "Pakistan's" ↔ "Pakistan" differ only in grammar, and "hours" ↔ "hour
 * standoff" only adds a word to one that stays.
 */
export function changesContent(wordsA: readonly Word[], wordsB: readonly Word[]): boolean {
  const contentA = wordsA.filter(isContentWord).map((w) => w.norm);
  const contentB = wordsB.filter(isContentWord).map((w) => w.norm);
  if (contentA.length === 0 || contentB.length === 0) {
    return false;
  }
  const [fewer, more] = contentA.length <= contentB.length ? [contentA, contentB] : [contentB, contentA];
  return !fewer.every((x) => more.some((y) => sameWord(x, y)));
}

/** One word, inflected or not: "claims"/"claimed", "forecast"/"forecasts". */
export function sameWord(x: string, y: string): boolean {
  return x === y || stem(x) === stem(y) || differsOnlyBySuffix(x, y);
}

/**
 * The words of a span cut into clauses at clause punctuation, each without function words
 * at its ends ("lost, and" → "lost" and nothing).
 */
export function clausePieces(text: string, words: readonly Word[]): Word[][] {
  const pieces: Word[][] = [[]];
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && CLAUSE_GAP.test(text.slice(words[i - 1]!.end, words[i]!.start))) {
      pieces.push([]);
    }
    pieces[pieces.length - 1]!.push(words[i]!);
  }
  if (pieces.length === 1) {
    return pieces;
  }
  return pieces.map((piece) => {
    let from = 0;
    let to = piece.length;
    while (from < to && !isContentWord(piece[from]!)) from++;
    while (to > from && !isContentWord(piece[to - 1]!)) to--;
    return piece.slice(from, to);
  });
}

/** Approximators around a figure: "nearly", "about" are filler at the edge of a slot. */
const APPROXIMATORS = new Set('nearly almost around roughly approximately some about over under more less than least fewer at'.split(' '));

/** A word that frames a slot from outside it: content, but not an approximator ("at least 27"). */
export function isFrameWord(word: Word): boolean {
  return isContentWord(word) && !APPROXIMATORS.has(word.norm);
}

/**
 * Both sides without the filler at their ends, where both ends are filler: "slash nearly" ↔
 * "cut about" is "slash" ↔ "cut". A side that opens or closes with content stays as it is
 * ("said" ↔ "further clarified").
 */
export function tighten(wordsA: readonly Word[], wordsB: readonly Word[]): [readonly Word[], readonly Word[]] {
  const filler = (w: Word) => !isContentWord(w) || APPROXIMATORS.has(w.norm);
  let [fromA, toA, fromB, toB] = [0, wordsA.length, 0, wordsB.length];
  while (toA - fromA > 1 && toB - fromB > 1 && filler(wordsA[fromA]!) && filler(wordsB[fromB]!)) {
    fromA++;
    fromB++;
  }
  while (toA - fromA > 1 && toB - fromB > 1 && filler(wordsA[toA - 1]!) && filler(wordsB[toB - 1]!)) {
    toA--;
    toB--;
  }
  return [wordsA.slice(fromA, toA), wordsB.slice(fromB, toB)];
}

/** Most content words a side of an unexplained rewording may have: a slot, not a phrase. */
const MAX_CONTENT_WORDS = 2;
/** Parallel phrases of one shape ("repeated baseless claims" ↔ "raised fresh concerns") may have one more. */
const MAX_PARALLEL_CONTENT_WORDS = 3;

/** Content words, a hyphenated compound ("re-transfer") counting once. */
function contentCount(text: string, words: readonly Word[]): number {
  let count = 0;
  words.forEach((w, i) => {
    const compound = i > 0 && /^[-\u2010\u2011]$/.test(text.slice(words[i - 1]!.end, w.start));
    if (isContentWord(w) && !compound) count++;
  });
  return count;
}

/**
 * A finite verb closing the span or its clause ("people died", "she said", "had flipped"),
 * told by its ending, not its tag (there is no tagger here): an -ed or irregular past form that
 * is not followed by another content word (that would make it an adjective, "armed groups").
 */
function endsInVerb(words: readonly Word[]): boolean {
  return words.some((w, i) => {
    const past = isPastForm(w);
    const next = words[i + 1];
    return past && (next === undefined || !isContentWord(next));
  });
}

/** Prepositions: a side that opens with one is a phrase of place, time or manner. */
const PREPOSITIONS = new Set(
  'in on at by for with without from to of about after before during under over into onto through amid despite against near across since towards toward'.split(' ')
);

/** The words' pattern of content and function words: "repeated baseless claims" is `ccc`. */
function shape(words: readonly Word[]): string {
  return words.map((w) => (isContentWord(w) ? 'c' : 'f')).join('');
}

/**
 * An unexplained replacement that fills the same slot: short on both sides (a little longer
 * for two phrases of one shape), a verb against a verb ("said" ↔ "further clarified", not
 * "civilians" ↔ "people died"), a phrase against a phrase of the same kind (not "University
 * President" ↔ "In a statement", nor "people to flee" ↔ "refugees without shelter"), and
 * neither side alone opening a subordinate clause ("The reporting" ↔ "When asked"). An
 * infinitive inside a verb group ("was forced to resign" ↔ "stepped down") is part of the verb.
 */
export function fillsOneSlot(textA: string, wordsA: readonly Word[], textB: string, wordsB: readonly Word[]): boolean {
  const limit = shape(wordsA) === shape(wordsB) ? MAX_PARALLEL_CONTENT_WORDS : MAX_CONTENT_WORDS;
  if (contentCount(textA, wordsA) > limit || contentCount(textB, wordsB) > limit) {
    return false;
  }
  if (endsInVerb(wordsA) !== endsInVerb(wordsB)) {
    return false;
  }
  const opensPhrase = (words: readonly Word[]) => PREPOSITIONS.has(words[0]!.norm);
  const infinitive = (words: readonly Word[]) => words.some((w) => w.norm === 'to');
  const opensClause = (words: readonly Word[]) => words.some((w) => CLAUSE_OPENERS.has(w.norm));
  return (
    opensPhrase(wordsA) === opensPhrase(wordsB) &&
    (infinitive(wordsA) === infinitive(wordsB) || (isVerbGroup(wordsA) && isVerbGroup(wordsB))) &&
    opensClause(wordsA) === opensClause(wordsB)
  );
}
