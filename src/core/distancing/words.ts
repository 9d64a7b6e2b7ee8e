import { lastIndexWhere, lowerBound } from '../text/lowerBound';
import type { SegmentedText, Word } from '../types';

/** Opening and closing quote marks, straight and typographic. */
export const QUOTE_MARKS = new Set(['"', "'", '“', '”', '‘', '’', '„', '‚', '«', '»', '‹', '›']);

/** Index of the first word that starts at or after `offset` (words.length when none does). */
export function wordAt(doc: SegmentedText, offset: number): number {
  return lowerBound(doc.words, (word) => word.start < offset);
}

/** Index of the sentence that contains `offset` (or the last one that starts before it). */
export function sentenceAt(doc: SegmentedText, offset: number): number {
  return Math.max(0, lastIndexWhere(doc.sentences, (sentence) => sentence.start <= offset));
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
