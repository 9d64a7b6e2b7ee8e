import type { SegmentedText, Word } from '../types';

/** Opening and closing quote marks, straight and typographic. */
export const QUOTE_MARKS = new Set(['"', "'", '“', '”', '‘', '’', '„', '‚', '«', '»', '‹', '›']);

/** Index of the first word that starts at or after `offset` (words.length when none does). */
export function wordAt(doc: SegmentedText, offset: number): number {
  let lo = 0;
  let hi = doc.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.words[mid]!.start < offset) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/** Index of the sentence that contains `offset` (or the last one that starts before it). */
export function sentenceAt(doc: SegmentedText, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.sentences[mid]!.start <= offset) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  return Math.max(0, lo);
}

/** The words lying wholly inside `[start, end)`. */
export function wordsIn(doc: SegmentedText, start: number, end: number): Word[] {
  const found: Word[] = [];
  for (let i = wordAt(doc, start); i < doc.words.length && doc.words[i]!.end <= end; i++) {
    found.push(doc.words[i]!);
  }
  return found;
}

/** True when only spaces separate two offsets. */
export function onlySpaceBetween(text: string, from: number, to: number): boolean {
  return /^\s*$/.test(text.slice(from, to));
}
