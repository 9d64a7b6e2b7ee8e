import { lowerBound } from '../text/lowerBound';
import type { SegmentedText, Word } from '../types';
import type { MarkedQuote } from './marks';

/**
 * Nouns that name a work, an outlet or a named undertaking: a quoted title right after one
 * ("the film “Oppenheimer”", "Operation “Iron Swords”") or right before one ("the “Meet the
 * Press” host") is a name, not words someone said.
 */
const MEDIA = new Set(
  (
    'show shows program programme series sitcom drama documentary docuseries film films movie movies ' +
    'book books novel memoir biography autobiography play musical opera album song songs single track ' +
    'podcast broadcast episode channel newspaper newspapers magazine journal tabloid newsletter column ' +
    'editorial essay poem painting exhibition exhibit game report study doctrine ' +
    'operation operations campaign slogan motto hashtag anthem hymn initiative programmes programs'
  ).split(' ')
);
/** People named after a title: "the “Meet the Press” host". */
const AFTER_TITLE = new Set(['host', 'hosts', 'anchor', 'director', 'author', 'star', 'creator', 'producer', 'presenter']);
/** Words that name a work rather than report what it says: "a documentary called “The Dam”". */
const NAMING = new Set(['titled', 'entitled', 'called', 'named', 'dubbed', 'codenamed']);
/** Prepositions that put a title after a verb of appearing or writing: "appeared on “Face the Nation”". */
const ON_IN = new Set(['on', 'in']);
/** Short words a title leaves in lower case ("Meet the Press", "A Tale of Two Cities"). */
const MINOR = new Set('a an the of and or nor but in on at to for with from by as vs v de la le du'.split(' '));
/** A title is a short phrase. */
const MAX_TITLE_WORDS = 7;

/**
 * Whether a quoted span is the title of a show, book, film, song, newspaper or operation
 * rather than a quote: a short Title-Cased phrase (not a sentence) right after a medium noun,
 * a naming verb after one ("the album called “X”"), a preposition "on"/"in" or an outlet's
 * possessive ("on NBC’s “Meet the Press”"), or right before a medium noun or a host. A phrase
 * in lower case after the same words ("the report “found serious flaws”") stays a quote.
 */
export function isWorkTitle(doc: SegmentedText, quote: MarkedQuote): boolean {
  const { text, words } = doc;
  const first = wordIndexAt(words, quote.contentStart);
  let count = 0;
  for (let i = first; i < words.length && words[i]!.end <= quote.contentEnd; i++) {
    const w = words[i]!;
    const capital = /^[\p{Lu}\p{N}]/u.test(w.text);
    if (++count > MAX_TITLE_WORDS || (!capital && (i === first || !MINOR.has(w.norm)))) {
      return false;
    }
  }
  // A sentence or two inside marks is speech, however it is capitalised.
  if (count === 0 || /[.!?;]\s/.test(text.slice(quote.contentStart, quote.contentEnd)) || /\.$/.test(text.slice(quote.contentStart, quote.contentEnd))) {
    return false;
  }
  const before = first > 0 ? words[first - 1] : undefined;
  const gapBefore = before ? text.slice(before.end, quote.open) : '';
  if (before && /^[\s,]*$/.test(gapBefore)) {
    const previous = first > 1 ? words[first - 2] : undefined;
    const joined = previous !== undefined && /^\s+$/.test(text.slice(previous.end, before.start));
    if (MEDIA.has(before.norm) || (NAMING.has(before.norm) && joined && MEDIA.has(previous!.norm))) {
      return true;
    }
    if (/^\s+$/.test(gapBefore) && (ON_IN.has(before.norm) || isOutletPossessive(before))) {
      return true;
    }
  }
  const after = wordIndexAt(words, quote.end);
  const next = words[after];
  return next !== undefined && /^\s+$/.test(text.slice(quote.end, next.start)) && (MEDIA.has(next.norm) || AFTER_TITLE.has(next.norm));
}

/** "NBC’s", "CNN's": a capitalised possessive before a title names the outlet that runs it. */
function isOutletPossessive(word: Word): boolean {
  return /^\p{Lu}[\p{L}\p{N}.]*['’]s$/u.test(word.text);
}

/** Index of the first word starting at or after `offset`. */
function wordIndexAt(words: readonly Word[], offset: number): number {
  return lowerBound(words, (word) => word.start < offset);
}
