import type { Word } from '../types';
import { STOPWORDS, stem } from '../text/normalize';
import { differsOnlyBySuffix, letterCount } from './nameWords';

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
 * "claimed" or "Pakistan's" ↔ "Pakistan" differ only in grammar.
 */
export function changesContent(wordsA: readonly Word[], wordsB: readonly Word[]): boolean {
  const contentA = wordsA.filter(isContentWord);
  const contentB = wordsB.filter(isContentWord);
  if (contentA.length === 0 || contentB.length === 0) {
    return false;
  }
  if (contentA.length !== contentB.length) {
    return true;
  }
  const sameWord = (x: string, y: string) => x === y || stem(x) === stem(y) || differsOnlyBySuffix(x, y);
  return !contentA.every((w, i) => sameWord(w.norm, contentB[i]!.norm));
}

/**
 * The words of a span cut at clause punctuation: the one piece that holds content words
 * ("lost, and" → "lost"), without function words at its ends. Undefined when content lies on
 * both sides of a boundary: a clause replaced, not a word.
 */
export function withinOneClause(text: string, words: readonly Word[]): readonly Word[] | undefined {
  const pieces: Word[][] = [[]];
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && CLAUSE_GAP.test(text.slice(words[i - 1]!.end, words[i]!.start))) {
      pieces.push([]);
    }
    pieces[pieces.length - 1]!.push(words[i]!);
  }
  if (pieces.length === 1) {
    return words;
  }
  const withContent = pieces.filter((piece) => piece.some(isContentWord));
  if (withContent.length !== 1) {
    return undefined;
  }
  const piece = withContent[0]!;
  let from = 0;
  let to = piece.length;
  while (from < to && !isContentWord(piece[from]!)) from++;
  while (to > from && !isContentWord(piece[to - 1]!)) to--;
  return piece.slice(from, to);
}

/** Most content words a side of an unexplained rewording may have: a slot, not a phrase. */
const MAX_CONTENT_WORDS = 2;

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
 * An unexplained replacement that fills the same slot: short on both sides, and neither side
 * alone opens a subordinate clause.
 */
export function fillsOneSlot(textA: string, wordsA: readonly Word[], textB: string, wordsB: readonly Word[]): boolean {
  if (contentCount(textA, wordsA) > MAX_CONTENT_WORDS || contentCount(textB, wordsB) > MAX_CONTENT_WORDS) {
    return false;
  }
  const opens = (words: readonly Word[]) => words.some((w) => CLAUSE_OPENERS.has(w.norm));
  return opens(wordsA) === opens(wordsB);
}
